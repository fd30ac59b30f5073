/**
 * SIGINT and SIGTERM in the CLI process.
 *
 * Between documents, the CLI's handlers run: a first signal removes `--out`
 * temporary files and exits 130 (SIGINT) or 143 (SIGTERM), a second one exits
 * at once. A handler is JavaScript, though, and runs only when the event loop
 * is free; extracting one document in the main thread (`--concurrency 1`, or a
 * single input) is synchronous and can take seconds for a large file. While
 * such work runs on a long document, {@link runSynchronous} takes the handlers off, so the
 * signal's default action applies: the process ends at once, killed by the
 * signal (a shell reports 130 or 143, as for the handlers' exit codes).
 * Writes already in flight may then leave a temporary file (never a
 * truncated `.json`: results are renamed into place only once written).
 *
 * Worker threads never receive process signals: there this is a no-op.
 *
 * @module
 */

type Handler = () => void;

/** The handlers installed by {@link installSignalHandlers}, by signal. */
const installed = new Map<'SIGINT' | 'SIGTERM', Handler>();

/** Installs the CLI's handlers (once per process: a later call replaces the earlier ones). */
export function installSignalHandlers(handlers: Readonly<Record<'SIGINT' | 'SIGTERM', Handler>>): void {
  removeSignalHandlers();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, handlers[signal]);
    installed.set(signal, handlers[signal]);
  }
}

/** Takes the handlers of {@link installSignalHandlers} off (the signals' default actions apply again). */
export function removeSignalHandlers(): void {
  for (const [signal, handler] of installed) process.removeListener(signal, handler);
  installed.clear();
}

/**
 * Documents from this many UTF-16 code units on are extracted with the signals' default action
 * (about 100 KB of text, a quarter to half a second of extraction): for a shorter one the handler
 * runs as soon as the document is done, which is as quick to the eye.
 */
export const DEFAULT_ACTION_MIN_LENGTH = 100_000;

/** One turn of the event loop: resolves in its check phase (`setImmediate`). */
const loopTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `fn`, synchronous work on a document of `length` code units, so that SIGINT and SIGTERM are
 * neither lost nor kept waiting long.
 *
 * Node learns of a signal in the poll phase of its event loop, and runs a handler there. Documents
 * read from a busy stream (`yes '{"id":…}' | factex --input ndjson -j 1`) are extracted one after the
 * other from promise callbacks alone as long as the stream has data buffered (a 64 KB chunk holds
 * about a thousand short records), so no poll phase ran for seconds and SIGTERM waited 4 s; when the
 * handlers were taken off around every extraction, a signal that had arrived between two documents
 * was dropped with them, and the process went on (3 runs in 10 on a loaded machine; third new-user
 * trial). So: first a loop turn, in which a signal already received reaches its handler; then
 * - a short document runs with the handlers on (the handler runs after it, at the next turn);
 * - a long one (see {@link DEFAULT_ACTION_MIN_LENGTH}) runs, after a second turn (one with a poll
 *   phase since this call), with the handlers taken off, so that the signal's default action ends
 *   the process at once; the handlers are put back after it (Node restores a signal's default
 *   action when its last listener goes).
 * Without handlers (worker threads, the library) `fn` just runs.
 * @returns what `fn` returns; what `fn` throws is thrown, after the handlers are back
 */
export async function runSynchronous<T>(length: number, fn: () => T): Promise<T> {
  if (installed.size === 0) return fn();
  await loopTurn();
  if (length < DEFAULT_ACTION_MIN_LENGTH) return fn();
  await loopTurn();
  for (const [signal, handler] of installed) process.removeListener(signal, handler);
  try {
    return fn();
  } finally {
    for (const [signal, handler] of installed) process.on(signal, handler);
  }
}
