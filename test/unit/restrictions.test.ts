import { analyse } from '../../src/analyse.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractRestrictions } from '../../src/extractors/restrictions.js';
import type { Actor, ActorKind, Language } from '../../src/types.js';

type Spec = [string, ActorKind];

/** Actors built by hand: every occurrence of each name is a mention. */
function actorsOf(text: string, specs: Spec[]): Actor[] {
  return specs.map(([name, kind], i) => {
    const mentions: Actor['mentions'] = [];
    for (let p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.length)) mentions.push({ start: p, end: p + name.length, text: name });
    return { id: `A${i + 1}`, name, kind, aliases: [], role: null, roleOf: null, mentions, ruleId: 'test' };
  });
}

function run(lang: Language, text: string, specs: Spec[] = []) {
  return extractRestrictions(analyse(text, lang), { actors: new ActorIndex(actorsOf(text, specs)), quotes: [] });
}

interface Row {
  name: string;
  lang: Language;
  text: string;
  actors?: Spec[];
  kind: string;
  /** Text the evidence must contain. */
  evidence: string;
  condition?: string | null;
  imposedBy?: string | null;
  appliesTo?: string[];
}

const SHOULD_FIND: Row[] = [
  // --- English
  { name: 'en prohibit', lang: 'en', kind: 'prohibition',
    text: "In a message posted on X, the CEO said the contract would be amended to explicitly prohibit any use of OpenAI's systems for the domestic surveillance of US citizens.",
    evidence: "prohibit any use of OpenAI's systems for the domestic surveillance of US citizens", condition: null },
  { name: 'en not … without', lang: 'en', kind: 'condition', actors: [['NSA', 'government']],
    text: 'He also said that some intelligence agencies, including the NSA, will not be able to use these tools without a further contract modification.',
    evidence: 'will not be able to use these tools without a further contract modification',
    condition: 'without a further contract modification', imposedBy: null, appliesTo: ['NSA'] },
  { name: 'en refused to let', lang: 'en', kind: 'refusal', actors: [['Anthropic', 'organization']],
    text: 'The affair follows a dispute with Anthropic, whose CEO refused to let its AI be used to design fully autonomous weapons.',
    evidence: 'refused to let its AI be used to design fully autonomous weapons', imposedBy: 'Anthropic' },
  { name: 'en rejected the proposal (clause ends at the comma)', lang: 'en', kind: 'refusal',
    text: 'Congressional lawmakers rejected the proposal in October, although industry experts say the deal had been killed.',
    evidence: 'Congressional lawmakers rejected the proposal in October' },
  { name: 'en only open to', lang: 'en', kind: 'limit',
    text: 'However, no-bid contracts are only open to the company selected by the procuring agency.',
    evidence: 'no-bid contracts are only open to the company selected by the procuring agency' },
  { name: 'en precludes', lang: 'en', kind: 'prohibition', text: 'It precludes such an analysis.', evidence: 'It precludes such an analysis' },
  { name: 'en passive suspension', lang: 'en', kind: 'sanction', actors: [['Ron Artest', 'person']],
    text: 'Ron Artest has been suspended for the rest of the season.', evidence: 'Ron Artest has been suspended', appliesTo: ['Ron Artest'] },
  { name: 'en sanctions on', lang: 'en', kind: 'sanction', actors: [['European Union', 'government'], ['Russia', 'government']],
    text: 'The European Union imposed sanctions on Russia.', evidence: 'sanctions on Russia', imposedBy: 'European Union', appliesTo: ['Russia'] },
  { name: 'en unless', lang: 'en', kind: 'condition',
    text: 'The merger can go ahead unless regulators object.', evidence: 'The merger can go ahead unless regulators object', condition: 'unless regulators object' },
  { name: 'en limited to', lang: 'en', kind: 'limit', text: 'Access to the site is limited to 20 people a day.', evidence: 'limited to 20 people a day' },
  { name: 'en banned from (sanction, passive)', lang: 'en', kind: 'sanction', actors: [['Huawei', 'organization']],
    text: 'Huawei was banned from the tender.', evidence: 'banned from the tender', appliesTo: ['Huawei'] },
  // --- French
  { name: 'fr interdire', lang: 'fr', kind: 'prohibition',
    text: 'Le CEO précise que le contrat serait amendé afin d’interdire explicitement toute utilisation des systèmes d’OpenAI pour la surveillance domestique des citoyens américains.',
    evidence: 'interdire explicitement toute utilisation des systèmes d’OpenAI pour la surveillance domestique des citoyens américains' },
  { name: 'fr ne … sans', lang: 'fr', kind: 'condition', actors: [['NSA', 'government']],
    text: 'Il précise également que certaines agences de renseignement, dont la NSA, ne pourront exploiter ces outils sans modification contractuelle supplémentaire.',
    evidence: 'ne pourront exploiter ces outils sans modification contractuelle supplémentaire',
    condition: 'sans modification contractuelle supplémentaire', appliesTo: ['NSA'] },
  { name: 'fr refusant que', lang: 'fr', kind: 'refusal', actors: [['Anthropic', 'organization']],
    text: 'L’affaire intervient après un différend, le CEO d’Anthropic refusant que son IA soit utilisée pour concevoir des armes totalement autonomes.',
    evidence: 'refusant que son IA soit utilisée pour concevoir des armes totalement autonomes', imposedBy: 'Anthropic' },
  { name: 'fr écartée de', lang: 'fr', kind: 'sanction',
    text: 'La firme d’IA a ensuite été écartée de nombre de projets fédéraux.', evidence: 'écartée de nombre de projets fédéraux' },
  { name: 'fr rejeté par (agent imposes)', lang: 'fr', kind: 'refusal', actors: [['Parlement européen', 'government']],
    text: 'Le projet ACTA a été définitivement rejeté par le Parlement européen.', evidence: 'rejeté par le Parlement européen', imposedBy: 'Parlement européen' },
  { name: 'fr seuil', lang: 'fr', kind: 'limit',
    text: 'Le collectif budgétaire prévoit de supprimer les exonérations sur les heures supplémentaires pour les entreprises de plus de 20 salariés.',
    evidence: 'pour les entreprises de plus de 20 salariés' },
  { name: 'fr amende', lang: 'fr', kind: 'sanction', actors: [['Google', 'organization']],
    text: 'L’autorité a infligé à Google une amende de 2 millions d’euros.', evidence: 'amende de 2 millions d’euros' },
  { name: 'en sentenced to', lang: 'en', kind: 'sanction', text: 'Ms. Druyun was sentenced to 9 months in prison.', evidence: 'sentenced to 9 months in prison' },
  { name: 'fr condamné à', lang: 'fr', kind: 'sanction', text: 'La société a été condamnée à verser un milliard de dollars.', evidence: 'condamnée à verser un milliard de dollars' },
  { name: 'en blocked the merger', lang: 'en', kind: 'prohibition', text: 'EU regulators blocked the $20 billion merger on Tuesday.', evidence: 'blocked the $20 billion merger' },
  { name: 'en voted against', lang: 'en', kind: 'refusal', text: 'The Senate voted against the bill.', evidence: 'voted against the bill' },
  { name: 'fr moratoire', lang: 'fr', kind: 'prohibition', text: 'Le gouvernement a décrété un moratoire sur les forages.', evidence: 'moratoire sur les forages' },
  { name: 'fr gel des avoirs', lang: 'fr', kind: 'sanction', text: 'Le Conseil a décidé le gel des avoirs de cinq responsables.', evidence: 'gel des avoirs de cinq responsables' },
  { name: 'fr à condition que', lang: 'fr', kind: 'condition',
    text: 'La fusion pourra se faire à condition que Bruxelles donne son feu vert.', evidence: 'à condition que Bruxelles donne son feu vert',
    condition: 'à condition que Bruxelles donne son feu vert' },
];

describe('restrictions: should find (kind, evidence, condition, who)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = run(row.lang, row.text, row.actors ?? []);
    expect(found.map((r) => r.kind)).toEqual([row.kind]);
    const r = found[0]!;
    expect(r.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.ruleId).toMatch(new RegExp(`^restrictions/${row.lang}/`));
    expect(r.action.length).toBeGreaterThan(0);
    if (row.condition !== undefined) expect(r.condition).toBe(row.condition);
    if (row.imposedBy !== undefined) expect(r.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  });
});

describe('restrictions: a demonstrative re-mention is the same restriction', () => {
  test('fr des sanctions … Ces sanctions', () => {
    const found = run('fr', 'Les États-Unis ont décrété des sanctions contre l’Iran. Ces sanctions sont toujours en vigueur.');
    expect(found.map((r) => r.kind)).toEqual(['sanction']);
  });
});

describe('restrictions: adjacent triggers of one clause are one restriction', () => {
  test('fr uniquement …, exclusivement …', () => {
    const text = 'Gérald Karsenti a indiqué « vouloir procéder uniquement à des départs volontaires, exclusivement au travers d\'un dispositif de retraite anticipée ».';
    const found = run('fr', text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('limit');
    expect(found[0]!.evidence.text).toBe('vouloir procéder uniquement à des départs volontaires, exclusivement au travers d\'un dispositif de retraite anticipée');
  });
});

describe('restrictions: should not find', () => {
  test.each([
    ['en declined to comment (a denial)', 'en', 'The Pentagon declined to comment.'],
    ['en declined to a number (a metric)', 'en', 'Shares declined to $5 on Friday.'],
    ['en fine as adjective', 'en', 'The charts are fine for the Hill.'],
    ['en refused to comment', 'en', 'He refused to comment on the report.'],
    ['en required without an actor', 'en', 'Far less electricity is required to produce the same volume of hydrogen.'],
    ['en thrown out of', 'en', 'Supplies are often thrown out of the helicopters to the crowd.'],
    ['en negated prohibition', 'en', 'The company did not prohibit the practice.'],
    ['en only a number', 'en', 'Only 3 people died in the crash.'],
    ['en not only', 'en', 'It is not only a matter of money.'],
    ['en rejected the allegations (a denial)', 'en', 'The senator rejected the allegations.'],
    ['fr refusé de commenter', 'fr', 'Le Pentagone a refusé de commenter.'],
    ['fr pas sans rappeler', 'fr', 'Ce n’est pas sans rappeler la crise de 2008.'],
    ['fr séance suspendue de 5 minutes', 'fr', 'La séance a été suspendue de 5 minutes.'],
    ['fr zone d’exclusion', 'fr', 'Les habitants vivent au-delà de la zone d’exclusion de 20 kilomètres.'],
    ['fr à moins de dix miles', 'fr', 'Le radar avertit quand un bateau arrive à moins de 10 miles.'],
    ['fr exigent de la clarté', 'fr', 'Les enjeux sont extrêmement complexes et exigent de la clarté.'],
    ['fr n’interdit pas', 'fr', 'Le texte n’interdit pas la vente.'],
    ['fr rejette les accusations', 'fr', 'Le ministre rejette les accusations.'],
    ['fr amendé (not amende)', 'fr', 'Le contrat serait amendé.'],
    ['en blocked a shot (no deal)', 'en', 'The goalkeeper blocked the shot.'],
    ['en not without (idiom)', 'en', 'The decision was not without controversy.'],
    ['en a name, not a ban', 'en', 'The meeting was chaired by UN chief Ban Ki-moon.'],
    ['en on condition of anonymity', 'en', 'An official, speaking on condition of anonymity, confirmed the talks.'],
    ['fr voix contre (a vote count)', 'fr', 'Le projet a été adopté par 178 voix contre 99.'],
  ] as const)('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });
});
