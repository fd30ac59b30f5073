/**
 * HTML documents: main text and metadata.
 *
 * Main text: Mozilla Readability (the Firefox Reader View engine) over a
 * linkedom DOM picks the article element; {@link cleanArticle} then removes
 * what Readability keeps but is not article text (captions, credits, share
 * and newsletter prompts, related-story lists); {@link blockText} turns the
 * element into paragraphs separated by blank lines; {@link filterLines}
 * drops boilerplate lines ("Advertisement", "(Graphic: …)", "Read more: …").
 * When Readability finds nothing, the whole body minus navigation, headers,
 * footers, asides and forms is used instead. Pages written without their
 * `<html>`/`<head>`/`<body>` tags (`<p>Apple rose 5%.</p>`) are first given
 * the elements a browser implies (see `implied.ts`).
 *
 * Metadata: see {@link readMetadata}.
 *
 * @module
 */
import { parseHTML } from 'linkedom';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { lazyModule } from '../lazy.js';

/** Readability loads on the first HTML document only (linkedom loads with this module, which itself loads on demand: see html-support.ts). */
const loadReadability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');
import { blockText, type DomNode } from './blocks.js';
import { readMetadata, stripSiteSuffix, languageCode, cleanAuthors, normaliseDate, cleanSiteName, sameName, type PageMetadata } from './metadata.js';
import { isBoilerplateElement, filterLines, removeInsertedBoxes, removeLayoutSidebars } from './cleanup.js';
import { queryDocument, type QueryDocument } from './query.js';
import { hasSpecShape, specDocument } from './implied.js';
import { decodeHTML } from 'entities';

/** Main text and metadata of an HTML page (metadata fields: see {@link PageMetadata}). */
export interface HtmlDocument extends PageMetadata {
  /** Main text; paragraphs separated by blank lines, line breaks (`<br>`) by `\n`. */
  text: string;
  /** How the main text was found: `readability`, or `fallback` (whole body minus boilerplate). */
  method?: 'readability' | 'fallback';
}

/** Options of {@link parseHtml}. */
export interface ParseHtmlOptions {
  /** URL of the page (resolves the canonical link; used for the site name in titles). */
  url?: string;
  /** Dates later than this are not publication dates (default: now). */
  now?: Date;
}

export { looksLikeHtml } from './html-sniff.js';

/**
 * DOMs deeper or larger than these skip Readability (recursive, and
 * super-linear on such trees: 10 000 nested elements overflow its stack) and
 * go straight to the linear fallback. Real article pages stay far below:
 * depth under 60, elements under 20 000.
 */
const MAX_READABILITY_DEPTH = 100;
const MAX_READABILITY_ELEMENTS = 60_000;

/** Element count and maximum depth of a DOM, by an iterative walk (linear). */
export function domShape(root: DomNode): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (node.nodeType === 1) {
      elements++;
      if (d > depth) depth = d;
    }
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, d + 1]);
  }
  return { elements, depth };
}

/**
 * Markup nested deeper than this (estimated by {@link markupDepth} before any parsing) is read by
 * {@link deepMarkupText}: the HTML parsers (htmlparser2 for cheerio and linkedom) keep their stack of open elements
 * with `unshift`, O(depth) per tag, so 100 000 unclosed `<b><i>` (600 KB) cost minutes. Article pages nest under 60.
 */
export const MAX_MARKUP_DEPTH = 5_000;

/** Elements that never hold others (void) or whose end tag a parser implies (`<p>`, `<li>`, `<td>`…): they do not nest. */
const NON_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rt', 'rp',
  'colgroup', 'caption', '!doctype']);

/** Start or end tag name: `<div `, `</b>` (the name bounded to 31 characters). */
const TAG_RE = /<(\/?)([A-Za-z][A-Za-z0-9-]{0,30})(?=[\s/>])/g;

/**
 * An upper bound of the element nesting of `html`, in one linear scan: start tags of elements that nest minus their
 * end tags, never below 0. Comments and the content of raw-text elements (script, style, textarea, title…) are
 * skipped, so markup quoted there does not count (new-user trial); a `<` inside an attribute value may still count
 * (a bound, not the parser's tree).
 */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  let comment = html.indexOf('<!--');
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m !== null; m = TAG_RE.exec(html)) {
    if (comment >= 0 && comment < m.index) {
      // a comment opened before this tag: skip to its end (and find the next comment from there)
      const end = html.indexOf('-->', comment + 4);
      const resume = end < 0 ? html.length : end + 3;
      comment = end < 0 ? -1 : html.indexOf('<!--', resume);
      if (m.index < resume) { TAG_RE.lastIndex = resume; continue; }
    }
    const name = m[2]!.toLowerCase();
    if (!m[1] && RAW_TEXT.includes(name)) {
      const close = closeTagAt(html, name, TAG_RE.lastIndex);
      TAG_RE.lastIndex = close < 0 ? html.length : close;
      if (comment >= 0 && comment < TAG_RE.lastIndex) comment = html.indexOf('<!--', TAG_RE.lastIndex);
      continue;
    }
    if (NON_NESTING.has(name)) continue;
    if (m[1]) { if (depth > 0) depth--; } else if (++depth > max) max = depth;
  }
  return max;
}

/** Elements whose content is not text: skipped whole by {@link deepMarkupText}. */
const RAW_TEXT = ['script', 'style', 'template', 'noscript', 'textarea', 'title'];
/** The end tag of each raw-text element, any case (`</SCRIPT`). */
const RAW_CLOSE: ReadonlyMap<string, RegExp> = new Map(RAW_TEXT.map((n) => [n, new RegExp(`</${n}`, 'gi')]));

/** Offset of the end tag `</name` of a raw-text element at or after `from`, in any case, or -1 (no lower-case copy of the page). */
function closeTagAt(html: string, name: string, from: number): number {
  const re = RAW_CLOSE.get(name)!;
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/** Tags that end a line of text. */
const BLOCK_TAG = /^(?:p|div|br|li|h[1-6]|tr|td|th|section|article|header|footer|blockquote|pre|ul|ol|table|dt|dd|hr)$/i;

/**
 * The text of a page too deeply nested for a DOM ({@link MAX_MARKUP_DEPTH}): tags removed in one linear pass (block
 * tags end lines), raw-text elements and comments skipped, character references decoded (entities, the decoder of
 * htmlparser2). The title is the first `<title>`'s text. Linear in the length of `html`.
 */
export function deepMarkupText(html: string): { text: string; title: string | null } {
  const out: string[] = [];
  let title: string | null = null;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { out.push(html.slice(i)); break; }
    out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) { i = html.length; break; }
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]{0,30})/.exec(html.slice(lt, lt + 34))?.[1]?.toLowerCase() ?? '';
    i = gt + 1;
    if (html[lt + 1] !== '/' && RAW_TEXT.includes(name)) {
      const close = closeTagAt(html, name, i);
      const content = html.slice(i, close < 0 ? html.length : close);
      if (name === 'title' && title === null) title = decodeHTML(content).replace(/\s+/g, ' ').trim() || null;
      const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
      continue;
    }
    if (BLOCK_TAG.test(name)) out.push('\n');
  }
  const text = decodeHTML(out.join('')).split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n\n');
  return { text, title };
}

/** Fewer characters than this from Readability means it found no article. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Extracts the main text and metadata of an HTML page: a full page or a
 * fragment (`<p>…</p>`, `<body>…</body>`, `<article>…</article>`), read as
 * a browser shows it. Never throws on malformed HTML.
 */
export function parseHtml(html: string, options: ParseHtmlOptions = {}): HtmlDocument {
  const now = options.now ?? new Date();
  if (markupDepth(html) > MAX_MARKUP_DEPTH) {
    // no DOM for markup nested thousands deep (see MAX_MARKUP_DEPTH): its text, without structure or metadata
    const deep = deepMarkupText(html);
    return { text: deep.text, title: deep.title, published: null, modified: null, authors: [], siteName: null, language: null, canonicalUrl: null, method: 'fallback' };
  }
  let { document } = parseHTML(html);
  // A page without its <html>/<head>/<body> tags (a fragment, text after </html>…): make the elements a browser implies explicit.
  if (!hasSpecShape(document as unknown as DomNode)) {
    html = specDocument(html);
    ({ document } = parseHTML(html));
  }
  // Metadata and lead are read from cheerio's tree (read-only queries); Readability gets linkedom's DOM, which it rewrites.
  const view = queryDocument(html);
  const meta = readMetadata(view, { now, url: options.url });
  const lead = findLead(view);
  removeLayoutSidebars(document as unknown as Parameters<typeof removeLayoutSidebars>[0]);
  removeInsertedBoxes(document as unknown as Parameters<typeof removeInsertedBoxes>[0]);
  let article: ReturnType<ReadabilityClass<DomNode>['parse']> = null;
  const shape = domShape(document as unknown as DomNode);
  const readable = shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS;
  if (readable) {
    try {
      article = new (loadReadability().Readability)<DomNode>(document as unknown as Document, {
        keepClasses: true,
        serializer: (el) => el as unknown as DomNode,
      }).parse();
    } catch {
      article = null; // Readability gave up on this DOM: use the fallback
    }
  }
  let text = '';
  let method: HtmlDocument['method'] = 'readability';
  if (article?.content) text = filterLines(blockText(article.content, isBoilerplateElement));
  if (lead && !normaliseForCompare(text).includes(normaliseForCompare(lead))) text = text ? `${lead}\n\n${text}` : lead;
  if (text.length < MIN_ARTICLE_CHARS) {
    // Readability mutates the DOM it reads: parse again unless it never ran.
    const fb = fallbackText(readable ? parseHTML(html).document : document);
    if (fb.length > text.length) {
      text = fb;
      method = 'fallback';
    }
  }
  let host: string | null = null;
  try {
    host = new URL(meta.canonicalUrl ?? options.url ?? '').hostname;
  } catch { /* no URL */ }
  const siteName = cleanSiteName(meta.siteName ?? (article?.siteName || null));
  const title = meta.title ?? (article?.title ? stripSiteSuffix(article.title, meta.siteName, host) : null);
  return {
    text,
    title: title || null,
    published: meta.published ?? normaliseDate(article?.publishedTime, now),
    modified: meta.modified,
    authors: meta.authors.length ? meta.authors : cleanAuthors(article?.byline ? [article.byline] : []).filter((a) => !sameName(a, siteName)),
    siteName,
    language: meta.language ?? languageCode(article?.lang),
    canonicalUrl: meta.canonicalUrl,
    method,
  };
}

/** Tags dropped by the fallback: page chrome rather than article. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

/** Main text without Readability: the body minus page chrome and boilerplate elements. */
function fallbackText(document: { body: unknown; documentElement: unknown }): string {
  let root: DomNode | null = null;
  try {
    root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  } catch {
    root = null; // linkedom throws on a document without root element (empty input)
  }
  if (!root) return '';
  return filterLines(blockText(root, (el) => CHROME.has(el.nodeName.toUpperCase()) || isBoilerplateElement(el)));
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const normaliseForCompare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The lead paragraph (standfirst, "chapô") of the page: the visible element
 * whose text is the page's meta description, when there is one. Readability
 * often leaves it out because it sits above the article body; news leads
 * carry the main facts, so it is put back in front of the main text.
 * Example: `<h2 itemprop="description">Kurz vor der Betriebsversammlung…</h2>`
 * with the same `<meta name="description">`.
 */
function findLead(doc: QueryDocument): string | null {
  let description = '';
  const metas = doc.querySelectorAll('meta[name], meta[property]');
  for (let i = 0; i < metas.length && !description; i++) {
    const key = (metas[i]!.getAttribute('name') ?? metas[i]!.getAttribute('property') ?? '').toLowerCase();
    if (key === 'description' || key === 'og:description') description = collapse(metas[i]!.getAttribute('content'));
  }
  if (description.length < 60) return null;
  const want = normaliseForCompare(description.replace(/(?:…|\.\.\.)$/, ''));
  const els = doc.querySelectorAll('p, h2, h3, h4, strong, [itemprop="description"], [class*="chapo" i], [class*="lead" i], [class*="intro" i], [class*="standfirst" i], [class*="summary" i], [class*="teaser" i], [class*="deck" i]');
  for (let i = 0; i < els.length && i < 2000; i++) {
    const raw = els[i]!.textUpTo(description.length * 2 + 200);
    if (raw.length > description.length * 2 + 200) continue;
    const t = collapse(raw);
    const n = normaliseForCompare(t);
    if (n === want || (n.startsWith(want) && n.length < want.length * 1.3)) {
      // A dek inside the page header (<header>, <hgroup>) repeats the story: not a lead.
      return els[i]!.closest('header, hgroup') ? null : t;
    }
  }
  return null;
}
