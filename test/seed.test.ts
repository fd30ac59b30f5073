/**
 * The founding articles (French seed and its English translation): the
 * facts a journalist expects, asserted value by value.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/extract.js';
import type { FactexResult } from '../src/types.js';

const load = (lang: 'fr' | 'en'): FactexResult =>
  extract(readFileSync(`fixtures/articles/seed-${lang}/article.txt`, 'utf8'));
const fr = load('fr');
const en = load('en');
const names = (r: FactexResult) => r.actors.map((a) => a.name);
const actor = (r: FactexResult, name: string) => r.actors.find((a) => a.name === name);

describe.each([
  ['fr', fr, 'Département de la Défense', 'désinstallations de ChatGPT', 'le contrat serait amendé'],
  ['en', en, 'Department of Defense', 'ChatGPT uninstalls', 'the contract would be amended'],
] as const)('seed-%s', (lang, r, dod, subject, claim) => {
  test('document', () => {
    expect(r.document.language).toBe(lang);
    expect(r.document.published).toBe('2026-03-04');
  });

  test('actors: people, organisations, government bodies, products', () => {
    expect(names(r)).toEqual(expect.arrayContaining(['OpenAI', 'Sam Altman', 'Anthropic', 'Donald Trump', 'NSA', 'ChatGPT', 'Claude']));
    expect(actor(r, 'Sam Altman')?.kind).toBe('person');
    expect(actor(r, 'OpenAI')?.kind).toBe('organization');
    expect(actor(r, 'NSA')?.kind).toBe('government');
    expect(actor(r, 'ChatGPT')?.kind).toBe('product');
    const pentagon = r.actors.find((a) => a.name.includes(dod));
    expect(pentagon?.kind).toBe('government');
    expect(pentagon?.aliases.join(' ')).toMatch(/Pentag/);
    expect(actor(r, 'Sam Altman')?.aliases).toEqual([lang === 'fr' ? 'le CEO' : 'the CEO']);
    expect(actor(r, 'OpenAI')?.aliases).toEqual([lang === 'fr' ? 'L’entreprise dirigée par Sam Altman' : 'The company led by Sam Altman']);
  });

  test('contracts: the amended agreement between OpenAI and the DoD', () => {
    expect(r.contracts).toHaveLength(1);
    const c = r.contracts[0]!;
    expect(c.status).toBe('amended');
    expect(c.parties.map((p) => p.name)).toEqual(expect.arrayContaining(['OpenAI']));
    expect(c.parties.some((p) => p.name.includes(dod))).toBe(true);
  });

  test('restrictions: a prohibition, a condition, a refusal and the exclusion from federal projects', () => {
    expect(r.restrictions.map((x) => x.kind).sort()).toEqual(['condition', 'prohibition', 'refusal', 'sanction']);
    expect(r.restrictions.find((x) => x.kind === 'sanction')?.evidence.text).toMatch(lang === 'fr' ? /écartée de nombre de projets fédéraux/ : /pushed out of a number of federal projects/);
    expect(r.restrictions.find((x) => x.kind === 'condition')?.condition).toMatch(lang === 'fr' ? /sans modification contractuelle/ : /without a further contract modification/);
  });

  test('metrics: uninstalls up 200 %', () => {
    const m = r.metrics.find((x) => x.value === 200);
    expect(m).toMatchObject({ unit: '%', change: 'increase' });
    expect(m?.subject).toContain(lang === 'fr' ? 'désinstallations' : 'uninstalls');
    expect(subject).toContain('ChatGPT');
  });

  test('quotes: Sam Altman speaks', () => {
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.speaker?.name).toBe('Sam Altman');
    expect(r.quotes[0]!.text).toMatch(lang === 'fr' ? /^Les enjeux sont extrêmement complexes/ : /^The issues are extremely complex/);
  });

  test('claims: reported and hedged statements with their source', () => {
    const c = r.claims.find((x) => x.evidence.text.includes(claim));
    expect(c?.modality).toBe('reported');
    const media = r.claims.find((x) => /Claude (resterait|is reportedly)/.test(x.evidence.text));
    expect(media?.attribution).toMatch(lang === 'fr' ? /médias/ : /media/);
  });
});
