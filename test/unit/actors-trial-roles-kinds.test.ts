/**
 * Defects of a new user's trial (2026-12-02), EN and FR where the construction exists in both: roles named with their
 * organisation before them (actors/en/role-premodifier), a description that is the postposed subject of a reporting
 * clause (actors/description-postposed-reporter), a portfolio after a role (actors/role-portfolio), statistics offices (actors/statistics-office), the source of
 * "according to" (actors/according-to-source) and a nationality adjective that is also a place's name
 * (actors/en/demonym-adjective).
 */
import { extract } from '../../src/extract.js';
import type { Language } from '../../src/types.js';
import { actorsOf, byName } from '../helpers/actors.js';

/** [label, language, text, person, role, roleOf name or null]. */
type RoleRow = [string, Language, string, string, string, string | null];

describe('actors (trial): roles in appositions', () => {
  test.each<RoleRow>([
    ['en organisation premodifying the role', 'en', 'Ursula von der Leyen, the European Commission president, said the bloc would respond.',
      'Ursula von der Leyen', 'president', 'European Commission'],
    ['en unknown word premodifying the role', 'en', 'Ursula von der Leyen, the Commission president, said the bloc would respond.',
      'Ursula von der Leyen', 'president', null],
    ['en possessive organisation', 'en', 'Satya Nadella, Microsoft\'s chief executive, said the company would invest more.',
      'Satya Nadella', 'chief executive', 'Microsoft'],
    ['en portfolio word before the role', 'en', 'Bruno Le Maire, the French finance minister, met bankers in Paris on Monday.',
      'Bruno Le Maire', 'finance minister', null],
    // French puts the organisation after the role: the complement rule (actors/role-apposition) already reads it
    ['fr organisation after the role', 'fr', 'Christine Lagarde, la présidente de la BCE, a déclaré que l\'inflation reculait.',
      'Christine Lagarde', 'présidente', 'BCE'],
    // the portfolio that names no actor is part of the role (actors/role-portfolio)
    ['fr portfolio after the role', 'fr', 'Bruno Le Maire, le ministre de l\'Économie, a réuni les banquiers à Paris lundi.',
      'Bruno Le Maire', 'ministre de l\'Économie', null],
    ['fr place after the role stays out of it', 'fr', 'Jean Dupont, le maire de Lyon, a inauguré le pont.', 'Jean Dupont', 'maire', null],
    ['fr PDG de', 'fr', 'Patrick Pouyanné, le PDG de TotalEnergies, a annoncé de nouveaux investissements.',
      'Patrick Pouyanné', 'PDG', 'TotalEnergies'],
  ])('%s', (_label, lang, text, person, role, of) => {
    const a = byName(actorsOf(text, lang), person);
    expect(a?.kind).toBe('person');
    expect(a?.role).toBe(role);
    expect(a?.roleOf?.name ?? null).toBe(of);
  });

  test.each<[string, Language, string, string]>([
    ['en a possessive after the role is no apposition', 'en', 'John Smith, the Apple chairman\'s son, said he would run.', 'John Smith'],
    ['fr no premodified role in French', 'fr', 'Jean Dupont, Renault président, a parlé.', 'Jean Dupont'],
  ])('no role: %s', (_label, lang, text, person) => {
    expect(byName(actorsOf(text, lang), person)?.role ?? null).toBeNull();
  });
});

/** [label, language, text, description, actor it names, partner it must not name]. */
type PostRow = [string, Language, string, string, string, string];

describe('actors (trial): a postposed reporter resumes the subject, not the partner', () => {
  test.each<PostRow>([
    ['en "…with X on Friday, the company said"', 'en', 'Microsoft cancelled its agreement with Activision Blizzard on Friday, the company said.',
      'the company', 'Microsoft', 'Activision Blizzard'],
    ['fr « …avec X, a indiqué le groupe »', 'fr', 'Renault a rompu son accord avec Nissan, a indiqué le groupe.', 'le groupe', 'Renault', 'Nissan'],
  ])('%s', (_label, lang, text, desc, subject, partner) => {
    const actors = actorsOf(text, lang);
    const at = text.lastIndexOf(desc);
    const own = byName(actors, subject)!;
    expect(own.mentions).toContainEqual({ start: at, end: at + desc.length, text: desc });
    expect(byName(actors, partner)!.mentions.some((m) => m.start === at)).toBe(false);
  });

  test.each<[string, Language, string, string]>([
    ['en claim source', 'en', 'Shares rose on Monday.\n\nMicrosoft cancelled its agreement with Activision Blizzard on Friday, the company said.', 'Microsoft'],
    ['fr claim source', 'fr', 'Les marchés ont progressé lundi.\n\nRenault a rompu son accord avec Nissan, a indiqué le groupe.', 'Renault'],
  ])('%s', (_label, lang, text, source) => {
    const out = extract(text, { language: lang });
    const claim = out.claims.find((c) => c.modality === 'reported');
    expect(claim?.source?.name).toBe(source);
  });
});

/** [label, language, text, name, kind]. */
type KindRow = [string, Language, string, string, string];

describe('actors (trial): kinds', () => {
  test.each<KindRow>([
    ['en statistics office opening a sentence', 'en', 'Eurostat said inflation in the euro area fell to 2.4% in November.', 'Eurostat', 'government'],
    ['en statistics office after "according to"', 'en', 'According to Rosstat, industrial output fell in March.', 'Rosstat', 'government'],
    ['fr office statistique sujet', 'fr', 'Eurostat a indiqué que l\'inflation avait reculé en novembre.', 'Eurostat', 'government'],
    ['fr office statistique après « selon »', 'fr', 'Selon Turkstat, l\'inflation a atteint 60 % en octobre.', 'Turkstat', 'government'],
    // a source is no place: "according to" is no place preposition
    ['en unknown source after "according to"', 'en', 'The index fell in March, according to Nielsen, the market researcher.', 'Nielsen', 'organization'],
  ])('%s', (_label, lang, text, name, kind) => {
    expect(byName(actorsOf(text, lang), name)?.kind).toBe(kind);
  });

  test('an instrument noun ending in -stat is no office', () => {
    expect(byName(actorsOf('Thermostat settings matter in winter.', 'en'), 'Thermostat')).toBeUndefined();
  });

  test.each<[string, Language, string, string]>([
    ['en nationality adjective before a noun', 'en', 'Exports of Argentine beef rose sharply last year.', 'Argentine'],
    ['en nationality adjective before officials', 'en', 'Argentine officials met the delegation on Monday.', 'Argentine'],
  ])('no actor: %s', (_label, lang, text, name) => {
    expect(byName(actorsOf(text, lang), name)).toBeUndefined();
  });

  test.each<KindRow>([
    ['en English name of the place stays', 'en', 'The Philippines government said it would respond.', 'Philippines', 'government'],
    ['fr French name of the country stays', 'fr', 'L\'Argentine exporte du bœuf vers la Chine.', 'Argentine', 'place'],
  ])('still an actor: %s', (_label, lang, text, name, kind) => {
    expect(byName(actorsOf(text, lang), name)?.kind).toBe(kind);
  });
});
