/**
 * How news writes agreements that the contract rules missed on fresh text: bracketed amounts and acronyms inside a
 * phrase or a list (contracts/<lang>/aside), a comma between premodifiers (comma-premodifier), a day between the
 * subject and its verb (subject-time), an apposed subject list or a lower-case apposition, longer descriptors in a
 * list of parties, a reduced relative naming the counterparty (participle-with), the recipient of a contract
 * ("received"), purchases of counted goods from a seller (verb-order), French post-nominal names (« l'alliance
 * Renault-Nissan »), talks about an agreement between two named sides, persons who sign on behalf of the parties
 * (signatory-persons), « mettre un terme à » and a purpose that is no cancellation (« destiné à mettre fin »).
 * Real sentence shapes from business, politics and defence news, both languages, with hand-built actors.
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

const FIND: ContractRow[] = [
  // contracts/<lang>/aside
  {
    name: 'en aside: "a £900 million ($1.1 billion) deal with Adidas"',
    lang: 'en', text: 'Manchester United signed a £900 million ($1.1 billion) deal with Adidas on Monday to renew their partnership.',
    actors: [['Manchester United', 'organization'], ['Adidas', 'organization']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Manchester United', 'Adidas'], evidence: 'a £900 million ($1.1 billion) deal with Adidas' }],
  },
  {
    name: 'fr aside: « un contrat de 2 milliards d\'euros (2,2 milliards de dollars) avec Emirates »',
    lang: 'fr', text: 'Airbus a signé un contrat de 2 milliards d\'euros (2,2 milliards de dollars) avec Emirates.',
    actors: [['Airbus', 'organization'], ['Emirates', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Airbus', 'Emirates'], evidence: 'un contrat de 2 milliards d\'euros (2,2 milliards de dollars) avec Emirates' }],
  },
  {
    name: 'fr aside: an acronym after the noun « une offre publique d\'achat (OPA) amicale pour acquérir … Invensys »',
    lang: 'fr', text: 'Schneider Electric, spécialiste mondial de la gestion de l\'énergie, a lancé une offre publique d\'achat (OPA) amicale pour acquérir le groupe britannique Invensys.',
    actors: [['Schneider Electric', 'organization'], ['Invensys', 'organization', ['le groupe britannique Invensys']]],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Schneider Electric', 'Invensys'], evidence: 'une offre publique d\'achat (OPA) amicale pour acquérir le groupe britannique Invensys' }],
  },
  {
    name: 'fr aside: an acronym after a party « entre l\'Union européenne (UE) et les pays du Mercosur »',
    lang: 'fr', text: 'La Commission doit signer lundi l\'accord de libre-échange entre l\'Union européenne (UE) et les pays du Mercosur.',
    actors: [['Commission', 'government'], ['Union européenne', 'government'], ['Mercosur', 'organization']],
    want: [{ status: 'proposed', parties: ['Union européenne', 'Mercosur'], evidence: 'l\'accord de libre-échange entre l\'Union européenne (UE) et les pays du Mercosur' }],
  },
  // contracts/<lang>/comma-premodifier
  {
    name: 'en comma-premodifier: "Boeing was awarded a $497 million, firm-fixed-price contract"',
    lang: 'en', text: 'Separately, Boeing was awarded a $497 million, firm-fixed-price contract for CH-47F helicopters.',
    actors: [['Boeing', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Boeing'], evidence: 'Boeing was awarded a $497 million, firm-fixed-price contract' }],
  },
  // contracts/<lang>/subject-time
  {
    name: 'en subject-time: "South Sudan\'s government and rebels on Thursday signed a ceasefire agreement"',
    lang: 'en', text: 'South Sudan\'s government and rebels on Thursday signed a ceasefire agreement, pledging to halt fighting within 24 hours.',
    actors: [['South Sudan', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['South Sudan'], evidence: 'South Sudan\'s government and rebels on Thursday signed a ceasefire agreement' }],
  },
  {
    name: 'fr verb-with-party: a place after « à » is where it was signed (« a signé dimanche à Doha un accord de paix avec le MLJ »)',
    lang: 'fr', text: 'Le gouvernement soudanais avait signé dimanche à Doha un accord de paix avec le MLJ.',
    actors: [['gouvernement soudanais', 'government'], ['Doha', 'place'], ['MLJ', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['gouvernement soudanais', 'MLJ'], evidence: 'un accord de paix avec le MLJ' }],
  },
  // contracts/<lang>/apposed-subject: a list, a lower-case description
  {
    name: 'fr apposed subject list: « Les deux syndicats majoritaires, la CFE-CGC et la CFDT, ont signé vendredi l\'accord »',
    lang: 'fr', text: 'Les deux syndicats majoritaires du groupe, la CFE-CGC et la CFDT, ont signé vendredi l\'accord sur les salaires.',
    actors: [['CFE-CGC', 'organization'], ['CFDT', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['CFE-CGC', 'CFDT'], evidence: 'CFE-CGC et la CFDT, ont signé vendredi l\'accord' }],
  },
  {
    name: 'en apposed subject list: "The two unions, Unite and GMB, signed the pay deal with Ford"',
    lang: 'en', text: 'The two unions, Unite and GMB, signed the pay deal with Ford on Friday.',
    actors: [['Unite', 'organization'], ['GMB', 'organization'], ['Ford', 'organization']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Unite', 'GMB', 'Ford'], evidence: 'Unite and GMB, signed the pay deal with Ford' }],
  },
  // listGap: three descriptor words before the second name
  {
    name: 'fr list with a long descriptor: « Alibaba et le groupe diversifié français Bolloré ont annoncé un partenariat »',
    lang: 'fr', text: 'Alibaba et le groupe diversifié français Bolloré ont annoncé lundi un partenariat mondial.',
    actors: [['Alibaba', 'organization'], ['Bolloré', 'organization']],
    want: [{ kind: 'partnership', status: 'announced', parties: ['Alibaba', 'Bolloré'], evidence: 'Alibaba et le groupe diversifié français Bolloré ont annoncé lundi un partenariat' }],
  },
  {
    name: 'en list with a long descriptor: "Veolia and its smaller domestic rival Suez announced a merger deal"',
    lang: 'en', text: 'Veolia and its smaller domestic rival Suez announced a merger deal on Monday.',
    actors: [['Veolia', 'organization'], ['Suez', 'organization']],
    want: [{ kind: 'deal', status: 'announced', parties: ['Veolia', 'Suez'], evidence: 'Veolia and its smaller domestic rival Suez announced a merger deal' }],
  },
  // contracts/<lang>/participle-with
  {
    name: 'en participle-with: "South Korea\'s biggest ever arms deal, clinched last month with Poland"',
    lang: 'en', text: 'The contract is part of South Korea\'s biggest ever arms deal, clinched last month with Poland.',
    actors: [['South Korea', 'government'], ['Poland', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['South Korea', 'Poland'], evidence: 'South Korea\'s biggest ever arms deal, clinched last month with Poland' }],
  },
  {
    name: 'fr participle-with: « Le Mali a dénoncé l\'accord de défense, conclu en 2014 avec la France »',
    lang: 'fr', text: 'Le Mali a dénoncé l\'accord de défense, conclu en 2014 avec la France.',
    actors: [['Mali', 'government'], ['France', 'government']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Mali', 'France'], evidence: 'Mali a dénoncé l\'accord de défense, conclu en 2014 avec la France' }],
  },
  // the recipient of a contract
  {
    name: 'en received: "Lockheed Martin received a Defense Department contract worth $431 million"',
    lang: 'en', text: 'Earlier in December, Lockheed Martin received a Defense Department contract worth $431 million.',
    actors: [['Lockheed Martin', 'organization'], ['Defense Department', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Lockheed Martin', 'Defense Department'], evidence: 'Lockheed Martin received a Defense Department contract' }],
  },
  {
    name: 'fr reçu: « Thales a reçu un contrat de la Marine nationale »',
    lang: 'fr', text: 'Thales a reçu un contrat de 300 millions d\'euros de la Marine nationale.',
    actors: [['Thales', 'organization'], ['Marine nationale', 'government']],
    // (the awarding navy is the holder after « de », with its article: contracts/<lang>/contract-holder)
    want: [{ kind: 'contract', status: 'signed', parties: ['Thales', 'Marine nationale'], evidence: 'un contrat de 300 millions d\'euros de la Marine nationale' }],
  },
  // contracts/<lang>/verb-order: a purchase of counted goods from a seller
  {
    name: 'en verb-order purchase: "Poland said it would buy 32 AW149 helicopters from Italian arms company Leonardo"',
    lang: 'en', text: 'Poland said it would buy 32 AW149 helicopters from Italian arms company Leonardo.',
    actors: [['Poland', 'government'], ['Leonardo', 'organization']],
    want: [{ kind: 'contract', status: 'proposed', parties: ['Poland', 'Leonardo'], evidence: 'Poland said it would buy 32 AW149 helicopters from Italian arms company Leonardo' }],
  },
  {
    name: 'fr verb-order achat: « La Pologne va acheter 32 hélicoptères AW149 à l\'italien Leonardo »',
    lang: 'fr', text: 'La Pologne va acheter 32 hélicoptères AW149 à l\'italien Leonardo.',
    actors: [['Pologne', 'government'], ['Leonardo', 'organization']],
    want: [{ kind: 'contract', status: 'proposed', parties: ['Pologne', 'Leonardo'], evidence: 'Pologne va acheter 32 hélicoptères AW149 à l\'italien Leonardo' }],
  },
  // contracts/fr/post-nominal
  {
    name: 'fr post-nominal: « L\'alliance Renault-Nissan a été rompue »',
    lang: 'fr', text: 'L\'alliance Renault-Nissan a été rompue en 2023.',
    actors: [['Renault', 'organization'], ['Nissan', 'organization']],
    want: [{ kind: 'partnership', status: 'cancelled', parties: ['Renault', 'Nissan'], evidence: 'L\'alliance Renault-Nissan' }],
  },
  {
    name: 'fr post-nominal: « la résiliation du contrat Autolib\' » is its own contract, not the partnership before it',
    lang: 'fr', text: 'Alibaba et Bolloré ont annoncé un partenariat. Bolloré vient de subir un revers avec la résiliation du contrat Autolib\'.',
    actors: [['Alibaba', 'organization'], ['Bolloré', 'organization'], ['Autolib\'', 'organization']],
    want: [
      { kind: 'partnership', status: 'announced', parties: ['Alibaba', 'Bolloré'], evidence: 'Alibaba et Bolloré ont annoncé un partenariat' },
      { kind: 'contract', status: 'cancelled', parties: ['Autolib\''], evidence: 'du contrat Autolib\'' },
    ],
  },
  // talks about an agreement between two named sides
  {
    name: 'fr talks: « Les négociations en vue d\'un accord de libre-échange entre l\'UE et l\'Australie ont échoué »',
    lang: 'fr', text: 'Les négociations en vue d\'un accord de libre-échange entre l\'UE et l\'Australie ont échoué.',
    actors: [['UE', 'government'], ['Australie', 'government']],
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['UE', 'Australie'], evidence: 'négociations en vue d\'un accord de libre-échange entre l\'UE et l\'Australie' }],
  },
  // contracts/<lang>/signatory-persons
  {
    name: 'fr signatory-persons: ministers signing « le contrat » sign the agreement already named',
    lang: 'fr', text: 'L\'Inde et la France ont signé un accord sur la vente de 36 Rafale. Le ministre indien, Manohar Parrikar, et son homologue français, Jean-Yves Le Drian, ont signé le contrat à New Delhi.',
    actors: [['Inde', 'government'], ['France', 'government'], ['Manohar Parrikar', 'person'], ['Jean-Yves Le Drian', 'person'], ['New Delhi', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Inde', 'France'], evidence: 'Inde et la France ont signé un accord' }],
  },
  {
    name: 'en signatory-persons: "Defence ministers Manohar Parrikar and Jean-Yves Le Drian signed the contract"',
    lang: 'en', text: 'India and France signed an agreement for 36 Rafale jets. Defence ministers Manohar Parrikar and Jean-Yves Le Drian signed the contract in New Delhi.',
    actors: [['India', 'government'], ['France', 'government'], ['Manohar Parrikar', 'person'], ['Jean-Yves Le Drian', 'person'], ['New Delhi', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['India', 'France'], evidence: 'India and France signed an agreement' }],
  },
  // « mettre un terme à », « destiné à mettre fin »
  {
    name: 'fr mettre un terme: « Paris a mis un terme au contrat avec le groupe Bolloré »',
    lang: 'fr', text: 'Paris a mis un terme au contrat avec le groupe Bolloré.',
    actors: [['Paris', 'government'], ['Bolloré', 'organization', ['le groupe Bolloré']]],
    want: [{ kind: 'contract', status: 'cancelled', parties: ['Paris', 'Bolloré'], evidence: 'Paris a mis un terme au contrat avec le groupe Bolloré' }],
  },
  {
    name: 'fr a purpose is no cancellation: « un accord de cessez-le-feu destiné à mettre fin aux combats » is signed',
    lang: 'fr', text: 'Le gouvernement et le M23 ont signé un accord de cessez-le-feu destiné à mettre fin aux combats.',
    actors: [['gouvernement', 'government'], ['M23', 'group']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['gouvernement', 'M23'], evidence: 'gouvernement et le M23 ont signé un accord de cessez-le-feu' }],
  },
  // contracts/<lang>/order-count-premodifier
  {
    name: 'en order-count-premodifier: "AirAsia placed a record 200-plane Airbus order in 2011"',
    lang: 'en', text: 'AirAsia placed a record 200-plane Airbus order in 2011.',
    actors: [['AirAsia', 'organization'], ['Airbus', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['AirAsia', 'Airbus'], evidence: 'AirAsia placed a record 200-plane Airbus order' }],
  },
  // contracts/<lang>/list-possessed-head
  {
    name: 'en list-possessed-head: "Mozambique\'s government and former rebel movement Renamo have signed a ceasefire"',
    lang: 'en', text: 'Mozambique\'s government and former rebel movement Renamo have signed a ceasefire ending two years of armed conflict.',
    actors: [['Mozambique', 'government'], ['Renamo', 'organization']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['Mozambique', 'Renamo'], evidence: 'Mozambique\'s government and former rebel movement Renamo have signed a ceasefire' }],
  },
  // contracts/<lang>/same-description: "a deal" is not "the deal" named before, unless it names the same two sides
  {
    name: 'en same-description: a party\'s scuttled "a deal" is another deal than "the deal" signed before',
    lang: 'en', text: 'Airbus and Emirates signed a contract on Sunday for 20 more jets. The deal will extend production until 2029. Emirates had scuttled a deal for the same number of aircraft last year.',
    actors: [['Airbus', 'organization'], ['Emirates', 'organization']],
    want: [
      { kind: 'contract', status: 'signed', parties: ['Airbus', 'Emirates'], evidence: 'Airbus and Emirates signed a contract' },
      { kind: 'deal', status: 'cancelled', parties: ['Emirates'], evidence: 'Emirates had scuttled a deal' },
    ],
  },
  {
    name: 'en same-description: "a sale … to Verizon" naming the same two sides restates "Yahoo\'s sale to Verizon" (one agreement)',
    lang: 'en', text: 'Yahoo announced its $4.8 billion sale to Verizon. The sale is expected to close next year. It is a sale of the Yahoo subsidiary and some related assets to Verizon.',
    actors: [['Yahoo', 'organization'], ['Verizon', 'organization']],
    want: [{ kind: 'acquisition', status: 'announced', parties: ['Yahoo', 'Verizon'], evidence: 'its $4.8 billion sale to Verizon' }],
  },
];

const NONE: Array<[string, Language, string, ContractActorSpec[]]> = [
  ['en a purchase without a seller names no contract', 'en', 'Investors bought 2 million shares on Monday.', []],
  ['en goods bought in a city: a place is no seller', 'en', 'The couple bought 3 houses in Paris last year.', [['Paris', 'place']]],
  ['fr des biens achetés à Paris : un lieu n\'est pas un vendeur', 'fr', 'Le fonds a acheté 3 immeubles à Paris.', [['Paris', 'place']]],
  ['en a count-hyphen word names no order by itself: "a 10-year executive order"', 'en', 'Biden signed a 10-year executive order on Monday.', [['Biden', 'person']]],
  ['en a bracketed remark is no aside: "the talks (see below)" name no party', 'en', 'Officials said the talks (see below) had stalled.', [['Iran', 'government']]],
];

describe('contracts in news phrasing: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

describe('contracts in news phrasing: should not find', () => {
  test.each(NONE)('%s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors)).toEqual([]);
  });
});
