/**
 * Unicode normalization for the rules, with offsets kept on the input.
 *
 * The rules, lexicons and gazetteer are written in NFC, the form news sites,
 * word processors and most keyboards produce ("é" is one code point, U+00E9).
 * Text copied from a macOS file name, some PDFs or a decomposing editor comes
 * in NFD ("e" + U+0301 COMBINING ACUTE ACCENT): read as it is, "Société
 * Générale" would be cut at every accent ("Socie", "Ge"). So the text is
 * analysed in its NFC form and every span found there is mapped back to the
 * input, where its `text` is sliced again: offsets always index the document
 * as it was given (UTF-16 code units, end exclusive).
 *
 * The NFC form is built one normalization segment at a time — a character
 * with the combining marks after it — so that each segment of the NFC text
 * comes from one known stretch of the input. A span starting inside a
 * segment starts at the segment's start in the input; one ending inside a
 * segment ends at the segment's end.
 *
 * @module
 */
import type { Span } from '../types.js';
import { MARK } from './char-classes.js';

/** The NFC form of a text and the way back to the input's offsets. */
export interface NfcView {
  /** The text in NFC, segment by segment (see the module comment). */
  readonly text: string;
  /**
   * The input span of an NFC span `[start, end)` (UTF-16 code units, end
   * exclusive, `0 ≤ start ≤ end ≤ text.length`): the smallest stretch of the
   * input holding every segment the span touches.
   */
  toInput(start: number, end: number): { start: number; end: number };
}

/** A character and the combining marks that follow it, or marks with no base (at the start of a text). */
const SEGMENT = /\P{M}\p{M}*|\p{M}+/gsu;
/**
 * A combining mark of the blocks the rules read (char-classes.ts: U+0300–U+036F and the rest of MARK, what NFD gives
 * for Latin, Greek and Cyrillic letters; a class of ranges, not `\p{M}`, which costs V8 far more to compile at the
 * first document of every process): without one, NFC leaves news text as it is (singletons such as U+212B ANGSTROM
 * SIGN, and marks of other scripts, are left to the rules as they come).
 */
const MAY_COMPOSE = new RegExp(`[${MARK}]`, 'u');

/**
 * The NFC view of `text`, or null when `text` is already in NFC (the usual
 * case: then nothing is copied).
 * @param text any string; lone surrogates are kept as they are.
 */
export function nfcView(text: string): NfcView | null {
  if (!MAY_COMPOSE.test(text) || text.normalize('NFC') === text) return null;
  const pieces: string[] = [];
  // For each code unit of the NFC text: the input offsets of its segment's start and end.
  const startOf: number[] = [];
  const endOf: number[] = [];
  SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEGMENT.exec(text)) !== null) {
    const from = m.index;
    const to = from + m[0].length;
    const piece = m[0].normalize('NFC');
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) { startOf.push(from); endOf.push(to); }
  }
  const nfc = pieces.join('');
  const length = text.length;
  return {
    text: nfc,
    toInput(start: number, end: number) {
      const s = start < startOf.length ? startOf[start]! : length;
      const e = end > 0 ? endOf[end - 1]! : 0;
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/**
 * The span of `input` that `span` (found in `view.text`) stands for: a new
 * object (spans may be shared between facts), offsets into `input`, `text`
 * sliced from `input` again.
 */
export function spanToInput(span: Span, view: NfcView, input: string): Span {
  const { start, end } = view.toInput(span.start, span.end);
  return { ...span, start, end, text: input.slice(start, end) };
}
