import type { JewelryKind } from '../types.js';

/**
 * The reviewed wording of every safety message, in one place. Kind and short, following piercing
 * practice: see a medical professional AND contact your piercer; the removal advice depends on the kind
 * (`urgentText`, `deferText`): a welded chain is cut at the weld, an implant is never removed at home.
 */
export const TEMPLATES = {
  deferWithGeneral: 'General guidance from our studio notes (not advice for your situation):',
  injection:
    'I can only answer questions about permanent jewelry from our guidance, and I keep my instructions private. Feel free to ask about pain, healing, cleaning, removal, materials or styles!',
  invalid: {
    empty: 'Please type a question about permanent jewelry — for example "how long does a microdermal take to heal?"',
    'too-long': 'That message is too long for me. Please ask one short question at a time (a few sentences at most).',
    binary: "I couldn't read that message — it doesn't look like text. Please type your question.",
  },
} as const;

/** Which family of jewelry a safety message is about: the advice on removal differs. */
export type SafetyFamily = 'chain' | 'implant' | 'unknown';

const CHAIN_KINDS: JewelryKind[] = ['welded-chain'];
const IMPLANT_KINDS: JewelryKind[] = ['microdermal', 'dermal-punch', 'implant', 'surface-piercing'];

/** Which removal advice applies: chains are cut at the weld, implants are never removed at home. */
export function familyOf(kinds: (JewelryKind | null)[]): SafetyFamily {
  const chain = kinds.some((k) => k && CHAIN_KINDS.includes(k));
  const implant = kinds.some((k) => k && IMPLANT_KINDS.includes(k));
  return chain === implant ? 'unknown' : chain ? 'chain' : 'implant';
}

/** Welded chains are made to be cut at the weld; implants must never be removed at home. */
const REMOVAL_BY_FAMILY: Record<SafetyFamily, { urgent: string; defer: string }> = {
  chain: {
    urgent:
      'A welded chain is made to be cut at the weld: if it is too tight or cutting off blood flow, have it cut off now — at the studio, or by urgent care — rather than leaving it on.',
    defer:
      'A welded chain can be cut at the weld if it needs to come off; your piercer or jeweler can do that and re-weld it later.',
  },
  implant: {
    urgent: 'Do not try to remove an implant, anchor or microdermal yourself — leave that to a professional.',
    defer:
      "Don't remove an implant or microdermal yourself, even if you think it might be infected: removal must be done by a professional.",
  },
  unknown: {
    urgent:
      'Do not try to remove an implant yourself; a welded chain that is cutting off blood flow should be cut off at the weld now by the studio or urgent care.',
    defer:
      "Don't remove an implant yourself; if it might be infected, removing jewelry on your own can trap the infection.",
  },
};

const URGENT_HEAD =
  'This could need urgent care. Please get medical help right away — go to urgent care or an emergency department, or call your local emergency number if it is severe (trouble breathing, fainting, bleeding that will not stop, a spreading red streak or fever).';
const BLEEDING_HEAD =
  'Bleeding that will not stop needs care now. Press firmly on it with a clean cloth or gauze and keep pressing. If it soaks through, spurts or keeps going, call your local emergency number now (911 in the US and Canada, 999 in the UK, 112 in Europe); otherwise go to urgent care or an emergency department right away.';
const DEFER_HEAD =
  "I can't give medical advice about symptoms, medicines or health conditions. Please see a medical professional (a doctor or pharmacist) and contact your piercer or studio — they can look at it properly.";

/** Shown with the first deferral of a conversation: how to leave the medical thread. */
export const START_OVER_HINT = 'To ask about something else, say "start over" (or open a new thread).';

const EMERGENCY_HEAD =
  "This sounds like an emergency. Call your local emergency number now (911 in the US and Canada, 999 in the UK, 112 in Europe) — don't wait to see if it passes, and don't drive yourself. If someone is not breathing or not responding, call now and follow the dispatcher's instructions.";

/**
 * The urgent reply for a family of jewelry. An emergency (not breathing or responding, stroke or seizure
 * signs, chest pain, trouble breathing) is "call the emergency number now" alone: removal advice can wait.
 */
export function urgentText(family: SafetyFamily, emergency = false, bleeding = false): string {
  if (emergency) return `${EMERGENCY_HEAD} Once they are safe, let your piercer or studio know.`;
  // Bleeding that will not stop: pressure now, and the emergency number when it soaks through or keeps going; the
  // kind's removal advice still applies (an implant stays in).
  if (bleeding)
    return `${BLEEDING_HEAD} ${REMOVAL_BY_FAMILY[family].urgent} Please also contact your piercer or studio so they know.`;
  return `${URGENT_HEAD} ${REMOVAL_BY_FAMILY[family].urgent} Please also contact your piercer or studio so they know.`;
}

/** The deferral reply for a family of jewelry. */
export function deferText(family: SafetyFamily, first: boolean): string {
  return `${DEFER_HEAD} ${REMOVAL_BY_FAMILY[family].defer}${first ? ` ${START_OVER_HINT}` : ''}`;
}

/** A message in another language: short, safe, flagged. */
export const OTHER_LANGUAGE =
  'Sorry — I can only answer in English, and my guidance is in English. If this is about a symptom or your health, please see a medical professional and contact your piercer or studio. / Désolé, je ne réponds qu’en anglais. / Lo siento, solo respondo en inglés. / Entschuldigung, ich antworte nur auf Englisch.';

/** Replies to small talk. */
export const SMALL_TALK = {
  thanks: "You're welcome! Ask me anything else about permanent jewelry.",
  greeting:
    'Hi! Ask me about permanent jewelry — pain, healing, cleaning, removal, materials, styles or the procedure.',
  bye: 'Bye — take care of that jewelry!',
  ack: 'Glad that helps. Anything else about permanent jewelry?',
} as const;

/** The reply to "start over". */
export const RESET_TEXT = 'Okay — starting over. What would you like to know about permanent jewelry?';
