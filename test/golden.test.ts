/**
 * Golden article fixtures: fixtures/articles/<slug>/article.txt with the
 * expected output in expected.json (regenerate with UPDATE_FIXTURES=1 after
 * a reviewed change), one test per fact kind, plus the span invariant over
 * every fact and mention of every fixture.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import { FACT_KINDS, type FactexResult, type Span } from '../src/types.js';

const ROOT = 'fixtures/articles';
const slugs = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'article.txt'))).sort();
const update = process.env.UPDATE_FIXTURES === '1';

function run(slug: string): { text: string; result: FactexResult } {
  const text = readFileSync(join(ROOT, slug, 'article.txt'), 'utf8');
  const result = extract(text, { source: { type: 'file', location: `${ROOT}/${slug}/article.txt` } });
  return { text, result };
}

/** Every span of a result: evidence of each fact and each actor mention. */
export function allSpans(result: FactexResult): Span[] {
  const spans: Span[] = [];
  for (const a of result.actors) spans.push(...a.mentions);
  for (const k of ['contracts', 'restrictions', 'metrics', 'quotes', 'claims'] as const) for (const f of result[k]) spans.push(f.evidence);
  return spans;
}

test('there are golden fixtures in both languages', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(6);
  const langs = new Set(slugs.map((s) => run(s).result.document.language));
  expect([...langs].sort()).toEqual(['en', 'fr']);
});

describe.each(slugs)('fixture %s', (slug) => {
  const { text, result } = run(slug);
  const expectedPath = join(ROOT, slug, 'expected.json');
  if (update) writeFileSync(expectedPath, JSON.stringify(result, null, 2) + '\n');
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as FactexResult) : null;

  test('every span slices its text out of the document', () => {
    const spans = allSpans(result);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('document metadata', () => {
    expect(result.document).toEqual(expected?.document);
  });

  test.each(FACT_KINDS)('%s match expected.json', (kind) => {
    expect(expected).not.toBeNull();
    expect(result[kind]).toEqual(expected![kind]);
  });
});
