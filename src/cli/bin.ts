/**
 * Process entry point: wires {@link runCli} to the real process and sets
 * `process.exitCode` (never `process.exit` on the normal path, so piped
 * output drains). Handles the process-level cases:
 * - stdout closed by the reader (`factex … | head -1`): stop quietly, exit 0;
 * - SIGINT (Ctrl-C): remove `--out` temporary files, exit 130; SIGTERM: exit 143 (during a synchronous
 *   extraction in this thread, the default action instead: see signals.ts);
 * - an unexpected error (a bug): one line, exit 70; the stack only with `--debug`;
 * - the event loop running dry before the run finished (a promise that never settles, e.g. a library stream that
 *   loses an error): one line, exit 70 — never a silent exit 0 with nothing written.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { cleanupForSignal, exitCodeSoFar, runCli } from './main.js';
import { EXIT } from '../errors.js';
import { installSignalHandlers } from './signals.js';
import { CLI_V8_FLAGS } from './v8-flags.js';

// V8 flags of the CLI (regexes straight to machine code, a heap that grows less on long
// batches): see v8-flags.ts. Set before the extraction modules load; they hold for worker threads too.
for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);

const debug = process.argv.includes('--debug');

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // reader went away (`| head`): stop quietly, with the code of the failures already reported on stderr (0 if none)
  if (e.code === 'EPIPE') process.exit(exitCodeSoFar());
  process.stderr.write(`factex: cannot write to stdout (${e.code ?? e.message})\n`);
  process.exit(EXIT.INPUT_FAILED);
});
process.stderr.on('error', () => { /* nowhere left to report */ });

let stopping = false;
const onSignal = (code: number) => () => {
  if (stopping) process.exit(code); // a second Ctrl-C: at once
  stopping = true;
  cleanupForSignal().finally(() => process.exit(code));
};
// (during a synchronous extraction in this thread, the default action applies instead: see signals.ts)
installSignalHandlers({ SIGINT: onSignal(EXIT.INTERRUPTED), SIGTERM: onSignal(143) });

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // process.stdin is made on first use (for a pipe, a socket: node:net and more to load): only when an input is read from it.
  get stdin() { return process.stdin; },
};

let finished = false;
// Node exits with code 0 when nothing is left to wait for, even if runCli's promise never settled: say so instead.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  process.stderr.write('factex: internal error: the run stopped before it finished (an operation never completed)\n');
  process.exitCode = 70;
});

runCli(process.argv.slice(2), io)
  .then((code) => { finished = true; process.exitCode = code; })
  .catch((e: unknown) => {
    finished = true;
    process.stderr.write(`factex: internal error: ${(e as Error)?.message ?? String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    process.exitCode = 70;
  });
