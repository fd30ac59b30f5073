/**
 * Lazy, synchronous loading of heavy dependencies (HTML parsing, date
 * parsing), so that a run that never needs them does not pay their load
 * time: cold start matters for CLI calls in scripts and CI.
 *
 * @module
 */
import { createRequire } from 'node:module';

const requireModule = createRequire(import.meta.url);

/**
 * Returns a function that loads module `id` on first call (through Node's
 * `require`, its CommonJS entry) and returns the cached module after.
 * @throws whatever `require` throws if the module is missing.
 */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireModule(id) as T);
}
