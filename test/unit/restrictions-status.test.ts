/**
 * Restriction status (active, lifted, eased, proposed), the restricted thing
 * as the action, effect mentions that are no restriction, and the parties of
 * "barred X from", a reacting subject and a bare government noun — EN and FR
 * (src/extractors/restriction-status.ts, src/lexicon/{en,fr}/restriction-status.ts).
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

type Spec = NameKind;
const run = restrictionsOf;

interface Row {
  name: string;
  lang: Language;
  text: string;
  actors?: Spec[];
  kind: string;
  status: string;
  /** The action, when the row checks it. */
  action?: string;
  /** Text the evidence must contain, when the row checks it. */
  evidence?: string;
  imposedBy?: string | null;
  appliesTo?: string[];
}

const STATUS_ROWS: Row[] = [
  // --- lifted: a restriction of the past bounded by a year (restrictions/<lang>/status-ended-until)
  { name: 'en was illegal until a year', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'Abortion was illegal in Ireland until 2018.', evidence: 'Abortion was illegal in Ireland until 2018' },
  { name: 'en was banned until a month and year', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'The app was banned in India until June 2021, officials said.' },
  { name: 'en then illegal, in an apposition, until a year', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'He was convicted of homosexuality, then illegal in Britain until 1967.' },
  { name: 'en has been banned until a year (still in force)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The drug has been banned until 2030.' },
  { name: 'en is banned until a year (still in force)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'Fishing is banned until 2027 in the bay.' },
  { name: 'en a past tense in another clause (still in force)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'He was told that fishing is banned until 2030 in the bay.' },
  { name: 'fr était illégale jusqu\'en', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "L'homosexualité était illégale en Grande-Bretagne jusqu'en 1967." },
  { name: 'fr alors illégale, en apposition, jusqu\'en', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Alan Turing fut condamné pour homosexualité, alors illégale en Grande-Bretagne jusqu'en 1967." },
  { name: 'fr est interdite jusqu\'en (toujours en vigueur)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "La pêche est interdite jusqu'en 2030." },
  { name: 'fr a été interdit jusqu\'en (toujours en vigueur)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "Le glyphosate a été interdit jusqu'en 2028." },
  // --- lifted: a lifting verb or noun governs the restriction (restrictions/<lang>/status-lifted-before)
  { name: 'en lifted the ban on (action is the banned thing, no date)', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'The government lifted the ban on TikTok on Monday.', action: 'TikTok', evidence: 'lifted the ban on TikTok' },
  { name: 'en repealed the ban', lang: 'en', kind: 'prohibition', status: 'lifted', actors: [['Congress', 'government']],
    text: 'Congress repealed the ban on gay soldiers in 2010.', action: 'gay soldiers', imposedBy: 'Congress' },
  { name: 'en the lifting of sanctions', lang: 'en', kind: 'sanction', status: 'lifted', actors: [['Iran', 'government']],
    text: 'The UN approved the lifting of sanctions against Iran.', appliesTo: ['Iran'] },
  { name: 'en demanded the lifting of sanctions (still in force)', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Tehran has long demanded the lifting of sanctions.' },
  { name: 'en a court struck down the ban', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'A federal court struck down the ban on assault weapons last week.', action: 'assault weapons' },
  { name: 'fr a levé l’interdiction des', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Le gouvernement a levé l'interdiction des néonicotinoïdes.", action: 'néonicotinoïdes', evidence: "levé l'interdiction des néonicotinoïdes" },
  // (the weekday French news puts between the verb and its object: new-user trial)
  { name: 'fr a levé lundi l’interdiction des', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Le gouvernement a levé lundi l'interdiction des néonicotinoïdes.", action: 'néonicotinoïdes' },
  { name: 'fr a levé mardi les sanctions', lang: 'fr', kind: 'sanction', status: 'lifted', actors: [['Union européenne', 'government'], ['Belavia', 'organization']],
    text: "L'Union européenne a levé mardi les sanctions visant Belavia." },
  { name: 'fr a abrogé l’interdiction du', lang: 'fr', kind: 'prohibition', status: 'lifted', actors: [["Conseil d'État", 'government']],
    text: "Le Conseil d'État a abrogé l'interdiction du burkini.", action: 'burkini', imposedBy: "Conseil d'État" },
  { name: 'fr la levée des sanctions', lang: 'fr', kind: 'sanction', status: 'lifted', actors: [['Russie', 'government']],
    text: 'Le Conseil a annoncé la levée des sanctions contre la Russie.', appliesTo: ['Russie'] },
  { name: 'fr réclame la levée des sanctions (en vigueur)', lang: 'fr', kind: 'sanction', status: 'active',
    text: 'Moscou réclame la levée des sanctions.' },
  { name: 'fr mettre fin à l’embargo', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "Washington a décidé de mettre fin à l'embargo sur les armes.", evidence: "fin à l'embargo sur" },
  // --- lifted: a passive lifting predicate after the noun (restrictions/<lang>/status-lifted-after)
  { name: 'en sanctions … were lifted', lang: 'en', kind: 'sanction', status: 'lifted', actors: [['Iran', 'government']],
    text: 'The sanctions against Iran were lifted in January.', action: 'Iran', appliesTo: ['Iran'] },
  { name: 'fr les sanctions … ont été levées', lang: 'fr', kind: 'sanction', status: 'lifted', actors: [['Iran', 'government']],
    text: "Les sanctions contre l'Iran ont été levées.", action: "l'Iran", appliesTo: ['Iran'], evidence: 'ont été levées' },
  // --- eased (restrictions/<lang>/status-eased-before, -after)
  { name: 'en eased sanctions on', lang: 'en', kind: 'sanction', status: 'eased', actors: [['EU', 'government'], ['Syria', 'place']],
    text: 'The EU eased sanctions on Syria.', action: 'Syria', imposedBy: 'EU', appliesTo: ['Syria'] },
  { name: 'en restrictions were relaxed', lang: 'en', kind: 'limit', status: 'eased',
    text: 'Travel restrictions to the island were relaxed on Friday.' },
  { name: 'fr a assoupli les sanctions contre', lang: 'fr', kind: 'sanction', status: 'eased', actors: [['Union européenne', 'government'], ['Syrie', 'place']],
    text: "L'Union européenne a assoupli les sanctions contre la Syrie.", action: 'la Syrie', imposedBy: 'Union européenne', appliesTo: ['Syrie'] },
  { name: 'fr l’assouplissement des restrictions', lang: 'fr', kind: 'limit', status: 'eased',
    text: "Le gouvernement a annoncé l'assouplissement des restrictions de voyage." },
  // --- proposed: a plan, threat, call or bill (restrictions/<lang>/status-proposed-before)
  { name: 'en plans to ban', lang: 'en', kind: 'prohibition', status: 'proposed', actors: [['White House', 'government'], ['TikTok', 'organization']],
    text: 'The White House plans to ban TikTok.', action: 'TikTok', imposedBy: 'White House', evidence: 'plans to ban TikTok' },
  { name: 'en threatened to impose sanctions on', lang: 'en', kind: 'sanction', status: 'proposed', actors: [['Washington', 'government'], ['Iran', 'government']],
    text: 'Washington threatened to impose sanctions on Iran.', action: 'Iran', imposedBy: 'Washington', appliesTo: ['Iran'] },
  { name: 'en a bill to ban', lang: 'en', kind: 'prohibition', status: 'proposed',
    text: 'Lawmakers introduced a bill to ban the sale of vapes to minors.' },
  { name: 'en could face new sanctions', lang: 'en', kind: 'sanction', status: 'proposed', actors: [['Iran', 'government']],
    text: 'Iran could face new sanctions over its nuclear programme.', appliesTo: ['Iran'] },
  { name: 'fr envisage d’interdire', lang: 'fr', kind: 'prohibition', status: 'proposed',
    text: "Le ministre envisage d'interdire les écrans dans les écoles.", action: 'les écrans dans les écoles' },
  { name: 'fr projet de loi visant à interdire (action sans le prédicat)', lang: 'fr', kind: 'prohibition', status: 'proposed',
    text: 'Un projet de loi visant à interdire le glyphosate a été déposé.', action: 'le glyphosate' },
  { name: 'fr menace de sanctions', lang: 'fr', kind: 'sanction', status: 'proposed', actors: [['Bruxelles', 'government']],
    text: 'Bruxelles menace de sanctions les pays qui refusent les quotas.' },
  { name: 'en a judge blocked the ban (lifted)', lang: 'en', kind: 'prohibition', status: 'lifted',
    text: 'A judge blocked the ban on TikTok last year.', action: 'TikTok' },
  { name: 'fr la justice a suspendu l’interdiction', lang: 'fr', kind: 'prohibition', status: 'lifted',
    text: "La justice a suspendu l'interdiction du burkini.", action: 'burkini' },
  // --- active: imposed, or a lifting only refused, called for or planned
  { name: 'en should lift its ban (a call: still in force)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'Beijing said Washington should lift its ban on Huawei.', action: 'Huawei' },
  { name: 'en urged the EU to lift sanctions (still in force)', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Hungary urged the EU to lift sanctions on Russian oil.' },
  { name: 'fr demande à X de lever leur interdiction (en vigueur)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: 'Pékin demande aux États-Unis de lever leur interdiction visant Huawei.', action: 'Huawei' },
  { name: 'en the ban came into force (action without the predicate)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The ban on smoking in bars came into force in 2007.', action: 'smoking in bars' },
  { name: 'fr l’interdiction est entrée en vigueur (action sans le prédicat)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "L'interdiction de fumer dans les bars est entrée en vigueur en 2007.", action: 'fumer dans les bars' },
  { name: 'fr les sanctions ont été renforcées (action : le nom)', lang: 'fr', kind: 'sanction', status: 'active',
    text: 'Les sanctions ont été renforcées lundi.', action: 'sanctions' },
  { name: 'en banned (active)', lang: 'en', kind: 'prohibition', status: 'active', actors: [['India', 'government'], ['TikTok', 'organization']],
    text: 'India banned TikTok in 2020.', action: 'TikTok', imposedBy: 'India' },
  { name: 'en has not lifted the ban (still in force)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The mayor has not lifted the ban on the march.' },
  { name: 'en plans to lift sanctions (still in force)', lang: 'en', kind: 'sanction', status: 'active',
    text: 'The EU plans to lift sanctions on Belarus next year.' },
  { name: 'en sanctions will be lifted (announced, still in force)', lang: 'en', kind: 'sanction', status: 'active',
    text: 'Officials said sanctions on Belarus will be lifted next year.' },
  { name: 'fr a interdit (en vigueur)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "L'Assemblée a interdit les néonicotinoïdes.", action: 'les néonicotinoïdes' },
  { name: 'fr la loi prévoit des sanctions (une disposition en vigueur)', lang: 'fr', kind: 'sanction', status: 'active',
    text: 'La loi prévoit des sanctions contre les fraudeurs.' },
  { name: 'fr prévoit d’interdire (un projet)', lang: 'fr', kind: 'prohibition', status: 'proposed',
    text: "Le gouvernement prévoit d'interdire la vente de vapoteuses aux mineurs." },
  { name: 'fr n’a toujours pas levé les sanctions (en vigueur)', lang: 'fr', kind: 'sanction', status: 'active',
    text: "Le Conseil n'a toujours pas levé les sanctions contre la Russie." },
  { name: 'fr n’a pas levé l’interdiction (en vigueur)', lang: 'fr', kind: 'prohibition', status: 'active',
    text: "Le préfet n'a pas levé l'interdiction de manifester." },
  { name: 'en a ban on imports and removed tariffs (no auxiliary: no lifting)', lang: 'en', kind: 'prohibition', status: 'active',
    text: 'The country imposed a ban on imports and removed tariffs on grain.' },
];

describe('restriction status, action and parties: should find', () => {
  test.each(STATUS_ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = run(row.lang, row.text, row.actors ?? []);
    const r = found.find((x) => x.kind === row.kind);
    expect(r).toBeDefined();
    expect(row.text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.text);
    expect(r!.status).toBe(row.status);
    if (row.action !== undefined) expect(r!.action).toBe(row.action);
    if (row.evidence !== undefined) expect(r!.evidence.text).toContain(row.evidence);
    if (row.imposedBy !== undefined) expect(r!.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r!.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  });
});

describe('restriction noun as the subject of an effect: a mention, no restriction', () => {
  test.each([
    ['en denied that the sanctions would hurt', 'en', 'Russian officials denied that the sanctions would hurt the economy.'],
    ['en the sanctions will hit exports', 'en', 'The sanctions will hit exports hard, analysts said.'],
    ['en the ban on TikTok has cost jobs', 'en', 'The ban on TikTok has cost thousands of jobs.'],
    ['en Western sanctions have had little effect', 'en', 'Western sanctions have had little effect on the Kremlin.'],
    ['en critics said the proposed ban would hurt', 'en', 'Critics said the proposed ban would hurt small businesses.'],
    ['fr les sanctions pèsent sur', 'fr', "Les sanctions pèsent sur l'économie russe, selon des économistes."],
    ['fr les sanctions occidentales ont affaibli', 'fr', 'Les sanctions occidentales ont affaibli le rouble.'],
    ['fr les sanctions contre la Russie ont durement touché', 'fr', 'Les sanctions contre la Russie ont durement touché les agriculteurs.'],
    ['fr estime que l’embargo n’a pas eu d’effet', 'fr', "Le ministre estime que l'embargo n'a pas eu d'effet."],
  ] as const)('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });

  test.each([
    // the noun is an object, not the subject: the restriction stays
    ['en imposed sanctions on banks hit by', 'en', 'The United States imposed sanctions on Russian banks hit by the crisis.', 'sanction'],
    ['en sanctions that hurt (a relative clause)', 'en', 'The EU imposed sanctions that hurt Russian banks.', 'sanction'],
    ['en the ban on work permits will take effect', 'en', 'The ban on work permits will take effect on Monday.', 'prohibition'],
    ['en the ban is effective immediately', 'en', 'The ban on flavoured vapes is effective immediately.', 'prohibition'],
    ['fr a imposé des sanctions qui pèsent', 'fr', "L'UE a imposé des sanctions qui pèsent sur l'économie russe.", 'sanction'],
    ['fr les sanctions entrent en vigueur', 'fr', 'Les sanctions contre la Russie entrent en vigueur lundi.', 'sanction'],
  ] as const)('kept: %s', (_name, lang, text, kind) => {
    expect(run(lang, text).map((r) => r.kind)).toContain(kind);
  });
});

describe('restriction parties', () => {
  test.each([
    // the objects of "barred … from" are restricted, not the thing after "to"
    { name: 'en barred X and Y from', lang: 'en' as Language, text: 'The Commerce Department barred Nvidia and AMD from selling advanced chips to China.',
      actors: [['Commerce Department', 'government'], ['Nvidia', 'organization'], ['AMD', 'organization'], ['China', 'place']] as Spec[],
      imposedBy: 'Commerce Department', appliesTo: ['Nvidia', 'AMD'] },
    { name: 'en ordered X to stop', lang: 'en' as Language, text: 'The regulator ordered Google to stop collecting location data.',
      actors: [['Google', 'organization']] as Spec[], imposedBy: null, appliesTo: ['Google'] },
    { name: 'fr a interdit à X de', lang: 'fr' as Language, text: "Le tribunal a interdit à Uber de proposer ce service.",
      actors: [['Uber', 'organization']] as Spec[], imposedBy: null, appliesTo: ['Uber'] },
    // a subject that reacts to a restriction does not impose it
    { name: 'en China condemned US curbs on Beijing', lang: 'en' as Language, text: "China condemned US curbs on Beijing's access to advanced chips.",
      actors: [['China', 'government'], ['Beijing', 'place']] as Spec[], imposedBy: null, appliesTo: ['Beijing'] },
    { name: 'en criticised for its ban (passive reaction: still the author)', lang: 'en' as Language,
      text: 'The Zambian government has been criticised for its annual ban on fishing.',
      actors: [['Zambian government', 'government']] as Spec[], imposedBy: 'Zambian government', appliesTo: [] },
    { name: 'fr la Chine a dénoncé les restrictions', lang: 'fr' as Language, text: 'La Chine a dénoncé les restrictions sur les exportations de puces.',
      actors: [['Chine', 'government']] as Spec[], imposedBy: null, appliesTo: [] },
    { name: 'fr l’UE impose des sanctions (auteur)', lang: 'fr' as Language, text: "L'UE a imposé des sanctions contre la Russie.",
      actors: [['UE', 'government'], ['Russie', 'government']] as Spec[], imposedBy: 'UE', appliesTo: ['Russie'] },
    // a bare government noun that is no actor of the document: no imposer is invented
    { name: 'en the government banned (no named government)', lang: 'en' as Language, text: 'The government banned TikTok.',
      actors: [['TikTok', 'organization']] as Spec[], imposedBy: null, appliesTo: ['TikTok'] },
    { name: 'fr le gouvernement a interdit (pas de gouvernement nommé)', lang: 'fr' as Language, text: 'Le gouvernement a interdit les néonicotinoïdes.',
      actors: [] as Spec[], imposedBy: null, appliesTo: [] },
  ])('$name', ({ lang, text, actors, imposedBy, appliesTo }) => {
    const [r] = run(lang, text, actors);
    expect(r).toBeDefined();
    expect(r!.imposedBy?.name ?? null).toBe(imposedBy);
    expect(r!.appliesTo.map((a) => a.name)).toEqual(appliesTo);
  });
});
