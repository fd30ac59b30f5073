/**
 * The batch loop: reads jobs in order, loads each input (main thread:
 * file/URL/stdin reading and decoding), has a {@link Runner} extract and
 * render it, and hands the outcomes to `emit` **in input order** as soon as
 * each one and all before it are done (a reorder buffer), without waiting
 * for the next input to arrive. At most `window`
 * documents are in flight, and no new one starts while those loaded hold
 * more than `windowChars` characters, so memory stays flat whatever the
 * batch size, and a slow `emit` (a full stdout pipe) slows reading down.
 *
 * @module
 */
import { InputError } from '../errors.js';
import type { ExtractOptions } from '../extract.js';
import type { LoadOptions } from '../input/read.js';
import { loadInput, loadString } from '../input/read.js';
import type { Rendered, RenderSpec } from '../output/render.js';
import type { SourceInfo } from '../types.js';
import type { Job } from './inputs.js';
import type { Runner } from './pool.js';

/** The fate of one job. */
export type Outcome =
  | { ok: true; label: string; job: Job; rendered: Rendered }
  /** `internal`: a bug (stack available), not a problem with the input. */
  | { ok: false; label: string; job: Job; message: string; internal: boolean; stack?: string };

/** What {@link runBatch} needs. */
export interface BatchConfig {
  runner: Runner;
  /**
   * Largest number of documents loaded or extracting at once (≥ 1). With
   * worker threads, make it several times their number: outcomes leave in
   * input order, so a long document holds back the ones after it, and a
   * small window leaves the other workers idle behind it.
   */
  window: number;
  /**
   * No new document starts while more than one is in flight and those
   * already loaded hold more than this many characters (UTF-16 code
   * units), so a batch of long documents keeps fewer of them in memory.
   * Default: no bound but `window`.
   */
  windowChars?: number;
  /** Extraction options common to every document (`source`, `format`… are set per input). */
  extract: Pick<ExtractOptions, 'language' | 'includeText' | 'only'>;
  render: RenderSpec;
  /** Passed to `loadInput` (stdin reader, timeout, size limit). */
  load: LoadOptions;
  /** Receives each outcome in input order; awaited (back-pressure). */
  emit: (outcome: Outcome) => Promise<void> | void;
  /** Checked before each new job: stop reading when it returns true. */
  stopped?: () => boolean;
}

/** Label of a job in messages: path, URL, `-`, or `stdin:<line> (id …)`, `stdin:<line> (url …)` for a record without id. */
export function jobLabel(job: Job): string {
  if (job.kind === 'path') return job.location;
  if (job.kind === 'error') return job.label;
  if (job.id !== undefined) return `stdin:${job.line} (id ${JSON.stringify(job.id).slice(0, 80)})`;
  // (a failed fetch names the URL it could not reach: "stdin:4 (url http://localhost:9/a): connection refused")
  return job.url !== undefined ? `stdin:${job.line} (url ${job.url.slice(0, 200)})` : `stdin:${job.line}`;
}

/** Loads, extracts and renders one job; `onLoaded` receives the length of its content once read. */
async function processJob(job: Job, seq: number, cfg: BatchConfig, onLoaded: (chars: number) => void): Promise<Outcome> {
  const label = jobLabel(job);
  if (job.kind === 'error') return { ok: false, label, job, message: job.message, internal: false };
  let content: string;
  let opts: ExtractOptions;
  try {
    if (job.kind === 'path' || job.url !== undefined) {
      const location = job.kind === 'path' ? job.location : job.url!;
      const input = await loadInput(location, cfg.load);
      // (a record names itself by its id, else by its line: see SourceInfo.line)
      // (an empty id names nothing: the line is given too, as --out names the file record-N)
      const source: SourceInfo = job.kind !== 'record' ? input.source : job.id !== undefined ? { ...input.source, id: job.id, ...(job.id === '' ? { line: job.line } : {}) } : { ...input.source, line: job.line };
      content = input.content;
      opts = { ...cfg.extract, source, format: input.format, charset: input.charset, warnings: input.warnings };
    } else {
      const source: SourceInfo = { type: 'stdin', location: '-' };
      if (job.id !== undefined) source.id = job.id;
      if (job.id === undefined || job.id === '') source.line = job.line;
      // NDJSON is UTF-8; the record is checked like a file (--max-bytes, NUL characters).
      const input = loadString(label, job.text ?? job.html ?? '', job.html !== undefined ? 'html' : 'text', source, cfg.load.maxBytes);
      if (job.kind === 'record' && job.invalidUtf8) input.warnings.unshift(`${job.invalidUtf8} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
      content = input.content;
      opts = { ...cfg.extract, source, format: input.format, charset: input.charset, warnings: input.warnings };
    }
    if (job.kind === 'record' && job.lang) opts.language = job.lang;
    onLoaded(content.length);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, label, job, message: e.message, internal: false };
    const err = e as Error;
    return { ok: false, label, job, message: err?.message ?? String(e), internal: true, stack: err?.stack };
  }
  const reply = await cfg.runner.run({ seq, content, options: opts, render: cfg.render });
  if (reply.ok) return { ok: true, label, job, rendered: reply.rendered };
  return { ok: false, label, job, message: reply.message, internal: true, stack: reply.stack };
}

/**
 * Runs every job and emits the outcomes in input order. Reading and
 * emitting run side by side: an outcome is emitted as soon as it and every
 * one before it are done, even while the next job is still awaited (a live
 * NDJSON stream on stdin gets each answer without waiting for the next
 * record or the end of input); reading waits while the window is full.
 * @returns the number of jobs started (all emitted unless stopped).
 * @throws what `emit` throws (e.g. a write error), after reading stops.
 */
export async function runBatch(jobs: AsyncIterable<Job> | Iterable<Job>, cfg: BatchConfig): Promise<number> {
  const inFlight = new Map<number, Promise<Outcome>>();
  const loadedChars = new Map<number, number>();
  let chars = 0;
  const maxChars = cfg.windowChars ?? Infinity;
  let started = 0;
  let nextOut = 0;
  let readingDone = false;
  let emitterDone = false;
  /**
   * `emitter` wakes the emitter (a job was added, or reading ended); `reader`
   * wakes the reader (an outcome left the window, or the emitter stopped).
   */
  const wake: { emitter: (() => void) | null; reader: (() => void) | null } = { emitter: null, reader: null };
  const emitter = (async () => {
    try {
      for (;;) {
        if (cfg.stopped?.()) return;
        const pending = inFlight.get(nextOut);
        if (pending === undefined) {
          if (readingDone) return;
          await new Promise<void>((resolve) => { wake.emitter = resolve; });
          wake.emitter = null;
          continue;
        }
        const outcome = await pending;
        inFlight.delete(nextOut);
        chars -= loadedChars.get(nextOut) ?? 0;
        loadedChars.delete(nextOut);
        nextOut++;
        await cfg.emit(outcome);
        wake.reader?.();
      }
    } finally {
      emitterDone = true;
      wake.reader?.();
    }
  })();
  const full = () => inFlight.size >= cfg.window || (inFlight.size > 1 && chars > maxChars);
  for await (const job of jobs) {
    if (emitterDone || cfg.stopped?.()) break;
    const seq = started++;
    inFlight.set(seq, processJob(job, seq, cfg, (n) => { loadedChars.set(seq, n); chars += n; }));
    wake.emitter?.();
    while (full() && !emitterDone) {
      await new Promise<void>((resolve) => { wake.reader = resolve; });
      wake.reader = null;
    }
  }
  readingDone = true;
  wake.emitter?.();
  await emitter;
  return started;
}
