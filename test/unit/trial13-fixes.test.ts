/**
 * Defects found by the new-user trial of 2026-12-02 (second session), English and French: a fine's action kept whole
 * across a decimal comma (restrictions/<lang>/fine-action), a plan in the conditional is still a proposal
 * (restrictions/fr/status-proposed-before), a denial whose subject stands before an apposition
 * (claims/<lang>/denial-apposed-subject), a firm bought whose name is also a given name (actors/acquired-object), a
 * participle clause's restriction imposed by the main clause's subject on the actor its pronoun stands for
 * (restrictions/<lang>/participle-clause). Each row fails without its fix.
 */
import { claimsOf, restrictionsOf } from '../helpers/extractors.js';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/types.js';

const O = 'organization' as const;
const G = 'government' as const;
const P = 'person' as const;

describe('restrictions: the action of a fine keeps its amount whole', () => {
  test.each<[Language, string, string]>([
    ['fr', "Bruxelles a infligé une amende de 2,4 milliards d'euros à Google.", "une amende de 2,4 milliards d'euros"],
    ['en', 'The regulator imposed a fine of $1,500,000 on Acme.', 'a fine of $1,500,000'],
  ])('%s: %s', (lang, text, action) => {
    const found = restrictionsOf(lang, text, [['Google', O], ['Acme', O], ['Bruxelles', G]]);
    expect(found.map((r) => r.action)).toEqual([action]);
    for (const r of found) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

describe('restrictions: a ban considered in the conditional is proposed', () => {
  test.each<[Language, string]>([
    ['fr', "La Chine envisagerait d'interdire les exportations de gallium."],
    ['fr', 'Le gouvernement proposerait de limiter les loyers à Paris.'],
  ])('%s: %s', (lang, text) => {
    const found = restrictionsOf(lang, text, [['Chine', G]]);
    expect(found.map((r) => r.status)).toEqual(['proposed']);
  });
});

describe('claims: a denial whose subject stands before an apposition', () => {
  test.each<[Language, string, string]>([
    ['fr', "Le porte-parole du Kremlin, Dmitri Peskov, a démenti que la Russie ait participé à l'attaque.", 'Le porte-parole du Kremlin'],
    ['en', 'The Kremlin spokesman, Dmitry Peskov, denied that Russia took part in the attack.', 'The Kremlin spokesman'],
  ])('%s: %s', (lang, text, attribution) => {
    const claims = claimsOf(lang, text, [{ name: lang === 'fr' ? 'Dmitri Peskov' : 'Dmitry Peskov', kind: P }, { name: 'Kremlin', kind: G }]);
    expect(claims.map((k) => [k.modality, k.attribution])).toEqual([['denied', attribution]]);
  });
});

describe('actors: the one-word object of a verb of acquisition is a firm, given name or not', () => {
  test.each<[Language, string, string, string]>([
    ['fr', 'LVMH a racheté Tiffany pour 16 milliards de dollars.', 'Tiffany', 'organization'],
    ['en', 'LVMH bought Tiffany for $16 billion.', 'Tiffany', 'organization'],
    // (an indirect object stays a person: "bought Sarah a car")
    ['en', 'He bought Sarah a car.', 'Sarah', 'person'],
  ])('%s: %s', (lang, text, name, kind) => {
    const facts = extract(text, { language: lang });
    expect(facts.actors.find((a) => a.name === name)?.kind).toBe(kind);
    if (kind === 'organization') expect(facts.contracts.map((c) => c.parties.map((p) => p.name))).toEqual([['LVMH', name]]);
  });
});

describe('restrictions: a participle clause shares the main subject; its pronoun object stands for the actor before it', () => {
  test.each<[Language, string, string, string]>([
    ['en', 'The European Union imposed sanctions on Belavia, barring it from EU airspace.', 'European Union', 'barring it from EU airspace'],
    ['fr', "L'Union européenne a sanctionné Belavia, lui interdisant l'espace aérien européen.", 'Union européenne', "lui interdisant l'espace aérien européen"],
  ])('%s: %s', (lang, text, imposer, evidence) => {
    const found = restrictionsOf(lang, text, [[imposer, G], ['Belavia', O]]);
    const r = found.find((x) => x.evidence.text === evidence);
    expect(r).toBeDefined();
    expect(r!.imposedBy?.name).toBe(imposer);
    expect(r!.appliesTo.map((a) => a.name)).toEqual(['Belavia']);
  });
});
