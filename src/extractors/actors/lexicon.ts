/**
 * The actor lexicon of a language, with every word list folded (lower
 * case, no accents) once, so that lookups compare {@link fold}ed tokens.
 *
 * @module
 */
import type { Language } from '../../types.js';
import type { ActorLexicon } from '../../lexicon/gazetteer/types.js';
import { EN_ACTORS } from '../../lexicon/en/actors.js';
import { FR_ACTORS } from '../../lexicon/fr/actors.js';
import { DERIVED_DEMONYMS } from '../../lexicon/gazetteer/derived.js';
import { foldSet } from './normalize.js';
import { HOLIDAYS } from '../../lexicon/gazetteer/heads.js';
import { GENERIC_ACRONYMS } from '../../lexicon/gazetteer/kind-cues.js';

/** {@link ActorLexicon} with folded sets; `titleWords` and `connectors` are the union of both languages. */
export type FoldedLexicon = ActorLexicon;

function folded(own: ActorLexicon, other: ActorLexicon): FoldedLexicon {
  return {
    ...own,
    connectors: foldSet([...own.connectors, ...other.connectors]),
    conjunctions: foldSet(own.conjunctions),
    commonWords: foldSet(own.commonWords),
    nonEntities: foldSet([...own.nonEntities, ...[...own.nonEntities].map((d) => `${d}s`), ...DERIVED_DEMONYMS,
      ...[...DERIVED_DEMONYMS].map((d) => `${d}s`), ...HOLIDAYS,
      // "a 2 CV", « des DVD », "an EP": things, not actors (ruleId actors/generic-acronym)
      ...GENERIC_ACRONYMS]),
    titleWords: foldSet([...own.titleWords, ...other.titleWords].map((w) => w.replace(/\.$/, ''))),
    portfolioWords: foldSet([...own.portfolioWords, ...other.portfolioWords]),
    placePrepositions: foldSet(own.placePrepositions),
    actingCues: foldSet(own.actingCues),
    locationCues: foldSet(own.locationCues),
    stateNouns: foldSet(own.stateNouns),
    placeNouns: foldSet(own.placeNouns),
    productNouns: foldSet(own.productNouns),
    mediaNouns: foldSet(own.mediaNouns),
    companyNouns: foldSet(own.companyNouns),
    listOpeners: foldSet(own.listOpeners),
    institutionHeads: foldSet(own.institutionHeads),
    extensibleHeads: foldSet(own.extensibleHeads),
    extensionStop: foldSet(own.extensionStop),
  };
}

const CACHE: Record<Language, FoldedLexicon> = {
  en: folded(EN_ACTORS, FR_ACTORS),
  fr: folded(FR_ACTORS, EN_ACTORS),
};

/** The folded actor lexicon for `language`. */
export function actorLexicon(language: Language): FoldedLexicon {
  return CACHE[language];
}
