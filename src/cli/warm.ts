/**
 * A process-wide "worth caching" mark for the code cache (`code-cache.ts`):
 * the CLI sets it after extracting a document in its own thread, so the V8
 * code cache written at exit holds the extraction code, not just the option
 * parser of a `--help` run. Kept in a global (`Symbol.for`), since the
 * launcher and the bundle are separate copies of this module.
 *
 * @module
 */

const WARM = Symbol.for('factex.codeCache.warm');

/** Marks the running process as worth caching (harmless without a code cache). */
export function markWarm(): void {
  (globalThis as Record<symbol, unknown>)[WARM] = true;
}

/** Whether {@link markWarm} was called in this process (by code of the realm whose global is `global`). */
export function isWarm(global: object = globalThis): boolean {
  return (global as Record<symbol, unknown>)[WARM] === true;
}
