/**
 * Worker-thread entry: runs {@link extract} and {@link renderResult} on
 * documents sent by the main thread ({@link WorkerPool}), and posts back
 * the rendered text. One message in, one message out, in any order; the
 * `seq` number pairs them.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract.js';
import { renderResult } from '../output/render.js';
import type { ExtractRequest, ExtractReply } from './pool.js';

/** Handles one request; never throws (errors become `{ ok: false }` replies). */
export function handle(req: ExtractRequest): ExtractReply {
  try {
    const result = extract(req.content, req.options);
    return { seq: req.seq, ok: true, rendered: renderResult(result, req.render) };
  } catch (e) {
    const err = e as Error;
    return { seq: req.seq, ok: false, message: err?.message ?? String(e), stack: err?.stack };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: ExtractRequest) => port.postMessage(handle(req)));
}
