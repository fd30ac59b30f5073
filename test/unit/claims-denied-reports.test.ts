/**
 * Denied reports: a subject that denies, dismisses or rejects reports, claims, allegations or rumours that P — "The
 * Kremlin denied reports that Putin was ill", « Le Kremlin a démenti les informations selon lesquelles Poutine serait
 * malade » — denies P: the claim is P, `denied`, attributed to the subject (the gold rule: denied wins over a named
 * source and over a hedge). « selon lesquelles », "according to which" open the content of a report noun and name no
 * source. Table-driven, EN and FR (claims/<lang>/denial-reject-claim, claims/<lang>/denial-report-content).
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

/** [name, language, text, modality, evidence, attribution ("=…": exact, else a substring; null: none), rule id] */
type Row = [string, Language, string, Modality, string, string | null, string];

describe('claims (denied reports): should find', () => {
  const rows: Row[] = [
    ['en denied reports that', 'en', 'The Kremlin denied reports that Putin was ill.',
      'denied', 'Putin was ill', '=The Kremlin', 'claims/en/denial-reject-claim'],
    ['en denied the reports that', 'en', 'The Kremlin denied the reports that Putin was ill.',
      'denied', 'Putin was ill', '=The Kremlin', 'claims/en/denial-reject-claim'],
    ['en denies allegations that', 'en', 'The company denies allegations that it bribed officials in Nigeria.',
      'denied', 'it bribed officials in Nigeria', '=The company', 'claims/en/denial-reject-claim'],
    ['en dismissed rumours that', 'en', 'The club dismissed rumours that its coach would resign.',
      'denied', 'its coach would resign', '=The club', 'claims/en/denial-reject-claim'],
    ['en denied rumors to the effect that', 'en', 'The bank denied rumors to the effect that it was running out of cash.',
      'denied', 'it was running out of cash', '=The bank', 'claims/en/denial-reject-claim'],
    ['fr a démenti les informations selon lesquelles', 'fr', 'Le Kremlin a démenti les informations selon lesquelles Poutine serait malade.',
      'denied', 'Poutine serait malade', '=Le Kremlin', 'claims/fr/denial-reject-claim'],
    ['fr a démenti l’information selon laquelle', 'fr', 'Le ministère a démenti l’information selon laquelle des soldats auraient franchi la frontière.',
      'denied', 'des soldats auraient franchi la frontière', '=Le ministère', 'claims/fr/denial-reject-claim'],
    ['fr a rejeté les accusations selon lesquelles', 'fr', "L'armée a rejeté les accusations selon lesquelles elle aurait bombardé l'hôpital.",
      'denied', "elle aurait bombardé l'hôpital", "=L'armée", 'claims/fr/denial-reject-claim'],
    ['fr réfute les rumeurs voulant que', 'fr', 'Le club réfute les rumeurs voulant que son entraîneur démissionne.',
      'denied', 'son entraîneur démissionne', '=Le club', 'claims/fr/denial-reject-claim'],
    ['fr dément l’idée commune selon laquelle (gap of modifiers)', 'fr', 'Cette étude dément radicalement l’idée commune selon laquelle les migrants choisissent leur destination.',
      'denied', 'les migrants choisissent leur destination', '=Cette étude', 'claims/fr/denial-dementi'],
    // a relative subject after a gap word (« ce qui dément ») left an inverted span and threw
    ['fr ce qui dément l’idée selon laquelle', 'fr', 'Les Balkans ont des taux de fécondité très bas, ce qui dément donc l’idée selon laquelle les pays féconds vont se déverser en Europe.',
      'denied', 'les pays féconds vont se déverser en Europe', '', 'claims/fr/denial-dementi'],
    ['fr a nié que', 'fr', 'Le Kremlin a nié que Poutine soit malade.',
      'denied', 'Poutine soit malade', '=Le Kremlin', 'claims/fr/denial-dementi'],
  ];
  test.each(rows)('%s', (_name, lang, text, modality, evidence, attribution, ruleId) => {
    const claims = claimsOf(lang, text);
    expectClaim(text, claims, modality, evidence, attribution, ruleId);
    // one claim: the denial, not a report of the denied noun
    expect(claims).toHaveLength(1);
  });
});

describe('claims (report content openers): no source', () => {
  test('fr « selon lesquelles » names no source: a hedged claim without attribution', () => {
    const text = 'Le journal a publié des informations selon lesquelles le ministre aurait menti.';
    const claims = claimsOf('fr', text);
    expect(claims.map((k) => k.ruleId)).not.toContain('claims/fr/source-phrase');
    expect(claims.every((k) => !/selon/u.test(k.attribution ?? ''))).toBe(true);
  });
  test('fr « selon le ministère » is still a source', () => {
    const text = "Selon le ministère, l'armée a bombardé l'hôpital.";
    expectClaim(text, claimsOf('fr', text), 'reported', "l'armée a bombardé l'hôpital", '=Selon le ministère', 'claims/fr/source-phrase');
  });
  test('en "according to which" names no source', () => {
    const text = 'The paper published a report according to which the minister had lied to parliament.';
    expect(claimsOf('en', text).map((k) => k.ruleId)).not.toContain('claims/en/source-phrase');
  });
});
