/**
 * Actor linking and boundary rules written from the misses of the former blind half (2026-12-01), EN and FR:
 * instrument codes after market names, sentence adverbs, description binding (a clause's subject is not the antecedent of
 * a description in its own clause), apposition owners of a description head, employers named as a commentator's
 * premodifier, role descriptions of another office, and description aliases shared by several actors.
 */
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

/** [label, language, text, name that must not be an actor's name or alias]. */
type NotRow = [string, Language, string, string];

/** [label, language, text, alias, actor that lists it, actor that must not list it]. */
type AliasRow = [string, Language, string, string, string, string];

const names = (actors: Actor[]): string[] => actors.flatMap((a) => [a.name, ...a.aliases]);

describe('actors (linking misses): should find (name, kind)', () => {
  test.each<FindRow>([
    // a given name that a known name normalises to ("Jane's", the defence publisher) still opens a person's name
    ['en given name shared with a known name (new-user trial)', 'en', 'Jane Smith said the company would appeal.', 'Jane Smith', 'person'],
    ['fr prénom partagé avec un nom connu', 'fr', 'Jane Fraser a annoncé mardi la fin du programme.', 'Jane Fraser', 'person'],
    ['en market name before its dot code', 'en', 'On Wall Street, the Dow Jones Industrial Average .DJI fell 102 points.',
      'Dow Jones Industrial Average', 'product'],
    ['en exchange name before a metal code', 'en', 'Three-month aluminum on the London Metal Exchange CMAL3 lost 0.06% to $1,737.',
      'London Metal Exchange', 'organization'],
    ['en stock exchange named alone', 'en', 'Shares of the firm debuted on the New York Stock Exchange on Friday.',
      'New York Stock Exchange', 'organization'],
    ['en ticker after a possessive joins its company', 'en', 'Still, peer Lowe’s (LOW) stock is off too. Lowe’s reports Wednesday.',
      'LOW', 'organization'],
    ['fr employer after a commentator stays an actor', 'fr', '« Le titre est bon marché », juge Marc Dupuis, analyste chez Oddo.',
      'Oddo', 'organization'],
    ['fr person after a complement ending in a name', 'fr', 'Le dernier mot en reviendra au chef de l\'Etat Miloš Zeman dont les décisions ont pesé.',
      'Miloš Zeman', 'person'],
    ['fr person after a place complement', 'fr', 'Il dînait avec le directeur de l\'Hôpital universitaire d\'Ostrava Jiří Havrlant mercredi.',
      'Jiří Havrlant', 'person'],
    ['fr person after a demonym complement', 'fr', 'De l\'avis de l\'Américain Pete Selleck, la langue française est une exigence.',
      'Pete Selleck', 'person'],
    ['en person after a complement ending in a name', 'en', 'The plan was backed by the head of the Pentagon Leon Panetta on Monday.',
      'Leon Panetta', 'person'],
    ['fr institution head opening its name', 'fr', 'Des chercheurs de l\'université Ouverte de Catalogne se sont intéressés au sujet.',
      'université Ouverte de Catalogne', 'organization'],
    ['fr hospital head opening its name', 'fr', 'Le blessé a été transporté à l\'hôpital Sao Joao de Porto.', 'hôpital Sao Joao de Porto', 'organization'],
    ['fr museum head opening its name', 'fr', 'L\'exposition se tient au musée Grévin jusqu\'en mai.', 'musée Grévin', 'organization'],
    ['en company "X and Y" before a possessive', 'en', 'The second stage engine, Pratt and Whitney\'s RL-10B-2, has a specific impulse of 462s.',
      'Pratt and Whitney', 'organization'],
    ['en company "X and Y" before a singular verb', 'en', 'Analysts said Dolce and Gabbana has cut its forecast again.',
      'Dolce and Gabbana', 'organization'],
    ['en person after a nationality adjective', 'en', 'American Kevin King and Australian Timothy Weeks were released on Tuesday.',
      'Kevin King', 'person'],
    ['en second person after a nationality adjective', 'en', 'American Kevin King and Australian Timothy Weeks were released on Tuesday.',
      'Timothy Weeks', 'person'],
    ['en employer before an analyst', 'en', 'In a report, Jefferies analyst Jonathan Matuszewski said the market is misreading the results.',
      'Jefferies', 'organization'],
    ['en employer before a chief economist', 'en', 'Investors were nervous, and Nomura chief economist Takahide Kiuchi said rates would rise.',
      'Nomura', 'organization'],
    ['fr ministry named after a known word', 'fr', 'Les restrictions ont été levées par le ministère de l\'Information jeudi.',
      'ministère de l\'Information', 'government'],
    ['fr bare army acting', 'fr', 'Après la dissolution du parlement, l\'armée s\'est octroyée le pouvoir législatif.', 'armée', 'government'],
    ['fr bare electoral commission as agent', 'fr', 'Les résultats ont été annoncés à 15 heures par la commission électorale.',
      'commission électorale', 'government'],
    ['fr bare tax office acting', 'fr', 'Le fisc défend cette publication, parlant d\'un effort de transparence.', 'fisc', 'government'],
    ['en bare army acting', 'en', 'Protesters gathered in the capital after the army seized power overnight.', 'army', 'government'],
    ['en bare electoral commission as agent', 'en', 'The results were published by the electoral commission on Sunday.',
      'electoral commission', 'government'],
    ['en province after a name is a place', 'en', 'They were handed over to US forces in the country’s southern Zabul province on Tuesday.',
      'Zabul', 'place'],
    ['en region after a name is a place', 'en', 'The ringtone raises funds for Sudan\'s troubled Darfur region.', 'Darfur', 'place'],
    ['en index named after its publisher is a product', 'en', 'Home Depot shares easily outpaced the Dow Jones Industrial Average this year.',
      'Dow Jones Industrial Average', 'product'],
    ['en index before "index" is a product', 'en', 'The pan-European STOXX 600 index lost 0.12% on Tuesday.', 'STOXX 600', 'product'],
    ['en index before "futures" is a product', 'en', 'Elsewhere, Japan’s Nikkei futures lost 0.66% overnight.', 'Nikkei', 'product'],
    ['en maker before a model with a Roman numeral is a product', 'en', 'The Boeing Delta IV Heavy has missed three launch windows.',
      'Boeing Delta IV Heavy', 'product'],
    ['en engine designation with a suffix is a product', 'en', 'The second stage engine, the RL-10B-2, has a specific impulse of 462s.',
      'RL-10B-2', 'product'],
    ['en channel code in a list of channels', 'en', 'It was shown on several television channels including BBC One, RTE 1, ITV1, Channel 4, and Sky One.',
      'ITV1', 'organization'],
    ['en channel of common words in a list of channels', 'en', 'It was shown on several television channels including BBC One, RTE 1, ITV1, Channel 4, and Sky One.',
      'Sky One', 'organization'],
    ['fr channel in a list of channels', 'fr', 'Le clip passe sur plusieurs chaînes, dont Arte, Paris Première et Canal 9.', 'Paris Première', 'organization'],
    ['en a state’s forces without "the"', 'en', 'The two men were handed over to US \u00adforces in the south on Tuesday.',
      'US \u00adforces', 'government'],
    ['en a state’s intelligence community', 'en', 'The launcher will carry spy satellites for the US intelligence community.',
      'US intelligence community', 'government'],
    ['en a demonym’s security forces without "the"', 'en', 'Afghan security forces said the road was open again.',
      'Afghan security forces', 'government'],
    ['fr drug in lower case is a product', 'fr', 'Le professeur défend la chloroquine contre le coronavirus.', 'chloroquine', 'product'],
    ['fr drug with an elided article', 'fr', 'Des rumeurs sur l\'ibuprofène ont circulé sur les réseaux sociaux.', 'ibuprofène', 'product'],
    ['en drug in lower case is a product', 'en', 'Doctors prescribed hydroxychloroquine and azithromycin to the patients.', 'azithromycin', 'product'],
    ['en the financial community named after its street', 'en', 'Home Depot earned $2.53 a share; Wall Street predicted $2.52 a share.',
      'Wall Street', 'group'],
    ['fr lower-case words before the acronym of the whole name', 'fr',
      'La Commission nationale informatique et libertés (CNIL), qui critique fortement cette disposition, a rendu un avis.',
      'Commission nationale informatique et libertés', 'government'],
    ['fr the acronym joins the whole name', 'fr',
      'La Commission nationale informatique et libertés (CNIL), qui critique fortement cette disposition, a rendu un avis.',
      'CNIL', 'government'],
    ['fr a square named after its noun', 'fr', 'Des milliers de personnes se sont rassemblées vendredi sur la place Tahrir au Caire.',
      'place Tahrir', 'place'],
    ['en band title opened by a capitalised The', 'en', 'The single features Robbie Williams, Justin Hawkins of The Darkness and Dido.',
      'The Darkness', 'organization'],
    ['en paper title opened by a capitalised The', 'en', 'Claure said so in the email, which was seen by The Hollywood Reporter.',
      'The Hollywood Reporter', 'organization'],
    ['en a title’s initials count its The', 'en', 'The email was seen by The Real Deal. A person familiar with the matter told TRD more.',
      'TRD', 'organization'],
    ['en laboratory with "and" in its name', 'en', 'Workers at The Idaho National Engineering and Environmental Laboratory report the result.',
      'The Idaho National Engineering and Environmental Laboratory', 'organization'],
    ['en web site after "according to" is an organisation', 'en', 'Sales fell 3 percent, according to Edmunds.com, a data firm.',
      'Edmunds.com', 'organization'],
    ['en body before a press secretary', 'en', '“We pray for both men,” said White House Press Secretary Stephanie Grisham on Tuesday.',
      'White House', 'government'],
    ['en press secretary’s name', 'en', '“We pray for both men,” said White House Press Secretary Stephanie Grisham on Tuesday.',
      'Stephanie Grisham', 'person'],
    ['en short acronym that is a French word stays', 'en', 'From: Lemkin, Bruce S, SES, SAF/FM To: Roche, James.', 'SES', 'organization'],
    ['fr Burmese name with a given name element', 'fr', 'La Birmanie a levé la censure, selon l\'opposante Aung San Suu Kyi.', 'Aung San Suu Kyi', 'person'],
    ['fr person after a role apposition still found', 'fr', 'Le vote a eu lieu. Barroso, le président de la commission, est rassuré.',
      'Barroso', 'person'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (linking misses): should not find', () => {
  test.each<NotRow>([
    ['en dot-prefixed index code', 'en', 'The Nasdaq Composite .IXIC added 20.72 points.', 'IXIC'],
    ['en long dot-prefixed index code', 'en', 'MSCI’s gauge of stocks across the globe .MIWD00000PUS gained 0.02%.', 'MIWD00000PUS'],
    ['en bond code with its source', 'en', 'Benchmark 10-year notes US10YT=RR last rose 7/32 in price.', 'US10YT'],
    ['en source suffix of a bond code', 'en', 'The 30-year bond US30YT=RR last rose 29/32 in price.', 'RR'],
    ['en currency code glued to "="', 'en', 'The dollar index rose, with the euro EUR= up 0.05% to $1.1075.', 'EUR'],
    ['en commodity code glued to "="', 'en', 'Spot gold XAU= added 0.1% to $1,472.19 an ounce.', 'XAU'],
    ['en continuous futures code', 'en', 'Brent LCOc1 was last at $60.73 a barrel, while U.S. crude CLc1 fell.', 'LCOc1'],
    ['en metal code after a name', 'en', 'Copper CMCU3 rose 0.86% to $5,880.00 a tonne.', 'Copper CMCU3'],
    ['en sentence adverb before a comma', 'en', '“We will not resign. Obviously, the prime minister can decide,” he said.', 'Obviously'],
    ['en sentence adverb opening a paragraph', 'en', 'Separately, the ministry said it would appeal the ruling.', 'Separately'],
    ['fr sentence adverb in a quotation', 'fr', '« Je ne démissionnerai pas. Evidemment, le Premier ministre peut décider de ma révocation », a-t-il dit.',
      'Evidemment'],
    ['fr sentence adverb opening a sentence', 'fr', 'Finalement, le gouvernement a renoncé à la réforme.', 'Finalement'],
    ['fr another sentence adverb', 'fr', 'Notamment, le ministre a promis une hausse des crédits.', 'Notamment'],
    ['en two persons with a plural verb stay apart', 'en', 'Hollande and Cameron were in Brussels on Monday.', 'Hollande and Cameron'],
    ['en two known countries stay apart', 'en', 'France and Germany\'s leaders met on Monday.', 'France and Germany'],
    ['en two names written apart elsewhere stay apart', 'en', 'Sears and Kmart\'s merger closed. Kmart shares rose.', 'Sears and Kmart'],
    ['en nationality adjective is not part of the name', 'en', 'American Kevin King was freed on Tuesday.', 'American Kevin King'],
    ['en company named after a demonym and a given name stays whole', 'en', 'The German Marshall Fund said so on Monday.', 'Marshall Fund'],
    ['fr bare army acted on is no actor', 'fr', 'Le budget de l\'armée sera voté demain par les députés.', 'armée'],
    ['fr bare parliament as a place is no actor', 'fr', 'Le débat au parlement a duré six heures.', 'parlement'],
    ['en bare army when a named army is an actor', 'en', 'The Free Syrian Army took the city on Monday. The army then left the town.', 'army'],
    ['en bare army with an adjective is not bare', 'en', 'Soldiers said the army base was closed on Monday.', 'army'],
    ['en plural region noun is no place name', 'en', 'Storms hit Canada\'s Atlantic provinces on Monday.', 'Atlantic'],
    ['en common words before "index" are no index', 'en', 'The Air Quality index rose sharply on Monday.', 'Air Quality'],
    ['en a plural noun before "forces" is no state body', 'en', 'Market forces pushed prices up on Monday.', 'Market forces'],
    ['fr word ending like a drug stem is no drug', 'fr', 'La machine a été réparée en une heure.', 'machine'],
    ['en word ending like a drug stem is no drug', 'en', 'The routine checks resumed on Monday.', 'routine'],
    ['fr lower-case words not matching the acronym stay out', 'fr',
      'La Commission européenne et les autres institutions (UE) ont réagi.', 'Commission européenne et les autres institutions'],
    ['fr "à la place de" is no square', 'fr', 'Le ministre a parlé à la place de Jean Dupont hier.', 'place de Jean Dupont'],
    ['en a model after a capitalised The is no title', 'en', 'Pilots said The F-22 performed well in the exercise.', 'The F-22'],
    ['en a title at a sentence start is left to the other rules', 'en', 'The Dark Side was not mentioned again.', 'The Dark Side'],
    ['en temperature scale is no actor', 'en', 'Water was heated to 300 degrees Celsius in the lab.', 'Celsius'],
    ['fr temperature scale is no actor', 'fr', 'L\'eau a été chauffée à 300 degrés Celsius au laboratoire.', 'Celsius'],
    ['en vehicle class acronym is no actor', 'en', 'Buyers moved from sedans to the SUV segment last year.', 'SUV'],
    ['fr network address acronym is no actor', 'fr', 'Les opérateurs conserveront l\'adresse IP d\'un site visité.', 'IP'],
    ['en press secretary’s office is no actor', 'en', '“We pray for both men,” said White House Press Secretary Stephanie Grisham on Tuesday.',
      'White House Press'],
    ['fr shouted English word in a quoted tweet', 'fr', 'Il a écrit : « Hopefully they will BOTH work. » Le message a circulé.', 'BOTH'],
    ['en shouted common word', 'en', 'The sign read: We want ALL troops home now, the mayor said.', 'ALL'],
    ['fr known university keeps its own name', 'fr', 'Une étude de l\'université Harvard a été publiée.', 'université Harvard'],
    ['fr school named after a person is the person', 'fr', 'Les élèves de l\'école Jules Ferry ont défilé.', 'école Jules Ferry'],
  ])('%s', (_label, lang, text, name) => {
    expect(names(actorsOf(text, lang))).not.toContain(name);
  });

  test('a given name before a comma stays a person (not an adverb)', () => {
    const a = byName(actorsOf('Kelly, the chief executive, said the plan would go ahead.', 'en'), 'Kelly');
    expect(a?.kind).toBe('person');
  });
});

describe('actors (linking misses): a description alias goes to the right actor', () => {
  test.each<AliasRow>([
    ['en the subject of the clause is not the company it bails out', 'en',
      'WeWork abandoned plans for an IPO. After Adam Neumann left in October, SoftBank, its largest investor, committed to a $9.5 billion lifeline to bail out the company.',
      'the company', 'WeWork', 'SoftBank'],
    ['en the buyer is not the company it buys', 'en',
      'Shares of Kmart rose on Monday. Later, Sears agreed to buy the company for $11 billion.',
      'the company', 'Kmart', 'Sears'],
    ['fr the buyer is not the firm it buys', 'fr',
      'Les actions de Kmart ont bondi lundi. Puis Sears a racheté l\'entreprise pour 11 milliards de dollars.',
      'l\'entreprise', 'Kmart', 'Sears'],
    ['en the head given by apposition keeps naming its actor', 'en',
      'The group, WeWorkers Coalition, formed in recent weeks. It said employees were told by WeWork to sign by Monday. However, the group raised alarm at the terms.',
      'the group', 'WeWorkers Coalition', 'WeWork'],
    ['fr the head given by apposition keeps naming its actor', 'fr',
      'Le groupe, Ferrand Industries, a été créé en mars. Selon lui, les salariés de Renault ont été prévenus lundi. Le groupe a dénoncé ces conditions.',
      'Le groupe', 'Ferrand Industries', 'Renault'],
    ['fr a description set off by commas after a name is its apposition', 'fr',
      'L\'agence Health Canada a fait de même en janvier. L\'Anses, l\'agence française, est en train de lancer une revue.',
      'l\'agence française', 'Anses', 'Health Canada'],
    ['fr a French head finds the English name of a body', 'fr',
      'L\'agence Health Canada a fait de même. « L\'EPA maintient qu\'il n\'y a pas de risque », écrit l\'agence.',
      'l\'agence', 'EPA', 'Health Canada'],
    ['en an analyst’s employer named before the analyst is no antecedent', 'en',
      'Shares of Home Depot fell after it cut its guidance. Wells Fargo analyst Zachary Fadem says the company faced a hurricane headwind.',
      'the company', 'Home Depot', 'Wells Fargo'],
    ['en an economist’s employer named before the economist is no antecedent', 'en',
      'Boeing cut its delivery forecast. Commerzbank senior economist Jörg Krämer said the company would recover.',
      'the company', 'Boeing', 'Commerzbank'],
    ['fr the health minister is not the Prime minister', 'fr',
      'Le ministre de la Santé Roman Prymula a dîné au restaurant. Le Premier ministre Andrej Babiš a réagi vendredi. Il va demander au ministre de la Santé de démissionner.',
      'ministre de la Santé', 'Roman Prymula', 'Andrej Babiš'],
    ['en the defence secretary is not the prime minister', 'en',
      'Defence secretary Ben Wallace arrived in Kyiv. Prime minister Rishi Sunak spoke later. He praised the defence secretary for the visit.',
      'the defence secretary', 'Ben Wallace', 'Rishi Sunak'],
  ])('%s', (_label, lang, text, alias, owner, other) => {
    const actors = actorsOf(text, lang);
    expect(byName(actors, owner)?.aliases).toContain(alias);
    expect(byName(actors, other)?.aliases ?? []).not.toContain(alias);
  });

  test('en an alias shared by several actors is listed on the actor most of its mentions resolve to', () => {
    const text = 'Nike reported record sales. The company said demand was strong. The company also raised its forecast. '
      + 'Rival Adidas said the company would cut 500 jobs. Nike shares rose.';
    const actors = actorsOf(text, 'en');
    const nike = byName(actors, 'Nike');
    expect(nike?.aliases).toContain('The company');
    for (const a of actors) if (a !== nike) expect(a.aliases.map((x) => x.toLowerCase())).not.toContain('the company');
  });

  test('fr a description in apposition before a name is listed with the name', () => {
    const a = byName(actorsOf('Le 11 janvier dernier, l\'agence Health Canada a fait de même.', 'fr'), 'Health Canada');
    expect(a?.aliases).toContain('l\'agence Health Canada');
    expect(a?.aliases).not.toContain('l\'agence');
  });

  test('en one state’s forces named by its code and by its demonym are one actor', () => {
    const actors = actorsOf('They were handed over to US forces in the south. Later, American forces left the area.', 'en');
    const a = byName(actors, 'US forces');
    expect(a?.kind).toBe('government');
    expect(a).toBe(byName(actors, 'American forces'));
  });

  test('en a web site and its name without the domain are one actor', () => {
    const actors = actorsOf('Sales fell, according to Edmunds.com, a data firm. Prices rose, said Jessica Caldwell, Edmunds\' executive director.', 'en');
    expect(byName(actors, 'Edmunds')).toBe(byName(actors, 'Edmunds.com'));
  });

  test('fr a name inside the subject’s complement is not bound: « les dirigeants de l\'Impact … de l\'équipe »', () => {
    const text = 'Les dirigeants de l\'Impact de Montréal présentaient leur bilan de la première saison de l\'équipe dans la MLS.';
    expect(byName(actorsOf(text, 'fr'), 'Impact de Montréal')?.aliases).toContain('l\'équipe');
  });
});
