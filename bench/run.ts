/**
 * `npm run bench [-- --quick] [-- --json] [-- --no-write]`: permabot's retrieval next to BM25 alone, LangChain's
 * MemoryVectorStore and exact search, on the real knowledge base and synthetic corpora of 1k/10k/100k
 * chunks; writes BENCHMARKS.md unless --no-write. Timings are medians/percentiles from this one run on this machine.
 */

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { loadOrBuildIndex } from '../src/app/knowledge-index.js';
import { Bm25Index } from '../src/core/retrieve/bm25.js';
import { EvidenceScorer } from '../src/core/retrieve/evidence.js';
import type { Chunk } from '../src/core/types.js';
import { LocalEmbeddings } from '../src/providers/embeddings/local-embeddings.js';
import { percentile, syntheticCorpus } from './corpus.js';
import { passRate, readCases, retrieverFrom } from './eval-pass.js';
import { SYSTEMS } from './systems.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const write = !args.has('--no-write');
const log = (s: string) => process.stderr.write(`${s}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rss = () => process.memoryUsage().rss / 1024 / 1024;

const embeddings = LocalEmbeddings.load();
const { index } = await loadOrBuildIndex({
  knowledgeDir: join(ROOT, 'knowledge'),
  indexRoot: join(ROOT, 'data/bench-index'),
  embeddings,
});
const evalCases = readCases(join(ROOT, 'test/eval/questions.jsonl'));
const queries = [...evalCases, ...readCases(join(ROOT, 'test/eval/paraphrases.jsonl'))].map((c) => c.question);
const sizes: [string, Chunk[]][] = [['real', index.chunks]];
for (const n of quick ? [1000] : [1000, 10_000, 100_000])
  sizes.push([`${n / 1000}k`, syntheticCorpus(index.chunks, n)]);

const results: Record<string, unknown>[] = [];
for (const [label, chunks] of sizes) {
  const t0 = performance.now();
  const vectors = await embeddings.embedDocuments(chunks.map((c) => `${c.heading}\n${c.text}`));
  const embedMs = performance.now() - t0;
  const queryVectors = await embeddings.embedDocuments(queries);
  const exact = await SYSTEMS.find((s) => s.name === 'exact')?.build(chunks, vectors, embeddings);
  const truth = await Promise.all(queryVectors.map((v) => exact?.dense?.(v) ?? []));
  for (const system of SYSTEMS) {
    gc();
    const b0 = performance.now();
    const built = await system.build(chunks, vectors, embeddings);
    const buildMs = performance.now() - b0 + embedMs;
    const rssMb = rss(); // resident memory of the bench process with this system built
    for (const q of queries.slice(0, 5)) await built.search(q); // warm-up
    const times: number[] = [];
    const rounds = chunks.length >= 100_000 && system.name !== 'permabot-hybrid' && system.name !== 'bm25' ? 1 : 3;
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const s = performance.now();
        await built.search(q);
        times.push(performance.now() - s);
      }
    }
    let recallAt10: number | null = null;
    if (built.dense) {
      let hit = 0;
      for (const [i, v] of queryVectors.entries()) {
        const got = new Set(await built.dense(v));
        hit += (truth[i] ?? []).filter((id) => got.has(id)).length / Math.max(1, (truth[i] ?? []).length);
      }
      recallAt10 = hit / queryVectors.length;
    }
    let evalPassRate: number | null = null;
    if (label === 'real')
      evalPassRate = await passRate(
        built.retriever ??
          retrieverFrom(
            built.search,
            new Bm25Index(chunks),
            chunks,
            (w) => embeddings.englishRank(w),
            new EvidenceScorer(embeddings),
          ),
        evalCases,
      );
    const entry = {
      system: system.name,
      corpus: label,
      chunks: chunks.length,
      ingestChunksPerSec: Math.round(chunks.length / (buildMs / 1000)),
      queryP50Ms: +percentile(times, 50).toFixed(3),
      queryP95Ms: +percentile(times, 95).toFixed(3),
      recallAt10: recallAt10 === null ? null : Math.floor(recallAt10 * 1e4) / 1e4, // rounded down: 1 means every hit
      rssMb: +rssMb.toFixed(1),
      evalPassRate: evalPassRate === null ? null : +evalPassRate.toFixed(3),
    };
    results.push(entry);
    log(JSON.stringify(entry));
  }
}

const cold: number[] = [];
for (let i = 0; i < (quick ? 3 : 5); i++) {
  const s = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'bin/permabot.mjs'), 'ask', 'does a welded bracelet hurt?'], {
    encoding: 'utf8',
    env: { ...process.env, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
  });
  cold.push(performance.now() - s);
}
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`;
const report = {
  date: new Date().toISOString(),
  machine,
  quick,
  queries: queries.length,
  coldStartAskMs: { median: +percentile(cold, 50).toFixed(0), runs: cold.map((c) => Math.round(c)) },
  results,
};
const fmt = (v: unknown) => (v === null || v === undefined ? '—' : String(v));
const table = [
  '| corpus | system | chunks | ingest chunks/s | query p50 ms | query p95 ms | recall@10 | RSS MB | eval pass |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.corpus} | ${r.system} | ${r.chunks} | ${r.ingestChunksPerSec} | ${r.queryP50Ms} | ${r.queryP95Ms} | ${fmt(r.recallAt10)} | ${r.rssMb} | ${fmt(r.evalPassRate)} |`,
  ),
];
if (write)
  writeFileSync(
    join(ROOT, 'BENCHMARKS.md'),
    `# Benchmarks\n\nGenerated by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${report.date.slice(0, 10)}.\nMachine: ${machine}.\n${queries.length} queries (the eval questions and the paraphrase set), warm, in-process; recall@10 of each dense index against exact (brute-force) search with the same embeddings; RSS is the bench process's resident memory with that system built (all systems of a size share one process, so read it as an upper bound); eval pass is the share of \`test/eval/questions.jsonl\` passing when that system feeds the same local composer (permabot and BM25 with their own scores, the dense stores by rank).\n\nCold start of \`permabot ask\` (one question, new process): median ${report.coldStartAskMs.median} ms (runs: ${report.coldStartAskMs.runs.join(', ')} ms).\n\n${table.join('\n')}\n`,
  );
if (asJson) process.stdout.write(`${JSON.stringify(report)}\n`);
else
  log(
    `\n${table.join('\n')}\n\ncold start ask: median ${report.coldStartAskMs.median} ms\n${write ? 'wrote BENCHMARKS.md' : ''}`,
  );
