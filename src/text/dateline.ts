/**
 * Newswire datelines: the place (and date, and agency) that open a wire story's first paragraph, set off by a dash.
 *
 * @module
 */
import { LETTER, LOWER, UPPER } from './char-classes.js';

/**
 * A newswire dateline at the start of a paragraph, EN and FR (ruleId text/news-dateline): the place in capitals (one to three
 * words, an optional region "OAKLAND, Calif.", "AUSTIN, Texas"), an optional date ("14 février", "3 mars 2026", "March 3", "March 3, 2026"), an
 * optional agency in brackets, then a dash and white space:
 * "WASHINGTON (Reuters) - ", "LONDON, March 3 — ", « PARIS, 3 mars (AFP) - », « TOULOUSE, 14 février - ».
 * Group 1 is the place. Bounded repetitions only; anchored at the start of the string it is run on. {@link datelineLength}
 * also requires a date, a region or an agency: a bare "NATO - the alliance", "US - China talks" is no dateline.
 */
export const NEWS_DATELINE = new RegExp(
  `^([${UPPER}][${UPPER}'’.]{1,30}(?:[ -][${UPPER}][${UPPER}'’.]{1,30}){0,2})(?![${LOWER}])`
  // the region abbreviated ("OAKLAND, Calif.") or written in full ("AUSTIN, Texas -", "ALBANY, New York -")
  + `(?:,[ \\u00a0]{1,3}(?:[${UPPER}][${LETTER}]{1,12}\\.|[${UPPER}][${LOWER}]{2,14}(?:[ \\u00a0][${UPPER}][${LOWER}]{2,14})?))?`
  + `(?:,?[ \\u00a0]{1,3}(?:\\d{1,2}(?:er)?[ \\u00a0]{1,3}[${LOWER}]{3,9}\\.?(?:[ \\u00a0]{1,3}\\d{4})?|[${UPPER}][${LOWER}]{2,8}\\.?[ \\u00a0]{1,3}\\d{1,2}(?:,[ \\u00a0]{1,3}\\d{4})?))?`
  + `(?:[ \\u00a0]{0,3}\\([^()\\n]{1,30}\\))?[ \\u00a0]{0,3}[-–—][ \\u00a0]{1,3}`,
  'u',
);

/** Characters of text a dateline may take (the scan of {@link datelineLength} reads no further). */
const MAX_DATELINE = 90;

/**
 * The length of the newswire dateline ({@link NEWS_DATELINE}) starting at `at` in `text`, or 0 when there is none or `at`
 * does not start a line. Example: datelineLength("LONDON, March 3 — Boeing said…", 0) → 18.
 */
export function datelineLength(text: string, at: number): number {
  return datelineMatch(text, at)?.[0].length ?? 0;
}

/** {@link NEWS_DATELINE} at `at`, when `at` starts a line and the dateline holds a date, a region or an agency. */
function datelineMatch(text: string, at: number): RegExpExecArray | undefined {
  if (at > 0 && text[at - 1] !== '\n') return undefined;
  const m = NEWS_DATELINE.exec(text.slice(at, at + MAX_DATELINE));
  return m && /[\d(,]/u.test(m[0].slice(m[1]!.length)) ? m : undefined;
}

/**
 * The place of the newswire dateline starting at `at` ({@link datelineLength}): its span `[start, end)`, or undefined.
 * Example: datelinePlace("TOULOUSE, 14 février - Airbus…", 0) → { start: 0, end: 8 }.
 */
export function datelinePlace(text: string, at: number): { start: number; end: number } | undefined {
  const m = datelineMatch(text, at);
  return m ? { start: at, end: at + m[1]!.length } : undefined;
}
