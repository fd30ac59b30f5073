/**
 * Heading paragraphs: titles, standfirsts and section heads, which restate
 * or announce the body rather than add facts to it. One rule for every
 * extractor (actors link heading mentions to body actors only; contracts
 * and restrictions treat a heading's fact as a restatement).
 *
 * @module
 */
import type { Span } from '../types.js';

/**
 * Longest heading, in UTF-16 code units. A longer paragraph without final punctuation is a sentence whose full stop was
 * lost (a caption, a bullet item), not a title: news headlines stay well under it ("Kmart to buy Sears for US$11 billion").
 */
export const HEADING_MAX = 160;

/** Final punctuation of a sentence or of a list introduction ("President Obama also said:", « Parmi les mesures : »). */
const FINAL_PUNCTUATION = /[.!?…:;»"”)]$/u;

/** A bullet mark opening a list item: "- ", "* ", "• ", "– " (ruleId text/list-item-bullet). */
const BULLET = /^[-*•·▪–—][ \u00a0]/u;

/**
 * The heading paragraphs of a text, in document order: a paragraph of one line (blank lines or the text's edges around
 * it), at most {@link HEADING_MAX} code units, without final punctuation — "Impact immédiat sur ChatGPT", "Kmart to buy
 * Sears for US$11 billion" (ruleId text/heading).
 *
 * Not headings: list items, which are sentences without their full stop — a line opening with a bullet mark, and the
 * unpunctuated one-line paragraphs that follow a paragraph ending with a colon, up to the next paragraph that is not such
 * a line: "President Obama also said:" / "The UK must stay in the EU to have influence on the world stage" / "Syria
 * needs a political solution" (ruleId text/list-item-after-colon).
 *
 * @param paragraphs the text's paragraphs ({@link splitParagraphs}), trimmed spans in document order
 * @returns a subset of `paragraphs` (the same span objects); offsets are UTF-16 code units, end exclusive
 */
export function findHeadings(paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  let inList = false;
  for (const p of paragraphs) {
    const unpunctuated = p.text.length <= HEADING_MAX && !p.text.includes('\n') && !FINAL_PUNCTUATION.test(p.text);
    if (unpunctuated && !inList && !BULLET.test(p.text)) out.push(p);
    if (!unpunctuated) inList = p.text.endsWith(':');
  }
  return out;
}
