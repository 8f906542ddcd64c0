/** The polite redirect for questions outside permanent jewelry. */
const SCOPE_LIST =
  'welded chains, microdermals and dermal implants, surface piercings, dermal punches and tattoo jewelry: pain, healing, cleaning, removal, materials, the procedure, styles and work concerns';

/**
 * The redirect. `maybeJewelry`: the message uses a word jewelry uses in another sense too ("chain",
 * "weld", "ring") and the guidance does not answer it — perhaps a question the guidance lacks, perhaps
 * not about jewelry at all — so it says both, and where to ask.
 */
export function offTopicText(maybeJewelry = false): string {
  if (maybeJewelry)
    return `I'm not sure that's about permanent jewelry. If it is, our guidance doesn't cover it — please ask the studio or your jeweler/piercer directly. I can help with ${SCOPE_LIST}.`;
  return `I can only help with permanent jewelry — ${SCOPE_LIST}. Feel free to ask about any of those!`;
}
