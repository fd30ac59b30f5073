/**
 * Actor extractor on long name runs (issue 6, docs/regex-audit.md #6, #8, #9): the bounded helpers give the same
 * answers as before on ordinary names, in English and French, and long runs neither throw nor lose exact spans.
 * No timing assertion here: test/pathological.test.ts times the 1 MB inputs.
 */
import { dropTrailingParticiple } from '../../src/extractors/actors/descriptions.js';
import { lookupName, MAX_LOOKUP_CHARS } from '../../src/extractors/actors/gazetteer.js';
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName } from '../helpers/actors.js';

/** The former implementation of dropTrailingParticiple (quadratic on a long white-space run). */
const reference = (s: string): string => s.replace(/\s+\p{Ll}+(?:é|ée|és|ées|ed)$/u, '');

describe('dropTrailingParticiple: same result as the former regex', () => {
  test.each<[string, string, string]>([
    ['fr participle dropped', 'directrice générale nommée', 'directrice générale'],
    ['fr masculine participle', 'ministre délégué nommé', 'ministre délégué'],
    ['fr plural participle', 'conseillers désignés', 'conseillers'],
    ['en participle dropped', 'chief executive appointed', 'chief executive'],
    ['long space run before the participle', `ministre${' '.repeat(5000)}nommé`, 'ministre'],
    ['no participle: unchanged', 'chief executive', 'chief executive'],
    ['fr adjective in -é alone is the whole role: unchanged', 'délégué', 'délégué'],
    ['suffix alone is not a word: unchanged', 'ministre é', 'ministre é'],
    ['capitalised last word: unchanged', 'president Appointed', 'president Appointed'],
    ['no white space before the word: unchanged', 'ministre-nommé', 'ministre-nommé'],
    ['long space run, no participle: unchanged', `ministre${' '.repeat(5000)}x`, `ministre${' '.repeat(5000)}x`],
  ])('%s', (_name, input, expected) => {
    expect(dropTrailingParticiple(input)).toBe(expected);
    expect(dropTrailingParticiple(input)).toBe(reference(input));
  });
});

describe('lookupName: bounded surfaces', () => {
  test.each<[string, string, string]>([
    ['en agency', 'the Pentagon', 'Pentagon'],
    ['en long official name', 'U.S. Department of Defense', 'Department of Defense'],
    ['fr longest gazetteer name', 'Institut national de la statistique et des études économiques', 'Insee'],
  ])('should find %s', (_name, surface) => {
    expect(lookupName(surface)).toBeDefined();
  });

  test('a surface longer than the bound is never a known name', () => {
    expect(MAX_LOOKUP_CHARS).toBeGreaterThan('Institut national de la statistique et des études économiques'.length);
    expect(lookupName(`Pentagon${' '.repeat(MAX_LOOKUP_CHARS)}`)).toBeUndefined();
    expect(lookupName('Alpha Beta '.repeat(100))).toBeUndefined();
  });
});

describe('actors: long name runs', () => {
  type Row = [string, Language, string, string, Actor['kind']];
  test.each<Row>([
    // the known-prefix split now looks only at the last two words of the run
    ['en team then person', 'en', 'Detroit Pistons Chauncey Billups scored 30 points on Sunday.', 'Chauncey Billups', 'person'],
    ['en title then person', 'en', 'Yesterday Senator John McCain criticised the deal.', 'John McCain', 'person'],
    ['fr title then person', 'fr', 'Hier, le ministre Jean Dupont a annoncé la fin du programme.', 'Jean Dupont', 'person'],
    ['fr split after a known name', 'fr', 'Le contrat lie Airbus à Boeing depuis deux ans.', 'Airbus', 'organization'],
  ])('should find %s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });

  test.each<[string, Language, string]>([
    // 15 000 splits: the rest of a split run is cleaned in a loop (the recursion overflowed the stack)
    ['en "Airbus to " repeated', 'en', 'Airbus to '.repeat(15000)],
    ['fr "Airbus à " repeated', 'fr', 'Airbus à '.repeat(15000)],
    ['fr "M. " repeated', 'fr', 'M. '.repeat(20000)],
    ['en title-case run', 'en', Array.from({ length: 20000 }, (_, i) => `Alpha${String.fromCharCode(97 + (i % 26))}`).join(' ')],
  ])('%s: no exception, exact mention spans', (_name, lang, text) => {
    const actors = actorsOf(text, lang);
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('"Airbus to " repeated is one organisation', () => {
    const actors = actorsOf('Airbus to '.repeat(15000), 'en');
    expect(actors.map((a) => a.name)).toEqual(['Airbus']);
    expect(actors[0]!.mentions.length).toBe(15000);
  });
});

describe('actors: merge by description head (per-head lists)', () => {
  test('fr: a name headed by a description head used earlier is that organisation', () => {
    const actors = actorsOf('Selon la fédération des banques, Febelfin, le montant est faible. '
      + 'La Fédération belge du secteur financier en appelle aux clients.', 'fr');
    expect(actors).toHaveLength(1);
    expect(actors[0]!.name).toBe('Fédération belge du secteur financier');
    expect(actors[0]!.aliases).toContain('Febelfin');
  });

  test('fr: thousands of distinct "Banque X" stay distinct, with exact spans', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Banque ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26) % 10]}${'klmnopqrst'[Math.floor(i / 260) % 10]}`);
    const text = names.map((n) => `La ${n} a signé. La banque aussi.`).join(' ');
    const actors = actorsOf(text, 'fr');
    for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(byName(actors, names[0]!)).toBeDefined();
    expect(byName(actors, names[1999]!)).toBeDefined();
  });
});
