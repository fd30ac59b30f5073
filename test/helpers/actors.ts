/**
 * Shared helpers of the actor unit tests: run the actor extractor on a
 * text, find an actor by name or alias, and the row shape of the
 * table-driven should-find tables.
 */
import { extractActors } from '../../src/extractors/actors.js';
import { analyse } from '../../src/analyse.js';
import type { Actor, Language } from '../../src/types.js';

/** Actors of `text` analysed as language `lang` (sentences, then the actor extractor). */
export const actorsOf = (text: string, lang: Language): Actor[] => extractActors(analyse(text, lang));

/** The actor whose name or one of whose aliases is `name`, if any. */
export const byName = (actors: Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name || a.aliases.includes(name));

/** A should-find row: [label, language, text, name or alias expected, kind expected]. */
export type FindRow = [string, Language, string, string, Actor['kind']];
