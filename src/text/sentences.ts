/**
 * Sentence and paragraph segmentation, language-independent rules for
 * English and French news text. Linear time: one pass over the text.
 *
 * Rules (each with an example it must survive):
 * - a blank line ends a paragraph and a sentence;
 * - a single line break ends a sentence when the line before ends with
 *   terminal punctuation, or has no terminal punctuation and is short
 *   (a heading: "Contexte tendu dans l'écosystème de l'IA");
 * - `.`, `!`, `?`, `…` (plus closing quotes/brackets) followed by space and
 *   an upper-case letter, digit or opening quote end a sentence, except
 *   after an abbreviation ("Dr.", "Sen.", "Corp."), an initial or "M."
 *   ("George W. Bush", "M. Dupont"), a dotted acronym ("U.S."), or inside a
 *   quotation ("« Les enjeux sont complexes. Nous voulions… »" stays one
 *   sentence with its attribution while the quote is under 1 000 chars).
 *
 * @module
 */
import type { Sentence, Span } from '../types.js';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { makeSpan } from './span.js';

/** A line shorter than this without final punctuation is a heading. */
const HEADING_MAX = 120;
/** A quotation longer than this no longer blocks sentence splits. */
const QUOTE_MAX = 1000;

const OPEN_QUOTES = '«“‘„';
const CLOSE_QUOTES = '»”’';

/**
 * Index of the sentence holding `offset` (UTF-16 code units; a sentence holds [start, end)), by binary search over
 * `sentences` in document order; -1 when the offset falls between sentences or outside them.
 */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Bounds of the sentence holding `offset` ({@link sentenceIndexAt}), or, between sentences, a window of `window` code
 * units either side of it, clipped to [0, textLength].
 */
export function sentenceBoundsAt(sentences: readonly Span[], textLength: number, offset: number, window = 300): { start: number; end: number } {
  const i = sentenceIndexAt(sentences, offset);
  return i >= 0 ? sentences[i]! : { start: Math.max(0, offset - window), end: Math.min(textLength, offset + window) };
}

/** Paragraphs: maximal runs of non-blank lines. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\u00a0\u202f\r]*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    pushSpan(out, text, start, m.index);
    start = m.index + m[0].length;
    re.lastIndex = start; // blank-line runs: next search starts after this one
  }
  pushSpan(out, text, start, text.length);
  return out;
}

function pushSpan(out: Span[], text: string, start: number, end: number): void {
  const s = makeSpan(text, start, end);
  if (s.end > s.start) out.push(s);
}

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}«“"‘'(\[¿¡]/u.test(ch);
}

/** The word (letters and inner dots) that ends just before `i`. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}.\-]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

/**
 * True when the dot at `i` follows a one-letter unit glued to a number — « fermer dès 23h. Il sera interdit… », "ran the 100m. He" —
 * which ends its sentence, unlike an initial ("J. Smith").
 */
function isUnitAfterNumber(text: string, i: number): boolean {
  return i >= 2 && /\p{L}/u.test(text[i - 1]!) && /\p{N}/u.test(text[i - 2]!);
}

function isAbbreviation(word: string): boolean {
  if (!word) return false;
  // initials and "M." — a single letter
  if (/^\p{L}$/u.test(word)) return true;
  // dotted acronyms — "U.S", "J.-C", "p.ex"
  if (/^(?:\p{L}{1,2}[.-]){1,}\p{L}{1,2}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `text` into sentences, each a trimmed span of the text.
 * Offsets are UTF-16 code units into `text`.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const para of splitParagraphs(text)) splitParagraph(text, para.start, para.end, out);
  return out;
}

/**
 * The characters {@link splitParagraph} acts on (quotation marks, line breaks, terminal
 * punctuation): the loop jumps from one to the next with this regex instead of looking at
 * every character in JavaScript.
 */
const SIGNIFICANT = /[«“‘„»”’"\n.!?…]/g;

function splitParagraph(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  let quoteOpenedAt = -1; // offset of an unclosed quotation mark, or -1
  let straightOpen = false;
  for (let i = from; i < to; i++) {
    SIGNIFICANT.lastIndex = i;
    const next = SIGNIFICANT.exec(text);
    if (next === null || next.index >= to) break;
    i = next.index;
    const ch = text[i]!;
    if (OPEN_QUOTES.includes(ch) && !(ch === '‘' && /\p{L}/u.test(text[i - 1] ?? ''))) {
      if (quoteOpenedAt < 0) quoteOpenedAt = i;
      continue;
    }
    if (CLOSE_QUOTES.includes(ch) && !(ch === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) {
      quoteOpenedAt = -1;
      straightOpen = false;
      continue;
    }
    if (ch === '"') {
      straightOpen = !straightOpen;
      quoteOpenedAt = straightOpen ? i : -1;
      continue;
    }
    if (ch === '\n') {
      if (lineBreakEndsSentence(text, start, i, to)) {
        pushSpan(out, text, start, i);
        start = i + 1;
        quoteOpenedAt = -1;
        straightOpen = false;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // run of terminal punctuation and closing marks: "?!", ".»", '."', ".)"
    let j = i + 1;
    for (;;) {
      if (j < to && /[.!?…»”’"')\]]/.test(text[j]!)) { j++; continue; }
      // French spacing before a closing guillemet: "cela. »"
      let sp = j;
      while (sp < to && /[ \u00a0\u202f]/.test(text[sp]!)) sp++;
      if (sp > j && text[sp] === '»') { j = sp + 1; continue; }
      break;
    }
    const closesQuote = /[»”"]/.test(text.slice(i + 1, j));
    if (j < to && !/[\s\u00a0\u202f]/.test(text[j]!)) { i = j - 1; continue; } // "3.5", "OpenAI.com"
    let k = j;
    while (k < to && /[ \t\u00a0\u202f]/.test(text[k]!)) k++;
    if (k < to && text[k] === '\n') { i = j - 1; continue; } // the line break decides
    if (k < to && !isUpperStart(text[k])) { i = j - 1; continue; }
    if (ch === '.' && j === i + 1 && isAbbreviation(wordBefore(text, i)) && !isUnitAfterNumber(text, i)) { i = j - 1; continue; }
    const inQuote = quoteOpenedAt >= 0 && !closesQuote && i - quoteOpenedAt < QUOTE_MAX;
    if (inQuote) { i = j - 1; continue; }
    if (closesQuote) { quoteOpenedAt = -1; straightOpen = false; }
    pushSpan(out, text, start, j);
    start = j;
    i = j - 1;
  }
  pushSpan(out, text, start, to);
}

function lineBreakEndsSentence(text: string, lineStart: number, nl: number, to: number): boolean {
  // find the start of the current line
  let ls = nl - 1;
  while (ls >= lineStart && text[ls] !== '\n') ls--;
  const line = text.slice(ls + 1, nl).trimEnd();
  if (!line) return true;
  const last = line[line.length - 1]!;
  if (/[.!?…:»”"]/.test(last)) return true;
  if (/[,;\-–(]/.test(last)) return false;
  let n = nl + 1;
  while (n < to && /[ \t]/.test(text[n]!)) n++;
  if (!isUpperStart(text[n]) && !/[-*•–—]/.test(text[n] ?? '')) return false;
  return line.length <= HEADING_MAX;
}
