/**
 * Keeps the memory of a long batch flat: a full garbage collection after
 * every {@link TRIM_EVERY_CODE_UNITS} code units of documents extracted by
 * this thread (the main thread at `--concurrency 1`, each worker thread
 * otherwise).
 *
 * Why: factex's live heap is flat over a batch (about 36 MB after a full
 * collection, from the 250th to the 2 000th corpus document), yet the peak
 * RSS of a `--concurrency 1` run kept growing with the batch: 147–154 MB at
 * 200 corpus documents, 232–262 MB at 2 000 (11 MB of text; node 20, two
 * runs each). V8 sizes its heap and keeps compiled code and freed pages by
 * allocation rate, not by what survives. With one full collection per
 * {@link TRIM_EVERY_CODE_UNITS} (1 M code units, about 180 corpus
 * documents) the 2 000-document run peaked at 151–163 MB; one per 3 M code
 * units gave 203–229 MB. A collection takes about 70 ms on that heap, so
 * the cost is about 70 ms per megabyte of text (the measured share of the
 * run is in the README's performance section). Capping the old generation
 * instead (`--max-old-space-size=100`) held RSS but cost about 60 % more CPU.
 * A single document or a short batch never triggers a collection, so the
 * cold start does not pay for it.
 *
 * How: `gc()` is not exposed by default; the V8 flag `--expose-gc` is set at
 * run time and the function is taken from a fresh `vm` context (it is
 * installed on contexts created after the flag is set), so factex's own
 * global scope gets no `gc`. When that fails (an engine without the flag),
 * trimming is skipped silently: it is an optimisation, never a condition.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Code units (UTF-16) of extracted documents between two full collections. */
export const TRIM_EVERY_CODE_UNITS = 1_000_000;

/** The engine's full collection, `null` when it cannot be exposed; `undefined` until first asked. */
let collect: (() => void) | null | undefined;
/** Code units extracted since the last collection. */
let sinceLast = 0;

/** V8's `gc()` taken from a new context, or `null` when the engine does not expose it. */
function fullCollection(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const fn: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof fn === 'function' ? (fn as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Counts `codeUnits` more code units of extracted text and runs a full
 * garbage collection when {@link TRIM_EVERY_CODE_UNITS} have passed since
 * the last one. Never throws.
 */
export function noteExtracted(codeUnits: number): void {
  sinceLast += codeUnits;
  if (sinceLast < TRIM_EVERY_CODE_UNITS) return;
  sinceLast = 0;
  fullCollection()?.();
}
