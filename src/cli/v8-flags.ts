/**
 * The V8 flags the CLI sets when it starts (`bin.ts`), in one place: the launcher
 * (`bin/factex.js`) and the worker entry (`worker-cached.js`) set them before compiling
 * their bundle too, because V8 accepts a code cache only under the flags it was made
 * with (`code-cache.ts`). V8 keeps one set of flags per process: worker threads share them.
 *
 * - `--no-regexp-tier-up`: regexes compile straight to machine code. By default V8 first
 *   compiles each one to bytecode, then again to machine code once it has run; factex's
 *   rules are a few hundred case-insensitive Unicode regexes, most run a handful of times
 *   per article, and compiling them twice was a fifth of the CPU time of a cold start.
 *   Matching is the same either way (one engine, two back ends).
 * - `--heap-growing-percent=100`: after a full collection, V8 lets the heap grow to twice
 *   the live size before the next one (by default up to four times, when collections are
 *   fast): on a long batch the peak RSS stays near that of a short one (2 000 corpus
 *   documents at `-j 1`: 170–190 MB instead of 205–255 MB, against about 150 MB at 200
 *   documents), for about 2 % more CPU (three interleaved pairs, 2026-12-01).
 *
 * (The library does not set them: that is the embedding application's choice.)
 *
 * @module
 */

/** Flags for `v8.setFlagsFromString`, one per string. */
export const CLI_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--heap-growing-percent=100'];
