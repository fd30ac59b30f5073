/**
 * Contract patterns learnt from a blind read of the corpus and the HTML
 * pages (parties after "between"/« entre » with descriptors, possessive
 * "X's acquisition of Y", a sale named with both sides, hypothetical
 * acquisitions, modal and threatened status cues, the default status of an
 * agreement stated as fact, ambiguous "convention"). Table-driven, both
 * languages, real sentences in the style of business, politics and defence
 * news.
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

type Row = ContractRow;

const FIND: Row[] = [
  // contracts/en/possessive-s
  {
    name: 'en possessive-s: "Facebook\'s acquisition of Oculus VR"',
    lang: 'en', text: 'Investors cheered on Monday. They praised Facebook\'s $2 billion acquisition of Oculus VR.',
    actors: [['Facebook', 'organization'], ['Oculus VR', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Facebook', 'Oculus VR'], evidence: "Facebook's $2 billion acquisition of Oculus VR" }],
  },
  // contracts/<lang>/possessive-previous + distinct-counterparty + products bought + party-stop-noun
  {
    name: 'en its/company\'s stand for the previous sentence\'s institution; two targets are two acquisitions',
    lang: 'en',
    text: 'Facebook CEO Mark Zuckerberg spoke on Monday. He is the man behind his company\'s $19 billion acquisition of WhatsApp, and he brokered its $1 billion buyout of Instagram and closed the $3 billion deal to buy Oculus VR.',
    actors: [['Facebook', 'organization'], ['Mark Zuckerberg', 'person'], ['WhatsApp', 'product'], ['Instagram', 'product'], ['Oculus VR', 'organization']],
    want: [
      { kind: 'acquisition', status: 'signed', parties: ['Facebook', 'WhatsApp'], evidence: 'acquisition of WhatsApp' },
      { kind: 'acquisition', status: 'signed', parties: ['Facebook', 'Instagram'], evidence: 'its $1 billion buyout of Instagram' },
      // contracts/en/party-infinitive: the object of "to buy" is a party
      { kind: 'deal', status: 'signed', parties: ['Oculus VR'], evidence: 'the $3 billion deal to buy Oculus VR' },
    ],
  },
  {
    name: 'fr possessive-previous: « son rachat de Nissan » after a sentence naming Renault',
    lang: 'fr', text: 'Renault a publié ses comptes mardi. Son rachat de Nissan a été finalisé en mars.',
    actors: [['Renault', 'organization'], ['Nissan', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Renault', 'Nissan'], evidence: 'Son rachat de Nissan' }],
  },
  // contracts/en/noun-sale
  {
    name: 'en noun-sale: a sale naming both sides introduces the acquisition',
    lang: 'en', text: 'Yahoo\'s $4.8 billion sale to Verizon is a complicated beast for shareholders.',
    actors: [['Yahoo', 'organization'], ['Verizon', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Yahoo', 'Verizon'], evidence: "Yahoo's $4.8 billion sale to Verizon" }],
  },
  // list gaps with a descriptor
  {
    name: 'en list gap with a descriptor: "between Verizon and its rival AT&T"',
    lang: 'en', text: 'Regulators examined a roaming agreement between Verizon and its rival AT&T on Friday.',
    actors: [['Verizon', 'organization'], ['AT&T', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Verizon', 'AT&T'], evidence: 'a roaming agreement between Verizon and its rival AT&T' }],
  },
  {
    name: 'fr list gap with a descriptor; a negotiated agreement is concluded',
    lang: 'fr', text: 'Le candidat reste en conformité avec l\'accord électoral négocié entre le PS et les écologistes d\'EELV.',
    actors: [['PS', 'organization'], ['Europe Écologie Les Verts', 'organization', ['EELV']]],
    want: [{ kind: 'agreement', status: 'signed', parties: ['PS', 'Europe Écologie Les Verts'], evidence: "l'accord électoral négocié entre le PS et les écologistes d'EELV" }],
  },
  // contracts/status-default-signed
  {
    name: 'en an agreement between two named parties stated as fact is in force',
    lang: 'en', text: 'The visit is part of a new trade agreement between Brazil and China.',
    actors: [['Brazil', 'government'], ['China', 'government']],
    want: [{ status: 'signed', parties: ['Brazil', 'China'], evidence: 'a new trade agreement between Brazil and China' }],
  },
  {
    name: 'fr « en partenariat avec » is in force',
    lang: 'fr', text: 'SpaceX réalise, en partenariat avec la NASA, la première mission privée vers l\'ISS.',
    actors: [['SpaceX', 'organization'], ['NASA', 'government']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['SpaceX', 'NASA'], evidence: 'en partenariat avec la NASA' }],
  },
  // contracts/<lang>/status-modal
  {
    name: 'en "is expected to sign" is proposed',
    lang: 'en', text: 'Thales is expected to sign a $2 billion contract with the Indian Navy next week.',
    actors: [['Thales', 'organization'], ['Indian Navy', 'government']],
    want: [{ kind: 'contract', status: 'proposed', parties: ['Thales', 'Indian Navy'], evidence: 'a $2 billion contract with the Indian Navy' }],
  },
  {
    name: 'fr « devrait être signé » is proposed',
    lang: 'fr', text: 'Un accord de défense avec l\'Inde devrait être signé par Dassault en mars.',
    actors: [['Dassault', 'organization'], ['Inde', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Inde', 'Dassault'], evidence: "Un accord de défense avec l'Inde" }],
  },
  {
    name: 'en "allows Yahoo to terminate the deal" is no cancellation',
    lang: 'en', text: 'Yahoo signed a merger agreement with Verizon that allows Yahoo to terminate the deal for a fee.',
    actors: [['Yahoo', 'organization'], ['Verizon', 'organization']],
    want: [{ status: 'signed', parties: ['Yahoo', 'Verizon'], evidence: 'a merger agreement with Verizon' }],
  },
  // contracts/<lang>/status-other-object
  {
    name: 'en "signed the bill into law" is no signature of the lease',
    lang: 'en', text: 'After the President signed the bill into law, the Air Force began negotiating with Boeing a lease for 100 tankers.',
    actors: [['Air Force', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'lease', status: 'proposed', parties: ['Air Force', 'Boeing'], evidence: 'a lease' }],
  },
  {
    name: 'fr « a signé le décret » is no signature of the contract',
    lang: 'fr', text: 'Depuis que le président a signé le décret, l\'Armée de l\'air négocie avec Airbus un contrat pour 100 avions.',
    actors: [['Armée de l\'air', 'government'], ['Airbus', 'organization']],
    want: [{ kind: 'contract', status: 'proposed', parties: ['Armée de l\'air', 'Airbus'], evidence: 'un contrat' }],
  },
  // threat → disputed
  {
    name: 'en "threatened to cancel" is disputed',
    lang: 'en', text: 'The Pentagon threatened to cancel its $23 billion deal with Boeing on Tuesday.',
    actors: [['Pentagon', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'deal', status: 'disputed', parties: ['Pentagon', 'Boeing'], evidence: 'its $23 billion deal with Boeing' }],
  },
  {
    name: 'fr « menace de rompre » is disputed',
    lang: 'fr', text: 'Le gouvernement menace de rompre son contrat avec Naval Group.',
    actors: [['Naval Group', 'organization']],
    want: [{ kind: 'contract', status: 'disputed', parties: ['Naval Group'], evidence: 'son contrat avec Naval Group' }],
  },
  // new cancellation cues
  {
    name: 'en "rebuffed a takeover offer from X": the offer\'s target is the sentence subject; cancelled',
    lang: 'en', text: 'Snapchat famously rebuffed a $3 billion takeover offer from Facebook in 2013.',
    actors: [['Snapchat', 'organization'], ['Facebook', 'organization']],
    want: [{ kind: 'acquisition', status: 'cancelled', parties: ['Snapchat', 'Facebook'], evidence: 'a $3 billion takeover offer from Facebook' }],
  },
  {
    name: 'fr « rejeté » cancels',
    lang: 'fr', text: 'Le Parlement a rejeté un accord commercial avec le Canada.',
    actors: [['Parlement', 'government'], ['Canada', 'government']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Parlement', 'Canada'], evidence: 'un accord commercial avec le Canada' }],
  },
  // past acquisition verbs are signed
  {
    name: 'en "bought" is signed',
    lang: 'en', text: 'Amazon bought Whole Foods in August 2017 for $13.7 billion.',
    actors: [['Amazon', 'organization'], ['Whole Foods', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Amazon', 'Whole Foods'], evidence: 'Amazon bought Whole Foods' }],
  },
  {
    name: 'fr « a racheté » is signed',
    lang: 'fr', text: 'Danone a racheté Alpro en 2016 pour 300 millions d\'euros.',
    actors: [['Danone', 'organization'], ['Alpro', 'organization']],
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Danone', 'Alpro'], evidence: 'Danone a racheté Alpro' }],
  },
  // ambiguous "convention" with parties is a treaty
  {
    name: 'fr « une convention fiscale avec » is a treaty',
    lang: 'fr', text: 'Le Luxembourg a signé une convention fiscale avec la France.',
    actors: [['Luxembourg', 'government'], ['France', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Luxembourg', 'France'], evidence: 'une convention fiscale avec la France' }],
  },
  {
    name: 'en "a tax convention with" is a treaty',
    lang: 'en', text: 'Luxembourg signed a tax convention with France in 2018.',
    actors: [['Luxembourg', 'government'], ['France', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Luxembourg', 'France'], evidence: 'a tax convention with France' }],
  },
  // contracts/<lang>/verb-with-party
  {
    name: 'en "X signed with Y a contract": the party stands between verb and noun',
    lang: 'en', text: 'Lockheed Martin signed with the Pentagon a $1.2 billion contract for F-35 parts.',
    actors: [['Lockheed Martin', 'organization'], ['Pentagon', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Lockheed Martin', 'Pentagon'], evidence: 'a $1.2 billion contract' }],
  },
  {
    name: 'fr « X a signé avec Y un contrat »',
    lang: 'fr', text: 'Dassault Aviation a signé avec l\'Inde un contrat de 36 Rafale.',
    actors: [['Dassault Aviation', 'organization'], ['Inde', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Dassault Aviation', 'Inde'], evidence: 'un contrat' }],
  },
  {
    name: 'en "X awarded Y a contract": the indirect object is a party',
    lang: 'en', text: 'The Pentagon awarded Raytheon a $2 billion missile contract.',
    actors: [['Pentagon', 'government'], ['Raytheon', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Pentagon', 'Raytheon'], evidence: 'a $2 billion missile contract' }],
  },
  {
    name: 'fr « X a attribué à Y un contrat »',
    lang: 'fr', text: 'Le ministère a attribué à Thales un contrat de 300 millions d\'euros.',
    actors: [['ministère', 'government'], ['Thales', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['ministère', 'Thales'], evidence: 'a attribué à Thales un contrat' }],
  },
  // modal acquisition verbs are proposed
  {
    name: 'en "Amazon could acquire Netflix" is proposed',
    lang: 'en', text: 'Amazon could acquire Netflix, analysts at Goldman Sachs said.',
    actors: [['Amazon', 'organization'], ['Netflix', 'organization'], ['Goldman Sachs', 'organization']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Amazon', 'Netflix'], evidence: 'Amazon could acquire Netflix' }],
  },
  {
    name: 'fr « Fiat va racheter Renault » is announced (a plain future states a decision, contracts/fr/status-future); « s\'est retirée du traité » cancels',
    lang: 'fr', text: 'Fiat va racheter Renault. La Russie s\'est retirée d\'un traité avec les États-Unis.',
    actors: [['Fiat', 'organization'], ['Renault', 'organization'], ['Russie', 'government'], ['États-Unis', 'government']],
    want: [
      { kind: 'acquisition', status: 'announced', parties: ['Fiat', 'Renault'], evidence: 'Fiat va racheter Renault' },
      { kind: 'treaty', status: 'cancelled', parties: ['Russie', 'États-Unis'], evidence: 'un traité avec les États-Unis' },
    ],
  },
  // contracts/<lang>/passive-recipient
  {
    name: 'en "was awarded to X by Y": recipient and agent',
    lang: 'en', text: 'The contract was awarded to Thales by the French Navy.',
    actors: [['Thales', 'organization'], ['French Navy', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Thales', 'French Navy'], evidence: 'The contract was awarded to Thales by the French Navy' }],
  },
  {
    name: 'fr « attribué à X par Y »',
    lang: 'fr', text: 'Le contrat a été attribué à Thales par la Marine nationale.',
    actors: [['Thales', 'organization'], ['Marine nationale', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Thales', 'Marine nationale'], evidence: 'attribué à Thales par la Marine nationale' }],
  },
  // contracts/<lang>/possessive-plural
  {
    name: 'en "X and Y finalised their merger"',
    lang: 'en', text: 'Orange and MasMovil finalised their merger in Spain.',
    actors: [['Orange', 'organization'], ['MasMovil', 'organization'], ['Spain', 'place']],
    want: [{ kind: 'merger', status: 'signed', parties: ['Orange', 'MasMovil'], evidence: 'their merger' }],
  },
  {
    name: 'fr « X et Y ont finalisé leur fusion »',
    lang: 'fr', text: 'Orange et MasMovil ont finalisé leur fusion en Espagne.',
    actors: [['Orange', 'organization'], ['MasMovil', 'organization'], ['Espagne', 'place']],
    want: [{ kind: 'merger', status: 'signed', parties: ['Orange', 'MasMovil'], evidence: 'leur fusion' }],
  },
  // contracts/<lang>/between-unnamed
  {
    name: 'en "a truce between the rebels and the Government of Mali": the unnamed side is skipped',
    lang: 'en', text: 'A truce between the northern rebels and the Government of Mali was signed in Algiers.',
    actors: [['Government of Mali', 'government'], ['Algiers', 'place']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Government of Mali'], evidence: 'A truce between the northern rebels and the Government of Mali' }],
  },
  {
    name: 'fr « un cessez-le-feu entre les indépendantistes algériens et l\'armée française »',
    lang: 'fr', text: 'Les accords instauraient un cessez-le-feu entre les indépendantistes algériens et l\'armée française.',
    actors: [['armée française', 'government']],
    want: [{ kind: 'treaty', status: null, parties: ['armée française'], evidence: "un cessez-le-feu entre les indépendantistes algériens et l'armée française" }],
  },
  // settlement is an agreement only with a party
  {
    name: 'en "a settlement with the FTC"',
    lang: 'en', text: 'Meta agreed to a $725 million settlement with the Federal Trade Commission.',
    actors: [['Meta', 'organization'], ['Federal Trade Commission', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Meta', 'Federal Trade Commission'], evidence: 'a $725 million settlement with the Federal Trade Commission' }],
  },
  // contracts/<lang>/party-infinitive + verb-corefers
  {
    name: 'en "his deal to buy Twitter" then "Musk acquired Twitter" is one acquisition, cancelled',
    lang: 'en', text: 'Elon Musk walked away from his deal to buy Twitter. Analysts doubt Elon Musk acquired Twitter at a fair price.',
    actors: [['Elon Musk', 'person'], ['Twitter', 'organization']],
    want: [{ kind: 'deal', status: 'cancelled', parties: ['Elon Musk', 'Twitter'], evidence: 'his deal to buy Twitter' }],
  },
  {
    name: 'fr « son offre publique d\'achat pour racheter Twitter »',
    lang: 'fr', text: 'Elon Musk a retiré son offre publique d\'achat pour racheter Twitter.',
    actors: [['Elon Musk', 'person'], ['Twitter', 'organization']],
    want: [{ kind: 'acquisition', parties: ['Elon Musk', 'Twitter'], status: 'proposed', evidence: 'pour racheter Twitter' }],
  },
  // contracts/<lang>/implicit-country
  {
    name: 'en a country leading its sentence is the implicit party',
    lang: 'en', text: 'India proposed a free trade agreement with the European Union.',
    actors: [['India', 'place'], ['European Union', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['India', 'European Union'], evidence: 'a free trade agreement with the European Union' }],
  },
  {
    name: 'fr un pays en tête de phrase est la partie implicite',
    lang: 'fr', text: 'Le Canada a proposé un accord de libre-échange avec l\'Union européenne.',
    actors: [['Canada', 'place'], ['Union européenne', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Canada', 'Union européenne'], evidence: "un accord de libre-échange avec l'Union européenne" }],
  },
  // negotiation verbs make the subject list the parties
  {
    name: 'en "X and Y are in talks over a deal"',
    lang: 'en', text: 'The United Kingdom and the European Union are in talks over a trade deal.',
    actors: [['United Kingdom', 'government'], ['European Union', 'government']],
    want: [{ kind: 'deal', status: 'proposed', parties: ['United Kingdom', 'European Union'], evidence: 'a trade deal' }],
  },
  {
    name: 'fr « X et Y sont en négociation sur un accord »',
    lang: 'fr', text: 'Le Royaume-Uni et l\'Union européenne sont toujours en négociation sur un accord commercial.',
    actors: [['Royaume-Uni', 'government'], ['Union européenne', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Royaume-Uni', 'Union européenne'], evidence: 'un accord' }],
  },
  // a compound noun does not end the party search; « renoncé à » cancels
  {
    name: 'fr « son accord de partenariat avec Nissan » (compound), dénoncé',
    lang: 'fr', text: 'Renault a dénoncé son accord de partenariat avec Nissan.',
    actors: [['Renault', 'organization'], ['Nissan', 'organization']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Renault', 'Nissan'], evidence: 'son accord de partenariat avec Nissan' }],
  },
  {
    name: 'en "its agreement of cooperation with" (compound), backed out of',
    lang: 'en', text: 'Nissan backed out of its agreement of partnership with Renault.',
    actors: [['Nissan', 'organization'], ['Renault', 'organization']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Nissan', 'Renault'], evidence: 'its agreement of partnership with Renault' }],
  },
  {
    name: 'fr « a renoncé à un accord avec »',
    lang: 'fr', text: 'Vivendi a renoncé à un accord avec Mediaset.',
    actors: [['Vivendi', 'organization'], ['Mediaset', 'organization']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Vivendi', 'Mediaset'], evidence: 'un accord avec Mediaset' }],
  },
];

describe('contract patterns: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

/** [name, lang, text, actors, a party that must not appear (or null: no contract at all)] */
const NOT_FIND: Array<[string, Language, string, ContractActorSpec[], string | null]> = [
  // contracts/<lang>/verb-hypothetical
  ['en "if only X had bought Y" is a wish', 'en', 'Ahh, if only Yahoo had bought Snapchat instead of Tumblr.',
    [['Yahoo', 'organization'], ['Snapchat', 'organization']], null],
  ['fr « si X rachetait Y » is a condition', 'fr', 'Les analystes estiment que si Renault rachetait Nissan, les coûts baisseraient.',
    [['Renault', 'organization'], ['Nissan', 'organization']], null],
  // contracts/<lang>/ambiguous-noun
  ['en the party\'s convention is a congress', 'en', 'Gusenbauer was reelected leader of the SPOE at the party\'s convention in Vienna.',
    [['SPOE', 'organization'], ['Vienna', 'place']], null],
  ['fr la convention démocrate is a congress', 'fr', 'C\'est Michelle Obama qui ouvrira la convention démocrate à Charlotte.',
    [['Michelle Obama', 'person'], ['Charlotte', 'place']], null],
  // contracts/<lang>/party-not-indefinite
  ['en "with a Special Purpose Entity" names no party', 'en', 'The Air Force proposed an operating lease with a Special Purpose Entity.',
    [['Air Force', 'government'], ['Special Purpose Entity', 'organization']], 'Special Purpose Entity'],
  ['fr « avec une Société de projet » names no party', 'fr', 'L\'armée a proposé un bail avec une Société de Projet.',
    [['Société de Projet', 'organization']], 'Société de Projet'],
  ['en "with a Special Purpose Entity" when the actor is only "Purpose Entity"', 'en', 'The Air Force proposed an operating lease with a Special Purpose Entity.',
    [['Air Force', 'government'], ['Purpose Entity', 'organization']], 'Purpose Entity'],
  ['fr « avec une Société de Projet » when the actor is only « Projet »', 'fr', 'L\'armée a proposé un bail avec une Société de Projet.',
    [['Projet', 'organization']], 'Projet'],
  // subject pronouns end the party search
  ['en "the deal we want … to the SASC"', 'en', 'I think we still need to proceed with the deal we want and take it to the SASC.',
    [['SASC', 'government']], null],
  ['fr « l\'accord qu\'il veut … avec le Sénat »', 'fr', 'Il défend un accord qu\'il veut présenter avec le Sénat.',
    [['Sénat', 'government']], null],
  // a product named with goods after it is what is bought, not a party
  ['en "the acquisition of Rafale jets" names no party', 'en', 'India confirmed the acquisition of Rafale jets on Monday.',
    [['Rafale', 'product'], ['India', 'government']], 'Rafale'],
  ['fr « le rachat de Rafale neufs »', 'fr', 'L\'Inde a confirmé un rachat de Rafale neufs lundi.',
    [['Rafale', 'product'], ['Inde', 'government']], 'Rafale'],
  // a bare "to" takes no descriptor: "the deal to buy Oculus VR" is an infinitive
  ['en "the deal to build X near Y" has no "to" party', 'en', 'Analysts discussed the deal to build stores near Oculus VR.',
    [['Oculus VR', 'organization']], null],
  ['fr « l\'accord pour construire … près de Y » has no party', 'fr', 'Les analystes ont discuté l\'accord pour construire des magasins près de Carrefour.',
    [['Carrefour', 'organization']], null],
  ['en settlements in the West Bank are no agreement', 'en', 'Israel announced a new settlement in the West Bank.',
    [['Israel', 'government'], ['West Bank', 'place']], null],
  // a sale anaphor without both sides stays an anaphor
  ['fr « la vente de billets » is no contract', 'fr', 'La vente de billets a commencé pour le concert de Coldplay.',
    [['Coldplay', 'group']], null],
];

describe('contract patterns: should not find', () => {
  test.each(NOT_FIND)('%s', (_name, lang, text, actors, party) => {
    const found = contractsOf(lang, text, actors);
    if (party === null) expect(found).toEqual([]);
    else expect(found.flatMap((c) => c.parties.map((p) => p.name))).not.toContain(party);
  });
});
