/**
 * The reviewed wording of every safety message, in one place. Kind and short, following piercing
 * practice: see a medical professional AND contact your piercer; do not remove jewelry yourself when an
 * infection is suspected unless a professional tells you to.
 */
export const TEMPLATES = {
  urgent:
    'This could need urgent care. Please get medical help right away — go to urgent care or an emergency department, or call your local emergency number if it is severe (trouble breathing, fainting, bleeding that will not stop, a spreading red streak or fever). ' +
    'Please also contact your piercer or studio so they know. Do not try to remove the jewelry yourself unless a medical professional tells you to.',
  defer:
    "I can't give medical advice about symptoms, medicines or health conditions. Please see a medical professional (a doctor or pharmacist) and contact your piercer or studio — they can look at it properly. " +
    "If you think it might be infected, don't remove the jewelry on your own unless a professional tells you to: removing it can trap an infection.",
  deferWithGeneral: 'General guidance from our studio notes (not advice for your situation):',
  injection:
    'I can only answer questions about permanent jewelry from our guidance, and I keep my instructions private. Feel free to ask about pain, healing, cleaning, removal, materials or styles!',
  invalid: {
    empty: 'Please type a question about permanent jewelry — for example "how long does a microdermal take to heal?"',
    'too-long': 'That message is too long for me. Please ask one short question at a time (a few sentences at most).',
    binary: "I couldn't read that message — it doesn't look like text. Please type your question.",
  },
} as const;
