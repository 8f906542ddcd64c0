/** The lockfile installs cleanly on the README's Node: no engine warning, nothing for `npm install` to rewrite. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  allowScripts: Record<string, boolean>;
};

/** The oldest Node 20 every locked package must accept (CI and the README use Node 20). */
const NODE_20 = [20, 19, 0];

const parts = (v: string) => v.replace(/^v/, '').replace(/\.x$/i, '').split('.').map(Number);
const cmp = (a: number[], b: number[]) => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/** Whether a version satisfies an npm engines range (the forms that occur in lockfiles). */
function satisfies(version: number[], range: string): boolean {
  return range.split('||').some((alt) => {
    const comparators = alt
      .trim()
      .replace(/(>=|<=|>|<|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    return comparators.every((c) => {
      if (c === '*' || c === 'x') return true;
      const m = /^(>=|<=|>|<|\^|~)?(.+)$/.exec(c);
      const op = m?.[1] ?? '';
      const v = parts(m?.[2] ?? '');
      const d = cmp(version, v);
      if (op === '>=') return d >= 0;
      if (op === '>') return d > 0;
      if (op === '<=') return d <= 0;
      if (op === '<') return d < 0;
      if (op === '^') return version[0] === v[0] && d >= 0;
      if (op === '~') return version[0] === v[0] && version[1] === (v[1] ?? version[1]) && d >= 0;
      return v.every((n, i) => version[i] === n); // "20.x", "20"
    });
  });
}

describe('package-lock.json', () => {
  it('reads engine ranges the way npm does', () => {
    expect(satisfies(NODE_20, '>=22')).toBe(false);
    expect(satisfies(NODE_20, '>=22.0.0')).toBe(false);
    expect(satisfies(NODE_20, '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies(NODE_20, '20.x || 22.x')).toBe(true);
    expect(satisfies(NODE_20, '>= 18')).toBe(true);
    expect(satisfies(NODE_20, '^18 || >= 21')).toBe(false);
  });

  it('holds no package whose engines exclude Node 20 (npm would print EBADENGINE)', () => {
    expect(satisfies(NODE_20, pkg.engines.node)).toBe(true);
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !satisfies(NODE_20, (p.engines as { node: string }).node))
      .map(([name, p]) => `${name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('is in the order npm writes it, so `npm install` leaves it unchanged', () => {
    const keys = Object.keys(lock.packages);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lets the native addons and esbuild run their install scripts', () => {
    expect(pkg.allowScripts).toMatchObject({ 'better-sqlite3': true, 'hnswlib-node': true, esbuild: true });
  });
});
