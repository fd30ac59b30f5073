/**
 * Known errors: each is printed as one line (`factex: <message>`) with a
 * documented exit code, never a stack trace.
 *
 * @module
 */

/** Documented exit codes (README, "Exit codes"). */
export const EXIT = {
  /** Every input processed. */
  OK: 0,
  /** At least one input failed (the others were still processed). */
  INPUT_FAILED: 1,
  /** Bad command line. */
  USAGE: 2,
  /** An `--expect` or `--fail-on-empty` assertion failed. */
  EXPECTATION_FAILED: 3,
  /** Interrupted by SIGINT. */
  INTERRUPTED: 130,
} as const;

/** An error about one input (missing file, binary content, fetch failure…). Other inputs carry on. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** @param location the path, URL or `-` the error is about. */
  constructor(readonly location: string, message: string) {
    super(message);
  }
}

/** A bad command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Human size for messages of size limits: 10485760 → "10 MB", 1536 → "1.5 KB", 1 → "1 byte".
 * With `distinctFrom` (the limit a size is compared with), a size that would read the same as
 * the limit is given in bytes instead: 1052 against 1024 → "1052 bytes", not "1 KB" against "1 KB".
 */
export function formatBytes(n: number, distinctFrom?: number): string {
  if (distinctFrom !== undefined && distinctFrom !== n && formatBytes(n) === formatBytes(distinctFrom)) return `${n} bytes`;
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return n === 1 ? '1 byte' : `${n} bytes`;
}
