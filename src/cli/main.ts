/**
 * The command-line interface: parses arguments ({@link buildProgram}),
 * plans the inputs, runs the batch ({@link runBatch}) on the main thread or
 * on worker threads, and writes results to stdout (or `--out` files) and
 * messages to stderr. Returns an exit code ({@link EXIT}); never calls
 * `process.exit` (bin.ts does, only for signals and a closed stdout).
 *
 * @module
 */
import { once } from 'node:events';
import { fstatSync, statSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { CommanderError } from 'commander';
import type { Command } from 'commander';
import { EXIT, InputError, UsageError, formatBytes } from '../errors.js';
import { JsonArrayStream } from '../output/json.js';
import type { RenderSpec } from '../output/render.js';
import { StatsCollector } from '../output/batch-summary.js';
import type { FactKind } from '../types.js';
import { FACT_KINDS } from '../types.js';
import type { Outcome } from './batch.js';
import { checkExpectations, countOf, zeroCounts, addCounts } from './expectations.js';
import type { Job } from './inputs.js';
import type { CliOptions } from './options.js';
import { buildProgram, defaultConcurrency, validateOptions, VERSION } from './options.js';
import { OutDir } from './out-dir.js';
import { checkOutFolder, checkSummaryFile, isInsideFolder, isOneOfInputs, isStdinFile, isStdoutTarget } from './preflight.js';
import type { Runner } from './pool.js';
import type { Progress } from './progress.js';
import { BarProgress, NoProgress } from './progress.js';
import { safeTerminalText } from '../output/terminal-text.js';

/** Streams and environment the CLI runs against (injectable for tests). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Decides colour once: --no-color and NO_COLOR turn it off, FORCE_COLOR on, else a TTY stdout. */
export function useColour(opts: { color?: boolean }, io: Pick<CliIO, 'stdout' | 'env'>): boolean {
  if (opts.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return Boolean(io.stdout.isTTY);
}

let activeOutDir: OutDir | null = null;
/** Closes the JSON array of the batch being written to stdout (set while one is open). */
let closeArrayForSignal: (() => Promise<void>) | null = null;
/** The exit code of the failures reported on stderr so far in this run (see {@link exitCodeSoFar}). */
let reportedExit: number = EXIT.OK;

/**
 * The exit code the failures already reported call for: 1 when an input failed, else 3 when an
 * expectation failed, else 0. When the reader of stdout goes away (`factex … | head -1`), the CLI
 * stops quietly with this code: a failure already written to stderr must not end in success.
 */
export function exitCodeSoFar(): number {
  return reportedExit;
}

/**
 * For signal handlers: lets `--out` writes in flight settle and removes
 * their temporary files, so an interrupted run leaves only complete files;
 * closes a JSON array being streamed to stdout after the documents already
 * written, so that `factex -j 2 DIR > out.json` interrupted by Ctrl-C still
 * leaves valid JSON (the documents finished, in input order).
 */
export async function cleanupForSignal(): Promise<void> {
  await activeOutDir?.abort();
  await closeArrayForSignal?.();
}

/**
 * Reads all of `stream`, keeping at most `limit` bytes: past that it stops
 * reading and fails with an {@link InputError} (so a huge stdin is refused
 * without being held in memory).
 */
function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer | string) => {
      const b = Buffer.isBuffer(c) ? c : Buffer.from(c);
      size += b.length;
      if (size > limit) {
        stream.off('data', onData);
        stream.pause();
        chunks.length = 0;
        reject(new InputError('-', `too large: over ${formatBytes(limit)} (limit ${formatBytes(limit)}, see --max-bytes)`));
        return;
      }
      chunks.push(b);
    };
    stream.on('data', onData);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (e: NodeJS.ErrnoException) => reject(new InputError('-', `cannot read standard input (${e.code ?? e.message})`)));
  });
}

/** Whether `path` names a folder (false when it is anything else or cannot be read). */
function isFolder(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/** Whether the process's own standard input (fd 0) is a folder (`factex < dir`); false for any other stream. */
function stdinIsFolder(io: CliIO): boolean {
  if (io.stdin !== process.stdin) return false;
  try { return fstatSync(0).isDirectory(); } catch { return false; }
}

/**
 * The usage error for a value given to an option that takes none, which
 * commander reports as an unknown option: `--include-text=yes` →
 * "option '--include-text' takes no value (got '--include-text=yes')".
 * @returns the message, or null when `e` is another error.
 */
function flagValueMessage(e: CommanderError, program: Command): string | null {
  if (e.code !== 'commander.unknownOption') return null;
  const given = /'(--[^'=]+)=([^']*)'/.exec(e.message);
  if (!given) return null;
  const option = program.options.find((o) => o.long === given[1]);
  if (!option || option.required || option.optional) return null;
  return `option '${given[1]}' takes no value (got '${given[1]}=${given[2]}')`;
}

/** Parses argv; returns options and positional arguments, or an exit code (help, version, usage error). */
function parseArgs(argv: readonly string[], io: CliIO, say: (m: string) => void): { opts: CliOptions; args: string[] } | number {
  const program = buildProgram();
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        io.stdout.write(e.code === 'commander.version' ? `${VERSION}\n` : program.helpInformation());
        return EXIT.OK;
      }
      say(flagValueMessage(e, program) ?? e.message.replace(/^error: /, ''));
      return EXIT.USAGE;
    }
    throw e;
  }
  try {
    return { opts: validateOptions(program.opts()), args: program.args };
  } catch (e) {
    if (e instanceof UsageError) { say(e.message); return EXIT.USAGE; }
    throw e;
  }
}

/**
 * Runs factex with `argv` (without node and script).
 * @returns the exit code: 0 ok, 1 an input failed, 2 usage error, 3 an expectation failed.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (msg: string) => { io.stderr.write(`factex: ${safeTerminalText(msg)}\n`); }; // paths and reasons may hold escape sequences
  reportedExit = EXIT.OK;
  const parsed = parseArgs(argv, io, say);
  if (typeof parsed === 'number') return parsed;
  const { opts } = parsed;
  let args = parsed.args;
  // The batch modules load only once the command line is known to be good (--help and usage
  // errors answer at once); the extraction modules load in the thread that extracts (pool.ts).
  const [{ runBatch }, { planPathJobs, readRecordJobs, maxRecordLineBytes }, { InProcessRunner, WorkerPool }] =
    await Promise.all([import('./batch.js'), import('./inputs.js'), import('./pool.js')]);

  if (opts.input === 'ndjson') {
    if (args.some((a) => a !== '-')) { say('--input ndjson reads records from stdin: give no input arguments'); return EXIT.USAGE; }
  } else if (args.length === 0) {
    if (io.stdin.isTTY) { say('no input: give files, folders or URLs, or pipe text on stdin (see factex --help)'); return EXIT.USAGE; }
    args = ['-'];
  }

  if (args.includes('')) { say("an empty argument '' is not a file, folder or URL (use - for standard input)"); return EXIT.USAGE; }
  if (args.filter((a) => a === '-').length > 1) { say("'-' (standard input) given more than once: stdin can be read only once"); return EXIT.USAGE; }
  if (opts.input === 'ndjson' && stdinIsFolder(io)) {
    // `factex --input ndjson < dir`: the shell opened a folder as stdin; reading it gives nothing.
    say('stdin: standard input is a folder, not NDJSON records');
    return EXIT.INPUT_FAILED;
  }
  // (`factex --summary-file in.txt < in.txt` would replace the article read on stdin: second new-user trial)
  if (opts.summaryFile !== undefined && (opts.input === 'ndjson' || args.includes('-')) && await isStdinFile(opts.summaryFile)) {
    say(`--summary-file: ${opts.summaryFile} is the file read on standard input; write the statistics elsewhere`);
    return EXIT.USAGE;
  }
  // (`--summary-file same.json > same.json` or `--summary-file /dev/stdout | jq` would spoil the results: trial)
  if (opts.summaryFile !== undefined && await isStdoutTarget(opts.summaryFile)) {
    say(`--summary-file: ${opts.summaryFile} is where standard output goes, with the results; write the statistics elsewhere`);
    return EXIT.USAGE;
  }
  if (opts.out !== undefined && opts.summaryFile !== undefined && isInsideFolder(opts.summaryFile, opts.out)) {
    say(`--summary-file: ${opts.summaryFile} is inside the --out folder, where the results are written; write the statistics elsewhere`);
    return EXIT.USAGE;
  }
  try {
    if (opts.summaryFile !== undefined) await checkSummaryFile(opts.summaryFile);
    if (opts.out !== undefined) await checkOutFolder(opts.out);
  } catch (e) {
    if (e instanceof UsageError) { say(e.message); return EXIT.USAGE; }
    throw e;
  }

  if (opts.out !== undefined && opts.format !== undefined && opts.format !== 'json') {
    say(`--out writes one JSON file per input: --format ${opts.format} does not apply (drop --format, or write to stdout)`);
    return EXIT.USAGE;
  }

  let outDir: OutDir | null = null;
  if (opts.out !== undefined) {
    const st = await stat(opts.out).catch(() => null);
    if (st && !st.isDirectory()) { say(`--out: ${opts.out} exists and is not a folder`); return EXIT.USAGE; }
    try { await mkdir(opts.out, { recursive: true }); } catch (e) {
      say(`--out: cannot create ${opts.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return EXIT.USAGE;
    }
    outDir = new OutDir(opts.out);
  }

  // Extraction is CPU work: worker threads beyond the number of cores only add memory (each holds its own heap; a
  // new-user trial saw -j 300 on two cores take 7.6 GB and 99 s against 135 MB and 0.7 s). `concurrency` still sizes
  // the window of documents in flight (loading, URL fetches).
  const workersFor = (documents: number | null) => Math.min(opts.concurrency, documents ?? opts.concurrency, defaultConcurrency());
  // A batch of files (a folder, several arguments) starts its worker threads before the folders are walked: they load
  // the extraction code meanwhile (1 952 files took 0.1–0.4 s to list). One file is extracted in this thread.
  let early: InstanceType<typeof WorkerPool> | null = null;
  if (opts.input !== 'ndjson' && workersFor(null) > 1 && (args.length > 1 || isFolder(args[0]!))) {
    early = new WorkerPool(workersFor(null));
    early.start();
  }

  // Jobs: a planned list for paths (known size), a lazy stream for records.
  let jobs: AsyncIterable<Job> | Job[];
  let total: number | null;
  if (opts.input === 'ndjson') {
    jobs = readRecordJobs(io.stdin, outDir !== null, maxRecordLineBytes(opts.maxBytes));
    total = null;
  } else {
    const onSkip = (path: string, reason: string) => { if (!opts.quiet) say(`${path}: warning: skipped (${reason})`); };
    let planned: Job[];
    try {
      planned = await planPathJobs(args, { ext: opts.ext, glob: opts.glob, exclude: opts.exclude }, onSkip);
    } catch (e) {
      await early?.close();
      throw e;
    }
    // (`--summary-file good.txt good.txt` would replace the article with the statistics: new-user trial)
    if (opts.summaryFile !== undefined && await isOneOfInputs(opts.summaryFile, planned)) {
      await early?.close();
      say(`--summary-file: ${opts.summaryFile} is one of the inputs; write the statistics elsewhere`);
      return EXIT.USAGE;
    }
    jobs = planned;
    total = planned.length;
  }

  const format = opts.format ?? (opts.input === 'ndjson' ? 'ndjson' : io.stdout.isTTY ? 'summary' : 'json');
  const kinds: FactKind[] = opts.only ?? [...FACT_KINDS];
  const render: RenderSpec = { format: outDir ? 'file' : format, colour: format === 'summary' && useColour(opts, io), kinds };

  const concurrency = Math.min(opts.concurrency, total ?? opts.concurrency);
  const workers = workersFor(total);
  // (the workers started early are kept when the batch needs as many; else, a folder of one article, they are stopped)
  if (early && !(concurrency > 1 && workers === early.capacity)) { await early.close(); early = null; }
  const runner: Runner = early ?? (concurrency > 1 && workers > 1 ? new WorkerPool(workers) : new InProcessRunner());
  const showBar = opts.progress && !opts.quiet && Boolean(io.stderr.isTTY) && (outDir !== null || !io.stdout.isTTY) && (total === null || total > 1);
  const progress: Progress = showBar ? new BarProgress(io.stderr) : new NoProgress(io.stderr);
  progress.setTotal(total);
  const log = (msg: string) => progress.log(`factex: ${safeTerminalText(msg)}\n`);

  const writeOut = async (s: string) => {
    if (!io.stdout.write(s)) await once(io.stdout, 'drain');
  };
  // One object only for one input named as such (a file, a URL, stdin): a folder gives an
  // array even when it holds a single article, so scripts can rely on the shape.
  const single = total === 1 && args.length === 1 && Array.isArray(jobs) && (jobs[0].kind !== 'path' || jobs[0].location === args[0]);
  const array = !outDir && format === 'json' && !single ? new JsonArrayStream((s) => { pending = writeOut(s); }) : null;
  let pending: Promise<void> = Promise.resolve();
  let docIndex = 0;
  closeArrayForSignal = array ? async () => {
    closeArrayForSignal = null;
    await pending;
    array.end();
    await pending;
  } : null;

  const stats = new StatsCollector();
  const batchCounts = zeroCounts();
  let expectationFailed = false;

  const emit = async (o: Outcome) => {
    progress.tick();
    if (!o.ok) {
      stats.addFailure();
      reportedExit = EXIT.INPUT_FAILED;
      if (o.internal) {
        log(`${o.label}: internal error: ${o.message}${opts.debug ? '' : ' (run with --debug for details)'}`);
        if (opts.debug && o.stack) progress.log(`${o.stack}\n`);
      } else log(`${o.label}: ${o.message}`);
      return;
    }
    const r = o.rendered;
    if (!opts.quiet) for (const w of r.warnings) log(`${o.label}: warning: ${w}`);
    for (const f of checkExpectations(opts.expect, 'document', r.counts)) {
      expectationFailed = true;
      if (reportedExit === EXIT.OK) reportedExit = EXIT.EXPECTATION_FAILED;
      stats.stats.expectationFailures++;
      log(`${o.label}: expectation failed: ${f.expectation.source} (found ${f.actual})`);
    }
    if (opts.failOnEmpty && kinds.every((k) => r.counts[k] === 0)) {
      expectationFailed = true;
      if (reportedExit === EXIT.OK) reportedExit = EXIT.EXPECTATION_FAILED;
      stats.stats.expectationFailures++;
      log(`${o.label}: expectation failed: --fail-on-empty (no ${opts.only ? kinds.join('/') : 'facts'} found)`);
    }
    if (outDir) {
      const rel = o.job.kind === 'path' || o.job.kind === 'record' ? o.job.outRel : 'input.json';
      try {
        await outDir.write(rel, r.text);
      } catch (e) {
        stats.addFailure();
        reportedExit = EXIT.INPUT_FAILED;
        if (outDir.interrupted) return; // Ctrl-C: the process is ending, say nothing more
        log(`${o.label}: cannot write ${rel} in ${outDir.root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        return;
      }
    } else if (array) {
      array.push(r.text);
      await pending;
    } else if (format === 'json') await writeOut(r.text + '\n');
    else if (format === 'summary') await writeOut((docIndex > 0 ? '\n' : '') + r.text);
    else await writeOut(r.text);
    docIndex++;
    stats.addDocument(r.counts, r.length);
    addCounts(batchCounts, r.counts);
  };

  activeOutDir = outDir;
  try {
    await runBatch(jobs, {
      runner,
      // Worker threads: 16 documents per --concurrency in flight, and at least 64 per worker
      // thread (bounded to 16 M characters loaded), so that
      // the others keep working while one extracts a long document that holds the output order
      // back (with 2 each, on news archives where one article in a hundred is 50 times the median,
      // workers sat idle for a third of the run; with 16 each, the bench batch, where each copy of
      // the corpus ends with articles of 49 and 100 kB (0.35 s of extraction), still left a worker
      // idle behind them 11 times in 16: none with 64). The pool extracts the longest queued first.
      // In the main thread: the next document is read while one is extracted.
      window: runner instanceof WorkerPool ? Math.max(concurrency * 16, workers * 64) : 2,
      windowChars: 16 * 1024 * 1024,
      extract: { language: opts.lang, includeText: opts.includeText, only: opts.only },
      render,
      load: {
        stdin: () => (stdinIsFolder(io)
          ? Promise.reject(new InputError('-', 'standard input is a folder (give a folder as an argument: factex DIR)'))
          : readAll(io.stdin, opts.maxBytes)),
        timeoutMs: opts.timeoutMs, maxBytes: opts.maxBytes, syncFiles: runner instanceof WorkerPool },
      emit,
    });
  } finally {
    progress.stop();
    await runner.close();
    activeOutDir = null;
  }
  if (array && closeArrayForSignal) { closeArrayForSignal = null; array.end(); await pending; }

  for (const f of checkExpectations(opts.expect, 'total', batchCounts)) {
    expectationFailed = true;
    if (reportedExit === EXIT.OK) reportedExit = EXIT.EXPECTATION_FAILED;
    stats.stats.expectationFailures++;
    const docs = stats.stats.documents;
    say(`expectation failed: ${f.expectation.source} (found ${countOf(batchCounts, f.expectation.subject)} in ${docs} document${docs === 1 ? '' : 's'})`);
  }
  if (opts.failOnEmpty && stats.stats.documents === 0) {
    expectationFailed = true;
    if (reportedExit === EXIT.OK) reportedExit = EXIT.EXPECTATION_FAILED;
    say('expectation failed: --fail-on-empty (no document was extracted)');
  }

  const summary = stats.finish(runner instanceof WorkerPool ? workers : 0);
  if (opts.summaryJson) io.stderr.write(JSON.stringify(summary) + '\n');
  if (opts.summaryFile) {
    try { await writeFile(opts.summaryFile, JSON.stringify(summary, null, 2) + '\n'); } catch (e) {
      say(`--summary-file: cannot write ${opts.summaryFile} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return EXIT.INPUT_FAILED;
    }
  }
  if (summary.failed > 0) return EXIT.INPUT_FAILED;
  if (expectationFailed) return EXIT.EXPECTATION_FAILED;
  return EXIT.OK;
}
