/** The polite redirect for questions outside permanent jewelry. */
export function offTopicText(): string {
  return 'I can only help with permanent jewelry — welded chains, microdermals and dermal implants, surface piercings, dermal punches and tattoo jewelry: pain, healing, cleaning, removal, materials, the procedure, styles and work concerns. Feel free to ask about any of those!';
}
