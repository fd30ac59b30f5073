/**
 * Actor recall rules written from the language of defence, politics and business news, EN and FR: military ranks before
 * names, weapon and aircraft designations, French military bodies written in lower case, defence firms and media,
 * EU bodies, lone surnames after a first full mention, offices named in title case ("the Defense Secretary"), role
 * appositions after unknown names, employers after an occupation, Korean given names. Table-driven should-find,
 * should-not-find, linking and role rows, with real expected values.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (defence news): should find (name, kind)', () => {
  test.each<FindRow>([
    // military rank abbreviations are titles (actors/title-name)
    ['en Sgt. First Class before a name', 'en', 'Sgt. First Class John Smith was wounded near the border.', 'John Smith', 'person'],
    ['en Staff Sgt. before a name', 'en', 'Staff Sgt. Robert Bales was charged on Friday.', 'Robert Bales', 'person'],
    ['en Lt. Gen. before a name', 'en', 'Lt. Gen. James Dickinson said the Army would field new systems.', 'James Dickinson', 'person'],
    ['en Maj. Gen. before a name', 'en', 'Maj. Gen. Pat Ryder told reporters the drills would go on.', 'Pat Ryder', 'person'],
    // actors/title-company: a title word opening a company name with a suffix
    ['en General Dynamics Corp. is a company', 'en', 'General Dynamics Corp. and Northrop Grumman Corp. reported earnings.',
      'General Dynamics Corp.', 'organization'],
    // actors/model-designation, actors/slash-designation
    ['en Russian air-defence system', 'en', 'Turkey bought the S-400 system from Russia.', 'S-400', 'product'],
    ['en drone designation with its name', 'en', 'An MQ-9 Reaper drone crashed in the Black Sea.', 'MQ-9 Reaper', 'product'],
    ['en Sukhoi designation', 'en', 'Russia deployed Su-57 jets to the base.', 'Su-57', 'product'],
    ['en aircraft designation with a suffix', 'en', 'The Air Force ordered more KC-46A tankers this year.', 'KC-46A', 'product'],
    ['fr SAMP/T battery', 'fr', 'La France a livré une batterie SAMP/T à l\'Ukraine.', 'SAMP/T', 'product'],
    ['en SAMP/T battery', 'en', 'Italy sent a SAMP/T battery to Kyiv.', 'SAMP/T', 'product'],
    // actors/fr/military-body
    ['fr armée de l\'Air et de l\'Espace in lower case', 'fr', 'L\'armée de l\'Air et de l\'Espace recevra des avions de transport.',
      'armée de l\'Air et de l\'Espace', 'government'],
    ['fr armée de Terre in lower case', 'fr', 'Le général a rencontré les chefs de l\'armée de Terre lundi.', 'armée de Terre', 'government'],
    ['fr état-major des armées', 'fr', 'L\'état-major des armées a confirmé la frappe mardi.', 'état-major des armées', 'government'],
    // gazetteer: defence firms, media and public bodies
    ['fr DGA alone is a state body', 'fr', 'La DGA a notifié le contrat à Thales.', 'DGA', 'government'],
    ['en Anduril with its suffix', 'en', 'Anduril Industries Inc. signed a deal with the Ministry of Defence.', 'Anduril Industries Inc.', 'organization'],
    ['en KNDS and Saab', 'en', 'KNDS and Saab bid for the contract.', 'Saab', 'organization'],
    ['en Business Insider is a medium', 'en', 'The transcript was reviewed by Business Insider on Monday.', 'Business Insider', 'organization'],
    ['fr Conseil de l\'UE', 'fr', 'Le Conseil de l\'UE a adopté le texte jeudi.', 'Conseil de l\'UE', 'government'],
    ['en Space Force', 'en', 'The Space Force launched a satellite on Monday.', 'Space Force', 'government'],
    // actors/role-apposed-name: an unknown name with a common word, then a role in apposition
    ['en Chinese name with a possessive role after it', 'en', 'The president met Liu He, China\'s top trade negotiator, on Friday.', 'Liu He',
      'person'],
    // actors/employer-at
    ['en employer after an occupation and at', 'en', 'Phil Levy, the chief economist at Flexport, said so.', 'Flexport', 'organization'],
    ['en university after professor at', 'en', 'Eswar Prasad, a trade professor at Cornell, said the deal was fragile.', 'Cornell', 'organization'],
    ['fr employer after analyste chez', 'fr', '« C\'est net », dit Jean Dupont, analyste chez Oddo.', 'Oddo', 'organization'],
    // actors/hyphenated-given-name
    ['en Korean leader with a hyphenated given name', 'en', 'The meeting with North Korea\'s leader, Kim Jong-un, failed.', 'Kim Jong-un', 'person'],
    ['en former president Roh Moo-hyun', 'en', 'Former president Roh Moo-hyun spoke on Monday.', 'Roh Moo-hyun', 'person'],
    // actors/head-of-name, actors/and-known: an institution head before "of", a known name with "and"
    ['en OFAC spelled out', 'en', 'Treasury said the Office of Foreign Assets Control would enforce the measures.',
      'Office of Foreign Assets Control', 'government'],
    ['en OMB at a sentence start', 'en', 'The Office of Management and Budget approved the plan.', 'Office of Management and Budget', 'government'],
    // actors/known-suffix: a known firm with a company suffix
    ['en known firm with Co.', 'en', 'Boeing Co. said its defense unit lost money.', 'Boeing Co.', 'organization'],
    // title words "leader", "whip": the holder is a person, the chamber an actor of its own
    ['en Senate Majority Leader before a name', 'en', 'Senate Majority Leader Chuck Schumer scheduled a vote.', 'Chuck Schumer', 'person'],
    ['en party plural in the gazetteer', 'en', 'Sunak told MPs the Conservatives would hold firm.', 'Conservatives', 'organization'],
    // gazetteer: a mixed-case spelling listed beside the acronym (actors/gazetteer)
    ['fr Otan in mixed case at a sentence start', 'fr', 'L\'Otan a renforcé son flanc est.', 'Otan', 'organization'],
    // productNouns: weapons named after their noun (actors/noun-before)
    ['fr gun named after canons', 'fr', 'Le ministère a commandé 109 canons Caesar à KNDS France.', 'Caesar', 'product'],
    ['en ship named after frigate', 'en', 'The Navy commissioned the frigate Constellation on Friday.', 'Constellation', 'product'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a?.kind).toBe(kind);
  });
});

/** A should-not-find row: [label, language, text, name that must be no actor's name or alias]. */
type NotRow = [string, Language, string, string];

describe('actors (defence news): should not find', () => {
  test.each<NotRow>([
    // actors/title-company: no person cut out of a company name
    ['en no person in General Dynamics Corp.', 'en', 'General Dynamics Corp. reported earnings.', 'Dynamics Corp.'],
    // actors/role-only: an office without its holder is no actor
    ['en the Defense Secretary is no organisation', 'en', 'The Defense Secretary said the troops would stay.', 'Defense Secretary'],
    ['en Secretary of State alone', 'en', 'The Secretary of State will travel to Kyiv.', 'Secretary of State'],
    ['en Foreign Minister alone', 'en', 'The Foreign Minister declined to comment.', 'Foreign Minister'],
    // actors/model-designation: codes of the same shape that are not products
    ['en COVID-19 is no product', 'en', 'The COVID-19 pandemic hit exports.', 'COVID-19'],
    ['en G-20 is no product', 'en', 'Leaders met at the G-20 summit.', 'G-20'],
    ['en H-1B visas are no product', 'en', 'The H-1B program was suspended.', 'H-1B'],
    // actors/demonym-compound
    ['en African-American is no actor', 'en', 'Nine African-American churchgoers were killed in June.', 'African-American'],
    ['en Franco-German is no actor', 'en', 'The Franco-German tank project stalled.', 'Franco-German'],
    // actors/hyphenated-given-name: not adjective compounds
    ['en Paris-based is no name part', 'en', 'Shares of Thales, the Paris-based group, rose.', 'Thales Paris-based'],
    // actors/fr/military-body: not inside the title of its chief
    ['fr chef d\'état-major des armées is a role', 'fr', 'Le chef d\'état-major des armées, le général Thierry Burkhard, a parlé.',
      'état-major des armées'],
    // actors/description-title-case: a title-case office needs a holder with that role
    ['en the President is not the nearest reporter', 'en',
      'The BBC editor Jon Sopel said the President did not sound confident.', 'the President'],
    // actors/en/comma-and-co: "Co" is a whole word
    ['en no partner name cut out of Costco', 'en', 'It competes with Walmart, Kroger and Costco in Seattle.', 'Walmart, Kroger and'],
    // actors/article-connector: an article joins two names only after another connector
    ['en no name across told X the Y', 'en', 'Sunak told MPs the Conservatives would hold firm.', 'MPs the Conservatives'],
    // actors/head-of-name: no product cut out of an office's name
    ['en Office is not Microsoft\'s product here', 'en', 'Treasury said the Office of Foreign Assets Control would enforce it.', 'Office'],
    // actors/en/party-state
    ['en party and state tag of a senator', 'en', 'Sen. Jack Reed, D-R.I., agreed with the plan.', 'D-R.I.'],
    // actors/description-final-stop: a sentence's full stop is not part of a description, which then covers a name
    ['fr no description over a name and its full stop', 'fr', 'L\'armée française participe. Arquus a livré des blindés à l\'armée de Terre.',
      'l\'armée de Terre.'],
    // actors/lone-surname: not a word of a longer capitalised name
    ['en surname inside another name', 'en', 'Marcelo Claure runs Sprint. The Claure Foundation gave money.', 'Claure'],
  ])('%s', (_label, lang, text, name) => {
    expect(byName(actorsOf(text, lang), name)).toBeUndefined();
  });
});

/** A linking row: [label, language, text, full name, shorter form that must be its alias]. */
type LinkRow = [string, Language, string, string, string];

describe('actors (defence news): aliases link to one actor', () => {
  test.each<LinkRow>([
    // actors/lone-surname
    ['en surname after an adverb and a comma', 'en', 'SoftBank named Marcelo Claure as chief executive of Sprint. Later, Claure said the merger was on track.',
      'Marcelo Claure', 'Claure'],
    ['en surname opening a sentence', 'en', 'SoftBank named Marcelo Claure as chief executive. Claure said the merger was on track.',
      'Marcelo Claure', 'Claure'],
    ['fr surname opening a sentence', 'fr', 'Le groupe a nommé Marcelo Claure à sa tête. Claure a précisé que la fusion avançait.',
      'Marcelo Claure', 'Claure'],
    ['en Korean surname alone', 'en', 'Talks with Kim Jong-un broke down. Kim said he would return.', 'Kim Jong-un', 'Kim'],
    // actors/description-title-case
    ['en title-case office after the holder\'s title', 'en', 'Defense Secretary Lloyd Austin met his counterpart. The Defense Secretary said allies would stand firm.',
      'Lloyd Austin', 'The Defense Secretary'],
    ['fr minister designated by office', 'fr', 'Le ministre des Armées, Sébastien Lecornu, a salué l\'accord. Le ministre a ajouté que la loi serait respectée.',
      'Sébastien Lecornu', 'Le ministre'],
    // actors/known-suffix: a known firm with and without its suffix is one actor
    ['en ExxonMobil Corp. and Exxon', 'en', 'ExxonMobil Corp. reported earnings. Exxon said output rose.', 'ExxonMobil Corp.', 'Exxon'],
    // actors/partial-name-unknown: the end of a person's long name used alone
    ['fr compound surname alone', 'fr', 'Son gouverneur, François Villeroy de Galhau, a jugé la situation maîtrisable. Villeroy de Galhau a ajouté que l\'inflation reculerait.',
      'François Villeroy de Galhau', 'Villeroy de Galhau'],
    // actors/description-not-reporter: the listener of "told" is skipped, an apposition without a comma is kept
    ['en the company after told + a medium', 'en', 'Palantir won a contract. Its chief Alex Karp told CNBC the company was hiring.',
      'Palantir', 'the company'],
    ['fr apposition without a comma', 'fr', 'Nick De Santis le directeur sportif de l\'équipe, a affirmé que la saison serait longue.',
      'Nick De Santis', 'le directeur sportif'],
    ['fr Alliance atlantique is NATO', 'fr', 'L\'Otan a renforcé son flanc est. Le secrétaire général de l\'Alliance atlantique s\'est rendu à Varsovie.',
      'Alliance atlantique', 'Otan'],
    // actors/title-before-role: a title lost at the sentence start still names the holder's office
    ['en the president after a sentence-initial title', 'en',
      'President Barack Obama admitted his failure. The BBC editor Jon Sopel said the president did not sound confident.', 'Barack Obama',
      'the president'],
  ])('%s', (_label, lang, text, name, alias) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a?.name === alias || a?.aliases.includes(alias)).toBe(true);
  });
});

/** A role row: [label, language, text, person's name, role expected]. */
type RoleRow = [string, Language, string, string, string];

describe('actors (defence news): roles of persons', () => {
  test.each<RoleRow>([
    ['en rank abbreviation is the role', 'en', 'Sgt. First Class John Smith was wounded near the border.', 'John Smith', 'Sgt. First Class'],
    ['en title-case office is the role', 'en', 'Defense Secretary Lloyd Austin met his counterpart in Brussels.', 'Lloyd Austin', 'Defense Secretary'],
    ['fr lower-case rank before the name', 'fr', 'Selon le général Burkhard, la menace grandit.', 'Burkhard', 'général'],
    ['en lower-case title before the name', 'en', 'The talks with the economist Krugman went on.', 'Krugman', 'economist'],
  ])('%s', (_label, lang, text, name, role) => {
    expect(byName(actorsOf(text, lang), name)?.role).toBe(role);
  });
});
