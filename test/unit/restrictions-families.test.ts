/**
 * Restriction families a probe of fresh news found missing (prison, plague and pollution reports, business and politics briefs, in
 * English and French): isolation orders, personnel measures, supervision, closures of public places, authorities taking a thing down,
 * stay-home orders, refusals of a request or an offer, conditions by "as long as" / « tant qu'aucun », bounds by "only up to" /
 * « ne … qu'à », dates before which a thing cannot be done, prices frozen, licences lost. Each row is a sentence written the way
 * wire copy states the fact, with the kind, the rule and the evidence.
 */
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

interface Row {
  name: string;
  lang: Language;
  text: string;
  kind: string;
  ruleId: string;
  evidence: string;
}

const SHOULD_FIND: Row[] = [
  // --- English
  { name: 'en: people quarantined (passive)', lang: 'en', kind: 'limit', ruleId: 'en/quarantined',
    text: 'Twelve crew members were quarantined at a military base near the port.', evidence: 'were quarantined' },
  { name: 'en: placed in isolation (passive)', lang: 'en', kind: 'limit', ruleId: 'en/quarantined',
    text: 'The infected workers have been placed in isolation.', evidence: 'been placed in isolation' },
  { name: 'en: an authority quarantining people', lang: 'en', kind: 'limit', ruleId: 'en/quarantine-object',
    text: 'Health officials quarantined 40 pupils after the outbreak.', evidence: 'Health officials quarantined 40 pupils after the outbreak' },
  { name: 'en: placed on administrative leave (passive)', lang: 'en', kind: 'sanction', ruleId: 'en/placed-under',
    text: 'Three guards were placed on administrative leave after the escape.', evidence: 'were placed on administrative leave' },
  { name: 'en: an authority placing people under supervision', lang: 'en', kind: 'sanction', ruleId: 'en/place-under',
    text: 'A judge put the two suspects under judicial supervision on Friday.', evidence: 'put the two suspects under judicial supervision' },
  { name: 'en: dismissing a person named by role', lang: 'en', kind: 'sanction', ruleId: 'en/dismiss-role',
    text: 'The bank dismissed its chief executive over the losses.', evidence: 'dismissed its chief executive over the losses' },
  { name: 'en: firing an owner\'s officer', lang: 'en', kind: 'sanction', ruleId: 'en/dismiss-role',
    text: "The board fired the company's treasurer last week.", evidence: "fired the company's treasurer" },
  { name: 'en: suspending an owner\'s officer', lang: 'en', kind: 'sanction', ruleId: 'en/suspend-owned-role',
    text: "The league suspended the team's coach after the brawl.", evidence: "suspended the team's coach after the brawl" },
  { name: 'en: closing public places', lang: 'en', kind: 'prohibition', ruleId: 'en/close-public-places',
    text: 'The city closed all its beaches for the weekend.', evidence: 'closed all its beaches for the weekend' },
  { name: 'en: public places closed (passive)', lang: 'en', kind: 'prohibition', ruleId: 'en/public-places-closed',
    text: 'Restaurants have been shut across the province.', evidence: 'Restaurants have been shut' },
  { name: 'en: taken down by an authority', lang: 'en', kind: 'prohibition', ruleId: 'en/closed-by-authority',
    text: 'The blog was taken down by the Chinese authorities.', evidence: 'was taken down by the Chinese authorities' },
  { name: 'en: kept away from a place', lang: 'en', kind: 'prohibition', ruleId: 'en/kept-away',
    text: 'Reporters were kept away from the crash site.', evidence: 'were kept away from the crash site' },
  { name: 'en: ordered to stay indoors (passive)', lang: 'en', kind: 'prohibition', ruleId: 'en/ordered-indoors',
    text: 'Residents were told to remain in their homes.', evidence: 'were told to remain in their homes' },
  { name: 'en: ordering people to stay home', lang: 'en', kind: 'prohibition', ruleId: 'en/order-indoors',
    text: 'The governor ordered all residents to stay at home.', evidence: 'ordered all residents to stay at home' },
  { name: 'en: instructed to block', lang: 'en', kind: 'prohibition', ruleId: 'en/instructed-to-block',
    text: 'The regulator instructed internet providers to block the site.', evidence: 'instructed internet providers to block the site' },
  { name: 'en: refusing a request', lang: 'en', kind: 'refusal', ruleId: 'en/refuse-a-request',
    text: 'The court refused an application for bail.', evidence: 'refused an application for bail' },
  { name: 'en: an offer not accepted', lang: 'en', kind: 'refusal', ruleId: 'en/not-accept-offer',
    text: 'The shareholders decided not to accept the revised offer.', evidence: 'decided not to accept the revised offer' },
  { name: 'en: denying a permit to a party', lang: 'en', kind: 'refusal', ruleId: 'en/deny-permit',
    text: 'The city denied the festival organisers a permit for the march.', evidence: 'denied the festival organisers a permit for the march' },
  { name: 'en: "as long as" after a future', lang: 'en', kind: 'condition', ruleId: 'en/as-long-as-lasting',
    text: 'The payments will continue as long as the reforms stay on track.', evidence: 'as long as the reforms stay on track' },
  { name: 'en: "only up to" an amount', lang: 'en', kind: 'limit', ruleId: 'en/only-up-to',
    text: 'Under the deal, banks may lend only up to 5% of their capital.', evidence: 'lend only up to 5' },
  { name: 'en: cannot act before a date', lang: 'en', kind: 'limit', ruleId: 'en/cannot-before',
    text: 'The company cannot pay dividends until 2026.', evidence: 'cannot pay dividends until 2026' },
  { name: 'en: a licence lost', lang: 'en', kind: 'sanction', ruleId: 'en/lost-licence',
    text: 'The broker lost its operating licence after the audit.', evidence: 'lost its operating licence' },
  { name: 'en: dropped from a tender', lang: 'en', kind: 'sanction', ruleId: 'en/dropped-from-tender',
    text: 'Two bidders were disqualified from the tender.', evidence: 'were disqualified from the tender' },
  // --- French
  { name: 'fr: placés en quarantaine (passif)', lang: 'fr', kind: 'limit', ruleId: 'fr/quarantaine',
    text: "Les membres d'équipage ont été placés en quarantaine dans une base militaire.", evidence: 'placés en quarantaine' },
  { name: 'fr: une autorité qui place des personnes en quarantaine', lang: 'fr', kind: 'limit', ruleId: 'fr/placer-en-quarantaine',
    text: "L'agence régionale de santé a placé 40 élèves en quarantaine.", evidence: 'placé 40 élèves en quarantaine' },
  { name: 'fr: placer sous contrôle judiciaire, la personne entre', lang: 'fr', kind: 'sanction', ruleId: 'fr/placer-sous-controle',
    text: 'Le juge a placé les deux suspects sous contrôle judiciaire vendredi.', evidence: 'placé les deux suspects sous contrôle judiciaire' },
  { name: 'fr: fermer des lieux publics', lang: 'fr', kind: 'prohibition', ruleId: 'fr/fermer-lieux',
    text: 'La mairie a fermé tous les parcs pour le week-end.', evidence: 'fermé tous les parcs pour le week-end' },
  { name: 'fr: lieux publics fermés (passif)', lang: 'fr', kind: 'prohibition', ruleId: 'fr/lieux-fermes',
    text: 'Les restaurants ont été fermés dans toute la province.', evidence: 'restaurants ont été fermés' },
  { name: 'fr: fermé par une autorité', lang: 'fr', kind: 'prohibition', ruleId: 'fr/ferme-par-autorite',
    text: 'Le blog a été censuré par les autorités chinoises.', evidence: 'a été censuré par les autorités' },
  { name: "fr: l'ordre de rester chez soi (passif)", lang: 'fr', kind: 'prohibition', ruleId: 'fr/ordre-rester',
    text: 'Les habitants ont été sommés de rester à domicile.', evidence: 'sommés de rester à domicile' },
  { name: 'fr: ordonner de rester chez soi', lang: 'fr', kind: 'prohibition', ruleId: 'fr/ordonner-rester',
    text: 'Le préfet a ordonné aux habitants de rester chez eux.', evidence: 'ordonné aux habitants de rester chez eux' },
  { name: 'fr: cesser de délivrer', lang: 'fr', kind: 'prohibition', ruleId: 'fr/cesser-de-delivrer',
    text: "Le consulat a cessé de délivrer des visas aux étudiants.", evidence: 'cessé de délivrer des visas aux étudiants' },
  { name: 'fr: des loyers gelés', lang: 'fr', kind: 'limit', ruleId: 'fr/prix-bloques',
    text: 'Les loyers seront gelés pendant un an.', evidence: 'Les loyers seront gelés' },
  { name: "fr: une borne par « ne … qu'à »", lang: 'fr', kind: 'limit', ruleId: 'fr/ne-que-jusqu-a',
    text: "Les banques ne pourront prêter que jusqu'à 5 % de leurs fonds propres.", evidence: "ne pourront prêter que jusqu'à 5" },
  { name: "fr: « tant qu'aucun »", lang: 'fr', kind: 'condition', ruleId: 'fr/tant-qu-aucun',
    text: "La trêve tiendra tant qu'aucun camp ne franchira la ligne.", evidence: "tant qu'aucun camp ne franchira la ligne" },
  { name: 'fr: bloquer, une durée avant l\'objet', lang: 'fr', kind: 'prohibition', ruleId: 'fr/bloquer',
    text: "La Hongrie a bloqué pendant des mois l'adoption du budget.", evidence: "bloqué pendant des mois l'adoption du budget" },
  { name: 'fr: seuls, un long sujet', lang: 'fr', kind: 'limit', ruleId: 'fr/seuls-peuvent',
    text: 'Seuls les salariés de plus de 55 ans peuvent partir en préretraite.', evidence: 'Seuls les salariés de plus de 55 ans peuvent' },
  // --- second round (a fresh batch of briefs): possessives in word slots, withdrawn accreditation, "off limits", places that remain
  // closed, isolation in a place, communication cuts
  { name: 'en: grounding a fleet named with a possessive', lang: 'en', kind: 'prohibition', ruleId: 'en/ground-fleet',
    text: "Regulators grounded the carrier's older jets.", evidence: "grounded the carrier's older jets" },
  { name: 'en: an offer named with a possessive, not accepted', lang: 'en', kind: 'refusal', ruleId: 'en/not-accept-offer',
    text: "The board did not accept the investor's offer.", evidence: "did not accept the investor's offer" },
  { name: 'en: accreditation withdrawn', lang: 'en', kind: 'sanction', ruleId: 'en/revoke',
    text: 'The ministry withdrew the accreditation of two reporters.', evidence: 'withdrew the accreditation' },
  { name: 'en: "off limits" without a hyphen', lang: 'en', kind: 'prohibition', ruleId: 'en/off-limits',
    text: 'The beach remains off limits until the spill is cleaned.', evidence: 'remains off limits' },
  { name: 'en: public places that remain closed', lang: 'en', kind: 'prohibition', ruleId: 'en/public-places-closed',
    text: 'Universities in the north will remain closed this week.', evidence: 'Universities in the north will remain closed' },
  { name: 'en: isolated in a place', lang: 'en', kind: 'limit', ruleId: 'en/quarantined',
    text: 'The sailors were isolated in a military hospital.', evidence: 'were isolated in a military hospital' },
  { name: 'en: internet access cut', lang: 'en', kind: 'prohibition', ruleId: 'en/cut-internet',
    text: 'The junta cut off mobile internet in three provinces.', evidence: 'cut off mobile internet in three provinces' },
  { name: 'fr: confinés dans un lieu', lang: 'fr', kind: 'limit', ruleId: 'fr/quarantaine',
    text: 'Les marins ont été confinés dans un hôpital militaire.', evidence: 'ont été confinés dans' },
  { name: 'fr: lieux publics fermés, un complément', lang: 'fr', kind: 'prohibition', ruleId: 'fr/lieux-fermes',
    text: 'Les universités du nord resteront fermées cette semaine.', evidence: 'universités du nord resteront fermées' },
  { name: "fr: « ne … que s'il » (si élidé)", lang: 'fr', kind: 'condition', ruleId: 'fr/ne-que-si',
    text: "L'aide ne sera versée que s'il respecte ses engagements.", evidence: "que s'il respecte ses engagements" },
  { name: "fr: l'accès à internet coupé", lang: 'fr', kind: 'prohibition', ruleId: 'fr/couper-internet',
    text: "La junte a coupé l'accès à internet dans trois provinces.", evidence: "coupé l'accès à internet dans trois provinces" },
];

describe('restriction families (probe of fresh news): should find (kind, rule, evidence)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = restrictionsOf(row.lang, row.text);
    expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual([`${row.kind} restrictions/${row.ruleId}`]);
    const r = found[0]!;
    expect(r.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

describe('restriction families: look-alikes', () => {
  test.each([
    ['en', 'the participle as an adjective', 'The haze led to canceled flights, closed schools and a health emergency.'],
    ['en', 'a firm closing its own stores', 'The retailer closed 40 stores last year.'],
    ['en', 'shots fired at officers', 'A gunman fired two shots at the officers.'],
    ['en', 'a ruling dismissed', "The court dismissed the judge's ruling."],
    ['en', 'a narrative "as long as"', 'He has lived there as long as he can remember.'],
    ['en', 'kept out of the loop', 'The minister was kept out of the loop.'],
    ['en', 'a request for comment', 'The company refused a request for comment.'],
    ['en', 'a market move "only up to"', 'Shares rose only up to 3% before falling back.'],
    ['en', 'a wait', "We can't wait until 2026."],
    ['fr', '« une quarantaine de » (about forty)', 'Une quarantaine de personnes ont manifesté devant la préfecture.'],
    ['fr', 'un projet retiré', 'Le projet de loi a été retiré par le gouvernement.'],
    ['fr', '« en tant que »', "Il parle en tant que président de l'association."],
    ['fr', 'une usine fermée par son groupe', 'Le groupe a fermé ses usines de Lorraine.'],
    ['en', 'a gene isolated in a year', 'The gene was isolated in 1990 by a team in Boston.'],
    ['fr', '« refusé de dire combien » (a no-comment)', "Il a refusé de dire combien l'entreprise avait payé."],
  ] as const)('%s: %s', (lang, _name, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});

describe('restriction families: a refusal to answer is no restriction', () => {
  test.each([
    ['en', 'Figgins declined to address whether his client slept on the job.'],
    ['en', 'The minister refused to address the allegations.'],
    ['en', 'The spokesman declined to specify the amount.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
  test('a refusal to act stays one (en)', () => {
    expect(restrictionsOf('en', 'The union declined to address the workers at the rally.').map((r) => r.ruleId)).toEqual(['restrictions/en/decline-to']);
  });
});

describe('restriction families: two coordinated participles of other kinds are two facts (restrictions/split-other-kind)', () => {
  test('"was fined $2 million and barred from federal contracts" (en)', () => {
    const found = restrictionsOf('en', 'The company was fined $2 million and barred from federal contracts for three years.');
    // (a bar of stated length after a fine is a second penalty, restrictions/en/banned-for-length: two sanctions, still two facts by
    // restrictions/distinct-penalties)
    expect(found.map((r) => `${r.kind} ${r.ruleId}`)).toEqual(['sanction restrictions/en/fine', 'sanction restrictions/en/banned-for-length']);
    expect(found[0]!.evidence.text).toBe('The company was fined $2 million');
    expect(found[1]!.evidence.text).toContain('barred from federal contracts for three years');
  });
});
