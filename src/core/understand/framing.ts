/**
 * Framing: the words around a question that say who is asking and for whom, not what is asked.
 * "client wants to know if it hurts" asks "it hurts" for a client; "quick q: does it hurt" asks it for
 * the asker. Stripping the frame leaves the question itself for retrieval and records who it is about.
 */

/** Who the message is about. */
export type About = 'me' | 'client' | 'general';

const PERSON =
  '(?:(?:a|an|the|my|our|this|one|some)\\s+)?(?:new\\s+|nervous\\s+|regular\\s+|potential\\s+|older\\s+|young\\s+)?(?:clients?|customers?|guests?|walk-?ins?|callers?|someone|somebody|a person|people|person|lady|woman|man|guy|girl|teen|mum|mom|dad|parent|bride|couple|she|he|they)(?:\\s+(?:here|today|on the phone|in the chair|at the desk|who just came in|that came in))?';
/** Verbs that relay a question ("client asks if …"). A report ("client says her …") is not a frame: it is the message. */
const REPORTING =
  '(?:wants to know|wanted to know|would like to know|needs to know|is asking|was asking|keeps asking|asked|asks|asking|is wondering|was wondering|wonders|wondering|is curious)';

/** Leading greetings and fillers: "hey", "quick q:", "ok so". */
const LEADING =
  /^(?:(?:hey|hi|hello|yo|hiya|sup|ok|okay|so|um+|hmm+|quick (?:q|question)|question|q|random (?:q|question)|serious question|(?:i'm |i am |im )?(?:a )?new (?:hire|starter|employee|trainee)(?: here)?|real quick|sorry|also|and|btw|oh|well|guys|team|all|everyone|folks)\b[\s,:!.\u2014\u2013-]*)+/;

/**
 * A label naming the message a question ("new hire q:", "front desk question -", "dumb q:"): words that say who
 * asks or how, then q/question and a colon or dash. Not a topic ("microdermal q:" names what is asked).
 */
const QUESTION_LABEL =
  /^(?:(?:new hire|new starter|front desk|desk|staff|team|trainee|newbie|noob|dumb|stupid|silly|weird|honest|serious|quick|random|another|follow[- ]up|customer|client)\s+)(?:q|qs|question|questions)\s*[:\u2014\u2013-]+\s*/;

const FRAMES: { re: RegExp; about: About }[] = [
  // "client wants to know if …", "customer asking whether …", "someone on the phone asked: …"
  {
    re: new RegExp(
      `^(?:i have |i've got |i got |got |there is |there's )?${PERSON}\\s+(?:who\\s+)?(?:(?:dmed|dm'd|dm-ed|messaged|texted|emailed|called|wrote|commented|posted)(?: (?:me|us))?(?: on \\w+)?\\s+)?${REPORTING}(?:\\s+(?:me|us))?(?:\\s+(?:if|whether|about|that))?[\\s,:-]*`,
    ),
    about: 'client',
  },
  // "what do I tell a client who …", "what should we say to someone asking …"
  {
    re: new RegExp(
      `^(?:what|how) (?:do|should|can|would) (?:i|we) (?:tell|say to|answer|respond to|explain to|reply to|(?:say|answer|respond|reply) (?:when|if)) ${PERSON}(?:\\s+(?:who|that|when|if|asking|about|wondering)\\b)?(?:\\s+(?:asks?|asking|wants to know|is asking))?(?:\\s+(?:if|whether|about))?[\\s,:-]*`,
    ),
    about: 'client',
  },
  // "how should we explain X to a nervous client" → "X"
  { re: /^(?:how (?:do|should|can|would) (?:i|we) )?(?:explain|describe)\s+/, about: 'general' },
  // "I have a client who …", "for a client:"
  { re: new RegExp(`^(?:i have|i've got|got|we have) ${PERSON} (?:who|that|with)\\s+`), about: 'client' },
  { re: new RegExp(`^for ${PERSON}[\\s,:-]+`), about: 'client' },
  // "I was wondering if …", "can you tell me whether …", "does anyone know how …", "is it true that …"
  {
    re: /^(?:i (?:am|was) (?:just )?(?:wondering|curious|thinking)|i wonder|(?:can|could) you (?:please )?tell me|do you know|does anyone know|does anybody know|anyone know|any idea|i would like to know|i want to know|i need to know|is it true|i heard|someone told me|people say)(?:\s+(?:if|whether|about|that))?[\s,:-]*/,
    about: 'me',
  },
];
/**
 * A trailing request for wording, after the question itself ("…, what do I tell her?", "… what's the line
 * we use?"): staff asking what to say, not a second question. The question word of the frame (how,
 * what…) is kept by the frames above: it says what is asked.
 */
const TRAILING_ASK_FOR_WORDS =
  /[\s,.;:-]+(?:so\s+)?(?:what (?:do|should|can) (?:i|we) (?:tell|say to|answer) (?:her|him|them|the client|the customer)|what (?:do|should|can) (?:i|we) say|what(?: is|'s) (?:the|our) (?:standard |usual |official |normal |go-to |best )?(?:line|answer|script|spiel|response|wording)(?: (?:we use|to use|we give|here|for (?:that|this|it)|on (?:that|this|it)))?|how (?:do|should) (?:i|we) (?:explain|word|put) (?:it|that|this))\s*[?!.]*$/;
/** The trailing request is looked for in this many last characters. */
const TRAILING_WINDOW = 80;
/** What remains before it must be at least this long to be a question of its own. */
const MIN_QUESTION_CHARS = 10;
/** ", for the consent chat", ", for our faq": a comma, then "for" and a short phrase closing the message. */
const TRAILING_PURPOSE = /,\s*for (?:the|our|a|an|my) (?:[\w-]+ ){0,2}[\w-]+\s*[?.!]*$/;
/**
 * Who asks, said after the question ("…, new hire asking", "… asking for a friend", "genuinely asking"): a frame at
 * the end, not part of what is asked.
 */
const RELAYER = `(?:${PERSON}|(?:a |my |our |the )?(?:new hire|coworker|co-worker|colleague|boss|manager|trainee|apprentice|friend|bestie|sister|mom|mum))`;
const TRAILING_RELAY = new RegExp(
  `(?:\\s*[,.;:\u2014\u2013-]\\s*${RELAYER}\\s+(?:is\\s+)?(?:asking|asked|wants to know|wanted to know|was wondering|wondering)|\\s+(?:genuinely|honestly|seriously|just|sincerely|legit) asking|\\s+asking for (?:a|my) (?:friend|client|customer|coworker))\\s*[?!.]*$`,
);
/**
 * How the answer should come ("…, quick version", "tl;dr", "in simple terms", "need talking points for the ig post"):
 * the form of the answer, not what is asked.
 */
const TRAILING_FORMAT =
  /[\s,.;:\u2014\u2013-]+(?:(?:(?:just )?(?:give me|tell me|i want|i need|send) )?(?:the |a |just the )?(?:quick|short|simple|brief|basic|easy)(?: and (?:sweet|simple))? (?:version|answer|summary|rundown|explanation)|tl ?;? ?dr|in short|briefly|in a nutshell|eli5|in (?:simple|plain|layman'?s?) (?:terms|english|words)|(?:in )?bullet points|(?:i )?need (?:some )?(?:talking )?points(?: for [\w\s-]{1,30})?|for (?:the|an|our|my|a) (?:ig|insta|instagram|tiktok|fb|facebook|blog|social|socials) (?:post|caption|story|reel|video)s?|(?:any )?(?:thoughts|ideas|opinions|advice|input)\s*\?|(?:(?:pls|please) )?be honest(?: with me)?|(?:no|do not) sugar ?coat(?:ing)?(?: it)?|real talk)\s*(?:pls|please|plz|thanks|thx|ty)?\s*[?!.]*$/;
const TRAILING_PERSON = new RegExp(`\\s+(?:to|for|with)\\s+${PERSON}\\s*(?=[?.!]*$)`);

/** The question without its frame, and who it is about. */
const COUNT_OF_QUESTIONS =
  /^(\d+|two|three|four|a couple( of)?|couple( of)?|a few|few) (quick |small |more )?(things|questions|qs|q's)\s*[:,\-\u2013\u2014]\s*/;

export function stripFraming(text: string): { text: string; about: About | null; framed: boolean } {
  let t = text.trim().replace(LEADING, '').replace(QUESTION_LABEL, '').trim();
  let about: About | null = null;
  let framed = false;
  for (let round = 0; round < 2; round++) {
    const frame = FRAMES.find((f) => f.re.test(t));
    if (!frame) break;
    const rest = t.replace(frame.re, '').trim();
    if (rest.split(/\s+/).length < 2) break;
    if (frame.about === 'client' || about === null) about = frame.about === 'general' ? about : frame.about;
    t = rest.replace(LEADING, '').trim();
    framed = true;
  }
  // A count of what follows ("2 things: …", "a couple of questions -"): how many are asked, not what.
  const counted = t.replace(COUNT_OF_QUESTIONS, '').trim();
  if (counted !== t && counted.split(/\s+/).length >= 2) t = counted;
  // Only the message's tail can hold it (and a long run of separators is never rescanned).
  const tail = t.slice(-TRAILING_WINDOW);
  const words = TRAILING_ASK_FOR_WORDS.exec(tail);
  const cut = words ? t.length - tail.length + words.index : -1;
  if (words && cut >= MIN_QUESTION_CHARS) {
    t = t.slice(0, cut).trim();
    about = 'client';
    framed = true;
  }
  // Who asks and how the answer should come, said at the end: "what aftercare do we give, new hire asking".
  for (let round = 0; round < 2; round++) {
    const end = TRAILING_RELAY.exec(t) ?? TRAILING_FORMAT.exec(t);
    if (!end || end.index < MIN_QUESTION_CHARS) break;
    if (about === null && /\b(client|customer|guest|walk-?in|caller)s?\b/.test(end[0])) about = 'client';
    t = t.slice(0, end.index).trim();
    framed = true;
  }
  // A purpose after the question ("…what the main risks are, for the consent chat"): why it is asked, not what.
  const purpose = TRAILING_PURPOSE.exec(t);
  if (purpose && purpose.index >= MIN_QUESTION_CHARS) t = t.slice(0, purpose.index).trim();
  const trailing = TRAILING_PERSON.exec(t);
  if (trailing && framed) {
    t = t.replace(TRAILING_PERSON, '').trim();
    about = 'client';
  }
  return { text: t, about, framed };
}

/** Who the message is about when no frame says so: "my"/"I" → me, a client or customer → client. */
export function aboutOf(text: string, framed: About | null): About {
  if (framed === 'client') return 'client';
  if (
    /\b(my|our) (client|customer|guest)s?\b|\b(client|customer)'?s\b|\b(client|customer|guest) (has|is|says|said|got|just|wants|wanted|needs|asked|asks)\b/.test(
      text,
    )
  )
    return 'client';
  if (framed === 'me' || /\b(i|my|me|mine|myself|i am|i have)\b/.test(text)) return 'me';
  return 'general';
}
