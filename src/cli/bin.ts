/**
 * Process entry point: wires {@link runCli} to the real process and sets
 * `process.exitCode` (never `process.exit`, so piped output drains).
 *
 * @module
 */
import { runCli } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // reader went away (`| head`): stop quietly
  throw e;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
  .then((code) => { process.exitCode = code; })
  .catch((e: unknown) => {
    process.stderr.write(`factex: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  });
