/**
 * Shared helpers of the actor unit tests: run the actor extractor on a
 * text, find an actor by name or alias, and the row shape of the
 * table-driven should-find tables.
 */
import { extractActors } from '../../src/extractors/actors.js';
import { analyse } from '../../src/analyse.js';
import type { Actor, ActorKind, Language } from '../../src/types.js';

/** Actors of `text` analysed as language `lang` (sentences, then the actor extractor). */
export const actorsOf = (text: string, lang: Language): Actor[] => extractActors(analyse(text, lang));

/** The actor whose name or one of whose aliases is `name`, if any. */
export const byName = (actors: Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name || a.aliases.includes(name));

/** A should-find row: [label, language, text, name or alias expected, kind expected]. */
export type FindRow = [string, Language, string, string, Actor['kind']];

/** A hand-built actor of the extractor unit tests: its name, kind and other names. */
export interface ActorSpec {
  name: string;
  kind: ActorKind;
  aliases?: string[];
}

/**
 * Hand-built actors `A1`, `A2`… for testing an extractor without the actor
 * extractor: every whole-word occurrence of a name or an alias in `text` is a
 * mention (offsets in UTF-16 code units, end exclusive, in text order).
 */
export function handActors(text: string, specs: readonly ActorSpec[]): Actor[] {
  return specs.map((spec, i) => {
    const mentions: Actor['mentions'] = [];
    for (const form of [spec.name, ...(spec.aliases ?? [])]) {
      for (let k = text.indexOf(form); k >= 0; k = text.indexOf(form, k + 1)) {
        const before = text[k - 1] ?? ' ';
        const after = text[k + form.length] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) mentions.push({ start: k, end: k + form.length, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `A${i + 1}`, name: spec.name, kind: spec.kind, aliases: spec.aliases ?? [], role: null, roleOf: null, mentions, ruleId: 'test' };
  });
}

/** `[name, kind]` pairs of the restriction tests. */
export type NameKind = [string, ActorKind];

/** Hand-built actors from `[name, kind]` pairs: every occurrence of each name (even inside a word) is a mention. */
export function handActorsAnywhere(text: string, specs: readonly NameKind[]): Actor[] {
  return specs.map(([name, kind], i) => {
    const mentions: Actor['mentions'] = [];
    for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length)) mentions.push({ start: p, end: p + name.length, text: name });
    return { id: `A${i + 1}`, name, kind, aliases: [], role: null, roleOf: null, mentions, ruleId: 'test' };
  });
}
