/**
 * Restrictions as fresh news writes them, in English and French: the rules and pipeline steps added from a probe of news texts
 * outside the tune set (sport discipline, court sentences, EU sanctions packages, Covid orders, arms exports, strikes). Each row is
 * a sentence written the way wire copy states the fact, with the kind, the rule, the evidence and, where named, who imposes it.
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import { splitSentences } from '../../src/text/sentences.js';
import type { Language } from '../../src/types.js';

interface Row {
  name: string;
  lang: Language;
  text: string;
  actors?: NameKind[];
  kind: string;
  ruleId: string;
  evidence: string;
  imposedBy?: string | null;
  appliesTo?: string[];
}

const SHOULD_FIND: Row[] = [
  // --- English
  { name: 'en: a court sentencing named people', lang: 'en', kind: 'sanction', ruleId: 'en/sentence-object',
    text: 'The High Court sentenced the former minister and his wife to three years in jail on Thursday.',
    evidence: 'The High Court sentenced the former minister and his wife to three years in jail' },
  { name: 'en: disqualifies from parliament', lang: 'en', kind: 'sanction', ruleId: 'en/disqualify',
    text: 'The verdict disqualifies Prasad from parliament.', actors: [['Prasad', 'person']],
    evidence: 'The verdict disqualifies Prasad from parliament', appliesTo: ['Prasad'] },
  { name: 'en: stands disqualified', lang: 'en', kind: 'sanction', ruleId: 'en/disqualify',
    text: 'The party leader stands disqualified as a member of the assembly.', evidence: 'stands disqualified as a member of the assembly' },
  { name: 'en: a club suspending its captain', lang: 'en', kind: 'sanction', ruleId: 'en/suspend-role',
    text: 'The club suspended its captain after the brawl.', evidence: 'The club suspended its captain after the brawl' },
  { name: 'en: a league suspending a named player', lang: 'en', kind: 'sanction', ruleId: 'en/suspend-name',
    text: 'The National Basketball Association suspended Ron Artest after the fight.',
    actors: [['National Basketball Association', 'organization'], ['Ron Artest', 'person']],
    evidence: 'The National Basketball Association suspended Ron Artest', imposedBy: 'National Basketball Association' },
  { name: 'en: suspended the entire season', lang: 'en', kind: 'sanction', ruleId: 'en/was-suspended-for',
    text: 'Head coach Sean Payton was suspended the entire 2012 season.', evidence: 'was suspended the entire 2012 season' },
  { name: 'en: the EU name for sanctions', lang: 'en', kind: 'sanction', ruleId: 'en/restrictive-measures',
    text: 'Exports covered by the restrictive measures imposed on Moscow remain banned.', evidence: 'restrictive measures imposed on Moscow' },
  { name: 'en: new controls on a product', lang: 'en', kind: 'limit', ruleId: 'en/controls-on',
    text: 'The FDA is considering new controls on narcotics.', evidence: 'The FDA is considering new controls on narcotics' },
  { name: 'en: the number of refills allowed reduced', lang: 'en', kind: 'limit', ruleId: 'en/number-allowed-reduced',
    text: 'The regulations would decrease the number of refills allowed before a visit to the doctor.',
    evidence: 'decrease the number of refills allowed' },
  { name: 'en: a closing hour', lang: 'en', kind: 'limit', ruleId: 'en/close-at-hour',
    text: 'Pubs will have to close at 10 p.m. from Monday.', evidence: 'Pubs will have to close at 10 p.m' },
  { name: 'en: mandatory', lang: 'en', kind: 'condition', ruleId: 'en/mandatory',
    text: 'Masks are mandatory on public transport.', evidence: 'Masks are mandatory on public transport' },
  { name: 'en: docked points', lang: 'en', kind: 'sanction', ruleId: 'en/docked-points',
    text: 'The league docked the club ten points for financial irregularities.', evidence: 'docked the club ten points' },
  { name: 'en: voted against a contract', lang: 'en', kind: 'refusal', ruleId: 'en/voted-against',
    text: 'More than 33,000 striking members voted against a contract offered by their employer.',
    evidence: 'voted against a contract offered by their employer' },
  { name: 'en: unwilling to', lang: 'en', kind: 'refusal', ruleId: 'en/unwilling-to',
    text: 'Germany remains unwilling to send tanks to the front.', actors: [['Germany', 'government']],
    evidence: 'Germany remains unwilling to send tanks', imposedBy: 'Germany' },
  { name: 'en: can buy no more than two', lang: 'en', kind: 'limit', ruleId: 'en/allowed-at-most',
    text: 'Each customer can buy no more than two packs of pasta.', evidence: 'Each customer can buy no more than two' },
  { name: 'en: criteria to be adopted by member states', lang: 'en', kind: 'condition', ruleId: 'en/must-be-approved',
    text: 'To enter into force, the new criteria would have to be adopted by all member states.',
    evidence: 'the new criteria would have to be adopted by all member states' },
  // --- French
  { name: 'fr: suspendus un match, sans auxiliaire après une incise', lang: 'fr', kind: 'sanction', ruleId: 'fr/matchs-de-suspension',
    text: 'Les milieux de terrain de Nice et de Lille ont, eux, été suspendus un match.', evidence: 'suspendus un match' },
  { name: 'fr: deux matches de suspension infligés', lang: 'fr', kind: 'sanction', ruleId: 'fr/matchs-de-suspension',
    text: 'La commission a infligé deux matches de suspension au défenseur havrais.',
    evidence: 'La commission a infligé deux matches de suspension au défenseur havrais' },
  { name: 'fr: un club suspend son capitaine', lang: 'fr', kind: 'sanction', ruleId: 'fr/suspendre-agent',
    text: 'Le club a suspendu son capitaine après la bagarre.', evidence: 'Le club a suspendu son capitaine après la bagarre' },
  { name: 'fr: le port du masque obligatoire', lang: 'fr', kind: 'condition', ruleId: 'fr/obligatoire',
    text: 'Le port du masque est désormais obligatoire dans les 242 communes du département.',
    evidence: 'Le port du masque est désormais obligatoire dans les 242 communes du département' },
  { name: 'fr: fermer à une heure', lang: 'fr', kind: 'limit', ruleId: 'fr/fermer-a-heure',
    text: 'Les bars et les restaurants vont tous devoir fermer à 23 heures à partir de lundi.',
    evidence: 'Les bars et les restaurants vont tous devoir fermer à 23 heures' },
  { name: 'fr: une jauge fixée', lang: 'fr', kind: 'limit', ruleId: 'fr/jauge',
    text: 'Dans les stades, la jauge de spectateurs autorisés est fixée à 2 500.', evidence: 'la jauge de spectateurs autorisés est fixée à' },
  { name: 'fr: ne pas vouloir signer', lang: 'fr', kind: 'refusal', ruleId: 'fr/ne-pas-vouloir',
    text: "Aucune organisation syndicale n'a voulu signer l'accord à la hâte.", evidence: "n'a voulu signer l'accord à la hâte" },
  { name: 'fr: déroger aux sanctions', lang: 'fr', kind: 'condition', ruleId: 'fr/deroger',
    text: 'Le texte maintient la possibilité de déroger aux sanctions en cas de risque pour un Etat membre.',
    evidence: 'déroger aux sanctions en cas de risque' },
  { name: 'fr: stopper ses livraisons', lang: 'fr', kind: 'sanction', ruleId: 'fr/suspendre-echanges',
    text: "L'Allemagne a décidé de stopper ses livraisons d'armes vers l'Arabie saoudite.",
    actors: [['Allemagne', 'government'], ['Arabie saoudite', 'place']],
    evidence: "L'Allemagne a décidé de stopper ses livraisons d'armes vers l'Arabie saoudite", imposedBy: 'Allemagne' },
  { name: 'fr: des points retirés', lang: 'fr', kind: 'sanction', ruleId: 'fr/retrait-points',
    text: 'La Fédération a retiré dix points au club pour irrégularités financières.', evidence: 'retiré dix points au club' },
  { name: 'fr: plus de N après un complément', lang: 'fr', kind: 'limit', ruleId: 'fr/ne-peut-plus-de',
    text: 'Les restaurants ne peuvent accueillir des groupes de plus de 6 personnes.',
    evidence: 'Les restaurants ne peuvent accueillir des groupes de plus de 6' },
];

describe('restrictions generalised: should find (kind, rule, evidence, who)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = restrictionsOf(row.lang, row.text, row.actors ?? []);
    expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual([`${row.kind} restrictions/${row.ruleId}`]);
    const r = found[0]!;
    expect(r.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    if (row.imposedBy !== undefined) expect(r.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  });
});

describe('restrictions generalised: look-alikes', () => {
  test.each([
    ['en', 'a sports fixture is no opposition', 'Nantes is opposed to Lyon in the final on Saturday.'],
    ['en', 'a no-comment is no refusal', 'The ministry was unwilling to comment on the report.'],
    ['en', 'controls of a device', 'The controls on the dashboard were redesigned.'],
    ['en', 'not mandatory', 'Masks are not mandatory outdoors.'],
    ['fr', 'une affiche sportive', 'Nantes sera opposé à Lyon en finale samedi.'],
    ['fr', 'pas obligatoire', "Le masque n'est pas obligatoire en extérieur."],
    ['fr', '« ne veut pas dire »', 'Cela ne veut pas dire que la crise est finie.'],
  ] as const)('%s: %s', (lang, _name, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});

describe('restrictions generalised: pipeline', () => {
  test('a demonstrative re-mention no longer swallows the prohibition of its clause (fr)', () => {
    const text = "L'UE a adopté des sanctions contre la Russie. Ces sanctions élargies interdisent la cotation des entités publiques russes.";
    const found = restrictionsOf('fr', text);
    expect(found.map((r) => r.kind)).toEqual(['sanction', 'prohibition']);
    expect(found[1]!.evidence.text).toContain('interdisent la cotation des entités publiques russes');
  });
  test('« ces nouvelles sanctions » is a re-mention, the embargo after it a fact of its own (fr)', () => {
    const text = "Les Vingt-Sept ont adopté des sanctions. Ces nouvelles sanctions s'ajoutent à l'embargo total sur le pétrole russe.";
    const found = restrictionsOf('fr', text);
    expect(found.map((r) => r.kind)).toEqual(['sanction', 'prohibition']);
    expect(found[1]!.evidence.text).toContain("l'embargo total sur le pétrole russe");
  });
  test('an "unless" clause right after a ban belongs to it (restrictions/exception-clause, en)', () => {
    const text = 'The allies are discussing a regime with all exports being banned, unless they are exempt from that ban.';
    const found = restrictionsOf('en', text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('prohibition');
    expect(found[0]!.evidence.text).toContain('banned, unless they are exempt from that ban');
    expect(found[0]!.condition).toBe('unless they are exempt from that ban');
  });
  test('an "except" clause after lifted sanctions belongs to them (en)', () => {
    const found = restrictionsOf('en', 'The EU lifted all sanctions against Burma, except the arms embargo, in 2013.');
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.text).toBe('The EU lifted all sanctions against Burma, except the arms embargo');
  });
  test('« sauf si … » belongs to the prohibition before it (fr)', () => {
    const found = restrictionsOf('fr', 'Les sorties sont interdites après 21 heures, sauf si elles sont justifiées par le travail.');
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('prohibition');
    expect(found[0]!.evidence.text).toContain('sauf si elles sont justifiées par le travail');
  });
  test('a ban the subject is hit with is a sanction (restrictions/undergone-ban, en)', () => {
    const found = restrictionsOf('en', 'Suarez was hit with the longest ban imposed at a World Cup.', [['Suarez', 'person']]);
    expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual(['sanction restrictions/en/ban']);
  });
  test('a ban imposed by the subject stays a prohibition (en)', () => {
    const found = restrictionsOf('en', 'The government imposed a ban on single-use plastics.');
    expect(found.map((r) => r.kind)).toEqual(['prohibition']);
  });
  test('"while" ends a clause: two sanctions of one sentence (en)', () => {
    const text = 'The Saints were fined $500,000 while head coach Sean Payton was suspended the entire 2012 season.';
    const found = restrictionsOf('en', text);
    expect(found.map((r) => r.kind)).toEqual(['sanction', 'sanction']);
    expect(found[1]!.evidence.text).toContain('was suspended the entire 2012 season');
  });
  test('a one-letter unit glued to a number ends its sentence: « dès 23h. Il sera interdit… »', () => {
    const text = "Les bars devront fermer dès 23h. Il sera interdit de consommer de l'alcool sur la voie publique.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Les bars devront fermer dès 23h.', "Il sera interdit de consommer de l'alcool sur la voie publique."]);
    expect(restrictionsOf('fr', text).map((r) => r.kind)).toEqual(['limit', 'prohibition']);
    expect(splitSentences('J. Smith est venu. Il a parlé.').map((s) => s.text)).toEqual(['J. Smith est venu.', 'Il a parlé.']);
  });
});
