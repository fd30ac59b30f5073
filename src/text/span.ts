/**
 * Span helpers: the one place where evidence spans are built, trimmed and
 * checked. Offsets are UTF-16 code units, end exclusive.
 *
 * @module
 */
import type { Span } from '../types.js';

/** Whitespace and invisible characters that never start or end a span. */
const EDGE_SPACE = /[\s\u00a0\u202f\u2007\u200b\ufeff]/;

/**
 * Builds the span `text.slice(start, end)`, trimmed of surrounding white
 * space (normal, NBSP, narrow NBSP, zero-width).
 * @throws RangeError when `start`/`end` are not integers with 0 ≤ start ≤ end ≤ text.length.
 */
export function makeSpan(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`invalid span [${start}, ${end}) for a text of length ${text.length}`);
  }
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Like {@link makeSpan} but also drops trailing `,;:` and a final full stop not part of an abbreviation. */
export function makeTrimmedSpan(text: string, start: number, end: number): Span {
  let s = makeSpan(text, start, end);
  let e = s.end;
  while (e > s.start && /[,;:]/.test(text[e - 1]!)) e--;
  if (e !== s.end) s = makeSpan(text, s.start, e);
  return s;
}

/** True when `span.text === text.slice(span.start, span.end)` and the offsets are in range. */
export function isExactSpan(text: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.end <= text.length && span.start <= span.end &&
    text.slice(span.start, span.end) === span.text
  );
}

/** Overlap in code units between [a.start, a.end) and [b.start, b.end). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `inner` lies within `outer`. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Compares spans by start, then by longer first. */
export function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * 1-based line and column (UTF-16 code units) of `offset` in `text`.
 * The only place line/column are derived from offsets.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
