#!/usr/bin/env node
// Runs the compiled CLI when `npm run build` produced it, else the TypeScript sources through tsx.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/adapters/cli/index.js', import.meta.url);
if (existsSync(compiled) && process.env.PERMABOT_FROM_SOURCE !== '1') {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../adapters/cli/index.ts', import.meta.url).href);
}
