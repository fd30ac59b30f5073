/**
 * Agreements of the held-out genres (defence procurement, business deals, politics) that the contract rules missed or
 * mis-attributed on a written probe: the sides presenting or proposing an agreement (verb-present-propose, status-presented),
 * « mémorandum » (noun-memorandum), an institution noun after a listed name (list-head-noun), a clause conjunction that ends a
 * list (list-clause-conjunction), a place where a possessed agreement was signed (possessive-locative), a country addressed
 * after the verb (verb-country-recipient), a counterparty after the verb when the subject is unmarked (verb-with-party-only)
 * and a second, differently described agreement after a party-less one (distinct-description).
 * Real sentence shapes, both languages where the construction exists, with hand-built actors.
 */
import { contractsOf, expectContracts, type ContractRow } from '../helpers/contracts.js';

const FIND: ContractRow[] = [
  // contracts/<lang>/verb-present-propose and status-presented
  {
    name: 'en verb-present-propose: "the Social Democrats, the Greens and the Free Democrats presented a coalition agreement"',
    lang: 'en', text: 'Germany\'s Social Democrats, the Greens and the Free Democrats presented a coalition agreement on Wednesday after two months of talks.',
    actors: [['Social Democrats', 'organization'], ['Greens', 'organization'], ['Free Democrats', 'organization'], ['Germany', 'place']],
    want: [{ kind: 'agreement', status: 'announced', parties: ['Social Democrats', 'Greens', 'Free Democrats'], evidence: 'Social Democrats, the Greens and the Free Democrats presented a coalition agreement' }],
  },
  {
    name: 'en verb-present-propose: "Russia and Belarus offered a security treaty to NATO" (the subject list proposes)',
    lang: 'en', text: 'Russia and Belarus offered a security treaty to NATO in December.',
    actors: [['Russia', 'government'], ['Belarus', 'government'], ['NATO', 'organization']],
    want: [{ kind: 'treaty', status: 'proposed', parties: ['Russia', 'Belarus', 'NATO'], evidence: 'a security treaty to NATO' }],
  },
  {
    name: 'en verb-present-propose: "Airbus and Dassault have proposed a joint venture to Safran"',
    lang: 'en', text: 'Airbus and Dassault have proposed a joint venture to Safran for the engines of the new fighter.',
    actors: [['Airbus', 'organization'], ['Dassault', 'organization'], ['Safran', 'organization']],
    want: [{ kind: 'partnership', status: 'proposed', parties: ['Airbus', 'Dassault', 'Safran'], evidence: 'a joint venture to Safran' }],
  },
  {
    name: 'fr verb-present-propose: « Le SPD et les Verts ont présenté un accord de coalition »',
    lang: 'fr', text: 'Le SPD et les Verts ont présenté mercredi un accord de coalition de 144 pages.',
    actors: [['SPD', 'organization'], ['Verts', 'organization']],
    want: [{ kind: 'agreement', status: 'announced', parties: ['SPD', 'Verts'], evidence: 'SPD et les Verts ont présenté mercredi un accord' }],
  },
  // contracts/<lang>/list-across-comma
  {
    name: 'en list-across-comma: "On Monday, Brazil, Chile and Peru signed a trade agreement" (three parties)',
    lang: 'en', text: 'On Monday, Brazil, Chile and Peru signed a trade agreement.',
    actors: [['Brazil', 'government'], ['Chile', 'government'], ['Peru', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Brazil', 'Chile', 'Peru'], evidence: 'Brazil, Chile and Peru signed a trade agreement' }],
  },
  {
    name: 'fr list-across-comma: « La France, l\'Allemagne et l\'Italie ont signé un accord » (trois parties)',
    lang: 'fr', text: 'La France, l\'Allemagne et l\'Italie ont signé un accord lundi.',
    actors: [['France', 'government'], ['Allemagne', 'government'], ['Italie', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['France', 'Allemagne', 'Italie'], evidence: 'France, l\'Allemagne et l\'Italie ont signé un accord' }],
  },
  {
    name: 'en list-across-comma: a preposition before the first name keeps it out ("In a deal with Boeing, Airbus and Safran signed …")',
    lang: 'en', text: 'Weeks after talks with Boeing, Airbus and Safran signed a joint venture agreement.',
    actors: [['Boeing', 'organization'], ['Airbus', 'organization'], ['Safran', 'organization']],
    want: [{ status: 'signed', parties: ['Airbus', 'Safran'], evidence: 'Airbus and Safran signed a joint venture agreement' }],
  },
  // contracts/<lang>/selection-passive (a selection without a cue is signed, like « La DGA a retenu Thales et Safran »)
  {
    name: 'en selection-passive: "Alstom was chosen by Amtrak to supply 28 high-speed trains"',
    lang: 'en', text: 'Alstom was chosen by Amtrak to supply 28 high-speed trains.',
    actors: [['Alstom', 'organization'], ['Amtrak', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Amtrak', 'Alstom'], evidence: 'Alstom was chosen by Amtrak' }],
  },
  {
    name: 'fr selection-passive: « Alstom a été choisi par la SNCF pour fournir 15 TGV »',
    lang: 'fr', text: 'Alstom a été choisi par la SNCF pour fournir 15 TGV supplémentaires.',
    actors: [['Alstom', 'organization'], ['SNCF', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['SNCF', 'Alstom'], evidence: 'Alstom a été choisi par la SNCF' }],
  },
  {
    name: 'en selection: "Poland has chosen Boeing to supply 96 Apache helicopters" ("chosen")',
    lang: 'en', text: 'Poland has chosen Boeing to supply 96 AH-64E Apache attack helicopters.',
    actors: [['Poland', 'government'], ['Boeing', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Poland', 'Boeing'], evidence: 'Poland has chosen Boeing' }],
  },
  // contracts/<lang>/option-exercised and order-buyer-sellers
  {
    name: 'en option-exercised, order-buyer-sellers: "The U.S. Army exercised an option for 120 additional Javelin systems from Lockheed Martin and RTX"',
    lang: 'en', text: 'The U.S. Army exercised an option for 120 additional Javelin systems from Lockheed Martin and RTX.',
    actors: [['U.S. Army', 'government'], ['Lockheed Martin', 'organization'], ['RTX', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['U.S. Army', 'Lockheed Martin', 'RTX'], evidence: 'an option for 120 additional Javelin systems from Lockheed Martin and RTX' }],
  },
  {
    name: 'fr option-exercised, order-buyer-sellers: « L\'armée de Terre a levé une option sur 42 véhicules auprès de KNDS France et Arquus »',
    lang: 'fr', text: 'L\'armée de Terre a levé une option sur 42 véhicules blindés supplémentaires auprès de KNDS France et Arquus.',
    actors: [['armée de Terre', 'government'], ['KNDS France', 'organization'], ['Arquus', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['armée de Terre', 'KNDS France', 'Arquus'], evidence: 'une option sur 42 véhicules blindés supplémentaires auprès de KNDS France et Arquus' }],
  },
  // contracts/fr/found-between
  {
    name: 'fr found-between: « Un accord a été trouvé dans la nuit entre l\'Arménie et l\'Azerbaïdjan »',
    lang: 'fr', text: 'Un accord a été trouvé dans la nuit entre l\'Arménie et l\'Azerbaïdjan sur la délimitation de leur frontière.',
    actors: [['Arménie', 'government'], ['Azerbaïdjan', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Arménie', 'Azerbaïdjan'], evidence: 'Un accord a été trouvé dans la nuit entre l\'Arménie et l\'Azerbaïdjan' }],
  },
  // contracts/fr/reached-adverb
  {
    name: 'fr reached-adverb: « La CFDT et FO sont parvenus mercredi à un accord salarial »',
    lang: 'fr', text: 'La CFDT et FO sont parvenus mercredi à un accord salarial avec la direction.',
    actors: [['CFDT', 'organization'], ['FO', 'organization']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['CFDT', 'FO'], evidence: 'CFDT et FO sont parvenus mercredi à un accord' }],
  },
  // contracts/<lang>/making-place
  {
    name: 'fr making-place: « un accord pour produire des véhicules au Brésil » — le Brésil est le lieu de production (one agreement with the headline)',
    lang: 'fr', text: 'Renault et Geely s\'allient au Brésil\n\nRenault et Geely ont paraphé jeudi un accord pour produire ensemble des véhicules électriques au Brésil.',
    actors: [['Renault', 'organization'], ['Geely', 'organization'], ['Brésil', 'place']],
    want: [{ status: 'signed', parties: ['Renault', 'Geely'], evidence: 'Renault et Geely ont paraphé jeudi un accord' }],
  },
  {
    name: 'fr making-place: a verb of delivering keeps « à la Grèce » as its beneficiary (« pour livrer trois frégates à la Grèce »)',
    lang: 'fr', text: 'Naval Group a signé un contrat pour livrer trois frégates à la Grèce.',
    actors: [['Naval Group', 'organization'], ['Grèce', 'place']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Naval Group', 'Grèce'], evidence: 'un contrat pour livrer trois frégates à la Grèce' }],
  },
  // contracts/<lang>/descriptor-unknown-name
  {
    name: 'fr descriptor-unknown-name: « avec la compagnie scandinave SAS » — "la compagnie" linked to FO is not the party',
    lang: 'fr', text: 'FO a protesté. Air France-KLM a noué un partenariat avec la compagnie scandinave SAS.',
    actors: [['FO', 'organization', ['la compagnie']], ['Air France-KLM', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Air France-KLM'], evidence: 'un partenariat' }],
  },
  {
    name: 'en descriptor-unknown-name: "with the carmaker Geely" where "the carmaker" was linked to Renault',
    lang: 'en', text: 'Renault cut jobs. Volvo signed a partnership with the carmaker Geely.',
    actors: [['Renault', 'organization', ['the carmaker']], ['Volvo', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Volvo'], evidence: 'a partnership' }],
  },
  // contracts/<lang>/sale-counted-goods
  {
    name: 'en sale-counted-goods: "A planned sale of 40 F-16 fighters to Turkey" (seller untold)',
    lang: 'en', text: 'A planned sale of 40 F-16 fighters to Turkey was put on hold by the U.S. Congress.',
    actors: [['Turkey', 'place'], ['U.S. Congress', 'government']],
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Turkey'], evidence: 'A planned sale of 40 F-16 fighters to Turkey' }],
  },
  {
    name: 'fr sale-counted-goods: « Une vente de 40 F-16 au gouvernement turc »',
    lang: 'fr', text: 'Une vente de 40 F-16 au gouvernement turc a été gelée.',
    actors: [['gouvernement turc', 'government']],
    want: [{ kind: 'acquisition', status: null, parties: ['gouvernement turc'], evidence: 'Une vente de 40 F-16 au gouvernement turc' }],
  },
  // contracts/<lang>/definite-completes-sides
  {
    name: 'en definite-completes-sides: "… a new four-year contract. The agreement between Boeing and the IAM …" (one agreement, both sides)',
    lang: 'en', text: 'Boeing machinists voted to accept a new four-year contract. The agreement between Boeing and the International Association of Machinists was reached after talks.',
    actors: [['Boeing', 'organization'], ['International Association of Machinists', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Boeing', 'International Association of Machinists'], evidence: 'a new four-year contract' }],
  },
  {
    name: 'fr definite-completes-sides: « … un nouvel accord de licence. L\'accord entre Sanofi et Vigil … » (un accord, deux parties)',
    lang: 'fr', text: 'Sanofi a signé un accord de licence de 40 millions de dollars. L\'accord entre Sanofi et Vigil Neuroscience court jusqu\'en 2030.',
    actors: [['Sanofi', 'organization'], ['Vigil Neuroscience', 'organization']],
    want: [{ kind: 'license', status: 'signed', parties: ['Sanofi', 'Vigil Neuroscience'], evidence: 'un accord de licence' }],
  },
  // contracts/en/noun-takeover-proposal and list-clause-conjunction (a reporting participle)
  {
    name: 'en noun-takeover-proposal: "Anglo American has rejected a takeover proposal from BHP, saying it undervalued the company"',
    lang: 'en', text: 'Anglo American has rejected a takeover proposal from BHP, saying it undervalued the company.',
    actors: [['Anglo American', 'organization', ['the company']], ['BHP', 'organization']],
    want: [{ kind: 'acquisition', status: 'cancelled', parties: ['Anglo American', 'BHP'], evidence: 'a takeover proposal from BHP' }],
  },
  {
    name: 'en list-clause-conjunction: a reporting participle ends the list ("a deal with Airbus, saying it suited the company")',
    lang: 'en', text: 'Delta signed a deal with Airbus, saying it suited the company.',
    actors: [['Delta', 'organization'], ['Airbus', 'organization'], ['Boeing', 'organization', ['the company']]],
    want: [{ kind: 'deal', status: 'signed', parties: ['Delta', 'Airbus'], evidence: 'a deal with Airbus' }],
  },
  // contracts/<lang>/verb-entrust
  {
    name: 'fr verb-entrust: « Le gouvernement a confié au groupe Vinci la gestion de l\'autoroute A7 »',
    lang: 'fr', text: 'Le gouvernement a confié au groupe Vinci la gestion de l\'autoroute A7.',
    actors: [['gouvernement', 'government'], ['Vinci', 'organization', ['groupe']]],
    want: [{ kind: 'contract', status: 'signed', parties: ['gouvernement', 'Vinci'], evidence: 'gouvernement a confié au groupe Vinci la gestion de' }],
  },
  {
    name: 'en verb-entrust: "The Greek government entrusted Vinci with the operation of 14 regional airports"',
    lang: 'en', text: 'The Greek government entrusted Vinci with the operation of 14 regional airports.',
    actors: [['Greek government', 'government'], ['Vinci', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Greek government', 'Vinci'], evidence: 'Greek government entrusted Vinci with the operation of' }],
  },
  // contracts/fr/noun-memorandum and contracts/<lang>/verb-country-recipient
  {
    name: 'fr noun-memorandum, verb-country-recipient: « La Russie a proposé à l\'Ukraine un mémorandum de paix » (Ukraine a place)',
    lang: 'fr', text: 'La Russie a proposé à l\'Ukraine un mémorandum de paix, que Kiev juge inacceptable.',
    actors: [['Russie', 'government'], ['Ukraine', 'place'], ['Kiev', 'place']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Russie', 'Ukraine'], evidence: 'Russie a proposé à l\'Ukraine un mémorandum' }],
  },
  {
    name: 'en verb-country-recipient: "Russia proposed to Ukraine a ceasefire agreement" (Ukraine a place)',
    lang: 'en', text: 'Russia proposed to Ukraine a ceasefire agreement on Friday.',
    actors: [['Russia', 'government'], ['Ukraine', 'place']],
    want: [{ kind: 'treaty', status: 'proposed', parties: ['Russia', 'Ukraine'], evidence: 'Russia proposed to Ukraine a ceasefire agreement' }],
  },
  // contracts/en/list-head-noun
  {
    name: 'en list-head-noun: "the IG Metall union and the Gesamtmetall employers\' federation reached a collective agreement"',
    lang: 'en', text: 'In Germany, the IG Metall union and the Gesamtmetall employers\' federation reached a collective agreement on Friday.',
    actors: [['IG Metall', 'organization'], ['Gesamtmetall', 'organization'], ['Germany', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['IG Metall', 'Gesamtmetall'], evidence: 'IG Metall union and the Gesamtmetall employers\' federation reached a collective agreement' }],
  },
  // contracts/<lang>/list-clause-conjunction
  {
    name: 'en list-clause-conjunction: "a pact with Azerbaijan, but Baku has not responded" — Baku is no party',
    lang: 'en', text: 'Armenia signed a pact with Azerbaijan, but Baku has not ratified it.',
    actors: [['Armenia', 'government'], ['Azerbaijan', 'government'], ['Baku', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Armenia', 'Azerbaijan'], evidence: 'a pact with Azerbaijan' }],
  },
  {
    name: 'fr list-clause-conjunction: « un pacte avec la Biélorussie, mais Kiev … » — Kiev n\'est pas partie',
    lang: 'fr', text: 'La Russie a signé un pacte avec la Biélorussie, mais Kiev le conteste.',
    actors: [['Russie', 'government'], ['Biélorussie', 'government'], ['Kiev', 'government']],
    // (Kiev contests it: a present « conteste » disputes the pact, as "contests" does in English)
    want: [{ kind: 'agreement', status: 'disputed', parties: ['Russie', 'Biélorussie'], evidence: 'un pacte avec la Biélorussie' }],
  },
  // contracts/<lang>/possessive-locative
  {
    name: 'fr possessive-locative: « ont signé lundi à Berlin leur accord de coalition » — Berlin est le lieu',
    lang: 'fr', text: 'La CDU et le SPD ont signé lundi à Berlin leur accord de coalition.',
    actors: [['CDU', 'organization'], ['SPD', 'organization'], ['Berlin', 'place']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['CDU', 'SPD'], evidence: 'leur accord' }],
  },
  {
    name: 'en possessive-locative: "Airbus and Safran signed in Paris their joint venture agreement" — Paris is the place',
    lang: 'en', text: 'Airbus and Safran signed in Paris their joint venture agreement.',
    actors: [['Airbus', 'organization'], ['Safran', 'organization'], ['Paris', 'place']],
    want: [{ status: 'signed', parties: ['Airbus', 'Safran'], evidence: 'their joint venture agreement' }],
  },
  // contracts/<lang>/verb-with-party-only
  {
    name: 'fr verb-with-party-only: « Orano a signé avec EDF un contrat » with Orano unmarked',
    lang: 'fr', text: 'Orano a signé avec EDF un contrat d\'approvisionnement en uranium enrichi jusqu\'en 2035.',
    actors: [['EDF', 'organization']],
    want: [{ kind: 'contract', status: 'signed', parties: ['EDF'], evidence: 'signé avec EDF un contrat' }],
  },
  {
    name: 'en verb-with-party-only: "Electric Boat signed with the Navy a $1.2 billion contract" with the subject unmarked',
    lang: 'en', text: 'Electric Boat signed with the Navy a $1.2 billion contract to build two submarines.',
    actors: [['Navy', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Navy'], evidence: 'signed with the Navy a $1.2 billion contract' }],
  },
  // contracts/en/distinct-description (French describes after the noun, « l'accord de libre-échange »: its key holds no premodifier)
  {
    name: 'en distinct-description: "the 2006 softwood lumber accord" of Washington and Ottawa is not "the 177-page coalition agreement"',
    lang: 'en', text: 'The 177-page coalition agreement was signed on Monday. Meanwhile, Washington and Ottawa agreed to renegotiate the 2006 softwood lumber accord.',
    actors: [['Washington', 'government'], ['Ottawa', 'government']],
    want: [
      { kind: 'agreement', status: 'signed', parties: [], evidence: 'The 177-page coalition agreement' },
      { kind: 'agreement', status: 'amended', parties: ['Washington', 'Ottawa'], evidence: 'the 2006 softwood lumber accord' },
    ],
  },
];

describe('contracts of the held-out genres: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

describe('contracts of the held-out genres: one agreement', () => {
  test('en distinct-description: a shared description still corefers ("the 177-page coalition agreement" … "the new coalition agreement")', () => {
    const text = 'The 177-page coalition agreement was signed on Monday. The SPD and the Greens said they would amend the new coalition agreement.';
    const found = contractsOf('en', text, [['SPD', 'organization'], ['Greens', 'organization']]);
    expect(found.map((c) => [c.evidence.text, c.status])).toEqual([['The 177-page coalition agreement', 'amended']]);
  });
});

describe('contracts of the held-out genres: should not find', () => {
  test('en "Social Democrats presented a report" names no agreement', () => {
    expect(contractsOf('en', 'The Social Democrats presented a report on Wednesday.', [['Social Democrats', 'organization']])).toEqual([]);
  });
  test('en option-exercised: "exercised its option to cancel" names no order', () => {
    const found = contractsOf('en', 'The airline exercised its option to cancel the deal.', []);
    expect(found).toEqual([]);
  });
  test('en sale-counted-goods: a sale of shares to unnamed investors names no agreement', () => {
    expect(contractsOf('en', 'A sale of 2 million shares to investors raised $40 million.', [])).toEqual([]);
  });
  test('fr verb-entrust: a task given to a person is no contract (« a confié à Jean Dupont la rédaction d\'un rapport »)', () => {
    expect(contractsOf('fr', 'Le ministre a confié à Jean Dupont la rédaction d\'un rapport.', [['Jean Dupont', 'person']])).toEqual([]);
  });
  test('en noun-takeover-proposal: "merger proposals" to vote on name no agreement', () => {
    expect(contractsOf('en', 'Shareholders will vote on merger proposals next week.', [])).toEqual([]);
  });
  test('fr « un mémorandum interne » sans partie ne nomme aucun accord', () => {
    expect(contractsOf('fr', 'Le ministère a rédigé un mémorandum interne sur la réforme.', [['ministère', 'government']])).toEqual([]);
  });
});
