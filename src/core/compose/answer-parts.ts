/** The parts of a message, each retrieved and composed; the evidence and gap signals the scope decision reads. */
import type { Retrieve } from '../assistant.js';
import { kindPhrase, type ResolvedContext } from '../conversation/context.js';
import { type Understanding, withReferent } from '../understand/index.js';
import { ITEM_ASKS, ON_A_PIECE, studioAsks, studioWordsFor } from '../understand/intent.js';
import { domainSense, namedKinds, namedTopics } from '../understand/kinds.js';
import { ANSWER_THRESHOLD, bestEvidence } from './answerability.js';
import { composeLocal } from './local-composer.js';
import { mergeParts } from './merge.js';

/**
 * A studio fact is looked for this deep (the default is 8): only passages stating a fact of its shape answer it,
 * and a long table (a price list) ranks low on dense similarity. 12 passed 2 more studio dev questions (M, D, T)
 * than 8, and 16 the same as 12.
 */
export const STUDIO_RETRIEVAL_DEPTH = 12;

/** "is it ok to…", "would it be safe to…": an "it" that points at nothing before it. */
const DUMMY_IT =
  /^(is|would|will|was|does) it (be )?(ok|okay|safe|bad|fine|possible|normal|smart|wise|a good idea|a bad idea|worth it|better|easier|harder|true)\b/;

/** A question whose subject is the thing just named: "is it…", "is that the same thing", "does it…". */
const POINTS_BACK = /^(is|are|does|do|can|could|will|would|was|should) (it|that|this|they|those|these|them)\b/;

/** A studio question without the piece something goes on: "add a birthstone to her bracelet" looks for the birthstone. */
const onlyWhatIsAsked = (t: string) => {
  const without = t.replace(ON_A_PIECE, ' ').replace(/\s+/g, ' ').trim();
  // …unless fewer than two words would be left to look for.
  return without.split(' ').length >= 2 ? without : t;
};

/** Retrieves and composes every part of a message; the kind named anywhere (or carried) helps every part. */
export async function answerParts(retriever: Retrieve, u: Understanding, ctx: ResolvedContext) {
  const single = u.parts.length === 1;
  const results = await Promise.all(
    u.parts.map(async (part) => {
      // (A studio rule that is not an item's price or offer, "how many people for a party", is found by its own
      // words: the thread's kind words would pull in the guidance on that jewelry instead.)
      const ruleOnly = part.studio.length > 0 && !part.studio.some((a) => ITEM_ASKS.includes(a));
      const carried = namedKinds(part.text).length || ruleOnly ? null : (part.kinds[0] ?? ctx.kind);
      // Retrieval reads a part with the statement its pronoun points back to; the answer is headed by the part alone.
      const asked = withReferent(part);
      // (A follow-up asking a studio question again, "what about in gold filled", reads with that question.)
      const text =
        single && part.text === u.question && !part.referent
          ? ctx.query
          : carried
            ? `${asked} (${kindPhrase(carried)})`
            : asked;
      const studioWords = studioWordsFor(part.studio);
      // The words a studio's file uses for the fact asked ("deposit cancel refund") are read as part of the
      // question: they say which rule is asked about, and pick its sentence.
      // (A service asked, "can i get a disc engraved", adds no words but is looked for as deep.)
      const find = (t: string) =>
        part.studio.length
          ? retriever.retrieve(
              studioWords ? `${onlyWhatIsAsked(t)} (${studioWords})` : onlyWhatIsAsked(t),
              STUDIO_RETRIEVAL_DEPTH,
            )
          : retriever.retrieve(t);
      let retrieval = await find(text);
      let storyRead: { text: string; referent: string } | null = null;
      let typed = bestEvidence(retrieval);
      // A question told with a story: the question alone may be the better evidence (the story's words are not asked about).
      if (single && u.focus) {
        // (Not the piece a studio item goes on: "add a birthstone to her bracelet, what's the price" asks the birthstone.)
        const onAPieceOnly =
          part.studio.length > 0 &&
          namedKinds(u.normalized).length > 0 &&
          namedKinds(u.normalized.replace(ON_A_PIECE, ' ')).length === 0;
        const kind = onAPieceOnly ? null : (carried ?? u.kinds[0] ?? ctx.kind);
        // …when the question alone still says what it is about ("will the weld hurt?", not "how do i fix it").
        // A studio ask says what with the studio words find() adds ("ok if mom signs?" asks the age rule).
        // …but a price names its item: "what's the price" alone does not say of what ("client wants to add a
        // birthstone to her bracelet, what's the price").
        const saysWhat =
          domainSense(u.focus) !== 'none' ||
          namedTopics(u.focus).length > 0 ||
          part.studio.some((a) => !ITEM_ASKS.includes(a));
        const bare = saysWhat ? await find(u.focus) : null;
        if (bare) typed = Math.max(typed, bestEvidence(bare));
        // A question alone that says nothing ("anything we should be telling people") leaves the subject to the rest.
        const alone = saysWhat && kind ? await find(`${u.focus} (${kindPhrase(kind)})`) : bare;
        // …but a question the whole message already answers well keeps its story: "i do crossfit and climbing every
        // day, would a permanent bracelet get in the way" asks about an active life, not "would it get in the way".
        // (A studio fact is told in the story as often as in the question: "running 10 min late, will you still take me".)
        const storyAnswers = part.studio.length === 0 && bestEvidence(retrieval) >= ANSWER_THRESHOLD;
        // …nor a studio question whose story says what is asked of the studio: "customer brought in a stainless steel
        // chain from amazon, can we weld it for her?" asks the bring-your-own rule, which the question alone does not.
        const focusAsks = studioAsks(u.focus);
        // (What is asked, a service or a product; a rule the story touches, "snapped… do i pay to fix it", is context.)
        const storyAsks = part.studio.some((a) => ITEM_ASKS.includes(a) && !focusAsks.includes(a));
        if (alone && !storyAnswers && !storyAsks && bestEvidence(alone) > bestEvidence(retrieval)) {
          retrieval = alone;
          // A studio question read without its story asks what the question names, the story being what "it" is:
          // "my bracelet snapped on a door handle…, do i have to pay to fix it" does not ask the price of a door handle.
          if (part.studio.length && u.focus)
            storyRead = { text: u.focus, referent: part.text.replace(u.focus, ' ').replace(/\s+/g, ' ').trim() };
        }
      }
      // The carried kind is the part's kind: "how do they take it out" after a microdermal is about the microdermal.
      const kinded = carried && !part.kinds.length ? { ...part, kinds: [carried] } : part;
      const understood = storyRead ? { ...kinded, ...storyRead } : kinded;
      return { question: part.text, retrieval, typed, c: composeLocal(retrieval, understood) };
    }),
  );
  // A part that points back to the thing of the part before it ("what is a jump ring, and is it the weak point on
  // a welded bracelet?") is about that thing: when the guidance does not cover it, it does not cover this either.
  for (let i = 1; i < results.length; i++) {
    const before = results[i - 1];
    const now = results[i];
    // (Not an "it" that stands for nothing: "…and is it ok to swim with my permanent bracelet?")
    const ownSubject = DUMMY_IT.test(now?.question ?? '');
    if (
      before &&
      now &&
      before.c.noKnowledge &&
      before.retrieval.query.uncovered.length > 0 &&
      POINTS_BACK.test(now.question) &&
      !ownSubject
    )
      results[i] = { ...now, c: before.c };
  }
  const first = results[0];
  if (!first) throw new Error('a message always has one part');
  const evidence = Math.max(...results.map((r) => bestEvidence(r.retrieval)));
  // The evidence for the message's own words (whole, or its question alone), no kind added: a story's
  // "bike chain" or "hole punch" must not become a welded chain or a dermal punch by being re-asked as one.
  const typedEvidence = Math.max(...results.map((r) => r.typed));
  const gap = results.some((r) => r.retrieval.query.uncovered.length > 0);
  // Every part asks the studio about a thing the guidance never names.
  const unnamedThing = results.every((r) => r.c.unnamedThing === true);
  return { local: mergeParts(results), retrieval: first.retrieval, evidence, typedEvidence, gap, unnamedThing };
}
