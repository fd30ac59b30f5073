/**
 * Contract patterns of modern business and defence news: purchase orders
 * and their maker, rescues and bail-outs, appositive and possessed parties,
 * scare-quoted premodifiers, bids for a company, contracts awarded to a list
 * of recipients, decided cancellations in the future, reductions of an
 * order. Table-driven, both languages, with hand-built actors so that the
 * rows assert the contract rules and not the actor extractor.
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

type Row = ContractRow;

const FIND: Row[] = [
  // contracts/<lang>/order-noun + order-maker + pronoun-subject
  {
    name: 'en order-noun: "It announced an order of 50 Airbus A350-900 jets" — the maker sells, the pronoun buys',
    lang: 'en', text: 'Emirates had a fleet of 270 aircraft. It announced an order of 50 Airbus A350-900 jets on Monday.',
    actors: [['Emirates', 'organization'], ['Airbus A350-900', 'product'], ['Airbus', 'organization']],
    want: [{ kind: 'contract', status: 'announced', parties: ['Emirates', 'Airbus'], evidence: 'an order of 50 Airbus' }],
  },
  {
    name: 'fr order-noun: « Elle a annoncé une commande de 50 Airbus A350 »',
    lang: 'fr', text: 'Air France a publié ses résultats. Elle a annoncé une commande de 50 Airbus A350 lundi.',
    actors: [['Air France', 'organization'], ['Airbus A350', 'product'], ['Airbus', 'organization']],
    want: [{ kind: 'contract', status: 'announced', parties: ['Air France', 'Airbus'], evidence: 'une commande de 50 Airbus' }],
  },
  {
    name: 'en order from the seller, cancelled',
    lang: 'en', text: 'Qantas cancelled a prior order of 20 jets from Boeing.',
    actors: [['Qantas', 'organization'], ['Boeing', 'organization']],
    want: [{ status: 'cancelled', parties: ['Qantas', 'Boeing'], evidence: 'a prior order of 20 jets from Boeing' }],
  },
  {
    name: 'fr « sa commande de 20 avions auprès de Boeing », annulée',
    lang: 'fr', text: 'Qantas a annulé sa commande de 20 avions auprès de Boeing.',
    actors: [['Qantas', 'organization'], ['Boeing', 'organization']],
    want: [{ status: 'cancelled', parties: ['Qantas', 'Boeing'], evidence: 'sa commande de 20 avions auprès de Boeing' }],
  },
  // amended: a reduction of an order
  {
    name: 'en "a cutback on its order of 40 jets from Airbus" is amended',
    lang: 'en', text: 'Emirates announced a cutback on its order of 40 jets from Airbus.',
    actors: [['Emirates', 'organization'], ['Airbus', 'organization']],
    want: [{ status: 'amended', parties: ['Emirates', 'Airbus'], evidence: 'its order of 40 jets from Airbus' }],
  },
  {
    name: 'fr « a réduit sa commande de 40 avions auprès d\'Airbus » is amended',
    lang: 'fr', text: 'Emirates a réduit sa commande de 40 avions auprès d\'Airbus.',
    actors: [['Emirates', 'organization'], ['Airbus', 'organization']],
    want: [{ status: 'amended', parties: ['Emirates', 'Airbus'], evidence: 'sa commande de 40 avions auprès d\'Airbus' }],
  },
  // contracts/<lang>/party-appositive + rescue nouns
  {
    name: 'en rescue: "a rescue by its largest shareholder, Japanese technology investment company SoftBank Group Corp"',
    lang: 'en', text: 'WeWork agreed to a rescue by its largest shareholder, Japanese technology investment company SoftBank Group Corp, last month.',
    actors: [['WeWork', 'organization'], ['SoftBank Group Corp', 'organization']],
    want: [{ kind: 'deal', status: 'signed', parties: ['WeWork', 'SoftBank Group Corp'], evidence: 'a rescue by its largest shareholder, Japanese technology investment company SoftBank Group Corp' }],
  },
  {
    name: 'fr « un plan de sauvetage par son premier actionnaire, l\'État français »',
    lang: 'fr', text: 'Air France a accepté un plan de sauvetage par son premier actionnaire, l\'État français, en avril.',
    actors: [['Air France', 'organization'], ['État français', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Air France', 'État français'], evidence: 'un plan de sauvetage par son premier actionnaire, l\'État français' }],
  },
  // contracts/<lang>/scare-quotes
  {
    name: 'en scare-quotes: \'a "phase one" trade deal between the United States and China\'',
    lang: 'en', text: 'Officials discussed a "phase one" trade deal between the United States and China.',
    actors: [['United States', 'government'], ['China', 'government']],
    want: [{ status: 'proposed', parties: ['United States', 'China'], evidence: 'a "phase one" trade deal between the United States and China' }],
  },
  {
    name: 'fr scare-quotes: « un "mini" accord entre la France et le Maroc »',
    lang: 'fr', text: 'Les négociateurs ont discuté un "mini" accord entre la France et le Maroc.',
    actors: [['France', 'government'], ['Maroc', 'government']],
    want: [{ status: 'proposed', parties: ['France', 'Maroc'], evidence: 'un "mini" accord entre la France et le Maroc' }],
  },
  // contracts/en/party-possessed (the English genitive)
  {
    name: 'en party-possessed: "by the government\'s Pension Benefit Guarantee Corp."',
    lang: 'en', text: 'McClatchy was negotiating a possible takeover of the plan by the government’s Pension Benefit Guarantee Corp.',
    actors: [['McClatchy', 'organization'], ['government', 'government'], ['Pension Benefit Guarantee Corp.', 'organization']],
    want: [{ status: 'proposed', parties: ['McClatchy', 'Pension Benefit Guarantee Corp.'], evidence: 'a possible takeover of the plan by the government’s Pension Benefit Guarantee Corp.' }],
  },
  // a leading article is no descriptor; "became final" / « devenue définitive » is signed
  {
    name: 'en "The merger of the big newspaper chains Gannett and GateHouse Media … became final"',
    lang: 'en', text: 'The merger of the big newspaper chains Gannett and GateHouse Media became final on Tuesday.',
    actors: [['Gannett', 'organization'], ['GateHouse Media', 'organization']],
    want: [{ kind: 'merger', status: 'signed', parties: ['Gannett', 'GateHouse Media'], evidence: 'The merger of the big newspaper chains Gannett and GateHouse Media' }],
  },
  {
    name: 'fr « La fusion de la chaîne hôtelière Accor avec Orbis est devenue définitive »',
    lang: 'fr', text: 'La fusion de la chaîne hôtelière Accor avec Orbis est devenue définitive mardi.',
    actors: [['Accor', 'organization'], ['Orbis', 'organization']],
    want: [{ kind: 'merger', status: 'signed', parties: ['Accor', 'Orbis'], evidence: 'La fusion de la chaîne hôtelière Accor avec Orbis' }],
  },
  // status future: a plain future states a decided cancellation; its subject is party
  {
    name: 'en "Fortress will give up the management contract" is cancelled',
    lang: 'en', text: 'Fortress will give up the management contract at the end of 2021.',
    actors: [['Fortress', 'organization']],
    want: [{ status: 'cancelled', parties: ['Fortress'], evidence: 'Fortress will give up the management contract' }],
  },
  {
    name: 'fr « Fortress va renoncer au contrat de gestion » is cancelled',
    lang: 'fr', text: 'Fortress va renoncer au contrat de gestion fin 2021.',
    actors: [['Fortress', 'organization']],
    want: [{ status: 'cancelled', parties: ['Fortress'], evidence: 'Fortress va renoncer au contrat' }],
  },
  // contracts/<lang>/plural-recipients; a singular re-mention names one of the contracts
  {
    name: 'en plural-recipients: "NASA awarded the first three contracts …, awarding lander missions to companies X, Y and Z"',
    lang: 'en',
    text: 'In July, NASA awarded the first three contracts under the program, awarding lander missions to companies Astrobotic, Intuitive Machines and Orbit Beyond. Orbit Beyond dropped out of that contract.',
    actors: [['NASA', 'government'], ['Astrobotic', 'organization'], ['Intuitive Machines', 'organization'], ['Orbit Beyond', 'organization']],
    want: [
      { status: 'signed', parties: ['NASA', 'Astrobotic', 'Intuitive Machines', 'Orbit Beyond'], evidence: 'NASA awarded the first three contracts' },
      // contracts/<lang>/one-of-set: the singular re-mention is that recipient's contract with the granter
      { status: 'cancelled', parties: ['NASA', 'Orbit Beyond'], evidence: 'Orbit Beyond dropped out of that contract' },
    ],
  },
  {
    name: 'fr plural-recipients: « Le ministère des Armées a attribué trois contrats à Thales, Naval Group et MBDA »',
    lang: 'fr', text: 'Le ministère des Armées a attribué trois contrats à Thales, Naval Group et MBDA. Naval Group s\'est retiré de ce contrat.',
    actors: [['ministère des Armées', 'government'], ['Thales', 'organization'], ['Naval Group', 'organization'], ['MBDA', 'organization']],
    want: [
      { status: 'signed', parties: ['ministère des Armées', 'Thales', 'Naval Group', 'MBDA'], evidence: 'ministère des Armées a attribué trois contrats à Thales, Naval Group et MBDA' },
      { status: 'cancelled', parties: ['ministère des Armées', 'Naval Group'], evidence: 'Naval Group s\'est retiré de ce contrat' },
    ],
  },
  // contracts/<lang>/verb-bid-for
  {
    name: 'en verb-bid-for: "McClatchy bid $16.50 per share for Tribune"',
    lang: 'en', text: 'In December, McClatchy bid $16.50 per share for Tribune.',
    actors: [['McClatchy', 'organization'], ['Tribune', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['McClatchy', 'Tribune'], evidence: 'McClatchy bid $16.50 per share for Tribune' }],
  },
  {
    name: 'fr verb-offre-pour: « McClatchy a offert 16,50 dollars par action pour Tribune »',
    lang: 'fr', text: 'En décembre, McClatchy a offert 16,50 dollars par action pour Tribune.',
    actors: [['McClatchy', 'organization'], ['Tribune', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['McClatchy', 'Tribune'], evidence: 'McClatchy a offert 16,50 dollars par action pour Tribune' }],
  },
  // contracts/<lang>/stake-purchase
  {
    name: 'en stake-purchase: "…, by acquiring the entire 25.2% stake held by Tribune’s former chairman, Michael Ferro"',
    lang: 'en', text: 'Alden on Tuesday announced that it had become the largest shareholder of Tribune, the former owner of The Times, by acquiring the entire 25.2% stake held by Tribune’s former chairman, Michael Ferro, for $13 a share.',
    actors: [['Alden', 'organization'], ['The Times', 'organization'], ['Michael Ferro', 'person']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Alden', 'Michael Ferro'], evidence: 'acquiring the entire 25.2% stake held by Tribune’s former chairman, Michael Ferro' }],
  },
  {
    name: 'fr stake-purchase: « Renault a pris une participation de 10 % dans Nissan »',
    lang: 'fr', text: 'En 1999, Renault a pris une participation de 10 % dans Nissan.',
    actors: [['Renault', 'organization'], ['Nissan', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Renault', 'Nissan'], evidence: 'Renault a pris une participation de 10 % dans Nissan' }],
  },
  // contracts/<lang>/selection
  {
    name: 'en selection: "NASA announced the selection of SpaceX, Blue Origin, … to join its … program" (names the actor extractor missed stay in the span)',
    lang: 'en', text: 'Today, NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak Nano-Satellite Systems, Inc. to join its Commercial Lunar Payload Services program. Ceres Robotics dropped out of that contract.',
    actors: [['NASA', 'government'], ['SpaceX', 'organization'], ['Sierra Nevada Corp.', 'organization'], ['Ceres Robotics', 'organization']],
    want: [
      { kind: 'contract', status: 'announced', parties: ['NASA', 'SpaceX', 'Sierra Nevada Corp.', 'Ceres Robotics'], evidence: 'NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak Nano-Satellite Systems, Inc.' },
      // a singular re-mention names one contract of the set, not the selection: the chosen one's with the chooser
      { status: 'cancelled', parties: ['NASA', 'Ceres Robotics'], evidence: 'Ceres Robotics dropped out of that contract' },
    ],
  },
  {
    name: 'fr selection: « La DGA a retenu Thales et Safran pour le futur drone »',
    lang: 'fr', text: 'La DGA a retenu Thales et Safran pour le futur drone.',
    actors: [['DGA', 'government'], ['Thales', 'organization'], ['Safran', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['DGA', 'Thales', 'Safran'], evidence: 'DGA a retenu Thales et Safran' }],
  },
  // contracts/<lang>/order-plural
  {
    name: 'en order-plural: "Boeing also managed to attract bids for some 60 … jets from Turkish-based carrier SunExpress"',
    lang: 'en', text: 'Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from Turkish-based carrier SunExpress and a third undisclosed buyer.',
    actors: [['Boeing', 'organization'], ['SunExpress', 'organization'], ['737 Max', 'product']],
    want: [{ kind: 'contract', status: 'proposed', parties: ['Boeing', 'SunExpress'], evidence: 'Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from Turkish-based carrier SunExpress' }],
  },
  {
    name: 'fr order-plural: « Airbus a engrangé des commandes de 40 avions auprès d\'Emirates »',
    lang: 'fr', text: 'Airbus a engrangé des commandes de 40 avions auprès d\'Emirates.',
    actors: [['Airbus', 'organization'], ['Emirates', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Airbus', 'Emirates'], evidence: 'Airbus a engrangé des commandes de 40 avions auprès d\'Emirates' }],
  },
];

describe('business contract patterns: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

/** [name, lang, text, actors, party that must not be found (null: no contract at all)]. */
const NOT_FIND: Array<[string, Language, string, ContractActorSpec[], string | null]> = [
  // an order with no counted goods and no amount is no purchase
  ['en "an executive order" is no contract', 'en', 'President Trump signed an executive order with the Treasury on Monday.',
    [['Trump', 'person'], ['Treasury', 'government']], null],
  ['en "an order for the release of prisoners" is no contract', 'en', 'The court issued an order for the release of prisoners from Belmarsh.',
    [['Belmarsh', 'place']], null],
  ['fr « la commande publique » is no contract', 'fr', 'La commande publique de l\'État a reculé avec la Banque de France.',
    [['État', 'government'], ['Banque de France', 'organization']], null],
  ['fr « une commande de l\'État » without counted goods', 'fr', 'Le tableau est une commande de l\'État pour le musée.',
    [['État', 'government']], null],
  ['en "orders from the bench" count nothing', 'en', 'The judge issued orders from the bench to Boeing.',
    [['Boeing', 'organization']], null],
  ['fr « les commandes de l\'État auprès de Dassault » count nothing', 'fr', 'Les commandes de l\'État auprès de Dassault ont baissé.',
    [['État', 'government'], ['Dassault', 'organization']], null],
  ['en "from SunExpress, Kazakhstan\'s Air Astana": the possessor is no party', 'en', 'Boeing attracted bids for some 60 jets from SunExpress, Kazakhstan\'s Air Astana and a third buyer.',
    [['Boeing', 'organization'], ['SunExpress', 'organization'], ['Kazakhstan', 'place']], 'Kazakhstan'],
  // a rescue is a deal only between organisations
  ['en "a rescue by the Coast Guard" saves lives', 'en', 'The sailors owed their lives to a rescue by the Coast Guard on Sunday.',
    [['Coast Guard', 'government']], null],
  ['fr « le plan de sauvetage de la planète a été présenté par Greenpeace »', 'fr', 'Le plan de sauvetage de la planète a été présenté par Greenpeace.',
    [['Greenpeace', 'organization']], null],
  // an appositive name followed by a reporting verb is the speaker, not a party
  ['en "with the company, Boeing said" names no party', 'en', 'Airbus signed a deal with the company, Boeing said.',
    [['Airbus', 'organization'], ['Boeing', 'organization']], 'Boeing'],
  ['fr « avec le groupe, a déclaré Boeing » names no party', 'fr', 'Airbus a signé un accord avec le groupe, a déclaré Boeing.',
    [['Airbus', 'organization'], ['Boeing', 'organization']], 'Boeing'],
  // a bid without an amount is no offer for a company
  ['en "Tribune bid farewell to Chicago" is no bid', 'en', 'The Tribune bid farewell to Chicago on Friday.',
    [['Tribune', 'organization'], ['Chicago', 'place']], null],
  ['fr « offert 20 euros pour Noël » names no company', 'fr', 'Carrefour a offert 20 euros pour Noël à ses clients.',
    [['Carrefour', 'organization']], null],
  // a plain future of a modal still voids: "could cancel"
  ['en "could give up the contract" is no cancellation', 'en', 'Fortress could give up the management contract with GateHouse.',
    [['Fortress', 'organization'], ['GateHouse', 'organization']], 'none-cancelled'],
  // a selection of persons or places is no contract
  ['en "Biden chose Harris as running mate" is no contract', 'en', 'The party chose Kamala Harris as running mate.',
    [['The party', 'organization'], ['Kamala Harris', 'person']], null],
  ['fr « le CIO a choisi Paris pour accueillir les Jeux » is no contract', 'fr', 'Le CIO a choisi Paris pour accueillir les Jeux.',
    [['CIO', 'organization'], ['Paris', 'place']], null],
  // an interest is no stake; a participation in an event is no stake
  ['en "took a keen interest in Boeing" is no purchase', 'en', 'Airbus took an interest in Boeing on Monday.',
    [['Airbus', 'organization'], ['Boeing', 'organization']], null],
  ['fr « a pris part aux négociations avec Nissan » is no stake', 'fr', 'Renault a pris part aux discussions de Nissan.',
    [['Renault', 'organization'], ['Nissan', 'organization']], null],
  // a reduction of something near the agreement does not amend it
  ['en "The deal sets up for a reduction to a prior commitment" leaves the deal unamended', 'en',
    'Emirates finalized a deal with Boeing. The deal sets up for a reduction to a prior commitment of jets.',
    [['Emirates', 'organization'], ['Boeing', 'organization']], 'none-amended'],
  ['fr « une réduction des effectifs » near the contract does not amend it', 'fr',
    'Emirates a finalisé un contrat avec Boeing. Le contrat prévoit une réduction de ses effectifs.',
    [['Emirates', 'organization'], ['Boeing', 'organization']], 'none-amended'],
];

describe('business contract patterns: should not find', () => {
  test.each(NOT_FIND)('%s', (_name, lang, text, actors, party) => {
    const found = contractsOf(lang, text, actors);
    if (party === null) expect(found).toEqual([]);
    else if (party === 'none-cancelled') expect(found.map((c) => c.status)).not.toContain('cancelled');
    else if (party === 'none-amended') {
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((c) => c.status)).not.toContain('amended');
    }
    else expect(found.flatMap((c) => c.parties.map((p) => p.name))).not.toContain(party);
  });
});
