/** Process entry of the CLI (bin/permabot.mjs imports this). */
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  out: process.stdout,
  err: process.stderr,
});
process.exitCode = code;
