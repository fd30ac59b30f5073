/**
 * The read-only query view over cheerio that the metadata and lead readers
 * use: selectors (case-insensitive attribute flags included), attributes,
 * text, `closest`, and deep trees that must not overflow the stack.
 */
import { queryDocument } from '../../src/input/query.js';
import { parseHtml } from '../../src/input/html.js';

describe('queryDocument', () => {
  const doc = queryDocument(
    '<!doctype html><html lang="fr-FR"><head><title>Le Pentagone &amp; OpenAI</title>'
    + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Accord"}</script>'
    + '<meta property="og:title" content="Accord signé"></head>'
    + '<body><header><p class="Chapo">En-tête</p></header><div class="Article-Date">4 mars 2026</div>'
    + '<p>Le <b>Pentagone</b><!-- note --> a signé.</p></body></html>',
  );

  it('answers selectors, with the `i` attribute flag', () => {
    expect(doc.querySelectorAll('[class*="date" i]').map((e) => e.textContent)).toEqual(['4 mars 2026']);
    expect(doc.querySelectorAll('[class*="date"]')).toHaveLength(0);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Accord signé');
    expect(doc.querySelector('nav')).toBeNull();
  });

  it('gives tag names in upper case and attribute values decoded', () => {
    expect(doc.documentElement?.tagName).toBe('HTML');
    expect(doc.documentElement?.getAttribute('LANG')).toBe('fr-FR');
    expect(doc.querySelector('title')?.textContent).toBe('Le Pentagone & OpenAI');
  });

  it('keeps script text (JSON-LD) and drops comments in textContent', () => {
    expect(JSON.parse(doc.querySelector('script[type]')!.textContent)).toEqual({ '@type': 'NewsArticle', headline: 'Accord' });
    expect(doc.querySelectorAll('p')[1]!.textContent).toBe('Le Pentagone a signé.');
  });

  it('finds the nearest matching ancestor with closest', () => {
    const chapo = doc.querySelector('.Chapo')!;
    expect(chapo.closest('header, hgroup')?.tagName).toBe('HEADER');
    expect(doc.querySelectorAll('p')[1]!.closest('header')).toBeNull();
  });

  it('reads the text of 20 000 nested elements without overflowing the stack', () => {
    const n = 20_000;
    const html = `<html><body>${'<div class="date">'.repeat(n)}le 12 mai 2012${'</div>'.repeat(n)}</body></html>`;
    const deep = queryDocument(html);
    expect(deep.querySelector('[class*="date" i]')!.textContent).toBe('le 12 mai 2012');
    expect(() => parseHtml(html, { now: new Date('2026-11-30T12:00:00Z') })).not.toThrow();
  });

  it('gives an empty document for an empty string', () => {
    const empty = queryDocument('');
    expect(empty.querySelectorAll('meta')).toEqual([]);
    expect(empty.documentElement).toBeNull();
  });
});
