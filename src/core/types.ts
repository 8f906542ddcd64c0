/** Platform-neutral types shared by the core, the providers and every adapter. */

/** The kinds of permanent jewelry the guidance distinguishes. */
export const JEWELRY_KINDS = [
  'welded-chain',
  'microdermal',
  'surface-piercing',
  'dermal-punch',
  'piercing',
  'tattoo-jewelry',
  'implant',
] as const;
export type JewelryKind = (typeof JEWELRY_KINDS)[number];

/** Topics a question or a chunk can be about. */
export const TOPICS = [
  'pain',
  'healing',
  'removal',
  'cleaning',
  'workplace',
  'materials',
  'procedure',
  'types',
  'style',
  'risks',
  'sleeping',
  'studio',
  'benefits',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Where the question came from. */
export type Platform = 'discord' | 'slack' | 'cli' | 'api';

/** A question as an adapter hands it to the core (already translated from the platform event). */
export interface Incoming {
  /** The raw text the person typed (the core neutralises it; adapters need not). */
  text: string;
  platform: Platform;
  /** Opaque id of the asker on that platform. */
  userId: string;
  userName?: string;
  /** Opaque reference to where the answer goes (e.g. `discord:<guild>:<channel>:<message>`). */
  channelRef: string;
  /** Opaque conversation key (thread, DM, terminal session); follow-ups share it. */
  conversationKey?: string;
  /** True in a public channel (hold mode applies there), false in DMs and the terminal. */
  isPublic: boolean;
  /** Number of attachments (images, files) sent with the question. */
  attachments?: number;
  /** Set when the person picked one of an earlier answer's `suggestions` (counted in metrics). */
  fromSuggestion?: boolean;
}

/** One source passage an answer relies on. */
export interface Citation {
  /** Path relative to the knowledge dir (e.g. `healing-times.md`), or `curated:<id>`. */
  source: string;
  title: string;
  /** A short verbatim quote from the source. */
  quote: string;
}

/** Why an answer was flagged or deferred. */
export type Reason =
  | 'medical'
  | 'urgent'
  | 'low-confidence'
  | 'no-knowledge'
  | 'reported'
  | 'llm-fallback'
  | 'injection'
  | 'off-topic'
  | 'invalid-input'
  | 'curated';

/** The one port every adapter uses: what the core returns for a question. */
export interface Answer {
  /** Platform-neutral markdown, ready to post (mentions and raw HTML already neutralised). */
  text: string;
  citations: Citation[];
  /** Medical: pointed to a professional instead of advising. */
  deferred: boolean;
  /** Red-flag symptoms: seek care now. */
  urgent: boolean;
  /** Queued for moderator review. */
  flagged: boolean;
  reasons: Reason[];
  /** False for off-topic questions. */
  inScope: boolean;
  topic: Topic | null;
  /** 0..1 */
  confidence: number;
  mode: 'local' | 'llm';
  /** Set when the answer was queued for review. */
  reviewId?: string;
  /** Id of the stored interaction (for feedback buttons). */
  answerId?: string;
  /** True when REVIEW_MODE=hold kept the answer back; `text` then tells the asker a moderator will follow up. */
  held?: boolean;
  /** The rules of the safety policy that fired (explainability for moderators). */
  rules?: string[];
  /**
   * Ask-back: when no passage is clearly right but some are close, up to three candidate questions the
   * guidance does answer. Adapters render them as buttons (a numbered choice in the terminal); picking
   * one asks it in the same conversation with `Incoming.fromSuggestion` set.
   */
  suggestions?: string[];
  /** Which context the answer used (jewelry kind / topic). */
  context?: { kind: JewelryKind | null; topic: Topic | null };
}

/** A knowledge chunk: a passage with its heading path and metadata. */
export interface Chunk {
  /** Stable id: `<source>#<n>`. */
  id: string;
  /** Path relative to the knowledge dir. */
  source: string;
  title: string;
  /** Heading path, e.g. `Removal › Welded chains`. */
  heading: string;
  text: string;
  topics: Topic[];
  appliesTo: JewelryKind[];
  /** Other ways people ask the question this passage answers (`<!-- asks: …; … -->` under a heading). */
  questions?: string[];
}

/** A chunk with a retrieval score (higher is better). */
export interface ScoredChunk {
  chunk: Chunk;
  score: number;
}
