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

/** A should-find row of the table-driven contract tests. */
export interface ContractRow {
  name: string;
  lang: Language;
  text: string;
  actors: ContractActorSpec[];
  /** One expected contract per entry, in output order. */
  want: Array<{ kind?: string; status: string | null; parties: string[]; evidence: string }>;
}

/**
 * Asserts the contracts of `row.text`: their number, then for each its kind (when given), status, parties (any
 * order), evidence text (containing `evidence`) and the evidence invariant (offsets slice its text).
 */
export function expectContracts(row: ContractRow): void {
  const found = contractsOf(row.lang, row.text, row.actors);
  expect(found).toHaveLength(row.want.length);
  row.want.forEach((w, i) => {
    const c = found[i]!;
    if (w.kind) expect(c.kind).toBe(w.kind);
    expect(c.status).toBe(w.status);
    expect(c.parties.map((p) => p.name).sort()).toEqual([...w.parties].sort());
    expect(c.evidence.text).toContain(w.evidence);
    expect(row.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });
}
