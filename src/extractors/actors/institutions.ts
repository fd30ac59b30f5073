/**
 * Lower-case names of state bodies that are actors by themselves ("le
 * gouvernement français", "la police fédérale", "the French government"),
 * found with the language's `governmentPhrase` pattern.
 *
 * @module
 */
import type { Span } from '../../types.js';
import { makeSpan } from '../../text/span.js';
import type { FoldedLexicon } from './lexicon.js';

/** A government phrase: the span of its name (without the determiner). */
export interface GovernmentPhrase {
  span: Span;
}

/** All government phrases of `text`, in order (linear regex scan). */
export function findGovernmentPhrases(text: string, lex: FoldedLexicon): GovernmentPhrase[] {
  const re = new RegExp(lex.governmentPhrase.source, lex.governmentPhrase.flags.includes('g') ? lex.governmentPhrase.flags : `${lex.governmentPhrase.flags}g`);
  const out: GovernmentPhrase[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1]!;
    const at = m.index + m[0].indexOf(name);
    out.push({ span: makeSpan(text, at, at + name.length) });
  }
  return out;
}
