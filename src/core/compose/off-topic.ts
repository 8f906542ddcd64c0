/** The polite redirect for questions outside permanent jewelry. */
export function offTopicText(): string {
  return 'I can only help with permanent jewelry — welded chains, microdermals and dermal implants, surface piercings, dermal punches and tattoo jewelry: pain, healing, cleaning, removal, materials, the procedure, styles and work concerns. Feel free to ask about any of those!';
}

/** For a message whose jewelry words have other senses too: out of scope, unless it was about jewelry — then not covered. */
export function unsureScopeText(): string {
  return `${offTopicText()} If your question was about permanent jewelry, our guidance doesn't cover it — please ask the studio or your piercer.`;
}
