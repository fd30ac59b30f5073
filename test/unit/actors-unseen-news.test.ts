/**
 * Actor and metric rules written from a probe of unseen news (2026-12-02), EN and FR: a full name completing a one-word
 * person seen first (actors/full-name-completes), release numbers of products (actors/version-number), capitalised common
 * words naming a firm or product inside a sentence (actors/isolated-common-name), local bodies named by a place and a
 * lower-case head (actors/place-body), « le mont Maudit » (actors/place-noun-name), and the agent of a move read through
 * several complements (metrics/agent-complements).
 *
 * Second probe of unseen news (2026-12-03, act4), EN and FR: false actors from a weekday closing a name
 * (actors/trailing-weekday), shouted headline words (actors/shouted-word), US short time zones (actors/time-zone), "ID"
 * (actors/generic-acronym); a person of a known body (actors/name-of-known-body), a medium before the person it quotes
 * (actors/acronym-name-person-split), a title's Office (actors/en/title-office); one actor per entity
 * (actors/name-first-word, actors/short-name-of-fuller, actors/qualified-known-body) and no description given to an
 * inserted source (actors/description-not-source); an article left alone (actors/article-alone), a song title
 * (actors/title-phrase), a state code before a venue (actors/us-state-code), a custody centre (actors/custody-body).
 */
import type { Actor, Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';
import { findMetric, metricsOf } from '../helpers/extractors.js';

/** Every mention of every actor is exact in `text`. */
function checked(text: string, lang: Language): Actor[] {
  const actors = actorsOf(text, lang);
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}

describe('actors (unseen news): should find (name, kind)', () => {
  test.each<FindRow>([
    ['en version number joins the name', 'en', 'Canonical released Ubuntu 12.10 on Thursday.', 'Ubuntu 12.10', 'product'],
    ['fr numéro de version dans le nom', 'fr', 'Canonical a publié Ubuntu 12.10 jeudi dernier.', 'Ubuntu 12.10', 'product'],
    ['en common word as a company mid-sentence', 'en', 'Salesforce bought Slack for $27.7 billion last year.', 'Slack', 'organization'],
    ['fr mot courant comme nom d\'entreprise', 'fr', 'Les entreprises clientes de Slack ont protesté.', 'Slack', 'organization'],
    ['en two common words as a product', 'en', 'Customers who use Marketing Cloud will get the feature.', 'Marketing Cloud', 'organization'],
    ['en local police', 'en', 'West Mercia police said the tablets were believed to contain DNP.', 'West Mercia police', 'government'],
    ['en local court', 'en', 'They pleaded not guilty in Manhattan federal court on Tuesday.', 'Manhattan federal court', 'government'],
    ['en regional commission', 'en', 'The Inner Mongolia health commission said there was no evidence.', 'Inner Mongolia health commission', 'government'],
    ['en hospital after its name', 'en', 'She was taken to Royal Shrewsbury hospital on 12 April.', 'Royal Shrewsbury hospital', 'organization'],
    ['fr police de la ville', 'fr', 'La police de Madrid a ouvert une enquête mardi.', 'police de Madrid', 'government'],
    ['fr mont et son nom', 'fr', 'Une avalanche au mont Maudit a tué neuf personnes jeudi.', 'mont Maudit', 'place'],
    // (act4 probe, 2026-12-03)

    ['en weekday after a name', 'en', 'Apple Monday announced a new phone for the Chinese market.', 'Apple', 'organization'],
    ['en person of a known newspaper', 'en', 'Cases rose, said Tova Smith of the Washington Post.', 'Tova Smith', 'person'],
    ['en the newspaper after the person', 'en', 'Cases rose, said Tova Smith of the Washington Post.', 'Washington Post', 'organization'],
    ['fr agence avant la personne', 'fr', "a annoncé à l'agence RIA Novosti Valentine Sapounov, de l'Université.", 'RIA Novosti', 'organization'],
    ['fr personne après l\'agence', 'fr', "a annoncé à l'agence RIA Novosti Valentine Sapounov, de l'Université.", 'Valentine Sapounov', 'person'],
    ['en attorney\'s office', 'en', "The U.S. Attorney’s Office declined to comment on the case.", 'U.S. Attorney’s Office', 'government'],
    ['en sheriff\'s office', 'en', "The Los Angeles County Sheriff's Office said the dress was found.", "Los Angeles County Sheriff's Office", 'government'],
    ['en prime minister\'s office', 'en', "The Prime Minister's Office said the talks would resume.", "Prime Minister's Office", 'government'],
    ['en federal jail', 'en', 'Epstein was held at Metropolitan Correctional Center in Manhattan.', 'Metropolitan Correctional Center', 'government'],
    ['fr centre pénitentiaire', 'fr', 'Il a été transféré au Centre pénitentiaire de Fresnes mardi.', 'Centre pénitentiaire', 'government'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(checked(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

describe('actors (unseen news): one actor per person or product', () => {
  // [label, language, text, full name, the short form it lists]
  test.each<[string, Language, string, string, string]>([
    ['en surname with a title first', 'en', 'Mr. McCain spoke on the floor. Later, John McCain asked for the documents.', 'John McCain', 'McCain'],
    ['fr nom avec civilité d\'abord', 'fr', 'M. Ayrault a répondu mardi. Plus tard, Jean-Marc Ayrault a confirmé la décision.', 'Jean-Marc Ayrault', 'Ayrault'],
    ['en given name alone first', 'en', 'Her mother, Fiona, said in a statement that it was sad. Fiona Parry issued a plea.', 'Fiona Parry', 'Fiona'],
    ['fr prénom seul d\'abord', 'fr', 'Sa mère, Fiona, a déclaré que c\'était triste. Fiona Parry a lancé un appel.', 'Fiona Parry', 'Fiona'],
    ['en bare name after its version', 'en', 'Canonical released Ubuntu 12.10 on Thursday. Users of Ubuntu can upgrade.', 'Ubuntu 12.10', 'Ubuntu'],
    ['en bare name before its version', 'en', 'Users of Ubuntu can upgrade. Canonical released Ubuntu 12.10 on Thursday.', 'Ubuntu 12.10', 'Ubuntu'],
    // (act4 probe, 2026-12-03)

    ['en surname written first', 'en', 'Li Jifeng, a doctor, wrote in a blog post that the couple had been moved. But Li explained that cases need checking.',
      'Li Jifeng', 'Li'],
    ['en the Times after the New York Times', 'en', 'The New York Times reported it. Later the Times said more.', 'The New York Times', 'Times'],
    ['en CDC after a national centre', 'en', 'The Chinese Center for Disease Control and Prevention said it acted. The CDC assured the public.',
      'Chinese Center for Disease Control and Prevention', 'CDC'],
  ])('%s', (_label, lang, text, full, short) => {
    const actors = checked(text, lang);
    const a = actors.find((x) => x.name === full);
    expect(a).toBeDefined();
    expect(a!.aliases).toContain(short);
    expect(actors.filter((x) => x.name === short)).toHaveLength(0);
  });
});

describe('actors (unseen news): should not find', () => {
  // [label, language, text, name that must not be an actor's name or alias]
  test.each<[string, Language, string, string]>([
    ['en adverb in title case', 'en', 'We rate the statement Mostly True.', 'Mostly True'],
    ['en common noun after a modifier', 'en', 'The display features brightly-lit Santas, snowmen and a tree.', 'Santas'],
    ['en last member of a title-case coordination', 'en', 'He works at Program Analysis and Evaluation in the Pentagon.', 'Evaluation'],
    ['en name used as a modifier', 'en', 'We are briefing Hill staff on it.', 'Hill'],
    ['fr planète', 'fr', 'La distance qui sépare Mercure de notre étoile est six fois plus grande.', 'Mercure'],
    ['en concept after a determiner', 'en', 'Users turned to the Internet for news.', 'Internet'],
    ['en police station is no police', 'en', 'Coco escaped to a Cabixi police station but Nunes did not survive.', 'Cabixi police'],
    ['en amount is no version', 'en', 'Kmart agreed to pay 3.5 billion for the stores.', 'Kmart 3.5'],
    // (act4 probe, 2026-12-03)

    ['en weekday in a name', 'en', "Sheriff's deputies were at The London Thursday morning.", 'The London Thursday'],
    ['en shouted headline word', 'en', '$150K Pearl Oscar Dress ... STOLEN!!!!\n\nThe dress was stolen from her room.', 'STOLEN'],
    ['en PT after a time', 'en', 'Deputies arrived at 12:00 PM PT on Thursday.', 'PT'],
    ['en ID as a verb', 'en', 'Police hope the footage will help them ID the culprit.', 'ID'],
    ['en person merged with the newspaper', 'en', 'Cases rose, said Tova Smith of the Washington Post.', 'Tova Smith of the Washington Post'],
    ['en a lone Office after a title', 'en', "The U.S. Attorney's Office declined to comment.", 'Office'],
    ['en article left by a split', 'en', 'The band played 1972’s Toulouse Street and 1973’s The Captain and Me in full.', 'The'],
    ['en song title with "Is"', 'en', 'They played “China Grove” and “Jesus Is Just Alright With Me” last night.', 'Jesus Is Just Alright With'],
    ['en state code before a venue', 'en', 'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', 'FL'],
    ['fr agence et personne fusionnées', 'fr', "a annoncé à l'agence RIA Novosti Valentine Sapounov, de l'Université.", 'RIA Novosti Valentine Sapounov'],
    ['fr « le groupe » n\'est pas la source insérée', 'fr', "Le groupe, selon Le Figaro, a proposé un rachat de 3 milliards d'euros.", 'Le groupe'],
    ['en "the company" is not the inserted source', 'en', 'The company, according to Reuters, plans to cut 2,000 jobs.', 'The company'],
  ])('%s', (_label, lang, text, name) => {
    const actors = checked(text, lang);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});

describe('metrics (unseen news): the agent of a move through several complements (metrics/agent-complements)', () => {
  // [language, text, unit, level left, level reached, subject]
  test.each<[Language, string, string, number, number, string]>([
    ['fr', 'La part des ventes en ligne est passée de 10 % à 15 % en 2020.', '%', 10, 15, 'part des ventes en ligne'],
    ['fr', 'Le taux de chômage des jeunes est passé de 8 % à 7 %.', '%', 8, 7, 'taux de chômage des jeunes'],
  ])('%s: %s', (lang, text, unit, left, reached, subject) => {
    const ms = metricsOf(text, lang);
    for (const m of ms) expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
    expect(findMetric(ms, left, unit)!.subject).toBe(subject);
    expect(findMetric(ms, reached, unit)!.subject).toBe(subject);
  });
});

/**
 * Session 17 (s17-actors), synthetic wire passages: a sentence-initial firm named by its context (actors/org-context,
 * actors/org-apposition), demonyms outside the usual shapes (actors/en/government-phrase-demonym,
 * actors/fr/government-phrase-demonym), an acting capital that is its government (actors/acting-capital-government), a
 * portfolio word before a title (actors/portfolio-title), Spanish trade heads.
 */
describe('actors (s17): sentence-initial firms and governments by demonym', () => {
  const lead = 'Markets were quiet on Tuesday.\n\n';
  const leadFr = 'Les marchés ont reculé mardi.\n\n';
  test.each<FindRow>([
    ['en apposition with a firm head', 'en', `${lead}Fortum, the Finnish utility that controlled the firm, is seeking compensation.`, 'Fortum', 'organization'],
    ['en corporate verb resuming it', 'en', `${lead}Uniper said on Tuesday it would repay part of the aid.`, 'Uniper', 'organization'],
    ['en relative which', 'en', `${lead}Brown-Forman, which makes whiskey, warned in March that sales fell.`, 'Brown-Forman', 'organization'],
    ['en results verb', 'en', `${lead}Kerrigan posted a first-half net loss of $3 million.`, 'Kerrigan', 'organization'],
    ['en possessive chief executive', 'en', `${lead}Norbrook's chief executive resigned on Friday.`, 'Norbrook', 'organization'],
    ['en two words with a common noun', 'en', `${lead}Maplecrest Metals, a small recycler in Hamilton, said it had lost customers.`, 'Maplecrest Metals', 'organization'],
    ['en apposition over an unknown name', 'en', `${lead}Kestrel Bio, a Boston-based biotech, said its drug failed.`, 'Kestrel Bio', 'organization'],
    ['en apposition over a given name', 'en', `${lead}Harley-Davidson, the Milwaukee-based motorcycle maker, said it was assessing the impact.`, 'Harley-Davidson', 'organization'],
    ['en Czech government', 'en', `${lead}The Czech government approved the purchase on Monday.`, 'Czech government', 'government'],
    ['en Spanish trade head', 'en', `${lead}Laboratorios Ferrán posted a profit.`, 'Laboratorios Ferrán', 'organization'],
    ['fr verbe d\'entreprise', 'fr', `${leadFr}Intermarché a annoncé mardi la fermeture de 20 magasins.`, 'Intermarché', 'organization'],
    ['fr nom en -s et verbe', 'fr', `${leadFr}Lactalis a racheté une fromagerie belge.`, 'Lactalis', 'organization'],
    ['fr apposition club', 'fr', `${leadFr}Botafogo, le club brésilien également détenu par le fonds, a été placé sous surveillance.`, 'Botafogo', 'organization'],
    ['fr apposition société', 'fr', `${leadFr}Veralis, une jeune société lyonnaise, a levé 20 millions d'euros.`, 'Veralis', 'organization'],
    ['fr gouvernement tchèque', 'fr', `${leadFr}Le gouvernement tchèque a approuvé l'achat de canons.`, 'gouvernement tchèque', 'government'],
    ['fr armée slovaque', 'fr', `${leadFr}L'armée slovaque a reçu des blindés.`, 'armée slovaque', 'government'],
    ['en party of a sale after "to"', 'en', `${lead}Norvane sold its consumer health unit to Haleon for $1.2 billion.`, 'Haleon', 'organization'],
    ['en party of a purchase after "from"', 'en', `${lead}The company bought the rights from Quentis last year.`, 'Quentis', 'organization'],
    ['en holders in a firm', 'en', `${lead}Investors in Tamsyn lost money.`, 'Tamsyn', 'organization'],
    ['en firm apposition after "to"', 'en', `${lead}The unit was sold to Carvalho, a Lisbon-based investment firm.`, 'Carvalho', 'organization'],
    ['fr partie d\'une cession après « à »', 'fr', `${leadFr}Le groupe a cédé sa filiale belge à Vexor pour 20 millions d'euros.`, 'Vexor', 'organization'],
    ['en trade word closing a name', 'en', `${lead}The deal was praised by Kestrel Bio and Pellan Mining on Monday.`, 'Kestrel Bio', 'organization'],
    ['en shares of two unknown words', 'en', `${lead}Shares of Tamsyn Holt rose 5% in early trading.`, 'Tamsyn Holt', 'organization'],
    ['fr actions de deux mots inconnus', 'fr', `${leadFr}Les actions de Quorra Dovel ont bondi de 5 % mardi.`, 'Quorra Dovel', 'organization'],
    ['en possessive chief executive after two unknown words', 'en', `${lead}The deal was backed by Ferrand Ashby's chief executive.`, 'Ferrand Ashby', 'organization'],
    ['fr entreprise au nom de personne, apposition', 'fr', `${leadFr}L'accord a été signé avec Hélène Courtois, le fabricant de jouets, mardi.`, 'Hélène Courtois', 'organization'],
    ['en firm named after a person, apposition', 'en', `${lead}The talks involved Ralph Lauren, the fashion brand, and a rival.`, 'Ralph Lauren', 'organization'],
    ['en person with a union role stays a person', 'en', `${lead}Jane Doe, a union leader, said the strike would go on.`, 'Jane Doe', 'person'],
    ['fr personne militante reste une personne', 'fr', `${leadFr}Marie Dupont, une militante du parti, a parlé mardi.`, 'Marie Dupont', 'person'],
    ['en place after "to" without a sale', 'en', `${lead}The minister flew to Tamanrasset on Monday.`, 'Tamanrasset', 'place'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(checked(text, lang), name);
    expect(a?.kind).toBe(kind);
  });

  test('an acting capital is the government named by its demonym (EN, FR)', () => {
    expect(byName(checked(`${lead}The Czech government approved the deal. Prague had already ordered 52 guns.`, 'en'), 'Prague')?.name)
      .toBe('Czech government');
    expect(byName(checked(`${leadFr}Le gouvernement tchèque a approuvé l'achat. Prague avait déjà commandé 52 canons.`, 'fr'), 'Prague')?.name)
      .toBe('gouvernement tchèque');
  });

  test('every national capital stands for its government when it only acts (EN, FR; gazetteer seats)', () => {
    expect(byName(checked(`${lead}The Afghan government rejected the deal. Kabul said it would not negotiate with the Taliban.`, 'en'), 'Kabul')?.name)
      .toBe('Afghan government');
    expect(byName(checked(`${leadFr}Le gouvernement afghan a rejeté l'accord. Kaboul a affirmé qu'il ne négocierait pas.`, 'fr'), 'Kaboul')?.name)
      .toBe('gouvernement afghan');
    // the country named: the capital joins it, and the country acting is its government
    const withCountry = checked(`${lead}Pakistan closed the border on Monday. Islamabad said the crossing would reopen next week.`, 'en');
    expect(byName(withCountry, 'Islamabad')?.name).toBe('Pakistan');
    expect(byName(withCountry, 'Pakistan')?.kind).toBe('government');
    // a capital where something happens stays a place
    const located = checked(`${lead}Officials met in Kabul on Monday. The Afghan government rejected the deal.`, 'en');
    expect(byName(located, 'Kabul')?.kind).toBe('place');
    expect(byName(located, 'Kabul')?.name).toBe('Kabul');
  });

  test('a lower-case head then another proper name is another firm (actors/head-merge)', () => {
    const actors = checked(`${leadFr}Le gouvernement a bloqué le rachat du laboratoire Laboratorios Ferrán. Le fonds Mérida Capital et le laboratoire Grifols sont cités comme candidats.`, 'fr');
    expect(byName(actors, 'Laboratorios Ferrán')?.aliases).not.toContain('laboratoire Grifols');
    expect(byName(actors, 'laboratoire Grifols')?.kind).toBe('organization');
  });

  test('an article before unknown words, a given name for a thing, a foreign common noun (EN, FR)', () => {
    expect(byName(checked(`${lead}Protesters gathered outside the Casa Rosada on Friday.`, 'en'), 'Casa Rosada')?.kind).toBe('organization');
    expect(byName(checked(`${leadFr}Les manifestants se sont rassemblés devant la Casa Rosada.`, 'fr'), 'Casa Rosada')?.kind).toBe('organization');
    expect(byName(checked(`${lead}The plan, known as Plano Safra, was approved.`, 'en'), 'Plano Safra')).toBeUndefined();
    expect(byName(checked(`${leadFr}Le système est appelé Alpha Centauri par les astronomes.`, 'fr'), 'Alpha Centauri')).toBeUndefined();
    expect(byName(checked(`${lead}Chancellor Olaf Scholz called it a Zeitenwende, or turning point.`, 'en'), 'Zeitenwende')).toBeUndefined();
    // (the folded « à » is no English article: « à Alep. » stays a place)
    expect(byName(checked(`${leadFr}Les combats ont repris à Alep.`, 'fr'), 'Alep')?.kind).toBe('place');
  });

  test('a portfolio word before a title is no organisation of its own', () => {
    const actors = checked(`${lead}U.S. Commerce Secretary Howard Lutnick said the duties were needed.`, 'en');
    expect(actors.map((a) => a.name)).not.toContain('U.S. Commerce');
    expect(byName(actors, 'Howard Lutnick')?.kind).toBe('person');
  });

  test('sentence openers before a firm cue name nothing (EN, FR)', () => {
    const en = checked(`${lead}Elsewhere, the bank, which lost money, said it would cut jobs. Still, the company said it would hire.`, 'en');
    expect(en.map((a) => a.name)).toEqual([]);
    const fr = checked(`${leadFr}Chacun a annoncé son départ. Personne a publié de chiffres. Celle-ci a annoncé mardi un plan.`, 'fr');
    expect(fr.map((a) => a.name)).toEqual([]);
  });
});
