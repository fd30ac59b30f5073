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
