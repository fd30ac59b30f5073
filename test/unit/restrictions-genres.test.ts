/**
 * Restrictions as business, politics and defence news phrase them, EN and FR (second recall round on wire-news
 * constructions): injunctions naming their target, conditional approvals and divestment remedies, permissions bound by
 * "may only … if" / "only with" (« ne … que sous escorte »), staff suspended or sidelined by role, options ruled out
 * (« a exclu toute hausse des impôts », consistent with "ruled out any tax increase"), a scare-quoted verb ("has “banned”
 * the rally") — and the look-alikes each rule leaves alone: a figure "limited to", a thing that limits, the veto as a
 * power, "sanctions experts".
 */
import { expectRestriction, restrictionsOf, type RestrictionRow } from '../helpers/extractors.js';

interface Row extends RestrictionRow {
  name: string;
}

const SHOULD_FIND: Row[] = [
  // --- prohibitions
  { name: 'en enjoined <Name> from', lang: 'en', rule: 'injunction', kind: 'prohibition', actors: [['Veltrix', 'organization']],
    text: 'The court enjoined Veltrix from using the disputed software.', evidence: 'enjoined Veltrix from using the disputed software', appliesTo: ['Veltrix'] },
  { name: 'en a scare-quoted verb keeps its object', lang: 'en', rule: 'ban', kind: 'prohibition',
    text: 'The junta has “banned” the rally planned for Saturday, state television said.', evidence: 'The junta has “banned” the rally planned for Saturday', action: 'the rally planned for Saturday' },
  { name: 'fr un verbe entre guillemets garde son objet', lang: 'fr', rule: 'interdire', kind: 'prohibition',
    text: 'Le préfet a « interdit » la manifestation prévue samedi.', evidence: 'Le préfet a « interdit » la manifestation prévue samedi', action: 'la manifestation prévue samedi' },
  // --- conditions
  { name: 'en conditional approval', lang: 'en', rule: 'conditional-approval', kind: 'condition', actors: [['Competition Bureau', 'government']],
    text: 'The Competition Bureau granted conditional approval to the deal.', evidence: 'granted conditional approval to the deal', imposedBy: 'Competition Bureau' },
  { name: 'fr feu vert conditionnel', lang: 'fr', rule: 'autorisation-conditionnelle', kind: 'condition', actors: [['Bruxelles', 'government']],
    text: 'Bruxelles a donné un feu vert conditionnel au rachat de la compagnie.', evidence: 'a donné un feu vert conditionnel au rachat', imposedBy: 'Bruxelles' },
  { name: 'en subject to the sale of', lang: 'en', rule: 'subject-to-divestment', kind: 'condition', actors: [['Brussels', 'government']],
    text: "Brussels approved the takeover, subject to the sale of the group's fuel network.", evidence: "subject to the sale of the group's fuel network", imposedBy: 'Brussels' },
  { name: 'en may only … if', lang: 'en', rule: 'may-only-if', kind: 'condition',
    text: 'Under the new rules, card issuers may only charge late fees if the payment is more than 30 days overdue.', evidence: 'card issuers may only charge late fees if the payment' },
  { name: 'en only with a military escort', lang: 'en', rule: 'only-with-permit', kind: 'condition',
    text: 'Foreign journalists may enter the zone only with a military escort.', evidence: 'Foreign journalists may enter the zone only with a military escort' },
  { name: 'fr ne … que sous escorte', lang: 'fr', rule: 'ne-qu-avec-permis', kind: 'condition',
    text: 'Les journalistes ne peuvent entrer dans la zone que sous escorte militaire.', evidence: 'Les journalistes ne peuvent entrer dans la zone que sous escorte militaire' },
  // --- sanctions
  { name: 'en exclude the <Name> from', lang: 'en', rule: 'exclude-actor', kind: 'sanction', actors: [['Freedom Alliance', 'organization']],
    text: 'Parliament voted to exclude the Freedom Alliance from the committee.', evidence: 'exclude the Freedom Alliance from the committee', appliesTo: ['Freedom Alliance'] },
  { name: 'en suspended two nurses', lang: 'en', rule: 'suspend-role', kind: 'sanction',
    text: 'The hospital suspended two nurses after the audit.', evidence: 'suspended two nurses', action: 'two nurses after the audit' },
  { name: 'en sidelined his captain', lang: 'en', rule: 'suspend-role', kind: 'sanction',
    text: 'The coach sidelined his captain after the row.', evidence: 'sidelined his captain' },
  { name: 'fr a suspendu deux infirmières', lang: 'fr', rule: 'suspendre-agent', kind: 'sanction',
    text: "L'hôpital a suspendu deux infirmières pendant l'enquête.", evidence: 'a suspendu deux infirmières' },
  { name: 'fr a écarté son capitaine', lang: 'fr', rule: 'suspendre-agent', kind: 'sanction',
    text: 'Le sélectionneur a écarté son capitaine après une altercation.', evidence: 'a écarté son capitaine' },
  { name: 'fr a retiré son agrément à', lang: 'fr', rule: 'retrait-licence', kind: 'sanction', actors: [['ACPR', 'government'], ['Finexa', 'organization']],
    text: "L'ACPR a retiré son agrément à la banque en ligne Finexa.", evidence: 'a retiré son agrément à la banque en ligne Finexa', imposedBy: 'ACPR' },
  // --- refusals: an option ruled out, in both languages
  { name: 'en ruled out any tax increase', lang: 'en', rule: 'rule-out', kind: 'refusal',
    text: 'The prime minister ruled out any tax increase before the election.', evidence: 'ruled out any tax increase' },
  { name: 'fr a exclu toute hausse des impôts', lang: 'fr', rule: 'exclure-option', kind: 'refusal',
    text: "Le Premier ministre a exclu toute hausse des impôts d'ici à la fin du quinquennat.", evidence: 'a exclu toute hausse des impôts' },
  { name: "fr a écarté l'idée d'un confinement", lang: 'fr', rule: 'exclure-option', kind: 'refusal',
    text: "Le ministre a écarté l'idée d'un nouveau confinement.", evidence: "a écarté l'idée d'un nouveau confinement" },
  // --- second round: martial law, titles stripped, diplomats expelled, caps imposed, troops confined, texts voted down
  { name: 'en imposed martial law', lang: 'en', rule: 'martial-law', kind: 'prohibition', actors: [['Kyiv', 'government']],
    text: 'Kyiv imposed martial law across the country hours after the invasion began.', evidence: 'Kyiv imposed martial law across the country', imposedBy: 'Kyiv' },
  { name: 'fr a décrété la loi martiale', lang: 'fr', rule: 'loi-martiale', kind: 'prohibition', actors: [['Kiev', 'government']],
    text: "Kiev a décrété la loi martiale quelques heures après le début de l'invasion.", evidence: 'Kiev a décrété la loi martiale', imposedBy: 'Kiev' },
  { name: 'en stripped <Name> of its 2021 title', lang: 'en', rule: 'strip-of', kind: 'sanction', actors: [['Calder City', 'organization']],
    text: 'The league stripped Calder City of its 2021 title over financial irregularities.', evidence: 'stripped Calder City of its 2021 title' },
  { name: 'fr a retiré son titre de champion au club', lang: 'fr', rule: 'retrait-licence', kind: 'sanction',
    text: 'La Ligue a retiré son titre de champion au club pour irrégularités financières.', evidence: 'a retiré son titre de champion au club' },
  { name: 'fr a expulsé douze diplomates', lang: 'fr', rule: 'expulser', kind: 'sanction', actors: [['Moscou', 'government']],
    text: 'Moscou a expulsé douze diplomates français en représailles.', evidence: 'a expulsé douze diplomates français', imposedBy: 'Moscou' },
  { name: 'fr a imposé un plafond de', lang: 'fr', rule: 'imposer-plafond', kind: 'limit', actors: [['Fed', 'government']],
    text: "La Fed a imposé un plafond d'actifs à la banque après le scandale.", evidence: "La Fed a imposé un plafond d'actifs à la banque", imposedBy: 'Fed' },
  { name: 'fr consignés dans leurs casernes', lang: 'fr', rule: 'consigne-dans', kind: 'limit',
    text: 'Les soldats ont été consignés dans leurs casernes pendant trois jours.', evidence: 'consignés dans leurs casernes' },
  { name: 'fr ont retoqué le budget', lang: 'fr', rule: 'retoquer', kind: 'refusal',
    text: 'Les députés ont retoqué le budget de la Défense.', evidence: 'Les députés ont retoqué le budget de la Défense' },
  { name: 'fr ont recalé la candidate', lang: 'fr', rule: 'retoquer', kind: 'refusal',
    text: 'Les eurodéputés ont recalé la candidate au poste de commissaire.', evidence: 'ont recalé la candidate au poste de commissaire' },
  // --- third round: approvals to obtain, aid cut off or held up, property frozen, leaders suspended, bidders excluded
  { name: 'en must obtain shareholder approval before', lang: 'en', rule: 'must-comply', kind: 'condition',
    text: 'The company must obtain shareholder approval before issuing new shares.', evidence: 'The company must obtain shareholder approval before issuing new shares' },
  { name: 'en cut off intelligence sharing with', lang: 'en', rule: 'cut-off-aid', kind: 'prohibition', actors: [['Washington', 'government'], ['Kyiv', 'government']],
    text: 'Washington cut off intelligence sharing with Kyiv for a week.', evidence: 'Washington cut off intelligence sharing with Kyiv', imposedBy: 'Washington' },
  { name: 'fr a cessé de partager ses renseignements', lang: 'fr', rule: 'cesser-de-delivrer', kind: 'prohibition', actors: [['Washington', 'government'], ['Kiev', 'government']],
    text: 'Washington a cessé de partager ses renseignements avec Kiev pendant une semaine.', evidence: 'a cessé de partager ses renseignements avec Kiev', imposedBy: 'Washington' },
  { name: "en held up the EU's aid package", lang: 'en', rule: 'hold-up', kind: 'prohibition', actors: [['Hungary', 'government']],
    text: "Hungary held up the EU's €50 billion aid package for Ukraine for weeks.", evidence: "Hungary held up the EU's €50 billion aid package", imposedBy: 'Hungary' },
  { name: "fr a bloqué l'aide européenne", lang: 'fr', rule: 'bloquer', kind: 'prohibition', actors: [['Hongrie', 'government']],
    text: "La Hongrie a bloqué l'aide européenne de 50 milliards d'euros à l'Ukraine.", evidence: "a bloqué l'aide européenne de 50 milliards d'euros", imposedBy: 'Hongrie' },
  { name: "en froze the oligarch's mansion", lang: 'en', rule: 'asset-freeze', kind: 'sanction',
    text: "The court froze the oligarch's London mansion pending trial.", evidence: "froze the oligarch's London mansion" },
  { name: "fr a gelé la villa de l'oligarque", lang: 'fr', rule: 'gel-avoirs', kind: 'sanction',
    text: "La justice a gelé la villa londonienne de l'oligarque dans l'attente du procès.", evidence: 'a gelé la villa londonienne' },
  { name: 'en suspended the opposition leader', lang: 'en', rule: 'suspend-role', kind: 'sanction',
    text: 'Parliament suspended the opposition leader for ten days after the brawl.', evidence: 'suspended the opposition leader' },
  { name: "fr a suspendu le chef de l'opposition", lang: 'fr', rule: 'suspendre-agent', kind: 'sanction',
    text: "L'Assemblée a suspendu le chef de l'opposition pour dix jours après la bagarre.", evidence: 'a suspendu le chef' },
  { name: "fr a écarté le constructeur de l'appel d'offres", lang: 'fr', rule: 'ecarter-candidat', kind: 'sanction',
    text: "Le Pentagone a écarté le constructeur de l'appel d'offres pour le futur avion de chasse.", evidence: "a écarté le constructeur de l'appel d'offres" },
];

describe('restrictions (news genres): should find', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    expectRestriction(row);
  });
});

/** Look-alikes: the sentence holds a rule's words but states no restriction. */
const SHOULD_NOT_FIND: ['en' | 'fr', string][] = [
  ['en', 'Growth was limited to 0.2 per cent in the third quarter, the statistics office said.'],
  ['en', 'The damage was confined to the roof.'],
  ['en', "The missile's short range limits its use to coastal defence."],
  ['en', 'Sanctions experts say the list is usually updated every few months.'],
  ['en', 'The veto power of the permanent members was debated at length.'],
  ['en', 'Foreign players can only win with a strong defence.'],
  ['en', 'Shares can only rise if earnings improve.'],
  ['fr', "La croissance s'est limitée à 0,2 % au troisième trimestre, selon l'Insee."],
  ['fr', 'Le barrage limite les crues dans la vallée chaque printemps.'],
  ['fr', 'La faible portée du missile limite son emploi à la défense côtière.'],
  ['fr', "Le droit de veto des membres permanents a été longuement débattu."],
  ['fr', 'Le ministre n’exclut pas toute hausse des impôts.'],
  ['fr', 'Le gouvernement ne peut gagner cette bataille que sous la pression de la rue.'],
  ['fr', 'Elle a été recalée au baccalauréat en 2019.'],
  ['fr', 'Le plafond de la salle des marchés a été entièrement refait.'],
  ['en', 'He teaches martial arts to law students.'],
  ['en', 'Shares held up well despite the sell-off.'],
  ['en', 'The river froze over in January.'],
  ['fr', "Le froid a gelé les canalisations de l'immeuble."],
  ['en', 'The storm cut off the village for two days.'],
];

describe('restrictions (news genres): should not find', () => {
  test.each(SHOULD_NOT_FIND)('%s: %s', (lang, text) => {
    expect(restrictionsOf(lang, text)).toEqual([]);
  });
});

describe('restrictions (news genres): an option ruled out is no exclusion of a person', () => {
  test('fr a exclu toute alliance avec <nom>: a refusal, no sanction', () => {
    const found = restrictionsOf('fr', 'Le ministre a exclu toute alliance avec Jean Dupont.', [['Jean Dupont', 'person']]);
    expect(found.map((r) => r.kind)).toEqual(['refusal']);
  });
  test('fr a refusé d’exclure toute hausse: a hedge, no refusal (EN "refused to rule out")', () => {
    expect(restrictionsOf('fr', "Le ministre a refusé d'exclure toute hausse des impôts.")).toEqual([]);
  });
});
