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
 * - `--heap-growing-percent=50`: after a full collection, V8 lets the heap grow by half
 *   the live size before the next one (by default up to four times, when collections are
 *   fast): on a long batch the peak RSS stays near that of a short one. At 100 (twice the
 *   live size), 2 000 corpus documents at `-j 1` reached 243 MB once the rules of
 *   2026-12-02 were merged (197 MB before); at 50: 176 MB, for about 2 % more wall time
 *   (21.75 s against 21.28 s on the same 2 000 documents, 2026-12-02).
 * - `--interrupt-budget=1081344` (16× V8's default of 67 584): a function is handed to
 *   TurboFan, the optimising compiler, after 16 times as much of its bytecode has run. A
 *   one-article run lasts half a second, too short for most optimised code to pay back its
 *   compilation (TurboFan compiles on another thread, which on one core — `taskset -c 0`, a
 *   busy machine — takes the same CPU); on long runs the functions that matter still get
 *   optimised, later. Measured 2026-12-02, pinned to one core on a loaded VM, medians of 13
 *   runs of the CPU time (perf task-clock): the seed article 778 → 715 ms (`node -e 0`:
 *   153 ms); one 1 MB document (the shared corpus repeated) 6.3–7.1 s → 4.9 s; 244 corpus
 *   documents at `-j 1` 7.3 → 5.6 s user time, peak RSS 173 → 164 MB. (×4 gave about half
 *   of each gain; `--no-opt`, no TurboFan at all, no more on the seed article.)
 *
 * (The library does not set them: that is the embedding application's choice.)
 *
 * @module
 */

/** Flags for `v8.setFlagsFromString`, one per string. */
export const CLI_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up', '--heap-growing-percent=50', '--interrupt-budget=1081344'];
