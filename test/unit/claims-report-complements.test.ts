/**
 * Complements of reports that news writes without "that"/« que » after an adjunct: a time or message adjunct before an
 * English zero complement ("Baxter said in March it had been in discussions…"), a French infinitive complement after a
 * time word (« Vivendi a déclaré samedi ne pas avoir l'intention… »), the subject of a participle after its main clause
 * ("The US welcomed the exchange, saying the hostages had suffered…"), and "stands accused of" among the unsourced
 * accusations. Table-driven, real sentences.
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

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
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(claimsOf(lang, text)).toEqual([]);
  });
});
