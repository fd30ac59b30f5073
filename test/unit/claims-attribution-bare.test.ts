/**
 * Wire-news attributions without "that": a zero complement whose bare subject closes on a lexical past ("Eurostat said
 * inflation fell to 2.1%"), the hearer of "told" before the clause ("told Reuters the talks had stalled"), the subject of
 * a report in a subordinate clause ("Shares rose after the company said…"), a report the article hedges ("reportedly
 * told", « aurait déclaré »), the French present incise with a named subject (« …, affirme Moscou, … »), and what is no
 * claim: no answer yet ("did not immediately respond"), a schedule after a source cue (« selon le calendrier prévu »), a
 * newsroom's check (« de source indépendante »). Table-driven, EN and FR.
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

/** [name, language, text, modality, evidence, attribution ("=…": exact, else a substring; null: none), rule id] */
type Row = [string, Language, string, Modality, string, string | null, string];

describe('claims (bare attributions): should find', () => {
  const rows: Row[] = [
    // (claims/en/bare-subject-past) a bare subject closed by a lexical past
    ['en said inflation … fell', 'en', 'Eurostat said inflation in the euro zone fell to 2.1% in May.',
      'reported', 'inflation in the euro zone fell to 2.1% in May', '=Eurostat', 'claims/en/verb-complement'],
    ['en said profits jumped 15%', 'en', 'The company said profits jumped 15% in the third quarter.',
      'reported', 'profits jumped 15% in the third quarter', '=The company', 'claims/en/verb-complement'],
    ['en said demand weakened sharply', 'en', 'Analysts said demand weakened sharply in Asia.',
      'reported', 'demand weakened sharply in Asia', '=Analysts', 'claims/en/verb-complement'],
    ['en said fighting erupted (a clause-only verb)', 'en', 'Officials said fighting erupted in the north of the country.',
      'reported', 'fighting erupted in the north of the country', '=Officials', 'claims/en/verb-complement'],
    ['en said safety checks found (past and participle alike)', 'en', 'Regulators said safety checks found no fault with the aircraft.',
      'reported', 'safety checks found no fault with the aircraft', '=Regulators', 'claims/en/verb-complement'],
    // (claims/en/told-hearer) the hearer of "told" is no part of the claim
    ['en told Reuters the talks', 'en', 'Officials told Reuters the talks with the unions had stalled over pension contributions.',
      'reported', 'the talks with the unions had stalled over pension contributions', '=Officials', 'claims/en/verb-complement'],
    ['en told the Financial Times the company', 'en', 'She told the Financial Times the company was considering a sale.',
      'reported', 'the company was considering a sale', '=She', 'claims/en/verb-complement'],
    ['en told a news conference the army', 'en', 'The general told a news conference the army would withdraw from the city.',
      'reported', 'the army would withdraw from the city', '=The general', 'claims/en/verb-complement'],
    ['en told parliament the budget', 'en', 'The minister told parliament the budget would be balanced by 2027.',
      'reported', 'the budget would be balanced by 2027', '=The minister', 'claims/en/verb-complement'],
    ['en told analysts on a conference call', 'en', 'The chief executive told analysts on a conference call the company would cut costs.',
      'reported', 'the company would cut costs', '=The chief executive', 'claims/en/verb-complement'],
    ['en told Polygraph.info the claims', 'en', 'Independent analysts told Polygraph.info the Russian and Syrian claims are false.',
      'reported', 'the Russian and Syrian claims are false', '=Independent analysts', 'claims/en/verb-complement'],
    // (claims/<lang>/subordinate-subject) the subject follows the conjunction
    ['en rose after the company said', 'en', 'Shares in Vantor Group rose 4% after the company said it would cut 1,200 jobs.',
      'reported', 'it would cut 1,200 jobs', '=the company', 'claims/en/verb-complement'],
    ['fr a chuté lorsque le groupe a annoncé', 'fr', 'L’action a chuté lorsque le groupe a annoncé qu’il fermerait deux usines en France.',
      'reported', 'il fermerait deux usines en France', '=le groupe', 'claims/fr/verb-complement'],
    // (claims/<lang>/hedged-report) a report the article hedges
    ['en reportedly told aides', 'en', 'The president reportedly told aides he would not seek a second term.',
      'hedged', 'he would not seek a second term', '=The president', 'claims/en/hedged-report'],
    ['fr aurait déclaré que', 'fr', 'Le ministre aurait déclaré que la réforme serait abandonnée.',
      'hedged', 'la réforme serait abandonnée', '=Le ministre', 'claims/fr/hedged-report'],
    // (claims/fr/incise-present) a present-tense incise, a name or a noun phrase inverted
    ['fr …, affirme Moscou, …', 'fr', 'Le missile, affirme Moscou, a été intercepté au-dessus de la mer Noire.',
      'reported', 'Le missile, affirme Moscou, a été intercepté au-dessus de la mer Noire', '=Moscou', 'claims/fr/incise'],
    ['fr …, estime un diplomate, …', 'fr', 'Les négociations, estime un diplomate, sont dans l’impasse depuis mars.',
      'reported', 'Les négociations, estime un diplomate, sont dans l’impasse depuis mars', '=un diplomate', 'claims/fr/incise'],
    ['fr …, a indiqué Matignon, … (a name after a compound tense)', 'fr', 'Le texte, a indiqué Matignon, sera examiné au Sénat en mai.',
      'reported', 'Le texte, a indiqué Matignon, sera examiné au Sénat en mai', '=Matignon', 'claims/fr/incise'],
    // (claims/<lang>/incise-predicate) an incise inside a clause of four words or more before it
    ['fr Les prix des billets, estime l’économiste Anne Moreau, devraient…', 'fr', 'Les prix des billets, estime l’économiste Anne Moreau, devraient augmenter de 10 % cet été.',
      'reported', 'Les prix des billets, estime l’économiste Anne Moreau, devraient augmenter de 10 % cet été', 'Anne Moreau', 'claims/fr/incise'],
    // (claims/fr/hedge-unverified) the newsroom's caveat is a hedge, as "could not be independently verified" is in English
    ['fr n’ont pas pu être vérifiées de source indépendante', 'fr', 'Ces affirmations n’ont pas pu être vérifiées de source indépendante.',
      'hedged', 'Ces affirmations n’ont pas pu être vérifiées de source indépendante', null, 'claims/fr/hedge-unverified'],
    // (claims/<lang>/source-relative) a relative after the source's comma describes the source
    ['en …, according to the WSJ, which cited…', 'en', 'The group plans to close two plants, according to the Wall Street Journal, which cited people familiar with the plans.',
      'reported', 'The group plans to close two plants', 'Wall Street Journal', 'claims/en/source-phrase'],
    ['fr …, selon Les Echos, qui cite…', 'fr', 'Le groupe envisage de fermer deux usines, selon Les Echos, qui cite des sources proches du dossier.',
      'reported', 'Le groupe envisage de fermer deux usines', 'Les Echos', 'claims/fr/source-phrase'],
    // (claims/<lang>/negated-promise) a negated confirmation is the refusal's, not an announcement
    ['en has not confirmed the report, which…', 'en', 'The company has not confirmed the report, which was first published by Handelsblatt.',
      'denied', 'The company has not confirmed the report', '=The company', 'claims/en/denial-not-confirmed'],
    ['en could not be independently verified', 'en', 'The accusations could not be independently verified.',
      'hedged', 'The accusations could not be independently verified', null, 'claims/en/hedge-word'],
  ];
  test.each(rows)('%s', (_name, lang, text, modality, evidence, attribution, ruleId) => {
    expectClaim(text, claimsOf(lang, text), modality, evidence, attribution, ruleId);
  });
});

describe('claims (bare attributions): should not find', () => {
  test.each([
    // (claims/<lang>/not-immediately) no answer yet is no refusal to comment
    ['en did not immediately respond', 'en', 'The ministry did not immediately respond to a request for comment.'],
    ['en did not immediately comment', 'en', 'The White House did not immediately comment on the report.'],
    ['en could not immediately be reached', 'en', 'The company could not immediately be reached for comment.'],
    ['fr n’a pas immédiatement réagi', 'fr', 'Le ministère n’a pas immédiatement réagi à une demande de commentaire.'],
    ['fr n’a pas immédiatement confirmé', 'fr', 'Le Premier ministre n’a pas immédiatement confirmé l’information.'],
    // (claims/<lang>/not-a-source) a schedule or a custom after a source cue
    ['en according to plan', 'en', 'The work on the new bridge began on schedule, according to plan.'],
    ['fr selon le calendrier prévu', 'fr', 'Selon le calendrier prévu, les travaux débuteront en mars.'],
    ['fr selon l’usage', 'fr', 'Le débat, selon l’usage, s’est ouvert par un discours du rapporteur.'],
    ['fr selon le programme', 'fr', 'Les frégates, selon le programme, seront livrées en 2029.'],
    // (claims/<lang>/postposed-apposed-name-subject) a role and its name are the subject, not a claim
    ['fr La porte-parole, Marie Dubois, a confirmé la réunion', 'fr', 'La porte-parole du gouvernement, Marie Dubois, a confirmé la réunion.'],
    // (claims/en/bare-subject) not "said goodbye"
    ['en said goodbye', 'en', 'Lawmakers said goodbye to the veteran speaker on Friday.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(claimsOf(lang, text)).toEqual([]);
  });

  test('en (claims/en/postposed-participle-subject) ", beating estimates" names no source', () => {
    const claims = claimsOf('en', 'The firm reported revenue of $3 billion, beating estimates.');
    expect(claims.map((k) => k.attribution)).not.toContain('beating');
  });

  test('fr (claims/fr/not-a-source) « de source indépendante » is no source', () => {
    const claims = claimsOf('fr', 'Les rebelles affirment avoir abattu un hélicoptère, ce qui n’a pas pu être vérifié de source indépendante.');
    expect(claims.map((k) => k.attribution)).not.toContain('de source indépendante');
    expect(claims.some((k) => k.modality === 'reported' && k.attribution === 'Les rebelles' && k.evidence.text.includes('abattu un hélicoptère'))).toBe(true);
  });

  test('en (claims/en/bare-subject-past) a participle before a preposition is no verb after "announced"', () => {
    const claims = claimsOf('en', 'The company announced job cuts linked to the slump in demand.');
    expect(claims.filter((k) => k.ruleId === 'claims/en/verb-complement')).toEqual([]);
  });
});
