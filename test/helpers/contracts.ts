/**
 * Runner of the contract unit tests: the extractor on hand-built actors, so
 * that a test asserts the contract rules and not the actor extractor.
 */
import { analyse } from '../../src/analyse.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractContracts } from '../../src/extractors/contracts.js';
import type { Actor, ActorKind, Language } from '../../src/types.js';

/** [name, kind, aliases?]: every occurrence of the name or an alias in the text is a mention. */
export type ContractActorSpec = [string, ActorKind, string[]?];

/** Actors with ids A1… in spec order; longer forms win overlapping occurrences. */
export function handActors(text: string, specs: readonly ContractActorSpec[]): Actor[] {
  return specs.map(([name, kind, aliases = []], i) => {
    const mentions: Actor['mentions'] = [];
    for (const form of [name, ...aliases].sort((a, b) => b.length - a.length)) {
      for (let p = text.indexOf(form); p >= 0; p = text.indexOf(form, p + form.length)) {
        const end = p + form.length;
        if (!mentions.some((m) => m.start < end && p < m.end)) mentions.push({ start: p, end, text: form });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `A${i + 1}`, name, kind, aliases, role: null, roleOf: null, mentions, ruleId: 'test' };
  });
}

/** Contract drafts of `text` in `lang`, with the given actors. */
export function contractsOf(lang: Language, text: string, specs: readonly ContractActorSpec[] = []) {
  return extractContracts(analyse(text, lang), { actors: new ActorIndex(handActors(text, specs)), quotes: [] });
}
