/**
 * Extraction of one request: runs {@link extract} and {@link renderResult}
 * and returns the rendered text. Used by the worker threads (`worker.ts`)
 * and, in the main thread, by the in-process runner at `--concurrency 1`
 * (which so does not load `node:worker_threads`).
 *
 * @module
 */
import { extract, isHtmlInput } from '../extract.js';
import { loadHtmlSupport } from '../input/html-support.js';
import { loadRenderer, renderResult } from '../output/render.js';
import type { ExtractRequest, ExtractReply } from './pool.js';
import { runSynchronous } from './signals.js';

/**
 * Handles one request; never rejects (errors become `{ ok: false }` replies).
 * HTML support (linkedom, Readability) loads on the first HTML document only, the
 * summary format (chalk) on the first document rendered as a summary.
 */
export async function handle(req: ExtractRequest): Promise<ExtractReply> {
  try {
    if (isHtmlInput(req.content, req.options)) await loadHtmlSupport();
    await loadRenderer(req.render);
    // synchronous from here: a signal must not wait long for it, nor be lost (see signals.ts)
    const rendered = await runSynchronous(req.content.length, () => renderResult(extract(req.content, req.options), req.render));
    return { seq: req.seq, ok: true, rendered };
  } catch (e) {
    const err = e as Error;
    return { seq: req.seq, ok: false, message: err?.message ?? String(e), stack: err?.stack };
  }
}
