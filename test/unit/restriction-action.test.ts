import { extract } from '../../src/extract.js';

/** The action of the one restriction of `text` (a new user's trial: « TikTok en France depuis » kept the preposition). */
const actionOf = (text: string, language: 'en' | 'fr'): string[] => {
  const r = extract(text, { language });
  for (const x of r.restrictions) expect(text.slice(x.evidence.start, x.evidence.end)).toBe(x.evidence.text);
  return r.restrictions.map((x) => x.action);
};

describe('restrictions: the action ends on what is restricted, not on a dangling preposition or a date', () => {
  test.each([
    ['fr', 'Le gouvernement a interdit TikTok en France depuis lundi.', 'TikTok en France'],
    ['fr', 'Le gouvernement a interdit TikTok en France dès mardi.', 'TikTok en France'],
    ['en', 'The government banned TikTok in France since Monday.', 'TikTok in France'],
    ['en', 'The government banned TikTok in France on Monday.', 'TikTok in France'],
  ])('%s: %s', (language, text, action) => {
    expect(actionOf(text, language as 'en' | 'fr')).toEqual([action]);
  });
});
