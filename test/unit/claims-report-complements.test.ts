/**
 * Complements of reports that news writes without "that"/« que » after an adjunct: a time or message adjunct before an
 * English zero complement ("Baxter said in March it had been in discussions…"), a French infinitive complement after a
 * time word (« Vivendi a déclaré samedi ne pas avoir l'intention… »), the subject of a participle after its main clause
 * ("The US welcomed the exchange, saying the hostages had suffered…"), and "stands accused of" among the unsourced
 * accusations. Table-driven, real sentences.
 *
 * Second probe of unseen news (2026-12-03, act4), EN and FR: a clause after "told" and its hearer (claims/en/told-hearer-
 * clause), an irregular past or a contracted subject opening a zero complement (claims/en/irregular-past, claims/en/
 * contracted-subject), refusals to comment (claims/en/denial-declined-address, claims/<lang>/reported-denial), a relative
 * incise after the subject (claims/<lang>/subject-relative), a short subject before an inserted source (claims/<lang>/source-
 * inside-subject), "per the WHO" (claims/en/per-source), "As X reports for Y" (claims/en/as-report-for), voiced concerns,
 * a name holding "and" (claims/<lang>/coordinator-in-name), reports in subordinate clauses (claims/<lang>/subordinate-report,
 * claims/<lang>/fronted-subordinate), and French verbs of telling before an infinitive.
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';
import type { ActorSpec } from '../helpers/actors.js';

/** [name, language, text, modality, evidence, attribution ("=…": exact, else a substring; null: none), rule id] */
type Row = [string, Language, string, Modality, string, string | null, string];

describe('claims (report complements): should find', () => {
  const rows: Row[] = [
    // (claims/en/zero-complement-adjunct) a time or message adjunct before a zero complement
    ['en said in March it had been', 'en', 'Medical device maker Baxter said in March it had been in discussions with select private equity investors.',
      'reported', 'it had been in discussions with select private equity investors', '=Medical device maker Baxter', 'claims/en/verb-complement'],
    ['en said in a statement it had launched', 'en', 'The ministry said in a statement it had launched an inquiry into the crash.',
      'reported', 'it had launched an inquiry into the crash', '=The ministry', 'claims/en/verb-complement'],
    ['en said in 2019 the plant would close', 'en', 'The company said in 2019 the plant would close by the end of the decade.',
      'reported', 'the plant would close by the end of the decade', '=The company', 'claims/en/verb-complement'],
    // (claims/fr/infinitive-report) a French infinitive complement, a time word between
    ['fr a déclaré samedi ne pas avoir', 'fr', 'Le groupe de médias Vivendi, qui cherche des acquisitions, a déclaré samedi ne pas avoir l’intention de faire une offre de rachat du groupe Lagardère.',
      'reported', 'ne pas avoir l’intention de faire une offre de rachat du groupe Lagardère', '=Le groupe de médias Vivendi', 'claims/fr/infinitive-report'],
    ['fr a assuré hier n’avoir reçu', 'fr', 'Le ministre a assuré hier n’avoir reçu aucune demande officielle de la part de Bruxelles.',
      'reported', 'n’avoir reçu aucune demande officielle de la part de Bruxelles', '=Le ministre', 'claims/fr/infinitive-report'],
    ['fr affirme ne jamais avoir', 'fr', 'L’avocat affirme ne jamais avoir rencontré le juge chargé du dossier.',
      'reported', 'ne jamais avoir rencontré le juge chargé du dossier', '=L’avocat', 'claims/fr/infinitive-report'],
    // (claims/<lang>/participle-subject) a participle after the comma of its main clause: its subject is that clause's
    ['en X welcomed the exchange, saying the hostages had suffered', 'en', 'The US welcomed the exchange, saying the hostages had suffered from their ordeal.',
      'reported', 'the hostages had suffered from their ordeal', '=The US', 'claims/en/verb-complement'],
    ['en X said in a statement, “…”, adding that', 'en', 'Australian Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the hostages’ release, adding that Weeks’ family had asked to convey its own relief and gratitude.',
      'reported', 'Weeks’ family had asked to convey its own relief and gratitude', '=Australian Prime Minister Scott Morrison', 'claims/en/verb-complement'],
    ['fr X a salué l’accord, affirmant que', 'fr', 'Le gouvernement a salué l’accord conclu avec les syndicats, affirmant que les salaires augmenteraient dès janvier.',
      'reported', 'les salaires augmenteraient dès janvier', '=Le gouvernement', 'claims/fr/verb-complement'],
    // "stands accused of": an accusation without its source, like "is accused of" (claims/en/hedge-accused)
    ['en stands accused of', 'en', 'Kent Roberts, 50, stands accused of granting himself extra compensation by manipulating the grant dates of stock options.',
      'hedged', 'Kent Roberts, 50, stands accused of granting himself extra compensation by manipulating the grant dates of stock options', null, 'claims/en/hedge-accused'],
    // (act4 probe, 2026-12-03)
    ['en told analysts the company expected', 'en', 'The CEO told analysts the company expected higher margins next year.',
      'reported', 'the company expected higher margins next year', '=The CEO', 'claims/en/verb-complement'],
    ['en told lawmakers no evidence supports', 'en', 'Sawyer told lawmakers no evidence supports anything other than suicide.',
      'reported', 'no evidence supports anything other than suicide', 'Sawyer', 'claims/en/verb-complement'],
    ['en said his client chose not to', 'en', 'Montell Figgins, who represents Thomas, said his client chose not to accept a plea agreement.',
      'reported', 'his client chose not to accept a plea agreement', '=Montell Figgins', 'claims/en/verb-complement'],
    ['en said he\'s pleased', 'en', 'Jack Scarola, who represents some of the accusers, said he\'s pleased to see authorities investigate.',
      'reported', 'he\'s pleased to see authorities investigate', '=Jack Scarola', 'claims/en/verb-complement'],
    ['en declined to address whether', 'en', 'Figgins declined to address whether Thomas slept on the job.',
      'denied', 'Figgins declined to address whether Thomas slept on the job', 'Figgins', 'claims/en/denial-no-comment'],
    ['en said she couldn\'t comment', 'en', 'Hawk Sawyer said she couldn\'t comment on the ongoing criminal investigation.',
      'denied', 'she couldn\'t comment on the ongoing criminal investigation', '=Hawk Sawyer', 'claims/en/reported-denial'],
    ['fr a indiqué que le groupe n\'a pas commenté', 'fr', 'Le porte-parole a indiqué que le groupe n\'a pas commenté ces informations.',
      'denied', 'le groupe n\'a pas commenté ces informations', '=Le porte-parole', 'claims/fr/reported-denial'],
    ['fr le groupe, selon Le Figaro, aurait proposé', 'fr', 'Le groupe, selon Le Figaro, aurait proposé un rachat de 3 milliards d\'euros.',
      'reported', 'Le groupe, selon Le Figaro, aurait proposé un rachat de 3 milliards d\'euros', 'Figaro', 'claims/fr/source-phrase'],
    ['en As X reports for NPR', 'en', 'As Emily Feng reports for NPR, the first cases came to light last week.',
      'reported', 'the first cases came to light last week', '=Emily Feng', 'claims/en/as-report'],
    ['en voiced concerns that', 'en', 'Many have voiced concerns that officials are minimizing information about the cases.',
      'reported', 'officials are minimizing information about the cases', '=Many', 'claims/en/verb-complement'],
    ['en report in a when-clause', 'en', 'The cases came to light last week, when authorities in Beijing announced that two patients sought treatment.',
      'reported', 'two patients sought treatment', 'authorities in Beijing', 'claims/en/verb-complement'],
    ['en main report after an although-clause', 'en', 'Although relatives suggested he may have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.',
      'reported', 'no evidence supports anything other than suicide', '=Hawk Sawyer', 'claims/en/verb-complement'],
    ['fr raconte avoir été', 'fr', 'Elle raconte avoir été encerclée par une foule composée de jeunes hommes.',
      'reported', 'avoir été encerclée par une foule composée de jeunes hommes', '=Elle', 'claims/fr/infinitive-report'],
  ];
  test.each(rows)('%s', (_name, lang, text, modality, evidence, attribution, ruleId) => {
    expectClaim(text, claimsOf(lang, text), modality, evidence, attribution, ruleId);
  });
});

describe('claims (report complements): should not find', () => {
  test.each([
    // an adjunct then a noun phrase is an object, not a clause
    ['en said in March the plan (no finite verb)', 'en', 'He said in March the plan.'],
    // a report with a noun object, no infinitive
    ['fr a expliqué hier la réforme', 'fr', 'Le gouvernement a expliqué hier la réforme aux syndicats.'],
    // "stand" without "accused of" is no accusation
    ['en stands ready to', 'en', 'The central bank stands ready to act if the currency falls further.'],
    // (act4 probe, 2026-12-03)
    // after "told" and its hearer, a plural noun after a determiner or before a preposition is an object
    ['en told reporters the new rules on Monday', 'en', 'He told reporters the new rules on Monday.'],
    ['en told reporters the details of the plans', 'en', 'She told reporters the details of the plans.'],
    // "per" as a rate or a share
    ['en per cent, per share', 'en', 'Prices rose 5 per cent, per analysts at the bank.'],
    // a worry without a clause
    ['en raised concerns about', 'en', 'Unions raised concerns about safety at the plant.'],
    // "per" closing a quotation's attribution is the quote's
    ['en quote, said, per X', 'en', '“Don\'t hide things like this,” one Weibo commenter said, per Feng.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(claimsOf(lang, text)).toEqual([]);
  });
});

describe('claims (report complements): rules that read the actors', () => {
  const rows: Row[] = [
    ['en Apple, according to Bloomberg, plans', 'en', 'Apple, according to Bloomberg, plans to cut production.',
      'reported', 'Apple, according to Bloomberg, plans to cut production', 'Bloomberg', 'claims/en/source-phrase'],
    ['en per the WHO', 'en', 'Yersinia pestis, per the WHO, is often found in small mammals and their fleas.',
      'reported', 'is often found in small mammals and their fleas', 'WHO', 'claims/en/source-phrase'],
    ['en a name holding "and"', 'en', 'The Department of Health and Human Services said it had conducted investigations.',
      'reported', 'it had conducted investigations', '=The Department of Health and Human Services', 'claims/en/verb-complement'],
  ];
  const specs: ActorSpec[][] = [
    [{ name: 'Apple', kind: 'organization' }, { name: 'Bloomberg', kind: 'organization' }],
    [{ name: 'WHO', kind: 'organization' }],
    [{ name: 'Department of Health and Human Services', kind: 'government' }],
  ];
  test.each(rows.map((r, i) => [...r, specs[i]!] as [...Row, ActorSpec[]]))('%s', (_name, lang, text, modality, evidence, attribution, ruleId, actors) => {
    expectClaim(text, claimsOf(lang, text, actors), modality, evidence, attribution, ruleId);
  });
});
