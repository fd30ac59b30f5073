/**
 * Agreements the contract rules missed on fresh news text (a probe of business, politics and defence sentences, EN and FR):
 * an article before a bought company's descriptors (contracts/<lang>/verb-object-article), a day before a plural subject
 * pronoun (pronoun-time-lead), payments to settle claims (verb-settle), a unit's own complement before its owner
 * (unit-owner-described), a definite mention described by premodifiers with a status cue (contracts/en/described-definite)
 * an order its owner changes or cancels (order-changed-possessive) and two sides pooling their businesses (verb-combine-units);
 * goods leased from or to an institution (verb-lease), one lease named by its verb then its noun (same-kind-sides), a counted
 * plural subject (counted-pronoun), a serial list before a reciprocal verb (list-across-comma), several counterparties after
 * "with" (subject-with-several), an order placed with a country (order-from-country), negotiations concluded with a party
 * (verb-concluded-talks). Hand-built actors; the last block runs the whole pipeline for parties the actor extractor
 * dropped (actors/deal-party).
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/types.js';

const FIND: ContractRow[] = [
  // contracts/<lang>/verb-object-article
  {
    name: 'en verb-object-article: "will acquire the Danish drone maker Skyfold"',
    lang: 'en', text: 'Vantor Systems will acquire the Danish drone maker Skyfold for 1.1 billion euros.',
    actors: [['Vantor Systems', 'organization'], ['Skyfold', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Vantor Systems', 'Skyfold'], evidence: 'Vantor Systems will acquire the Danish drone maker Skyfold' }],
  },
  {
    name: 'fr verb-object-article: « va racheter le groupe pharmaceutique américain Catalent »',
    lang: 'fr', text: 'Sanofi va racheter le groupe pharmaceutique américain Catalent pour 16 milliards de dollars.',
    actors: [['Sanofi', 'organization'], ['Catalent', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Sanofi', 'Catalent'], evidence: 'Sanofi va racheter le groupe pharmaceutique américain Catalent' }],
  },
  // contracts/<lang>/pronoun-time-lead
  {
    name: 'en pronoun-time-lead: "On Monday the two companies signed an agreement"',
    lang: 'en', text: 'Stellantis and Samsung SDI have worked together since 2021. On Monday the two companies signed an agreement to build a second battery plant.',
    actors: [['Stellantis', 'organization'], ['Samsung SDI', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Stellantis', 'Samsung SDI'], evidence: 'the two companies signed an agreement' }],
  },
  {
    name: 'fr pronoun-time-lead: « Lundi les deux groupes ont signé un accord »',
    lang: 'fr', text: 'Stellantis et Leapmotor travaillent ensemble depuis 2023. Lundi les deux groupes ont signé un accord pour produire des voitures en Espagne.',
    actors: [['Stellantis', 'organization'], ['Leapmotor', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Stellantis', 'Leapmotor'], evidence: 'les deux groupes ont signé un accord' }],
  },
  // contracts/<lang>/verb-settle
  {
    name: 'en verb-settle: "agreed to pay $14.7 billion to settle claims by the US Environmental Protection Agency"',
    lang: 'en', text: 'Volkswagen agreed to pay $14.7 billion to settle claims by the US Environmental Protection Agency over its diesel emissions scandal.',
    actors: [['Volkswagen', 'organization'], ['US Environmental Protection Agency', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Volkswagen', 'US Environmental Protection Agency'], evidence: 'Volkswagen agreed to pay $14.7 billion to settle claims by the US Environmental Protection Agency' }],
  },
  {
    name: 'en verb-settle: "settled with the Securities and Exchange Commission"',
    lang: 'en', text: 'Goldman Sachs settled with the Securities and Exchange Commission for $550 million.',
    actors: [['Goldman Sachs', 'organization'], ['Securities and Exchange Commission', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Goldman Sachs', 'Securities and Exchange Commission'], evidence: 'Goldman Sachs settled with the Securities and Exchange Commission' }],
  },
  {
    name: 'fr verb-settle: « a accepté de verser 30 millions d\'euros pour mettre fin au litige qui l\'opposait à … »',
    lang: 'fr', text: 'TotalEnergies a accepté de verser 30 millions d\'euros pour mettre fin au litige qui l\'opposait à l\'association Les Amis de la Terre.',
    actors: [['TotalEnergies', 'organization'], ['Les Amis de la Terre', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['TotalEnergies', 'Les Amis de la Terre'], evidence: 'TotalEnergies a accepté de verser 30 millions d\'euros pour mettre fin au litige' }],
  },
  {
    name: 'fr verb-settle: « a conclu une transaction avec le Parquet national financier »',
    lang: 'fr', text: 'La banque UBS a conclu une transaction avec le Parquet national financier.',
    actors: [['UBS', 'organization'], ['Parquet national financier', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['UBS', 'Parquet national financier'], evidence: 'UBS a conclu une transaction avec le Parquet national financier' }],
  },
  // contracts/<lang>/unit-owner-described
  {
    name: 'fr unit-owner-described: « racheter l\'activité de commandes de vol de l\'américain Collins Aerospace »',
    lang: 'fr', text: 'Safran va racheter l\'activité de commandes de vol de l\'américain Collins Aerospace pour 1,8 milliard de dollars.',
    actors: [['Safran', 'organization'], ['Collins Aerospace', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Safran', 'Collins Aerospace'], evidence: 'Safran va racheter l\'activité de commandes de vol de l\'américain Collins Aerospace' }],
  },
  // contracts/en/described-definite
  {
    name: 'en described-definite: "the proposed tanker lease contract which was submitted to the Congress"',
    lang: 'en', text: 'The inquiry should examine everyone who negotiated the proposed tanker lease contract which was submitted to the Congress in July 2003.',
    actors: [['Congress', 'government']],
    want: [{ kind: 'contract', status: 'proposed', parties: [], evidence: 'the proposed tanker lease contract' }],
  },
  // contracts/<lang>/order-changed-possessive
  {
    name: 'en order-changed-possessive: "Emirates cut its order"',
    lang: 'en', text: 'Emirates cut its order for the jumbo jet last year.',
    actors: [['Emirates', 'organization']],
    want: [{ kind: 'contract', status: 'amended', parties: ['Emirates'], evidence: 'its order' }],
  },
  {
    name: 'fr order-changed-possessive: « ont modifié leur commande »',
    lang: 'fr', text: 'Airbus et Air France-KLM ont modifié leur commande pour y ajouter dix A350.',
    actors: [['Airbus', 'organization'], ['Air France-KLM', 'organization']],
    want: [{ kind: 'contract', status: 'amended', parties: ['Airbus', 'Air France-KLM'], evidence: 'leur commande' }],
  },
  // contracts/<lang>/verb-combine-units
  {
    name: 'en verb-combine-units: "said they would combine their British offshore oil and gas assets"',
    lang: 'en', text: 'Shell and Equinor said on Monday they would combine their British offshore oil and gas assets.',
    actors: [['Shell', 'organization'], ['Equinor', 'organization']],
    want: [{ kind: 'merger', status: 'proposed', parties: ['Shell', 'Equinor'], evidence: 'they would combine their British offshore oil and gas assets' }],
  },
  {
    name: 'fr verb-combine-units: « vont regrouper leurs actifs pétroliers britanniques »',
    lang: 'fr', text: 'Shell et Equinor vont regrouper leurs actifs pétroliers britanniques.',
    actors: [['Shell', 'organization'], ['Equinor', 'organization']],
    want: [{ kind: 'merger', status: 'proposed', parties: ['Shell', 'Equinor'], evidence: 'Shell et Equinor vont regrouper leurs actifs' }],
  },
  // contracts/<lang>/verb-lease
  {
    name: 'en verb-lease: "is hoping to lease the tankers from Boeing"',
    lang: 'en', text: 'The Pentagon is hoping to lease the tankers from Boeing.',
    actors: [['Pentagon', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'lease', status: 'proposed', parties: ['Pentagon', 'Boeing'], evidence: 'Pentagon is hoping to lease the tankers from Boeing' }],
  },
  {
    name: 'fr verb-lease: « loue la plupart de ses avions à AerCap »',
    lang: 'fr', text: 'Ryanair loue la plupart de ses avions à AerCap.',
    actors: [['Ryanair', 'organization'], ['AerCap', 'organization']],
    want: [{ kind: 'lease', status: 'signed', parties: ['Ryanair', 'AerCap'], evidence: 'Ryanair loue la plupart de ses avions à AerCap' }],
  },
  {
    name: 'fr verb-lease: « va louer 100 avions ravitailleurs à Boeing »',
    lang: 'fr', text: 'L\'armée de l\'air va louer 100 avions ravitailleurs à Boeing.',
    actors: [['armée de l\'air', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'lease', status: 'proposed', parties: ['armée de l\'air', 'Boeing'], evidence: 'va louer 100 avions ravitailleurs à Boeing' }],
  },
  // contracts/<lang>/same-kind-sides: one lease, named by its verb then by its noun; "a new lease" is another one
  {
    name: 'en same-kind-sides: "to lease 100 tankers from Boeing … negotiating a lease with Boeing" is one lease',
    lang: 'en', text: 'The Air Force planned to lease 100 tankers from Boeing. In March the Air Force began negotiating a lease with Boeing.',
    actors: [['Air Force', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'lease', status: 'proposed', parties: ['Air Force', 'Boeing'], evidence: 'Air Force planned to lease 100 tankers from Boeing' }],
  },
  {
    name: 'en same-kind-sides: "a new lease with Boeing" is another lease',
    lang: 'en', text: 'The Air Force planned to lease 100 tankers from Boeing. In March the Air Force began negotiating a new lease with Boeing.',
    actors: [['Air Force', 'government'], ['Boeing', 'organization']],
    want: [
      { kind: 'lease', status: 'proposed', parties: ['Air Force', 'Boeing'], evidence: 'Air Force planned to lease 100 tankers from Boeing' },
      { kind: 'lease', status: 'proposed', parties: ['Air Force', 'Boeing'], evidence: 'a new lease with Boeing' },
    ],
  },
  // contracts/<lang>/counted-pronoun
  {
    name: 'en counted-pronoun: "The three companies signed a memorandum" after "Airbus … with Thales and Leonardo"',
    lang: 'en', text: 'Airbus has been in talks with Thales and Leonardo for months. The three companies signed a memorandum of understanding on Thursday.',
    actors: [['Airbus', 'organization'], ['Thales', 'organization'], ['Leonardo', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Airbus', 'Thales', 'Leonardo'], evidence: 'The three companies signed a memorandum of understanding' }],
  },
  {
    name: 'fr counted-pronoun: « Les trois groupes ont signé un protocole d\'accord »',
    lang: 'fr', text: 'Airbus discute depuis des mois avec Thales et Leonardo. Les trois groupes ont signé un protocole d\'accord jeudi.',
    actors: [['Airbus', 'organization'], ['Thales', 'organization'], ['Leonardo', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Airbus', 'Thales', 'Leonardo'], evidence: 'Les trois groupes ont signé un protocole d\'accord' }],
  },
  // contracts/<lang>/list-across-comma for a reciprocal verb
  {
    name: 'en list-across-comma: "Airbus, Thales and Leonardo plan to combine their space businesses"',
    lang: 'en', text: 'Airbus, Thales and Leonardo plan to combine their space businesses.',
    actors: [['Airbus', 'organization'], ['Thales', 'organization'], ['Leonardo', 'organization']],
    want: [{ kind: 'merger', status: 'proposed', parties: ['Airbus', 'Thales', 'Leonardo'], evidence: 'Airbus, Thales and Leonardo plan to combine' }],
  },
  {
    name: 'fr list-across-comma: « Airbus, Thales et Leonardo vont fusionner leurs activités spatiales »',
    lang: 'fr', text: 'Airbus, Thales et Leonardo vont fusionner leurs activités spatiales.',
    actors: [['Airbus', 'organization'], ['Thales', 'organization'], ['Leonardo', 'organization']],
    want: [{ kind: 'merger', status: 'announced', parties: ['Airbus', 'Thales', 'Leonardo'], evidence: 'Airbus, Thales et Leonardo vont fusionner' }],
  },
  // contracts/<lang>/subject-with-several
  {
    name: 'en subject-with-several: "The UAW ratified a new contract with Ford, GM and Stellantis"',
    lang: 'en', text: 'The UAW ratified a new contract with Ford, GM and Stellantis.',
    actors: [['UAW', 'organization'], ['Ford', 'organization'], ['GM', 'organization'], ['Stellantis', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['UAW', 'Ford', 'GM', 'Stellantis'], evidence: 'a new contract with Ford, GM and Stellantis' }],
  },
  {
    name: 'fr subject-with-several: « Le syndicat UAW a ratifié un nouvel accord avec Ford, GM et Stellantis »',
    lang: 'fr', text: 'Le syndicat UAW a ratifié un nouvel accord avec Ford, GM et Stellantis.',
    actors: [['UAW', 'organization'], ['Ford', 'organization'], ['GM', 'organization'], ['Stellantis', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['UAW', 'Ford', 'GM', 'Stellantis'], evidence: 'un nouvel accord avec Ford, GM et Stellantis' }],
  },
  // contracts/<lang>/order-from-country
  {
    name: 'en order-from-country: "Poland ordered 96 Apache helicopters from the United States"',
    lang: 'en', text: 'Poland ordered 96 Apache helicopters from the United States.',
    actors: [['Poland', 'government'], ['United States', 'place']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Poland', 'United States'], evidence: 'Poland ordered 96 Apache helicopters from the United States' }],
  },
  {
    name: 'fr order-from-country: « La Pologne a commandé 96 hélicoptères Apache aux États-Unis »',
    lang: 'fr', text: 'La Pologne a commandé 96 hélicoptères Apache aux États-Unis.',
    actors: [['Pologne', 'government'], ['États-Unis', 'place']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Pologne', 'États-Unis'], evidence: 'Pologne a commandé 96 hélicoptères Apache aux États-Unis' }],
  },
  // contracts/<lang>/verb-concluded-talks
  {
    name: 'en verb-concluded-talks: "concluded negotiations with Mercosur"',
    lang: 'en', text: 'The European Commission concluded negotiations with Mercosur.',
    actors: [['European Commission', 'government'], ['Mercosur', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['European Commission', 'Mercosur'], evidence: 'European Commission concluded negotiations with Mercosur' }],
  },
  {
    name: 'fr verb-concluded-talks: « a conclu les négociations avec le Mercosur »',
    lang: 'fr', text: 'La Commission européenne a conclu les négociations avec le Mercosur.',
    actors: [['Commission européenne', 'government'], ['Mercosur', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Commission européenne', 'Mercosur'], evidence: 'Commission européenne a conclu les négociations avec le Mercosur' }],
  },
  // contracts/<lang>/verb-sell with real assets sold
  {
    name: 'en verb-sell: "sold three shopping centres to Blackstone"',
    lang: 'en', text: 'Unibail sold three shopping centres to Blackstone.',
    actors: [['Unibail', 'organization'], ['Blackstone', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Unibail', 'Blackstone'], evidence: 'Unibail sold three shopping centres to Blackstone' }],
  },
  {
    name: 'fr verb-sell: « a cédé trois centres commerciaux au fonds Blackstone »',
    lang: 'fr', text: 'Unibail a cédé trois centres commerciaux au fonds Blackstone.',
    actors: [['Unibail', 'organization'], ['Blackstone', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Unibail', 'Blackstone'], evidence: 'Unibail a cédé trois centres commerciaux au fonds Blackstone' }],
  },
  // a wish is a proposal: « voulait », « veulent » (status proposed)
  {
    name: 'fr proposed: « voulait louer 100 avions ravitailleurs à Boeing »',
    lang: 'fr', text: 'L\'armée de l\'air voulait louer 100 avions ravitailleurs à Boeing.',
    actors: [['armée de l\'air', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'lease', status: 'proposed', parties: ['armée de l\'air', 'Boeing'], evidence: 'voulait louer 100 avions ravitailleurs à Boeing' }],
  },
  {
    name: 'fr proposed: « Airbus, Thales et Leonardo veulent fusionner »',
    lang: 'fr', text: 'Airbus, Thales et Leonardo veulent fusionner leurs activités spatiales.',
    actors: [['Airbus', 'organization'], ['Thales', 'organization'], ['Leonardo', 'organization']],
    want: [{ kind: 'merger', status: 'proposed', parties: ['Airbus', 'Thales', 'Leonardo'], evidence: 'Airbus, Thales et Leonardo veulent fusionner' }],
  },
];

const NONE: Array<[string, Language, string, ContractActorSpec[]]> = [
  ['en order-from-country: buying from a country is trade, not an order', 'en', 'India bought 2 million barrels of oil from Russia.', [['India', 'government'], ['Russia', 'place']]],
  ['en verb-concluded-talks: talks concluded are no agreement by themselves', 'en', 'Biden concluded talks with Xi in Bali.', [['Biden', 'person'], ['Xi', 'person']]],
  ['fr verb-lease : « loue » au sens de faire l\'éloge, sans biens loués', 'fr', 'L\'Élysée loue le travail des soignants auprès de l\'OMS.', [['Élysée', 'government'], ['OMS', 'organization']]],
  ['en verb-lease: no named other side', 'en', 'The city leases the land to a developer.', []],
  ['en verb-settle: a lawsuit brought by "Facebook users" names no party', 'en', 'Meta will pay $725 million to resolve a class-action lawsuit brought by Facebook users.', [['Meta', 'organization'], ['Facebook', 'organization']]],
  ['en verb-settle: no named other side', 'en', 'The company paid $5 million to settle the case, its lawyers said.', []],
  ['fr verb-settle : un paiement sans litige n\'est pas une transaction', 'fr', 'Renault va verser 300 millions d\'euros à ses salariés pour la prime de fin d\'année.', [['Renault', 'organization']]],
  ['en described-definite: one premodifier is no description ("the proposed contract")', 'en', 'The senator discussed the proposed contract last year.', []],
  ['en described-definite: no status cue', 'en', 'Critics read the tanker lease contract closely.', []],
  ['en order-changed-possessive: an order not changed by its owner needs its goods', 'en', 'Emirates said its order was on track.', [['Emirates', 'organization']]],
  ['fr order-changed-possessive : « leur commande » sans changement', 'fr', 'Airbus et Air France-KLM ont présenté leur commande mardi.', [['Airbus', 'organization'], ['Air France-KLM', 'organization']]],
  ['en verb-combine-units: pooled efforts are no business', 'en', 'France and Germany will combine their efforts against fraud.', [['France', 'government'], ['Germany', 'government']]],
  ['fr verb-combine-units : « regrouper leurs efforts »', 'fr', 'La France et l\'Allemagne vont regrouper leurs efforts contre la fraude.', [['France', 'government'], ['Allemagne', 'government']]],
];

describe('contracts on fresh text: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

/** End to end (actors too): a party to an agreement that only the deal verb marks as a name (actors/deal-party). */
const DEAL_PARTY: Array<[string, Language, string, string[]]> = [
  ['en: "Nippon Steel agreed to buy U.S. Steel" (a sentence-initial name of common words)', 'en', 'Nippon Steel agreed to buy U.S. Steel for $14.9 billion in December.', ['Nippon Steel', 'U.S. Steel']],
  ['en: "Orano has signed a contract with Kansai Electric" (an unknown word opening the sentence)', 'en', 'Orano has signed a contract with Kansai Electric to supply enriched uranium.', ['Orano', 'Kansai Electric']],
  ['en: "Paramount and Skydance signed a merger agreement" (coordinated unknown names)', 'en', 'Paramount and Skydance signed a merger agreement on Sunday.', ['Paramount', 'Skydance']],
  ['en: "Nexstar bid $6.4 billion for Tribune Media"', 'en', 'Nexstar bid $6.4 billion for Tribune Media in a hostile move.', ['Nexstar', 'Tribune Media']],
  ['fr : « Nippon Steel a accepté de racheter US Steel »', 'fr', 'Nippon Steel a accepté de racheter US Steel pour 14,9 milliards de dollars.', ['Nippon Steel', 'US Steel']],
  ['fr : « Orano a signé un contrat avec Kansai Electric »', 'fr', 'Orano a signé un contrat avec Kansai Electric.', ['Orano', 'Kansai Electric']],
];

describe('contracts on fresh text: parties that only the deal verb names (end to end)', () => {
  test.each(DEAL_PARTY)('%s', (_name, lang, text, parties) => {
    const out = extract(text, { language: lang });
    expect(out.contracts).toHaveLength(1);
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual([...parties].sort());
    expect(out.actors.filter((a) => parties.includes(a.name)).map((a) => a.kind)).toEqual(parties.map(() => 'organization'));
  });
  test('en: "Kroger\'s $24.6 billion deal" keeps Kroger as an actor', () => {
    const out = extract('Kroger\'s $24.6 billion deal for Albertsons was blocked by a judge.', { language: 'en' });
    expect(out.actors.map((a) => a.name)).toContain('Kroger');
  });
  test.each([
    ['en', 'LVMH completed its takeover of Tiffany on Thursday.'],
    ['fr', 'Le rachat de Tiffany par LVMH a été finalisé.'],
  ] as Array<[Language, string]>)('%s: the target of a takeover is a firm even when it is a given name: %s', (lang, text) => {
    const out = extract(text, { language: lang });
    expect(out.actors.find((a) => a.name === 'Tiffany')?.kind).toBe('organization');
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual(['LVMH', 'Tiffany']);
  });
  test('en: a common word before a deal verb stays no actor ("Officials signed a contract")', () => {
    const out = extract('Officials signed a contract with Boeing on Monday.', { language: 'en' });
    expect(out.actors.map((a) => a.name)).not.toContain('Officials');
  });
});

describe('contracts on fresh text: should not find', () => {
  test.each(NONE)('%s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors)).toEqual([]);
  });
});
