/**
 * Process entry point: wires {@link runCli} to the real process and sets
 * `process.exitCode` (never `process.exit` on the normal path, so piped
 * output drains). Handles the process-level cases:
 * - stdout closed by the reader (`factex … | head -1`): stop quietly, exit 0;
 * - SIGINT (Ctrl-C): remove `--out` temporary files, exit 130; SIGTERM: exit 143;
 * - an unexpected error (a bug): one line, exit 70; the stack only with `--debug`.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { cleanupForSignal, runCli } from './main.js';
import { EXIT } from '../errors.js';

// Regular expressions go straight to machine code. By default V8 first compiles each one to
// bytecode, then again to machine code once it has run: factex's rules are a few hundred
// case-insensitive Unicode regexes, most run a handful of times per article, and compiling
// them twice was a fifth of the CPU time of a cold start (about 80 ms on the seed article).
// Matching is the same either way (one engine, two back ends); this runs before the
// extraction modules load, and the flag holds for worker threads too. (The library does
// not set it: that is the embedding application's choice.)
setFlagsFromString('--no-regexp-tier-up');

const debug = process.argv.includes('--debug');

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.OK); // reader went away (`| head`): stop quietly
  process.stderr.write(`factex: cannot write to stdout (${e.code ?? e.message})\n`);
  process.exit(EXIT.INPUT_FAILED);
});
process.stderr.on('error', () => { /* nowhere left to report */ });

let stopping = false;
for (const [signal, code] of [['SIGINT', EXIT.INTERRUPTED], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(code); // a second Ctrl-C: at once
    stopping = true;
    cleanupForSignal().finally(() => process.exit(code));
  });
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // process.stdin is made on first use (for a pipe, a socket: node:net and more to load): only when an input is read from it.
  get stdin() { return process.stdin; },
};

runCli(process.argv.slice(2), io)
  .then((code) => { process.exitCode = code; })
  .catch((e: unknown) => {
    process.stderr.write(`factex: internal error: ${(e as Error)?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  });
