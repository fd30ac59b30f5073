/**
 * HTML written without its `<html>`, `<head>` or `<body>` tags (fragments,
 * content outside the body): read as a browser shows it, with the elements
 * the HTML spec implies (src/input/implied.ts). Each shape, in English and
 * French, must give the paragraph's text and its metric; a page with no
 * text at all must say so in `warnings`.
 */
import { extract } from '../../src/extract.js';
import { parseHtml } from '../../src/input/html.js';
import { hasSpecShape, specDocument } from '../../src/input/implied.js';
import type { DomNode } from '../../src/input/blocks.js';
import type { FactexResult } from '../../src/types.js';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { tokenF1 } from '../helpers/token-f1.js';

/** One sentence per language, with the metric it must give. */
const SENTENCES = [
  { lang: 'en', text: 'Apple rose 5%.', metric: { value: 5, unit: '%', change: 'increase', subject: 'Apple' } },
  { lang: 'fr', text: 'Les ventes de Renault ont augmenté de 5 %.', metric: { value: 5, unit: '%', change: 'increase', subject: 'ventes de Renault' } },
] as const;

/** Page shapes that lack a piece of the `<html><head></head><body></body></html>` frame; `P` is the paragraph. */
const SHAPES: ReadonlyArray<readonly [string, (p: string) => string]> = [
  ['bare paragraph', (p) => `<p>${p}</p>`],
  ['body only', (p) => `<body><p>${p}</p></body>`],
  ['doctype, no html', (p) => `<!DOCTYPE html><p>${p}</p>`],
  ['doctype and html, no body', (p) => `<!DOCTYPE html><html><p>${p}</p></html>`],
  ['div', (p) => `<div><p>${p}</p></div>`],
  ['article', (p) => `<article><p>${p}</p></article>`],
  ['head then paragraph, no body', (p) => `<head><title>T</title></head><p>${p}</p>`],
  ['html with head, no body', (p) => `<html><head><title>T</title></head><p>${p}</p></html>`],
  ['paragraph between head and body', (p) => `<html><head></head><p>${p}</p><body></body></html>`],
  ['paragraph after </body>', (p) => `<html><body></body><p>${p}</p></html>`],
  ['paragraph after </html>', (p) => `<html><body></body></html><p>${p}</p>`],
  ['text before <html>', (p) => `${p}<html><body></body></html>`],
  ['paragraph written inside <head>', (p) => `<html><head><title>T</title><p>${p}</p></head><body></body></html>`],
];

const ROWS = SHAPES.flatMap(([shape, make]) => SENTENCES.map((s) => [shape, s.lang, make(s.text), s] as const));

const metricsOf = (r: FactexResult) => r.metrics.map((m) => ({ value: m.value, unit: m.unit, change: m.change, subject: m.subject }));

describe('fragments give their text and facts (auto-detected HTML, as the CLI reads a file)', () => {
  test.each(ROWS)('%s (%s): %s', (_shape, lang, html, s) => {
    const r = extract(html, { includeText: true, format: 'html' });
    expect(r.document.format).toBe('html');
    expect(r.document.text).toBe(s.text);
    expect(r.document.language).toBe(lang);
    expect(metricsOf(r)).toEqual([s.metric]);
    expect(r.warnings).toEqual([]);
  });

  test.each(SHAPES.slice(0, 7))('%s is recognised as HTML without --format', (_shape, make) => {
    const r = extract(make('Apple rose 5%.'), { includeText: true });
    expect(r.document.format).toBe('html');
    expect(r.document.text).toBe('Apple rose 5%.');
  });

  test('the title of a head without body is read; paragraphs stay apart', () => {
    const page = parseHtml(`<head><title>Résultats</title></head><p>Les ventes de Renault ont augmenté de 5 %.</p><p>Apple rose 5%.</p>`);
    expect(page.title).toBe('Résultats');
    expect(page.text).toBe('Les ventes de Renault ont augmenté de 5 %.\n\nApple rose 5%.');
  });

  test('<html lang> of a page without body still gives the language', () => {
    const r = extract('<html lang="fr"><p>Apple rose 5%.</p></html>', { includeText: true });
    expect(r.document.language).toBe('fr');
    expect(r.document.text).toBe('Apple rose 5%.');
  });

  test('a long fragment (Readability picks the article) keeps every paragraph', () => {
    const paras = Array.from({ length: 30 }, (_, i) => `Le chiffre d'affaires a progressé de ${i + 1} % au trimestre numéro ${i + 1}, selon le rapport annuel publié mardi par la direction.`);
    const page = parseHtml(`<article>${paras.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(page.text).toBe(paras.join('\n\n'));
  });
});

describe('real article fragments: the Readability test pages\' expected.html (a <div> of the article, no <html>/<body>)', () => {
  test.each([
    ['en/readability-aclu', 0.99],
    ['en/readability-seattletimes-1', 0.99],
    ['fr/readability-lemonde-1', 0.99],
  ])('%s: the text matches expected.txt (token F1 ≥ %s)', (dir, min) => {
    const html = readFileSync(`fixtures/html/${dir}/expected.html`, 'utf8');
    const text = parseHtml(html).text;
    expect(tokenF1(text, readFileSync(`fixtures/html/${dir}/expected.txt`, 'utf8')).F1).toBeGreaterThanOrEqual(min);
  });
});

describe('hasSpecShape: when linkedom already has the tree a browser builds', () => {
  test.each([
    ['<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>', true],
    ['<html><body><p>x</p></body></html>', true],
    ['<!-- c --><html>\n<head><meta charset="utf-8"><script>1</script></head>\n<body>x</body>\n</html>\n', true],
    ['<html><head><noscript><img src="a"></noscript></head><body>x</body></html>', true],
    ['<p>x</p>', false],
    ['<body><p>x</p></body>', false],
    ['<!DOCTYPE html><p>x</p>', false],
    ['<html><p>x</p></html>', false],
    ['<html><head></head></html>', false],
    ['<html><body></body></html><p>after</p>', false],
    ['<html><body></body>after</html>', false],
    ['x<html><body></body></html>', false],
    ['<html><head><div>x</div></head><body></body></html>', false],
    ['<html><body></body><head></head></html>', false],
    ['', false],
  ])('%j → %s', (html, want) => {
    expect(hasSpecShape(parseHTML(html).document as unknown as DomNode)).toBe(want);
  });

  test('a fragment nested deeper than parse5 can serialise (5 000 <div>, no <html>/<body>) still gives its text and facts', () => {
    const html = `${'<div>'.repeat(5000)}Apple shares rose 5% on Monday.${'</div>'.repeat(5000)}`;
    expect(specDocument(html)).toBe(`<html><head></head><body>${html}</body></html>`);
    const r = extract(html, { format: 'html', includeText: true });
    expect(r.document.text).toContain('Apple shares rose 5% on Monday.');
    expect(r.metrics.map((m) => [m.value, m.unit])).toEqual([[5, '%']]);
  });

  test('specDocument gives the tree the spec builds, which then has the shape', () => {
    const out = specDocument('<head><title>T</title></head><p>Apple rose 5%.</p>');
    expect(out).toBe('<html><head><title>T</title></head><body><p>Apple rose 5%.</p></body></html>');
    expect(hasSpecShape(parseHTML(out).document as unknown as DomNode)).toBe(true);
    expect(specDocument('<!DOCTYPE html><html lang="fr"><p>a &amp; b</p>')).toBe('<!DOCTYPE html><html lang="fr"><head></head><body><p>a &amp; b</p></body></html>');
  });
});

describe('an HTML input without text says so in warnings', () => {
  test.each([
    ['empty, read as HTML', ''],
    ['frame only', '<html><head></head><body></body></html>'],
    ['navigation only', '<html><body><nav><a href="/">Home</a> <a href="/monde">Monde</a></nav></body></html>'],
    ['scripts and styles only', '<p><script>var x = "Apple rose 5%";</script><style>p{}</style></p>'],
  ])('%s', (_name, html) => {
    const r = extract(html, { format: 'html', includeText: true });
    expect(r.document.text).toBe('');
    expect(r.warnings).toEqual([expect.stringMatching(/^no text found in the HTML input/)]);
  });

  test('plain text never gets it, even empty; HTML with text never gets it', () => {
    expect(extract('', { format: 'text' }).warnings).toEqual([]);
    expect(extract('<p>Apple rose 5%.</p>').warnings).toEqual([]);
  });
});
