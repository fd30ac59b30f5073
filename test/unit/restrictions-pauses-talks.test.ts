/**
 * Forms of restriction and agreement that news uses beyond the verbs of the grids, found on text written for session 19
 * (business, politics and defence news, EN and FR): a pause of deliveries, aid or cooperation (EN "paused", FR « mis en
 * pause », « une loi suspendant », « certaines livraisons »), not letting someone do something ("would not let X do",
 * « ne laissera pas X faire »), a halt lifted on a condition ("will resume only after"), a court striking down part of a measure,
 * an obligation in the passive ("must be fitted with"), and talks between two named sides
 * that failed (the agreement they sought, cancelled). Each row has look-alikes that must not fire.
 */
import { expectFallback, expectRestriction, restrictionsOf, type RestrictionRow } from '../helpers/extractors.js';
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

const FIND: [string, RestrictionRow][] = [
  ['en halt-activity: "has paused shipments of interceptors to Ukraine"', {
    lang: 'en', kind: 'prohibition', rule: 'halt-activity',
    text: 'The Pentagon has paused shipments of interceptors to Ukraine over concerns about stockpiles.',
    evidence: 'paused shipments of interceptors to Ukraine' }],
  ['en halt-activity: "paused some deliveries of artillery shells"', {
    lang: 'en', kind: 'prohibition', rule: 'halt-activity',
    text: 'The Pentagon paused some deliveries of artillery shells to Kyiv last month.',
    evidence: 'paused some deliveries of artillery shells to Kyiv' }],
  ['en cut-off-aid: "paused intelligence sharing with Kyiv"', {
    lang: 'en', kind: 'prohibition', rule: 'cut-off-aid',
    text: 'Washington paused intelligence sharing with Kyiv after the meeting.',
    evidence: 'paused intelligence sharing with Kyiv' }],
  ['fr suspendre-echanges: « une loi suspendant la coopération »', {
    lang: 'fr', kind: 'sanction', rule: 'suspendre-echanges',
    text: "Le président a promulgué une loi suspendant la coopération de son pays avec l'AIEA.",
    evidence: 'suspendant la coopération' }],
  ['fr suspendre-echanges: « a suspendu certaines livraisons »', {
    lang: 'fr', kind: 'sanction', rule: 'suspendre-echanges',
    text: "Le Pentagone a suspendu certaines livraisons de missiles à l'Ukraine.",
    evidence: 'suspendu certaines livraisons' }],
  ['fr suspendre-echanges: « ont mis en pause l\'aide militaire »', {
    lang: 'fr', kind: 'sanction', rule: 'suspendre-echanges',
    text: "Les États-Unis ont mis en pause l'aide militaire à l'Ukraine.",
    evidence: "mis en pause l'aide militaire" }],
  ['fr ne-pas-laisser-faire: « ne laissera pas les syndicats revenir sur la réforme »', {
    lang: 'fr', kind: 'prohibition', rule: 'ne-pas-laisser-faire',
    text: 'La ministre a averti qu\'elle ne laissera pas les syndicats revenir sur la réforme.',
    evidence: 'ne laissera pas les syndicats revenir' }],
  ['en strike-down: part of the measure, "struck down most of the tariffs"', {
    lang: 'en', kind: 'refusal', rule: 'strike-down',
    text: 'A US appeals court struck down most of the tariffs on Friday.',
    evidence: 'struck down most of the tariffs' }],
  ['en strike-down: a possessive, "struck down the president\'s tariffs"', {
    lang: 'en', kind: 'refusal', rule: 'strike-down',
    text: "The court struck down the president's tariffs, ruling he had exceeded his authority.",
    evidence: "struck down the president's tariffs" }],
  ['en strike-down: "threw out the executive order"', {
    lang: 'en', kind: 'refusal', rule: 'strike-down',
    text: 'The court threw out the executive order on birthright citizenship.',
    evidence: 'threw out the executive order' }],
  ['fr ne-pas-laisser-faire: « ne laisserait pas les plateformes ignorer ses règles »', {
    lang: 'fr', kind: 'prohibition', rule: 'ne-pas-laisser-faire',
    text: 'Bruxelles a prévenu qu\'il ne laisserait pas les grandes plateformes ignorer ses règles.',
    evidence: 'ne laisserait pas les grandes plateformes ignorer' }],
];

const FALLBACK_FINDS: [string, string, string, string][] = [
  ['en "would not let" + a determiner', 'prohibition', 'The minister said she would not let the unions reverse the reform.',
    'The minister said she would not let the unions reverse the reform'],
  ['en "won\'t let" + "foreign"', 'prohibition', 'Beijing won\'t let foreign firms buy controlling stakes in its banks.',
    'Beijing won\'t let foreign firms buy controlling stakes in its banks'],
  ['en a halt lifted "only after"', 'condition', 'Deliveries will resume only after the review is complete.',
    'Deliveries will resume only after the review is complete'],
  ['en a halt lifted "only once"', 'condition', 'Flights will restart only once the runway is repaired.',
    'Flights will restart only once the runway is repaired'],
  ['en an obligation in the passive: "must be fitted with"', 'condition', 'All new cars must be fitted with speed limiters.',
    'All new cars must be fitted with speed limiters'],
  ['en an obligation in the passive: "must be labelled"', 'condition', 'Imported goods must be labelled in French.',
    'Imported goods must be labelled in French'],
];

const LOOK_ALIKES: [string, Language, string][] = [
  ['en a paused show', 'en', 'The band paused the show for ten minutes after a fan fainted.'],
  ['en a pause of speech', 'en', 'She paused some time before answering the question.'],
  ['en "we will not let": rhetoric', 'en', 'We will not let the terrorists win.'],
  ['en "won\'t let you down"', 'en', "I won't let you down."],
  ['en "would not let up"', 'en', 'He would not let up on his criticism of the plan.'],
  ['en "will emerge only after": no halt lifted', 'en', 'The results will emerge only after the audit.'],
  ['en "will report … only after"', 'en', 'The company will report earnings only after the market closes.'],
  ['en "threw out" a thing', 'en', 'He threw out the old furniture.'],
  ['en "threw out the first pitch"', 'en', 'The coach threw out the first pitch at the game.'],
  ['en "must be fitted" without "with"', 'en', 'It must be fitted perfectly, the designer said.'],
  ['en "must be treated with caution"', 'en', 'The results must be treated with caution.'],
  ['fr « nous ne laisserons pas »: rhétorique', 'fr', 'Nous ne laisserons pas les terroristes gagner.'],
  ['fr « ne laisse pas indifférent »', 'fr', 'Ce film ne laisse pas le spectateur indifférent.'],
  ['fr « ne laisse pas le temps de »', 'fr', 'Cette décision ne laisse pas le temps de réfléchir.'],
  ['fr « le monde entier »: un adjectif en -ier', 'fr', 'Le discours ne laisse pas le monde entier indifférent.'],
  ['fr « ne laisse pas la place au doute »', 'fr', 'Il ne laisse pas la place au doute.'],
  ['fr un projet mis en pause par son auteur', 'fr', 'Le groupe a mis en pause son projet de croissance.'],
  ['fr une carrière mise en pause', 'fr', 'La chanteuse a mis en pause sa carrière.'],
  ['fr « doivent être testés »: une méthode, pas une obligation', 'fr', 'Ces chiffres doivent être testés sur un plus large échantillon.'],
  ['fr « certaines de ses activités »', 'fr', 'Il a suspendu certaines de ses activités pour raisons de santé.'],
];

const FR_FALLBACK_FINDS: [string, string, string, string][] = [
  ['fr une obligation au passif : « doivent être étiquetés »', 'condition', 'Les produits importés doivent être étiquetés en français.',
    'Les produits importés doivent être étiquetés en français'],
  ['fr une obligation au passif : « devront être immatriculés »', 'condition', 'Les drones de plus de 800 grammes devront être immatriculés.',
    'Les drones de plus de 800 grammes devront être immatriculés'],
];

describe('restrictions: pauses, not letting, halts lifted on a condition', () => {
  test.each(FR_FALLBACK_FINDS)('fallback: %s', (_name, kind, text, evidence) => expectFallback('fr', kind, text, evidence));
  test.each(FIND)('%s', (_name, row) => { expectRestriction(row); });
  test.each(FALLBACK_FINDS)('fallback: %s', (_name, kind, text, evidence) => expectFallback('en', kind, text, evidence));
  test.each(LOOK_ALIKES)('look-alike: %s', (_name, lang, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});

const orgs = (...names: string[]): ContractActorSpec[] => names.map((n) => [n, 'organization']);

const TALKS_FAILED: ContractRow[] = [
  { name: 'en talks between two sides collapsed', lang: 'en', text: 'Talks between Renault and Nissan collapsed on Thursday.',
    actors: orgs('Renault', 'Nissan'),
    want: [{ kind: 'deal', status: 'cancelled', parties: ['Renault', 'Nissan'], evidence: 'Talks between Renault and Nissan collapsed' }] },
  { name: 'en talks on a topic that is no agreement noun broke down', lang: 'en',
    text: 'Talks between Equinor and Orsted on a joint hydrogen pipeline to Germany broke down last week.',
    actors: orgs('Equinor', 'Orsted'),
    want: [{ kind: 'deal', status: 'cancelled', parties: ['Equinor', 'Orsted'], evidence: 'Talks between Equinor and Orsted on a joint hydrogen pipeline to Germany broke down' }] },
  { name: 'fr « les discussions entre Renault et Nissan ont capoté »', lang: 'fr', text: 'Les discussions entre Renault et Nissan ont capoté.',
    actors: orgs('Renault', 'Nissan'),
    want: [{ kind: 'deal', status: 'cancelled', parties: ['Renault', 'Nissan'], evidence: 'discussions entre Renault et Nissan ont capoté' }] },
  { name: 'fr « les pourparlers … ont été rompus »', lang: 'fr', text: 'Les pourparlers entre Airbus et Thales ont été rompus en mars.',
    actors: orgs('Airbus', 'Thales'),
    want: [{ kind: 'deal', status: 'cancelled', parties: ['Airbus', 'Thales'], evidence: 'pourparlers entre Airbus et Thales ont été rompus' }] },
];

const TALKS_NOT_FAILED: [string, Language, string, ContractActorSpec[]][] = [
  ['en talks that stalled', 'en', 'Negotiations between Equinor and Orsted on a hydrogen pipeline have stalled.', orgs('Equinor', 'Orsted')],
  ['en talks that go on', 'en', 'Talks between Apple and Google on AI continue.', orgs('Apple', 'Google')],
  ['en talks that resumed', 'en', 'Talks between Apple and Google have resumed.', orgs('Apple', 'Google')],
  ['en a failure later in the sentence, after a clause', 'en', 'Talks between Apple and Google went well, but the launch of the phone failed.', orgs('Apple', 'Google')],
  ['fr des négociations au point mort', 'fr', 'Les négociations entre Ubisoft et Tencent sont au point mort.', orgs('Ubisoft', 'Tencent')],
];

const TRADE_FRAMEWORK: ContractRow[] = [
  { name: 'en noun-trade-framework: "a trade framework agreed with Washington"', lang: 'en',
    text: 'Under a trade framework agreed with Washington in July, Brussels committed to buying U.S. energy.',
    actors: [['Washington', 'government'], ['Brussels', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Washington'], evidence: 'a trade framework agreed with Washington' }] },
  { name: 'en noun-trade-framework: "signed a trade framework"', lang: 'en', text: 'Japan and the United States signed a trade framework on Tuesday.',
    actors: [['Japan', 'government'], ['United States', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Japan', 'United States'], evidence: 'Japan and the United States signed a trade framework' }] },
];

describe('contracts/en/noun-trade-framework', () => {
  test.each(TRADE_FRAMEWORK.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
  test('look-alike: a regulatory framework is no agreement', () => {
    expect(contractsOf('en', 'The EU adopted a regulatory framework for crypto assets.', [['EU', 'government']])).toEqual([]);
  });
});

describe('contracts/<lang>/talks-between-failed', () => {
  test.each(TALKS_FAILED.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
  test.each(TALKS_NOT_FAILED)('look-alike: %s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors)).toEqual([]);
  });
});
