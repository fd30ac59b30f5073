/**
 * Pathological inputs for the linear-time tests: each a function of the
 * wanted size (UTF-16 code units) returning a string of about that size,
 * built to provoke a known worst case of rule-based extraction (regex
 * backtracking, quadratic scans for a closing mark, one sentence the size
 * of the document, many distinct actors, deep HTML nesting).
 *
 * @module
 */
import { ordinaryText } from './corpus.js';

/** One pathological input family. */
export interface PathologicalCase {
  /** Short name, shown in test titles. */
  name: string;
  /** What worst case it provokes. */
  why: string;
  /** Builds an input of about `size` code units. */
  make: (size: number) => string;
  /** Full size used by the test (default 1 000 000). */
  size?: number;
  /** HTML input (timed against same-size ordinary HTML). */
  html?: boolean;
}

/** Deterministic PRNG (mulberry32) so the inputs are identical on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `unit` repeated to exactly `size` code units. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Words of `size` code units from `next()`, joined by `sep`. */
function words(size: number, next: () => string, sep = ' '): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = next();
    parts.push(w);
    n += w.length + sep.length;
  }
  return parts.join(sep).slice(0, size);
}

const LOWER = 'abcdefghijklmnopqrstuvwxyzéèàç';
const UPPER = 'ABCDEFGHIJKLMNOPRSTUVWZÉ';

/** A random word of 2–10 letters, capitalised or not. */
function randomWord(rand: () => number, capital: boolean): string {
  const len = 2 + Math.floor(rand() * 9);
  let w = capital ? UPPER[Math.floor(rand() * UPPER.length)]! : LOWER[Math.floor(rand() * LOWER.length)]!;
  for (let i = 1; i < len; i++) w += LOWER[Math.floor(rand() * LOWER.length)]!;
  return w;
}

/** The ordinary text with every character of `marks` removed and runs of white space folded to one space. */
function flattened(size: number, marks: RegExp): string {
  return ordinaryText(Math.ceil(size * 1.1)).replace(marks, '').replace(/\s+/g, ' ').slice(0, size);
}

/** `depth` nested `<tag>` elements, each with a word of text, as a page. */
export function nestedHtml(depth: number, open: string, close: string): string {
  return `<!doctype html><html lang="fr"><body>${`${open}mot `.repeat(depth)}${close.repeat(depth)}</body></html>`;
}

/** One paragraph of the fragment case: a page of these without `<html>`/`<body>` lost all its text, in quadratic time. */
const FRAGMENT_P = '<p>Apple rose 3%. </p>';

/** Code units per level of {@link nestedHtml} with `<div>`: `<div>mot ` + `</div>`. */
const DIV_LEVEL = '<div>mot </div>'.length;

/**
 * The pathological inputs of issue 6, plus neighbours of each that hit the
 * same rules from another side.
 */
export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  { name: 'digits', why: 'one 1 MB number: number/amount regexes with optional separators', make: (n) => fill('0123456789', n) },
  { name: '"1 000 000 " groups', why: 'thousands-separated number that never ends (space-grouped digits)', make: (n) => fill('1 000 000 ', n) },
  { name: '"1,5 % " metrics', why: 'a metric every 6 characters: metric extraction and subject search per match', make: (n) => fill('1,5 % ', n) },
  {
    name: 'one sentence of English figures with subjects', why: 'thousands of metrics with a subject in one sentence (a new-user trial: each subject\'s premodifier check tokenised the sentence from its start, quadratic)',
    make: (n) => fill('Apple rose 5% on Monday and ', n),
  },
  {
    name: 'one sentence of postposed reports', why: 'thousands of "…, said X," reports in one clause (second new-user trial: each postposed verb read the rest of the clause and counted the words of the whole claim span, quadratic: 2 MB did not finish in 10 min)',
    make: (n) => fill('Apple revenue rose 5% to $10 billion, said Tim Cook, ', n),
  },
  {
    name: 'capitalised words', why: 'one endless proper-name run: name chunking, actor index, alias matching over many distinct actors',
    make: (n) => { const r = prng(1); return words(n, () => randomWord(r, true)); },
  },
  {
    name: 'capitalised names with full stops', why: 'many short sentences naming many distinct people and organisations',
    make: (n) => { const r = prng(2); return words(n, () => `${randomWord(r, true)} ${randomWord(r, true)} ${randomWord(r, false)}.`); },
  },
  { name: 'opening « never closed', why: 'each « scans for its » to the end of the text', make: (n) => { const r = prng(3); return words(n, () => `« ${randomWord(r, false)} ${randomWord(r, false)}`); } },
  { name: 'opening “ never closed', why: 'each “ scans for its ” to the end of the text', make: (n) => { const r = prng(4); return words(n, () => `“${randomWord(r, false)} ${randomWord(r, false)}`); } },
  { name: 'one « then no closing quote', why: 'a quote opened at the start of an ordinary text without »', make: (n) => `« ${flattened(n - 2, /[«»“”"]/g)}` },
  { name: '"M. M. M. "', why: 'abbreviation dots: sentence splitting and title + name patterns', make: (n) => fill('M. ', n) },
  { name: 'spaces', why: 'white space only: trimming and \\s+ runs', make: (n) => fill(' ', n) },
  { name: 'newlines', why: 'blank lines only: paragraph splitting', make: (n) => fill('\n', n) },
  { name: 'one word', why: 'a single 1 MB token: \\w+ and [^\\s]+ runs', make: (n) => fill('a', n) },
  {
    name: 'one 2 MB line without punctuation', why: 'a single sentence of 2 MB: every per-sentence scan is over the whole text',
    make: (n) => flattened(n, /[.,;:!?«»“”"()\-–—'’]/g), size: 2_000_000,
  },
  { name: '"de la de la"', why: 'repeated function words: optional-word chains in name and subject patterns', make: (n) => fill('de la ', n) },
  { name: '"$$$$"', why: 'currency signs with no amount', make: (n) => fill('$', n) },
  { name: '"%%%%"', why: 'percent signs with no number', make: (n) => fill('%', n) },
  { name: '"selon selon"', why: 'attribution cue with no source: claim attribution scans', make: (n) => fill('selon ', n) },
  { name: '"according to according to"', why: 'English attribution cue with no source', make: (n) => fill('according to ', n) },
  { name: '"said said"', why: 'speech verb with no speaker or quote', make: (n) => fill('said ', n) },
  { name: 'the same name repeated', why: 'one actor with a very large number of mentions', make: (n) => fill('Sam Altman a dit. ', n) },
  {
    name: 'space run in a quote lead', why: 'a long run of spaces between a speaker and "x :" before a quotation (trailing-colon trim of the lead)',
    make: (n) => `Le ministre Jean Dupont a déclaré${' '.repeat(Math.max(0, n - 80))}x : « Nous allons interdire la vente. »`,
  },
  {
    name: 'space run after a postposed speaker', why: 'a long run of spaces after "…, a affirmé le ministre" (trailing-punctuation trim, subject trailer)',
    make: (n) => `Les prix vont augmenter, a affirmé le ministre Jean Dupont${' '.repeat(Math.max(0, n - 80))}x.`,
  },
  {
    name: 'space run in a subject', why: 'a long run of spaces between the subject and its reporting verb (subject-trailer regex)',
    make: (n) => `Minister John Smith${' '.repeat(Math.max(0, n - 60))}x said that prices would rise.`,
  },
  {
    name: 'dot run in a metric subject', why: 'a long run of full stops inside the subject of a metric (trailing-punctuation trim)',
    make: (n) => `Car sales${'.'.repeat(Math.max(0, n - 30))}x rose 5 percent.`,
  },
  {
    name: '10 000 nested <div>', why: 'deep HTML nesting: parser depth and per-element text()',
    make: (n) => nestedHtml(Math.round(n / DIV_LEVEL), '<div>', '</div>'), size: 10_000 * DIV_LEVEL, html: true,
  },
  {
    name: 'fragment: 20 000 <p>, no <html>/<body>', why: 'top-level siblings without the html/body wrapper: linkedom had no body (no text, quadratic walks); parse5 rebuilds the implied elements',
    make: (n) => FRAGMENT_P.repeat(Math.max(1, Math.round(n / FRAGMENT_P.length))), size: 20_000 * FRAGMENT_P.length, html: true,
  },
  {
    name: '10 000 nested <blockquote>', why: 'nested text blocks: text of each block includes all nested ones',
    make: (n) => nestedHtml(Math.round(n / DIV_LEVEL), '<blockquote>', '</blockquote>'), size: 10_000 * DIV_LEVEL, html: true,
  },
  {
    name: '10 000 nested <ul><li>', why: 'nested list items: text of each item includes all nested ones',
    make: (n) => nestedHtml(Math.round(n / DIV_LEVEL), '<ul><li>', '</li></ul>'), size: 10_000 * DIV_LEVEL, html: true,
  },
  {
    name: 'unclosed <b><i> pairs', why: 'formatting elements never closed nest without end (a new-user trial: 100 000 pairs ran 15 min): the parsers\' open-element stacks move with unshift; such markup is read as text',
    make: (n) => `<html><body>${'<b><i>'.repeat(Math.max(1, Math.round((n - 40) / 6)))}Apple rose 5%.</body></html>`, html: true,
  },
  {
    name: 'one line of the same company description', why: 'a description resolved again and again to one actor (a new-user trial: quadratic in the overlap check of its mentions)',
    make: (n) => 'Apple shares rose 5% on Tuesday, the company said. '.repeat(Math.max(1, Math.round(n / 51))),
  },
];

/** Ordinary HTML of about `size` code units: the ordinary text's paragraphs as `<p>` elements. */
export function ordinaryHtml(size: number): string {
  const paras = ordinaryText(size).split(/\n\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  const head = '<!doctype html><html lang="fr"><body>';
  const out: string[] = [];
  let n = head.length;
  for (const p of paras) {
    if (n + p.length > size) break;
    out.push(p);
    n += p.length + 1;
  }
  return `${head}${out.join('\n')}</body></html>`;
}
