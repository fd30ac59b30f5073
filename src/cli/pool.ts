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

interface Slot {
  worker: Worker;
  job: { req: ExtractRequest; resolve: (r: ExtractReply) => void } | null;
}

/**
 * A pool of up to `size` worker threads running `worker.js`, started lazily
 * (a worker is added only when every existing one is busy). Requests wait
 * in a FIFO queue. A worker that dies fails its current request (as an
 * internal error) and is replaced on the next request.
 */
export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: { req: ExtractRequest; resolve: (r: ExtractReply) => void }[] = [];
  private closed = false;

  /** @param size the largest number of worker threads (≥ 1). */
  constructor(private readonly size: number, private readonly workerUrl = defaultWorkerUrl()) {}

  run(req: ExtractRequest): Promise<ExtractReply> {
    return new Promise((resolve) => {
      if (this.closed) { resolve({ seq: req.seq, ok: false, message: 'interrupted' }); return; }
      this.queue.push({ req, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.req);
    }
  }

  private spawn(): Slot {
    const worker = new (loadWorkerThreads().Worker)(this.workerUrl);
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: ExtractReply) => {
      const job = slot.job;
      slot.job = null;
      job?.resolve(reply);
      this.pump();
    });
    const fail = (message: string, stack?: string) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = null;
      if (job) job.resolve({ seq: job.req.seq, ok: false, message, stack });
      if (!this.closed) this.pump();
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
