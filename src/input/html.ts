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
 * footers, asides and forms is used instead.
 *
 * Metadata: see {@link readMetadata}.
 *
 * @module
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { blockText, type DomNode } from './blocks.js';
import { readMetadata, stripSiteSuffix, languageCode, cleanAuthors, normaliseDate, type MetaDocument } from './metadata.js';
import { isBoilerplateElement, filterLines } from './cleanup.js';

/** Main text and metadata of an HTML page. */
export interface HtmlDocument {
  /** Main text; paragraphs separated by blank lines, line breaks (`<br>`) by `\n`. */
  text: string;
  /** Title without site-name suffix, or null. */
  title: string | null;
  /** ISO 8601 date or date-time of publication, never later than parse time, or null. */
  published: string | null;
  /** ISO 8601 date or date-time of the last modification, or null. */
  modified: string | null;
  /** Author names (no "By", no dates). */
  authors: string[];
  siteName: string | null;
  /** `<html lang>`, og:locale or Content-Language, ISO 639-1, or null (detect from the text). */
  language: string | null;
  canonicalUrl: string | null;
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

/** True when `content` looks like HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  // "<!DOCTYPE html>", "<html lang=…>", "<?xml …?><html" (rule 'html/looks-like')
  return /^(?:<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s{0,100}<(?:!doctype )?html)/.test(head) || /<(?:head|body|article|p|div)[\s>]/.test(head.slice(0, 512));
}

/** Fewer characters than this from Readability means it found no article. */
const MIN_ARTICLE_CHARS = 140;

/** Extracts the main text and metadata of an HTML page. Never throws on malformed HTML. */
export function parseHtml(html: string, options: ParseHtmlOptions = {}): HtmlDocument {
  const now = options.now ?? new Date();
  const { document } = parseHTML(html);
  const meta = readMetadata(document as unknown as MetaDocument, { now, url: options.url });
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as unknown as Document, {
      keepClasses: true,
      serializer: (el) => el as unknown as DomNode,
    }).parse();
  } catch {
    article = null; // Readability gave up on this DOM: use the fallback
  }
  let text = '';
  let method: HtmlDocument['method'] = 'readability';
  if (article?.content) text = filterLines(blockText(article.content, isBoilerplateElement));
  if (text.length < MIN_ARTICLE_CHARS) {
    const fb = fallbackText(html);
    if (fb.length > text.length) {
      text = fb;
      method = 'fallback';
    }
  }
  let host: string | null = null;
  try {
    host = new URL(meta.canonicalUrl ?? options.url ?? '').hostname;
  } catch { /* no URL */ }
  const title = meta.title ?? (article?.title ? stripSiteSuffix(article.title, meta.siteName, host) : null);
  return {
    text,
    title: title || null,
    published: meta.published ?? normaliseDate(article?.publishedTime, now),
    modified: meta.modified,
    authors: meta.authors.length ? meta.authors : cleanAuthors(article?.byline ? [article.byline] : []),
    siteName: meta.siteName ?? (article?.siteName || null),
    language: meta.language ?? languageCode(article?.lang),
    canonicalUrl: meta.canonicalUrl,
    method,
  };
}

/** Tags dropped by the fallback: page chrome rather than article. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

/** Main text without Readability: the body minus page chrome and boilerplate elements. */
function fallbackText(html: string): string {
  const { document } = parseHTML(html);
  const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
  if (!root) return '';
  return filterLines(blockText(root, (el) => CHROME.has(el.nodeName.toUpperCase()) || isBoilerplateElement(el)));
}
