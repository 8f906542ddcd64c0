/** `permabot review …`: the moderator queue from the terminal. Returns an exit code: 0 ok, 1 failed, 2 bad input. */
import { parseArgs } from 'node:util';
import type { Actor, Decision, ReviewStatus } from '../../../src/core/review/types.js';
import { USAGE as CLI_USAGE, SUBCOMMANDS } from '../usage.js';
import { decide, EXIT, positiveInt, type ReviewCommandContext, showCurated, UsageError } from './review-actions.js';
import { actorLabel, renderItem, renderList, renderStats } from './review-format.js';
import { listPage } from './review-list.js';

export type { ReviewCommandContext };

const USAGE = CLI_USAGE.review as string;

const OPTIONS = {
  status: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  json: { type: 'boolean' },
  by: { type: 'string' },
  note: { type: 'string' },
  text: { type: 'string' },
  'older-than': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STATUSES = ['pending', 'approved', 'corrected', 'rejected', 'all'] as const;
const DECISIONS: Record<string, Decision> = { approve: 'approved', correct: 'corrected', reject: 'rejected' };
function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** Runs one `review` subcommand against the service; never throws. */
export async function runReviewCommand(argv: string[], ctx: ReviewCommandContext): Promise<number> {
  const say = (text: string) => ctx.out.write(text.endsWith('\n') ? text : `${text}\n`);
  const fail = (text: string, code: number) => {
    ctx.err.write(`permabot review: ${text}\n`);
    return code;
  };
  try {
    const { values, positionals } = parse(argv);
    const [sub, ...rest] = positionals;
    if (values.help || !sub || sub === 'help') {
      (sub || values.help ? ctx.out : ctx.err).write(USAGE);
      return sub || values.help ? EXIT.ok : EXIT.usage;
    }
    const json = (value: unknown) => say(JSON.stringify(value, null, ctx.isTTY ? 2 : undefined));
    const id = () => {
      if (rest.length !== 1 || !rest[0]) throw new UsageError(`review ${sub} needs exactly one ID`);
      return rest[0];
    };
    const actor = (): Actor => ({
      platform: 'cli',
      id: 'local',
      name: values.by?.trim() || process.env.USER || 'admin',
    });
    if (!SUBCOMMANDS.review?.includes(sub)) throw new UsageError(`unknown command "${sub}"\n\n${USAGE}`);
    if (sub !== 'list' && sub !== 'stats' && sub !== 'purge') id();
    else if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);

    switch (sub) {
      case 'list': {
        const status = (values.status ?? 'pending') as ReviewStatus | 'all';
        if (!STATUSES.includes(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
        const limit = positiveInt(values.limit ?? '50', '--limit');
        const offset = values.offset === undefined ? 0 : positiveInt(values.offset, '--offset', 0);
        const page = await listPage(ctx.service, status, limit, offset);
        if (values.json) json(page.items);
        else if (page.items.length) ctx.out.write(renderList(page.items, ctx.isTTY));
        else if (ctx.isTTY)
          say(`No ${status === 'all' ? '' : `${status} `}review items${offset ? ` after ${offset}` : ''}.`);
        if (page.more > 0 && !values.json) {
          const next = [
            `--offset ${offset + page.items.length}`,
            values.limit ? `--limit ${limit}` : '',
            values.status ? `--status ${status}` : '',
          ];
          (ctx.isTTY ? ctx.out : ctx.err).write(
            `… ${page.more} more: permabot review list ${next.filter(Boolean).join(' ')}\n`,
          );
        }
        return EXIT.ok;
      }
      case 'show': {
        if (/^c\d+$/i.test(id())) return await showCurated(id(), values, { say, fail, json, ctx });
        const item = await ctx.service.get(id());
        if (!item) return fail(`no review item "${id()}"`, EXIT.usage);
        const interaction = await ctx.service.interaction(item.answerId);
        if (values.json) json({ ...item, interaction });
        else ctx.out.write(renderItem(item, interaction));
        return EXIT.ok;
      }
      case 'approve':
      case 'correct':
      case 'reject':
        return await decide(sub, DECISIONS[sub] as Decision, id(), actor(), values, { say, fail, json, ctx });
      case 'retire': {
        const result = await ctx.service.retireCurated(id(), actor());
        if (!result.ok) return fail(`no curated answer "${id()}"`, EXIT.usage);
        if (values.json) json(result);
        else if (result.changed) say(`Retired curated answer ${result.curated.id}; it will no longer be served.`);
        else
          say(
            `${result.curated.id} was already retired by ${actorLabel(result.curated.retiredBy ?? null)} at ${result.curated.retiredAt}.`,
          );
        return EXIT.ok;
      }
      case 'pull': {
        const result = await ctx.service.pull(id(), actor());
        if (!result.ok) return fail(`no answer "${id()}"`, EXIT.usage);
        if (values.json) json(result);
        else
          say(
            result.created
              ? `Queued ${result.item.answerId} as ${result.item.id}.`
              : `${result.item.answerId} is already pending as ${result.item.id}.`,
          );
        return EXIT.ok;
      }
      case 'stats': {
        const stats = await ctx.service.stats();
        if (values.json) json(stats);
        else ctx.out.write(renderStats(stats, ctx.isTTY));
        return EXIT.ok;
      }
      case 'purge': {
        if (values['older-than'] === undefined) throw new UsageError('review purge needs --older-than DAYS');
        const days = positiveInt(values['older-than'], '--older-than');
        const result = await ctx.service.purge(days, actor());
        if (values.json) json(result);
        else {
          say(
            `Purged ${result.interactions} interactions, ${result.reviews} review items, ${result.feedback} feedback entries, ${result.conversationTurns ?? 0} conversation turns and ${result.slackEvents ?? 0} Slack events older than ${days} days (pending items kept).`,
          );
        }
        return EXIT.ok;
      }
      default:
        throw new UsageError(`unknown command "${sub}"\n\n${USAGE}`);
    }
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message, EXIT.usage);
    if (err instanceof TypeError && String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      return fail(err.message, EXIT.usage);
    }
    return fail(err instanceof Error ? err.message : String(err), EXIT.failed);
  }
}
