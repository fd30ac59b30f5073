/**
 * Metadata of plain-text articles: a title line and a dateline.
 *
 * Conventions recognised (from the corpus and common news exports):
 * - a leading `date YYYY-MM-DD` marker (the seed articles: "date 2026-03-04 OpenAI a annoncé…");
 * - a first line followed by a blank line, under 200 characters and not
 *   ending in a full stop, is the title ("Kmart to buy Sears for US$11 billion");
 * - a line among the first three paragraphs that starts with a full date
 *   (day, month and year, parsed by chrono-node) is the dateline
 *   ("November 17, 2004", "26 juin 2012. - Le Parquet fédéral…"). The year
 *   must be written out: chrono resolves "Today", "Yesterday" or "Now" against
 *   the clock as certain dates, which would make the output change with the
 *   day it is run (rule 'metadata/plain/dateline-needs-year'). Lines without a
 *   four-digit number never load chrono.
 * - a date later than the time of reading is no publication date (a typo, a
 *   scheduled event: « PARIS, 3 mars 2031 »): null, as for HTML metadata
 *   (rule 'metadata/plain/not-future').
 *
 * @module
 */
import { lazyModule } from '../lazy.js';
import { isCalendarDay } from './metadata.js';

/** chrono's locales, each loaded on first use: the package entry loads all sixteen (about 4× the load time of two). */
const loadEn = lazyModule<typeof import('chrono-node/en')>('chrono-node/en');
const loadFr = lazyModule<typeof import('chrono-node/fr')>('chrono-node/fr');
import type { Language } from '../types.js';

/** Title and published date found in a plain text. */
export interface PlainTextMetadata {
  title: string | null;
  /** ISO 8601 date (`YYYY-MM-DD`), or null. */
  published: string | null;
}

const DATE_MARKER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b/i; // "date 2026-03-04 OpenAI…"
const TITLE_MAX = 200;
/**
 * The place of a news dateline, in capitals, before the date: "WASHINGTON, ",
 * "OAKLAND, Calif., ", "PARIS (Reuters) - ", « BRUXELLES, » (rule 'plain-text/dateline-place').
 */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’. -]{1,40}?(?:,\s{0,3}\p{Lu}[\p{L}.]{1,15})?(?:\s{0,3}\([^()\n]{1,40}\))?\s{0,3}[,—–-]\s{0,3}/u;

/**
 * How a date written at the start of a line begins, within its first three characters: a digit, or an English or French
 * month or weekday ("17 juin", "November 17", "Mon, 3 March", "le 12 février"); only then is chrono asked.
 */
const DATE_OPENING = /^[\s(]{0,2}(?:\d|(?:le|the|on)\s|jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]|sep|oct|nov|dec|d[ée]c|mon|tue|wed|thu|fri|sat|sun|lun|mer|jeu|ven|sam|dim)/i;

/** A written-out year: "2004" in "November 17, 2004" (not "Today", "Yesterday"). */
const YEAR = /(?<!\d)\d{4}(?!\d)/;

/**
 * Reads the title and dateline of a plain-text article. Never throws.
 * @param now dates later than this are not publication dates (default: the current time)
 */
export function plainTextMetadata(text: string, language: Language, now: Date = new Date()): PlainTextMetadata {
  const head = text.slice(0, 2000);
  const marker = DATE_MARKER.exec(head);
  if (marker) return { title: null, published: validDate(marker[1]!, now) };
  // Blank lines separate paragraphs; a CR before LF (Windows files) is part of the line break.
  const paragraphs = head.split(/\r?\n[ \t\r]*\n/).map((p) => p.trim()).filter(Boolean);
  let title: string | null = null;
  const first = paragraphs[0];
  if (first && !first.includes('\n') && first.length <= TITLE_MAX && !/[.]$/.test(first) && paragraphs.length > 1) title = first;
  let published: string | null = null;
  for (const para of paragraphs.slice(title ? 1 : 0, 3)) {
    const line = para.split(/\r?\n/)[0]!.slice(0, 120);
    if (!YEAR.test(line)) continue;
    // chrono only where a date can open the line (after a dateline's place): a digit, or a month or weekday word
    const place = DATELINE_PLACE.exec(line)?.[0].length ?? 0;
    if (!DATE_OPENING.test(line.slice(place, place + 12))) continue;
    // the strict parsers (formal dates only: no "today", "last Friday"), which a dateline is; 2.4× faster than the casual ones
    const parser = language === 'fr' ? loadFr().strict : loadEn().strict;
    const results = parser.parse(line, new Date(), { forwardDate: false });
    const r = results[0];
    // The date opens the line, or follows the dateline's place ("WASHINGTON, March 3, 2026 —").
    if (!r || r.index > place + 2 || !YEAR.test(r.text)) continue;
    const v = r.start;
    if (v.isCertain('year') && v.isCertain('month') && v.isCertain('day')) {
      published = validDate(isoDate(v.get('year')!, v.get('month')!, v.get('day')!), now);
      break;
    }
  }
  return { title, published };
}

function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `s` (YYYY-MM-DD) when it is a real date not later than `now`, else null. */
function validDate(s: string, now: Date): string | null {
  // (a day the calendar lacks, "2023-02-29", is no date: Date would read 1 March)
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (!isCalendarDay(y, m, d)) return null;
  const t = new Date(`${s}T00:00:00Z`).getTime();
  return Number.isNaN(t) || t > now.getTime() ? null : s;
}
