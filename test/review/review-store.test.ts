import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { reviewStoreContract } from '../contracts/review-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'permabot-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

reviewStoreContract('MemoryReviewStore', ({ now }) => new MemoryReviewStore({ now }));
reviewStoreContract('SqliteReviewStore', ({ now }) => SqliteReviewStore.open(join(dir, `db-${++n}`), { now }));
