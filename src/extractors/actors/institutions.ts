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
import { fold } from './normalize.js';
import { lookupName } from './gazetteer.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS } from '../../lexicon/gazetteer/derived.js';
import { UPPER } from '../../text/char-classes.js';
import { rewoundGlobal } from '../../text/matches.js';

/** A government phrase: the span of its name (without the determiner). */
export interface GovernmentPhrase {
  span: Span;
  /** `government` for a state body; `organization` for a committee or foundation of {@link FoldedLexicon.bodyPhrase}. */
  kind: 'government' | 'organization';
  ruleId: string;
}

/** Compass words opening a place's name, folded: "West Mercia", "North Yorkshire" (ruleId actors/place-body). */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/;

/** Built once for {@link findGovernmentPhrases} (character classes: text/char-classes.ts). */
const FIND_GOVERNMENT_PHRASES_RE = new RegExp(`^[${UPPER}]`, 'u');

/**
 * All government phrases of `text`, then committee and foundation phrases ("the Nobel committee") that overlap none, in
 * text order (two linear regex scans). A committee named after a state body ("the Senate committee") is a state body; one
 * named after a word of the language ("the Budget committee") is no name.
 */
export function findGovernmentPhrases(text: string, lex: FoldedLexicon): GovernmentPhrase[] {
  const out = scan(text, lex.governmentPhrase, () => 'government', 'actors/government-phrase');
  const bodies = scan(text, lex.bodyPhrase, (name) => {
    const word = name.split(/\s+/).find((w) => FIND_GOVERNMENT_PHRASES_RE.test(w)) ?? '';
    const f = fold(word);
    if (lex.nonEntities.has(f) || lex.commonWords.has(f) || DERIVED_COMMON_NOUNS.has(f) || DERIVED_ADJECTIVES.has(f)) return undefined;
    const hit = lookupName(word);
    if (hit && hit.entry.kind !== 'government' && hit.entry.kind !== 'organization') return undefined;
    return hit?.entry.kind === 'government' ? 'government' : 'organization';
  }, 'actors/body-phrase');
  // "West Mercia police", "Manhattan federal court", « la police de Madrid » (ruleId actors/place-body): a name of the
  // language's common words only ("Emergency Room hospital", "The Old court") is no place
  if (lex.placeBodyPhrase) {
    const placeBodies = scan(text, lex.placeBodyPhrase, (name) => {
      const words = name.split(/[\s'’-]+/).filter((w) => FIND_GOVERNMENT_PHRASES_RE.test(w));
      const f0 = fold(words[0] ?? '');
      // (a compass word may open the place: "West Mercia police", "North Yorkshire police")
      if (lex.commonWords.has(f0) || (lex.nonEntities.has(f0) && !COMPASS.test(f0)) || lex.titleWords.has(f0)) return undefined;
      const proper = words.some((w) => {
        const f = fold(w);
        return !lex.commonWords.has(f) && !lex.nonEntities.has(f) && !DERIVED_COMMON_NOUNS.has(f) && !DERIVED_ADJECTIVES.has(f);
      });
      if (!proper) return undefined;
      return /hospital$/.test(name) ? 'organization' : 'government';
    }, 'actors/place-body');
    bodies.push(...placeBodies);
    bodies.sort((a, b) => a.span.start - b.span.start);
  }
  if (bodies.length === 0) return out;
  // both lists are in text order: one merge walk keeps the bodies that overlap no government phrase
  const all: GovernmentPhrase[] = [];
  let i = 0;
  for (const b of bodies) {
    while (i < out.length && out[i]!.span.end <= b.span.start) all.push(out[i++]!);
    if (i < out.length && out[i]!.span.start < b.span.end) continue;
    all.push(b);
  }
  while (i < out.length) all.push(out[i++]!);
  return all;
}

function scan(text: string, pattern: RegExp, kindOf: (name: string) => GovernmentPhrase['kind'] | undefined,
  ruleId: string): GovernmentPhrase[] {
  const re = rewoundGlobal(pattern);
  const out: GovernmentPhrase[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const name = m[1]!;
    const kind = kindOf(name);
    if (!kind) continue;
    const at = m.index + m[0].indexOf(name);
    out.push({ span: makeSpan(text, at, at + name.length), kind, ruleId });
  }
  return out;
}
