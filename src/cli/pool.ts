/**
 * Where documents are extracted: in the main thread ({@link InProcessRunner},
 * for one core or one document: no worker start-up cost) or in a pool of
 * worker threads ({@link WorkerPool}, `--concurrency N`).
 *
 * The main thread reads and decodes inputs and sends content strings; a
 * worker extracts and renders, and sends back text ready to write.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { lazyModule } from '../lazy.js';
import type { ExtractOptions } from '../extract.js';
import type { RenderSpec, Rendered } from '../output/render.js';
import { markWarm } from './warm.js';

/** `node:worker_threads`, loaded when the first worker starts (a run in one thread never needs it). */
const loadWorkerThreads = lazyModule<typeof import('node:worker_threads')>('node:worker_threads');

/**
 * The worker script: beside a bundle, `worker-cached.js` (the worker bundle run through
 * the V8 code cache, `code-cache.ts`, as the CLI itself is: a worker starts without
 * parsing and compiling 1–2 MB of JavaScript); else `worker.js` (the ES module bundle,
 * or the compiled module after a bare `tsc`).
 */
function defaultWorkerUrl(): URL {
  const cached = new URL('./worker-cached.js', import.meta.url);
  return existsSync(cached) ? cached : new URL('./worker.js', import.meta.url);
}

/** A document to extract (structured-clonable). */
export interface ExtractRequest {
  seq: number;
  content: string;
  options: ExtractOptions;
  render: RenderSpec;
}

/** The answer to an {@link ExtractRequest}. */
export type ExtractReply =
  | { seq: number; ok: true; rendered: Rendered }
  | { seq: number; ok: false; message: string; stack?: string };

/** Runs extraction requests; `run` never rejects. */
export interface Runner {
  run(req: ExtractRequest): Promise<ExtractReply>;
  /** Stops the workers (idempotent). */
  close(): Promise<void>;
}

/**
 * Extracts in the calling thread. The extraction modules load on the first
 * request (so a main thread that only feeds workers never loads them).
 */
export class InProcessRunner implements Runner {
  private handler: Promise<(req: ExtractRequest) => Promise<ExtractReply>> | null = null;

  /** Runs one request (synchronously once the modules are loaded, HTML support included). */
  async run(req: ExtractRequest): Promise<ExtractReply> {
    this.handler ??= import('./handler.js').then((m) => m.handle);
    const reply = await (await this.handler)(req);
    if (reply.ok) markWarm(); // the extraction code is compiled: a code cache written at exit is worth keeping
    return reply;
  }

  async close(): Promise<void> {}
}

/** A request handed to a worker, and how to answer its caller. */
interface Job {
  req: ExtractRequest;
  resolve: (r: ExtractReply) => void;
}

interface Slot {
  worker: Worker;
  /** The requests posted to the worker and not answered yet, in the order posted (a worker answers in that order). */
  jobs: Job[];
}

/**
 * Requests a worker holds at once: the one it extracts, and the next, already in its message queue, so that it starts
 * that one as soon as it has posted its reply, instead of waiting for the main thread (busy reading, decoding and
 * writing) to receive the reply and post another. One in flight left each worker idle for that round trip on every
 * document.
 */
const JOBS_PER_WORKER = 2;

/**
 * A queued request at least this many times as long as the oldest one goes before it ({@link WorkerPool}): on the
 * bench batch (the corpus 16 times, each copy ending with articles of 49 and 100 kB, 0.35 s of extraction, against
 * 2.8 kB on average), one worker extracted the last of them alone for 1.3–2 s under load at the end of the batch
 * (0.07–0.5 s when they went first).
 */
const LONG_FACTOR = 8;

/**
 * A pool of up to `size` worker threads running `worker.js`, started lazily
 * (a worker is added only when every existing one is busy), or all at once
 * by {@link WorkerPool.start}. Requests wait in a queue, oldest first but a
 * much longer one before it; each worker holds up to {@link JOBS_PER_WORKER} of them.
 * A worker that dies fails the request it was extracting (as an internal
 * error), hands the others it held back to the queue, and is replaced.
 */
export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  /** @param size the largest number of worker threads (≥ 1). */
  constructor(private readonly size: number, private readonly workerUrl = defaultWorkerUrl()) {}

  /**
   * Starts every worker now rather than at the first requests: the CLI calls it before walking the folders of a
   * batch, so that the workers load the extraction code while the main thread lists the files.
   */
  start(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  /** The largest number of worker threads. */
  get capacity(): number {
    return this.size;
  }

  run(req: ExtractRequest): Promise<ExtractReply> {
    return new Promise((resolve) => {
      if (this.closed) { resolve({ seq: req.seq, ok: false, message: 'interrupted' }); return; }
      this.queue.push({ req, resolve });
      this.pump();
    });
  }

  /** The worker to post the next request to: an idle one, else a new one (below `size`), else one with room left. */
  private pick(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (s.jobs.length < JOBS_PER_WORKER && (!best || s.jobs.length < best.jobs.length)) best = s;
    if ((!best || best.jobs.length > 0) && this.slots.length < this.size) return this.spawn();
    return best;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.pick();
      if (!slot) return;
      const job = this.takeNext();
      slot.jobs.push(job);
      slot.worker.postMessage(job.req);
    }
  }

  /**
   * Removes from the queue the request to extract next: the oldest, unless the longest is {@link LONG_FACTOR} times
   * as long (the first of the longest). The order in which documents are extracted is free, since the batch emits
   * outcomes in input order whatever the order they finish in: a long document started as soon as it is read no
   * longer holds the output back while the other workers, their window of documents done, wait; nor is it the last one
   * extracted, by one worker while the others sit idle at the end of the batch. (Longest first for every request left
   * short ones that the output waited for behind longer ones.)
   */
  private takeNext(): Job {
    let at = 0;
    for (let i = 1; i < this.queue.length; i++) if (this.queue[i]!.req.content.length > this.queue[at]!.req.content.length) at = i;
    if (this.queue[at]!.req.content.length < LONG_FACTOR * this.queue[0]!.req.content.length) at = 0;
    return this.queue.splice(at, 1)[0]!;
  }

  private spawn(): Slot {
    const worker = new (loadWorkerThreads().Worker)(this.workerUrl);
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (reply: ExtractReply) => {
      const at = slot.jobs.findIndex((j) => j.req.seq === reply.seq);
      const [job] = slot.jobs.splice(at >= 0 ? at : 0, 1);
      job?.resolve(reply);
      this.pump();
    });
    const fail = (message: string, stack?: string) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      // the worker was extracting the oldest of its requests; the others had not started: they go back to the queue
      const [current, ...waiting] = slot.jobs.splice(0);
      if (current) current.resolve({ seq: current.req.seq, ok: false, message, stack });
      if (this.closed) for (const job of waiting) job.resolve({ seq: job.req.seq, ok: false, message: 'interrupted' });
      else {
        this.queue.unshift(...waiting);
        this.pump();
      }
    };
    worker.on('error', (e: Error) => fail(`worker failed: ${e.message}`, e.stack));
    worker.on('exit', (code) => { if (!this.closed) fail(`worker exited with code ${code}`); });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.resolve({ seq: q.req.seq, ok: false, message: 'interrupted' });
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
