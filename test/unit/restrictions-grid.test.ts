/**
 * Restrictions found across the grammatical forms news gives one predicate: tense (present, passé composé, future,
 * conditional), voice (passive with or without its author), a verb after an adverb or a day, the infinitive after an announcement
 * verb, the nominalisation ("a suspension of imports", « l'interdiction de »), and the negated look-alikes that must not fire.
 * The rows come from a grid of predicate families × forms (EN: deny, fine, restrict/limit/cap, freeze, suspend, exclude, reject,
 * require; FR: prohiber, bannir, bloquer, geler, sanctionner, rejeter, conditionner, exiger, soumettre à, limiter/encadrer,
 * obliger), run through the extractor to find the holes a family, a tense or a voice left.
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
  ruleId: string;
  evidence: string;
  imposedBy?: string | null;
  appliesTo?: string[];
}

const EC: NameKind = ['European Commission', 'government'];
const CE: NameKind = ['Commission européenne', 'government'];

const SHOULD_FIND: Row[] = [
  // --- English
  { name: 'en: deny an application', lang: 'en', kind: 'refusal', ruleId: 'en/deny-request',
    text: "The board denied the company's application for a licence on Monday.", evidence: "denied the company's application for a licence" },
  { name: 'en: a request denied (passive)', lang: 'en', kind: 'refusal', ruleId: 'en/denied-request',
    text: "The journalist's request for a visa was denied last week.", evidence: "The journalist's request for a visa was denied" },
  { name: 'en: fines + the named payer (present)', lang: 'en', kind: 'sanction', ruleId: 'en/fine-actor', actors: [EC, ['Meta', 'organization']],
    text: 'The European Commission fines Meta 1.2 billion euros, officials said.', evidence: 'The European Commission fines Meta 1.2 billion euros',
    imposedBy: 'European Commission', appliesTo: ['Meta'] },
  { name: 'en: plans to fine + the named payer', lang: 'en', kind: 'sanction', ruleId: 'en/fine-actor', actors: [EC, ['Google', 'organization']],
    text: 'The European Commission plans to fine Google over its advertising business.', evidence: 'plans to fine Google', imposedBy: 'European Commission' },
  { name: 'en: restricted the export of (past)', lang: 'en', kind: 'limit', ruleId: 'en/limit-object-finite', actors: [EC],
    text: 'The European Commission restricted the export of advanced chips to China on Monday.',
    evidence: 'The European Commission restricted the export of advanced chips to China', imposedBy: 'European Commission' },
  { name: 'en: has limited the number of', lang: 'en', kind: 'limit', ruleId: 'en/limit-object-finite', actors: [['city council', 'government']],
    text: 'The city council has limited the number of short-term rental licences.', evidence: 'has limited the number of short-term rental licences' },
  { name: 'en: will cap interest rates', lang: 'en', kind: 'limit', ruleId: 'en/limit-object', actors: [EC],
    text: 'The European Commission will cap interest rates on payday loans from next year.', evidence: 'will cap interest rates on payday loans' },
  { name: 'en: restricted by a named authority (passive)', lang: 'en', kind: 'limit', ruleId: 'en/limited-by-authority', actors: [['Commerce Department', 'government']],
    text: 'The export of advanced chips was restricted by the Commerce Department last year.',
    evidence: 'The export of advanced chips was restricted by the Commerce Department', imposedBy: 'Commerce Department' },
  { name: 'en: assets frozen by (passive)', lang: 'en', kind: 'sanction', ruleId: 'en/assets-frozen', actors: [['EU', 'government']],
    text: 'The assets of three oligarchs were frozen by the EU on Monday.', evidence: 'The assets of three oligarchs were frozen by the EU', imposedBy: 'EU' },
  { name: 'en: a suspension of imports (noun)', lang: 'en', kind: 'prohibition', ruleId: 'en/suspension-noun-of', actors: [EC],
    text: 'The European Commission announced a suspension of imports of Ukrainian grain.', evidence: 'a suspension of imports of Ukrainian grain',
    imposedBy: 'European Commission' },
  { name: 'en: the exclusion of X from (noun)', lang: 'en', kind: 'sanction', ruleId: 'en/exclusion-noun-of',
    text: 'The federation confirmed the exclusion of Russian athletes from the championships.', evidence: 'the exclusion of Russian athletes from the championships' },
  { name: 'en: the rejection of a proposal (noun)', lang: 'en', kind: 'refusal', ruleId: 'en/rejection-noun-of', actors: [['Senate', 'government']],
    text: 'The Senate announced the rejection of the proposal to extend the deadline.', evidence: 'the rejection of the proposal', imposedBy: 'Senate' },
  { name: 'en: a requirement for X to (noun)', lang: 'en', kind: 'condition', ruleId: 'en/requirement-noun-for',
    text: 'A requirement for airlines to publish their emissions will take effect in January.', evidence: 'A requirement for airlines to publish their emissions' },
  { name: 'en: banned from next year is a ban, no exclusion', lang: 'en', kind: 'prohibition', ruleId: 'en/ban',
    text: 'The sale of menthol cigarettes will be banned from next year, the ministry said.', evidence: 'The sale of menthol cigarettes will be banned from next year' },
  { name: 'en: banned from an event stays a sanction', lang: 'en', kind: 'sanction', ruleId: 'en/excluded-from',
    text: 'The sprinter was banned from the Olympics for doping.', evidence: 'was banned from the Olympics' },
  // --- French
  { name: 'fr: prohiberait (conditionnel)', lang: 'fr', kind: 'prohibition', ruleId: 'fr/prohiber', actors: [CE],
    text: "Selon le projet, la Commission européenne prohiberait l'usage de la reconnaissance faciale.",
    evidence: "la Commission européenne prohiberait l'usage de la reconnaissance faciale", imposedBy: 'Commission européenne' },
  { name: 'fr: bannirait (conditionnel)', lang: 'fr', kind: 'prohibition', ruleId: 'fr/bannir', actors: [CE],
    text: 'Selon le projet, la Commission européenne bannirait les pesticides néonicotinoïdes.', evidence: 'bannirait les pesticides néonicotinoïdes' },
  { name: 'fr: bloquerait (conditionnel)', lang: 'fr', kind: 'prohibition', ruleId: 'fr/bloquer', actors: [CE],
    text: 'Selon le projet, la Commission européenne bloquerait le rachat de la compagnie aérienne.', evidence: 'bloquerait le rachat de la compagnie aérienne' },
  { name: 'fr: gèle les avoirs (présent, accent grave)', lang: 'fr', kind: 'sanction', ruleId: 'fr/gel-avoirs', actors: [CE],
    text: 'La Commission européenne gèle les avoirs de trois oligarques.', evidence: 'gèle les avoirs de trois oligarques', imposedBy: 'Commission européenne' },
  { name: 'fr: sanctionnerait (conditionnel)', lang: 'fr', kind: 'sanction', ruleId: 'fr/sanction', actors: [CE],
    text: 'Selon le projet, la Commission européenne sanctionnerait cinq compagnies maritimes iraniennes.', evidence: 'sanctionnerait cinq compagnies maritimes iraniennes' },
  { name: 'fr: rejetterait (conditionnel)', lang: 'fr', kind: 'refusal', ruleId: 'fr/rejeter', actors: [CE],
    text: 'Selon le projet, la Commission européenne rejetterait la proposition de report.', evidence: 'rejetterait la proposition de report' },
  { name: 'fr: a conditionné … à (passé composé)', lang: 'fr', kind: 'condition', ruleId: 'fr/conditionner', actors: [CE],
    text: "La Commission européenne a conditionné le versement de l'aide à des réformes.", evidence: "a conditionné le versement de l'aide à" },
  { name: 'fr: exiger une autorisation préalable', lang: 'fr', kind: 'condition', ruleId: 'fr/exiger-autorisation', actors: [CE],
    text: 'La Commission européenne veut exiger une autorisation préalable pour tout rachat.', evidence: 'exiger une autorisation préalable',
    imposedBy: 'Commission européenne' },
  { name: 'fr: une autorisation sera exigée (passif)', lang: 'fr', kind: 'condition', ruleId: 'fr/exiger-autorisation',
    text: "Une autorisation préalable sera exigée pour tout rachat dès l'an prochain.", evidence: 'Une autorisation préalable sera exigée' },
  { name: 'fr: soumettre à une autorisation', lang: 'fr', kind: 'condition', ruleId: 'fr/soumettre-a', actors: [CE],
    text: 'La Commission européenne soumet les rachats à une autorisation préalable.', evidence: 'soumet les rachats à une autorisation préalable' },
  { name: 'fr: a également limité (adverbe)', lang: 'fr', kind: 'limit', ruleId: 'fr/limiter-fini', actors: [CE],
    text: 'La Commission européenne a également limité le nombre de locations touristiques.', evidence: 'a également limité le nombre de locations touristiques',
    imposedBy: 'Commission européenne' },
  { name: 'fr: avait déjà encadré (participe)', lang: 'fr', kind: 'limit', ruleId: 'fr/limiter-fini', actors: [['Ville de Paris', 'government']],
    text: 'La Ville de Paris avait déjà encadré les loyers dans les grandes villes.', evidence: 'avait déjà encadré les loyers' },
  { name: 'fr: limité par une autorité nommée (passif)', lang: 'fr', kind: 'limit', ruleId: 'fr/limite-par-autorite', actors: [CE],
    text: 'Le nombre de locations touristiques a été limité par la Commission européenne lundi.',
    evidence: 'Le nombre de locations touristiques a été limité par la Commission européenne', imposedBy: 'Commission européenne' },
  { name: 'fr: de nouvelles limites aux (nom)', lang: 'fr', kind: 'limit', ruleId: 'fr/limites-a',
    text: 'La banque centrale a imposé de nouvelles limites aux retraits en devises.', evidence: 'de nouvelles limites aux retraits en devises' },
  { name: 'fr: seront obligées de (futur passif)', lang: 'fr', kind: 'condition', ruleId: 'fr/sera-oblige',
    text: "Les plateformes seront obligées de retirer les contenus illicites dès l'an prochain.", evidence: 'Les plateformes seront obligées de retirer les contenus illicites' },
];

describe('restrictions grid: should find (kind, rule, evidence, who)', () => {
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

const LOOK_ALIKES: [Language, string, string, NameKind[]][] = [
  ['en', 'did not reject', 'The Senate did not reject the proposal to extend the deadline.', [['Senate', 'government']]],
  ['en', 'no plans to veto', 'The president has no plans to veto the bill.', []],
  ['en', 'did not freeze', 'The European Commission did not freeze the assets of three oligarchs.', [EC]],
  ['en', 'did not require', 'The European Commission did not require airlines to publish their emissions.', [EC]],
  ['en', 'denied allegations: a denial, no refusal', 'The minister denied the allegations of corruption.', []],
  ['en', 'denied that …: a denial, no refusal', 'The company denied that its request had been delayed.', []],
  ['en', 'the noun fine before a name', 'The fine Meta paid last year was the largest on record.', [['Meta', 'organization']]],
  ['en', 'limited by a cause, no authority', 'Growth was limited by the weather in the first quarter.', []],
  ['fr', "n'a pas exclu de + infinitif", "Il n'a pas exclu de se représenter à l'élection présidentielle.", []],
  ['fr', 'ne rejette pas', 'La Commission européenne ne rejette pas la proposition de report.', [CE]],
  ['fr', "pas l'intention de geler", "La Commission européenne n'a pas l'intention de geler les avoirs de trois oligarques.", [CE]],
  ['fr', 'contraints de fuir : une contrainte de fait', "Des milliers d'habitants ont été contraints de fuir les combats.", []],
  ['fr', 'limités par une cause', "Les dégâts ont été limités par l'intervention rapide des pompiers.", []],
  ['fr', "soumis à l'approbation du Parlement : une procédure", "Le gouvernement soumettra le texte à l'approbation du Parlement.", []],
  ['fr', 'les limites d’un modèle', 'Les limites du modèle sont connues.', []],
  ['fr', 'le verbe « se limite à »', 'Il se limite à constater les faits.', []],
  ['fr', 'exiger un retrait, pas une autorisation', 'Les syndicats exigent le retrait de la réforme.', []],
];

describe('restrictions grid: look-alikes', () => {
  test.each(LOOK_ALIKES)('%s: %s', (lang, _name, text, actors) => {
    expect(restrictionsOf(lang, text, actors).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});

describe('restrictions grid: coordinated predicates (restrictions/coordinated-predicate)', () => {
  test('« et a » opens a predicate of its own: a sanction and a prohibition (fr)', () => {
    const found = restrictionsOf('fr', 'La Commission européenne a relevé les droits de douane et a interdit la vente de cigarettes mentholées.', [CE]);
    expect(found.map((r) => `${r.kind} ${r.evidence.text}`)).toEqual([
      'sanction La Commission européenne a relevé les droits de douane',
      'prohibition interdit la vente de cigarettes mentholées',
    ]);
  });
  test('« et de » + infinitive: a freeze and a cap (fr)', () => {
    const text = 'La mairie avait décidé de geler la délivrance de nouvelles autorisations et de plafonner à 90 jours par an la location des résidences principales.';
    expect(restrictionsOf('fr', text).map((r) => r.kind)).toEqual(['prohibition', 'limit']);
  });
  test('"and has" opens a predicate of its own (en)', () => {
    const found = restrictionsOf('en', 'The government raised tariffs on steel and has banned imports of Russian coal.');
    expect(found.map((r) => `${r.kind} ${r.evidence.text}`)).toEqual([
      'sanction The government raised tariffs on steel',
      'prohibition banned imports of Russian coal',
    ]);
  });
  test('a bare "and" between two triggers stays one restriction (en)', () => {
    expect(restrictionsOf('en', 'Imports of the drug were banned and restricted in 2019.')).toHaveLength(1);
  });
});
