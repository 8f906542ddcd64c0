/** Row shapes of the review tables and their mapping to the core records (pure). */
import { formatId } from '../../core/review/ids.js';
import type { AuditEntry, FeedbackRecord } from '../../core/review/store.js';
import type { Actor, CuratedAnswer, InteractionRecord, ReviewOrigin, ReviewStatus } from '../../core/review/types.js';
import type { Answer, Platform, Reason } from '../../core/types.js';
import type { StoredItem } from './store-shared.js';

export interface InteractionRow {
  id: number;
  created_at: string;
  platform: string;
  channel_ref: string;
  conversation_key: string | null;
  asker_id: string;
  question: string;
  answer_json: string;
  latency_ms: number;
}

export interface ItemRow {
  id: number;
  answer_id: number;
  created_at: string;
  status: string;
  reasons: string;
  held: number;
  origin: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
  corrected_text: string | null;
}

export interface CuratedRow {
  id: number;
  review_id: number;
  question: string;
  text: string;
  created_at: string;
  retired: number;
  created_by: string | null;
  retired_at: string | null;
  retired_by: string | null;
}

export interface FeedbackRow {
  id: number;
  answer_id: number;
  created_at: string;
  kind: string;
  actor: string;
  reason: string | null;
  review_id: number | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
}

const actorOf = (json: string | null): Actor | null => (json ? (JSON.parse(json) as Actor) : null);

/** Serialises an actor for a TEXT column (only the three public fields). */
export function actorJson(actor: Actor): string {
  return JSON.stringify({ platform: actor.platform, id: actor.id, name: actor.name });
}

export function interactionFromRow(r: InteractionRow): InteractionRecord {
  return {
    id: formatId('answer', r.id),
    createdAt: r.created_at,
    platform: r.platform as Platform,
    channelRef: r.channel_ref,
    conversationKey: r.conversation_key,
    askerId: r.asker_id,
    question: r.question,
    answer: JSON.parse(r.answer_json) as Answer,
    latencyMs: r.latency_ms,
  };
}

export function storedItemFromRow(r: ItemRow): StoredItem {
  return {
    n: r.id,
    answerN: r.answer_id,
    createdAt: r.created_at,
    status: r.status as ReviewStatus,
    reasons: JSON.parse(r.reasons) as Reason[],
    held: r.held === 1,
    origin: r.origin as ReviewOrigin,
    decidedBy: actorOf(r.decided_by),
    decidedAt: r.decided_at,
    note: r.note,
    correctedText: r.corrected_text,
  };
}

export function curatedFromRow(r: CuratedRow): CuratedAnswer {
  return {
    id: formatId('curated', r.id),
    reviewId: formatId('review', r.review_id),
    question: r.question,
    text: r.text,
    createdAt: r.created_at,
    retired: r.retired === 1,
    createdBy: actorOf(r.created_by),
    retiredAt: r.retired_at,
    retiredBy: actorOf(r.retired_by),
  };
}

export function feedbackFromRow(r: FeedbackRow): FeedbackRecord {
  return {
    id: formatId('feedback', r.id),
    answerId: formatId('answer', r.answer_id),
    createdAt: r.created_at,
    kind: r.kind as FeedbackRecord['kind'],
    actor: actorOf(r.actor) as Actor,
    reason: r.reason,
    reviewId: r.review_id === null ? null : formatId('review', r.review_id),
  };
}

export function auditFromRow(r: AuditRow): AuditEntry {
  return {
    id: String(r.id),
    at: r.at,
    actor: actorOf(r.actor) as Actor,
    action: r.action as AuditEntry['action'],
    target: r.target,
    detail: JSON.parse(r.detail) as AuditEntry['detail'],
  };
}
