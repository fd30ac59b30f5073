/**
 * Metric patterns of news prose in English and French, one table per rule family: destruction as a decrease, passives
 * with a modal chain or an agent, grade changes, shares and holders, counts that are a verb's object, spelled-out
 * currencies, inclusion, people counted by an adjective, elided nouns and whole sets, points of a gap, a participle's
 * place. Should-find rows give value, unit, change and the subject keywords (compared as the scorer does: folded,
 * substring); should-not rows give what must not be produced.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Change = 'increase' | 'decrease' | null;
/** [language, text, value, unit, change, subject keywords, ruleId family] */
type Row = [Language, string, number, string, Change, string[], string];

const FIND: Row[] = [
  // metrics/destruction
  ['en', 'Officials in Mumbai demolished over 6,000 shanties today.', 6000, 'shanty', 'decrease', ['shanties'], 'destruction'],
  ['fr', 'Les bulldozers ont démoli 300 maisons dans le quartier.', 300, 'maison', 'decrease', ['maisons'], 'destruction'],
  ['en', 'The storm destroyed 40% of the harvest.', 40, '%', 'decrease', ['harvest'], 'destruction'],
  ['fr', 'La tempête a détruit 40 % des récoltes.', 40, '%', 'decrease', ['récoltes'], 'destruction'],
  // metrics/passive-change with a modal chain or an agent
  ['en', 'When complete, over 2 million people are expected to be displaced.', 2e6, 'person', null, ['people', 'displaced'], 'passive'],
  ['fr', 'Au total, deux millions de personnes devraient être déplacées.', 2e6, 'personne', null, ['personnes', 'déplacées'], 'passive'],
  ['en', 'There are mounds of wood, the remains of 6,200 illegal homes, flattened by a heavy excavator.', 6200, 'home', 'decrease', ['illegal homes'], 'passive'],
  ['fr', 'On voit les restes de 50 maisons, détruites par la tempête.', 50, 'maison', 'decrease', ['maisons'], 'passive'],
  // metrics/degree-change
  ['fr', 'Au total, 6 banques ont été dégradées de quatre crans.', 4, 'cran', 'decrease', ['dégradées'], 'degree'],
  ['en', "Moody's downgraded the bank by two notches on Monday.", 2, 'notch', 'decrease', [], 'degree'],
  ['fr', "Elle a décidé l'abaissement de la note souveraine du pays de trois crans.", 3, 'cran', 'decrease', ['note souveraine'], 'degree'],
  // metrics/subject-share, metrics/subject-holder
  ['en', "The plan works by lowering the dominance of shanties, which make up 62 percent of Mumbai's housing.", 62, '%', null, ['shanties', "Mumbai's housing"], 'share'],
  ['fr', 'Le plan vise à réduire la place des bidonvilles, qui représentent 62 % des logements de Mumbai.', 62, '%', null, ['bidonvilles', 'logements'], 'share'],
  ['en', "It competes with Microsoft's Internet Explorer, which currently holds over 90% market share.", 90, '%', null, ['Internet Explorer', 'market share'], 'holder'],
  ['fr', 'Le groupe Bolloré détient 30 % du capital de Vivendi.', 30, '%', null, ['Bolloré', 'capital'], 'holder'],
  ['en', 'Google, which holds a 10% stake in the firm, declined to comment.', 10, '%', null, ['Google', 'stake in firm'], 'holder'],
  // metrics/subject-verb-object
  ['en', 'The organization claims to have planted over 30 million trees.', 3e7, 'tree', null, ['trees', 'planted'], 'verb-object'],
  ['fr', 'B. Obama a prévu de visiter 14 villes avant lundi.', 14, 'ville', null, ['villes', 'visiter'], 'verb-object'],
  ['en', 'The party has won 30 seats in the assembly.', 30, 'seat', null, ['seats', 'won'], 'verb-object'],
  ['en', 'Firefox has grown, with a Preview Release of the 1.0 version surpassing 10 million downloads in days.', 1e7, 'download', null, ['downloads', 'Preview Release'], 'verb-object'],
  ['en', 'A company employing 3,000 people went bust.', 3000, 'person', null, ['company', 'employing'], 'verb-object'],
  ['fr', 'Les rebelles ont pris 3 villes du nord.', 3, 'ville', null, ['villes', 'pris'], 'verb-object'],
  ['fr', 'Il faudra construire 500 logements.', 500, 'logement', null, ['logements', 'construire'], 'verb-object'],
  // spelled-out currencies, metrics/subject-inclusion
  ['en', 'The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).', 1e7, 'SEK', null, ['cash component', 'award'], 'inclusion'],
  ['en', 'The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).', 1.4e6, 'USD', null, ['cash component', 'award'], 'inclusion'],
  ['fr', 'Le prix comprend une dotation de 10 millions de couronnes suédoises.', 1e7, 'SEK', null, ['prix', 'dotation'], 'inclusion'],
  ['en', 'The central bank sold 2 billion Polish zlotys on Friday.', 2e9, 'PLN', null, [], 'currency'],
  // metrics/subject-conversion
  ['en', 'Sales rose by 2 million euros (about $2.2 million) last year.', 2.2e6, 'USD', 'increase', ['Sales'], 'conversion'],
  ['fr', "Les ventes ont progressé de 2 millions d'euros (environ 2,2 millions de dollars) l'an dernier.", 2.2e6, 'USD', 'increase', ['ventes'], 'conversion'],
  // metrics/change-from-to
  ['fr', "Il avait promis « la réduction de la part du nucléaire dans la production d'électricité de 75 % à 50 % à l'horizon 2025 ».", 50, '%', 'decrease', ['part du nucléaire'], 'from-to'],
  ['en', 'He promised to cut the share of nuclear power in electricity production from 75% to 50% by 2025.', 50, '%', 'decrease', ['share of nuclear power'], 'from-to'],
  // metrics/subject-money-participle
  ['en', 'Critics compare this to the $177 million spent every day in Iraq to conduct war.', 1.77e8, 'USD', null, ['spent', 'Iraq'], 'money-participle'],
  ['fr', "Il compare cela aux 3 milliards d'euros investis dans le projet pour rien.", 3e9, 'EUR', null, ['investis', 'projet'], 'money-participle'],
  // metrics/subject-for-name
  ['en', 'The NBA suspended Ron Artest for the season, Stephen Jackson for 30 games and Jermaine O\'Neal for 25 games.', 30, 'game', null, ['Stephen Jackson'], 'for-name'],
  ['fr', 'La fédération a suspendu Zinédine Zidane pour 5 rencontres.', 5, 'rencontre', null, ['Zidane'], 'for-name'],
  // metrics/count-apposition
  ['en', 'The display features a sign with the number 75 on it - the number of Cuban dissidents jailed last year.', 75, 'dissident', null, ['Cuban dissidents', 'jailed'], 'apposition'],
  ['fr', "La décoration affiche le chiffre 75 – le nombre de dissidents emprisonnés l'an dernier.", 75, 'dissident', null, ['dissidents', 'emprisonnés'], 'apposition'],
  // metrics/subject-group
  ['fr', 'Le chômage atteint 25 % chez les jeunes.', 25, '%', null, ['chômage', 'jeunes'], 'group'],
  ['fr', 'Les tumeurs apparaissent au bout de 94 jours en ce qui concerne les femelles.', 94, 'jour', null, ['femelles'], 'group'],
  ['en', 'Unemployment reached 25% among young people.', 25, '%', null, ['Unemployment', 'young people'], 'group'],
  // metrics/en/person-adjective (French writes nouns: « 30 morts »)
  ['en', 'Mumbai officials demolish 39K shanties; 200K homeless', 200000, 'person', null, ['homeless'], 'person'],
  ['en', 'The blast left at least 30 dead in the capital.', 30, 'person', null, ['dead'], 'person'],
  ['fr', "L'explosion a fait au moins 30 morts dans la capitale.", 30, 'mort', null, ['morts'], 'person'],
  // capitalised common noun
  ['fr', 'Il doit visiter 14 villes dans huit États.', 8, 'état', null, ['États'], 'capitalised'],
  // metrics/elided-noun
  ['fr', '6 banques ont été dégradées de quatre crans, 10 autres ont vu leur note baissée de 3 crans et les 12 dernières de 1 ou 2 crans.', 10, 'banque', null, ['autres'], 'elided'],
  ['fr', '6 banques ont été dégradées de quatre crans, 10 autres ont vu leur note baissée de 3 crans et les 12 dernières de 1 ou 2 crans.', 12, 'banque', null, ['dernières'], 'elided'],
  ['en', 'Three people were killed and 10 others injured in the crash.', 10, 'person', null, ['other'], 'elided'],
  // metrics/set-total
  ['fr', "Sur les neuf dernières enquêtes publiées sur l'Ohio, huit donnent une avance à B. Obama.", 9, 'enquête', null, ['enquêtes', 'Ohio'], 'set-total'],
  ['fr', "Sur les neuf dernières enquêtes publiées sur l'Ohio, huit donnent une avance à B. Obama.", 8, 'enquête', null, ['avance', 'B. Obama'], 'set-total'],
  ['en', 'Of the nine latest polls, eight give Obama a lead.', 8, 'poll', null, ['lead', 'Obama'], 'set-total'],
  // metrics/gap-points
  ['fr', "Le site estime à 2,3 points l'écart des intentions de vote.", 2.3, 'pp', null, ['écart', 'intentions de vote'], 'gap-points'],
  ['en', 'Obama leads by 4 points in Ohio, the poll says.', 4, 'pp', null, ['leads'], 'gap-points'],
  ['fr', 'Le dernier sondage donne au maire une avance de 6 points.', 6, 'pp', null, ['avance'], 'gap-points'],
  // metrics/subject-distribution
  ['fr', 'Le gouvernement compte sur une hausse ; 53 % des nouveaux impôts porteront sur les ménages et 47 % sur les entreprises.', 53, '%', null, ['ménages'], 'distribution'],
  ['fr', 'Le gouvernement compte sur une hausse ; 53 % des nouveaux impôts porteront sur les ménages et 47 % sur les entreprises.', 47, '%', null, ['entreprises'], 'distribution'],
  ['en', 'About 53% of the new taxes will fall on households and 47% on companies.', 53, '%', null, ['households'], 'distribution'],
  ['en', 'About 53% of the new taxes will fall on households and 47% on companies.', 47, '%', null, ['companies'], 'distribution'],
  // metrics/subject-participle-place
  ['en', 'More than 200 flights were diverted to Boston.', 200, 'flight', null, ['flights', 'diverted', 'Boston'], 'participle-place'],
  ['fr', 'Sept tunnels de métro ont été inondés à New York.', 7, 'tunnel', null, ['tunnels', 'inondés', 'New York'], 'participle-place'],
];

describe('metric patterns: should find (value, unit, change, subject keywords)', () => {
  test.each<Row>(FIND)('%s: %s → %d %s', (lang, text, value, unit, change, keys) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

/** [language, text, value, unit, the check: the change it must keep, a word its subject must not hold, or absent (no such metric)] */
type NotRow = [Language, string, number, string, { change?: Change; notWord?: string; absent?: true }];

const NOT: NotRow[] = [
  // building is no destruction
  ['en', 'The company built 300 homes last year.', 300, 'home', { change: null }],
  ['fr', 'La mairie a construit 300 logements.', 300, 'logement', { change: null }],
  // an agent after a participle that is no change word
  ['en', 'The city counts 6,200 homes, owned by the state.', 6200, 'home', { change: null }],
  // a grade verb does not change a count of what it grades
  ['fr', "Moody's dégrade 28 banques espagnoles.", 28, 'banque', { change: null }],
  ['en', "Moody's downgraded 28 Spanish banks.", 28, 'bank', { change: null }],
  // a change word keeps the counted noun alone; an adjective after a determiner is no verb; nor a preposition in -ing
  ['fr', 'Hewlett-Packard va supprimer 520 postes.', 520, 'poste', { notWord: 'supprimer' }],
  ['en', 'The proposed 767 tankers would cost more.', 767, 'tanker', { notWord: 'proposed' }],
  ['en', 'The crash killed 12 people, including 30 children.', 30, 'child', { notWord: 'including' }],
  // an adverb after an auxiliary is no verb; « à peine » is no infinitive
  ['fr', 'Ils sont toujours 30 salariés.', 30, 'salarié', { notWord: 'toujours' }],
  ['fr', 'Il reste à peine 30 personnes.', 30, 'personne', { notWord: 'peine' }],
  ['en', 'The wards were mostly 30 beds each.', 30, 'bed', { notWord: 'mostly' }],
  // an -ing form after a time noun or a place is no reduced relative of it
  ['en', 'Police spent the day interviewing 35,000 people.', 35000, 'person', { notWord: 'day' }],
  ['en', 'They found camps in Brazil containing 116,382 families.', 116382, 'family', { notWord: 'Brazil' }],
  // a relative's antecedent is taken within its sentence
  ['en', 'Google declined to comment. Internet Explorer, which currently holds over 90% market share, is old.', 90, '%', { notWord: 'comment' }],
  // a name is kept after a participle, not an adjective before a noun
  ['en', 'More than 200 flights were diverted to Canadian airports.', 200, 'flight', { notWord: 'Canadian' }],
  // an elided noun needs a count of the same sentence before it
  ['fr', '10 autres ont vu leur note baissée.', 10, 'banque', { absent: true }],
  ['en', 'Three people were killed. He said 10 others would follow.', 10, 'person', { absent: true }],
  // without a whole set, "les neuf …" is a reference, and a number before a verb counts nothing
  ['fr', 'Les neuf dernières enquêtes donnent une avance à B. Obama.', 9, 'enquête', { absent: true }],
  ['en', 'The nine latest polls came out; eight give Obama a lead.', 8, 'poll', { absent: true }],
  // points of a lead in a match are points, not percentage points (no poll or vote in the sentence; ruleId metrics/gap-points)
  ['en', 'The Lakers held a 12-point lead at half-time.', 12, 'pp', { absent: true }],
  ['fr', "L'équipe comptait 8 points d'avance sur son rival à la mi-temps.", 8, 'pp', { absent: true }],
  // points of an index are no percentage points
  ['en', 'The Dow fell 200 points on Monday.', 200, 'pp', { absent: true }],
  ['fr', 'Le CAC 40 a perdu 80 points en une semaine.', 80, 'pp', { absent: true }],
  // a change verb with no distribution preposition keeps its direction; a distribution verb is no change
  ['en', 'Prices fell 5% on Monday.', 5, '%', { change: 'decrease' }],
  ['en', 'About 53% of the new taxes will fall on households and 47% on companies.', 47, '%', { change: null }],
  ['fr', 'Les prix ont baissé de 5 % sur un an.', 5, '%', { change: 'decrease' }],
  // a second amount that is no conversion keeps its own direction
  ['en', 'Sales rose by 2 million euros in Europe (costs reached $1 million).', 1e6, 'USD', { change: null }],
  ['fr', "Les ventes ont progressé de 2 millions d'euros en Europe (les coûts ont atteint 1 million de dollars).", 1e6, 'USD', { change: null }],
  // the starting level of a from–to pair has no direction (the level reached after a verb of move that names none takes
  // the direction of the two values: metrics/subject/direction-from-to, tested in metrics-subject.test.ts)
  ['fr', "Il avait promis « la réduction de la part du nucléaire dans la production d'électricité de 75 % à 50 % à l'horizon 2025 ».", 75, '%', { change: null }],
  ['en', 'The share of nuclear power in electricity production went from 75% to 50% in ten years.', 75, '%', { change: null }],
  // an indefinite amount before a participle is no amount named by its use; the use stops at the main verb
  ['en', 'The campaign raised $5 million spent on ads.', 5e6, 'USD', { notWord: 'spent' }],
  ['fr', "Les 500 000 euros versés à l'association ont disparu.", 5e5, 'EUR', { notWord: 'disparu' }],
  // a common noun before "for" is no name
  ['en', 'The fund was set up for 3,000 families.', 3000, 'family', { notWord: 'fund' }],
  ['fr', 'Le fonds a été créé pour 3 000 familles.', 3000, 'famille', { notWord: 'fonds' }],
  // a year stays a year before an apposition
  ['en', 'In 2004 - the number of deaths rose.', 2004, 'death', { absent: true }],
  ['fr', 'En 2004 – le nombre de morts a augmenté.', 2004, 'mort', { absent: true }],
  // a place after the figure is no group
  ['en', 'Unemployment reached 25% in Spain.', 25, '%', { notWord: '(' }],
  ['fr', 'Le chômage atteint 25 % en Espagne.', 25, '%', { notWord: '(' }],
  // a person adjective before a plural noun counts the noun
  ['en', 'Police found 12 missing children.', 12, 'person', { absent: true }],
];

describe('metric patterns: should not find', () => {
  test.each<NotRow>(NOT)('%s: %s', (lang, text, value, unit, not) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    if (not.absent) { expect(m).toBeUndefined(); return; }
    expect(m).toBeDefined();
    if ('change' in not) expect(m!.change).toBe(not.change);
    if (not.notWord) expect(foldSubject(m!.subject)).not.toContain(foldSubject(not.notWord));
  });
});
