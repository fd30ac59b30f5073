/**
 * Quote speakers: table-driven rows, English and French, for the attribution patterns of news quotations — a verb of
 * speech that only introduces words, an auxiliary before it, a pronoun that chains back to its antecedent, a quotation
 * that continues the previous sentence's subject (pronoun or description), a source frame, an incise of comparison, a
 * description introduced with its actor, a trailing participle, a quotation paragraph after a reporting paragraph, and a
 * question whose attribution is the next short sentence. Each row names the quotation (its first words) and the exact
 * speaker expected (null: nobody named). Actors are hand-built so that speakers are tested apart from the actor extractor.
 */
import { analyse } from '../../src/analyse.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractQuotes } from '../../src/extractors/quotes.js';
import { handActors } from '../helpers/actors.js';
import type { ActorSpec } from '../helpers/actors.js';
import type { Language } from '../../src/types.js';

/** [row name, language, text, actors, first words of the quotation, expected speaker name or null]. */
type Row = [string, Language, string, ActorSpec[], string, string | null];

const P = (name: string, aliases: string[] = []): ActorSpec => ({ name, kind: 'person', aliases });
const O = (name: string, aliases: string[] = []): ActorSpec => ({ name, kind: 'organization', aliases });

function speakerOf(lang: Language, text: string, specs: ActorSpec[], opening: string): string | null | undefined {
  const doc = analyse(text, lang);
  const quotes = extractQuotes(doc, { actors: new ActorIndex(handActors(text, specs)), quotes: [] });
  const q = quotes.find((x) => x.text.startsWith(opening));
  if (!q) return undefined;
  expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
  return q.speaker?.name ?? null;
}

const shouldFind: Row[] = [
  // quotes/<lang>/speech-verb: verbs that introduce only words
  ['en asked', 'en', '"So it is fair to say you have not fixed the problem?" Schiff asked.', [P('Schiff')], 'So it is fair', 'Schiff'],
  ['en recounted + continued', 'en', '"My people had $20 billion done," Mr. Trump recounted in an Oct. 21 cabinet meeting. "And I said, I want more."',
    [P('Trump')], 'And I said', 'Trump'],
  ['en asks incise', 'en', '"After two more years of this," Doctor asks, "what kind of products are going to be left?"', [P('Ken Doctor', ['Doctor'])],
    'After two more years', 'Ken Doctor'],
  ['en replied', 'en', '"We have no plans to sell the unit at this stage," replied Maria Lopez.', [P('Maria Lopez')], 'We have no plans', 'Maria Lopez'],
  ['en shouted', 'en', '"Get out of the building right now!" shouted the officer, Tom Reed.', [P('Tom Reed')], 'Get out of the building', 'Tom Reed'],
  ['fr détaille', 'fr', 'Le changement est net avec « le tweet du ministre français », détaille Mme Cardenal.', [P('Ana Cardenal', ['Mme Cardenal'])],
    'le tweet du ministre', 'Ana Cardenal'],
  ['fr lâche', 'fr', '« On ne lâchera rien sur les salaires des ouvriers », a lâché Sophie Binet devant les grévistes.', [P('Sophie Binet')],
    'On ne lâchera rien', 'Sophie Binet'],
  ['fr rétorque', 'fr', '« Ce chiffre ne veut strictement rien dire », rétorque Jean Dupont.', [P('Jean Dupont')], 'Ce chiffre', 'Jean Dupont'],
  ['fr réplique-t-il', 'fr', 'Paul Martin connaît le dossier. « Nous ne céderons pas sur ce point précis », réplique-t-il.', [P('Paul Martin')],
    'Nous ne céderons', 'Paul Martin'],
  // an auxiliary before the verb stays out of the apposed subject
  ['en has written', 'en', '"The duty is paid to U.S. Customs by a U.S. importer," Howard Gleckman, a senior fellow at the Tax Policy Center, has written.',
    [P('Howard Gleckman'), O('Tax Policy Center')], 'The duty is paid', 'Howard Gleckman'],
  ['en has said', 'en', '"Rates will stay high for longer than markets expect," Jane Fox, chief economist at Acme Bank, has said.',
    [P('Jane Fox'), O('Acme Bank')], 'Rates will stay high', 'Jane Fox'],
  ['fr a déclaré apposé', 'fr', '« Nous allons fermer trois usines en Europe », Marc Petit, directeur général de Renault, a déclaré.',
    [P('Marc Petit'), O('Renault')], 'Nous allons fermer', 'Marc Petit'],
  // quotes/<lang>/pronoun-chain: a sentence whose subject is a pronoun names no antecedent
  ['fr il renchérit', 'fr', "Jean-Marie Le Pen décrit sa fille comme « petite-bourgeoise ». Il renchérit que le succès du Front national tient à sa fille.\n\n« Mon image de diable s'est imposée dans le monde politique », indique-t-il.",
    [P('Jean-Marie Le Pen'), O('Front national')], 'Mon image de diable', 'Jean-Marie Le Pen'],
  ['en he urged', 'en', 'Zippy Duvall, the president of the Farm Bureau, said farmers faced hardship. He urged Mr. Trump to make a deal soon, saying "time is running out for many in agriculture."',
    [P('Zippy Duvall'), P('Trump')], 'time is running out', 'Zippy Duvall'],
  ['en he begged + he warned', 'en', 'Morrison told the committee, "I feared how its disclosure would play."\n\nHe begged lawmakers "not to lose sight of" the conflict. "Every day that we are not focused on Ukraine is a day lost," he warned.',
    [P('Tim Morrison', ['Morrison'])], 'Every day that', 'Tim Morrison'],
  ['fr elle a ajouté', 'fr', "Anne Hidalgo a présenté son plan. Elle l'a défendu contre la Région Île-de-France. « Nous tiendrons nos engagements sur les pistes cyclables », a-t-elle ajouté.",
    [P('Anne Hidalgo'), O('Région Île-de-France')], 'Nous tiendrons', 'Anne Hidalgo'],
  // quotes/<lang>/continued-pronoun: the previous sentence's pronoun subject
  ['fr il a souhaité', 'fr', "Christian Jacob a pris la parole. Il a souhaité faire un rappel au règlement de l'Assemblée. « On ne peut pas accepter un tel mépris de notre règlement. »",
    [P('Christian Jacob')], 'On ne peut pas', 'Christian Jacob'],
  ['en she then', 'en', 'Senator Ann Cole rose to speak. She then turned to the budget. "We cannot accept another year of cuts to schools."',
    [P('Ann Cole')], 'We cannot accept', 'Ann Cole'],
  // quotes/<lang>/continued-description: a described subject of the previous sentence
  ['fr porte-parole de la fédération', 'fr', "Febelfin a répondu. Pour terminer, la porte-parole de la fédération a nuancé les chiffres du parquet. « On a constaté 261 cas de fraude réelle depuis janvier. »",
    [O('Febelfin', ['la fédération des banques']), O('parquet')], 'On a constaté', 'Febelfin'],
  ['en the professor', 'en', 'Dr. Alan Grant studies fossils at Montana State. The professor disagreed with the findings. "The sample is far too small to say anything."',
    [P('Alan Grant')], 'The sample is', 'Alan Grant'],
  // quotes/<lang>/source-frame
  ['fr pour la toxicologue', 'fr', "« Le danger n'est pas le risque », précise la toxicologue Dominique Parent-Massin.\n\nLe risque est infime. Pour la toxicologue, « interdire un produit sur la base du danger équivaut à interdire aux avions de voler. »",
    [P('Dominique Parent-Massin')], 'interdire un produit', 'Dominique Parent-Massin'],
  ['fr selon lui', 'fr', 'Le ministre Alberto Ruiz-Gallardón veut changer la loi. Selon lui, « on ne peut pas interdire à un être vivant de vivre ».',
    [P('Alberto Ruiz-Gallardón')], 'on ne peut pas', 'Alberto Ruiz-Gallardón'],
  ['en according to the economist', 'en', 'Maria Vance teaches at Yale. According to the economist, "the tariffs are a tax on American consumers."',
    [P('Maria Vance'), O('Yale')], 'the tariffs are', 'Maria Vance'],
  ['en according to her', 'en', 'Judge Ruth Kim ruled on Monday. According to her, "the statute leaves no room for doubt at all."',
    [P('Ruth Kim')], 'the statute leaves', 'Ruth Kim'],
  // quotes/<lang>/as-incise
  ['fr comme le rappelle HRW', 'fr', "La Syrie n'a pas ratifié la convention, bien que, comme le rappelle HRW, « la Russie et la Chine ont bloqué les efforts du Conseil ».",
    [O('Human Rights Watch', ['HRW']), { name: 'Syrie', kind: 'government' }], 'la Russie et la Chine', 'Human Rights Watch'],
  ['fr comme l’a souligné', 'fr', "L'Allemagne a ralenti, et, comme l’a souligné Christine Lagarde, « l'inflation reste bien trop élevée en zone euro ».",
    [P('Christine Lagarde'), { name: 'Allemagne', kind: 'government' }], "l'inflation reste", 'Christine Lagarde'],
  ['en as X noted', 'en', 'Germany slowed down, and as Christine Lagarde noted, "inflation remains far too high in the euro area."',
    [P('Christine Lagarde'), { name: 'Germany', kind: 'government' }], 'inflation remains', 'Christine Lagarde'],
  // quotes/<lang>/introduced-description
  ['fr le quotidien introduit', 'fr', "Le quotidien français Le Figaro annonce que le journaliste de France 2 Gilles Jacquier a été tué.\n\n« Les analyses balistiques indiquent un tir de mortier venu d'un quartier rebelle » indique le quotidien.",
    [O('Le Figaro', ['Le quotidien']), O('France 2', ['le quotidien']), P('Gilles Jacquier')], 'Les analyses balistiques', 'Le Figaro'],
  ['en the daily introduced', 'en', 'The daily newspaper Le Monde reported that a minister of the Fnac board resigned.\n\n"The minister was never consulted on the sale," the daily wrote.',
    [O('Le Monde', ['The daily', 'the daily']), O('Fnac', ['the daily'])], 'The minister was', 'Le Monde'],
  // quotes/<lang>/trailing-participle
  ['en said in a statement, adding', 'en', 'Australian Prime Minister Scott Morrison said in a statement, "We are profoundly pleased and relieved" at the release, adding that the family had asked for privacy.',
    [P('Scott Morrison')], 'We are profoundly', 'Scott Morrison'],
  ['fr a déclaré, ajoutant', 'fr', "La ministre Élisabeth Borne a déclaré : « Nous irons jusqu'au bout de cette réforme » devant les députés, ajoutant que le texte serait voté.",
    [P('Élisabeth Borne')], "Nous irons jusqu'au bout", 'Élisabeth Borne'],
  // quotes/<lang>/after-report
  ['en after a reporting paragraph', 'en', 'Mr Obama has faced criticism in Kenya.\n\nThe president also admitted that some African governments needed to improve their records. However, he defended his decision to visit.\n\n"Well, they are not ideal institutions. But engagement gives us the best opportunity."',
    [P('Barack Obama', ['Mr Obama']), { name: 'Kenya', kind: 'place' }], 'Well, they are', 'Barack Obama'],
  // (trial 18, quotes/<lang>/untitled-holder) an office of state resumes a person the text gives that office, not a roleless one
  ['en after a reporting paragraph, office given', 'en', 'President Obama has faced criticism in Kenya.\n\nThe president also admitted that some African governments needed to improve their records. However, he defended his decision to visit.\n\n"Well, they are not ideal institutions. But engagement gives us the best opportunity."',
    [P('Barack Obama', ['President Obama']), { name: 'Kenya', kind: 'place' }], 'Well, they are', 'Barack Obama'],
  ['fr après un paragraphe rapporté', 'fr', "Le ministre Bruno Le Maire était à Bercy lundi.\n\nIl a reconnu que la croissance serait plus faible que prévu.\n\n« Nous devons tenir nos objectifs de déficit, coûte que coûte. »",
    [P('Bruno Le Maire')], 'Nous devons tenir', 'Bruno Le Maire'],
  // quotes/fr/read-in-description
  ['fr peut-on lire (nu)', 'fr', "Mediapart publie un article sur ce député. Jean Valjean est « visé par une enquête préliminaire pour concussion », peut-on lire.",
    [O('Mediapart'), P('Jean Valjean')], 'visé par une enquête', 'Mediapart'],
  ['fr peut-on lire dans le quotidien', 'fr', "En septembre, Le Monde révèle que le député est soupçonné de « détournement de fonds publics liés à ses indemnités (IRFM) », peut-on lire dans le quotidien du soir.",
    [O('Le Monde'), O('IRFM', ['le quotidien'])], 'détournement de fonds', 'Le Monde'],
  ['fr lit-on', 'fr', "Le Canard enchaîné consacre sa une au ministre. Celui-ci aurait « oublié de déclarer un appartement à Paris », lit-on.",
    [O('Le Canard enchaîné')], 'oublié de déclarer', 'Le Canard enchaîné'],
  // quotes/<lang>/after-work: a work named with its author speaks for the author
  ['fr ajoute le documentaire', 'fr', "Le documentaire d'Al Jazeera, réalisé après 9 mois d'enquête, a été diffusé mardi.\n\n« Les niveaux de polonium étaient substantiels », ajoute le documentaire qui précise que la substance est rare.",
    [O('Al Jazeera')], 'Les niveaux de polonium', 'Al Jazeera'],
  ['en says the report', 'en', 'A report by Human Rights Watch was released on Monday.\n\n"Detainees were held in painful stress positions for long periods," says the report.',
    [O('Human Rights Watch')], 'Detainees were held', 'Human Rights Watch'],
  // quotes/<lang>/question-trail
  ['en question, she asked', 'en', 'Maria Lopez met the board.\n\n"Why was the plant closed without a vote?" she asked.', [P('Maria Lopez')], 'Why was the plant', 'Maria Lopez'],
  ['fr question, demande', 'fr', "« Pourquoi l'usine a-t-elle fermé sans consultation ? » demande Sophie Binet.", [P('Sophie Binet')], "Pourquoi l'usine", 'Sophie Binet'],
  // (quotes/<lang>/short-attributed) a short quotation, capitals included, closed by a comma and attributed right after it
  ['en short quotation attributed after it', 'en', 'Russia rejected the report on Monday.\n\n"These are lies," Dmitry Peskov said.',
    [P('Dmitry Peskov')], 'These are lies', 'Dmitry Peskov'],
  ['fr citation courte attribuée après', 'fr', "La Russie a rejeté le rapport lundi.\n\n« C'est un mensonge », a déclaré Dmitri Peskov.",
    [P('Dmitri Peskov')], "C'est un mensonge", 'Dmitri Peskov'],
  // (quotes/<lang>/apposed-role-first) the role phrase first, the name apposed between commas
  ['en role phrase first, name apposed', 'en', 'The EU fined the company on Monday. "This decision is flawed, unjustified and sets a dangerous precedent," Meta\'s president of global affairs, Nick Clegg, said in a statement.',
    [O('Meta'), P('Nick Clegg')], 'This decision is flawed', 'Nick Clegg'],
  // « a réagi » introduces the words; the role phrase, then the apposed name
  ['fr a réagi, rôle puis nom apposé', 'fr', "La Russie a rejeté le rapport.\n\n« C'est un mensonge éhonté et nous le dénonçons », a réagi le porte-parole du Kremlin, Dmitri Peskov.",
    [O('Kremlin'), P('Dmitri Peskov')], "C'est un mensonge éhonté", 'Dmitri Peskov'],
];

const shouldNotFind: Row[] = [
  // a name inside the quote is not its speaker
  ['en name inside the quote', 'en', 'The report was published on Monday.\n\n"Smith never told us about the loans," an employee said.', [P('Smith')], 'Smith never told', null],
  ['fr nom dans la citation', 'fr', "Le rapport a été publié lundi.\n\n« Jean Dupont ne nous a jamais parlé des prêts », a confié un salarié.", [P('Jean Dupont')], 'Jean Dupont ne nous', null],
  // a document's words have no person speaker
  ['fr texte de loi', 'fr', "Marie Curie a lu la déclaration. « L'absence de certitude scientifique ne doit pas servir de prétexte », dit en substance le texte.",
    [P('Marie Curie')], "L'absence de certitude", null],
  ['fr définition légale', 'fr', 'Le Sénat a adopté la loi.\n\nAinsi, le harcèlement est défini comme « le fait d\'imposer à une personne des propos répétés à connotation sexuelle ».',
    [{ name: 'Sénat', kind: 'government' }], "le fait d'imposer", null],
  // a frame that names nobody, an incise without a verb of speech
  ['en for years', 'en', 'John Ray runs the plant. For years, "the workers have asked for better safety rules," the union said.', [P('John Ray')], 'the workers have', null],
  ['en as well as', 'en', 'The plan, as well as John Ray, "was opposed by most of the unions," officials said.', [P('John Ray')], 'was opposed by', null],
  // the pronoun chain stops at a report by someone else
  ['en report between', 'en', 'Anna Berg spoke first. Early says there is a possibility of a delay.\n\nShe paused. "We will not wait for the regulator," she said.',
    [P('Anna Berg')], 'We will not wait', null],
  // a quotation in the middle of a paragraph does not continue the previous paragraph's speaker
  ['fr pas de reprise au milieu', 'fr', "« Il faut retrouver la sérénité », a dit François Brottes.\n\nLa séance a repris à midi. « Vous vous êtes assis sur le règlement de notre Assemblée ! »",
    [P('François Brottes')], 'Vous vous êtes assis', null],
  // a reading phrase with no outlet in the paragraph names nobody
  ['fr peut-on lire sans publication', 'fr', "Jean Valjean a été entendu lundi. Il est « visé par une enquête préliminaire pour concussion », peut-on lire.",
    [P('Jean Valjean')], 'visé par une enquête', null],
  // a work named without an author names nobody
  ['fr le rapport sans auteur', 'fr', "Le rapport a été publié lundi par erreur. Jean Dupont l'a lu.\n\n« Les détenus étaient maintenus dans des positions douloureuses », ajoute le rapport.",
    [P('Jean Dupont')], 'Les détenus étaient', null],
  // a trailing participle does not attribute
  ['en participle not an inverted subject', 'en', 'The plant closed in May. "It was a sad day for the town," the mayor wrote later, adding that Tom Reed had warned her.',
    [P('Tom Reed')], 'It was a sad day', null],
];

describe('quote speakers: should find the speaker', () => {
  test.each(shouldFind)('%s', (_name, lang, text, specs, opening, speaker) => {
    expect(speakerOf(lang, text, specs, opening)).toBe(speaker);
  });
});

describe('quote speakers: should not find a speaker', () => {
  test.each(shouldNotFind)('%s', (_name, lang, text, specs, opening, speaker) => {
    expect(speakerOf(lang, text, specs, opening)).toBe(speaker);
  });
});

describe('short quoted terms inside a clause stay out (quotes/<lang>/short-attributed needs a quotation opening its clause)', () => {
  test.each([
    ['fr « c\'est-à-dire » is no verb of speech', "Les entreprises n'embaucheraient qu'avec réticence. Et nuirait à la « réallocation des emplois », c'est-à-dire à l'amaigrissement de certaines entreprises.", 'réallocation des emplois'],
    ['fr a term in a list, then the source', "Françoise Nyssen avait fait réaliser les travaux « sans autorisation », ni « déclaration au fisc », écrit Le Canard enchaîné.", 'déclaration au fisc'],
    ['en a term inside the sentence', 'The crisis became a breeding ground for a "massive infodemic," as the WHO warned in March.', 'massive infodemic'],
  ])('%s', (_name, text, opening) => {
    const lang: Language = /[«é]/.test(text) ? 'fr' : 'en';
    expect(speakerOf(lang, text, [P('Françoise Nyssen'), O('Le Canard enchaîné')], opening)).toBeUndefined();
  });
});
