/**
 * Word tokens with the properties the actor rules need (capitalisation,
 * acronym, CamelCase, digits, sentence-initial position, headings).
 * One linear regex scan of the text.
 *
 * @module
 */
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { fold } from './normalize.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';

/** A word of the text; offsets in UTF-16 code units, end exclusive. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** {@link fold}ed text without a final dot. */
  norm: string;
  /** Starts with an upper-case letter ("Boeing", "ÉLYSÉE", "McCain"). */
  cap: boolean;
  /** Two or more letters, all upper case, digits allowed ("NSA", "G7", "MI6"). */
  acronym: boolean;
  /** Lower-case start with an inner capital ("iPhone", "xAI", "eBay"). */
  camelLower: boolean;
  /** Only digits ("767"). */
  digits: boolean;
  /** First word of a sentence, a quotation, a line or after a colon/dash. */
  initial: boolean;
  /** Index of the token in the token list. */
  index: number;
  /** Elided article/preposition glued before the word, folded ("d'" in "d’OpenAI"), or ''. */
  elision: string;
  /** Start including the elision ("d’OpenAI" → offset of "d"). */
  outerStart: number;
}

/**
 * A word: letters/digits with inner hyphens, apostrophes, dots or
 * ampersands, up to 8 inner pieces (bounded: linear time).
 * Examples: "Hewlett-Packard", "d’OpenAI", "U.S", "AT&T", "GovExec.com".
 */
// (a soft hyphen left by the page inside a word joins it: "Vladi\u00admir", "Netan\u00adyahu"; ruleId actors/soft-hyphen)
const WORD = new RegExp(`[${LETTER}${DIGIT}]+(?:[-'’.&\u00ad][${LETTER}${DIGIT}]+){0,8}`, 'gu');
/** French elisions glued to the next word: "d’OpenAI" → "d’" + "OpenAI" (ruleId actors/elision). */
const ELISION = new RegExp(`^(?:[dDlLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[${LETTER}${DIGIT}])`, 'u');
/** M' or N' before a capital: "M'Jid", "N'Golo" (ruleId actors/name-initial-apostrophe). */
const NAME_APOSTROPHE = new RegExp(`^[MN]['’][${UPPER}]`, 'u');
/** An Arabic article glued to a capitalised name: "al-Rahman", "el-Sisi", "ash-Shabab" (ruleId actors/arabic-article). */
const ARABIC_ARTICLE = new RegExp(`^(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)-[${UPPER}][${LOWER}]`, 'u');
/** English possessive: "Boeing's" → "Boeing". */
const POSSESSIVE = /['’]s$/;
/** Characters after which the next word starts a clause: ". Le", "« Les", ": The", "- Le". */
const INITIAL_BEFORE = new Set(['.', '!', '?', '«', '“', '"', '‘', '(', '[', ':', '-', '–', '—', '•', '\n', '…', ';', '»', '”']);

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE = new RegExp(`^[${UPPER}]$`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_2 = new RegExp(`[${LETTER}]\\.[${LETTER}]$`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_3 = new RegExp(`[${UPPER}]`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_4 = new RegExp(`[^${LETTER}]`, 'gu');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_5 = new RegExp(`^[${UPPER}${DIGIT}&.\\-]+$`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_6 = new RegExp(`[${UPPER}].*[${UPPER}]`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_7 = new RegExp(`^[${LOWER}]{1,2}[${UPPER}]`, 'u');

/** Built once for {@link tokenize} (character classes: text/char-classes.ts). */
const TOKENIZE_RE_8 = new RegExp(`^[${DIGIT}]+$`, 'u');

/** Splits `text` into word tokens (see {@link Token}). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    let word = m[0];
    let elision = '';
    // « M'Jid El Guerrab », "N'Golo Kanté", « N'Djamena »: a capital M or N, an apostrophe and a capital letter are the
    // opening of a name, not an elided pronoun (« M'a-t-il dit ») (ruleId actors/name-initial-apostrophe)
    // (elisions and possessives hold an apostrophe: most words have none, and skip the three regexes)
    const apostrophe = word.includes("'") || word.includes('’');
    const el = !apostrophe || NAME_APOSTROPHE.test(word) ? null : ELISION.exec(word);
    if (el) {
      elision = fold(el[0]);
      start += el[0].length;
      word = word.slice(el[0].length);
    }
    if (apostrophe && POSSESSIVE.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
    }
    // keep the dot of an abbreviation, an initial or a dotted acronym: "Corp.", "W.", "U.S.", "M."
    // (not the letter of a model or a class: "prices of the Model Y. BYD sold…", "a Series B. The startup…" — its full stop
    // ends the sentence; it is no middle initial as in "George W. Bush" — ruleId actors/designation-letter-stop)
    const prevTok = out[out.length - 1];
    const designation = word.length === 1 && !!prevTok && DESIGNATION_NOUNS.has(prevTok.norm)
      && /^[ \u00a0]$/.test(text.slice(prevTok.end, start));
    if (text[end] === '.' && !designation) {
      const f = fold(word);
      if (ABBREVIATIONS.has(f) || TOKENIZE_RE.test(word) || TOKENIZE_RE_2.test(word)) {
        end += 1;
        word += '.';
      }
    }
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    const first = bare[0] ?? '';
    // "Rami Abd al-Rahman", "Bashar al-Assad", « Abdel Fattah al-Sissi »: an Arabic article glued to a capitalised name
    // is part of a capitalised name (ruleId actors/arabic-article)
    const cap = TOKENIZE_RE_3.test(first) || ((bare[2] === '-' || bare[3] === '-') && ARABIC_ARTICLE.test(bare));
    out.push({
      start, end, text: word, norm: fold(bare), cap,
      // (the letters counted last: most words fail the two tests before)
      acronym: TOKENIZE_RE_5.test(bare) && TOKENIZE_RE_6.test(bare) && bare.replace(TOKENIZE_RE_4, '').length >= 2,
      camelLower: TOKENIZE_RE_7.test(bare),
      digits: TOKENIZE_RE_8.test(bare),
      initial: isInitial(text, m.index, out[out.length - 1]),
      index: out.length,
      elision,
      outerStart: m.index,
    });
  }
  return out;
}

/** Nouns that a single letter designates: "Model Y", "Class A", "Series B", "Type C" (folded; ruleId actors/designation-letter-stop). */
const DESIGNATION_NOUNS = new Set(['model', 'class', 'type', 'series', 'version', 'generation', 'phase', 'plan', 'vitamin',
  'section', 'grade', 'level', 'stage', 'block', 'variant', 'serie', 'modele', 'classe', 'categorie', 'category']);

/** Abbreviated titles and initials whose dot does not end a sentence: "Sen. McCain", "George W. Bush", "M. Dupont". */
const NON_FINAL_DOT = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'm', 'mme', 'mlle', 'prof', 'col', 'lt',
  'capt', 'sgt', 'adm', 'cmdr', 'pr', 'me', 'mgr', 'pres', 'asst', 'supt', 'rev', 'hon', 'messrs', 'mm']);

/** Built once for {@link isInitial} (character classes: text/char-classes.ts). */
const IS_INITIAL_RE = new RegExp(`^[${UPPER}]\\.$`, 'u');

function isInitial(text: string, start: number, prev: Token | undefined): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202f' || text[i] === '\t' || text[i] === '\r')) i--;
  if (i < 0) return true;
  if (text[i] === '.' && prev && prev.end === i + 1 && (NON_FINAL_DOT.has(prev.norm) || IS_INITIAL_RE.test(prev.text))) return false;
  // "\"We comply,\" Huang said": a closing quotation mark after a comma does not end the sentence (ruleId actors/after-quote-comma)
  if ((text[i] === '"' || text[i] === '”') && text[i - 1] === ',') return false;
  // ``Please do not…'': typewriter quotes (a backquote, or two apostrophes) open a quotation
  return INITIAL_BEFORE.has(text[i]!) || text[i] === '`' || (text[i] === "'" && i > 0 && text[i - 1] === "'");
}

