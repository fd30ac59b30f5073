/**
 * Holes found by a grid of agreement nouns × verbs × forms (EN, FR; s18 probe): the abbreviation MoU and « protocole » alone
 * (contracts/en/noun-mou, contracts/fr/noun-protocole), an ambiguous noun possessed or signed in the passive with its parties
 * (ambiguous-possessive, ambiguous-signed-by), a price agreed with a seller (verb-agree-fee), an agreement to settle without a sum
 * (verb-agree-settle), the bare infinitive of verbs creating an agreement (verb-base-form), a description between the parties of a
 * list (list-descriptor), « terrain d'entente », « reprendre » and « s'offrir » a company (verb-reprendre); end to end, the
 * sentence-initial unknown names that the further verbs of actors/deal-party mark as parties. Look-alikes that must not fire close
 * each block.
 */
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import { extract } from '../../src/index.js';
import type { Language } from '../../src/types.js';

const ORGS = (...names: string[]): ContractActorSpec[] => names.map((n) => [n, 'organization']);

const FIND: ContractRow[] = [
  // contracts/en/noun-mou
  {
    name: 'en noun-mou: "has signed a MoU with Iberdrola"',
    lang: 'en', text: 'Nordex has signed a MoU with Iberdrola, the company said on Monday.', actors: ORGS('Nordex', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Nordex', 'Iberdrola'], evidence: 'a MoU with Iberdrola' }],
  },
  {
    name: 'en noun-mou: "Equinor and PGE have inked an MOU"',
    lang: 'en', text: 'Equinor and PGE have inked an MOU to develop offshore wind.', actors: ORGS('Equinor', 'PGE'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Equinor', 'PGE'], evidence: 'Equinor and PGE have inked an MOU' }],
  },
  {
    name: 'en noun-mou: "a memorandum with Saudi Aramco" (memorandum with a party)',
    lang: 'en', text: 'Sinopec signed a memorandum with Saudi Aramco on a refinery in Fujian.', actors: ORGS('Sinopec', 'Saudi Aramco'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Sinopec', 'Saudi Aramco'], evidence: 'a memorandum with Saudi Aramco' }],
  },
  // contracts/fr/noun-protocole
  {
    name: 'fr noun-protocole : « a signé un protocole avec Iberdrola »',
    lang: 'fr', text: 'Alstom a signé un protocole avec Iberdrola, a annoncé le groupe lundi.', actors: ORGS('Alstom', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Alstom', 'Iberdrola'], evidence: 'un protocole avec Iberdrola' }],
  },
  {
    name: 'fr noun-protocole : « Airbus et Air France-KLM ont paraphé un protocole »',
    lang: 'fr', text: 'Airbus et Air France-KLM ont paraphé un protocole portant sur l\'achat de 50 A350.', actors: ORGS('Airbus', 'Air France-KLM'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Airbus', 'Air France-KLM'], evidence: 'Airbus et Air France-KLM ont paraphé un protocole' }],
  },
  // contracts/<lang>/ambiguous-possessive
  {
    name: 'en ambiguous-possessive: "pulled out of its settlement with Iberdrola"',
    lang: 'en', text: 'Siemens Energy pulled out of its settlement with Iberdrola on Monday.', actors: ORGS('Siemens Energy', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'cancelled', parties: ['Siemens Energy', 'Iberdrola'], evidence: 'its settlement with Iberdrola' }],
  },
  {
    name: 'fr ambiguous-possessive : « a rompu sa convention avec Iberdrola »',
    lang: 'fr', text: 'Naval Group a rompu sa convention avec Iberdrola.', actors: ORGS('Naval Group', 'Iberdrola'),
    want: [{ kind: 'treaty', status: 'cancelled', parties: ['Naval Group', 'Iberdrola'], evidence: 'sa convention avec Iberdrola' }],
  },
  // contracts/<lang>/ambiguous-signed-by
  {
    name: 'en ambiguous-signed-by: "The settlement was signed by Meta and the FTC"',
    lang: 'en', text: 'The settlement was signed by Meta and the FTC on Monday.', actors: [['Meta', 'organization'], ['FTC', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Meta', 'FTC'], evidence: 'The settlement' }],
  },
  {
    name: 'fr ambiguous-signed-by : « Une convention a été signée entre l\'État et la région »',
    lang: 'fr', text: 'Une convention a été signée entre l\'État et la région Occitanie lundi.', actors: [['État', 'government'], ['région Occitanie', 'government']],
    want: [{ kind: 'treaty', status: 'signed', parties: ['État', 'région Occitanie'], evidence: 'Une convention' }],
  },
  // contracts/en/verb-agree-fee
  {
    name: 'en verb-agree-fee: "have agreed a fee of around £18 million with Benfica"',
    lang: 'en', text: 'Sheffield Rovers have agreed a fee of around £18.5 million with Benfica for the winger.', actors: ORGS('Sheffield Rovers', 'Benfica'),
    want: [{ kind: 'deal', status: 'signed', parties: ['Sheffield Rovers', 'Benfica'], evidence: 'Sheffield Rovers have agreed a fee of around £18.5 million with Benfica' }],
  },
  // contracts/en/verb-agree-settle
  {
    name: 'en verb-agree-settle: "agreed to settle the lawsuit brought by Iberdrola"',
    lang: 'en', text: 'Siemens Energy agreed to settle the lawsuit brought by Iberdrola.', actors: ORGS('Siemens Energy', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Siemens Energy', 'Iberdrola'], evidence: 'Siemens Energy agreed to settle the lawsuit brought by Iberdrola' }],
  },
  // contracts/en/verb-base-form
  {
    name: 'en verb-base-form: "will form a joint venture"',
    lang: 'en', text: 'Siemens Energy and Iberdrola will form a joint venture to build turbines.', actors: ORGS('Siemens Energy', 'Iberdrola'),
    want: [{ kind: 'partnership', status: 'announced', parties: ['Siemens Energy', 'Iberdrola'], evidence: 'Siemens Energy and Iberdrola will form a joint venture' }],
  },
  // contracts/<lang>/list-descriptor
  {
    name: 'en list-descriptor: "EDF and the Czech group CEZ signed a deal"',
    lang: 'en', text: 'EDF and the Czech group CEZ signed a deal.', actors: [['EDF', 'organization'], ['CEZ', 'organization', ['the Czech group']]],
    want: [{ kind: 'deal', status: 'signed', parties: ['EDF', 'CEZ'], evidence: 'EDF and the Czech group CEZ signed a deal' }],
  },
  {
    name: 'fr list-descriptor : « EDF et le groupe tchèque CEZ ont conclu un contrat-cadre »',
    lang: 'fr', text: 'EDF et le groupe tchèque CEZ ont conclu un contrat-cadre.', actors: [['EDF', 'organization'], ['CEZ', 'organization', ['le groupe']]],
    want: [{ kind: 'contract', status: 'signed', parties: ['EDF', 'CEZ'], evidence: 'EDF et le groupe tchèque CEZ ont conclu un contrat' }],
  },
  // contracts/fr/noun-terrain-entente
  {
    name: 'fr noun-terrain-entente : « a trouvé un terrain d\'entente avec Iberdrola »',
    lang: 'fr', text: 'Naval Group a trouvé un terrain d\'entente avec Iberdrola.', actors: ORGS('Naval Group', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Naval Group', 'Iberdrola'], evidence: 'un terrain d\'entente avec Iberdrola' }],
  },
  // contracts/fr/verb-reprendre
  {
    name: 'fr verb-reprendre : « Naval Group reprend Iberdrola »',
    lang: 'fr', text: 'Naval Group reprend Iberdrola pour 3 milliards d\'euros.', actors: ORGS('Naval Group', 'Iberdrola'),
    want: [{ kind: 'acquisition', status: 'signed', parties: ['Naval Group', 'Iberdrola'], evidence: 'Naval Group reprend Iberdrola' }],
  },
  {
    name: 'fr verb-reprendre : « s\'est offert Biogaran »',
    lang: 'fr', text: 'Le fonds Advent s\'est offert Biogaran pour près d\'un milliard d\'euros.', actors: ORGS('Advent', 'Biogaran'),
    want: [{ kind: 'acquisition', status: 'proposed', parties: ['Advent', 'Biogaran'], evidence: 'Advent s\'est offert Biogaran' }],
  },
  // contracts/<lang>/frame-supply
  {
    name: 'en frame-supply: "will supply Iberdrola with 40 turbines under a ten-year contract"',
    lang: 'en', text: 'Siemens Energy will supply Iberdrola with 40 turbines under a ten-year contract signed on Monday.', actors: ORGS('Siemens Energy', 'Iberdrola'),
    want: [{ kind: 'contract', status: 'signed', parties: ['Siemens Energy', 'Iberdrola'], evidence: 'Siemens Energy will supply Iberdrola with 40 turbines under a ten-year contract' }],
  },
  {
    name: 'en frame-supply: "will build 12 submarines for Australia as part of a deal"',
    lang: 'en', text: 'Naval Group will build 12 submarines for Australia as part of a deal signed in 2019.', actors: [['Naval Group', 'organization'], ['Australia', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Naval Group', 'Australia'], evidence: 'Naval Group will build 12 submarines for Australia as part of a deal' }],
  },
  {
    name: 'fr frame-supply : « fournira six frégates à la Grèce dans le cadre d\'un contrat »',
    lang: 'fr', text: 'Naval Group fournira six frégates à la Grèce dans le cadre d\'un contrat signé lundi.', actors: [['Naval Group', 'organization'], ['Grèce', 'government']],
    want: [{ kind: 'contract', status: 'signed', parties: ['Naval Group', 'Grèce'], evidence: 'Naval Group fournira six frégates à la Grèce dans le cadre d\'un contrat' }],
  },
  // status cues: a present « contestent » disputes, « a passé un contrat » concludes, a settlement over a dispute is signed
  {
    name: 'fr status : « Les syndicats contestent l\'accord conclu entre la région et Transdev »',
    lang: 'fr', text: 'Les syndicats contestent l\'accord conclu entre la région Occitanie et Transdev.', actors: [['Occitanie', 'government'], ['Transdev', 'organization']],
    want: [{ kind: 'agreement', status: 'disputed', parties: ['Occitanie', 'Transdev'], evidence: 'l\'accord conclu entre la région Occitanie et Transdev' }],
  },
  {
    name: 'fr status : « a passé un contrat avec Iberdrola »',
    lang: 'fr', text: 'Alstom a passé un contrat avec Iberdrola en mars.', actors: ORGS('Alstom', 'Iberdrola'),
    want: [{ kind: 'contract', status: 'signed', parties: ['Alstom', 'Iberdrola'], evidence: 'un contrat avec Iberdrola' }],
  },
  {
    name: 'en status: "reached a settlement with Iberdrola over the patent dispute"',
    lang: 'en', text: 'Nordex reached a settlement with Iberdrola over the patent dispute.', actors: ORGS('Nordex', 'Iberdrola'),
    want: [{ kind: 'agreement', status: 'signed', parties: ['Nordex', 'Iberdrola'], evidence: 'a settlement with Iberdrola' }],
  },
];

const NONE: Array<[string, Language, string, ContractActorSpec[]]> = [
  ['fr noun-protocole : « le protocole sanitaire » est une procédure', 'fr', 'Le protocole sanitaire de Naval Group a été renforcé.', ORGS('Naval Group')],
  ['fr noun-protocole : « un protocole de soins » sans partie', 'fr', 'L\'hôpital a adopté un nouveau protocole de soins.', []],
  ['en noun-mou: "a memorandum to staff" is a note', 'en', 'Nordex sent a memorandum to staff on Monday.', ORGS('Nordex')],
  ['en ambiguous-possessive: "its convention" with no party after it is a congress', 'en', 'The Labour Party held its convention in Liverpool.', [['Labour Party', 'organization'], ['Liverpool', 'place']]],
  ['en verb-agree-fee: no counterpart after "with"', 'en', 'The club agreed a fee for the striker on Monday.', []],
  ['en verb-agree-fee: "agree with" an opinion', 'en', 'Analysts at Jefferies agreed with the price target set by Nordex.', ORGS('Jefferies', 'Nordex')],
  ['en: "in accordance with"', 'en', 'The turbines were installed in accordance with the rules set by Iberdrola.', ORGS('Iberdrola')],
  ['fr : « d\'accord avec » une analyse', 'fr', 'Alstom se dit d\'accord avec l\'analyse publiée par Iberdrola.', ORGS('Alstom', 'Iberdrola')],
  ['en frame-supply: no named recipient', 'en', 'Siemens Energy will supply 40 turbines to customers under a ten-year contract.', ORGS('Siemens Energy')],
  ['en frame-supply: a person is no recipient of the supply', 'en', 'Nordex sold turbines to John Smith under a lease.', [['Nordex', 'organization'], ['John Smith', 'person']]],
  ['fr verb-reprendre : « reprend l\'entraînement » n\'achète rien', 'fr', 'Le PSG reprend l\'entraînement lundi.', ORGS('PSG')],
  ['fr verb-reprendre : « s\'est offert une victoire »', 'fr', 'Le PSG s\'est offert une victoire face à Lyon.', [['PSG', 'organization'], ['Lyon', 'place']]],
];

describe('contracts grid: should find', () => {
  test.each(FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

describe('contracts grid: should not find', () => {
  test.each(NONE)('%s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors)).toEqual([]);
  });
  test('en verb-base-form: "try to scuttle the accord" makes no party of the opponents', () => {
    const found = contractsOf('en', 'He is likely to work with the Republicans to try to scuttle the accord.', [['Republicans', 'organization']]);
    expect(found.flatMap((c) => c.parties.map((p) => p.name))).toEqual([]);
  });
});

/** End to end (actors too): a sentence-initial unknown name that only the further deal verbs mark as a party (actors/deal-party). */
const DEAL_PARTY: Array<[string, Language, string, string[]]> = [
  ['en: "Nordex has concluded an agreement with Iberdrola"', 'en', 'Nordex has concluded an agreement with Iberdrola, the company said on Monday.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex entered into a deal with Iberdrola"', 'en', 'Nordex entered into a deal with Iberdrola in March.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex pulled out of its deal with Iberdrola"', 'en', 'Nordex pulled out of its deal with Iberdrola on Monday.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex cancelled its contract with Iberdrola"', 'en', 'Nordex cancelled its contract with Iberdrola.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex has renegotiated its partnership with Iberdrola"', 'en', 'Nordex has renegotiated its partnership with Iberdrola.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex is expected to sign a deal with Iberdrola"', 'en', 'Nordex is expected to sign a deal with Iberdrola next week.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex and Iberdrola are close to an agreement"', 'en', 'Nordex and Iberdrola are close to an agreement, people familiar with the matter said.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex is in talks with Iberdrola over a deal"', 'en', 'Nordex is in talks with Iberdrola over a deal.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex teamed up with Iberdrola"', 'en', 'Nordex teamed up with Iberdrola to develop hydrogen trucks.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex and Iberdrola will form a joint venture"', 'en', 'Nordex and Iberdrola will form a joint venture to build turbines.', ['Nordex', 'Iberdrola']],
  ['en: "Nordex dropped its bid for Iberdrola"', 'en', 'Nordex dropped its bid for Iberdrola.', ['Nordex', 'Iberdrola']],
  ['fr : « Alstom a rompu son contrat avec Iberdrola »', 'fr', 'Alstom a rompu son contrat avec Iberdrola.', ['Alstom', 'Iberdrola']],
  ['fr : « Alstom a renégocié son accord avec Iberdrola »', 'fr', 'Alstom a renégocié son accord avec Iberdrola.', ['Alstom', 'Iberdrola']],
  ['fr : « Alstom s\'est retiré de l\'accord avec Iberdrola »', 'fr', 'Alstom s\'est retiré de l\'accord avec Iberdrola.', ['Alstom', 'Iberdrola']],
  ['fr : « Alstom et Iberdrola sont parvenus à un accord »', 'fr', 'Alstom et Iberdrola sont parvenus à un accord mardi.', ['Alstom', 'Iberdrola']],
];

describe('contracts grid: parties that only the deal verb names (end to end)', () => {
  test.each(DEAL_PARTY)('%s', (_name, lang, text, parties) => {
    const out = extract(text, { language: lang });
    expect(out.contracts).toHaveLength(1);
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual([...parties].sort());
  });
  test.each([
    ['en', 'Officials pulled out of the deal with Boeing on Monday.', 'Officials'],
    ['en', 'Negotiators are close to a deal with Hamas, officials said.', 'Negotiators'],
    ['fr', 'Les syndicats ont rompu leur accord avec la direction.', 'Les'],
  ] as Array<[Language, string, string]>)('%s: a common word before a deal verb stays no actor: %s', (lang, text, word) => {
    expect(extract(text, { language: lang }).actors.map((a) => a.name)).not.toContain(word);
  });
  test('fr: the partner after « s\'associe à » is a firm, not a place (actors/transaction-party)', () => {
    const out = extract('Carrefour s\'associe à Publicis pour développer sa régie publicitaire.', { language: 'fr' });
    expect(out.actors.find((a) => a.name === 'Publicis')?.kind).toBe('organization');
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual(['Carrefour', 'Publicis']);
  });
  test('fr: a place after the partner stays a place (« s\'allie à Geely au Brésil »)', () => {
    const out = extract('Renault s\'allie à Geely au Brésil.', { language: 'fr' });
    expect(out.actors.find((a) => a.name === 'Brésil')?.kind).toBe('place');
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual(['Geely', 'Renault']);
  });
  test('en: a state concluding an agreement acts, a government (actingCues): "India and the UK concluded a free trade agreement"', () => {
    const out = extract('India and the UK concluded a free trade agreement on Tuesday.', { language: 'en' });
    expect(out.actors.filter((a) => ['India', 'UK'].includes(a.name)).map((a) => a.kind)).toEqual(['government', 'government']);
    expect(out.contracts[0]!.parties.map((p) => p.name).sort()).toEqual(['India', 'UK']);
  });
  test('en: "MoU" is no actor', () => {
    const out = extract('Equinor signed an MoU with PGE on Monday.', { language: 'en' });
    expect(out.actors.map((a) => a.name)).not.toContain('MoU');
    expect(out.contracts.map((c) => c.evidence.text)).toEqual(['an MoU with PGE']);
  });
});
