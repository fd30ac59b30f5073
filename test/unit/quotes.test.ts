/**
 * Quote extractor: table-driven should-find / should-not-find rows in
 * English and French, with hand-built actors so that speaker resolution is
 * tested independently of the actor extractor.
 */
import { analyse } from '../../src/analyse.js';
import { extract } from '../../src/extract.js';
import { ActorIndex } from '../../src/extractors/actor-index.js';
import { extractQuotes } from '../../src/extractors/quotes.js';
import { handActors } from '../helpers/actors.js';
import { findQuotedPassages, isQuotation } from '../../src/extractors/attribution.js';
import type { Actor, ActorKind, Language } from '../../src/types.js';

const actorsFor = handActors;

function run(lang: Language, text: string, specs: Parameters<typeof actorsFor>[1] = []) {
  const doc = analyse(text, lang);
  return extractQuotes(doc, { actors: new ActorIndex(actorsFor(text, specs)), quotes: [] });
}

type Row = [string, Language, string, Parameters<typeof actorsFor>[1], string, string | null];

describe('quotes: should find, with speaker', () => {
  const rows: Row[] = [
    ['fr colon before', 'fr', 'Sam Altman admet même une erreur de communication : « Les enjeux sont complexes. Nous voulions éviter le pire. »',
      [{ name: 'Sam Altman', kind: 'person' }], 'Les enjeux sont complexes. Nous voulions éviter le pire.', 'Sam Altman'],
    ['fr after, inverted subject', 'fr', '« Non, il ne faut pas être inquiet », a déclaré le ministre Jean Dupont à une question de la RTBF.',
      [{ name: 'Jean Dupont', kind: 'person' }, { name: 'RTBF', kind: 'organization' }], 'Non, il ne faut pas être inquiet', 'Jean Dupont'],
    ['fr selon', 'fr', 'Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».',
      [{ name: 'Febelfin', kind: 'organization', aliases: ['fédération des banques'] }], 'le montant est plutôt de 700 000 euros', 'Febelfin'],
    ['fr verb before, apposition', 'fr', 'Gérald Karsenti, PDG de HP France, a indiqué « vouloir procéder uniquement à des départs volontaires ».',
      [{ name: 'Gérald Karsenti', kind: 'person' }, { name: 'HP France', kind: 'organization' }], 'vouloir procéder uniquement à des départs volontaires', 'Gérald Karsenti'],
    ['fr nested guillemets', 'fr', '« On a constaté 261 cas de « réelle » fraude, pour 2 millions d’euros », a précisé Febelfin.',
      [{ name: 'Febelfin', kind: 'organization' }], 'On a constaté 261 cas de « réelle » fraude, pour 2 millions d’euros', 'Febelfin'],
    ['fr NBSP inside marks', 'fr', '«\u00a0Nous allons gagner ce match demain\u00a0», a dit Zidane.',
      [{ name: 'Zidane', kind: 'person' }], 'Nous allons gagner ce match demain', 'Zidane'],
    ['en said after', 'en', '"We will appeal the ruling immediately," said Smith.',
      [{ name: 'Smith', kind: 'person' }], 'We will appeal the ruling immediately', 'Smith'],
    ['en it said → last subject', 'en', 'An email from Acme Corp. to John Doe advises caution: "Do not sign the lease before the audit is done," it said.',
      [{ name: 'Acme Corp.', kind: 'organization' }, { name: 'John Doe', kind: 'person' }], 'Do not sign the lease before the audit is done', 'Acme Corp.'],
    ['en Name: quote', 'en', 'Secretary of the Air Force James Roche: "No, Sir, save it and blow him away."',
      [{ name: 'United States Air Force', kind: 'government', aliases: ['Air Force'] }, { name: 'James Roche', kind: 'person' }], 'No, Sir, save it and blow him away.', 'James Roche'],
    ['en saying', 'en', 'Assistant Secretary of the Air Force Marvin Sambur defended the decision, saying, "This was not a competitive bid process."',
      [{ name: 'United States Air Force', kind: 'government', aliases: ['Air Force'] }, { name: 'Marvin Sambur', kind: 'person' }], 'This was not a competitive bid process.', 'Marvin Sambur'],
    ['en X quotes Y as saying', 'en', 'GovExec.com quotes a "Senate aide" as saying: "The House language ignores an analysis of alternatives."',
      [{ name: 'GovExec.com', kind: 'organization' }, { name: 'Senate aide', kind: 'person' }], 'The House language ignores an analysis of alternatives.', 'Senate aide'],
    ['en curly quotes, description', 'en', '“The market will recover by the end of the year,” the bank said.',
      [{ name: 'Barclays', kind: 'organization', aliases: ['the bank'] }], 'The market will recover by the end of the year', 'Barclays'],
    ['en he said after a quote-free sentence', 'en', 'Mayor Jane Brown spoke on Monday. "The budget is balanced for the first time," she said.',
      [{ name: 'Jane Brown', kind: 'person' }], 'The budget is balanced for the first time', 'Jane Brown'],
    ['en unnamed speaker gives no speaker', 'en', 'Boeing shares fell. "We are reviewing the contract terms," a spokesman said.',
      [{ name: 'Boeing', kind: 'organization' }], 'We are reviewing the contract terms', null],
    // descriptions of a speaker named before, speaker after the quote
    ['fr description after the quote → the person named before', 'fr',
      'Le professeur Gilles Séralini a présenté l’étude. « Les résultats révèlent des mortalités bien plus rapides », résume l’universitaire.',
      [{ name: 'Gilles Séralini', kind: 'person' }], 'Les résultats révèlent des mortalités bien plus rapides', 'Gilles Séralini'],
    ['en description after the quote → the person named before', 'en',
      'Jane Smith led the study. "The results show much faster deaths in the treated group," said the professor.',
      [{ name: 'Jane Smith', kind: 'person' }], 'The results show much faster deaths in the treated group', 'Jane Smith'],
    ['fr spokesperson of an organisation named before → the organisation', 'fr',
      'Selon la fédération des banques, Febelfin, le montant est faible. « Non, il ne faut pas être inquiet », a répondu la porte-parole de la fédération à une question de la RTBF.',
      [{ name: 'Febelfin', kind: 'organization', aliases: ['la fédération des banques'] }, { name: 'RTBF', kind: 'organization' }], 'Non, il ne faut pas être inquiet', 'Febelfin'],
    ['en spokesman for a ministry named before → the ministry', 'en',
      'The Ministry of Defence confirmed the order. "The contract will be signed next month," said a spokesman for the ministry.',
      [{ name: 'Ministry of Defence', kind: 'government' }], 'The contract will be signed next month', 'Ministry of Defence'],
    ['en description with nobody named before gives no speaker', 'en', '"The results show much faster deaths in the treated group," said the professor.',
      [], 'The results show much faster deaths in the treated group', null],
    ['fr selon after the quote', 'fr', 'Le chômage recule. « La reprise est fragile et pourrait caler », selon Jean Martin.',
      [{ name: 'Jean Martin', kind: 'person' }], 'La reprise est fragile et pourrait caler', 'Jean Martin'],
    ['fr selon un proche de X: not X', 'fr', '« Vachement bon en manœuvres politiques », selon un proche d’Edouard Philippe.',
      [{ name: 'Edouard Philippe', kind: 'person' }], 'Vachement bon en manœuvres politiques', null],
    ['en according to after the quote', 'en', '"The recovery is fragile and could stall," according to Jane Smith.',
      [{ name: 'Jane Smith', kind: 'person' }], 'The recovery is fragile and could stall', 'Jane Smith'],
    ['en name and apposition before the verb after the quote', 'en', '"The recovery is fragile and could stall," Jane Smith, a senior analyst at Moody’s, said.',
      [{ name: 'Jane Smith', kind: 'person' }, { name: 'Moody’s', kind: 'organization' }], 'The recovery is fragile and could stall', 'Jane Smith'],
    ['en quote paragraph after a paragraph ending on a colon', 'en', 'In a statement, Jane Smith said:\n\n"We will reduce the deficit by half by 2025."',
      [{ name: 'Jane Smith', kind: 'person' }], 'We will reduce the deficit by half by 2025.', 'Jane Smith'],
    ['fr paragraphe de citation après un paragraphe terminé par deux-points', 'fr', 'Le ministre Jean Dupont a déclaré lors d’une conférence de presse :\n\n« Nous allons réduire le déficit de moitié d’ici 2025. »',
      [{ name: 'Jean Dupont', kind: 'person' }], 'Nous allons réduire le déficit de moitié d’ici 2025.', 'Jean Dupont'],
    ['fr complément d’agent is not the speaker', 'fr', 'Interrogé par France Info, Emmanuel Macron a estimé que « la réforme est indispensable pour le pays ».',
      [{ name: 'France Info', kind: 'organization' }, { name: 'Emmanuel Macron', kind: 'person' }], 'la réforme est indispensable pour le pays', 'Emmanuel Macron'],
    ['en the author of a message after by speaks', 'en', 'An additional email by Roche to Sambur is warmer, saying, "I love Ya, Big Guy. Give it to them."',
      [{ name: 'Roche', kind: 'person' }, { name: 'Sambur', kind: 'person' }], 'I love Ya, Big Guy. Give it to them.', 'Roche'],
    ['fr a person’s description before an organisation is the person', 'fr',
      'Pour Jérémie Zimmermann, la victoire est nette. Le porte-parole du collectif la Quadrature du Net, se félicite que « le texte a permis d’ouvrir un grand débat public ».',
      [{ name: 'Jérémie Zimmermann', kind: 'person', aliases: ['Le porte-parole du collectif'] }, { name: 'Quadrature du Net', kind: 'organization' }],
      'le texte a permis d’ouvrir un grand débat public', 'Jérémie Zimmermann'],
    // a short quotation a verb of speech governs ('short-reported'), or written words after "the text" ('written-words')
    ['en short quotation after said', 'en', 'Deputy Jamil Murad said there was a "deep mourning" feeling in the delegation.',
      [{ name: 'Jamil Murad', kind: 'person' }], 'deep mourning', 'Jamil Murad'],
    ['fr short quotation after a promis', 'fr', 'Mitt Romney était dans le Wisconsin où il a promis un « nouveau départ ».',
      [{ name: 'Mitt Romney', kind: 'person' }], 'nouveau départ', 'Mitt Romney'],
    ['fr short quotation after pense que', 'fr', 'Le parti Europe Écologie pense qu’il s’agit de « propos isolés ».',
      [{ name: 'Europe Écologie', kind: 'organization' }], 'propos isolés', 'Europe Écologie'],
    ['en written words after the text', 'en', 'The Cuban government erected billboards covered with the text "Made in USA".',
      [{ name: 'Cuban government', kind: 'government' }], 'Made in USA', 'Cuban government'],
    ['fr written words after l’inscription', 'fr', 'Les manifestants portaient une banderole avec l’inscription « Non merci ».',
      [], 'Non merci', null],
    // a naming verb introduces what it labels: the pronoun's antecedent speaks
    ['en he has called the vote an "…"', 'en', 'Gusenbauer leads the party since 1999. Albeit the low result he has called the vote an "impressive display of confidence".',
      [{ name: 'Gusenbauer', kind: 'person' }], 'impressive display of confidence', 'Gusenbauer'],
    ['fr il a qualifié le vote de « … »', 'fr', 'Gusenbauer dirige le parti depuis 1999. Malgré ce résultat, il a qualifié le vote de « démonstration de confiance impressionnante ».',
      [{ name: 'Gusenbauer', kind: 'person' }], 'démonstration de confiance impressionnante', 'Gusenbauer'],
    // a medium after a preposition before the colon is no speaker: the pronoun subject speaks
    ['fr elle écrivit sur Twitter :', 'fr', 'Pastor leur répondit et nia leur version ; elle écrivit sur Twitter : « Qu’ils disent ce qu’ils disent, je sais qu’ils m’ont arrêtée. »',
      [{ name: 'Pastor', kind: 'person' }, { name: 'Twitter', kind: 'organization' }], 'Qu’ils disent ce qu’ils disent, je sais qu’ils m’ont arrêtée.', 'Pastor'],
    ['en she wrote on Twitter:', 'en', 'Pastor denied their version; she wrote on Twitter: "Let them say what they say, I know they stopped me."',
      [{ name: 'Pastor', kind: 'person' }, { name: 'Twitter', kind: 'organization' }], 'Let them say what they say, I know they stopped me.', 'Pastor'],
    ['en According to X: still the speaker', 'en', 'The deputy visited Gaza. According to Jamil Murad: "Yasser Arafat was a leader who became a world figure".',
      [{ name: 'Jamil Murad', kind: 'person' }], 'Yasser Arafat was a leader who became a world figure', 'Jamil Murad'],
    // a definite description of a body that reports stands for the body subject before it ('described-body')
    ['fr le parti écologiste pense que … « … » (the party named before)', 'fr',
      'Arnaud Montebourg défend le nucléaire. Europe Écologie Les Verts faisait part de son étonnement ; le parti écologiste pense qu’il s’agit de « propos isolés ».',
      [{ name: 'Arnaud Montebourg', kind: 'person' }, { name: 'Europe Écologie Les Verts', kind: 'organization' }], 'propos isolés', 'Europe Écologie Les Verts'],
    ['en the company said … "…" (the company named before)', 'en',
      'John Smith praised the plan. Acme Corp reported a loss on Monday; the firm said it was "deeply disappointed by the results of the quarter".',
      [{ name: 'John Smith', kind: 'person' }, { name: 'Acme Corp', kind: 'organization' }], 'deeply disappointed by the results of the quarter', 'Acme Corp'],
    ['en the company said … "…": no body before, no speaker from a person', 'en',
      'John Smith praised the plan on Monday. The firm said it was "deeply disappointed by the results of the quarter".',
      [{ name: 'John Smith', kind: 'person' }], 'deeply disappointed by the results of the quarter', null],
    // a reaction verb after « s'est »
    ['fr « … » s’est réjoui le président Obama', 'fr', '« Nous avons appris que les entreprises avaient embauché plus de personnes » s’est réjoui le président Obama à Hilliard.',
      [{ name: 'Obama', kind: 'person' }], 'Nous avons appris que les entreprises avaient embauché plus de personnes', 'Obama'],
    ['en "…," he exclaimed', 'en', 'John Smith was at the rally. "We have learned that companies hired more people," exclaimed John Smith.',
      [{ name: 'John Smith', kind: 'person' }], 'We have learned that companies hired more people', 'John Smith'],
    // a clause with its own pronoun subject and no verb of speech, or a subject naming no one: no speaker
    ['fr il limogea « … » (not the previous sentence’s name)', 'fr', 'Il a remplacé à ce poste Fran Llorente. Après, il limogea « de haut en bas toute l’équipe d’information en un mois ».',
      [{ name: 'Fran Llorente', kind: 'person' }], 'de haut en bas toute l’équipe d’information en un mois', null],
    ['en he fired "…" (not the previous sentence’s name)', 'en', 'He replaced Fran Llorente in that post. Later, he fired "the whole news team from top to bottom in a month".',
      [{ name: 'Fran Llorente', kind: 'person' }], 'the whole news team from top to bottom in a month', null],
    ['fr certains wikipédiens estiment que … « … »', 'fr', 'Élisabeth Bonnet a critiqué le site. En réponse, certains wikipédiens estiment que la télévision est une « machine à décerveler ».',
      [{ name: 'Élisabeth Bonnet', kind: 'person' }], 'machine à décerveler', null],
    ['en some editors said "…"', 'en', 'Elisabeth Bonnet criticised the site. In response, some editors said that television is "a machine for dumbing down".',
      [{ name: 'Elisabeth Bonnet', kind: 'person' }], 'a machine for dumbing down', null],
  ];
  test.each(rows)('%s', (_name, lang, text, specs, quoted, speaker) => {
    const quotes = run(lang, text, specs);
    expect(quotes.map((q) => q.text)).toEqual([quoted]);
    const q = quotes[0]!;
    expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    expect(q.evidence.text).toBe(quoted);
    expect(q.speaker?.name ?? null).toBe(speaker);
    expect(q.ruleId).toMatch(new RegExp(`^quotes/${lang}/`));
  });
});

describe('quotes: modern news speakers (surname, possessive + apposition, inner incise, added, unnamed groups)', () => {
  /** [name, language, text, actors, speakers of the quotes in order] */
  type Multi = [string, Language, string, Parameters<typeof actorsFor>[1], (string | null)[]];
  const rows: Multi[] = [
    ['en surname shared by two people: no guess', 'en', 'John Smith and Mary Smith spoke. “We will appeal the ruling,” said Smith.',
      [{ name: 'John Smith', kind: 'person' }, { name: 'Mary Smith', kind: 'person' }], [null]],
    ['en possessive organisation + person + apposition', 'en', 'NASA picked five firms. "Buying rides to the Moon enables us to do much more, sooner and for less," NASA’s Steve Clarke, deputy associate administrator for exploration, said in the statement.',
      [{ name: 'NASA', kind: 'government' }, { name: 'Steve Clarke', kind: 'person' }], ['Steve Clarke']],
    ['fr incise dans la citation', 'fr', 'Ils accusent Monsanto. « Absurde. Ce processus est la norme, explique Antony Fastier, toxicologue. Les études réglementaires sont fournies par les entreprises. »',
      [{ name: 'Monsanto', kind: 'organization' }, { name: 'Antony Fastier', kind: 'person' }], ['Antony Fastier']],
    ['en incise inside the quotation', 'en', 'Critics blame Monsanto. "Absurd. This process is the norm, says John Fast, a toxicologist. The studies are supplied by the firms."',
      [{ name: 'Monsanto', kind: 'organization' }, { name: 'John Fast', kind: 'person' }], ['John Fast']],
    ['fr a ajouté dans la phrase suivante : la citation d’avant aussi', 'fr', 'Les autorités sont sans nouvelles « d’encore plus de 200 » personnes. « Pour certains d’entre eux on est très interrogatif », a ajouté Laurent Fabius.',
      [{ name: 'Laurent Fabius', kind: 'person' }], ['Laurent Fabius', 'Laurent Fabius']],
    ['en added in the next sentence: the quote before too', 'en', 'There is still no news of "more than 200 people" in the valley. "For some of them we are very worried," added Laurent Fabius.',
      [{ name: 'Laurent Fabius', kind: 'person' }], ['Laurent Fabius', 'Laurent Fabius']],
    ['en a bare plural source noun is an unnamed group', 'en', 'Airbus will scrap its production. Aviation analysts called it the "end of an era," as the jumbo was sidelined.',
      [{ name: 'Airbus', kind: 'organization' }], [null]],
    ['fr des experts sans nom', 'fr', 'Airbus arrête la production. Des experts parlent de « la fin d’une époque pour l’aviation ».',
      [{ name: 'Airbus', kind: 'organization' }], [null]],
    ['fr dit en substance le texte : un document, pas l’organisation d’avant', 'fr', 'La déclaration a été adoptée par l’ONU en 1992. « L’absence de certitude absolue ne doit pas servir de prétexte », dit en substance le texte.',
      [{ name: 'ONU', kind: 'organization' }], [null]],
  ];
  test.each(rows)('%s', (_name, lang, text, specs, speakers) => {
    const quotes = run(lang, text, specs);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(speakers);
    for (const q of quotes) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
  });
  // A lone surname is a mention of the person named before it (actors/lone-surname in the actor extractor): the whole
  // pipeline, so the speaker comes from the actor's real mentions.
  test.each([
    ['en added + bare surname of a person named before', 'en', 'Marcelo Claure is the new chairman. “We are going to scale back certain functions,” added Claure, who is also an executive at SoftBank.', 'Marcelo Claure', 'Claure'],
    ['fr a ajouté + nom de famille seul', 'fr', 'Laurent Fabius était à Roissy. « Pour certains d’entre eux, on est très interrogatif », a ajouté Fabius devant la presse.', 'Laurent Fabius', 'Fabius'],
  ] as const)('%s (whole pipeline)', (_name, language, text, speaker, mentionText) => {
    const result = extract(text, { language });
    expect(result.quotes.map((q) => q.speaker?.name ?? null)).toEqual([speaker]);
    const person = result.actors.find((a) => a.name === speaker);
    expect(person?.mentions.map((m) => m.text)).toContain(mentionText);
  });
});

describe('quotes: consecutive quotations', () => {
  test.each([
    ['fr hyphenated pronoun continues the speaker', 'fr',
      '« Les résultats révèlent des mortalités rapides », résume Gilles Séralini. « Le premier mâle meurt un an avant le témoin », a-t-il précisé.'],
    ['fr unattributed quote continues the previous sentence', 'fr',
      '« Non, il ne faut pas être inquiet », a répondu Gilles Séralini. « La banque par internet demeure un moyen de paiement très sécurisé ».'],
    ['en he said continues the speaker', 'en',
      '"The results show faster deaths," Gilles Séralini said. "The first male died a year before the control," he added.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    const quotes = run(lang, text, [{ name: 'Gilles Séralini', kind: 'person' }, { name: 'OGM', kind: 'product' }]);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Gilles Séralini', 'Gilles Séralini']);
  });
});

describe('quotes: speaker attribution across clauses and sentences', () => {
  const rows: Row[] = [
    // an incise between the quote and an inverted subject (quotes/<lang>/after-incise)
    ['fr incise before an inverted subject', 'fr',
      '« Le contexte de la perte est bien pire qu’attendu », y compris le montant imposé à Samsung, commente Song Myung-Sup, analyste à Hi Investment.',
      [{ name: 'Song Myung-Sup', kind: 'person' }, { name: 'Samsung', kind: 'organization' }, { name: 'Hi Investment', kind: 'organization' }],
      'Le contexte de la perte est bien pire qu’attendu', 'Song Myung-Sup'],
    ['en incise before an inverted subject', 'en',
      '"The loss is far worse than expected," including the damages imposed on Samsung, commented John Park, an analyst at Hi Investment.',
      [{ name: 'John Park', kind: 'person' }, { name: 'Samsung', kind: 'organization' }, { name: 'Hi Investment', kind: 'organization' }],
      'The loss is far worse than expected', 'John Park'],
    // the holder of a role named after the organisation (quotes/<lang>/after-role-holder)
    ['fr role of an organisation, then the person', 'fr',
      '« Petroplus a fermé pendant plusieurs mois, ce qui a amélioré les marges », explique le président de l’Union française des industries pétrolières (Ufip), Jean Louis Schilansky.',
      [{ name: 'Union française des industries pétrolières', kind: 'organization' }, { name: 'Jean Louis Schilansky', kind: 'person' }],
      'Petroplus a fermé pendant plusieurs mois, ce qui a amélioré les marges', 'Jean Louis Schilansky'],
    ['en role of an organisation, then the person', 'en',
      '"Refining margins have improved a great deal," said the chairman of the Refining Association (RA), John Smith.',
      [{ name: 'Refining Association', kind: 'organization' }, { name: 'John Smith', kind: 'person' }],
      'Refining margins have improved a great deal', 'John Smith'],
    ['fr role of an organisation, nobody named after: the organisation', 'fr',
      '« Les marges ont beaucoup progressé cette année », explique le président de l’Union française des industries pétrolières.',
      [{ name: 'Union française des industries pétrolières', kind: 'organization' }],
      'Les marges ont beaucoup progressé cette année', 'Union française des industries pétrolières'],
    // a speech participle opening the sentence shares the main clause's subject (quotes/<lang>/participle)
    ['fr participle, pronoun subject → the person named before', 'fr',
      'Le Parti populaire a exclu Antoni Pastor. Son parti lui reprochait son vote. Estimant que « le catalan est notre propre langue », il vota contre le texte.',
      [{ name: 'Parti populaire', kind: 'organization' }, { name: 'Antoni Pastor', kind: 'person' }],
      'le catalan est notre propre langue', 'Antoni Pastor'],
    ['en participle, named subject', 'en', 'Saying that "the deal is dead and will not be revived", Smith left the room.',
      [{ name: 'Smith', kind: 'person' }], 'the deal is dead and will not be revived', 'Smith'],
    // a pronoun whose coordinated second predicate is the speech verb (quotes/<lang>/before-pronoun)
    ['fr pronoun, then « et déclara »', 'fr',
      'Antoni Pastor a voté contre le texte. Il fut déjà exclu de son groupe parlementaire et déclara alors : « Quand on affronte une situation limite, il faut savoir partir. »',
      [{ name: 'Antoni Pastor', kind: 'person' }], 'Quand on affronte une situation limite, il faut savoir partir.', 'Antoni Pastor'],
    ['en pronoun, then "and said"', 'en',
      'Jane Smith voted against the bill. She was expelled from the group in June and said: "I knew the risk when I took the vote."',
      [{ name: 'Jane Smith', kind: 'person' }], 'I knew the risk when I took the vote.', 'Jane Smith'],
    // a name inside a fronted phrase before the pronoun is not its antecedent
    ['fr fronted phrase naming someone else before « il déclara »', 'fr',
      'Antoni Pastor a voté contre le texte. Surpris par la politique du président José Ramón Bauzà, il déclara : « Je ne pensais pas que le parti pût prendre une telle décision. »',
      [{ name: 'Antoni Pastor', kind: 'person' }, { name: 'José Ramón Bauzà', kind: 'person' }],
      'Je ne pensais pas que le parti pût prendre une telle décision.', 'Antoni Pastor'],
    ['en fronted phrase naming someone else before "she said"', 'en',
      'Jane Smith voted against the bill. Surprised by the policy of Governor John Doe, she said: "I never thought the party would take such a decision."',
      [{ name: 'Jane Smith', kind: 'person' }, { name: 'John Doe', kind: 'person' }],
      'I never thought the party would take such a decision.', 'Jane Smith'],
    // a definite description of a body named before is the pronoun's antecedent
    ['fr « Le nouveau gouvernement … Il a déclaré »', 'fr',
      'Le nouveau gouvernement de coalition a été formé. Le nouveau gouvernement veut réviser le mémorandum que doit appliquer la Grèce. Il a déclaré que « cette révision ne doit pas mettre en danger la voie européenne du pays ».',
      [{ name: 'gouvernement de coalition', kind: 'government' }, { name: 'Grèce', kind: 'government' }],
      'cette révision ne doit pas mettre en danger la voie européenne du pays', 'gouvernement de coalition'],
    ['en "The party … It said"', 'en',
      'The Labour Party lost the vote. The party blamed the rules that Britain imposed. It said that "the result does not reflect the will of the voters".',
      [{ name: 'Labour Party', kind: 'organization' }, { name: 'Britain', kind: 'government' }],
      'the result does not reflect the will of the voters', 'Labour Party'],
    // the headline names the speaker a pronoun stands for
    ['fr pronoun after the quote, speaker named in the headline', 'fr',
      'France : pour Montebourg, le nucléaire a de l’avenir\n\n« Nous allons continuer à investir dans cette filière », affirme-t-il.',
      [{ name: 'Montebourg', kind: 'person' }, { name: 'France', kind: 'place' }],
      'Nous allons continuer à investir dans cette filière', 'Montebourg'],
    // should not steal: someone else reported in between
    ['en a report of someone else in between: no speaker', 'en',
      '"We will launch three games this year," Jack Buser said. While the lineup is light, Early says more games could come. "Our objective is to make the best game," he says.',
      [{ name: 'Jack Buser', kind: 'person' }], 'Our objective is to make the best game', null],
    ['fr a report of someone else in between: no speaker', 'fr',
      '« Nous lancerons trois jeux cette année », a déclaré Jack Buser. Pendant ce temps, Early affirme que d’autres jeux viendront. « Notre objectif est de faire le meilleur jeu », dit-il.',
      [{ name: 'Jack Buser', kind: 'person' }], 'Notre objectif est de faire le meilleur jeu', null],
    ['fr impersonal « il faut » after selon is no pronoun subject', 'fr', 'Selon Jean Dupont, il faut « réduire le déficit de moitié d’ici 2025 ».',
      [{ name: 'Jean Dupont', kind: 'person' }], 'réduire le déficit de moitié d’ici 2025', 'Jean Dupont'],
  ];
  test.each(rows)('%s', (_name, lang, text, specs, quoted, speaker) => {
    const quotes = run(lang, text, specs).filter((q) => q.text === quoted);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    expect(q.speaker?.name ?? null).toBe(speaker);
  });

  test.each([
    ['fr', '« Avec une augmentation continue de la consommation des ménages », la question est de savoir « si nous allons continuer à investir » affirme Arnaud Montebourg.',
      'Arnaud Montebourg'],
    ['en', '"With household consumption rising every year," the question is "whether we will keep investing in it," said John Smith.', 'John Smith'],
  ] as [Language, string, string][])('%s an unattributed quote shares the attribution after the next quote of its sentence', (lang, text, name) => {
    const quotes = run(lang, text, [{ name, kind: 'person' }]);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([name, name]);
    expect(quotes[0]!.ruleId).toBe(`quotes/${lang}/shared-after`);
  });
});

describe('quotes: short quotations of speech', () => {
  test('fr « particulièrement rassuré » et pense que « … »: both quotes are the subject’s', () => {
    const text = 'Barroso se dit « particulièrement rassuré » et pense que « cela envoie un signal clair de la détermination de la Grèce ».';
    const quotes = run('fr', text, [{ name: 'Barroso', kind: 'person' }]);
    expect(quotes.map((q) => q.text)).toEqual(['particulièrement rassuré', 'cela envoie un signal clair de la détermination de la Grèce']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Barroso', 'Barroso']);
  });
});

describe('quotes: should not find', () => {
  test.each([
    ['fr scare quotes', 'fr', 'Il menace de placer Anthropic sur la liste des « sosiétés » dangereuses.'],
    ['fr two-word label', 'fr', 'Deux Polonais servaient de « mules » pour le réseau criminel.'],
    ['en scare quotes', 'en', 'The new "price indexing" formula will reduce individual benefits.'],
    ['en title in quotes', 'en', 'He read "The Lord Of The Rings Trilogy" again last summer.'],
    ['en inches are not marks', 'en', 'The laptop has a 12" screen and the tablet a 10" screen.'],
    ['fr unclosed mark', 'fr', '« Ceci ne ferme jamais la citation et continue sans fin'],
    ['en three-word term', 'en', 'The reform would also create "personal investment accounts" for workers.'],
    ['fr two-word term', 'fr', 'Le gouvernement veut une « règle d’or » budgétaire.'],
    ['en short capitalised title after a verb of speech', 'en', 'He said the "Star Wars" programme was dead.'],
    ['fr short term without a verb of speech', 'fr', 'Le thème du débat était la « règle d’or » budgétaire.'],
    ['en the words "…" mention a term', 'en', 'The report used the words "Senate aide," officials said.'],
    ['fr a single word after a verb of speech stays a scare quote', 'fr', 'Il a dénoncé des « fascistes » dans la salle.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });
});

describe('quotes: passages', () => {
  test('a multi-paragraph quotation is one passage', () => {
    const text = '"The first paragraph of the statement is here.\n\n"The second paragraph ends the statement," Jones said.';
    const doc = analyse(text, 'en');
    const quotes = extractQuotes(doc, { actors: new ActorIndex(actorsFor(text, [{ name: 'Jones', kind: 'person' }])), quotes: [] });
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.evidence.text.startsWith('The first paragraph')).toBe(true);
    expect(quotes[0]!.evidence.text.endsWith('ends the statement')).toBe(true);
  });
  test.each([
    ['« sosiétés »', false], ['"Senate aide"', false], ['"Oy. I agree."', true],
    ['« sécuriser un maximum les transactions électroniques »', true], ['"The Lord Of The Rings Trilogy"', false],
    ['« particulièrement rassuré »', true], ['« respecter leurs engagements »', true], ['"deeply concerned"', true],
    ['"personal investment accounts"', false], ['« règle d’or »', false],
  ] as [string, boolean][])('isQuotation %s → %s', (marked, expected) => {
    const [p] = findQuotedPassages(marked, [{ start: 0, end: marked.length, text: marked }]);
    expect(p).toBeDefined();
    expect(isQuotation(marked.slice(p!.innerStart, p!.innerEnd))).toBe(expected);
  });
});

describe('wire-copy attributions (second new-user trial), through the whole pipeline', () => {
  test.each([
    ['en', 'Nvidia chief Jensen Huang spoke on Monday. "We comply with all rules," Huang told Reuters.', 'We comply with all rules', 'Jensen Huang'],
    ['en', 'Nvidia chief Jensen Huang spoke on Monday. "We comply with all rules," Huang said.', 'We comply with all rules', 'Jensen Huang'],
    ['en', '"We comply with all rules," Nvidia chief executive Jensen Huang said in a statement.', 'We comply with all rules', 'Jensen Huang'],
    ['en', 'Jensen Huang spoke on Monday. "We comply," he said.', 'We comply', 'Jensen Huang'],
    ['fr', '« Nous refusons », a déclaré Jean Dupont, secrétaire général du syndicat.', 'Nous refusons', 'Jean Dupont'],
  ] as const)('%s: %s', (lang, text, quote, speaker) => {
    const r = extract(text, { language: lang });
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([[quote, speaker]]);
  });
  test.each([
    ['en', 'The report used the words "Senate aide," officials said.'],
    ['en', 'He called it "Price Indexing" in the memo.'],
  ] as const)('two capitalised words of a term are no quote: %s', (lang, text) => {
    expect(extract(text, { language: lang }).quotes).toEqual([]);
  });
});
