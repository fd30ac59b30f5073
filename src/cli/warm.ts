/**
 * A per-thread "worth caching" mark for the code cache (`code-cache.ts`):
 * the CLI sets it after extracting a document in its own thread (main or
 * worker), so the V8 code cache written holds the extraction code, not just
 * the option parser of a `--help` run. Kept in a global (`Symbol.for`), since the
 * launcher and the bundle are separate copies of this module.
 *
 * @module
 */

const WARM = Symbol.for('factex.codeCache.warm');
/** A function the launcher may leave here, called once when the thread becomes warm (a worker thread writes its cache then). */
export const WARM_HOOK = Symbol.for('factex.codeCache.onWarm');

/**
 * Marks the running thread as worth caching (harmless without a code cache); the first
 * time, calls the launcher's hook ({@link WARM_HOOK}) if there is one.
 */
export function markWarm(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[WARM] === true) return;
  g[WARM] = true;
  const hook = g[WARM_HOOK];
  if (typeof hook === 'function') hook();
}

/** Whether {@link markWarm} was called in this process (by code of the realm whose global is `global`). */
export function isWarm(global: object = globalThis): boolean {
  return (global as Record<symbol, unknown>)[WARM] === true;
}
