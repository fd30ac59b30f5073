/**
 * claims/en/apposed-participle: a reporting participle set off by commas with only a time after it ("The deal, announced on
 * Friday, ends months of speculation") describes the noun before it and reports nothing; the same verb with an object stays a
 * report. Seen on a business probe (an agreement mentioned again in an apposition).
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
