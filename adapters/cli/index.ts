/** Process entry of the CLI (bin/permabot.mjs imports this). */
import { existsSync } from 'node:fs';
import { main } from './main.js';

// Variables from `.env` (or PERMABOT_ENV_FILE; empty turns it off); the real environment wins over the file.
const envFile = process.env.PERMABOT_ENV_FILE ?? '.env';
if (envFile && existsSync(envFile)) process.loadEnvFile(envFile);

// `permabot ask … | head -1` closes stdout early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const code = await main(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  out: process.stdout,
  err: process.stderr,
});
process.exitCode = code;
