/**
 * HTML documents: main text and metadata.
 * (Interim implementation: block-level text with cheerio; replaced by the
 * Readability-based extractor.)
 *
 * @module
 */
import * as cheerio from 'cheerio';

/** Main text and metadata of an HTML page. */
export interface HtmlDocument {
  /** Main text; blocks separated by blank lines. */
  text: string;
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  siteName: string | null;
  /** `<html lang>` or og:locale, ISO 639-1, or null. */
  language: string | null;
  canonicalUrl: string | null;
}

/** True when `content` looks like HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype )?html)/.test(head) || /<(?:head|body|article|p|div)[\s>]/.test(head.slice(0, 512));
}

/** Extracts the main text and metadata of an HTML page. Never throws on malformed HTML. */
export function parseHtml(html: string): HtmlDocument {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, aside, form').remove();
  const blocks: string[] = [];
  $('h1, h2, h3, h4, p, li, blockquote').each((_, el) => {
    const t = $(el).text().replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
  });
  const lang = ($('html').attr('lang') ?? '').slice(0, 2).toLowerCase() || null;
  return {
    text: blocks.join('\n\n'),
    title: $('title').first().text().trim() || null,
    published: $('meta[property="article:published_time"]').attr('content') ?? null,
    modified: null,
    authors: [],
    siteName: null,
    language: lang,
    canonicalUrl: $('link[rel="canonical"]').attr('href') ?? null,
  };
}
