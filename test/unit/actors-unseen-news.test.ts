/**
 * Actor and metric rules written from a probe of unseen news (2026-12-02), EN and FR: a full name completing a one-word
 * person seen first (actors/full-name-completes), release numbers of products (actors/version-number), capitalised common
 * words naming a firm or product inside a sentence (actors/isolated-common-name), local bodies named by a place and a
 * lower-case head (actors/place-body), « le mont Maudit » (actors/place-noun-name), and the agent of a move read through
 * several complements (metrics/agent-complements).
 */
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';
import { findMetric, metricsOf } from '../helpers/extractors.js';

/** Every mention of every actor is exact in `text`. */
function checked(text: string, lang: Language): Actor[] {
  const actors = actorsOf(text, lang);
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}

describe('actors (unseen news): should find (name, kind)', () => {
  test.each<FindRow>([
    ['en version number joins the name', 'en', 'Canonical released Ubuntu 12.10 on Thursday.', 'Ubuntu 12.10', 'product'],
    ['fr numéro de version dans le nom', 'fr', 'Canonical a publié Ubuntu 12.10 jeudi dernier.', 'Ubuntu 12.10', 'product'],
    ['en common word as a company mid-sentence', 'en', 'Salesforce bought Slack for $27.7 billion last year.', 'Slack', 'organization'],
    ['fr mot courant comme nom d\'entreprise', 'fr', 'Les entreprises clientes de Slack ont protesté.', 'Slack', 'organization'],
    ['en two common words as a product', 'en', 'Customers who use Marketing Cloud will get the feature.', 'Marketing Cloud', 'organization'],
    ['en local police', 'en', 'West Mercia police said the tablets were believed to contain DNP.', 'West Mercia police', 'government'],
    ['en local court', 'en', 'They pleaded not guilty in Manhattan federal court on Tuesday.', 'Manhattan federal court', 'government'],
    ['en regional commission', 'en', 'The Inner Mongolia health commission said there was no evidence.', 'Inner Mongolia health commission', 'government'],
    ['en hospital after its name', 'en', 'She was taken to Royal Shrewsbury hospital on 12 April.', 'Royal Shrewsbury hospital', 'organization'],
    ['fr police de la ville', 'fr', 'La police de Madrid a ouvert une enquête mardi.', 'police de Madrid', 'government'],
    ['fr mont et son nom', 'fr', 'Une avalanche au mont Maudit a tué neuf personnes jeudi.', 'mont Maudit', 'place'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(checked(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

describe('actors (unseen news): one actor per person or product', () => {
  // [label, language, text, full name, the short form it lists]
  test.each<[string, Language, string, string, string]>([
    ['en surname with a title first', 'en', 'Mr. McCain spoke on the floor. Later, John McCain asked for the documents.', 'John McCain', 'McCain'],
    ['fr nom avec civilité d\'abord', 'fr', 'M. Ayrault a répondu mardi. Plus tard, Jean-Marc Ayrault a confirmé la décision.', 'Jean-Marc Ayrault', 'Ayrault'],
    ['en given name alone first', 'en', 'Her mother, Fiona, said in a statement that it was sad. Fiona Parry issued a plea.', 'Fiona Parry', 'Fiona'],
    ['fr prénom seul d\'abord', 'fr', 'Sa mère, Fiona, a déclaré que c\'était triste. Fiona Parry a lancé un appel.', 'Fiona Parry', 'Fiona'],
    ['en bare name after its version', 'en', 'Canonical released Ubuntu 12.10 on Thursday. Users of Ubuntu can upgrade.', 'Ubuntu 12.10', 'Ubuntu'],
    ['en bare name before its version', 'en', 'Users of Ubuntu can upgrade. Canonical released Ubuntu 12.10 on Thursday.', 'Ubuntu 12.10', 'Ubuntu'],
  ])('%s', (_label, lang, text, full, short) => {
    const actors = checked(text, lang);
    const a = actors.find((x) => x.name === full);
    expect(a).toBeDefined();
    expect(a!.aliases).toContain(short);
    expect(actors.filter((x) => x.name === short)).toHaveLength(0);
  });
});

describe('actors (unseen news): should not find', () => {
  // [label, language, text, name that must not be an actor's name or alias]
  test.each<[string, Language, string, string]>([
    ['en adverb in title case', 'en', 'We rate the statement Mostly True.', 'Mostly True'],
    ['en common noun after a modifier', 'en', 'The display features brightly-lit Santas, snowmen and a tree.', 'Santas'],
    ['en last member of a title-case coordination', 'en', 'He works at Program Analysis and Evaluation in the Pentagon.', 'Evaluation'],
    ['en name used as a modifier', 'en', 'We are briefing Hill staff on it.', 'Hill'],
    ['fr planète', 'fr', 'La distance qui sépare Mercure de notre étoile est six fois plus grande.', 'Mercure'],
    ['en concept after a determiner', 'en', 'Users turned to the Internet for news.', 'Internet'],
    ['en police station is no police', 'en', 'Coco escaped to a Cabixi police station but Nunes did not survive.', 'Cabixi police'],
    ['en amount is no version', 'en', 'Kmart agreed to pay 3.5 billion for the stores.', 'Kmart 3.5'],
  ])('%s', (_label, lang, text, name) => {
    const actors = checked(text, lang);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});

describe('metrics (unseen news): the agent of a move through several complements (metrics/agent-complements)', () => {
  // [language, text, unit, level left, level reached, subject]
  test.each<[Language, string, string, number, number, string]>([
    ['fr', 'La part des ventes en ligne est passée de 10 % à 15 % en 2020.', '%', 10, 15, 'part des ventes en ligne'],
    ['fr', 'Le taux de chômage des jeunes est passé de 8 % à 7 %.', '%', 8, 7, 'taux de chômage des jeunes'],
  ])('%s: %s', (lang, text, unit, left, reached, subject) => {
    const ms = metricsOf(text, lang);
    for (const m of ms) expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
    expect(findMetric(ms, left, unit)!.subject).toBe(subject);
    expect(findMetric(ms, reached, unit)!.subject).toBe(subject);
  });
});
