/**
 * fast-check generators of hostile inputs for factex: random Unicode (with
 * unpaired surrogates and control characters), news-flavoured token soups,
 * mutations of real articles, random bytes decoded as Latin-1 / UTF-8 /
 * UTF-16, and HTML built around article text.
 *
 * Every generator is deterministic given fast-check's seed, so a failure
 * reproduces with the seed and path fast-check prints.
 *
 * @module
 */
import fc from 'fast-check';
import { seedArticles } from './corpus.js';

/**
 * Single characters that stress the rules: quotes of both languages,
 * no-break and zero-width spaces, controls (C0, DEL, C1, ESC), bidi
 * overrides, line/paragraph separators, unpaired surrogates, a combining
 * mark, an astral emoji, currency and percent signs.
 */
export const HOSTILE_CHARS: readonly string[] = [
  '«', '»', '“', '”', '„', '"', "'", '‘', '’', '‹', '›', '«\u00a0', '\u00a0»',
  '\u00a0', '\u202f', '\u2007', '\u2009', '\u200b', '\ufeff', '\u00ad',
  '\u0000', '\u0007', '\u0008', '\t', '\r', '\n', '\r\n', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b',
  '\u202e', '\u2066', '\u2028', '\u2029',
  '\ud800', '\udfff', '\udbff', '\udc00', '\u0301', '😀',
  '%', '$', '€', '£', '¥', '.', ',', ';', ':', '!', '?', '…', '-', '–', '—', '(', ')', '[', ']', '/', '&', '<', '>',
];

/**
 * Tokens that wake up extractors (numbers and units, cue words, titles,
 * abbreviations, markup) in English and French.
 */
export const HOSTILE_TOKENS: readonly string[] = [
  '1 000 000', '1\u202f000\u202f000', '1,5', '1.5', '3,14159', '200 %', '200\u00a0%', '12 %', '$5', '5 $', '€3', '3 €',
  '1,5 milliard', '2.3 billion', 'million', 'milliards', 'pp', 'points de pourcentage', 'per cent', 'percent',
  '99999999999999999999999999', '1e308', '0,0000001', '-', '+', '×', '½', '٣', '１２',
  'M.', 'Mme', 'Dr.', 'Mr.', 'U.S.', 'S.A.', 'Inc.', 'Ltd', 'St.', 'etc.', 'p.', 'n°',
  'selon', 'selon selon', 'd\'après', 'a déclaré', 'a-t-il dit', 'aurait', 'auraient', 'démenti', 'a refusé de',
  'according to', 'said', 'told reporters', 'reportedly', 'allegedly', 'denied', 'refused to', 'would',
  'interdit', 'interdiction', 'ban', 'banned', 'sanctions', 'limite', 'limit', 'sauf', 'unless', 'without', 'sans',
  'contrat', 'contract', 'accord', 'agreement', 'signed', 'a signé', 'merger', 'rachat',
  'de la', 'de la de la', 'le', 'the', 'of the', 'Département de la Défense', 'Department of Defense',
  'Sam Altman', 'OpenAI', 'ONU', 'UN', 'NATO', 'OTAN', 'Président', 'ministre', 'CEO', 'PDG',
  'Jean-Pierre', 'O\'Brien', 'McDonald', 'ÉTATS-UNIS', 'ÉCONOMIE', 'İstanbul', 'ß', 'ﬁ',
  '<p>', '</p>', '<br>', '<div class="x">', '&amp;', '&nbsp;', '&#x1b;', '<!--', '-->', '<script>', '</script>',
  '\n\n', '  ', '\t', '...', '?!', '«»', '""', '“”',
];

/** A capitalised word of 1–12 letters (Latin, with accents), or an all-caps acronym. */
export const capitalisedWord: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈÀÇÔ'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàçôïû'), maxLength: 11 }))
    .map(([a, b]) => a + b),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 5 }),
);

/** One UTF-16 code unit of any value, so unpaired surrogates appear. */
const anyCodeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/**
 * Random Unicode strings: full code points, raw code units (unpaired
 * surrogates), or a mix of plain words and hostile characters.
 */
export function randomUnicode(maxLength = 2000): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength, size: 'large' }),
    fc.string({ unit: anyCodeUnit, maxLength, size: 'large' }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_CHARS), fc.constantFrom(...'abcdefghij ABCDE 0123456789 .,')), maxLength, size: 'large' }),
  );
}

/**
 * News-flavoured token soup: hostile tokens, capitalised words, digits and
 * hostile characters joined by spaces (sometimes by nothing).
 */
export function tokenSoup(maxTokens = 400): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
    { weight: 3, arbitrary: capitalisedWord },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
    { weight: 2, arbitrary: fc.constantFrom('le', 'la', 'les', 'des', 'et', 'the', 'a', 'and', 'in', 'to', 'est', 'is') },
  );
  return fc.tuple(fc.array(token, { maxLength: maxTokens, size: 'large' }), fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '\n'))
    .map(([tokens, sep]) => tokens.join(sep));
}

/** One edit of a text; positions are fractions of the current length in 1/10000. */
export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'cut-head'; at: number }
  | { op: 'duplicate'; from: number; len: number; to: number; times: number }
  | { op: 'insert'; at: number; what: string; times: number }
  | { op: 'delete'; from: number; len: number }
  | { op: 'spaces-to'; from: number; len: number; space: string }
  | { op: 'upper'; from: number; len: number }
  | { op: 'strip-punctuation'; from: number; len: number }
  | { op: 'crlf' };

const pos = fc.integer({ min: 0, max: 10_000 });

/** A random {@link Mutation}. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: pos }),
  fc.record({ op: fc.constant('cut-head' as const), at: pos }),
  fc.record({ op: fc.constant('duplicate' as const), from: pos, len: fc.integer({ min: 1, max: 400 }), to: pos, times: fc.integer({ min: 1, max: 20 }) }),
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: pos, what: fc.oneof(fc.constantFrom(...HOSTILE_CHARS), fc.constantFrom(...HOSTILE_TOKENS), capitalisedWord, fc.integer().map(String)), times: fc.integer({ min: 1, max: 30 }) }) },
  fc.record({ op: fc.constant('delete' as const), from: pos, len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('spaces-to' as const), from: pos, len: fc.integer({ min: 1, max: 2000 }), space: fc.constantFrom('\u00a0', '\u202f', '\u2009', '\t', '\n', '  ', '') }),
  fc.record({ op: fc.constant('upper' as const), from: pos, len: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ op: fc.constant('strip-punctuation' as const), from: pos, len: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ op: fc.constant('crlf' as const) }),
);

/** Applies one mutation to `text` (pure). */
export function applyMutation(text: string, m: Mutation): string {
  const at = (p: number) => Math.floor((p / 10_000) * text.length);
  switch (m.op) {
    case 'truncate': return text.slice(0, at(m.at));
    case 'cut-head': return text.slice(at(m.at));
    case 'duplicate': {
      const a = at(m.from);
      const span = text.slice(a, a + m.len).repeat(m.times);
      const b = at(m.to);
      return text.slice(0, b) + span + text.slice(b);
    }
    case 'insert': {
      const a = at(m.at);
      return text.slice(0, a) + m.what.repeat(m.times) + text.slice(a);
    }
    case 'delete': {
      const a = at(m.from);
      return text.slice(0, a) + text.slice(a + m.len);
    }
    case 'spaces-to': {
      const a = at(m.from);
      return text.slice(0, a) + text.slice(a, a + m.len).replace(/ /g, m.space) + text.slice(a + m.len);
    }
    case 'upper': {
      const a = at(m.from);
      return text.slice(0, a) + text.slice(a, a + m.len).toUpperCase() + text.slice(a + m.len);
    }
    case 'strip-punctuation': {
      const a = at(m.from);
      return text.slice(0, a) + text.slice(a, a + m.len).replace(/[.,;:!?«»"“”()]/g, '') + text.slice(a + m.len);
    }
    case 'crlf': return text.replace(/\n/g, '\r\n');
  }
}

/** A seed article (see {@link seedArticles}) after 0–8 random mutations. */
export function mutatedArticle(): fc.Arbitrary<string> {
  const texts = seedArticles().map((a) => a.text);
  return fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { maxLength: 8 }))
    .map(([text, ms]) => ms.reduce(applyMutation, text));
}

/**
 * A large text (≈ 20–150 KB): 8–24 seed articles concatenated, then
 * mutated — exercises the time budget on sizes where quadratic work shows.
 */
export function largeArticle(): fc.Arbitrary<string> {
  const texts = seedArticles().map((a) => a.text);
  return fc.tuple(
    fc.array(fc.constantFrom(...texts), { minLength: 8, maxLength: 24 }),
    fc.array(mutation, { maxLength: 12 }),
  ).map(([parts, ms]) => ms.reduce(applyMutation, parts.join('\n\n')));
}

/** Decodings applied to random bytes. */
export type Decoding = 'latin1' | 'utf8' | 'utf16le';

/**
 * Random bytes, or seed-article UTF-8 bytes with random bytes spliced in,
 * decoded as Latin-1, UTF-8 (invalid sequences become U+FFFD) or UTF-16LE
 * (odd bytes make unpaired surrogates likely).
 */
export function decodedBytes(maxLength = 4000): fc.Arbitrary<string> {
  const texts = seedArticles().map((a) => a.text);
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength, size: 'large' }),
    fc.tuple(fc.constantFrom(...texts), fc.uint8Array({ minLength: 1, maxLength: 64 }), pos).map(([t, junk, p]) => {
      const b = Buffer.from(t, 'utf8');
      const at = Math.floor((p / 10_000) * b.length);
      return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
    }),
  );
  return fc.tuple(bytes, fc.constantFrom<Decoding>('latin1', 'utf8', 'utf16le'))
    .map(([b, enc]) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString(enc));
}

/** Escapes `&`, `<`, `>` for HTML text content. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An HTML page around a (mutated) article: paragraphs in random block
 * elements, random nesting, unclosed tags, comments, scripts, entities,
 * optional `lang` — through the HTML path of `extract`.
 */
export function htmlPage(): fc.Arbitrary<string> {
  const wrapper = fc.constantFrom('p', 'div', 'section', 'article', 'blockquote', 'li', 'h2', 'span', 'td', 'b', 'script', 'style', 'nav');
  const block = fc.tuple(wrapper, fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.constantFrom('', ' class="a"', ' data-x=\'"»\'', ' style="x:y"'));
  return fc.tuple(
    mutatedArticle(),
    fc.array(block, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('', ' lang="fr"', ' lang="en"', ' lang="de"', ' lang="zz-ZZ"', ' lang=""'),
    fc.constantFrom('<!doctype html>', '', '<?xml version="1.0"?><!DOCTYPE html>'),
    fc.array(fc.constantFrom('<!-- x -->', '&nbsp;', '&#0;', '&#xD800;', '&#1114112;', '<br>', '<img src=x>', '</div>', '<p>', '<![CDATA[ x ]]>', '&amp;amp;', '\u001b[31m'), { maxLength: 6 }),
  ).map(([text, blocks, lang, doctype, junk]) => {
    const paras = text.split(/\n\s*\n/);
    const body = paras.map((p, i) => {
      const [tag, depth, closed, attr] = blocks[i % blocks.length]!;
      const open = `<div>`.repeat(depth);
      const close = closed ? `</div>`.repeat(depth) : '';
      return `${open}<${tag}${attr}>${escapeHtml(p)}${junk[i % Math.max(1, junk.length)] ?? ''}${closed ? `</${tag}>` : ''}${close}`;
    }).join('\n');
    return `${doctype}<html${lang}><head><title>${escapeHtml(paras[0] ?? '').slice(0, 200)}</title></head><body>${body}</body></html>`;
  });
}

/** Well-known binary file headers (PNG, PDF, ZIP, GIF, JPEG, ELF, gzip), as bytes. */
export const BINARY_HEADERS: readonly Uint8Array[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [...Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')],
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
  [...Buffer.from('GIF89a', 'latin1')],
  [0xff, 0xd8, 0xff, 0xe0],
  [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01],
  [0x1f, 0x8b, 0x08, 0x00],
].map((a) => Uint8Array.from(a));

/**
 * File contents for CLI runs: random bytes, binary-looking files, UTF-16
 * with BOM, NUL-laden text, mutated articles (UTF-8 or Latin-1), HTML, or
 * nothing at all.
 */
export function fileBytes(): fc.Arbitrary<Buffer> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 4000, size: 'large' }).map((b) => Buffer.from(b)),
    fc.tuple(fc.constantFrom(...BINARY_HEADERS), fc.uint8Array({ maxLength: 2000 })).map(([h, b]) => Buffer.concat([h, b])),
    mutatedArticle().map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])),
    mutatedArticle().map((t) => Buffer.from(t.replace(/ /g, '\u0000'), 'utf8')),
    mutatedArticle().map((t) => Buffer.from(t, 'utf8')),
    mutatedArticle().map((t) => Buffer.from(t, 'latin1')),
    htmlPage().map((t) => Buffer.from(t, 'utf8')),
    fc.constantFrom(Buffer.alloc(0), Buffer.from('   \n\t\n  '), Buffer.from([0xef, 0xbb, 0xbf])),
  );
}
