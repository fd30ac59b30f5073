/**
 * HTML → main text and metadata: paragraph boundaries, clean-up of
 * boilerplate (EN and FR), fallback, metadata sources and their guards.
 */
import { readFileSync } from 'node:fs';
import { parseHtml, looksLikeHtml, domShape, markupDepth, deepMarkupText, MAX_MARKUP_DEPTH } from '../../src/input/html.js';
import { blockText } from '../../src/input/blocks.js';
import { filterLines, isBoilerplateElement } from '../../src/input/cleanup.js';
import { cleanAuthors, normaliseDate, stripSiteSuffix, languageCode } from '../../src/input/metadata.js';
import { parseHTML } from 'linkedom';

const NOW = new Date('2026-11-30T12:00:00Z');

/** A page whose article body Readability will pick: several long paragraphs. */
function page(body: string, head = '', htmlAttrs = ''): string {
  const filler = [
    'The agreement was signed on Tuesday after months of negotiations between the two companies, officials said in a statement released to the press.',
    'Under the terms of the deal, the buyer will pay 42 dollars per share in cash, a premium of about 30 percent over the closing price on Monday.',
    'Analysts said the transaction would face a lengthy review by competition authorities in Europe and the United States before it can close.',
  ].map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html ${htmlAttrs}><head>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${body}${filler}</article><footer>© 2026 Example Media. All rights reserved.</footer></body></html>`;
}

const el = (html: string) => (parseHTML(`<html><body>${html}</body></html>`).document.body!.firstChild as unknown as Parameters<typeof isBoilerplateElement>[0]);

describe('blockText: paragraph boundaries', () => {
  test.each([
    ['<div><p>Pentagone</p><p>OpenAI</p></div>', 'Pentagone\n\nOpenAI'],
    ['<div>Pentagone<div>OpenAI</div></div>', 'Pentagone\n\nOpenAI'],
    ['<ul><li>Paris</li><li>Lyon</li></ul>', 'Paris\n\nLyon'],
    ['<h2>Titre</h2>Texte libre', 'Titre\n\nTexte libre'],
    ['<p>Le <em>Monde</em> a <a href="#">écrit</a>.</p>', 'Le Monde a écrit.'],
    ['<p>sur<b>nom</b>mé</p>', 'surnommé'],
    ['<p>line one<br>line two</p>', 'line one\nline two'],
    ['<table><tr><td>Q1</td><td>4%</td></tr><tr><td>Q2</td><td>5%</td></tr></table>', 'Q1 4%\n\nQ2 5%'],
    ['<p>  spaced \n\t out  </p>', 'spaced out'],
    ['<p>kept</p><script>var x = "not text";</script><style>p{}</style>', 'kept'],
  ])('%s', (html, want) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(blockText(document.body as never)).toBe(want);
  });

  test('10 000 nested elements do not overflow the stack', () => {
    const html = `${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`;
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(blockText(document.body as never)).toBe('deep text');
  });
});

describe('clean-up: boilerplate elements', () => {
  test.each([
    ['<figcaption>Photo: AFP</figcaption>', true],
    ['<div class="article-caption">x</div>', true],
    ['<div class="share_bar">x</div>', true],
    ['<div id="newsletter-signup">x</div>', true],
    ['<ul class="related-stories">x</ul>', true],
    ['<div class="ad-slot">x</div>', true],
    ['<form>x</form>', true],
    ['<p hidden>x</p>', true],
    ['<div class="article-body">x</div>', false],
    ['<div class="no_caption image">x</div>', false],
    ['<div class="shared-content">x</div>', false],
    ['<div class="header-padding">x</div>', false],
    ['<p>plain</p>', false],
  ])('%s → %s', (html, want) => {
    expect(isBoilerplateElement(el(html))).toBe(want);
  });
});

describe('clean-up: boilerplate lines (EN, FR, DE)', () => {
  const dropped = [
    'Advertisement', 'Publicité', 'ADVERTISEMENT',
    '(Graphic: World FX rates tmsnrt.rs/2egbfVh)',
    'Image copyright Getty Images',
    'Read more: The 10 best places to live',
    'Lire aussi : La réforme des retraites en cinq questions',
    'À lire aussi La crise du logement',
    'Sign up for our daily newsletter',
    'Inscrivez-vous à notre newsletter',
    'Abonnez-vous pour lire la suite',
    'Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.',
    'La suite est réservée aux abonnés. Déjà abonné ? Se connecter',
    'This article is for subscribers only.',
    'Continue reading the main story',
    'Share this article', 'Partager',
    'Follow us on Twitter @example',
    'Crédits photos : Bestimage',
    'Image 1 of 5',
    '(Image credit: Blue Origin)',
    'Scooter Braun and Scott Borchetta pose for a photo on June 28, 2019. (Photo by Kevin Mazur/Getty Images)',
    'Roman Prymula, photo: Archives du Gouvernement tchèque',
    'Permalien https://p.dw.com/p/RPYx',
    'Audios et vidéos sur le sujet',
    'Reporting by Jane Doe; Editing by John Roe',
    '(Reporting by Greg Roumeliotis, editing by Martin Howell.)',
    'Copyright @ 2019 The New Arab.', '© AFP',
    'You may also like', 'Loading content ...', 'Les plus lus',
    'Order Reprints', 'Print Article', 'Text size', 'Imprimer',
    'Published November 20th, 2019 - 07:29 GMT', 'Publié le 18 novembre 2019 à 14h05',
    'November 18, 2019', '18 novembre 2019', 'Monday, Nov. 18, 2019 at 9:30 a.m. EST',
    'Write to Al Root at allen.root@dowjones.com',
    'smithsonian.com', 'paul.takahashi@chron.com',
    'Fox News’ Jessica Napoli contributed to this report.',
    'By Matthew Digby on Monday, November 18th, 2019 at 11:08 a.m.',
  ];
  const kept = [
    'The company said the share deal would be advertised next week.',
    'Le ministre a partagé son analyse avec les syndicats.',
    'Sign language interpreters will be present, the mayor said.',
    'He said: "Read more books." The crowd laughed.',
    'The photo agency AFP said it would appeal.',
    'Related parties must disclose the transaction, the regulator said.',
    'Le gouvernement a publié une vidéo sur le sujet des retraites mardi, a indiqué le porte-parole à la presse.',
    'Subscribers rose 4% to 2.1 million, Netflix said.',
    'Copyright infringement claims rose 4% in 2023, the office said.',
    'Published in 2019, the study of 40,000 patients found that the drug cut deaths by a third.',
    'November 18, 2019 was the day the board voted.',
    'By 2030, the company plans to cut emissions by half.',
    'Le 18 novembre 2019, le conseil a voté la fusion.',
  ];
  test.each(dropped)('dropped: %s', (line) => {
    expect(filterLines(`Before.\n\n${line}\n\nAfter.`)).toBe('Before.\n\nAfter.');
  });
  test.each(kept)('kept: %s', (line) => {
    expect(filterLines(`Before.\n\n${line}\n\nAfter.`)).toBe(`Before.\n\n${line}\n\nAfter.`);
  });
});

describe('parseHtml: main text', () => {
  test('article paragraphs, no navigation or footer, blocks never glued', () => {
    const r = parseHtml(page('<h1>Deal agreed</h1><p>Pentagone</p><p>OpenAI</p>'), { now: NOW });
    expect(r.method).toBe('readability');
    expect(r.text).toContain('Pentagone\n\nOpenAI');
    expect(r.text).not.toContain('PentagoneOpenAI');
    expect(r.text).not.toContain('All rights reserved');
    expect(r.text).not.toMatch(/\bHome\b/);
  });

  // Readability replaces a <div> holding one paragraph by that paragraph, class and all: the boxes are marked before it runs
  test.each([
    ['class "ad"', '<div class="ad"><p>Acme Corp said sales rose 20%.</p></div>'],
    ['class "ad-slot advertisement"', '<div class="ad-slot advertisement"><p>Acme Corp said sales rose 20%.</p></div>'],
    ['id "ad-container-1"', '<div id="ad-container-1"><p>Acme Corp said sales rose 20%.</p></div>'],
    ['an ad server\'s attribute', '<div data-ad-slot="x"><p>Acme Corp said sales rose 20%.</p></div>'],
    ['class "sponsored-content"', '<div class="sponsored-content"><p>Acme Corp said sales rose 20%.</p></div>'],
    ['class "newsletter-signup"', '<div class="newsletter-signup"><p>Get our newsletter. Acme Corp said sales rose 20%.</p></div>'],
    ['text right in the box', '<div class="advertisement">Acme Corp said sales rose 20%.</div>'],
  ])('an advertisement or prompt box between paragraphs is removed: %s', (_label, box) => {
    const r = parseHtml(page(`<h1>Deal agreed</h1><p>Nvidia reported on Wednesday that its revenue rose 94% to $39.3 billion.</p>${box}<p>Shares of the chipmaker fell 2.5% in after-hours trading.</p>`), { now: NOW });
    expect(r.method).toBe('readability');
    expect(r.text).not.toContain('Acme');
    expect(r.text).toContain('Nvidia reported on Wednesday');
    expect(r.text).toContain('Shares of the chipmaker fell 2.5%');
  });

  test('a wrapper class naming ads or a paywall around the article itself keeps the article', () => {
    const long = Array.from({ length: 20 }, (_, i) => `<p>Paragraph ${i + 1}: the regulator said the merger would be reviewed in depth by its staff over the coming months, officials said.</p>`).join('');
    // "ads-enabled" on the main column, and "paywall" on the subscribers' part (Dow Jones pages)
    for (const wrap of ['<div class="main ads-enabled">', '<div class="paywall">']) {
      const r = parseHtml(page(`<h1>Merger review</h1>${wrap}${long}</div>`), { now: NOW });
      expect(r.text).toContain('Paragraph 1: the regulator');
      expect(r.text).toContain('Paragraph 20: the regulator');
    }
  });

  test('captions, share bars and related lists inside the article are removed', () => {
    const body = '<figure><img src="a.jpg"><figcaption>The CEO in Paris. Photo: Reuters</figcaption></figure>'
      + '<div class="share-tools"><a>Facebook</a><a>Twitter</a></div>'
      + '<p>(Graphic: Asian stock markets tmsnrt.rs/2zpUAr4)</p>'
      + '<aside><h3>Related</h3><ul><li>Another story about mergers</li></ul></aside>';
    const r = parseHtml(page(body), { now: NOW });
    for (const gone of ['The CEO in Paris', 'Facebook', 'Graphic:', 'Another story about mergers']) expect(r.text).not.toContain(gone);
    expect(r.text).toContain('42 dollars per share');
  });

  test('falls back to the body when Readability finds no article', () => {
    const r = parseHtml('<html><body><nav>Menu</nav><div>Short note: the board met on Monday and approved the budget of the city for next year, the clerk said.</div></body></html>', { now: NOW });
    expect(r.text).toBe('Short note: the board met on Monday and approved the budget of the city for next year, the clerk said.');
  });

  test('the lead (meta description shown above the body) is kept', () => {
    const lead = 'Le gouvernement a présenté mardi un plan de 2 milliards d’euros pour soutenir les agriculteurs touchés par la sécheresse.';
    const html = `<html lang="fr"><head><meta name="description" content="${lead}"></head><body><h2 class="chapo">${lead}</h2><div>Court texte.</div></body></html>`;
    expect(parseHtml(html, { now: NOW }).text.startsWith(lead)).toBe(true);
  });

  test('table layouts: the narrow sidebar column is not article text', () => {
    const article = Array.from({ length: 4 }, (_, i) => `<p>Paragraphe ${i + 1} : la durée légale du travail salarié est de 35 heures par semaine depuis 2002, rappelle l’Insee dans une étude publiée mardi.</p>`).join('');
    const html = `<html lang="fr"><body><table><tr><td width="136"><b>Hors-série n° 72</b><br>7,65 euros, port inclus</td><td width="540">${article}</td></tr></table></body></html>`;
    const r = parseHtml(html, { now: NOW });
    expect(r.text).toContain('Paragraphe 4');
    expect(r.text).not.toContain('Hors-série');
    const data = '<html><body><table><tr><td width="80">Q1</td><td width="80">4 %</td></tr></table>' + article + '</body></html>';
    expect(parseHtml(data, { now: NOW }).text).toContain('Paragraphe 1');
  });

  test('link-only lists and capitalised link teasers are dropped; prose lists stay', () => {
    const body = '<p>Analysts listed three risks:</p><ul><li>higher rates in Europe</li><li>a weaker dollar</li></ul>'
      + '<ul><li><a href="/a">15 Amazing Images of Stars</a></li><li><a href="/b">Dark matter questions</a></li></ul>'
      + '<p><a href="/c">TAYLOR SWIFT CLEARED TO PERFORM AT THE AMAS</a></p>';
    const r = parseHtml(page(body), { now: NOW });
    expect(r.text).toContain('higher rates in Europe\n\na weaker dollar');
    expect(r.text).not.toContain('Amazing Images');
    expect(r.text).not.toContain('TAYLOR SWIFT');
  });

  test('10 000 nested elements skip Readability and use the linear fallback', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}Le texte profond est bien là, dit le rapport publié mardi par le ministère de l’Intérieur à Paris.${'</div>'.repeat(10_000)}</body></html>`;
    const r = parseHtml(html, { now: NOW });
    expect(r.method).toBe('fallback');
    expect(r.text).toBe('Le texte profond est bien là, dit le rapport publié mardi par le ministère de l’Intérieur à Paris.');
  });

  test('never throws on broken markup', () => {
    for (const html of ['', '<', '<html><body><p>unclosed <b>bold', '<<<>>>', '<table><td>x</tr></p></div>', '\u0000<p>nul</p>']) {
      expect(() => parseHtml(html, { now: NOW })).not.toThrow();
    }
  });
});

describe('parseHtml: metadata', () => {
  const head = `
    <title>Rates rise again - The Daily Planet</title>
    <meta property="og:site_name" content="The Daily Planet">
    <meta property="article:published_time" content="2026-03-04T08:30:00+01:00">
    <meta property="article:modified_time" content="2026-03-05T10:00:00Z">
    <meta name="author" content="By Lois Lane and Clark Kent">
    <link rel="canonical" href="/business/rates">`;

  test('meta tags: title without suffix, dates apart, authors cleaned, canonical resolved', () => {
    const r = parseHtml(page('<p>Body.</p>', head, 'lang="en-GB"'), { now: NOW, url: 'https://planet.example/x?utm=1' });
    expect(r).toMatchObject({
      title: 'Rates rise again',
      published: '2026-03-04T08:30:00+01:00',
      modified: '2026-03-05T10:00:00Z',
      authors: ['Lois Lane', 'Clark Kent'],
      siteName: 'The Daily Planet',
      language: 'en',
      canonicalUrl: 'https://planet.example/business/rates',
    });
  });

  test('JSON-LD wins; Organization authors are not people', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'La BCE relève ses taux', datePublished: '2026-06-12', author: [{ '@type': 'Person', name: 'Marie Dupont' }, { '@type': 'Organization', name: 'AFP' }], publisher: { '@type': 'Organization', name: 'Le Quotidien' }, inLanguage: 'fr-FR' }] };
    const r = parseHtml(page('<p>Corps.</p>', `<script type="application/ld+json">${JSON.stringify(ld)}</script><title>Autre titre | Le Quotidien</title>`), { now: NOW });
    expect(r).toMatchObject({ title: 'La BCE relève ses taux', published: '2026-06-12', authors: ['Marie Dupont'], siteName: 'Le Quotidien', language: 'fr' });
  });

  test('a meta date the calendar lacks does not hide a good date in the next tag (re-trial)', () => {
    const head = '<meta property="article:published_time" content="2024-02-30T10:00:00Z"><meta name="pubdate" content="2024-02-28">';
    expect(parseHtml(page('<p>Corps.</p>', head), { now: NOW }).published).toBe('2024-02-28');
  });

  test('character references in JSON-LD strings are decoded (trial: "L&#x27;UE adopte…" was the title)', () => {
    const ld = { '@type': 'NewsArticle', headline: 'L&#x27;UE adopte le texte sur l&rsquo;IA', author: { '@type': 'Person', name: 'Ana&iuml;s Martin' }, publisher: { '@type': 'Organization', name: 'AT&amp;T News' } };
    const r = parseHtml(page('<p>Corps.</p>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`), { now: NOW });
    expect(r).toMatchObject({ title: 'L\'UE adopte le texte sur l’IA', authors: ['Anaïs Martin'], siteName: 'AT&T News' });
  });

  test('a meta content escaped twice by its CMS is decoded once more (og:title "AT&amp;amp;T" is "AT&T"); a plain ampersand stays', () => {
    const head = '<meta property="og:title" content="AT&amp;amp;T buys Time Warner"><meta property="og:site_name" content="L&amp;#039;Opinion"><meta name="author" content="Ana&amp;iuml;s Martin">';
    expect(parseHtml(page('<p>Body.</p>', head), { now: NOW })).toMatchObject({ title: 'AT&T buys Time Warner', siteName: 'L\'Opinion', authors: ['Anaïs Martin'] });
    const once = '<meta property="og:title" content="Procter &amp; Gamble &amp cuts prices">';
    expect(parseHtml(page('<p>Body.</p>', once), { now: NOW }).title).toBe('Procter & Gamble & cuts prices');
  });

  test('a date later than now is never the published date; scripts are never read', () => {
    const head2 = '<meta property="article:published_time" content="2031-01-01T00:00:00Z"><script>var published = "2020-01-01";</script>';
    const r = parseHtml(page('<p><time datetime="2025-02-03">3 février 2025</time></p>', head2), { now: NOW });
    expect(r.published).toBe('2025-02-03');
    const none = parseHtml(page('<p>Body.</p>', '<script>window.datePublished = "2020-01-01"</script>'), { now: NOW });
    expect(none.published).toBeNull();
  });

  test('a byline date needs a written year ("USA TODAY" is not today)', () => {
    const body = '<div class="byline-section">Kevin Johnson and Kevin McCoy USA TODAY Published 7:07 PM EST Nov 19, 2019</div><p>Body.</p>';
    expect(parseHtml(page(body), { now: NOW }).published).toBe('2019-11-19');
    const fr = '<p class="date">Publié le 3 mars 2026 à 14 h 05</p><p>Corps.</p>';
    expect(parseHtml(page(fr), { now: NOW }).published).toBe('2026-03-03');
    const none = '<div class="timestamp">Updated today</div><p>Body.</p>';
    expect(parseHtml(page(none), { now: NOW }).published).toBeNull();
  });

  test('the site is not an author; site names lose URL dressing', () => {
    const r = parseHtml(page('<p>Body.</p>', '<meta name="author" content="BBC News"><meta property="og:site_name" content="http://www.bbc.co.uk/">'), { now: NOW });
    expect(r.authors).toEqual([]);
    expect(r.siteName).toBe('bbc.co.uk');
  });

  test('og:locale gives the language when <html lang> is absent', () => {
    expect(parseHtml(page('<p>x</p>', '<meta property="og:locale" content="fr_FR">'), { now: NOW }).language).toBe('fr');
    expect(parseHtml(page('<p>x</p>'), { now: NOW }).language).toBeNull();
  });
});

describe('metadata helpers', () => {
  test.each([
    ['Obama admits US gun laws are his biggest frustration - BBC News', 'BBC News', null, 'Obama admits US gun laws are his biggest frustration'],
    ['Un troisième Français mort dans le séisme au Népal - Libération', 'Libération', null, 'Un troisième Français mort dans le séisme au Népal'],
    ['Facebook Is Tracking Me | American Civil Liberties Union', null, 'www.aclu.org', 'Facebook Is Tracking Me'],
    ["Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!", 'TMZ', null, "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"],
    ['Paris - Lyon : le TGV rétabli', 'SNCF', null, 'Paris - Lyon : le TGV rétabli'],
  ])('stripSiteSuffix(%j)', (title, site, host, want) => {
    expect(stripSiteSuffix(title, site, host)).toBe(want);
  });

  test.each([
    [['By Jane Doe and John Roe | Nov. 19, 2019'], ['Jane Doe', 'John Roe']],
    [['Par Marie Dupont et Jean Martin'], ['Marie Dupont', 'Jean Martin']],
    [['Jane Doe, jane@example.com'], ['Jane Doe']],
    [['https://www.facebook.com/janedoe'], []],
    [['Jane Doe', 'jane doe'], ['Jane Doe']],
    [['Martin Untersinger (avec Damien Leloup et Morgane Tual)'], ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    [['Auteur: Anna Kubišta'], ['Anna Kubišta']],
    [['Paul Takahashi, Staff writer'], ['Paul Takahashi']],
    [['The Russian and Syrian defense ministries'], []],
    [['Our Foreign Staff'], []],
    [['Ursula von der Leyen'], ['Ursula von der Leyen']],
    [['Deutsche Welle (www.dw.com)'], ['Deutsche Welle']],
    [['By Jane Doe, Reuters'], ['Jane Doe']],
    [['Par Anne Martin, AFP'], ['Anne Martin']],
    [['Jane Doe, Washington'], ['Jane Doe']],
    [['Jane Doe, John Roe'], ['Jane Doe', 'John Roe']],
    [['Reuters'], []],
  ])('cleanAuthors(%j)', (raw, want) => {
    expect(cleanAuthors(raw)).toEqual(want);
  });

  test.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2015-07-24', '2015-07-24'],
    ['2015-07-24 05:36:09', '2015-07-24T05:36:09'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24T05:36:09Z'],
    ['2099-01-01', null],
    // a day the calendar lacks (trial: article:published_time "2024-02-30T10:00:00Z" was output as is)
    ['2024-02-30T10:00:00Z', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['30 February 2024', null],
    ['yesterday-ish', null],
    ['', null],
  ])('normaliseDate(%j)', (raw, want) => {
    expect(normaliseDate(raw, NOW)).toBe(want);
  });

  test.each([['fr-FR', 'fr'], ['en_US', 'en'], ['DE', 'de'], ['x-klingon', null], [null, null]])('languageCode(%j)', (tag, want) => {
    expect(languageCode(tag)).toBe(want);
  });
});

test('domShape counts elements and depth', () => {
  const { document } = parseHTML('<html><body><div><p>a<b>b</b></p></div><p>c</p></body></html>');
  // html, body, div, p, b, p; depth counted from the document node (html = 1, b = 5)
  expect(domShape(document as never)).toEqual({ elements: 6, depth: 5 });
});

describe('looksLikeHtml', () => {
  test.each([
    ['<!DOCTYPE html><html>', true],
    ['  <html lang="fr">', true],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', true],
    ['<p>Un paragraphe.</p>', true],
    ['Le PDG a dit : « 3 < 4 ».', false],
    ['The CEO said revenue rose.', false],
  ])('%j → %s', (s, want) => {
    expect(looksLikeHtml(s)).toBe(want);
  });
});

describe('markup nested thousands deep is read as text (markupDepth, deepMarkupText)', () => {
  test.each([
    ['<html><body><div><p>a<p>b<br><img src=x></div></body></html>', 3],
    ['<ul><li>a<li>b</ul>', 1],
    ['<b><i>'.repeat(10) + 'x', 20],
    ['</div></div><div>', 1],
    // markup quoted in a comment or a raw-text element does not nest (new-user trial)
    [`<div><!-- ${'<b><i>'.repeat(50)} --></div>`, 1],
    [`<div><script>var s = "${'<b><i>'.repeat(50)}";</script><textarea>${'<span>'.repeat(9)}</textarea></div>`, 1],
    ['a < b << c <div>', 1],
  ])('markupDepth(%j) = %d', (html, want) => expect(markupDepth(html)).toBe(want));

  test('an article page stays far below the limit', () => {
    const page = readFileSync(new URL('../../fixtures/html/en/readability-aclu/source.html', import.meta.url), 'utf8');
    expect(markupDepth(page)).toBeLessThan(MAX_MARKUP_DEPTH / 10);
  });

  test('text of tags removed, blocks on their own line, script/style/comments skipped, references decoded', () => {
    const d = deepMarkupText('<html><head><title>T &amp; U</title><style>p{}</style></head><body><!-- <p>no</p> --><p>Apple &eacute;tait<b> là</b></p><script>var x="<p>";</script><div>Deux&nbsp;mots</div></body></html>');
    expect(d).toEqual({ title: 'T & U', text: 'Apple était là\n\nDeux mots' });
  });

  test('100 000 unclosed <b><i> pairs (600 KB) give their text without a DOM', () => {
    const html = `<html><body>${'<b><i>'.repeat(100_000)}Apple rose 5%.</body></html>`;
    const doc = parseHtml(html);
    expect(doc.text).toBe('Apple rose 5%.');
    expect(doc.method).toBe('fallback');
  });
});
