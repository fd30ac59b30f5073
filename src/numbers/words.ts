/**
 * Spelled-out numbers: finds runs of number words ("twenty-three",
 * "quatre-vingt-dix", "trois cent cinq", "a quarter million") and evaluates
 * them with the lexicon of the language. Data in `src/lexicon/{en,fr}/metrics-numbers.ts`.
 *
 * @module
 */
import type { QuantityLexicon } from './types.js';
import { DIGIT, LETTER } from '../text/char-classes.js';

/** A number written in words: offsets in UTF-16 code units, end exclusive. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
  /** Largest scale word used (1 when none): "trois millions" → 1e6. */
  scale: number;
  /** Words used, lower case ("quatre", "vingt", "dix"). */
  words: string[];
}

interface Tok { start: number; end: number; word: string }

/** Compiled word matcher of one lexicon. */
interface WordMatcher { re: RegExp; gap: RegExp }

const MATCHERS = new WeakMap<QuantityLexicon, WordMatcher>();

function matcherFor(lex: QuantityLexicon): WordMatcher {
  let m = MATCHERS.get(lex);
  if (m) return m;
  const words = new Set<string>([
    ...Object.keys(lex.numberWords), ...Object.keys(lex.hundredWords), ...Object.keys(lex.scaleWords),
    ...Object.keys(lex.fractionWords), ...lex.connectors,
  ]);
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: "un" in "une" or "dix" in "dixième" must not match.
  // e.g. "quatre-vingt-dix-sept" → quatre | vingt | dix | sept
  m = {
    re: new RegExp(`(?<![${LETTER}${DIGIT}])(?:${alts.join('|')})(?![${LETTER}${DIGIT}])`, 'giu'),
    // between two words of one number: spaces or a hyphen ("twenty-three", "trente cinq")
    gap: /^[\s\u00a0\u202f\u2009\-\u2010\u2011]{1,3}$/,
  };
  MATCHERS.set(lex, m);
  return m;
}

/**
 * Finds every spelled-out number of `text` in the given language.
 * Articles alone ("a", "un", "une" not followed by a scale) are reported with
 * value 1 only when the language's grammar allows them as numbers ("un", "une",
 * "one"); callers decide whether a lone 1 is an article.
 * Linear in `text.length`.
 */
export function findWordNumbers(text: string, lex: QuantityLexicon): WordNumber[] {
  const { re, gap } = matcherFor(lex);
  const out: WordNumber[] = [];
  let run: Tok[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = { start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() };
    const prev = run[run.length - 1];
    if (prev && !gap.test(text.slice(prev.end, tok.start))) {
      evaluateRun(run, lex, out);
      run = [];
    }
    run.push(tok);
  }
  if (run.length) evaluateRun(run, lex, out);
  return out;
}

interface State {
  start: number;
  end: number;
  total: number;
  current: number;
  lastAdd: number | null;
  lastScale: number;
  maxScale: number;
  lastWord: string;
  words: string[];
  /** Has a word other than an article "a"/"an". */
  real: boolean;
}

/** Evaluates a run of adjacent number words, splitting it where the grammar breaks ("one two" → 1, 2). */
function evaluateRun(toks: Tok[], lex: QuantityLexicon, out: WordNumber[]): void {
  const fr = lex.language === 'fr';
  let st: State | null = null;
  const flush = (): void => {
    if (st && st.real) {
      out.push({ start: st.start, end: st.end, value: st.total + st.current, scale: st.maxScale, words: st.words });
    }
    st = null;
  };
  const begin = (t: Tok, current: number, real = true): State => ({
    start: t.start, end: t.end, total: 0, current, lastAdd: null, lastScale: 0, maxScale: 1, lastWord: t.word, words: [t.word], real,
  });
  const extend = (s: State, t: Tok): void => { s.end = t.end; s.lastWord = t.word; s.words.push(t.word); };
  const kindOf = (w: string | undefined): 'unit' | 'hundred' | 'scale' | 'fraction' | 'connector' | null => {
    if (w === undefined) return null;
    if (w in lex.scaleWords) return 'scale';
    if (w in lex.hundredWords) return 'hundred';
    if (w in lex.fractionWords) return 'fraction';
    if (lex.connectors.includes(w)) return 'connector';
    if (w in lex.numberWords) return 'unit';
    return null;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.word;
    const kind = kindOf(w);
    const next = kindOf(toks[i + 1]?.word);
    const s = st as State | null;
    if (kind === 'connector') {
      // "two and a half (million)": a half added to the number before (ruleId numbers/en/and-a-half)
      if (s && s.real && s.current >= 1 && s.current % 1 === 0 && (toks[i + 1]?.word === 'a' || toks[i + 1]?.word === 'one') && toks[i + 2]?.word === 'half'
        && lex.fractionWords.half === 0.5) {
        s.current += 0.5; s.lastAdd = null; extend(s, t); extend(s, toks[i + 1]!); extend(s, toks[i + 2]!);
        i += 2;
        continue;
      }
      // "one hundred and five", "vingt et un", "soixante et onze": only inside a number
      if (!s || next !== 'unit') flush();
      continue;
    }
    if (kind === 'unit') {
      const v = lex.numberWords[w]!;
      const article = w === 'a' || w === 'an';
      if (article) {
        // "a million", "a hundred", "a quarter million"; otherwise an article
        flush();
        if (next === 'scale' || next === 'hundred' || next === 'fraction') st = begin(t, 1, false);
        continue;
      }
      if (!s) { st = begin(t, v); st.lastAdd = v; continue; }
      const c = s.current % 100;
      if (fr && w.startsWith('vingt') && s.lastWord === 'quatre' && c === 4) {
        // "quatre-vingt(s)" = 80
        s.current += 76; s.lastAdd = 80; extend(s, t); continue;
      }
      const afterMultiplier = s.lastAdd === null && c === 0;
      const tensThenUnit = v < 10 && c >= 20 && c % 10 === 0 && s.lastAdd !== null;
      const frTeens = fr && v >= 10 && v < 20 && (c === 60 || c === 80) && s.lastAdd !== null;
      // "dix-sept", "dix-huit", "dix-neuf" = 17, 18, 19 ("cent dix-huit" = 118; "soixante-dix-huit" is read by tensThenUnit)
      const frDixUnit = fr && c === 10 && v >= 7 && v <= 9 && s.lastAdd === 10;
      if (afterMultiplier || tensThenUnit || frTeens || frDixUnit) {
        s.current += v; s.lastAdd = v; s.real = true; extend(s, t); continue;
      }
      flush();
      st = begin(t, v); st.lastAdd = v;
      continue;
    }
    if (kind === 'hundred') {
      const plural = lex.hundredWords[w]!.plural;
      if (!s) {
        // French "cent" alone is 100 ("cent personnes"); English "hundred" needs "a"/"one"
        if (fr && !plural) { st = begin(t, 100); continue; }
        continue;
      }
      const c = s.current;
      const ok = fr ? (plural ? c >= 2 && c <= 9 : c <= 9) : c >= 1 && c <= 99;
      if (!ok) { flush(); continue; }
      s.current = (c === 0 ? 1 : c) * 100; s.lastAdd = null; s.real = true; extend(s, t);
      continue;
    }
    if (kind === 'scale') {
      const scale = lex.scaleWords[w]!;
      if (!s) {
        // "mille personnes"; "million" alone ("millions of people") is not a number
        if (scale === 1e3 && fr) { st = begin(t, 0); st.total = 1e3; st.lastScale = 1e3; st.maxScale = 1e3; }
        continue;
      }
      if ((s.lastScale && scale >= s.lastScale) || s.current === 0) { flush(); continue; }
      s.total += s.current * scale; s.current = 0; s.lastScale = scale; s.maxScale = Math.max(s.maxScale, scale);
      s.lastAdd = null; s.real = true; extend(s, t);
      continue;
    }
    if (kind === 'fraction') {
      // "half million", "a quarter million", "three quarters billion": only before a scale
      if (next !== 'scale') { flush(); continue; }
      const f = lex.fractionWords[w]!;
      if (!s) { st = begin(t, f); continue; }
      if (s.words.length === 1 && !s.real) { s.current = f; s.real = true; extend(s, t); continue; }
      if (s.current >= 1 && s.current <= 9 && s.total === 0 && w.endsWith('s')) {
        s.current *= f; extend(s, t); continue;
      }
      flush();
      st = begin(t, f);
      continue;
    }
  }
  flush();
}
