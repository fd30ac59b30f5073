/**
 * Memos the CLI's launcher hands over (`src/cli/code-cache.ts`, option `memos`): values the
 * bundle computes from its own constants at every start, kept from an earlier run of the same
 * build in `globalThis[Symbol.for('factex.memo.<name>')]` and written back when they grew.
 * A memo holds only values that are pure functions of their key and of the code (the regex
 * sources of word lists, the literals of a regex source), so an entry found there is used as
 * computed; a reader checks the shape of each value and computes again one that does not fit.
 *
 * @module
 */

/**
 * The memo `name` the launcher put in place, or undefined (the library, tests, a run without the
 * code cache). Example: `hostMemo('prefilter')` → the Map the launcher loaded from `cli-….prefilter.memo`.
 */
export function hostMemo(name: string): Map<string, unknown> | undefined {
  const memo = (globalThis as Record<symbol, unknown>)[Symbol.for(`factex.memo.${name}`)];
  // a Map, possibly of another realm (the launcher's): `instanceof` would not say
  return Object.prototype.toString.call(memo) === '[object Map]' ? memo as Map<string, unknown> : undefined;
}
