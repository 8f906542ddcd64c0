/** The actions of `permabot review` that need more than one call: decisions and curated answers. */
import type { ReviewService } from '../../../src/core/review/review-service.js';
import type { ReviewStore } from '../../../src/core/review/store.js';
import type { Actor, Decision, DecisionResult } from '../../../src/core/review/types.js';
import { UsageError } from '../context.js';
import { actorLabel, renderCurated } from './review-format.js';

/** What the command needs; the lead's composition root builds it. */
export interface ReviewCommandContext {
  service: ReviewService;
  store: ReviewStore;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  isTTY: boolean;
}

/** Exit codes: 0 ok, 1 the command ran but failed (e.g. already decided), 2 bad input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown for bad input; becomes a message on stderr and exit code 2. */
export { UsageError };

/** The parsed flags the actions read. */
export interface Values {
  json?: boolean;
  text?: string;
  note?: string;
}

/** Parses a whole number ≥ `min` (default 1) or throws a UsageError naming the flag. */
export function positiveInt(raw: string, flag: string, min = 1): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${flag} must be a whole number ≥ ${min} (got "${raw}")`);
  }
  return n;
}

/** Output helpers handed to the actions. */
export interface Io {
  say(text: string): void;
  fail(text: string, code: number): number;
  json(value: unknown): void;
  ctx: ReviewCommandContext;
}

/** approve | correct | reject. */
export async function decide(
  sub: string,
  decision: Decision,
  id: string,
  actor: Actor,
  values: Values,
  io: Io,
): Promise<number> {
  if (decision === 'corrected' && !values.text?.trim()) {
    throw new UsageError('review correct needs --text TEXT (the corrected answer)');
  }
  if (decision !== 'corrected' && values.text !== undefined)
    throw new UsageError(`--text only applies to review correct`);
  const opts = { ...(values.note ? { note: values.note } : {}), ...(values.text ? { text: values.text } : {}) };
  const result: DecisionResult = await io.ctx.service.decide(id, decision, actor, opts);
  if (values.json) io.json(result);
  if (result.ok) {
    const curated = result.curated ? ` Curated answer ${result.curated.id} will be served for the same question.` : '';
    if (!values.json) io.say(`${result.item.id} ${decision} by ${actor.name}.${curated}`);
    return EXIT.ok;
  }
  if (result.code === 'not_found') return io.fail(`no review item "${id}"`, EXIT.usage);
  if (result.code === 'text_required') return io.fail(`review ${sub} needs --text TEXT`, EXIT.usage);
  const { item } = result;
  return io.fail(
    `${item.id} was already ${item.status} by ${actorLabel(item.decidedBy)} at ${item.decidedAt}`,
    EXIT.failed,
  );
}

/** `review show cN`. */
export async function showCurated(id: string, values: Values, io: Io): Promise<number> {
  const curated = await io.ctx.store.getCurated(id);
  if (!curated) return io.fail(`no curated answer "${id}"`, EXIT.usage);
  if (values.json) io.json(curated);
  else {
    io.say(renderCurated(curated));
  }
  return EXIT.ok;
}
