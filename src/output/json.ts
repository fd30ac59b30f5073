/**
 * The `json` and `ndjson` formats. JSON output is exact: article text is
 * written as JSON strings (escaped by `JSON.stringify`), never altered.
 *
 * - `json` of one input: one pretty-printed object (2-space indent);
 *   of several inputs: an array, streamed element by element
 *   ({@link JsonArrayStream}) so a batch is never held in memory.
 * - `ndjson`: one compact object per line, `\n`-terminated.
 *
 * @module
 */
import type { FactexResult } from '../types.js';

/** One document as pretty JSON (2-space indent), no trailing newline. */
export function jsonDocument(result: FactexResult): string {
  return JSON.stringify(result, null, 2);
}

/** One document as an NDJSON line, with its `\n`. */
export function ndjsonLine(result: FactexResult): string {
  return JSON.stringify(result) + '\n';
}

/**
 * Writes a JSON array one element at a time: `[` on the first element (or
 * at {@link end} when there was none), `,\n` between elements, `]` at the end.
 * Elements are pre-rendered JSON texts ({@link jsonDocument}).
 */
export class JsonArrayStream {
  private count = 0;
  private closed = false;

  /** @param write receives each chunk of output text in order. */
  constructor(private readonly write: (chunk: string) => void) {}

  /** Appends one rendered JSON element (ignored once the array is closed: after a Ctrl-C, see cli/main.ts). */
  push(elementJson: string): void {
    if (this.closed) return;
    this.write((this.count === 0 ? '[\n' : ',\n') + elementJson);
    this.count++;
  }

  /** Closes the array (`[]` when empty); a second call does nothing. */
  end(): void {
    if (this.closed) return;
    this.closed = true;
    this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}
