import type { ActorKind, Language } from '../../src/types.js';
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';

/** The contract drafts of `text` with hand-built actors (see test/helpers/contracts.ts). */
function run(lang: Language, text: string, specs: ContractActorSpec[] = []) {
  return contractsOf(lang, text, specs);
}

interface FindRow {
  name: string;
  lang: Language;
  text: string;
  actors: Array<[string, ActorKind, string[]?]>;
  kind: string;
  status: string | null;
  parties: string[];
  /** A piece of text the evidence must contain. */
  evidence: string;
}

const SHOULD_FIND: FindRow[] = [
  {
    name: 'en possessive + with: the possessor is the sentence subject; later mentions set the status',
    lang: 'en',
    text: 'OpenAI announced a few hours ago a change to its recent agreement with the US Department of Defense. The company admits it acted too quickly in making the partnership official. The CEO said the contract would be amended.',
    actors: [['OpenAI', 'organization'], ['US Department of Defense', 'government']],
    kind: 'agreement', status: 'amended', parties: ['OpenAI', 'US Department of Defense'],
    evidence: 'its recent agreement with the US Department of Defense',
  },
  {
    name: 'fr possessive + avec',
    lang: 'fr',
    text: 'OpenAI a annoncé il y a quelques heures une modification de son récent accord avec le Département de la Défense américain. L’entreprise reconnaît avoir agi trop vite en officialisant ce partenariat. Le CEO précise que le contrat serait amendé.',
    actors: [['OpenAI', 'organization'], ['Département de la Défense', 'government']],
    kind: 'agreement', status: 'amended', parties: ['OpenAI', 'Département de la Défense'],
    evidence: 'son récent accord avec le Département de la Défense',
  },
  {
    name: 'en amount + with: the other party comes from the sentence; "now-cancelled" on a later mention',
    lang: 'en',
    text: 'Emails exchanged among United States Air Force officials regarding a USD$23 billion dollar deal with aircraft manufacturer Boeing have been entered into the public record. Senator John McCain spoke against the now-cancelled deal.',
    actors: [['United States Air Force', 'government'], ['Boeing', 'organization'], ['John McCain', 'person']],
    kind: 'deal', status: 'cancelled', parties: ['United States Air Force', 'Boeing'],
    evidence: 'a USD$23 billion dollar deal with aircraft manufacturer Boeing',
  },
  {
    name: 'en acquisition verb; the body restates the headline and gives the evidence',
    lang: 'en',
    text: 'Kmart to buy Sears for US$11 billion\n\nKmart Corp. announced Wednesday morning it will buy department store operator Sears, Roebuck & Co. The deal is to cost $11.5bn. The purchase will allow the two stores to sell each other\'s brands.',
    actors: [['Kmart Corp.', 'organization', ['Kmart']], ['Sears, Roebuck & Co.', 'organization', ['Sears']]],
    kind: 'acquisition', status: 'announced', parties: ['Kmart Corp.', 'Sears, Roebuck & Co.'],
    evidence: 'it will buy department store operator Sears',
  },
  {
    name: 'fr acquisition verb',
    lang: 'fr',
    text: 'Le groupe Danone a annoncé mardi qu’il rachète Alpro pour 300 millions d’euros.',
    actors: [['Danone', 'organization'], ['Alpro', 'organization']],
    kind: 'acquisition', status: 'announced', parties: ['Danone', 'Alpro'],
    evidence: 'Danone a annoncé mardi qu’il rachète Alpro',
  },
  {
    name: 'fr indefinite + avec; the later definite mention is cancelled',
    lang: 'fr',
    text: 'La Grèce a signé un accord avec la Commission européenne en février. L’accord a été rompu en mars.',
    actors: [['Grèce', 'government'], ['Commission européenne', 'government']],
    kind: 'agreement', status: 'cancelled', parties: ['Grèce', 'Commission européenne'],
    evidence: 'un accord avec la Commission européenne',
  },
  {
    name: 'fr passive signing with a list of agents',
    lang: 'fr',
    text: 'Le traité avait été signé en janvier par la France, l’Allemagne ainsi que l’Italie.',
    actors: [['France', 'government'], ['Allemagne', 'government'], ['Italie', 'government']],
    kind: 'treaty', status: 'signed', parties: ['France', 'Allemagne', 'Italie'],
    evidence: 'Le traité avait été signé en janvier par la France',
  },
  {
    name: 'en plural agreements of two named parties',
    lang: 'en',
    text: 'Brazil and South Korea also discussed energy cooperation agreements.',
    actors: [['Brazil', 'government'], ['South Korea', 'government']],
    kind: 'agreement', status: 'proposed', parties: ['Brazil', 'South Korea'],
    evidence: 'Brazil and South Korea also discussed energy cooperation agreements',
  },
  {
    name: 'en named agreement signed by the parties of the previous sentence ("They")',
    lang: 'en',
    text: 'Brazil and South Korea met in Brasília. They signed the Broad Relationship of Cooperation for Common Prosperity in the XXI Century agreement.',
    actors: [['Brazil', 'government'], ['South Korea', 'government']],
    kind: 'agreement', status: 'signed', parties: ['Brazil', 'South Korea'],
    evidence: 'the Broad Relationship of Cooperation',
  },
  {
    name: 'fr apposition without determiner',
    lang: 'fr',
    text: 'Le mémorandum, accord entre la Grèce et le FMI, avait pourtant été signé.',
    actors: [['Grèce', 'government'], ['FMI', 'organization']],
    kind: 'agreement', status: 'signed', parties: ['Grèce', 'FMI'],
    evidence: 'accord entre la Grèce et le FMI',
  },
  {
    name: 'en proper-name treaty, no actors needed',
    lang: 'en',
    text: 'Officials said the country signed the Paris Agreement in 2016.',
    actors: [],
    kind: 'agreement', status: 'signed', parties: [],
    evidence: 'the Paris Agreement',
  },
  {
    name: 'fr named plural: one agreement',
    lang: 'fr',
    text: 'La guerre prit fin avec les accords d’Évian, signés le 18 mars 1962.',
    actors: [],
    kind: 'agreement', status: 'signed', parties: [],
    evidence: 'les accords d’Évian',
  },
  {
    name: 'en treaty named with "of"',
    lang: 'en',
    text: 'The country ratified the Treaty of Lisbon in 2008.',
    actors: [],
    kind: 'treaty', status: 'signed', parties: [],
    evidence: 'the Treaty of Lisbon',
  },
  // --- general news patterns: the winner of a contract, adverbial partnerships, ceasefires, takeover bids
  {
    name: 'en awarded a contract: the winner is a party (contracts/en/noun-indefinite + agreement verb)',
    lang: 'en',
    text: 'Lockheed Martin was awarded a contract worth $1.2 billion to build fighter jets.',
    actors: [['Lockheed Martin', 'organization']],
    kind: 'contract', status: 'signed', parties: ['Lockheed Martin'],
    evidence: 'Lockheed Martin was awarded a contract',
  },
  {
    name: 'fr a remporté le contrat avec',
    lang: 'fr',
    text: 'Dassault a remporté le contrat de 80 Rafale avec les Émirats arabes unis.',
    actors: [['Dassault', 'organization'], ['Émirats arabes unis', 'government']],
    kind: 'contract', status: 'signed', parties: ['Dassault', 'Émirats arabes unis'],
    evidence: 'Dassault a remporté le contrat de 80 Rafale avec les Émirats arabes unis',
  },
  {
    name: 'en in partnership with (contracts/en/adverbial)',
    lang: 'en',
    text: 'Pfizer, in partnership with BioNTech, developed the vaccine in less than a year.',
    actors: [['Pfizer', 'organization'], ['BioNTech', 'organization']],
    kind: 'partnership', status: 'signed', parties: ['Pfizer', 'BioNTech'],
    evidence: 'in partnership with BioNTech',
  },
  {
    name: 'fr en partenariat avec (contracts/fr/adverbial)',
    lang: 'fr',
    text: 'Le vol a été mis au point par la société SpaceX, qui réalise ainsi, en partenariat avec la NASA, la première mission.',
    actors: [['SpaceX', 'organization'], ['NASA', 'government']],
    kind: 'partnership', status: 'signed', parties: ['SpaceX', 'NASA'],
    evidence: 'en partenariat avec la NASA',
  },
  {
    name: 'en ceasefire between two parties',
    lang: 'en',
    text: 'Israel and Hamas agreed a ceasefire on Sunday after weeks of fighting.',
    actors: [['Israel', 'government'], ['Hamas', 'organization']],
    kind: 'treaty', status: 'signed', parties: ['Israel', 'Hamas'],
    evidence: 'agreed a ceasefire',
  },
  {
    name: 'fr cessez-le-feu entre',
    lang: 'fr',
    text: 'Les accords instauraient un cessez-le-feu entre le FLN et l’armée française.',
    actors: [['FLN', 'organization'], ['armée française', 'government']],
    kind: 'treaty', status: 'signed', parties: ['FLN', 'armée française'],
    evidence: 'un cessez-le-feu entre le FLN et l’armée française',
  },
  {
    name: 'en takeover bid for',
    lang: 'en',
    text: 'Unilever launched a takeover bid for GSK on Monday.',
    actors: [['Unilever', 'organization'], ['GSK', 'organization']],
    kind: 'acquisition', status: 'proposed', parties: ['Unilever', 'GSK'],
    evidence: 'a takeover bid for GSK',
  },
  {
    name: 'fr OPA sur',
    lang: 'fr',
    text: 'Le groupe Vivendi a lancé une OPA sur Lagardère.',
    actors: [['Vivendi', 'organization'], ['Lagardère', 'organization']],
    kind: 'acquisition', status: 'proposed', parties: ['Vivendi', 'Lagardère'],
    evidence: 'une OPA sur Lagardère',
  },
  // contracts/incise: the commas around a short adverbial end no clause
  {
    name: 'en incise between subject and verb (meanwhile)',
    lang: 'en',
    text: "Britain's Centrica, meanwhile, settled a long-running pricing dispute with Norway's Equinor over a gas contract.",
    actors: [['Centrica', 'organization'], ['Equinor', 'organization']],
    kind: 'agreement', status: 'signed', parties: ['Centrica', 'Equinor'],
    evidence: 'Centrica, meanwhile, settled a long-running pricing dispute with',
  },
  {
    name: 'fr incise between auxiliary and participle (de son côté)',
    lang: 'fr',
    text: "L'Union européenne a, de son côté, suspendu le protocole d'accord sur les matières premières signé avec le Rwanda en février.",
    actors: [['Union européenne', 'organization'], ['Rwanda', 'government']],
    kind: 'agreement', status: 'cancelled', parties: ['Union européenne', 'Rwanda'],
    evidence: "le protocole d'accord sur les matières premières signé avec le Rwanda",
  },
  {
    name: 'fr passive selection split by an incise, the agent followed by its acronym',
    lang: 'fr',
    text: "Thales a, de son côté, été choisi par la Direction générale de l'armement (DGA) pour fournir les radars de la future frégate.",
    actors: [['Thales', 'organization'], ["Direction générale de l'armement", 'government', ['DGA']]],
    kind: 'contract', status: 'signed', parties: ['Thales', "Direction générale de l'armement"],
    evidence: "Thales a, de son côté, été choisi par la Direction générale de l'armement",
  },
  // contracts/<lang>/passive-acquired
  {
    name: 'en passive acquisition (was acquired by)',
    lang: 'en',
    text: 'McPhy was acquired by Belgian engineering group John Cockerill for an undisclosed sum.',
    actors: [['McPhy', 'organization'], ['John Cockerill', 'organization']],
    kind: 'acquisition', status: 'signed', parties: ['McPhy', 'John Cockerill'],
    evidence: 'McPhy was acquired by Belgian engineering group John Cockerill',
  },
  {
    name: 'fr passive acquisition after an apposition (a été racheté par)',
    lang: 'fr',
    text: "Le fabricant McPhy, placé en redressement judiciaire, a été racheté par John Cockerill pour un montant non communiqué.",
    actors: [['McPhy', 'organization'], ['John Cockerill', 'organization']],
    kind: 'acquisition', status: 'signed', parties: ['McPhy', 'John Cockerill'],
    evidence: 'McPhy, placé en redressement judiciaire, a été racheté par John Cockerill',
  },
  // contracts/<lang>/noun-sale-of and antecedent-subject
  {
    name: 'en noun of a sale with its unit and buyer',
    lang: 'en',
    text: 'Carrefour announced the sale of its Italian business to investment fund NewPrinces for 1 billion euros.',
    actors: [['Carrefour', 'organization'], ['NewPrinces', 'organization']],
    kind: 'acquisition', status: 'announced', parties: ['Carrefour', 'NewPrinces'],
    evidence: 'Carrefour announced the sale of its Italian business to investment fund NewPrinces',
  },
  {
    name: 'fr nom de cession avec son activité et son acheteur',
    lang: 'fr',
    text: "Carrefour a annoncé mercredi la cession de ses activités en Italie au fonds d'investissement NewPrinces pour un milliard d'euros.",
    actors: [['Carrefour', 'organization'], ['NewPrinces', 'organization']],
    kind: 'acquisition', status: 'announced', parties: ['Carrefour', 'NewPrinces'],
    evidence: "la cession de ses activités en Italie au fonds d'investissement NewPrinces",
  },
  {
    name: 'en relative subject: the antecedent sells',
    lang: 'en',
    text: 'Norvane, which sold its consumer health unit to Haleon for $1.2 billion in 2023, has said it wants to focus on oncology.',
    actors: [['Norvane', 'organization'], ['Haleon', 'organization']],
    kind: 'acquisition', status: 'signed', parties: ['Norvane', 'Haleon'],
    evidence: 'Norvane, which sold its consumer health unit to Haleon',
  },
  {
    name: 'fr sujet relatif : l’antécédent cède',
    lang: 'fr',
    text: 'Le groupe Casino, qui a cédé sa filiale brésilienne à Carrefour en 2023, cherche un repreneur.',
    actors: [['Casino', 'organization'], ['Carrefour', 'organization']],
    kind: 'acquisition', status: 'signed', parties: ['Casino', 'Carrefour'],
    evidence: 'Casino, qui a cédé sa filiale brésilienne à Carrefour',
  },
  // contracts/<lang>/party-seller
  {
    name: 'en agreement to buy goods from a seller: the seller is the party',
    lang: 'en',
    text: 'German gas importer SEFE has signed a 15-year agreement to buy liquefied natural gas from Texas-based Cheniere Energy, the companies said.',
    actors: [['SEFE', 'organization'], ['Cheniere Energy', 'organization'], ['LNG', 'product', ['liquefied natural gas']]],
    kind: 'acquisition', status: 'signed', parties: ['SEFE', 'Cheniere Energy'],
    evidence: 'a 15-year agreement to buy liquefied natural gas from Texas-based Cheniere Energy',
  },
  {
    name: 'fr accord pour racheter des parts auprès d’un vendeur',
    lang: 'fr',
    text: 'Le fonds Ardian a signé un accord pour racheter des parts auprès de Bpifrance.',
    actors: [['Ardian', 'organization'], ['Bpifrance', 'organization']],
    kind: 'acquisition', status: 'signed', parties: ['Ardian', 'Bpifrance'],
    evidence: 'un accord pour racheter des parts auprès de Bpifrance',
  },
  // contracts/<lang>/party-led-by
  {
    name: 'en takeover by a group described by its leader',
    lang: 'en',
    text: 'The takeover of Casino by a consortium led by Czech billionaire Daniel Kretinsky was approved on Tuesday.',
    actors: [['Casino', 'organization'], ['Daniel Kretinsky', 'person']],
    kind: 'acquisition', status: 'signed', parties: ['Casino', 'Daniel Kretinsky'],
    evidence: 'The takeover of Casino by a consortium led by Czech billionaire Daniel Kretinsky',
  },
  {
    name: 'fr rachat par un consortium emmené par son chef de file',
    lang: 'fr',
    text: 'Le rachat de Casino par le consortium emmené par le milliardaire tchèque Daniel Kretinsky a été validé mardi.',
    actors: [['Casino', 'organization'], ['Daniel Kretinsky', 'person']],
    kind: 'acquisition', status: 'signed', parties: ['Casino', 'Daniel Kretinsky'],
    evidence: 'Le rachat de Casino par le consortium emmené par le milliardaire tchèque Daniel Kretinsky',
  },
  // contracts/<lang>/verb-agree-on
  {
    name: 'en two sides yet to agree on a pact',
    lang: 'en',
    text: 'The United States and India have yet to agree on a trade pact after Washington imposed tariffs on Indian goods.',
    actors: [['United States', 'government', ['Washington']], ['India', 'government']],
    kind: 'agreement', status: 'proposed', parties: ['United States', 'India'],
    evidence: 'United States and India have yet to agree on a trade pact',
  },
  {
    name: 'fr deux camps qui ne parviennent pas à s’entendre sur un accord',
    lang: 'fr',
    text: "Washington et New Delhi ne sont pas parvenus à s'entendre sur un accord commercial.",
    actors: [['Washington', 'government'], ['New Delhi', 'government']],
    kind: 'agreement', status: 'proposed', parties: ['Washington', 'New Delhi'],
    evidence: "Washington et New Delhi ne sont pas parvenus à s'entendre sur un accord",
  },
  // contracts/<lang>/passive-recipient with descriptors, and list-source (the source after a comma is no party)
  {
    name: 'en passive award to a described recipient, the source after a comma left out',
    lang: 'en',
    text: 'A 1.1 billion zloty order for anti-drone systems was awarded to local firm APS by the Armament Agency, the ministry said.',
    actors: [['APS', 'organization'], ['Armament Agency', 'government'], ['Poland', 'government', ['the ministry']]],
    kind: 'contract', status: 'signed', parties: ['APS', 'Armament Agency'],
    evidence: 'was awarded to local firm APS by the Armament Agency',
  },
  {
    name: 'fr attribution passive à un destinataire décrit, la source après la virgule écartée',
    lang: 'fr',
    text: "Le contrat a été attribué à l'industriel Thales par la Marine nationale, le ministère a précisé.",
    actors: [['Thales', 'organization'], ['Marine nationale', 'government'], ['France', 'government', ['le ministère']]],
    kind: 'contract', status: 'signed', parties: ['Thales', 'Marine nationale'],
    evidence: "a été attribué à l'industriel Thales par la Marine nationale",
  },
  // contracts/<lang>/breach-accusation
  {
    name: 'en accusation of violating a ceasefire: accuser and accused are its sides',
    lang: 'en',
    text: 'Kinshasa accused Kigali of violating the ceasefire agreed in July 2024 under Angolan mediation.',
    actors: [['Congo', 'government', ['Kinshasa']], ['Rwanda', 'government', ['Kigali']]],
    kind: 'treaty', status: 'disputed', parties: ['Congo', 'Rwanda'],
    evidence: 'Kinshasa accused Kigali of violating the ceasefire',
  },
  {
    name: 'fr accusation de ne pas avoir respecté le cessez-le-feu',
    lang: 'fr',
    text: "Kinshasa accuse Kigali de ne pas avoir respecté le cessez-le-feu conclu en juillet 2024 sous l'égide de l'Angola.",
    actors: [['République démocratique du Congo', 'government', ['Kinshasa']], ['Rwanda', 'government', ['Kigali']]],
    kind: 'treaty', status: 'disputed', parties: ['République démocratique du Congo', 'Rwanda'],
    evidence: 'Kinshasa accuse Kigali de ne pas avoir respecté le cessez-le-feu',
  },
  // contracts/<lang>/talks-between
  {
    name: 'en talks between two sides on an agreement',
    lang: 'en',
    text: 'Talks between the European Union and India on a broader trade accord are expected to conclude by the end of the year.',
    actors: [['European Union', 'organization'], ['India', 'government']],
    kind: 'agreement', status: 'proposed', parties: ['European Union', 'India'],
    evidence: 'Talks between the European Union and India on a broader trade accord',
  },
  {
    name: 'fr négociations entre deux camps sur un achat',
    lang: 'fr',
    text: "Les négociations entre Paris et Athènes sur l'achat d'une quatrième frégate se poursuivent, a indiqué une source proche du dossier.",
    actors: [['Paris', 'government'], ['Athènes', 'government']],
    kind: 'acquisition', status: 'proposed', parties: ['Paris', 'Athènes'],
    evidence: "négociations entre Paris et Athènes sur l'achat",
  },
];

describe('contracts: should find (one per agreement, kind, status, parties)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = run(row.lang, row.text, row.actors);
    expect(found).toHaveLength(1);
    const c = found[0]!;
    expect(c.kind).toBe(row.kind);
    expect(c.status).toBe(row.status);
    expect(c.parties.map((p) => p.name).sort()).toEqual([...row.parties].sort());
    expect(c.evidence.text).toContain(row.evidence);
    expect(row.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(c.ruleId).toMatch(new RegExp(`^contracts/${row.lang}/`));
  });
});

describe('contracts: should not find (generic uses, idioms, modifiers)', () => {
  test.each([
    ['en such', 'en', 'Such contracts are often justified by the speed they offer.'],
    ['en bare plural', 'en', 'However, no-bid contracts are only open to the company selected by the procuring agency.'],
    ['en verb deal', 'en', 'We have to deal with the consequences of the storm.'],
    ['en a great deal', 'en', 'He spent a great deal of time in Paris.'],
    ['en verb contract', 'en', 'The economy contracted by 2 % last year.'],
    ['en noun modifier', 'en', 'Internal emails expose new contract discussions at the ministry.'],
    ['en name part', 'en', 'The report went to a Defense Acquisition Board review.'],
    ['en indefinite without anchor', 'en', 'He said a contract is a promise.'],
    ['fr d’accord', 'fr', 'Je suis d’accord avec le ministre sur ce point.'],
    ['fr en accord avec', 'fr', 'Il a agi en accord avec la loi.'],
    ['fr tout contrat', 'fr', 'Tout contrat doit être signé par les deux parties.'],
    ['fr pluriel générique', 'fr', 'Les contrats publics sont souvent attribués sans appel d’offres.'],
    ['fr negated status is no status', 'fr', 'La Syrie n’ayant pas ratifié la convention de la CPI, l’ONG a demandé une résolution.'],
    ['en first-person possessive', 'en', '"Our contract is fine," he wrote to Boeing.'],
    ['en noun modifier of acquisition', 'en', 'He criticised the acquisition chain of the Air Force.'],
    ['en with the agreement of (consent)', 'en', 'The plan was adopted with the agreement of Boeing.'],
    ['en subject to the agreement of (consent)', 'en', 'The sale is subject to the agreement of Boeing.'],
    ['en in agreement with (no partnership)', 'en', 'The report is in agreement with Boeing on costs.'],
    ['fr soumis à l’accord de (consentement)', 'fr', 'Le rachat reste soumis à l’accord de Boeing.'],
    ['fr a donné son accord (consentement)', 'fr', 'Boeing a donné son accord au projet.'],
    ['fr en accord avec un acteur (pas un partenariat)', 'fr', 'Il a agi en accord avec Boeing.'],
    ['en called for a ceasefire (no parties)', 'en', 'The UN called for a ceasefire in the region.'],
    // passive-acquired: the subject must be an organisation, the agent a buyer ("bought by fans", "taken over by Boeing" of a person)
    ['en passive purchase of goods by people', 'en', 'The tickets were bought by fans within minutes, Boeing said.'],
    ['fr repris par (une citation, pas un rachat)', 'fr', 'Ces propos ont été repris par Boeing dans un communiqué.'],
    // noun-sale-of: the object must be a business, the buyer an institution
    ['en sale of goods (no unit)', 'en', 'Boeing said the sale of tickets to fans would start on Monday.'],
    ['fr vente de produits (pas d’activité)', 'fr', 'Boeing a annoncé la vente de billets aux passagers dès lundi.'],
  ] as const)('%s', (_name, lang, text) => {
    expect(run(lang, text, [['Boeing', 'organization']])).toEqual([]);
  });
});

describe('contracts: should not find between two named organisations', () => {
  test.each([
    // talks-between: the talks must be about an agreement's noun
    ['en talks between two sides on something else', 'en', 'Talks between Boeing and Airbus on safety rules resumed on Monday.'],
    ['fr discussions entre deux camps sur autre chose', 'fr', 'Les discussions entre Boeing et Airbus sur la sécurité reprennent lundi.'],
    // breach-accusation: only the breach of an agreement's noun
    ['en accused of violating something else', 'en', 'Boeing accused Airbus of violating the rules of fair trade.'],
    ['fr accusé de violer autre chose', 'fr', 'Boeing accuse Airbus de violer les règles du commerce.'],
    // verb-agree-on: only with an agreement's noun after it
    ['en agreed on something else', 'en', 'Boeing and Airbus agreed on the need to stabilise prices.'],
    ['fr entendus sur autre chose', 'fr', 'Boeing et Airbus se sont entendus sur la nécessité de stabiliser les prix.'],
    // noun-sale-of: goods, not a business
    ['en sale of jets to a customer', 'en', 'Boeing announced the sale of 20 jets to Airbus customers.'],
    ['fr vente de produits à un client', 'fr', 'Boeing a annoncé la vente de pièces détachées à Airbus.'],
    // incise: an incise does not join two clauses across a real boundary
    ['en incise does not make a subject of a prior clause', 'en', 'Boeing delivered jets; Airbus, meanwhile, said talks continue.'],
  ] as const)('%s', (_name, lang, text) => {
    expect(run(lang, text, [['Boeing', 'organization'], ['Airbus', 'organization']])).toEqual([]);
  });
});

describe('contracts: coreference (later mentions do not create contracts)', () => {
  test.each([
    ['en definite and demonstrative re-mentions', 'en',
      'OpenAI signed an agreement with the NSA on Monday. The agreement was announced on Tuesday. That deal was later amended.',
      [['OpenAI', 'organization'], ['NSA', 'government']], 'amended'],
    ['en identical description', 'en',
      'The Air Force pushed a 767 lease in Congress. Critics said a 767 lease would cost more.',
      [['Air Force', 'government']], 'proposed'],
    ['fr ce partenariat, le contrat', 'fr',
      'Airbus a conclu un partenariat avec Safran. Ce partenariat a été annoncé lundi. Le contrat serait amendé.',
      [['Airbus', 'organization'], ['Safran', 'organization']], 'amended'],
  ] as const)('%s', (_name, lang, text, actors, status) => {
    const found = run(lang, text, actors as unknown as Array<[string, ActorKind]>);
    expect(found).toHaveLength(1);
    expect(found[0]!.status).toBe(status);
  });
});

// Session 17: general mechanisms for unseen text (counted pairs, coordinated verbs, passive winners)
const GENERAL: ContractRow[] = [
  // contracts/<lang>/counted-pair
  {
    name: 'en counted-pair: "The two countries also signed a memorandum" with no list in the previous sentence',
    lang: 'en', text: 'Britain and India signed a free trade agreement on Thursday. The pact is expected to lift trade by a quarter. The two countries also signed a memorandum of understanding on critical minerals.',
    actors: [['Britain', 'government'], ['India', 'government']],
    want: [
      { status: 'signed', parties: ['Britain', 'India'], evidence: 'Britain and India signed a free trade agreement' },
      { status: 'signed', parties: ['Britain', 'India'], evidence: 'The two countries also signed a memorandum of understanding' },
    ],
  },
  {
    name: 'fr counted-pair: « Les deux pays ont aussi signé un traité »',
    lang: 'fr', text: "La France et l'Inde ont signé un accord de défense lundi. Le texte prévoit des exercices communs. Les deux pays ont aussi signé un traité de coopération nucléaire.",
    actors: [['France', 'government'], ['Inde', 'government', ["l'Inde"]]],
    want: [
      { status: 'signed', parties: ['France', 'Inde'], evidence: "France et l'Inde ont signé un accord" },
      { status: 'signed', parties: ['France', 'Inde'], evidence: 'Les deux pays ont aussi signé un traité' },
    ],
  },
  // contracts/<lang>/counted-pair-after
  {
    name: 'en counted-pair-after: "a framework agreement the two countries struck in 2022" (countries, not the company)',
    lang: 'en', text: "Poland signed a $2.6 billion contract with South Korea's Hanwha Aerospace on Tuesday, the second deal under a framework agreement the two countries struck in 2022.",
    actors: [['Poland', 'government'], ['South Korea', 'place'], ['Hanwha Aerospace', 'organization']],
    want: [
      { status: 'signed', parties: ['Poland', 'Hanwha Aerospace'], evidence: "a $2.6 billion contract with South Korea's Hanwha Aerospace" },
      { status: 'signed', parties: ['Poland', 'South Korea'], evidence: 'a framework agreement the two countries struck' },
    ],
  },
  {
    name: 'fr counted-pair-after: « un accord-cadre que les deux pays ont signé en 2022 » (pays, pas le groupe)',
    lang: 'fr', text: "Varsovie a signé mardi un contrat de 2,6 milliards de dollars avec Hanwha Aerospace, filiale du groupe Hanwha. La Pologne achète aussi des chars à la Corée du Sud, en vertu d'un accord-cadre que les deux pays ont signé en 2022.",
    actors: [['Pologne', 'government', ['Varsovie', 'La Pologne']], ['Hanwha Aerospace', 'organization'], ['Corée du Sud', 'place']],
    want: [
      { status: 'signed', parties: ['Pologne', 'Hanwha Aerospace'], evidence: 'un contrat de 2,6 milliards de dollars avec Hanwha Aerospace' },
      { status: 'signed', parties: ['Pologne', 'Corée du Sud'], evidence: 'un accord-cadre que les deux pays ont signé' },
    ],
  },
  {
    name: 'en counted-pair-after: "a permanent settlement between the two sides" names the sides of the ceasefire, not the mediator',
    lang: 'en', text: "Sudan's army and the Rapid Support Forces agreed on Friday to a 72-hour ceasefire. The African Union welcomed the move. Talks on a permanent settlement between the two sides are to resume next month.",
    actors: [["Sudan's army", 'government'], ['Rapid Support Forces', 'organization'], ['African Union', 'organization']],
    want: [
      { status: 'signed', parties: ["Sudan's army", 'Rapid Support Forces'], evidence: "Sudan's army and the Rapid Support Forces agreed on Friday to a 72-hour ceasefire" },
      { status: 'proposed', parties: ["Sudan's army", 'Rapid Support Forces'], evidence: 'a permanent settlement between the two sides' },
    ],
  },
  // contracts/<lang>/coordinated-verb
  {
    name: 'fr coordinated-verb: « ont signé un protocole en mars et conclu un partenariat » — two agreements, one subject',
    lang: 'fr', text: "Airbus et Safran ont signé un protocole d'accord en mars et conclu un partenariat industriel en juin.",
    actors: [['Airbus', 'organization'], ['Safran', 'organization']],
    want: [
      { status: 'signed', parties: ['Airbus', 'Safran'], evidence: "Airbus et Safran ont signé un protocole d'accord" },
      { status: 'signed', parties: ['Airbus', 'Safran'], evidence: 'conclu un partenariat' },
    ],
  },
  {
    name: 'en coordinated-verb: "signed a supply contract in May and struck a partnership in June"',
    lang: 'en', text: 'Siemens Energy and Equinor signed a supply contract in May and struck a research partnership in June.',
    actors: [['Siemens Energy', 'organization'], ['Equinor', 'organization']],
    want: [
      { status: 'signed', parties: ['Siemens Energy', 'Equinor'], evidence: 'Siemens Energy and Equinor signed a supply contract' },
      { status: 'signed', parties: ['Siemens Energy', 'Equinor'], evidence: 'struck a research partnership' },
    ],
  },
  // contracts/<lang>/coordinated-verb across a comma, contracts/<lang>/signing-subject-first
  {
    name: 'en coordinated-verb after a comma: ", and instead extended a maintenance contract with Leonardo" — Poland, not Boeing',
    lang: 'en', text: 'Poland scrapped a planned purchase of 96 Apache helicopters from Boeing in March, citing their cost, and instead extended a maintenance contract with Leonardo.',
    actors: [['Poland', 'government'], ['Boeing', 'organization'], ['Leonardo', 'organization']],
    want: [
      { status: 'cancelled', parties: ['Poland', 'Boeing'], evidence: 'a planned purchase of 96 Apache helicopters from Boeing' },
      { status: 'amended', parties: ['Poland', 'Leonardo'], evidence: 'a maintenance contract with Leonardo' },
    ],
  },
  {
    name: 'fr coordinated-verb après une virgule : « , et a prolongé un contrat de maintenance avec Leonardo » — la Pologne, pas Boeing',
    lang: 'fr', text: 'La Pologne a annulé en mars une commande de 96 hélicoptères Apache auprès de Boeing, jugés trop chers, et a prolongé un contrat de maintenance avec Leonardo.',
    actors: [['Pologne', 'government', ['La Pologne']], ['Boeing', 'organization'], ['Leonardo', 'organization']],
    want: [
      { status: 'cancelled', parties: ['Pologne', 'Boeing'], evidence: 'une commande de 96 hélicoptères Apache auprès de Boeing' },
      { status: 'amended', parties: ['Pologne', 'Leonardo'], evidence: 'un contrat de maintenance avec Leonardo' },
    ],
  },
  // contracts/<lang>/concession
  {
    name: 'en concession: "won a 30-year concession to operate the port of Dakar from the Senegalese government"',
    lang: 'en', text: 'DP World won a 30-year concession to operate the port of Dakar from the Senegalese government.',
    actors: [['DP World', 'organization'], ['Senegalese government', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['DP World', 'Senegalese government'], evidence: 'a 30-year concession to operate the port of Dakar from the Senegalese government' }],
  },
  {
    name: 'fr concession : « la métropole a prolongé d\'un an la concession de Keolis »',
    lang: 'fr', text: "A Bordeaux, la métropole a prolongé d'un an la concession de Keolis sur le réseau.",
    actors: [['Keolis', 'organization'], ['métropole', 'government']],
    want: [{ kind: 'contract', status: 'amended', parties: ['métropole', 'Keolis'], evidence: "métropole a prolongé d'un an la concession de Keolis" }],
  },
  // contracts/fr/verb-ally with « au », « aux »
  {
    name: 'fr verb-ally : « s\'est associé au japonais Mitsubishi », « s\'est associé aux laboratoires Servier »',
    lang: 'fr', text: "Orano s'est associé au japonais Mitsubishi pour construire une usine. Sanofi s'est associé aux laboratoires Servier.",
    actors: [['Orano', 'organization'], ['Mitsubishi', 'organization'], ['Sanofi', 'organization'], ['Servier', 'organization']],
    want: [
      { kind: 'partnership', status: 'signed', parties: ['Orano', 'Mitsubishi'], evidence: "Orano s'est associé au japonais Mitsubishi" },
      { kind: 'partnership', status: 'signed', parties: ['Sanofi', 'Servier'], evidence: "Sanofi s'est associé aux laboratoires Servier" },
    ],
  },
  // contracts/<lang>/talks-between-head
  {
    name: 'en talks-between-head: "Talks between Lufthansa and the Verdi union over a new wage deal broke down"',
    lang: 'en', text: 'Talks between Lufthansa and the Verdi union over a new wage deal broke down on Wednesday.',
    actors: [['Lufthansa', 'organization'], ['Verdi', 'organization']],
    want: [{ status: 'cancelled', parties: ['Lufthansa', 'Verdi'], evidence: 'Talks between Lufthansa and the Verdi union over a new wage deal' }],
  },
  {
    name: 'fr talks-between : « Les négociations entre Air France et le SNPL sur un nouvel accord ont échoué »',
    lang: 'fr', text: 'Les négociations entre Air France et le SNPL sur un nouvel accord ont échoué.',
    actors: [['Air France', 'organization'], ['SNPL', 'organization']],
    want: [{ status: 'cancelled', parties: ['Air France', 'SNPL'], evidence: 'négociations entre Air France et le SNPL sur un nouvel accord' }],
  },
  // contracts/<lang>/participle-to-later
  {
    name: 'en participle-to-later: "a drilling contract awarded last year to Halliburton"',
    lang: 'en', text: 'Pemex cancelled a drilling contract awarded last year to Halliburton.',
    actors: [['Pemex', 'organization'], ['Halliburton', 'organization']],
    want: [{ status: 'cancelled', parties: ['Pemex', 'Halliburton'], evidence: 'a drilling contract awarded last year to Halliburton' }],
  },
  {
    name: 'fr participle-to-later : « un contrat de forage attribué l\'an dernier à Halliburton »',
    lang: 'fr', text: "Pemex a annulé un contrat de forage attribué l'an dernier à Halliburton.",
    actors: [['Pemex', 'organization'], ['Halliburton', 'organization']],
    want: [{ status: 'cancelled', parties: ['Pemex', 'Halliburton'], evidence: "un contrat de forage attribué l'an dernier à Halliburton" }],
  },
  // contracts/<lang>/close-to
  {
    name: 'en close-to: "Airbus and IndiGo are close to an agreement" — the subjects are parties, proposed',
    lang: 'en', text: 'Airbus and IndiGo are close to an agreement.',
    actors: [['Airbus', 'organization'], ['IndiGo', 'organization']],
    want: [{ status: 'proposed', parties: ['Airbus', 'IndiGo'], evidence: 'Airbus and IndiGo are close to an agreement' }],
  },
  {
    name: 'fr close-to : « Airbus et IndiGo sont proches d\'un accord » — proposé',
    lang: 'fr', text: "Airbus et IndiGo sont proches d'un accord pour 100 A350.",
    actors: [['Airbus', 'organization'], ['IndiGo', 'organization']],
    want: [{ status: 'proposed', parties: ['Airbus', 'IndiGo'], evidence: "Airbus et IndiGo sont proches d'un accord" }],
  },
  {
    name: 'fr close-to : « proche de Toulouse » in an apposition leaves the signed agreement signed',
    lang: 'fr', text: 'Airbus, proche de Toulouse, a signé un accord avec IndiGo.',
    actors: [['Airbus', 'organization'], ['IndiGo', 'organization']],
    want: [{ status: 'signed', parties: ['Airbus', 'IndiGo'], evidence: 'un accord avec IndiGo' }],
  },
  // contracts/<lang>/won-noun-passive, contracts/<lang>/won-by
  {
    name: 'fr won-noun-passive: « Le marché a été attribué au groupe espagnol Acciona par la métropole de Barcelone »',
    lang: 'fr', text: 'Le marché a été attribué au groupe espagnol Acciona par la métropole de Barcelone en 2023.',
    actors: [['Acciona', 'organization'], ['métropole de Barcelone', 'government']],
    want: [{ status: 'signed', parties: ['Acciona', 'métropole de Barcelone'], evidence: 'Le marché a été attribué au groupe espagnol Acciona par la métropole de Barcelone' }],
  },
  {
    name: 'en won-noun-passive: "The tender for 40 trams was won by Alstom, the city of Milan said" (the city that ran it is the other side)',
    lang: 'en', text: 'The tender for 40 trams was won by Alstom, the city of Milan said on Monday.',
    actors: [['Alstom', 'organization'], ['Milan', 'place']],
    want: [{ status: 'signed', parties: ['Alstom', 'Milan'], evidence: 'The tender for 40 trams was won by Alstom' }],
  },
];

describe('contracts: general mechanisms (counted pairs, coordinated verbs, passive winners)', () => {
  test.each(GENERAL.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
  // « au Qatar » is where it was signed: « au », « aux » name a recipient only when no country follows
  test('fr: « signé au Qatar un accord » — a country after « au » is a location, not a party', () => {
    const found = contractsOf('fr', "Le Rwanda et la RDC ont signé au Qatar un accord de paix.", [['Rwanda', 'government'], ['RDC', 'government'], ['Qatar', 'place']]);
    expect(found.map((c) => c.parties.map((p) => p.name).sort())).toEqual([['RDC', 'Rwanda']]);
  });
  test('concessions made in bargaining are no contract (EN, FR)', () => {
    expect(contractsOf('en', 'The union made major concessions on pensions, and the company offered a concession on overtime.', [['Unite', 'organization']])).toHaveLength(0);
    expect(contractsOf('fr', 'Le syndicat a dû faire des concessions sur les salaires. Le gouvernement refuse toute concession.', [['gouvernement', 'government']])).toHaveLength(0);
  });
  test('en: "they" with no list before stays without a counted pair', () => {
    const found = contractsOf('en', 'Airbus reported results. Boeing cut its outlook. They signed a memorandum of understanding.', [['Airbus', 'organization'], ['Boeing', 'organization']]);
    expect(found).toHaveLength(0);
  });
});
