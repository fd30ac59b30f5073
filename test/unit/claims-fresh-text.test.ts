/**
 * claims/en/apposed-participle: a reporting participle set off by commas with only a time after it ("The deal, announced on
 * Friday, ends months of speculation") describes the noun before it and reports nothing; the same verb with an object stays a
 * report. Seen on a business probe (an agreement mentioned again in an apposition). And claims/<lang>/hedged-promise: a hedge
 * adverb of the article's voice before a plan ("Boeing reportedly plans to …", « Renault a apparemment promis de … ») makes a
 * hedged claim, not the subject's own report.
 */
import { claimsOf, expectClaim } from '../helpers/extractors.js';

describe('claims: apposed participle', () => {
  test('en "The deal, announced on Friday, ends …" is no claim', () => {
    expect(claimsOf('en', 'The deal, announced on Friday, ends months of speculation about the wind farm.')).toEqual([]);
  });
  test('en "The merger, unveiled last week, creates …" is no claim', () => {
    expect(claimsOf('en', 'The merger, unveiled last week, creates the largest bank in the country.').filter((c) => c.modality === 'reported')).toEqual([]);
  });
  test('en "The company announced on Friday that …" is still a report', () => {
    const text = 'The company announced on Friday that it would cut 2,000 jobs.';
    expectClaim(text, claimsOf('en', text), 'reported', 'it would cut 2,000 jobs', '=The company', 'claims/en/verb-complement');
  });
});

describe('claims: hedged promise', () => {
  test('en "Boeing reportedly plans to cut 10,000 jobs" is hedged, not Boeing\'s report', () => {
    const text = 'Boeing reportedly plans to cut 10,000 jobs.';
    const claims = claimsOf('en', text, [{ name: 'Boeing', kind: 'organization' }]);
    expect(claims.filter((c) => c.modality === 'reported')).toEqual([]);
    expectClaim(text, claims, 'hedged', 'Boeing reportedly plans to cut 10,000 jobs', null, 'claims/en/hedge-word');
  });
  test('fr « Renault a apparemment promis de maintenir l\'usine » is hedged', () => {
    const text = 'Renault a apparemment promis de maintenir l\'usine de Flins.';
    const claims = claimsOf('fr', text, [{ name: 'Renault', kind: 'organization' }]);
    expect(claims.filter((c) => c.modality === 'reported')).toEqual([]);
    expectClaim(text, claims, 'hedged', 'Renault a apparemment promis de maintenir l\'usine de Flins', null, 'claims/fr/hedge-word');
  });
  test('en "Boeing plans to cut 10,000 jobs" stays Boeing\'s report', () => {
    const text = 'Boeing plans to cut 10,000 jobs.';
    expectClaim(text, claimsOf('en', text, [{ name: 'Boeing', kind: 'organization' }]), 'reported', 'to cut 10,000 jobs', '=Boeing', 'claims/en/promise');
  });
});
