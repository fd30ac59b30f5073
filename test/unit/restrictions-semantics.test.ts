/**
 * Who and what of a restriction, by how news writes it (EN and FR):
 * - a court annulling, striking down, blocking or suspending a text that restricts lifts that restriction — the
 *   restriction is the text's ban or limit, `lifted`, imposed by the text's author when named, and the annulment is no
 *   refusal of its own (restrictions/<lang>/status-lifted-text, restrictions/<lang>/text-restricting);
 * - a place where a restriction holds is not whom it restricts, and "barred X from" restricts X only
 *   (restrictions/<lang>/locative-not-target, restrictions/<lang>/object-in-trigger);
 * - a fine's payer is its target and its imposer the agent of "imposed by" (restrictions/<lang>/fine-payer);
 * - "X faces a ban", "X could be banned", « X risque une interdiction » is a proposed prohibition of X
 *   (restrictions/<lang>/faces-ban).
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

interface Row {
  name: string;
  lang: Language;
  text: string;
  actors?: NameKind[];
  kind: string;
  status: string;
  action?: string;
  imposedBy?: string | null;
  appliesTo?: string[];
  ruleId?: string;
}

/** Runs a row: exactly one restriction, with the row's values; its evidence slices the text. */
function check(row: Row): void {
  const found = restrictionsOf(row.lang, row.text, row.actors ?? []);
  expect(found.map((r) => `${r.kind}/${r.status}`)).toEqual([`${row.kind}/${row.status}`]);
  const r = found[0]!;
  expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  if (row.action !== undefined) expect(r.action).toBe(row.action);
  if (row.imposedBy !== undefined) expect(r.imposedBy?.name ?? null).toBe(row.imposedBy);
  if (row.appliesTo !== undefined) expect(r.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  if (row.ruleId !== undefined) expect(r.ruleId).toBe(row.ruleId);
}

const LIFTED_TEXT_ROWS: Row[] = [
  { name: 'fr a annulé l’arrêté interdisant', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Le Conseil d'Etat a annulé l'arrêté interdisant le burkini à Villeneuve-Loubet.",
    actors: [["Conseil d'Etat", 'government'], ['Villeneuve-Loubet', 'place']],
    action: 'le burkini à Villeneuve-Loubet', imposedBy: null, appliesTo: [], ruleId: 'restrictions/fr/interdire' },
  { name: 'fr a censuré la loi qui interdit', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: 'Le Conseil constitutionnel a censuré la loi qui interdit le port du voile.',
    actors: [['Conseil constitutionnel', 'government']], imposedBy: null },
  { name: 'fr a suspendu le décret limitant', lang: 'fr', kind: 'limit', status: 'lifted',
    text: 'Le juge des référés a suspendu le décret limitant la circulation des poids lourds.' },
  { name: 'fr l’annulation de l’arrêté du maire de Nice interdisant (author named)', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Le tribunal a prononcé l'annulation de l'arrêté de la mairie de Nice interdisant les rassemblements.",
    actors: [['mairie de Nice', 'government']], imposedBy: 'mairie de Nice' },
  { name: 'fr a retoqué le texte proscrivant', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: 'Le Conseil constitutionnel a retoqué le texte proscrivant les rassemblements.', ruleId: 'restrictions/fr/texte-proscrivant' },
  { name: 'en struck down Florida’s law banning', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: "A federal judge struck down Florida's law banning drag shows.", actors: [['Florida', 'government']],
    action: 'drag shows', imposedBy: 'Florida', appliesTo: [] },
  { name: 'en struck down a Tennessee law that bans', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'A federal judge on Friday struck down a Tennessee law that bans drag shows in public.', actors: [['Tennessee', 'government']],
    action: 'drag shows in public', imposedBy: 'Tennessee' },
  { name: 'en blocked the Texas law restricting', lang: 'en', kind: 'limit', status: 'lifted',
    text: 'A federal judge blocked the Texas law restricting abortion.', actors: [['Texas', 'government']],
    action: 'abortion', imposedBy: 'Texas', appliesTo: [], ruleId: 'restrictions/en/text-restricting' },
  { name: 'en suspended the rule limiting', lang: 'en', kind: 'limit', status: 'lifted',
    text: 'A judge suspended the rule limiting asylum claims.', action: 'asylum claims' },
  { name: 'en blocked President Trump’s executive order barring', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: "A judge temporarily blocked President Trump's executive order barring refugees.", actors: [['Trump', 'person']],
    action: 'refugees', imposedBy: 'Trump', ruleId: 'restrictions/en/text-barring' },
  { name: 'en annulled the decree prohibiting', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'The Supreme Court annulled the decree prohibiting public gatherings.', actors: [['Supreme Court', 'government']],
    action: 'public gatherings', imposedBy: null },
  // a text adopted, not struck down: its restriction is in force
  { name: 'en adopted a law that limits (active)', lang: 'en', kind: 'limit', status: 'active',
    text: 'The city council adopted an ordinance that limits rents.' },
  { name: 'fr a adopté un arrêté qui limite (active)', lang: 'fr', kind: 'limit', status: 'active',
    text: 'La mairie a adopté un arrêté qui limite la vitesse à trente kilomètres par heure.' },
];

const PARTY_ROWS: Row[] = [
  { name: 'en barred journalists from entering Gaza', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The Israeli army barred journalists from entering Gaza.', actors: [['Israeli army', 'government'], ['Gaza', 'place']],
    imposedBy: 'Israeli army', appliesTo: [] },
  { name: 'en barred Russia from (an actor object)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The EU barred Russia from the competition.', actors: [['EU', 'government'], ['Russia', 'government']],
    imposedBy: 'EU', appliesTo: ['Russia'] },
  { name: 'en a ban on TikTok in the United States (the place is no target)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The government imposed a ban on TikTok in the United States.', actors: [['TikTok', 'organization'], ['United States', 'place']],
    appliesTo: ['TikTok'] },
  { name: 'fr a interdit aux journalistes d’entrer à Gaza', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "L'armée israélienne a interdit aux journalistes d'entrer à Gaza.", actors: [['armée israélienne', 'government'], ['Gaza', 'place']],
    imposedBy: 'armée israélienne', appliesTo: [] },
  { name: 'fr a empêché les journalistes d’entrer à Gaza', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "L'armée a empêché les journalistes d'entrer à Gaza.", actors: [['armée', 'government'], ['Gaza', 'place']], appliesTo: [] },
  { name: 'fr a interdit à la Russie de (dative kept)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "L'UE a interdit à la Russie de participer à la compétition.", actors: [['UE', 'government'], ['Russie', 'government']],
    imposedBy: 'UE', appliesTo: ['Russie'] },
];

const FINE_ROWS: Row[] = [
  { name: 'en agreed to pay a fine imposed by', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Google agreed to pay a €15 million fine imposed by the French competition authority.',
    actors: [['Google', 'organization'], ['French competition authority', 'government']],
    imposedBy: 'French competition authority', appliesTo: ['Google'], action: 'a €15 million fine' },
  { name: 'fr a accepté de payer une amende infligée par', lang: 'fr', kind: 'sanction', status: 'active',
    text: "Google a accepté de payer une amende de 15 millions d'euros infligée par l'Autorité de la concurrence.",
    actors: [['Google', 'organization'], ['Autorité de la concurrence', 'government']],
    imposedBy: 'Autorité de la concurrence', appliesTo: ['Google'], action: "une amende de 15 millions d'euros" },
  { name: 'en must pay a penalty levied by', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Tesla must pay a $20 million penalty levied by the SEC.', actors: [['Tesla', 'organization'], ['SEC', 'government']],
    imposedBy: 'SEC', appliesTo: ['Tesla'] },
  { name: 'en was fined … by (a passive, the amount between)', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Google was fined €2.4 billion by the European Commission.', actors: [['Google', 'organization'], ['European Commission', 'government']],
    imposedBy: 'European Commission', appliesTo: ['Google'] },
  { name: 'en imposed a fine on', lang: 'en', kind: 'sanction', status: 'active',
    text: 'The European Commission imposed a €2.4 billion fine on Google.', actors: [['Google', 'organization'], ['European Commission', 'government']],
    imposedBy: 'European Commission', appliesTo: ['Google'], action: 'a €2.4 billion fine' },
  { name: 'fr a infligé une amende à', lang: 'fr', kind: 'sanction', status: 'active',
    text: "La CNIL a infligé une amende de 50 millions d'euros à Google.", actors: [['Google', 'organization'], ['CNIL', 'government']],
    imposedBy: 'CNIL', appliesTo: ['Google'], action: "une amende de 50 millions d'euros" },
];

const FACES_BAN_ROWS: Row[] = [
  { name: 'en may face a ban in', lang: 'en', kind: 'prohibition', status: 'proposed',
    text: 'TikTok may face a ban in the United States, lawmakers said.', actors: [['TikTok', 'organization'], ['United States', 'place']],
    imposedBy: null, appliesTo: ['TikTok'], action: 'a ban' },
  { name: 'en faces a nationwide ban', lang: 'en', kind: 'prohibition', status: 'proposed',
    text: 'TikTok faces a nationwide ban.', actors: [['TikTok', 'organization']], appliesTo: ['TikTok'], action: 'a nationwide ban' },
  { name: 'en could be banned', lang: 'en', kind: 'prohibition', status: 'proposed',
    text: 'TikTok could be banned in the United States.', actors: [['TikTok', 'organization'], ['United States', 'place']],
    imposedBy: null, appliesTo: ['TikTok'] },
  { name: 'en a person facing a ban: a penalty', lang: 'en', kind: 'sanction', status: 'proposed',
    text: 'Luis Suarez faces a ban after biting an opponent.', actors: [['Luis Suarez', 'person']], appliesTo: ['Luis Suarez'] },
  { name: 'fr risque une interdiction', lang: 'fr', kind: 'prohibition', status: 'proposed',
    text: 'TikTok risque une interdiction aux États-Unis.', actors: [['TikTok', 'organization'], ['États-Unis', 'place']],
    imposedBy: null, appliesTo: ['TikTok'], action: 'une interdiction' },
  { name: 'fr pourrait être interdit', lang: 'fr', kind: 'prohibition', status: 'proposed',
    text: 'TikTok pourrait être interdit aux États-Unis.', actors: [['TikTok', 'organization'], ['États-Unis', 'place']],
    imposedBy: null, appliesTo: ['TikTok'] },
  { name: 'fr a été interdit par (passive after « a été »)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "TikTok a été interdit en Inde par le gouvernement.", actors: [['TikTok', 'organization'], ['Inde', 'place'], ['gouvernement', 'government']],
    imposedBy: 'gouvernement', appliesTo: ['TikTok'] },
];

describe('restrictions: fines — the payer is the target, the agent of "imposed by" the imposer', () => {
  test.each(FINE_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
});

describe('restrictions: a ban faced by a thing or a firm is a proposed prohibition of it', () => {
  test.each(FACES_BAN_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
});

describe('restrictions: a restricting text struck down is that restriction lifted', () => {
  test.each(LIFTED_TEXT_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
  test('a plan or refusal to strike down leaves no lifted restriction', () => {
    const found = restrictionsOf('en', 'The court refused to strike down the law banning drag shows.');
    expect(found.map((r) => r.status)).not.toContain('lifted');
  });
});

describe('restrictions: places and objects of the action', () => {
  test.each(PARTY_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
});
