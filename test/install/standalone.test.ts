/** A clone of the repository alone passes `npm test`: nothing the tests, the CLI defaults or CI run reads ../shared. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** What `npm test`, `npm run eval` and `.ci/run` execute. */
const SCANNED = ['src', 'adapters', 'test', '.ci', 'bin', 'package.json', 'vitest.config.ts'];

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : files(join(path, name))));
}

describe('a clone that stands on its own', () => {
  it('reads ../shared nowhere, except as an optional check guarded by existsSync', () => {
    const offenders = SCANNED.flatMap((p) => files(join(ROOT, p)))
      .filter((f) => /\.(ts|mjs|js|json|sh)$/.test(f) || !f.includes('.'))
      .filter((f) => f !== join(ROOT, 'test/install/standalone.test.ts'))
      .filter((f) => {
        const code = readFileSync(f, 'utf8')
          .split('\n')
          .filter((l) => !/^\s*(\/\/|\/?\*)/.test(l)) // comments may mention it
          .join('\n');
        return /\.\.\/shared\/(seeds|eval|notes)|\.\.\/shared['"`]/.test(code) && !/existsSync\(/.test(code);
      })
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('ships raw-article fixtures for the cleaning tests', () => {
    const raw = readdirSync(join(ROOT, 'test/fixtures/raw-articles'));
    expect(raw.length).toBeGreaterThanOrEqual(3);
  });
});
