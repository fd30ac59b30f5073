/**
 * Contract recall in business, politics and defence news: the verbs that
 * name an agreement's parties without a contract noun (teamed up, partnered
 * with, s'associer, sold … to, a cédé … à, in talks with … over), the
 * subjects of completions, acceptances and cancellations, mediators who are
 * no party, definite plurals, bids and offers, a contract's holder, and the
 * statuses of extensions, renewals and amendments. Table-driven, both
 * languages, with hand-built actors so that the rows assert the contract
 * rules and not the actor extractor.
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

const FIND: ContractRow[] = [
  // completion and acceptance verbs name their subject as a party
  {
    name: 'en completion: "Pfizer completed the acquisition of Seagen"',
    lang: 'en', text: 'Pfizer completed the acquisition of Seagen on Thursday.',
    actors: [['Pfizer', 'organization'], ['Seagen', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Pfizer', 'Seagen'], evidence: 'Pfizer completed the acquisition of Seagen' }],
  },
  {
    name: 'fr completion: « LVMH a finalisé le rachat du joaillier américain Tiffany »',
    lang: 'fr', text: 'Le groupe LVMH a finalisé le rachat du joaillier américain Tiffany pour 15,8 milliards de dollars.',
    actors: [['LVMH', 'organization'], ['Tiffany', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['LVMH', 'Tiffany'], evidence: 'LVMH a finalisé le rachat du joaillier américain Tiffany' }],
  },
  // a party's own cancellation
  {
    name: 'en party cancellation: "Russia suspended its participation in the New START treaty with the United States"',
    lang: 'en', text: 'Russia suspended its participation in the New START treaty with the United States.',
    actors: [['Russia', 'government'], ['United States', 'government']],
    want: [{ kind: 'treaty', status: 'cancelled', parties: ['Russia', 'United States'], evidence: 'Russia suspended its participation in the New START treaty with the United States' }],
  },
  {
    name: 'fr party cancellation: « L\'Australie a rompu le contrat des sous-marins conclu avec Naval Group »',
    lang: 'fr', text: 'L\'Australie a rompu le contrat des sous-marins conclu avec Naval Group en 2016.',
    actors: [['Australie', 'government'], ['Naval Group', 'organization']],
    want: [{ kind: 'contract', status: 'cancelled', parties: ['Australie', 'Naval Group'], evidence: 'Australie a rompu le contrat des sous-marins conclu avec Naval Group' }],
  },
  // contracts/<lang>/verb-ally and verb-merge-list
  {
    name: 'en verb-ally: "Ford and SK On have teamed up"',
    lang: 'en', text: 'Ford and SK On have teamed up to build battery plants in Kentucky.',
    actors: [['Ford', 'organization'], ['SK On', 'organization'], ['Kentucky', 'place']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Ford', 'SK On'], evidence: 'Ford and SK On have teamed up' }],
  },
  {
    name: 'en verb-ally: "Toyota has partnered with Joby Aviation"',
    lang: 'en', text: 'Toyota has partnered with air taxi maker Joby Aviation to develop electric aircraft.',
    actors: [['Toyota', 'organization'], ['Joby Aviation', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Toyota', 'Joby Aviation'], evidence: 'Toyota has partnered with air taxi maker Joby Aviation' }],
  },
  {
    name: 'fr verb-ally: « Airbus s\'est allié avec Tata »',
    lang: 'fr', text: 'Le constructeur Airbus s\'est allié avec Tata pour assembler des hélicoptères en Inde.',
    actors: [['Airbus', 'organization'], ['Tata', 'organization'], ['Inde', 'place']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Airbus', 'Tata'], evidence: 'Airbus s\'est allié avec Tata' }],
  },
  {
    name: 'fr verb-ally then the noun: « Microsoft s\'est associé avec OpenAI dans un partenariat pluriannuel » is one partnership',
    lang: 'fr', text: 'Microsoft s\'est associé avec OpenAI dans un partenariat pluriannuel de plusieurs milliards de dollars.',
    actors: [['Microsoft', 'organization'], ['OpenAI', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Microsoft', 'OpenAI'], evidence: 'Microsoft s\'est associé avec OpenAI dans un partenariat' }],
  },
  {
    name: 'en verb-merge-list: "Vodafone and Three agreed to merge their UK operations"',
    lang: 'en', text: 'Vodafone and Three agreed to merge their UK operations, creating the largest mobile operator.',
    actors: [['Vodafone', 'organization'], ['Three', 'organization']],
    want: [{ kind: 'merger', status: 'signed', parties: ['Vodafone', 'Three'], evidence: 'Vodafone and Three agreed to merge' }],
  },
  {
    name: 'fr verb-merge-list: « Thales et Safran vont fusionner » is announced (a plain future, contracts/fr/status-future)',
    lang: 'fr', text: 'Selon Les Échos, Thales et Safran vont fusionner leurs activités d\'optronique.',
    actors: [['Thales', 'organization'], ['Safran', 'organization'], ['Les Échos', 'organization']],
    want: [{ kind: 'merger', status: 'announced', parties: ['Thales', 'Safran'], evidence: 'Thales et Safran vont fusionner' }],
  },
  // contracts/<lang>/plural-definite
  {
    name: 'fr plural-definite: « Le Niger a dénoncé les accords de coopération militaire avec la France »',
    lang: 'fr', text: 'Le Niger a dénoncé les accords de coopération militaire avec la France.',
    actors: [['Niger', 'government'], ['France', 'government']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Niger', 'France'], evidence: 'Niger a dénoncé les accords de coopération militaire avec la France' }],
  },
  {
    name: 'en plural-definite: "Russia terminated its gas contracts with Naftogaz"',
    lang: 'en', text: 'Russia terminated its gas contracts with Naftogaz in 2022.',
    actors: [['Russia', 'government'], ['Naftogaz', 'organization']],
    want: [{ kind: 'contract', status: 'cancelled', parties: ['Russia', 'Naftogaz'], evidence: 'Russia terminated its gas contracts with Naftogaz' }],
  },
  // contracts/<lang>/mediator
  {
    name: 'en mediator: "Israel and Hamas agreed to a truce brokered by Qatar" — Qatar is no party',
    lang: 'en', text: 'Israel and Hamas agreed to a four-day truce brokered by Qatar.',
    actors: [['Israel', 'government'], ['Hamas', 'organization'], ['Qatar', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Israel', 'Hamas'], evidence: 'Israel and Hamas agreed to a four-day truce' }],
  },
  {
    name: 'fr mediator: « Israël et le Hamas ont accepté une trêve négociée par le Qatar »',
    lang: 'fr', text: 'Israël et le Hamas ont accepté une trêve de quatre jours négociée par le Qatar.',
    actors: [['Israël', 'government'], ['Hamas', 'organization'], ['Qatar', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Israël', 'Hamas'], evidence: 'Israël et le Hamas ont accepté une trêve' }],
  },
  {
    name: 'en mediator without a subject list: "in a deal brokered by China" — the subjects are the parties',
    lang: 'en', text: 'Iran and Saudi Arabia agreed to restore diplomatic ties in a deal brokered by China.',
    actors: [['Iran', 'government'], ['Saudi Arabia', 'government'], ['China', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Iran', 'Saudi Arabia'], evidence: 'Iran and Saudi Arabia agreed to restore diplomatic ties in a deal' }],
  },
  // statuses: extensions and amendments, renewals and ratifications
  {
    name: 'en extended → amended: "Nike extended its sponsorship deal with Chelsea"',
    lang: 'en', text: 'Nike extended its sponsorship deal with Chelsea until 2034.',
    actors: [['Nike', 'organization'], ['Chelsea', 'organization']],
    want: [{ status: 'amended', parties: ['Nike', 'Chelsea'], evidence: 'its sponsorship deal with Chelsea' }],
  },
  {
    name: 'fr prolongé → amended, with the holder: « Le PSG a prolongé le contrat de Kylian Mbappé »',
    lang: 'fr', text: 'Le PSG a prolongé le contrat de Kylian Mbappé jusqu\'en 2025.',
    actors: [['PSG', 'organization'], ['Kylian Mbappé', 'person']],
    want: [{ kind: 'contract', status: 'amended', parties: ['PSG', 'Kylian Mbappé'], evidence: 'PSG a prolongé le contrat de Kylian Mbappé' }],
  },
  {
    name: 'fr avenant → amended: « Arianespace et l\'ESA ont paraphé un avenant au contrat Ariane 6 »',
    lang: 'fr', text: 'Arianespace et l\'ESA ont paraphé un avenant au contrat Ariane 6.',
    actors: [['Arianespace', 'organization'], ['ESA', 'organization']],
    want: [{ status: 'amended', parties: ['Arianespace', 'ESA'], evidence: 'Arianespace et l\'ESA ont paraphé un avenant au contrat' }],
  },
  {
    name: 'en renewed → signed: "Disney renewed its licensing agreement with Sony"',
    lang: 'en', text: 'Disney renewed its licensing agreement with Sony for Marvel films.',
    actors: [['Disney', 'organization'], ['Sony', 'organization']],
    want: [{ kind: 'license', status: 'signed', parties: ['Disney', 'Sony'], evidence: 'its licensing agreement with Sony' }],
  },
  {
    name: 'en come to terms: "Big Machine and Dick Clark Productions had come to terms on a licensing agreement"',
    lang: 'en', text: 'Big Machine and Dick Clark Productions had come to terms on a licensing agreement for the show.',
    actors: [['Big Machine', 'organization'], ['Dick Clark Productions', 'organization']],
    want: [{ kind: 'license', status: 'signed', parties: ['Big Machine', 'Dick Clark Productions'], evidence: 'Big Machine and Dick Clark Productions had come to terms on a licensing agreement' }],
  },
  {
    name: 'fr parvenus à un accord → signed',
    lang: 'fr', text: 'Le gouvernement et la FNSEA sont parvenus à un accord dans la nuit de jeudi à vendredi.',
    actors: [['gouvernement', 'government'], ['FNSEA', 'organization']],
    want: [{ status: 'signed', parties: ['gouvernement', 'FNSEA'], evidence: 'gouvernement et la FNSEA sont parvenus à un accord' }],
  },
  {
    name: 'fr « les négociations … ont abouti » → signed',
    lang: 'fr', text: 'Les négociations entre Renault et Nissan sur leur nouvel accord ont abouti.',
    actors: [['Renault', 'organization'], ['Nissan', 'organization']],
    want: [{ status: 'signed', parties: ['Renault', 'Nissan'], evidence: 'leur nouvel accord' }],
  },
  {
    name: 'en negotiations on: "India and the European Union resumed negotiations on a free trade agreement" is proposed',
    lang: 'en', text: 'India and the European Union resumed negotiations on a free trade agreement after a nine-year hiatus.',
    actors: [['India', 'government'], ['European Union', 'government']],
    want: [{ status: 'proposed', parties: ['India', 'European Union'], evidence: 'India and the European Union resumed negotiations on a free trade agreement' }],
  },
  // contracts/<lang>/nested-verb
  {
    name: 'en nested-verb: "Exxon Mobil agreed to buy Pioneer Natural Resources in a deal" is one acquisition',
    lang: 'en', text: 'Exxon Mobil agreed to buy Pioneer Natural Resources in a deal valued at $59.5 billion.',
    actors: [['Exxon Mobil', 'organization'], ['Pioneer Natural Resources', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Exxon Mobil', 'Pioneer Natural Resources'], evidence: 'Exxon Mobil agreed to buy Pioneer Natural Resources in a deal' }],
  },
  {
    name: 'fr nested-verb: « Stellantis a accepté de racheter Leapmotor dans le cadre d\'un accord »',
    lang: 'fr', text: 'Stellantis a accepté de racheter Leapmotor dans le cadre d\'un accord de 1,5 milliard d\'euros.',
    actors: [['Stellantis', 'organization'], ['Leapmotor', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Stellantis', 'Leapmotor'], evidence: 'Stellantis a accepté de racheter Leapmotor' }],
  },
  // took control of
  {
    name: 'en "Vivendi took control of Lagardère"',
    lang: 'en', text: 'Vivendi took control of Lagardère in 2023.',
    actors: [['Vivendi', 'organization'], ['Lagardère', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Vivendi', 'Lagardère'], evidence: 'Vivendi took control of Lagardère' }],
  },
  {
    name: 'fr « Vivendi a pris le contrôle de Lagardère »',
    lang: 'fr', text: 'Vivendi a pris le contrôle de Lagardère après le feu vert de Bruxelles.',
    actors: [['Vivendi', 'organization'], ['Lagardère', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Vivendi', 'Lagardère'], evidence: 'Vivendi a pris le contrôle de Lagardère' }],
  },
  // implicit leading country, possessors in a subject list, descriptor aliases
  {
    name: 'en implicit-country whose name ends past the first 12 characters: "The United States hopes … an agreement with Iran"',
    lang: 'en', text: 'The United States hopes that it can finish hammering out the framework of an agreement with Iran.',
    actors: [['United States', 'place'], ['Iran', 'government']],
    want: [{ status: 'proposed', parties: ['United States', 'Iran'], evidence: 'an agreement with Iran' }],
  },
  {
    name: 'en list-possessor: "Germany\'s Rheinmetall and Italy\'s Leonardo have formed a joint venture"',
    lang: 'en', text: 'Germany\'s Rheinmetall and Italy\'s Leonardo have formed a joint venture to build tanks.',
    actors: [['Germany', 'place'], ['Rheinmetall', 'organization'], ['Italy', 'place'], ['Leonardo', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Rheinmetall', 'Leonardo'], evidence: 'Germany\'s Rheinmetall and Italy\'s Leonardo have formed a joint venture' }],
  },
  {
    name: 'fr descriptor-alias: « dans le constructeur chinois Leapmotor » when « le constructeur » was linked to the buyer',
    lang: 'fr', text: 'Stellantis a pris une participation de 21 % dans le constructeur chinois Leapmotor.',
    actors: [['Stellantis', 'organization', ['le constructeur']], ['Leapmotor', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Stellantis', 'Leapmotor'], evidence: 'Stellantis a pris une participation de 21 % dans le constructeur chinois Leapmotor' }],
  },
  // contracts/<lang>/counterpart-noun
  {
    name: 'en counterpart-noun: "BHP\'s bid for Anglo American was rejected"',
    lang: 'en', text: 'BHP\'s bid for Anglo American was rejected by the miner\'s board.',
    actors: [['BHP', 'organization'], ['Anglo American', 'organization']],
    want: [{ kind: 'acquisition', status: 'cancelled', parties: ['BHP', 'Anglo American'], evidence: 'BHP\'s bid for Anglo American' }],
  },
  {
    name: 'fr counterpart-noun: « a rejeté l\'offre de BHP sur Anglo American »',
    lang: 'fr', text: 'Le conseil d\'administration a rejeté l\'offre de BHP sur Anglo American.',
    actors: [['BHP', 'organization'], ['Anglo American', 'organization']],
    want: [{ kind: 'acquisition', status: 'cancelled', parties: ['BHP', 'Anglo American'], evidence: 'l\'offre de BHP sur Anglo American' }],
  },
  // ambiguous nouns and anaphors concluded by two subjects
  {
    name: 'en settlement by two subjects: "Amazon and the Federal Trade Commission reached a $2.5 billion settlement"',
    lang: 'en', text: 'Amazon and the Federal Trade Commission reached a $2.5 billion settlement over Prime subscriptions.',
    actors: [['Amazon', 'organization'], ['Federal Trade Commission', 'government']],
    want: [{ status: 'signed', parties: ['Amazon', 'Federal Trade Commission'], evidence: 'Amazon and the Federal Trade Commission reached a $2.5 billion settlement' }],
  },
  {
    name: 'fr convention by two subjects: « La SNCF et la région Occitanie ont signé une convention »',
    lang: 'fr', text: 'La SNCF et la région Occitanie ont signé une convention pour l\'exploitation des TER.',
    actors: [['SNCF', 'organization'], ['Occitanie', 'government']],
    want: [{ status: 'signed', parties: ['SNCF', 'Occitanie'], evidence: 'SNCF et la région Occitanie ont signé une convention' }],
  },
  {
    name: 'fr anaphor-subjects: « La France et l\'Inde sont en discussion pour l\'achat de 26 Rafale » — the counted product is goods',
    lang: 'fr', text: 'La France et l\'Inde sont en discussion pour l\'achat de 26 Rafale Marine.',
    actors: [['France', 'government'], ['Inde', 'government'], ['Rafale Marine', 'product']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['France', 'Inde'], evidence: 'France et l\'Inde sont en discussion pour l\'achat' }],
  },
  // contracts/<lang>/verb-sell and verb-unit-owner
  {
    name: 'en verb-sell: "Unilever has sold its tea business to CVC Capital Partners"',
    lang: 'en', text: 'Unilever has sold its tea business to CVC Capital Partners for 4.5 billion euros.',
    actors: [['Unilever', 'organization'], ['CVC Capital Partners', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Unilever', 'CVC Capital Partners'], evidence: 'Unilever has sold its tea business to CVC Capital Partners' }],
  },
  {
    name: 'en verb-sell in the future is proposed: "Unilever said it would sell its tea business to private equity firm CVC"',
    lang: 'en', text: 'Unilever said it would sell its tea business to private equity firm CVC Capital Partners.',
    actors: [['Unilever', 'organization'], ['CVC Capital Partners', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Unilever', 'CVC Capital Partners'], evidence: 'Unilever said it would sell its tea business to private equity firm CVC Capital Partners' }],
  },
  {
    name: 'fr verb-sell: « Unilever a cédé son activité thé au fonds CVC Capital Partners »',
    lang: 'fr', text: 'Unilever a cédé son activité thé au fonds CVC Capital Partners pour 4,5 milliards d\'euros.',
    actors: [['Unilever', 'organization'], ['CVC Capital Partners', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Unilever', 'CVC Capital Partners'], evidence: 'Unilever a cédé son activité thé au fonds CVC Capital Partners' }],
  },
  {
    name: 'fr verb-sell of a percentage: « Orange va vendre 50 % de sa filiale Totem à Vauban »',
    lang: 'fr', text: 'Orange va vendre 50 % de sa filiale Totem à Vauban Infrastructure Partners.',
    actors: [['Orange', 'organization'], ['Totem', 'organization'], ['Vauban Infrastructure Partners', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Orange', 'Vauban Infrastructure Partners'], evidence: 'Orange va vendre 50 % de sa filiale Totem à Vauban Infrastructure Partners' }],
  },
  {
    name: 'en verb-unit-owner: "General Electric agreed to buy the healthcare unit of Philips"',
    lang: 'en', text: 'General Electric agreed to buy the healthcare unit of Philips for $2 billion.',
    actors: [['General Electric', 'organization'], ['Philips', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['General Electric', 'Philips'], evidence: 'General Electric agreed to buy the healthcare unit of Philips' }],
  },
  {
    name: 'fr verb-unit-owner: « Safran va racheter l\'activité d\'actionnement de Collins Aerospace »',
    lang: 'fr', text: 'Le groupe Safran va racheter l\'activité d\'actionnement de Collins Aerospace pour 1,8 milliard de dollars.',
    actors: [['Safran', 'organization'], ['Collins Aerospace', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Safran', 'Collins Aerospace'], evidence: 'Safran va racheter l\'activité d\'actionnement de Collins Aerospace' }],
  },
  // contracts/<lang>/verb-talks-with
  {
    name: 'en talks-with: "Sanofi entered exclusive talks with CD&R over the sale of its consumer health unit"',
    lang: 'en', text: 'Sanofi entered exclusive talks with CD&R over the sale of its consumer health unit.',
    actors: [['Sanofi', 'organization'], ['CD&R', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Sanofi', 'CD&R'], evidence: 'Sanofi entered exclusive talks with CD&R over the sale' }],
  },
  {
    name: 'fr talks-with: « Vivendi est en négociations exclusives avec Lagardère pour racheter sa filiale d\'édition »',
    lang: 'fr', text: 'Vivendi est en négociations exclusives avec Lagardère pour racheter sa filiale d\'édition.',
    actors: [['Vivendi', 'organization'], ['Lagardère', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Vivendi', 'Lagardère'], evidence: 'Vivendi est en négociations exclusives avec Lagardère' }],
  },
  // the awarding institution after the noun; status windows end at the next agreement
  {
    name: 'en "was awarded a $7.8 billion contract by the Pentagon" names the awarding party',
    lang: 'en', text: 'Lockheed Martin was awarded a $7.8 billion contract by the Pentagon to build 126 jets.',
    actors: [['Lockheed Martin', 'organization'], ['Pentagon', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Lockheed Martin', 'Pentagon'], evidence: 'a $7.8 billion contract by the Pentagon' }],
  },
  {
    name: 'en status-window-clip: the cancellation of one contract is not the next pact\'s',
    lang: 'en', text: 'Australia scrapped its A$90 billion submarine contract with Naval Group in favour of the AUKUS pact with the US and Britain.',
    actors: [['Australia', 'government'], ['Naval Group', 'organization'], ['US', 'government'], ['Britain', 'government']],
    want: [
      { kind: 'contract', status: 'cancelled', parties: ['Australia', 'Naval Group'], evidence: 'its A$90 billion submarine contract with Naval Group' },
      { kind: 'agreement', status: 'signed', parties: ['US', 'Britain'], evidence: 'the AUKUS pact with the US and Britain' },
    ],
  },
  // contracts/<lang>/verb-order and orders whose count follows the buyer
  {
    name: 'en verb-order: "Germany has ordered 35 F-35A fighter jets from Lockheed Martin"',
    lang: 'en', text: 'Germany has ordered 35 F-35A fighter jets from Lockheed Martin to replace its Tornado fleet.',
    actors: [['Germany', 'government'], ['F-35A', 'product'], ['Lockheed Martin', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Germany', 'Lockheed Martin'], evidence: 'Germany has ordered 35 F-35A fighter jets from Lockheed Martin' }],
  },
  {
    name: 'fr verb-order: « L\'Allemagne a commandé 35 avions de combat F-35A à Lockheed Martin »',
    lang: 'fr', text: 'L\'Allemagne a commandé 35 avions de combat F-35A à Lockheed Martin.',
    actors: [['Allemagne', 'government'], ['F-35A', 'product'], ['Lockheed Martin', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Allemagne', 'Lockheed Martin'], evidence: 'Allemagne a commandé 35 avions de combat F-35A à Lockheed Martin' }],
  },
  {
    name: 'fr verb-order with the maker in the goods: « Le Qatar a commandé 12 Rafale supplémentaires auprès de Dassault Aviation »',
    lang: 'fr', text: 'Le Qatar a commandé 12 Rafale supplémentaires auprès de Dassault Aviation.',
    actors: [['Qatar', 'government'], ['Rafale', 'product'], ['Dassault Aviation', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Qatar', 'Dassault Aviation'], evidence: 'Qatar a commandé 12 Rafale supplémentaires auprès de Dassault Aviation' }],
  },
  {
    name: 'en order-from-complement: "Hanwha Aerospace won an order from Poland for 152 K9 howitzers"',
    lang: 'en', text: 'Hanwha Aerospace won an order from Poland for 152 K9 howitzers.',
    actors: [['Hanwha Aerospace', 'organization'], ['Poland', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Hanwha Aerospace', 'Poland'], evidence: 'an order from Poland' }],
  },
  // contracts/<lang>/talks-subjects
  {
    name: 'en talks-subjects: "Warner Bros. Discovery and Paramount held merger talks … ended without a deal" is cancelled',
    lang: 'en', text: 'Warner Bros. Discovery and Paramount held merger talks in December, but the discussions ended without a deal.',
    actors: [['Warner Bros. Discovery', 'organization'], ['Paramount', 'organization']],
    want: [{ kind: 'merger', status: 'cancelled', parties: ['Warner Bros. Discovery', 'Paramount'], evidence: 'Warner Bros. Discovery and Paramount held merger talks' }],
  },
  {
    name: 'en talks-subjects with a counterpart: "Paramount is in merger talks with Skydance Media" is proposed',
    lang: 'en', text: 'Paramount is in merger talks with Skydance Media, according to people familiar with the matter.',
    actors: [['Paramount', 'organization'], ['Skydance Media', 'organization']],
    want: [{ kind: 'merger', status: 'proposed', parties: ['Paramount', 'Skydance Media'], evidence: 'Paramount is in merger talks with Skydance Media' }],
  },
  {
    name: 'fr talks-subjects: « Fiat Chrysler a ouvert des négociations de fusion avec Renault, qui ont échoué »',
    lang: 'fr', text: 'Fiat Chrysler a ouvert des négociations de fusion avec Renault, qui ont échoué.',
    actors: [['Fiat Chrysler', 'organization'], ['Renault', 'organization']],
    want: [{ kind: 'merger', status: 'cancelled', parties: ['Fiat Chrysler', 'Renault'], evidence: 'Fiat Chrysler a ouvert des négociations de fusion avec Renault' }],
  },
  // contracts/<lang>/binding-relative
  {
    name: 'fr binding-relative: « Le Mali a rompu l\'accord de défense qui le liait à la France »',
    lang: 'fr', text: 'Le Mali a rompu l\'accord de défense qui le liait à la France depuis 2014.',
    actors: [['Mali', 'government'], ['France', 'government']],
    want: [{ status: 'cancelled', parties: ['Mali', 'France'], evidence: 'Mali a rompu l\'accord de défense qui le liait à la France' }],
  },
  {
    name: 'en binding-relative: "Mali terminated the defence pact that bound it to France"',
    lang: 'en', text: 'Mali terminated the defence pact that bound it to France.',
    actors: [['Mali', 'government'], ['France', 'government']],
    want: [{ status: 'cancelled', parties: ['Mali', 'France'], evidence: 'Mali terminated the defence pact that bound it to France' }],
  },
  // letters of intent, a described party after « avec »
  {
    name: 'fr « EDF a signé avec le groupe tchèque CEZ une lettre d\'intention »',
    lang: 'fr', text: 'EDF a signé avec le groupe tchèque CEZ une lettre d\'intention pour la construction de réacteurs.',
    actors: [['EDF', 'organization'], ['CEZ', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['EDF', 'CEZ'], evidence: 'EDF a signé avec le groupe tchèque CEZ une lettre d\'intention' }],
  },
  // contracts/<lang>/partial-quote and a denial
  {
    name: 'en partial-quote then a denial: \'had “come to terms on a licensing agreement” … denied\' is disputed',
    lang: 'en', text: 'The statement claimed that Big Machine and Dick Clark Productions had “come to terms on a licensing agreement.” Dick Clark Productions later denied that it had settled on an arrangement.',
    actors: [['Big Machine', 'organization'], ['Dick Clark Productions', 'organization']],
    want: [{ kind: 'license', status: 'disputed', parties: ['Big Machine', 'Dick Clark Productions'], evidence: 'Big Machine and Dick Clark Productions had “come to terms on a licensing agreement' }],
  },
  // contracts/<lang>/verb-pronoun-buyer
  {
    name: 'en verb-pronoun-buyer: "… sent it on a quest for a merger partner. In December, the firm bid $16.50 per share for Tribune"',
    lang: 'en', text: 'McClatchy’s parlous condition has sent it on a quest for a partner. In December, the firm bid $16.50 per share for Tribune, the owner of the Chicago Tribune.',
    actors: [['McClatchy', 'organization'], ['Tribune', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['McClatchy', 'Tribune'], evidence: 'the firm bid $16.50 per share for Tribune' }],
  },
  // contracts/<lang>/status-resolved, violations, placed orders
  {
    name: 'en status-resolved: "signed a licensing deal with TikTok, ending a months-long dispute" is signed',
    lang: 'en', text: 'Sony Music has signed a licensing deal with TikTok, ending a months-long dispute.',
    actors: [['Sony Music', 'organization'], ['TikTok', 'organization']],
    want: [{ kind: 'license', status: 'signed', parties: ['Sony Music', 'TikTok'], evidence: 'a licensing deal with TikTok' }],
  },
  {
    name: 'fr status-resolved: « a signé un accord avec TikTok, mettant fin à un long litige »',
    lang: 'fr', text: 'Sony Music a signé un accord de licence avec TikTok, mettant fin à un long litige.',
    actors: [['Sony Music', 'organization'], ['TikTok', 'organization']],
    want: [{ kind: 'license', status: 'signed', parties: ['Sony Music', 'TikTok'], evidence: 'un accord de licence avec TikTok' }],
  },
  {
    name: 'en a violated agreement is disputed',
    lang: 'en', text: 'The WTO ruled that the agreement between the EU and Morocco violated international law.',
    actors: [['WTO', 'organization'], ['EU', 'government'], ['Morocco', 'government']],
    want: [{ status: 'disputed', parties: ['EU', 'Morocco'], evidence: 'the agreement between the EU and Morocco' }],
  },
  {
    name: 'fr « a passé commande de 90 Boeing 777X »',
    lang: 'fr', text: 'Emirates a passé commande de 90 Boeing 777X au salon de Dubaï.',
    actors: [['Emirates', 'organization'], ['Boeing 777X', 'product'], ['Boeing', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Emirates', 'Boeing'], evidence: 'commande de 90 Boeing' }],
  },
  // contracts/<lang>/party-supplied and the adverbial set off by a comma
  {
    name: 'en party-supplied + adverbial: "won a deal to supply Indian Air Force with 56 planes, in partnership with Tata"',
    lang: 'en', text: 'Airbus has won a €2 billion deal to supply Indian Air Force with 56 C295 transport planes, in partnership with Tata.',
    actors: [['Airbus', 'organization'], ['Indian Air Force', 'government'], ['Tata', 'organization']],
    want: [
      { kind: 'deal', status: 'signed', parties: ['Airbus', 'Indian Air Force'], evidence: 'a €2 billion deal to supply Indian Air Force' },
      { kind: 'partnership', status: 'signed', parties: ['Airbus', 'Tata'], evidence: 'in partnership with Tata' },
    ],
  },
  // a person's offer accepted by its target
  {
    name: 'en counterpart by its target: "Twitter accepted Elon Musk\'s $44 billion offer"',
    lang: 'en', text: 'Twitter accepted Elon Musk\'s $44 billion offer on Monday. The board unanimously approved the deal.',
    actors: [['Twitter', 'organization'], ['Elon Musk', 'person']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Twitter', 'Elon Musk'], evidence: 'Twitter accepted Elon Musk\'s $44 billion offer' }],
  },
  {
    name: 'fr counterpart by its target: « Twitter a accepté l\'offre d\'Elon Musk »',
    lang: 'fr', text: 'Le conseil d\'administration de Twitter a accepté l\'offre d\'Elon Musk de 44 milliards de dollars.',
    actors: [['Twitter', 'organization'], ['Elon Musk', 'person']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Twitter', 'Elon Musk'], evidence: 'Twitter a accepté l\'offre d\'Elon Musk' }],
  },
  // contracts/<lang>/list-clause and a status window ending at a new clause
  {
    name: 'fr list-clause: « l\'accord avec le FMI, et le gouvernement a suspendu le contrat » — two agreements, one status each',
    lang: 'fr', text: 'Le Parlement ukrainien a ratifié l\'accord avec le FMI, et le gouvernement a suspendu le contrat avec le fournisseur russe.',
    actors: [['Parlement ukrainien', 'government'], ['FMI', 'organization'], ['gouvernement', 'government']],
    want: [
      { status: 'signed', parties: ['Parlement ukrainien', 'FMI'], evidence: 'Parlement ukrainien a ratifié l\'accord avec le FMI' },
      { status: 'cancelled', parties: ['gouvernement'], evidence: 'gouvernement a suspendu le contrat' },
    ],
  },
  {
    name: 'en list-clause: "the agreement with the IMF, and the government suspended the contract"',
    lang: 'en', text: 'Ukraine\'s parliament ratified the agreement with the IMF, and the government suspended the contract with a Russian supplier.',
    actors: [['Ukraine', 'government'], ['IMF', 'organization'], ['government', 'government']],
    want: [
      { status: 'signed', parties: ['Ukraine', 'IMF'], evidence: 'the agreement with the IMF' },
      { status: 'cancelled', parties: ['government'], evidence: 'government suspended the contract' },
    ],
  },
  // joining an agreement; a city premodifier names it, a country is a party
  {
    name: 'en premodifier-city + joined: "The United States rejoined the Paris climate accord"',
    lang: 'en', text: 'The United States rejoined the Paris climate accord in 2021.',
    actors: [['United States', 'government'], ['Paris', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['United States'], evidence: 'United States rejoined the Paris climate accord' }],
  },
  {
    name: 'fr « Les États-Unis ont rejoint l\'accord de Paris sur le climat »',
    lang: 'fr', text: 'Les États-Unis ont rejoint l\'accord de Paris sur le climat en 2021.',
    actors: [['États-Unis', 'government'], ['Paris', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['États-Unis'], evidence: 'États-Unis ont rejoint l\'accord de Paris' }],
  },
  {
    name: 'en a country premodifier stays a party: "The United States quit the Iran nuclear deal"',
    lang: 'en', text: 'The United States quit the Iran nuclear deal in 2018.',
    actors: [['United States', 'government'], ['Iran', 'place']],
    want: [{ status: 'cancelled', parties: ['United States', 'Iran'], evidence: 'United States quit the Iran nuclear deal' }],
  },
  // contracts/<lang>/tentative-modifier, tie-ups, notifications
  {
    name: 'en tentative-modifier: "approved a possible $23 billion sale of F-16 jets to Turkey" is proposed',
    lang: 'en', text: 'The State Department approved a possible $23 billion sale of F-16 jets to Turkey.',
    actors: [['State Department', 'government'], ['Turkey', 'government']],
    want: [{ status: 'proposed', parties: ['State Department', 'Turkey'], evidence: 'a possible $23 billion sale of F-16 jets to Turkey' }],
  },
  {
    name: 'fr tentative-modifier: « Bercy a validé un éventuel rachat de Lagardère par Vivendi »',
    lang: 'fr', text: 'Bercy a validé un éventuel rachat de Lagardère par Vivendi.',
    actors: [['Bercy', 'government'], ['Lagardère', 'organization'], ['Vivendi', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Lagardère', 'Vivendi'], evidence: 'un éventuel rachat de Lagardère par Vivendi' }],
  },
  {
    name: 'en "Nissan\'s tie-up with Honda would create …" is a proposed partnership',
    lang: 'en', text: 'Nissan\'s tie-up with Honda would create the world\'s third-largest carmaker.',
    actors: [['Nissan', 'organization'], ['Honda', 'organization']],
    want: [{ kind: 'partnership', status: 'proposed', parties: ['Nissan', 'Honda'], evidence: 'Nissan\'s tie-up with Honda' }],
  },
  {
    name: 'fr « La DGA a notifié à MBDA un contrat de 2 milliards d\'euros »',
    lang: 'fr', text: 'La DGA a notifié à MBDA un contrat de 2 milliards d\'euros pour des missiles Aster.',
    actors: [['DGA', 'government'], ['MBDA', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['DGA', 'MBDA'], evidence: 'DGA a notifié à MBDA un contrat' }],
  },
  {
    name: 'fr passive notification: « Le contrat a été notifié à Naval Group par la DGA »',
    lang: 'fr', text: 'Le contrat a été notifié à Naval Group par la DGA en décembre.',
    actors: [['Naval Group', 'organization'], ['DGA', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Naval Group', 'DGA'], evidence: 'Le contrat a été notifié à Naval Group par la DGA' }],
  },
];

/** [name, lang, text, actors]: no contract at all. */
const NONE: Array<[string, Language, string, ContractActorSpec[]]> = [
  ['en a bid for re-election is no takeover', 'en', 'Donald Trump\'s bid for re-election failed in 2020.', [['Donald Trump', 'person']]],
  ['en an offer for customers is no takeover', 'en', 'Apple launched an offer for customers of Samsung.', [['Apple', 'organization'], ['Samsung', 'organization']]],
  ['en a party convention is no treaty', 'en', 'The Democrats held their convention in Chicago.', [['Democrats', 'organization'], ['Chicago', 'place']]],
  ['en selling goods to a country is no acquisition', 'en', 'The United States sold weapons to Saudi Arabia last year.', [['United States', 'government'], ['Saudi Arabia', 'government']]],
  ['en selling records to fans is no acquisition', 'en', 'Sony sold two million records to fans in Europe.', [['Sony', 'organization'], ['Europe', 'place']]],
  ['en talks without a purpose name no deal', 'en', 'Iran held talks with the IAEA on Monday.', [['Iran', 'government'], ['IAEA', 'organization']]],
  ['fr des discussions sans objet', 'fr', 'L\'Iran a engagé des discussions avec l\'AIEA lundi.', [['Iran', 'government'], ['AIEA', 'organization']]],
  ['en a lone subject does not team up', 'en', 'Toyota has teamed up to build a new plant.', [['Toyota', 'organization']]],
  ['fr « vendu … à » des produits', 'fr', 'La France a vendu des armes à l\'Arabie saoudite.', [['France', 'government'], ['Arabie saoudite', 'government']]],
  ['en the hypothetical team-up', 'en', 'If Honda and Nissan teamed up, they would rival Toyota.', [['Honda', 'organization'], ['Nissan', 'organization'], ['Toyota', 'organization']]],
  ['en a campaign is no partnership', 'en', 'Democrats and Republicans joined forces to pass the bill.', [['Democrats', 'organization'], ['Republicans', 'organization']]],
  ['fr une campagne n\'est pas un partenariat', 'fr', 'Les Verts et les socialistes se sont alliés pour bloquer la réforme.', [['Verts', 'organization'], ['socialistes', 'organization']]],
  ['en a campaign after an adverbial: "teamed up at the United Nations to block a resolution"', 'en', 'Russia and China teamed up at the United Nations to block a resolution on Syria.', [['Russia', 'government'], ['China', 'government'], ['United Nations', 'organization']]],
  ['fr une campagne après un complément : « se sont alliées au Conseil de sécurité pour bloquer »', 'fr', 'La Russie et la Chine se sont alliées au Conseil de sécurité pour bloquer une résolution.', [['Russie', 'government'], ['Chine', 'government'], ['Conseil de sécurité', 'organization']]],
  ['en a court suspending a rule and an abandoned plan', 'en', 'The Supreme Court suspended the rule, and the administration abandoned its plan to forgive student loans.', [['Supreme Court', 'government']]],
  ['fr « Renault a vendu 2,2 millions de voitures à des particuliers »', 'fr', 'Renault a vendu 2,2 millions de voitures à des particuliers en 2023.', [['Renault', 'organization']]],
  ['en idiom: "of its own accord"', 'en', 'Apple removed the app of its own accord, the company said.', [['Apple', 'organization']]],
  ['fr idiome : « d\'un commun accord »', 'fr', 'Apple et Google ont retiré l\'application d\'un commun accord.', [['Apple', 'organization'], ['Google', 'organization']]],
  ['en talks to buy time name no purchase', 'en', 'Iran is in talks with the IAEA to buy time.', [['Iran', 'government'], ['IAEA', 'organization']]],
  ['en troops ordered to a country are no purchase', 'en', 'The Pentagon ordered 3,000 troops to Poland.', [['Pentagon', 'government'], ['Poland', 'government']]],
  ['en a court order counts no goods', 'en', 'The Supreme Court ordered the company to pay damages to Apple.', [['Supreme Court', 'government'], ['Apple', 'organization']]],
  ['en a denied partnership: "At no time did X … in partnership with Y"', 'en', 'At no time did Dick Clark Productions agree to, create, authorize or distribute a statement in partnership with Big Machine Label Group.', [['Dick Clark Productions', 'organization'], ['Big Machine Label Group', 'organization']]],
];

describe('contracts recall: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

describe('contracts recall: should not find', () => {
  test.each(NONE)('%s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors)).toEqual([]);
  });
});

describe('contracts recall: partial rows', () => {
  test('fr contract-holder: a place after « de » is no holder (« le contrat de concession de l\'aéroport de Lisbonne »)', () => {
    const text = 'Vinci a remporté le contrat de concession de l\'aéroport de Lisbonne.';
    const found = contractsOf('fr', text, [['Vinci', 'organization'], ['Lisbonne', 'place']]);
    expect(found).toHaveLength(1);
    expect(found[0]!.parties.map((p) => p.name)).toEqual(['Vinci']);
  });
  test('en a plea agreement offered by prosecutors and refused is proposed, not signed', () => {
    const text = 'Michael Thomas chose not to accept a plea agreement offered by prosecutors.';
    const found = contractsOf('en', text, [['Michael Thomas', 'person']]);
    expect(found.map((c) => c.status)).toEqual(['proposed']);
  });
});
