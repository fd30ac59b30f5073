/**
 * SIGINT and SIGTERM in the CLI process.
 *
 * Between documents, the CLI's handlers run: a first signal removes `--out`
 * temporary files and exits 130 (SIGINT) or 143 (SIGTERM), a second one exits
 * at once. A handler is JavaScript, though, and runs only when the event loop
 * is free; extracting one document in the main thread (`--concurrency 1`, or a
 * single input) is synchronous and can take seconds for a large file. While
 * such work runs, {@link withDefaultSignals} takes the handlers off, so the
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
  for (const [signal, handler] of installed) process.removeListener(signal, handler);
  installed.clear();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, handlers[signal]);
    installed.set(signal, handlers[signal]);
  }
}

/**
 * Runs `fn`, synchronous work that may take long, with the default action of SIGINT and SIGTERM (the process ends
 * at once), then puts the handlers back. Node restores a signal's default action when its last listener goes.
 * @returns what `fn` returns; what `fn` throws is thrown, after the handlers are back
 */
export function withDefaultSignals<T>(fn: () => T): T {
  if (installed.size === 0) return fn();
  for (const [signal, handler] of installed) process.removeListener(signal, handler);
  try {
    return fn();
  } finally {
    for (const [signal, handler] of installed) process.on(signal, handler);
  }
}
