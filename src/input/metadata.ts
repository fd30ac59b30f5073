/**
 * Page metadata from an HTML document: title, dates, authors, site name,
 * language and canonical URL.
 *
 * Sources, in order of trust (what publishers fill in for search engines and
 * social networks): JSON-LD (schema.org `NewsArticle`…: `headline`,
 * `datePublished`, `dateModified`, `author`, `publisher`), Open Graph and
 * `article:*` meta tags, Dublin Core / `name=date|author` meta tags,
 * microdata (`itemprop`), `<time datetime>`, and last the visible byline.
 * Executable scripts are never read (only `application/ld+json` data blocks).
 *
 * @module
 */
import { decodeHTML } from 'entities';
import { lazyModule } from '../lazy.js';
import type { QueryDocument } from './query.js';

/** chrono's locales, each loaded on first use: the package entry loads all sixteen (about 4× the load time of two). */
const loadEn = lazyModule<typeof import('chrono-node/en')>('chrono-node/en');
const loadFr = lazyModule<typeof import('chrono-node/fr')>('chrono-node/fr');
const loadDe = lazyModule<typeof import('chrono-node/de')>('chrono-node/de');
/** The locales used here, as chrono's entry exports them (`chrono.en`, `chrono.fr`…): the same modules. */
const loadChrono = () => ({ get en() { return loadEn(); }, get fr() { return loadFr(); }, get de() { return loadDe(); } });

/** The page as metadata reads it: CSS queries over cheerio's read-only tree ({@link queryDocument}). */
export type MetaDocument = QueryDocument;

/** Metadata of a page (any field may be null / empty). */
export interface PageMetadata {
  /** Title from JSON-LD headline, og:title, or `<title>`, without site-name suffix. */
  title: string | null;
  /** ISO 8601 date or date-time, never later than `now`. */
  published: string | null;
  /** ISO 8601 date or date-time of the last modification, kept apart from `published`. */
  modified: string | null;
  /** Author names, without "By"/"Par", dates or roles. */
  authors: string[];
  siteName: string | null;
  /** ISO 639-1 code from `<html lang>`, og:locale or Content-Language, or null. */
  language: string | null;
  canonicalUrl: string | null;
}

/** Options of {@link readMetadata}. */
export interface MetadataOptions {
  /** Dates later than this are rejected (default: the current time). */
  now?: Date;
  /** URL of the page, to resolve a relative canonical link. */
  url?: string;
}

const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/** Content of every `<meta>` by lower-cased property / name / itemprop / http-equiv (first non-empty wins); one pass per document. */
const metaCache = new WeakMap<object, Map<string, string>>();

function metaMap(doc: MetaDocument): Map<string, string> {
  let map = metaCache.get(doc);
  if (map) return map;
  map = new Map();
  const els = doc.querySelectorAll('meta');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const content = clean(ldText(el.getAttribute('content') ?? ''));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = (el.getAttribute(attr) ?? '').toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  metaCache.set(doc, map);
  return map;
}

/** First non-empty `<meta>` content among `keys`, in the order of `keys`. */
function meta(doc: MetaDocument, keys: readonly string[]): string | null {
  return metaAll(doc, keys)[0] ?? null;
}

/** The values of the meta tags `keys` the page has, in the order of `keys`: date candidates, tried one after another. */
function metaAll(doc: MetaDocument, keys: readonly string[]): string[] {
  const map = metaMap(doc);
  const out: string[] = [];
  for (const key of keys) {
    const v = map.get(key);
    if (v) out.push(v);
  }
  return out;
}

/** JSON-LD objects of the page, flattened (`@graph` and arrays unfolded). Malformed blocks are ignored. */
export function jsonLdObjects(doc: MetaDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (!/^application\/ld\+json\b/i.test(s.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in <!-- --> or CDATA; strip those markers.
      data = JSON.parse((s.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)\s*$/, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let guard = 0;
    while (queue.length && guard++ < 1000) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        out.push(o);
        if (o['@graph']) queue.push(o['@graph']);
        if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      }
    }
  }
  return out;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|WebPage|SocialMediaPosting)$/;

function ldType(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** JSON-LD article objects first, then the other objects. */
function ldArticles(objs: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const articles = objs.filter((o) => ldType(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  const pages = objs.filter((o) => ldType(o).includes('WebPage'));
  return [...articles, ...pages];
}

/**
 * A character reference left in a JSON-LD string ("L&#x27;UE adopte…", "AT&amp;T") or in a `<meta>` content
 * after the HTML parser's own decoding (`content="AT&amp;amp;T"`, escaped twice by the CMS): CMSs escape their
 * text as HTML there.
 */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * A JSON-LD string or a meta content as text: its character references decoded (WordPress and others write
 * "L&#x27;UE adopte" in JSON-LD, and `content="AT&amp;amp;T"` in og:title, which a browser's share card shows as
 * "AT&T").
 */
function ldText(v: string): string {
  return CHARACTER_REFERENCE.test(v) ? decodeHTML(v) : v;
}

function ldString(v: unknown): string | null {
  if (typeof v === 'string') return clean(ldText(v)) || null;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return clean(ldText((v as Record<string, string>).name)) || null;
  return null;
}

/**
 * Whether year `y`, month `m` (1–12) and day `d` name a day of the calendar: "2024-02-29" does, "2023-02-29" and
 * "2024-02-30" do not (`Date.parse` rolls them over to March). Used by every date read from a page or a text.
 */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "24 Jul 2015", "30 February 2024" (day, English month, year). */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+([A-Za-z]{3})[a-z]{0,6}\.?,?[ \t]+(\d{4})\b/;
/** "July 24, 2015", "Feb 30 2024" (English month, day, year). */
const MONTH_DAY_YEAR = /\b([A-Za-z]{3})[a-z]{0,6}\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(\d{4})\b/;

/** False when `s` writes a day, an English month and a year that name no day of the calendar ("30 February 2024"). */
function writtenDayExists(s: string): boolean {
  const a = DAY_MONTH_YEAR.exec(s);
  const b = a ? null : MONTH_DAY_YEAR.exec(s);
  const [d, mon, y] = a ? [a[1]!, a[2]!, a[3]!] : b ? [b[2]!, b[1]!, b[3]!] : [];
  const m = mon ? EN_MONTHS.indexOf(mon.toLowerCase()) + 1 : 0;
  return m === 0 || isCalendarDay(Number(y), m, Number(d));
}

/**
 * Normalises a date string to ISO 8601, or null when it does not parse or is
 * later than `now`. Date-only inputs stay dates (`2015-07-24`); date-times keep
 * their offset when already ISO (`2015-07-24T05:36:09+01:00`), otherwise become UTC.
 */
export function normaliseDate(raw: string | null | undefined, now: Date): string | null {
  const s = clean(raw);
  if (!s || s.length > 80) return null;
  // "2015-07-24" or "2015-07-24T05:36:09+01:00" (rule 'metadata/iso-date')
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  let t: number;
  let out: string;
  if (iso) {
    // (a day the calendar lacks, "2024-02-30", is no date: Date.parse would read 1 March)
    if (!isCalendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return null;
    const dateOnly = iso[4] === undefined;
    const norm = dateOnly ? `${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z` : s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    t = Date.parse(norm);
    out = dateOnly ? `${iso[1]}-${iso[2]}-${iso[3]}` : s.replace(' ', 'T');
  } else {
    t = Date.parse(s);
    // (V8's legacy parser rolls "30 February 2024" over to 1 March too)
    if (!Number.isNaN(t) && !writtenDayExists(s)) return null;
    if (Number.isNaN(t)) {
      if (!/\b\d{4}\b/.test(s)) return null; // a date needs its year: "3 février 2025", not "yesterday"
      const chrono = loadChrono();
      const r = chrono.en.parse(s)[0] ?? chrono.fr.parse(s)[0] ?? chrono.de.parse(s)[0];
      if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')
        || !isCalendarDay(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!)) return null;
      const d = r.start.date();
      t = d.getTime();
      out = r.start.isCertain('hour') ? d.toISOString().replace('.000Z', 'Z') : isoDay(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
    } else out = new Date(t).toISOString().replace('.000Z', 'Z');
  }
  if (Number.isNaN(t) || t > now.getTime() || t < Date.UTC(1900, 0, 1)) return null;
  return out;
}

function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Candidate texts of the visible byline / dateline (class or id naming a date). */
function bylineDate(doc: MetaDocument, now: Date): string | null {
  const els = doc.querySelectorAll('[class*="date" i], [class*="time" i], [class*="byline" i], [id*="date" i]');
  for (let i = 0; i < els.length && i < 30; i++) {
    const el = els[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BODY' || tag === 'HTML') continue;
    const t = clean(el.textContent);
    if (!t || t.length > 120) continue;
    const chrono = loadChrono();
    for (const parser of [chrono.en, chrono.fr, chrono.de]) {
      // A written year is required: "USA TODAY" or "Updated yesterday" are not dates of publication.
      for (const r of parser.parse(t, now, { forwardDate: false })) {
        if (!/\b\d{4}\b/.test(r.text) || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
        const d = isoDay(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
        if (normaliseDate(d, now)) return d;
      }
    }
  }
  return null;
}

function firstDate(cands: Array<string | null | undefined>, now: Date): string | null {
  for (const c of cands) {
    const d = normaliseDate(c, now);
    if (d) return d;
  }
  return null;
}

/** Lower-case words allowed inside a person's name. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'bin', 'ibn', 'al', 'el', 'ben', 'y', 'zu', 'ter', 'op']);

/**
 * News agencies and wire services named in bylines after the author ("By Jane Doe, Reuters"): the wire services of
 * the world's main agencies (Reuters, AFP, AP, Bloomberg, dpa, EFE, ANSA, Xinhua, Kyodo, Belga, ATS/SDA, APA, PA).
 */
const NEWS_AGENCIES = /^(?:reuters|thomson reuters|afp|agence france-presse|agence france presse|ap|associated press|the associated press|bloomberg|bloomberg news|dpa|efe|ansa|xinhua|kyodo|kyodo news|belga|ats|sda|apa|pa|pa media|press association|upi|tass|ria novosti|anadolu|yonhap)$/i;

/**
 * Cleans author strings: drops "By"/"Par"/"Von", e-mail addresses, URLs,
 * dates and trailing roles after a comma or pipe; splits "A and B", "A et B",
 * "A, B"; keeps names of at most 6 words. Example: "By Jane Doe and John Roe |
 * Nov. 19, 2019" → ["Jane Doe", "John Roe"]; "By Jane Doe, Reuters" → ["Jane Doe"] (news agencies, and a
 * one-word affiliation or place after a full name, are not authors).
 */
export function cleanAuthors(raw: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    let s = clean(r);
    if (!s || /^https?:\/\//i.test(s)) continue;
    s = s.replace(/^(?:written\s+)?(?:by|par|von|from|auteur|author|autor)\s*:?\s+/i, ''); // "By Jane Doe", "Auteur: Anna Kubišta"
    s = s.split(/\s[|•·–—]\s|\s-\s|\n/)[0]!; // "Jane Doe | Reuters" → "Jane Doe"
    s = s.replace(/\b(?:updated|published|posted|mis à jour|publié le)\b.*$/i, '');
    s = s.replace(/\((?:avec|with|mit)\s/gi, ', ').replace(/[()]/g, ' '); // "A (avec B et C)" → "A, B et C"
    let afterName = false;
    for (let part of s.split(/\s*(?:,|;|&|\band\b|\bet\b|\bund\b)\s*/i)) {
      part = part.replace(/\S{1,64}@\S{1,255}/g, '').replace(/(?:https?:\/\/|www\.)\S{0,255}/gi, '').replace(/\d.*$/, '').replace(/\s+/g, ' ').trim().replace(/^(?:by|par|von)\s+/i, '');
      const words = part.split(' ').filter(Boolean);
      if (!part || words.length > 6 || part.length > 60 || !/\p{Lu}/u.test(part)) continue;
      // A name's words are capitalised, except particles ("Jean de La Fontaine", "Ursula von der Leyen"):
      // rejects "Staff writer", "Syrian defense ministries".
      if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) continue;
      // Not people: "The Russian…", "Our Foreign Staff", "La rédaction", "Reuters Staff".
      if (/^(?:the|our|le|la|les|der|die|das)$/i.test(words[0]!) || /\b(?:staff|team|desk|editors?|editorial|rédaction|newsroom|correspondents?|agencies|agences?|redaktion)\b/i.test(part)) continue;
      // Not people either: a news agency ("By Jane Doe, Reuters", "Par Anne Martin, AFP"), and a single word after a
      // full name, which is an affiliation or a place ("Jane Doe, Washington"), not a second author
      if (NEWS_AGENCIES.test(part) || (afterName && words.length === 1)) continue;
      if (words.length > 1) afterName = true;
      const key = part.toLowerCase();
      if (!seen.has(key)) { seen.add(key); out.push(part); }
    }
  }
  return out;
}

function ldAuthors(v: unknown): string[] {
  const out: string[] = [];
  for (const a of Array.isArray(v) ? v : [v]) {
    if (typeof a === 'string') out.push(ldText(a));
    else if (a && typeof a === 'object') {
      const o = a as Record<string, unknown>;
      const types = ldType(o);
      if (types.length && !types.includes('Person')) continue; // an Organization author is the site, not a person
      if (typeof o.name === 'string') out.push(ldText(o.name));
    }
  }
  return out;
}

/** ISO 639-1 code of a language tag or locale ("fr-FR", "fr_FR", "EN") or null. */
export function languageCode(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:$|[-_\s])/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Strips a site-name suffix or prefix from a title: " - Site", " | Site",
 * " — Site", " :: Site", "Site | " when the other part names the site
 * (`siteName`, or a word of the host name). Example: "Attack stokes
 * instability fears - The Washington Post" → "Attack stokes instability fears".
 */
export function stripSiteSuffix(title: string, siteName: string | null, host: string | null): string {
  const t = clean(title);
  const names = [siteName, host].filter((x): x is string => Boolean(x)).map(normName);
  // Separators: " | ", " - ", " – ", " — ", " :: ", " · " (rule 'metadata/title-suffix')
  const parts = t.split(/\s+(?:\||-|–|—|::|·|»)\s+/);
  if (parts.length < 2) return t;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  const isSite = (p: string) => {
    const n = normName(p);
    if (!n) return false;
    const initials = p.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    return names.some((x) => x && (x === n || (n.length >= 4 && x.includes(n)) || (x.length >= 3 && n.includes(x)) || (initials.length >= 3 && x === initials)))
      || /^(?:The )?\p{Lu}[\p{L}.]{0,30} (?:News|Times|Post|Tribune|Herald|Journal)$/u.test(p); // "BBC News", "The Seattle Times"
  };
  if (isSite(last)) return t.slice(0, t.lastIndexOf(last)).replace(/\s+(?:\||-|–|—|::|·|»)\s*$/, '').trim();
  if (isSite(first) && parts.length === 2) return last;
  return t;
}

/**
 * A site name as people write it: "http://www.tmz.com" → "tmz.com",
 * "tdg.ch/" → "tdg.ch", "@politifact" → "politifact"; null when empty.
 */
export function cleanSiteName(s: string | null | undefined): string | null {
  const t = clean(s).replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').replace(/^@/, '');
  return t || null;
}

/** True when two names are the same organisation once case, punctuation and a domain ending are ignored ("BBC News" / "bbc news"). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short.length >= 4 && long.includes(short)) || (short.length >= 3 && long.startsWith(short));
}

function normName(s: string): string {
  return s.toLowerCase().replace(/^www\./, '').replace(/\.(?:com|org|net|co\.uk|fr|de|ch|be|ca|eu|tn|cz)$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Reads the metadata of a parsed document. Never throws. */
export function readMetadata(doc: MetaDocument, options: MetadataOptions = {}): PageMetadata {
  const now = options.now ?? new Date();
  const all = jsonLdObjects(doc);
  const ld = ldArticles(all);
  const ldField = (k: string) => ld.map((o) => ldString(o[k]));

  const siteName = meta(doc, ['og:site_name', 'application-name', 'twitter:site:name'])
    ?? ld.map((o) => ldString(o.publisher)).find(Boolean)
    ?? all.filter((o) => ldType(o).includes('WebSite') || ldType(o).includes('Organization') || ldType(o).includes('NewsMediaOrganization')).map((o) => ldString(o.name)).find(Boolean)
    ?? null;

  let canonical: string | null = null;
  const links = doc.querySelectorAll('link[rel]');
  for (let i = 0; i < links.length && !canonical; i++) {
    if ((links[i]!.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = clean(links[i]!.getAttribute('href')) || null;
  }
  canonical = canonical ?? meta(doc, ['og:url']);
  if (canonical) {
    try {
      canonical = new URL(canonical, options.url).href;
    } catch {
      if (!/^https?:\/\//i.test(canonical)) canonical = null;
    }
  }
  let host: string | null = null;
  try {
    host = new URL(canonical ?? options.url ?? '').hostname;
  } catch { /* no URL */ }

  const rawTitle = ldField('headline').find(Boolean) ?? meta(doc, ['og:title', 'twitter:title', 'dc.title']) ?? clean(doc.querySelector('title')?.textContent) ?? null;
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName, host) || null : null;

  const timeEls = doc.querySelectorAll('time[datetime]');
  const times: string[] = [];
  for (let i = 0; i < timeEls.length && i < 5; i++) {
    const el = timeEls[i]!;
    const dt = el.getAttribute('datetime');
    if (dt && (el.getAttribute('pubdate') !== null || (el.getAttribute('itemprop') ?? '').toLowerCase() === 'datepublished')) times.unshift(dt);
    else if (dt) times.push(dt);
  }
  const published = firstDate([
    ...ldField('datePublished'), ...ldField('dateCreated'),
    // (every tag in turn: a day the calendar lacks in one must not hide a good date in the next — re-trial)
    ...metaAll(doc, ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime']),
    ...times,
  ], now) ?? bylineDate(doc, now);
  const modified = firstDate([
    ...ldField('dateModified'),
    ...metaAll(doc, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated']),
  ], now);

  // Authors: JSON-LD, else author meta tags, else microdata / rel=author in the page
  // (the last can pick sidebar names, so it is only a fallback).
  const notSite = (a: string) => !sameName(a, cleanSiteName(siteName)); // "BBC News" by BBC News is the site, not an author
  let authors = cleanAuthors(ld.flatMap((o) => ldAuthors(o.author))).filter(notSite);
  if (!authors.length) {
    const fromMeta: string[] = [];
    for (const k of ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']) {
      const v = meta(doc, [k]);
      if (v) fromMeta.push(v);
    }
    authors = cleanAuthors(fromMeta).filter(notSite);
  }
  if (!authors.length) {
    const fromPage: string[] = [];
    const els = doc.querySelectorAll('[itemprop="author"] [itemprop="name"], [rel="author"]');
    for (let i = 0; i < els.length && i < 5; i++) fromPage.push(clean(els[i]!.getAttribute('content') ?? els[i]!.textContent));
    authors = cleanAuthors(fromPage).filter(notSite);
  }

  const html = doc.documentElement;
  const language = languageCode(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang'))
    ?? languageCode(meta(doc, ['og:locale', 'inlanguage', 'language', 'dc.language']))
    ?? languageCode(ld.map((o) => ldString(o.inLanguage)).find(Boolean))
    ?? languageCode(meta(doc, ['content-language']));

  return { title, published, modified, authors, siteName: cleanSiteName(siteName), language, canonicalUrl: canonical };
}
