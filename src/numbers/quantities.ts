/**
 * The number grammar: finds quantities (bare numbers, percentages,
 * percentage points, money) in English or French text and resolves their
 * value, unit and scale. Rules are driven by the per-language lexicons in
 * `src/lexicon/{en,fr}/metrics-numbers.ts`; the same code serves both languages.
 *
 * Every regular expression here is linear-time: bounded repetitions, no
 * nested quantifiers, sticky matching at known offsets.
 *
 * @module
 */
import type { Language } from '../types.js';
import { EN_QUANTITY_LEXICON } from '../lexicon/en/metrics-numbers.js';
import { FR_QUANTITY_LEXICON } from '../lexicon/fr/metrics-numbers.js';
import type { CurrencyForm, Quantity, QuantityKind, QuantityLexicon } from './types.js';
import { findWordNumbers } from './words.js';
import { DIGIT, LETTER, LOWER } from '../text/char-classes.js';
import { allMatches } from '../text/matches.js';

/** The quantity lexicon of a language. */
export function quantityLexicon(language: Language): QuantityLexicon {
  return language === 'fr' ? FR_QUANTITY_LEXICON : EN_QUANTITY_LEXICON;
}

/** White space allowed between a number and its unit: normal, NBSP, narrow NBSP, thin space. */
const SP = '[ \\t\\u00a0\\u202f\\u2009]';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source of a written form, without guards: spaces optional, apostrophes either way. */
function formBody(form: string): string {
  let src = '';
  for (const ch of form) {
    if (ch === ' ') src += `${SP}{0,2}`;
    else if (ch === "'" || ch === '’') src += "['’]";
    else src += escapeRe(ch);
  }
  return src;
}

/** Guard before a form that starts with a letter: it must not continue a word. */
const LEAD_GUARD = `(?<![${LETTER}])`;
/** Guard after a form that ends with a letter or digit: a word boundary. */
const END_GUARD = `(?![${LETTER}${DIGIT}])`;

/** Built once for {@link formAlternation} (character classes: text/char-classes.ts). */
const FORM_ALTERNATION_RE = new RegExp(`[${LETTER}${DIGIT}]$`, 'u');

/**
 * Alternation of written forms, in the given order (the caller sorts longest first), each
 * with an end guard when it ends with a letter or digit (as {@link formBody} plus
 * {@link END_GUARD}), and with a lead guard when `leadGuard` says so.
 *
 * Guards are factored over runs of consecutive alternatives that share them:
 * `(?<!G)(?:a(?!H)|b(?!H))` is written `(?<!G)(?:(?:a|b)(?!H))`, which matches exactly
 * the same text at the same positions (a lookbehind is tested before either alternative;
 * when the lookahead fails after `a`, the engine backtracks into the group and tries `b`,
 * in the same order). With the `iu` flags V8 builds every `\p{L}` class anew, so one
 * guard per alternative made the currency tables take 10–25 ms each to compile.
 * Example: forms ['millions', 'million', '$'], lead guard on forms starting with a letter →
 * `(?<![\p{L}])(?:(?:millions|million)(?![\p{L}\p{N}]))|\$`.
 */
function formAlternation(forms: readonly string[], leadGuard: (form: string) => boolean, endGuard = true): string {
  const runs: { lead: boolean; alts: { end: boolean; body: string }[] }[] = [];
  for (const f of forms) {
    const lead = leadGuard(f);
    const end = endGuard && FORM_ALTERNATION_RE.test(f);
    const last = runs[runs.length - 1];
    if (last && last.lead === lead) last.alts.push({ end, body: formBody(f) });
    else runs.push({ lead, alts: [{ end, body: formBody(f) }] });
  }
  return runs.map((r) => {
    const inner: { end: boolean; bodies: string[] }[] = [];
    for (const a of r.alts) {
      const last = inner[inner.length - 1];
      if (last && last.end === a.end) last.bodies.push(a.body);
      else inner.push({ end: a.end, bodies: [a.body] });
    }
    const body = inner.map((g) => (g.end ? `(?:${g.bodies.join('|')})${END_GUARD}` : g.bodies.join('|'))).join('|');
    return r.lead ? `${LEAD_GUARD}(?:${body})` : body;
  }).join('|');
}

/** Built once for {@link startsWithLetter} (character classes: text/char-classes.ts). */
const STARTS_WITH_LETTER_RE = new RegExp(`^[${LETTER}]`, 'u');

/** True when a form starts with a letter (so it must not continue a word: "ALL", "gel", "mad" are not prefixes of numbers here). */
const startsWithLetter = (form: string): boolean => STARTS_WITH_LETTER_RE.test(form);

/** Lookup key of a written form or of a matched text: lower case, no spaces, straight apostrophes. */
const formKey = (s: string): string => s.toLowerCase().replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/’/g, "'");

/**
 * Written forms of one kind (scales, percent, currencies…): `match(text, pos)` reads up to two
 * spaces (or, with `allowHyphen`, one hyphen: "12-cent") then the longest form at that point,
 * and returns `[whole match, form as written]`; `byKey` maps {@link formKey} to the entry.
 */
interface FormTable<T> { match: (text: string, pos: number) => [string, string] | null; byKey: Map<string, T> }

/**
 * Compiles forms into small sticky alternations, one per first character (longest form first),
 * so that each regex stays small and matches in time linear in the form length.
 */
function table<T>(entries: readonly T[], formOf: (e: T) => string, allowHyphen: boolean): FormTable<T> {
  const sorted = [...entries].sort((a, b) => formOf(b).length - formOf(a).length);
  const byKey = new Map<string, T>();
  for (const e of sorted) if (!byKey.has(formKey(formOf(e)))) byKey.set(formKey(formOf(e)), e);
  const groups = new Map<string, string[]>();
  for (const e of sorted) {
    const f = formOf(e);
    const first = f[0]!.toLowerCase();
    groups.set(first, [...(groups.get(first) ?? []), f]);
  }
  // a form starting with a letter must not continue a word ("ALL", "gel", "mad" are not prefixes of numbers here)
  const byFirst = new Map([...groups].map(([k, forms]) => [k, new RegExp(`(${formAlternation(forms, startsWithLetter)})`, 'iuy')]));
  const match = (text: string, pos: number): [string, string] | null => {
    let p = pos;
    while (p - pos < 2 && p < text.length && /[ \t\u00a0\u202f\u2009]/.test(text[p]!)) p++;
    if (p === pos && allowHyphen && text[p] === '-') p++;
    const ch = text[p];
    const re = ch === undefined ? undefined : byFirst.get(ch.toLowerCase());
    if (!re) return null;
    re.lastIndex = p;
    const m = re.exec(text);
    return m ? [text.slice(pos, p + m[0].length), m[1]!] : null;
  };
  return { match, byKey };
}

interface Compiled {
  lex: QuantityLexicon;
  digits: RegExp;
  scales: FormTable<{ form: string; value: number; needsCurrency?: boolean }>;
  link: RegExp | null;
  percent: FormTable<string>;
  points: FormTable<{ form: string; factor: number }>;
  barePoints: FormTable<string>;
  currencySuffix: FormTable<CurrencyForm>;
  /** Currency prefixes, matched against the 16 characters before a number, anchored at their end. */
  currencyPrefix: { re: RegExp; byKey: Map<string, CurrencyForm> };
  percentPrefix: RegExp;
  /** Units of measure after a number, matched case-sensitively ("km/h", "GeV", "MW"). */
  measures: { re: RegExp; byKey: Map<string, string> };
  minus: RegExp;
  minor: RegExp;
  /** Lower-case-only percent forms after a number ("3.9pc"), case-sensitive; null when the language has none. */
  lowerPercent: RegExp | null;
}

const COMPILED = new Map<Language, Compiled>();

/**
 * Digit cores of each language.
 * EN: "3,500", "12,34,567.89" (Indian grouping), "75 000" with NBSP, "55.12", "1.1^23".
 * FR: "3 000" (space, NBSP, narrow NBSP), "94.000", "1,5", "125.000,50", "2.5" (English decimal).
 */
function digitRegex(lex: QuantityLexicon): RegExp {
  const pow = '(?:\\^\\d{1,3})?';
  if (lex.decimalMark === '.') {
    return new RegExp(
      '(?<![\\d.,])(?:' +
        '\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,12})?' + // 3,500 · 1,000,000.50
        '|\\d{1,2}(?:,\\d{2}){1,4},\\d{3}(?:\\.\\d{1,12})?' + // 12,34,567.89
        '|\\d{1,3}(?:[\\u00a0\\u202f\\u2009]\\d{3}){1,6}(?:\\.\\d{1,12})?' + // 75 000 (NBSP)
        // "At least 3 000 homes", "12 500 troops": SI grouping with a plain space (wire copy from Europe, Canada, India),
        // only when neither a digit nor a capital follows the last group ("400 737 Max jets" is a count and a model)
        // (ruleId numbers/en/space-grouping)
        '|\\d{1,3}(?: \\d{3}){1,6}(?:\\.\\d{1,12})?(?![ \\u00a0\\u202f\\u2009]?\\d)(?![ \\u00a0]?[A-Z])' +
        '|\\d{1,15}(?:\\.\\d{1,12})?' + // 55.12 · 2004
        `)${pow}(?!\\d)`,
      'g',
    );
  }
  return new RegExp(
    '(?<![\\d.,])(?:' +
      '\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3}){1,6}(?:,\\d{1,12})?(?![ \\u00a0\\u202f\\u2009]\\d)' + // 3 000 · 2 100,5
      '|\\d{1,3}(?:\\.\\d{3}){1,6}(?:,\\d{1,12})?' + // 94.000 · 125.000,50
      '|\\d{1,15}\\.\\d{1,12}' + // 2.5 (English decimal in French text)
      '|\\d{1,15}(?:,\\d{1,12})?' + // 1,5 · 2012
      `)${pow}(?!\\d)`,
    'g',
  );
}

function compile(language: Language): Compiled {
  const cached = COMPILED.get(language);
  if (cached) return cached;
  const lex = quantityLexicon(language);
  const lead = `${SP}{0,2}`;
  const prefixForms = [...lex.currencyPrefixes].sort((a, b) => b.form.length - a.form.length);
  const prefixByKey = new Map<string, CurrencyForm>();
  for (const f of prefixForms) if (!prefixByKey.has(formKey(f.form))) prefixByKey.set(formKey(f.form), f);
  // no end guard: the number follows ("USD115")
  const prefixAlts = formAlternation(prefixForms.map((f) => f.form), startsWithLetter, false);
  const c: Compiled = {
    lex,
    digits: digitRegex(lex),
    scales: table(lex.scales, (s) => s.form, false),
    link: lex.scaleCurrencyLink ? new RegExp(`${lead}${lex.scaleCurrencyLink}`, 'iuy') : null,
    // "200 %", "+200%", "22 percent", "10-percent"
    percent: table(lex.percentSuffixes, (s) => s, true),
    points: table(lex.pointSuffixes, (s) => s.form, false),
    barePoints: table(lex.barePointSuffixes, (s) => s, false),
    // "$23bn", "10 $", "12-cent", "3 millions d'euros" (after the link)
    currencySuffix: table(lex.currencySuffixes, (s) => s.form, true),
    // "US$11 billion", "€ 2 million", "usd$ 15", "c $ 16.4 million", "USD115"
    currencyPrefix: { re: new RegExp(`(${prefixAlts})${SP}{0,2}$`, 'iu'), byKey: prefixByKey },
    measures: {
      re: new RegExp(`${lead}(${[...lex.measureUnits].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![${LETTER}${DIGIT}/²³])`, 'uy'),
      byKey: new Map(lex.measureUnits.map((u) => [u, u])),
    },
    // "per cent of twenty-two", "pourcentage de vingt"
    percentPrefix: new RegExp(`(?<![${LETTER}])(?:${formAlternation(lex.percentPrefixes, () => false)})${SP}{1,2}$`, 'iu'),
    // "minus five percent", "moins 5 %"
    // not "au moins 2", "pas moins de", "le moins": those are qualifiers
    minus: new RegExp(`(?<![${LETTER}])(?<!(?:au|du|le|la|les|pas|de|en|ou|à|at|the|no)\\s{1,2})(?:${lex.minusWords.join('|')})${SP}{1,2}$`, 'iu'),
    // "3 dollars 50 cents", "treize euros et quarante-cinq cents"
    minor: new RegExp(`${lead}(?:${formAlternation(lex.minorUnits, () => false)})`, 'iuy'),
    // e.g. "pc" in "Unemployment rose to 3.9pc" (case-sensitive: not "a Windows 10 PC")
    lowerPercent: lex.lowerCasePercent?.length
      ? new RegExp(`${SP}{0,1}(?:${lex.lowerCasePercent.map(escapeRe).join('|')})(?![${LETTER}${DIGIT}])`, 'uy') : null,
  };
  COMPILED.set(language, c);
  return c;
}

/** A number core (digits or words) before units are attached. */
interface Core {
  start: number;
  end: number;
  value: number;
  scale: number;
  spelled: boolean;
}

/** Parses a digit core written in `lex`'s conventions ("1 500,5" → 1500.5; EN "4,800" → 4800; FR "4,800" → 4.8). */
export function parseDigits(raw: string, lex: QuantityLexicon): number {
  let base = raw;
  let exp = 1;
  const caret = raw.indexOf('^');
  if (caret >= 0) { base = raw.slice(0, caret); exp = Number(raw.slice(caret + 1)); }
  let s = base.replace(/[ \u00a0\u202f\u2009]/g, '');
  if (lex.decimalMark === '.') s = s.replace(/,/g, '');
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const v = Number(s);
  return exp === 1 ? v : v ** exp;
}

/** URLs, e-mail addresses and phone numbers: ranges where no quantity is read. */
function maskedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const spaceAt = (i: number): boolean => /[\s<>"'«»()[\]]/.test(text[i]!);
  const expand = (i: number): [number, number] => {
    let a = i; let b = i;
    while (a > 0 && !spaceAt(a - 1)) a--;
    while (b < text.length && !spaceAt(b)) b++;
    return [a, b];
  };
  for (const needle of ['://', 'www.', '@']) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      const r = expand(i);
      out.push(r);
      i = Math.max(i, r[1] - needle.length);
    }
  }
  // "01 23 45 67 89", "+33 1 23 45 67 89", "(555) 123-4567", "555-123-4567"
  const phone = /(?<![\d])(?:\+\d{1,3}[ .]?)?(?:\(?0?\d\)?[ .]?)(?:\d{2}[ .]){3}\d{2}(?!\d)|(?<![\d])\(?\d{3}\)?[ .-]\d{3}-\d{4}(?!\d)/g;
  for (const m of allMatches(phone, text)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * Finds the quantities of `text`: bare numbers (digits or words), percentages,
 * percentage points and money, with their values resolved
 * ("7,2 milliards d'euros" → 7200000000 EUR, "$23bn" → 23000000000 USD,
 * "quatre-vingt-dix" → 90, "entre 3 et 5 %" → 3–5 %).
 *
 * Bare numbers are returned with `kind: 'number'` and `unit: null`; whether
 * they count something is for the caller to decide. Numbers inside URLs,
 * e-mail addresses and phone numbers are skipped. Never throws; linear in
 * `text.length`.
 *
 * @param language the grammar to read numbers with (decimal mark, words).
 * @returns quantities sorted by start offset, non-overlapping.
 */
export function recognizeQuantities(text: string, language: Language): Quantity[] {
  const c = compile(language);
  const { lex } = c;
  const masks = maskedRanges(text);
  let mi = 0;
  const masked = (pos: number): boolean => {
    while (mi < masks.length && masks[mi]![1] <= pos) mi++;
    return mi < masks.length && masks[mi]![0] <= pos;
  };

  const cores: Core[] = [];
  c.digits.lastIndex = 0;
  for (const m of allMatches(c.digits, text)) {
    cores.push({ start: m.index, end: m.index + m[0].length, value: parseDigits(m[0], lex), scale: 1, spelled: false });
  }
  for (const w of findWordNumbers(text, lex)) {
    cores.push({ start: w.start, end: w.end, value: w.value, scale: w.scale, spelled: true });
  }
  cores.sort((a, b) => a.start - b.start);
  // "35 heures.350 000 emplois" (a title glued to its paragraph): "000" after a digit and a space is the tail of a grouped
  // number whose head was not read, never a number of its own (ruleId numbers/<lang>/group-tail)
  const kept = cores.filter((k) => !masked(k.start) && !(!k.spelled && text[k.start] === '0' && /\d/.test(text[k.start + 1] ?? '')
    && /\d[ \u00a0\u202f\u2009]$/.test(text.slice(Math.max(0, k.start - 2), k.start))));

  const out: Quantity[] = [];
  let lastEnd = 0;
  for (let i = 0; i < kept.length; i++) {
    // a core inside the unit of the previous quantity: "cent" in "8 pour cent"
    if (kept[i]!.start < lastEnd) continue;
    const q = readQuantity(text, kept, i, c, lastEnd);
    if (!q || q.quantity.start < lastEnd) continue;
    lastEnd = q.quantity.end;
    out.push(q.quantity);
    i = q.lastCore;
  }
  return mergeRanges(text, out, c);
}

const at = (re: RegExp, text: string, pos: number): RegExpExecArray | null => {
  re.lastIndex = pos;
  return re.exec(text);
};

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE = new RegExp(`[${LETTER}${DIGIT}]`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_2 = new RegExp(`[${LETTER}]`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_3 = new RegExp(`[${LETTER}]`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_4 = new RegExp(`[${LETTER}]$`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_5 = new RegExp(`^[ \\u00a0](?:[${LOWER}]{2,30}s|people)(?![${LETTER}])`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_6 = new RegExp(`^[${LETTER}]`, 'u');

/** Built once for {@link readQuantity} (character classes: text/char-classes.ts). */
const READ_QUANTITY_RE_7 = new RegExp(`[${LETTER}]`, 'u');

/** Vertical resolutions written like pence ("720p", "1080p"): never a price (ruleId numbers/en/glued-minor). */
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** Reads the quantity around `cores[i]`, starting no earlier than `minStart` (the end of the previous quantity); returns it and the index of the last core it used. */
function readQuantity(text: string, cores: Core[], i: number, c: Compiled, minStart: number): { quantity: Quantity; lastCore: number } | null {
  const core = cores[i]!;
  const { lex } = c;
  let start = core.start;
  let end = core.end;
  let value = core.value;
  let scale = core.scale;
  let kind: QuantityKind = 'number';
  let unit: string | null = null;
  let sign: '+' | '-' | null = null;
  let rule = core.spelled ? 'words' : 'digits';
  let lastCore = i;

  const before = text[core.start - 1] ?? '';
  const after = text[core.end] ?? '';
  // "2011-2012", "767-300", "1/4", "10:30": parts of a compound, not a quantity on their own
  let joined = /[-–/:]/.test(before) && /\d/.test(text[core.start - 2] ?? '')
    || /[-–/:]/.test(after) && /\d/.test(text[core.end + 1] ?? '');

  // sign: "+200%", "-5 %", "−0,4 point"; not "F-35", "COVID-19"
  if (!core.spelled && /[+\-−–]/.test(before) && !READ_QUANTITY_RE.test(text[core.start - 2] ?? '')) {
    sign = before === '+' ? '+' : '-';
    start = core.start - 1;
    joined = false;
  } else if (!core.spelled && /[ \u00a0\u202f]/.test(before) && (
    (text[core.start - 2] === '+' && /^(?:[(\s]|)$/.test(text[core.start - 3] ?? ''))
    || (/[\-−]/.test(text[core.start - 2] ?? '') && text[core.start - 3] === '('))) {
    // (ruleId metrics/spaced-sign) a sign set off by a space, as French typesetting does: « les cadres (+ 0,5 % par an) »,
    // « (− 0,4 %) » (a minus only after a parenthesis: « Paris - 3 morts » is a dash)
    sign = text[core.start - 2] === '+' ? '+' : '-';
    start = core.start - 2;
    joined = false;
  } else {
    const m = c.minus.exec(text.slice(Math.max(0, core.start - 12), core.start));
    if (m) { sign = '-'; start = core.start - m[0].length; }
  }
  // "F-35", "Covid-19", "A-10": a name, not a quantity
  if (!core.spelled && !sign && /[-‐‑]/.test(before) && READ_QUANTITY_RE_2.test(text[core.start - 2] ?? '')) return null;

  // currency before the number: "$23bn", "US$11 billion", "€ 2 million", "USD115"
  let prefix: CurrencyForm | null = null;
  // (never reaching into the previous quantity: "10 $ 30 $")
  const head = text.slice(Math.max(0, minStart, start - 16), start);
  const pm = c.currencyPrefix.re.exec(head);
  if (pm) {
    const form = c.currencyPrefix.byKey.get(formKey(pm[1]!));
    if (form && !(form.spaced && pm[0] === pm[1])) {
      prefix = form;
      start -= pm[0].length;
      rule = 'currency-prefix';
    }
  }
  // glued letters before digits ("A330", "F-35" handled above): only a currency code may touch the number
  if (!core.spelled && READ_QUANTITY_RE_3.test(text[core.start - 1] ?? '') && !prefix) return null;

  let pos = end;
  let scaleForm: { value: number; needsCurrency?: boolean } | null = null;
  let scaleEnd = pos;
  if (!core.spelled || core.scale === 1) {
    const sm = c.scales.match(text, pos);
    if (sm) {
      const f = c.scales.byKey.get(formKey(sm[1]!));
      if (f) { scaleForm = f; scaleEnd = pos + sm[0].length; }
    }
  }
  const applyScale = (): void => {
    if (!scaleForm) return;
    value *= scaleForm.value; scale *= scaleForm.value; pos = scaleEnd; end = scaleEnd;
  };

  // suffix currency, possibly after a scale and a link ("3 millions d'euros", "75 millions de $", "2 M€")
  const suffixCurrency = (from: number, allowLink: boolean): { form: CurrencyForm; end: number } | null => {
    let p = from;
    if (allowLink && c.link) {
      const lm = at(c.link, text, p);
      if (lm) {
        const cm = c.currencySuffix.match(text, p + lm[0].length);
        if (cm) {
          const f = c.currencySuffix.byKey.get(formKey(cm[1]!));
          if (f) return { form: f, end: p + lm[0].length + cm[0].length };
        }
      }
    }
    const cm = c.currencySuffix.match(text, p);
    if (!cm) return null;
    const f = c.currencySuffix.byKey.get(formKey(cm[1]!));
    // a symbol touching the next digits is that number's prefix: "1 $10 bill"
    if (f && !READ_QUANTITY_RE_4.test(f.form) && /\d/.test(text[p + cm[0].length] ?? '')) return null;
    return f ? { form: f, end: p + cm[0].length } : null;
  };

  if (scaleForm && (!scaleForm.needsCurrency || prefix)) applyScale();
  else if (scaleForm && scaleForm.needsCurrency) {
    const sc = suffixCurrency(scaleEnd, true);
    if (sc) applyScale();
    // "1.5m people", "300k users": an abbreviated scale glued to the number before a plural noun
    else if (scaleEnd - pos === 1 + (text.slice(pos, scaleEnd).length - 1) && !/\s/.test(text.slice(pos, scaleEnd))
      && READ_QUANTITY_RE_5.test(text.slice(scaleEnd, scaleEnd + 34))) applyScale();
  }

  let currency: CurrencyForm | null = prefix;
  if (prefix) {
    value *= prefix.factor ?? 1;
    kind = 'currency';
    unit = prefix.code;
    // redundant noun after a symbol: "USD$23 billion dollar deal"
    const sc = suffixCurrency(pos, scale > 1);
    if (sc && sc.form.code === prefix.code && !sc.form.factor && READ_QUANTITY_RE_6.test(sc.form.form)) { pos = sc.end; end = sc.end; }
  } else {
    // "2 percentage points" before "2 percent(age)"
    const ppm = c.points.match(text, pos);
    // "3.9pc", "up 12 pc": the British percent sign, lower case only (not "a Windows 10 PC") (ruleId numbers/en/percent)
    const lpm = c.lowerPercent ? at(c.lowerPercent, text, pos) : null;
    const pcm = ppm ? null : lpm ? [lpm[0], '%'] as [string, string] : c.percent.match(text, pos);
    if (ppm) {
      const f = c.points.byKey.get(formKey(ppm[1]!))!;
      kind = 'pp'; unit = 'pp'; value *= f.factor; end = pos + ppm[0].length; rule = 'percentage-points';
    } else if (pcm && !(pcm[0].startsWith('-') && pcm[1] === '%')) {
      kind = 'percent'; unit = '%'; end = pos + pcm[0].length; rule = 'percent';
    } else {
      const sc = suffixCurrency(pos, scale > 1);
      if (sc) {
        currency = sc.form;
        kind = 'currency'; unit = sc.form.code; value *= sc.form.factor ?? 1; end = sc.end; rule = 'currency-suffix';
        // "75 USD million", "120 MEUR" (factor already applied)
        if (scale === 1 && !sc.form.factor) {
          const sm = c.scales.match(text, end);
          const f = sm ? c.scales.byKey.get(formKey(sm[1]!)) : undefined;
          if (sm && f && !f.needsCurrency) { value *= f.value; scale = f.value; end += sm[0].length; }
        }
      } else {
        const bpm = c.barePoints.match(text, pos);
        const mm = bpm ? null : at(c.measures.re, text, pos);
        if (bpm && !text.slice(pos, pos + bpm[0].length).includes('-')) {
          kind = 'points'; unit = 'pp'; end = pos + bpm[0].length; rule = 'points';
        } else if (mm) {
          // "125 km/h", "125 GeV", "521 kg", "38 °C"
          kind = 'measure'; unit = c.measures.byKey.get(mm[1]!) ?? mm[1]!; end = pos + mm[0].length; rule = 'measure';
        } else if (lex.gluedMinor && !core.spelled && scale === 1 && text[pos] === lex.gluedMinor.form && !READ_QUANTITY_RE.test(text[pos + 1] ?? '')
          && !VIDEO_LINES.has(value)) {
          // "closed at 312p", "fell 12p" (a British share price in pence, glued to its number; not "1080p" video)
          // (ruleId numbers/en/glued-minor)
          kind = 'currency'; unit = lex.gluedMinor.code; value *= lex.gluedMinor.factor ?? 1; end = pos + 1; rule = 'glued-minor';
        }
      }
    }
  }
  // letters glued after digits ("3e", "1er", "5G", "767s") unless a unit or scale took them
  if (!core.spelled && end === core.end && READ_QUANTITY_RE_7.test(text[core.end] ?? '')) return null;

  // "per cent of twenty-two", "pourcentage de vingt"
  if (kind === 'number') {
    const pp = c.percentPrefix.exec(text.slice(Math.max(0, start - 24), start));
    if (pp) { kind = 'percent'; unit = '%'; start -= pp[0].length; rule = 'percent-prefix'; }
  }

  // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
  if (kind === 'currency' && currency && !currency.factor && unit) {
    const nx = cores[lastCore + 1];
    if (nx && nx.value < 100 && nx.value >= 1 && Number.isInteger(nx.value) && nx.scale === 1) {
      const gap = text.slice(end, nx.start);
      const gapOk = new RegExp(`^${SP}{1,2}(?:(?:${lex.connectors.join('|')})${SP}{1,2})?$`, 'iu').test(gap);
      if (gapOk) {
        const mm = at(c.minor, text, nx.end);
        const closes = /^[ \t]{0,2}(?:[.!?;]|$)/.test(text.slice(nx.end, nx.end + 3));
        if (mm || closes) {
          value += nx.value / 100;
          end = mm ? nx.end + mm[0].length : nx.end;
          lastCore += 1;
          rule = 'currency-with-minor';
        }
      }
    }
  }

  if (sign === '-') value = -value;
  // 16,4 × 1e6 is 16399999.999999998 in binary floating point
  value = Number(value.toPrecision(12));
  const ruleId = `numbers/${lex.language}/${rule}`;
  return {
    quantity: {
      start, end, text: text.slice(start, end), value, kind, unit, coreStart: core.start, coreEnd: core.end,
      spelled: core.spelled, scale, sign, joined: joined && kind === 'number', ruleId,
    },
    lastCore,
  };
}

/** "from " or « de » right before the first figure of a pair (ruleId numbers/<lang>/from-to-shared-unit). */
const FROM_OPENER_RE = new RegExp(`(?<![${LETTER}])(?:from|de|d['’])${SP}{1,2}$`, 'iu');
/** The link of a pair of levels: " to ", « à » (ruleId numbers/<lang>/from-to-shared-unit). */
const FROM_TO_JOINER_RE = new RegExp(`^${SP}{1,2}(?:to|à)${SP}{1,2}$`, 'iu');

/** Built once for {@link mergeRanges} (character classes: text/char-classes.ts). */
const MERGE_RANGES_RE = new RegExp(`^[ \\t\\u00a0]{1,2}[${LOWER}]`, 'u');

/**
 * Merges ranges: "entre 3 et 5 %", "between $2bn and $3bn", "3-5%", "2 to 3 percent".
 * The first bound takes the unit (and scale) of the second when it has none.
 */
function mergeRanges(text: string, qs: Quantity[], c: Compiled): Quantity[] {
  const { lex } = c;
  const joiners = lex.rangeJoiners.map(escapeRe).join('|');
  const gapRe = new RegExp(`^${SP}{0,2}(?:${joiners})${SP}{0,2}$`, 'iu');
  const openerRe = new RegExp(`(?<![${LETTER}])(?:${lex.rangeOpeners.map(escapeRe).join('|')})${SP}{1,2}$`, 'iu');
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1];
    const opener = b ? openerRe.test(text.slice(Math.max(0, a.start - 12), a.start)) : false;
    // "between 3 and 5 million people": two bare numbers make a range only after "between"/"entre"
    const betweenBare = opener && b?.kind === 'number' && a.kind === 'number' && /(?:between|entre)[ \t\u00a0]{1,2}$/iu.test(text.slice(Math.max(0, a.start - 10), a.start));
    // "seating 242 to 330 passengers", « de 3 à 5 personnes »: two digit counts joined by "to"/« à » before a noun
    // (ruleId numbers/<lang>/range-count)
    const toBare = !!b && a.kind === 'number' && b.kind === 'number' && !a.spelled && !b.spelled && a.scale === 1 && b.scale === 1
      && /^[ \t\u00a0]{1,2}(?:to|à)[ \t\u00a0]{1,2}$/u.test(text.slice(a.end, b.start)) && MERGE_RANGES_RE.test(text.slice(b.end, b.end + 3));
    // "$40-50 billion", "$2 to 3 billion": a currency sign on the first bound, the scale on the second — both bounds are
    // money of that scale (ruleId numbers/<lang>/range-shared-scale)
    const dash = b ? text.slice(a.end, b.start) : '';
    if (b && a.kind === 'currency' && a.scale === 1 && !a.spelled && b.kind === 'number' && b.scale > 1 && !b.spelled
      && /^(?:[-–]|[ \t\u00a0]{1,2}(?:to|à)[ \t\u00a0]{1,2})$/u.test(dash) && a.value > 0 && a.value * b.scale < b.value) {
      out.push({
        ...a, end: b.end, text: text.slice(a.start, b.end), value: Number((a.value * b.scale).toPrecision(12)),
        valueMax: b.value, scale: b.scale, ruleId: `numbers/${lex.language}/range-shared-scale`, joined: false,
      });
      i++;
      continue;
    }
    // "lowered from 8,000 to 6,000 euros", « ramené de 5 000 à 4 000 euros », « de 12 à 8 % »: a falling pair after
    // "from"/« de » is no range but a move; its bare first figure is a level in the unit (and scale) written after the second
    // (ruleId numbers/<lang>/from-to-shared-unit). (Not a year, "from 2019 to 12%", nor a spelled or scaled first figure.)
    if (b && a.kind === 'number' && !a.spelled && a.scale === 1 && !a.approximate && (b.kind === 'currency' || b.kind === 'percent')
      && b.valueMax === undefined && FROM_OPENER_RE.test(text.slice(Math.max(0, a.start - 6), a.start))
      && FROM_TO_JOINER_RE.test(text.slice(a.end, b.start)) && !(Number.isInteger(a.value) && a.value >= 1800 && a.value <= 2100)) {
      const lo = b.scale > 1 && Math.abs(a.value) < 1000 ? Number((a.value * b.scale).toPrecision(12)) : a.value;
      if (lo > b.value && (b.kind === 'currency' || lo < 1000)) {
        out.push({ ...a, kind: b.kind, unit: b.unit, value: lo, scale: b.scale, ruleId: `numbers/${lex.language}/from-to-shared-unit`, joined: false });
        continue;
      }
    }
    if (b && a.end <= b.start && gapRe.test(text.slice(a.end, b.start)) && (b.kind !== 'number' || betweenBare || toBare)) {
      // "between X and Y", "entre X et Y" (a "from"/"de" opener needs a bare first bound)
      const bare = a.kind === 'number';
      const compatible = bare || (a.unit === b.unit && a.kind === b.kind);
      const joiner = text.slice(a.end, b.start).trim().toLowerCase();
      // "between"/"entre" … "and"/"et" always; "3-5 %", "3 à 5 %", "2 to 3 percent" only when the first bound is bare
      const and = lex.connectors.includes(joiner);
      let lo = a.value;
      if (bare && a.scale === 1 && b.scale > 1 && Math.abs(lo) < 1000) lo *= b.scale;
      if (compatible && lo <= b.value && (opener ? and || bare : bare && !and)) {
        out.push({
          ...b, start: a.start, text: text.slice(a.start, b.end), value: lo, valueMax: b.value,
          coreStart: a.coreStart, ruleId: `numbers/${lex.language}/range`, joined: false,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
