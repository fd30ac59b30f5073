/**
 * Actor extractor: table-driven should-find / should-not-find rows in
 * English and French (names, kinds, alias linking, roles), plus the span
 * invariant over real articles.
 */
import { readFileSync } from 'node:fs';
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors: should find (name, kind)', () => {
  test.each<FindRow>([
    ['en gazetteer agency', 'en', 'The deal was reviewed by the NSA last week.', 'NSA', 'government'],
    ['en person with title', 'en', 'Yesterday Senator John McCain criticised the deal.', 'John McCain', 'person'],
    ['en company suffix', 'en', 'Shares of Acme Widgets Inc. rose on Monday.', 'Acme Widgets Inc.', 'organization'],
    ['en product with digits', 'en', 'The Air Force wants to lease the Boeing 767 tankers.', 'Boeing 767', 'product'],
    ['en CamelCase product', 'en', 'Uninstalls of ChatGPT soared after the announcement.', 'ChatGPT', 'product'],
    ['en commission with connector', 'en', 'It was recommended by his Commission to Strengthen Social Security.',
      'Commission to Strengthen Social Security', 'government'],
    ['en acting country', 'en', 'After weeks of talks, France signed the treaty.', 'France', 'government'],
    ['en country as location', 'en', 'The plant in France will close.', 'France', 'place'],
    ['en ampersand firm', 'en', 'An email from Burkhardt & Associates to James Roche was released.', 'Burkhardt & Associates', 'organization'],
    ['fr elision', 'fr', 'Il interdit toute utilisation des systèmes d’OpenAI pour la surveillance.', 'OpenAI', 'organization'],
    ['fr institution continuation', 'fr', 'Le discours devant l\'Assemblée nationale mardi a été bref.', 'Assemblée nationale', 'government'],
    ['fr organisation mondiale', 'fr', 'Selon l\'Organisation mondiale de la santé (OMS), le risque est faible.',
      'Organisation mondiale de la santé', 'organization'],
    ['fr given name', 'fr', 'Dans la matinée, Myriam Martinet, de la CGT, a réagi.', 'Myriam Martinet', 'person'],
    ['fr lower-case government', 'fr', 'Le budget du gouvernement français sera revu.', 'gouvernement français', 'government'],
    ['fr country as location', 'fr', 'Environ 520 postes seront supprimés en France d\'ici à 2014.', 'France', 'place'],
    ['fr acting country', 'fr', 'Après des mois de négociations, la France a signé le traité.', 'France', 'government'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

type NotRow = [string, Language, string, string];

describe('actors: should not find', () => {
  test.each<NotRow>([
    ['en sentence-initial word', 'en', 'Following the vote, shares of Boeing fell.', 'Following'],
    ['en month', 'en', 'On Wednesday, November 17, Kmart announced the deal.', 'November'],
    ['en demonym', 'en', 'American officials said Kmart would buy the chain.', 'American'],
    ['en role without name', 'en', 'Boeing Chief Financial Officer Michael Sears was charged.', 'Chief Financial Officer'],
    ['en country code as modifier', 'en', 'Several US media outlets reported that OpenAI changed the contract.', 'US'],
    ['en quoted nickname', 'en', 'Roche wrote to Sambur: "I love Ya, Big Guy." Boeing declined to comment.', 'Big Guy'],
    ['fr sentence-initial word', 'fr', 'Malgré ces fortes tensions, Claude resterait impliqué.', 'Malgré'],
    ['fr heading', 'fr', 'Contexte tendu dans l’écosystème\n\nOpenAI a signé un accord avec le Pentagone.', 'Contexte'],
    ['fr generic acronym', 'fr', 'Le déficit atteint 4,5 % du PIB selon Bercy.', 'PIB'],
    ['fr UN acronym is case-sensitive', 'fr', 'Un important dispositif de sécurité a été mis en place par la police.', 'Un'],
    ['fr CEO of another company', 'fr', 'Sam Altman dirige OpenAI. Le CEO d’Anthropic refuse.', 'Anthropic CEO'],
    ['en contraction', 'en', 'Facebook tracks me even though I\'m not on Facebook.', 'I\'m'],
    ['en adjective compound', 'en', 'It removed the Facebook-specific cookies, Google said.', 'Facebook-specific'],
    ['en portfolio after minister', 'en', 'He was named Minister of Agriculture by Mundia Sikatana.', 'Agriculture'],
    ['fr portfolio after ministre', 'fr', 'Dimitris Avramopoulos est nommé ministre de la Défense.', 'Défense'],
    ['fr lone head word', 'fr', 'Il est membre de la Coalition depuis mai, selon Reuters.', 'Coalition'],
    ['fr ordinal adjective', 'fr', 'Depuis la Seconde Guerre mondiale, l\'armée allemande agit peu.', 'Seconde Guerre'],
  ])('%s', (_name, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.map((a) => a.name)).not.toContain(name);
    if (name === 'Anthropic CEO') expect(byName(actors, 'Anthropic')?.kind).toBe('organization');
  });
});

type LinkRow = [string, Language, string, string, string];

describe('actors: aliases link to one actor', () => {
  test.each<LinkRow>([
    ['en surname', 'en', 'Sam Altman leads OpenAI. Altman admitted a mistake.', 'Sam Altman', 'Altman'],
    ['en title + surname', 'en', 'Senator John McCain spoke. Senator McCain has been the deal\'s critic.', 'John McCain', 'McCain'],
    ['en gazetteer variants', 'en', 'The Pentagon said the Department of Defense would review it.', 'Pentagon', 'Department of Defense'],
    ['en initials', 'en', 'Airbus is owned by European Aeronautic Defense & Space Company. EADS said so.',
      'European Aeronautic Defense & Space Company', 'EADS'],
    ['en company suffix variants', 'en', 'Kmart Corp. announced the deal. Kmart gained 15 percent.', 'Kmart Corp.', 'Kmart'],
    ['en the company', 'en', 'OpenAI signed the contract. Then the company changed it.', 'OpenAI', 'the company'],
    ['fr acronym in parentheses', 'fr', 'Le plan de l\'entreprise Hewlett-Packard (HP) se poursuit. HP accuse une baisse.', 'Hewlett-Packard', 'HP'],
    ['fr description led by', 'fr', 'OpenAI a annoncé un accord. L’entreprise dirigée par Sam Altman reconnaît une erreur.',
      'OpenAI', 'L’entreprise dirigée par Sam Altman'],
    ['fr le CEO', 'fr', 'L’entreprise dirigée par Sam Altman reconnaît une erreur.\n\nDans un message, le CEO précise sa position.',
      'Sam Altman', 'le CEO'],
    ['fr Pentagone / Département de la Défense', 'fr', 'OpenAI a signé avec le Département de la Défense. Le Pentagone n’a pas commenté.',
      'Département de la Défense', 'Pentagone'],
    ['fr role apposition before name', 'fr', 'D\'après le ministre du budget, Jérôme Cahuzac, il y a une ardoise. Cahuzac insiste.',
      'Jérôme Cahuzac', 'le ministre du budget'],
    ['fr initials', 'fr', 'Jean-Marc Ayrault a parlé. À la fin du discours de J-M Ayrault, Copé est parti.', 'Jean-Marc Ayrault', 'J-M Ayrault'],
    ['en later name word', 'en', 'Luiz Inácio Lula da Silva met Roh. Mr. Lula said trade would grow.', 'Luiz Inácio Lula da Silva', 'Lula'],
    ['en government of X', 'en', 'The government of Zambia has launched a policy. The Zambian government was criticised.',
      'Zambian government', 'Zambia'],
    ['fr la fédération', 'fr', 'Selon la fédération des banques, Febelfin, le montant est faible. La fédération en appelle aux clients.',
      'Febelfin', 'La fédération'],
  ])('%s', (_name, lang, text, name, alias) => {
    const actors = actorsOf(text, lang);
    const a = actors.find((x) => x.name === name || x.aliases.includes(name));
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(alias);
    expect(actors.filter((x) => [x.name, ...x.aliases].includes(alias))).toHaveLength(1);
  });
});

describe('actors: roles', () => {
  test.each<[string, Language, string, string, string | null, string | null]>([
    // the body named as the title's complement is the office's holder and an actor of its own (actors/title-complement-body)
    ['en title run', 'en', 'Secretary of the Air Force James Roche wrote back.', 'James Roche', 'Secretary', 'Air Force'],
    ['en org + title + name', 'en', 'Sears CEO Alan Lacy promised savings. Sears was up.', 'Alan Lacy', 'CEO', 'Sears'],
    ['en apposition', 'en', 'Edward Lampert, the chairman of Kmart, will lead it.', 'Edward Lampert', 'chairman', 'Kmart'],
    ['fr apposition', 'fr', 'Gérald Karsenti, PDG de HP France, a indiqué vouloir des départs volontaires.', 'Gérald Karsenti', 'PDG', 'HP France'],
    ['fr le CEO', 'fr', 'L’entreprise dirigée par Sam Altman, OpenAI, change. Dans un message, le CEO précise.', 'Sam Altman', 'CEO', null],
    ['fr role, participle, name', 'fr', 'Myriam Martinet, de la CGT, a réagi. Ce plan, voulu par la directrice générale nommée en septembre dernier Meg Whitman, continue.',
      'Meg Whitman', 'directrice générale', null],
    ['fr party acronym + person', 'fr', 'La députée UMP Laure de la Raudière a voté contre.', 'Laure de la Raudière', null, null],
  ])('%s', (_name, lang, text, name, role, of) => {
    const a = actorsOf(text, lang).find((x) => x.name === name);
    expect(a).toBeDefined();
    if (role) expect(a!.role).toBe(role);
    if (of) expect(a!.roleOf?.name).toBe(of);
  });
});

describe('actors: ids and spans', () => {
  test.each<[string, Language]>([
    ['fixtures/articles/seed-fr/article.txt', 'fr'],
    ['../shared/gold/dev/seed-en.txt', 'en'],
    ['../shared/gold/dev/wikinews-en-038.txt', 'en'],
    ['../shared/gold/dev/wikinews-fr-44374.txt', 'fr'],
  ])('%s: every mention is exact, ids in order of first mention, no duplicate names', (file, lang) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return; // the shared folder is absent outside the workspace
    }
    const actors = actorsOf(text, lang);
    expect(actors.length).toBeGreaterThan(3);
    let prev = -1;
    actors.forEach((a, i) => {
      expect(a.id).toBe(`A${i + 1}`);
      expect(a.mentions.length).toBeGreaterThan(0);
      for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(a.mentions[0]!.start).toBeGreaterThan(prev);
      prev = a.mentions[0]!.start;
    });
    const names = actors.map((a) => a.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  test('seed-fr: the expected actors, one each', () => {
    const text = readFileSync('fixtures/articles/seed-fr/article.txt', 'utf8');
    const names = actorsOf(text, 'fr').map((a) => a.name);
    for (const n of ['OpenAI', 'Sam Altman', 'NSA', 'Anthropic', 'Claude', 'Donald Trump', 'ChatGPT']) expect(names).toContain(n);
    expect(names.filter((n) => /D[ée]partement de la D[ée]fense/.test(n))).toHaveLength(1);
    expect(names).not.toContain('Pentagone');
    expect(names).not.toContain('Malgré');
    expect(names).not.toContain('Dans');
  });
});
