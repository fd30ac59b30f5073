/**
 * Claim rules for how news attributes and hedges statements beyond "X said
 * that…": stances whose clause is the claim (claimed victory, quick to,
 * a source's attitude, an inquiry's count), nominal reports with their
 * author, object-relative and as-reports, claim + infinitive, "known to"
 * reports, evaluation-then-source passives, and the attribution of
 * appositions, causative controllers and plural pronouns. Table-driven
 * should-find and should-not-find rows in English and French, with
 * hand-built actors so that attribution is tested apart from the actor extractor.
 */
import { type ActorSpec } from '../helpers/actors.js';
import { claimsOf } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

type Spec = ActorSpec;
const run = claimsOf;

/** [name, language, text, actors, modality, evidence, attribution ("=…": exact, else a substring; null: none), source name or null, rule id] */
type Row = [string, Language, string, Spec[], Modality, string, string | null, string | null, string];

describe('claims (attribution patterns): should find', () => {
  const rows: Row[] = [
    // claim + infinitive, any verb after "to" (the infinitive-only promise verbs)
    ['en claims to + infinitive', 'en', 'The movement claims to pursue equitable redistribution of Brazilian farmland.', [],
      'reported', 'to pursue equitable redistribution of Brazilian farmland', '=The movement', null, 'claims/en/promise'],
    ['fr prétend avoir + infinitive', 'fr', 'Le groupe prétend avoir abattu un drone de l’armée au-dessus de la ville.', [],
      'reported', 'abattu un drone de l’armée au-dessus de la ville', '=Le groupe', null, 'claims/fr/promise'],
    // a zero complement opened by a nominative pronoun and a verb without a finite-verb signal
    ['en claims they + verb', 'en', 'MST claims they use arms only to defend themselves from the gunfighters.', [{ name: 'MST', kind: 'organization' }],
      'reported', 'they use arms only to defend themselves from the gunfighters', 'MST', 'MST', 'claims/en/verb-complement'],
    // a small clause after "show": a name, an -ing form and a preposition or number
    ['en results show X leading with', 'en', 'Unofficial results show Viktor Yushchenko leading with 52% of the vote.', [{ name: 'Viktor Yushchenko', kind: 'person' }],
      'reported', 'Viktor Yushchenko leading with 52% of the vote', '=Unofficial results', null, 'claims/en/verb-complement'],
    // stances whose clause is the claim
    ['en has claimed victory', 'en', 'With nearly all votes counted, the opposition candidate has claimed victory.', [],
      'reported', 'the opposition candidate has claimed victory', '=the opposition candidate', null, 'claims/en/claim-victory'],
    ['fr a revendiqué la victoire', 'fr', 'Avec presque tous les bulletins dépouillés, le candidat de l’opposition a revendiqué la victoire.', [],
      'reported', 'le candidat de l’opposition a revendiqué la victoire', '=le candidat de l’opposition', null, 'claims/fr/claim-victory'],
    ['en have been quick to compare', 'en', 'Critics have been quick to compare this to the $177 million spent every day in Iraq.', [],
      'reported', 'Critics have been quick to compare this to the $177 million spent every day in Iraq', '=Critics', null, 'claims/en/quick-to'],
    ['fr se sont empressés de dénoncer', 'fr', 'Les syndicats se sont empressés de dénoncer une réforme injuste pour les salariés.', [],
      'reported', 'Les syndicats se sont empressés de dénoncer une réforme injuste pour les salariés', '=Les syndicats', null, 'claims/fr/quick-to'],
    ['en experts remain skeptical about', 'en', 'Many experts remain skeptical about the capacity of the Afghan forces to secure the country.', [],
      'reported', 'Many experts remain skeptical about the capacity of the Afghan forces to secure the country', '=Many experts', null, 'claims/en/source-attitude'],
    ['fr experts restent sceptiques quant à', 'fr', 'L’OTAN prévoit de retirer ses forces en 2014, bien que de nombreux experts restent sceptiques quant à la capacité des forces afghanes.', [],
      'reported', 'de nombreux experts restent sceptiques quant à la capacité des forces afghanes', '=de nombreux experts', null, 'claims/fr/source-attitude'],
    ['en a commission listed N, its name in apposition', 'en', 'A government commission, the Rettig Commission, listed 2,095 deaths and 1,102 disappearances during his rule.',
      [{ name: 'Rettig Commission', kind: 'government' }], 'reported', 'listed 2,095 deaths and 1,102 disappearances during his rule', 'Rettig Commission', 'Rettig Commission', 'claims/en/report-count'],
    ['fr le rapport recense N', 'fr', 'Le rapport de la commission recense 2 095 morts et 1 102 disparitions sous la dictature.', [],
      'reported', 'Le rapport de la commission recense 2 095 morts et 1 102 disparitions sous la dictature', '=Le rapport de la commission', null, 'claims/fr/report-count'],
    // nominal reports with their author
    ['en a pledge made by', 'en', 'In comparison, there was a $500 million pledge made recently by the government of Japan.', [{ name: 'Japan', kind: 'government' }],
      'reported', 'a $500 million pledge made recently by the government of Japan', '=the government of Japan', 'Japan', 'claims/en/nominal-report'],
    ['fr une promesse de … faite par', 'fr', 'Le fonds a reçu une promesse de 500 millions de dollars faite par le gouvernement japonais.', [],
      'reported', 'une promesse de 500 millions de dollars faite par le gouvernement japonais', '=le gouvernement japonais', null, 'claims/fr/nominal-report'],
    ['fr l’engagement pris par X de + infinitif (the commitment belongs to the claim)', 'fr', 'Le Premier ministre a réitéré l’engagement pris par le président de la République de ramener les comptes publics à l’équilibre en 2017.', [],
      'reported', 'l’engagement pris par le président de la République de ramener les comptes publics à l’équilibre en 2017', '=le président de la République', null, 'claims/fr/nominal-report'],
    ['en the pledge made by X to + verb', 'en', 'Activists recalled the pledge made by the government to cut emissions by half before 2030.', [],
      'reported', 'the pledge made by the government to cut emissions by half before 2030', '=the government', null, 'claims/en/nominal-report'],
    // object-relative reports: the gap of the relative is the subject of the reported clause
    ['en N they estimate will be', 'en', 'The operators have set up a fund to raise the $30,000 per month they estimate will be necessary to cover legal costs.', [],
      'reported', 'the $30,000 per month they estimate will be necessary to cover legal costs', '=The operators', null, 'claims/en/relative-report'],
    ['en which critics say would', 'en', 'Lawmakers passed a bill which critics say would raise taxes for the middle class.', [],
      'reported', 'a bill which critics say would raise taxes for the middle class', '=critics', null, 'claims/en/relative-report'],
    ['en a zero relative with a bare source noun: N aides said was', 'en', 'The secretary resigned in a move aides said was also designed to free up nominations.', [],
      'reported', 'a move aides said was also designed to free up nominations', '=aides', null, 'claims/en/relative-report'],
    // an object verb names its hearer before a zero complement
    ['en told us + clause', 'en', 'The inspector told us the damage was done before the storm.', [],
      'reported', 'the damage was done before the storm', '=The inspector', null, 'claims/en/verb-complement'],
    // French incises with an inverted clitic, of any verb
    ['fr incise after a leading adverbial: the part after it', 'fr', 'Contrairement à tous les discours, appuie-t-il, le français est classé troisième langue d’affaires.',
      [], 'reported', 'le français est classé troisième langue d’affaires', '=il', null, 'claims/fr/incise'],
    ['fr incise between commas: the whole clause', 'fr', 'Le projet, explique-t-elle, sera abandonné avant la fin de l’année.',
      [], 'reported', 'Le projet, explique-t-elle, sera abandonné avant la fin de l’année', '=elle', null, 'claims/fr/incise'],
    ['fr incise closing the clause, the clitic resolved', 'fr', 'Marie Dupont a rencontré les élus mardi. Le bâtiment sera démoli avant la fin de l’année, poursuit-elle.',
      [{ name: 'Marie Dupont', kind: 'person' }], 'reported', 'Le bâtiment sera démoli avant la fin de l’année', '=Marie Dupont', 'Marie Dupont', 'claims/fr/incise'],
    // (a day between the verb and its inverted subject: the quotation was read as the source of « jeudi l'avocat … »)
    ['fr incise with a day before its inverted subject', 'fr', 'L’usine, a précisé mardi soir le ministre, fermera d’ici 2026.',
      [], 'reported', 'L’usine, a précisé mardi soir le ministre, fermera d’ici 2026', 'le ministre', null, 'claims/fr/incise'],
    ['fr dit-on → hedged, no source', 'fr', 'Les soldats qui, dit-on, s’étaient rendus ont été exécutés.',
      [], 'hedged', 'Les soldats qui, dit-on, s’étaient rendus ont été exécutés', null, null, 'claims/fr/incise'],
    ['fr a-t-il affirmé: the inverted clitic is the pronoun subject', 'fr', 'Marie Dupont a rencontré les élus mardi. Le projet sera abandonné avant la fin de l’année, a-t-elle affirmé.',
      [{ name: 'Marie Dupont', kind: 'person' }], 'reported', 'Le projet sera abandonné avant la fin de l’année', '=Marie Dupont', 'Marie Dupont', 'claims/fr/postposed'],
    // as-reports
    ['fr comme le précise X (inverted subject with its apposition)', 'fr', 'Cependant, l’armée française ne va pas retirer l’intégralité de ses forces comme le précise l’ambassadeur de France, Bernard Bajolet.',
      [{ name: 'Bernard Bajolet', kind: 'person' }], 'reported', 'l’armée française ne va pas retirer l’intégralité de ses forces', 'Bajolet', 'Bernard Bajolet', 'claims/fr/as-report'],
    ['fr Comme l’a indiqué X, claim', 'fr', 'Comme l’a indiqué le ministre, les prix vont augmenter l’an prochain.', [],
      'reported', 'les prix vont augmenter l’an prochain', '=le ministre', null, 'claims/fr/as-report'],
    ['en As X said, claim', 'en', 'As the minister said, prices will rise next year across the country.', [],
      'reported', 'prices will rise next year across the country', '=the minister', null, 'claims/en/as-report'],
    // reports without a named source
    ['en is known to + verb → reported', 'en', 'Many farms hire gunfighters as MST is known to permanently evict farmholders.', [],
      'reported', 'Many farms hire gunfighters as MST is known to permanently evict farmholders', null, null, 'claims/en/known-to'],
    ['fr est connu pour avoir → reported', 'fr', 'Le groupe est connu pour avoir financé plusieurs campagnes électorales.', [],
      'reported', 'Le groupe est connu pour avoir financé plusieurs campagnes électorales', null, null, 'claims/fr/known-for'],
    // the evaluation, then its source
    ['en hailed as fair by X', 'en', 'Unlike the November results, the outcome of the re-run has been hailed as fair by officials in the United States.', [],
      'reported', 'the outcome of the re-run has been hailed as fair', '=officials in the United States', null, 'claims/en/passive-report'],
    ['fr salué comme équitable par X', 'fr', 'Le scrutin a été salué comme équitable par les observateurs de l’OSCE.', [],
      'reported', 'Le scrutin a été salué comme équitable', '=les observateurs de l’OSCE', null, 'claims/fr/passive-report'],
    // French reproaches and interpretations
    ['fr lui faisait grief de', 'fr', 'Son parti lui faisait grief d’avoir rompu la discipline de vote.', [],
      'reported', 'd’avoir rompu la discipline de vote', '=Son parti', null, 'claims/fr/promise'],
    ['fr pointe du doigt', 'fr', 'La profession pointe du doigt les choix fiscaux qui ont favorisé la demande de gazole.', [],
      'reported', 'les choix fiscaux qui ont favorisé la demande de gazole', '=La profession', null, 'claims/fr/promise'],
    ['fr y voyant', 'fr', 'Bruxelles a salué la création de ce gouvernement y voyant un signe de détermination des Grecs.', [{ name: 'Bruxelles', kind: 'government' }],
      'reported', 'un signe de détermination des Grecs', '=Bruxelles', 'Bruxelles', 'claims/fr/promise'],
    // attribution: an apposition naming an actor after a description is the subject
    ['en description, Name, vowed', 'en', 'The government candidate, Mr. Yanukovich, vowed to challenge the outcome in the Supreme Court.',
      [{ name: 'Viktor Yanukovich', kind: 'person', aliases: ['Mr. Yanukovich'] }], 'reported', 'to challenge the outcome in the Supreme Court', 'Yanukovich', 'Viktor Yanukovich', 'claims/en/promise'],
    ['fr description, Nom, a promis', 'fr', 'Le candidat du gouvernement, M. Ianoukovitch, a promis de contester le résultat devant la Cour suprême.',
      [{ name: 'Viktor Ianoukovitch', kind: 'person', aliases: ['M. Ianoukovitch'] }], 'reported', 'de contester le résultat devant la Cour suprême', 'Ianoukovitch', 'Viktor Ianoukovitch', 'claims/fr/promise'],
    // attribution: a plural pronoun stands for a source noun or a plural subject
    ['en They → the source noun opening the previous sentence', 'en', 'Scientists using a computer model have compared it to the real climate. They have concluded that human influence makes warm summers twice as likely.', [],
      'reported', 'human influence makes warm summers twice as likely', '=Scientists', null, 'claims/en/verb-complement'],
    ['fr Ils → the source noun opening the previous sentence', 'fr', 'Des chercheurs utilisant un modèle informatique ont comparé les étés. Ils ont conclu que l’influence humaine rend les étés chauds deux fois plus probables.', [],
      'reported', 'l’influence humaine rend les étés chauds deux fois plus probables', '=Des chercheurs', null, 'claims/fr/verb-complement'],
    ['fr ils → the plural subject of the sentence', 'fr', 'Les analystes ont relevé leurs prévisions car ils estiment que la croissance va repartir.', [],
      'reported', 'la croissance va repartir', '=Les analystes', null, 'claims/fr/verb-complement'],
    // attribution: the object of a causative speaks the infinitive report
    ['en prompting X to assert', 'en', 'Turnout exceeded 100% in some regions, prompting the opposition to assert that the results were invalid.', [],
      'reported', 'the results were invalid', '=the opposition', null, 'claims/en/verb-complement'],
    ['fr poussant X à affirmer', 'fr', 'La participation a dépassé 100 %, poussant l’opposition à affirmer que les résultats étaient faux.', [],
      'reported', 'les résultats étaient faux', '=l’opposition', null, 'claims/fr/verb-complement'],
  ];
  test.each(rows)('%s', (_name, lang, text, specs, modality, evidence, attribution, source, ruleId) => {
    const claims = run(lang, text, specs);
    expect(claims.map((k) => `${k.modality}: ${k.evidence.text}`)).toContain(`${modality}: ${evidence}`);
    const claim = claims.find((k) => k.evidence.text === evidence)!;
    expect(text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
    if (attribution === null) expect(claim.attribution).toBeNull();
    else if (attribution.startsWith('=')) expect(claim.attribution).toBe(attribution.slice(1));
    else expect(claim.attribution ?? '').toContain(attribution);
    expect(claim.source?.name ?? null).toBe(source);
    expect(claim.ruleId).toBe(ruleId);
  });
});

describe('claims (attribution patterns): should not find', () => {
  test.each([
    ['en claim + noun object is no report', 'en', 'The storm claimed the lives of 20 people in the region.'],
    ['en a claim to + noun is no infinitive', 'en', 'Farmers filed land claims to the disputed territory last year.'],
    ['en a victory celebrated is not claimed', 'en', 'The team celebrated its victory in the final.'],
    ['fr une victoire fêtée n’est pas revendiquée', 'fr', 'L’équipe a fêté sa victoire en finale samedi.'],
    ['en quick to + a deed', 'en', 'The firefighters were quick to arrive at the scene of the fire.'],
    ['fr empressés de + un acte', 'fr', 'Les secours se sont empressés de rejoindre les lieux de l’accident.'],
    ['en attitude of no source', 'en', 'Fans remain skeptical about the new coach and his tactics.'],
    ['fr attitude sans source', 'fr', 'Les supporters restent sceptiques quant à l’avenir du club.'],
    ['en a count by no inquiry', 'en', 'The team recorded 3 wins in a row at home.'],
    ['fr un décompte sans enquête', 'fr', 'Le club recense 300 adhérents cette saison.'],
    ['en pledge without an author', 'en', 'The pledge made headlines across the country last week.'],
    ['fr promesse sans auteur', 'fr', 'La promesse faite aux électeurs a surpris tout le monde.'],
    ['en a pronoun opening the sentence is no relative subject', 'en', 'He said will power matters most in a marathon.'],
    ['en as + a report that does not close its chunk', 'en', 'He left the room as soon as he said goodbye.'],
    ['fr comme + pronom sujet n’est pas une attribution', 'fr', 'Il est parti comme il l’avait dit la veille.'],
    ['en known to + a person', 'en', 'The suspect was known to police in the area.'],
    ['fr connu pour + un nom', 'fr', 'Le réalisateur est connu pour ses films d’animation.'],
    ['fr connu hier is no infinitive', 'fr', 'Le résultat final n’était pas encore connu hier soir dans la capitale.'],
    ['fr qualifié pour is no evaluation', 'fr', 'Le club a été qualifié pour la finale par son entraîneur.'],
    ['en told + hearer + infinitive is an order, not a report', 'en', 'I spoke to the senator last week and he told me to hold firm.'],
    ['fr inversion in a question is no incise', 'fr', 'La langue française trouve-t-elle des emplois à ses locuteurs ?'],
    ['fr an incise with too little around it', 'fr', 'Peut-être, dit-il.'],
    ['en a modal before a zero-complement verb', 'en', 'Our letter must show the bogus calculation which is negative by $1.9 billion.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });
});
