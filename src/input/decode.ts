/**
 * Bytes → string: charset sniffing and decoding, and binary-file detection.
 *
 * Order of precedence (the WHATWG "encoding sniffing algorithm", as browsers
 * and cheerio apply it): byte-order mark, then the charset of the HTTP
 * `Content-Type` header, then `<meta charset>` / `<meta http-equiv>` and the
 * XML declaration (HTML only), then detection. Sniffing is done by
 * `encoding-sniffer` (the library cheerio uses), decoding by `iconv-lite`
 * (UTF-8 by Node's StringDecoder, as iconv-lite itself does); no charset
 * table of our own. Both load only when needed (see {@link loadCharsetSniffer}).
 *
 * Detection, when nothing is declared: valid UTF-8 (ASCII included) is
 * UTF-8; bytes that are mostly valid UTF-8 with a few broken sequences are
 * decoded as UTF-8 with U+FFFD replacements and a warning (at least as many
 * valid multi-byte sequences as invalid bytes: Latin-1 text almost never
 * forms valid sequences); anything else is
 * decoded as windows-1252 (a superset of Latin-1, the usual legacy charset
 * of French and German files) with a warning. BOM-less UTF-16 is recognised
 * by its pattern of NUL bytes.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import ansiRegex from 'ansi-regex';
import { lazyModule } from '../lazy.js';

/** iconv-lite (14 modules) loads for legacy charsets only: UTF-8 is decoded as iconv-lite decodes it ({@link decodeUtf8}). */
const loadIconv = lazyModule<typeof import('iconv-lite')>('iconv-lite');

type SnifferModule = typeof import('encoding-sniffer/sniffer');

/**
 * encoding-sniffer (with its WHATWG label tables, about 25 modules) loads only when a
 * charset can be declared: HTML bytes or a Content-Type label. Plain-text files only
 * need their byte-order mark read ({@link bomCharset}).
 */
let snifferModule: SnifferModule | null = null;

/** Installs encoding-sniffer (the jest set-up does, as jest cannot `require` ES modules). */
export function setCharsetSniffer(module: SnifferModule): void {
  snifferModule = module;
}

/** Loads encoding-sniffer asynchronously; resolves at once when it is loaded. Await it before {@link decodeBytes} when {@link needsCharsetSniffer}. */
export async function loadCharsetSniffer(): Promise<void> {
  snifferModule ??= await import('encoding-sniffer/sniffer');
}

/** True when {@link decodeBytes} reads charset declarations with `options` (and so needs encoding-sniffer). */
export function needsCharsetSniffer(options: DecodeOptions = {}): boolean {
  return Boolean(options.html || charsetOfContentType(options.contentType));
}

/**
 * encoding-sniffer, loaded synchronously (Node ≥ 20.19 `require`s ES modules) when no one has yet.
 * @throws Error when it cannot be: await {@link loadCharsetSniffer} first.
 */
function sniffer(): SnifferModule {
  if (snifferModule) return snifferModule;
  try {
    snifferModule = createRequire(import.meta.url)('encoding-sniffer/sniffer') as SnifferModule;
  } catch (e) {
    throw new Error(`encoding-sniffer is not loaded and cannot be loaded synchronously here (${(e as Error)?.message ?? String(e)}): await loadCharsetSniffer() first`);
  }
  return snifferModule;
}

/**
 * The charset of a byte-order mark at the start of `b` (UTF-8, UTF-16BE, UTF-16LE),
 * named as encoding-sniffer names it (lower-cased), or null.
 * Example: bytes EF BB BF 41 → 'utf-8'.
 */
function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** How far into an HTML page `<meta charset>` is looked for, bytes. */
const META_SNIFF_BYTES = 65_536;

/** Where the charset came from. */
export type CharsetSource = 'bom' | 'http' | 'meta' | 'detected';

/** Result of {@link decodeBytes}. */
export interface DecodedText {
  /** Decoded text, without BOM. */
  text: string;
  /** WHATWG name of the charset used (`utf-8`, `windows-1252`, `utf-16le`…). */
  charset: string;
  /** How the charset was chosen. */
  charsetSource: CharsetSource;
  /** Non-fatal problems (legacy charset guessed, invalid bytes replaced, NUL bytes removed). */
  warnings: string[];
}

/** Charsets of several bytes per character (CJK): their text can be valid UTF-8 by chance more often; never overridden. */
const MULTIBYTE_LEGACY = /^(?:shift_jis|euc-jp|iso-2022-jp|gbk|gb18030|gb2312|big5|euc-kr)$/;

/** Valid multi-byte UTF-8 sequences (and no invalid byte) that prove a declared single-byte charset wrong. */
const CONTRADICTING_MULTIBYTE = 3;

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** Value of the HTTP `Content-Type` header, if any (e.g. `text/html; charset=windows-1252`). */
  contentType?: string | null;
  /** Also honour `<meta charset>` and the XML declaration (for HTML / XHTML bytes). */
  html?: boolean;
}

/**
 * Charset label of a `Content-Type` value, or null.
 * Example: `text/html; charset="ISO-8859-1"` → `ISO-8859-1`.
 */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  // 'text/html; charset="utf-8"' — bounded, no nested quantifiers (rule 'decode/content-type-charset')
  const m = /;[ \t]*charset[ \t]*=[ \t]*"?([^";\s]{1,40})/i.exec(contentType.slice(0, 500));
  return m ? m[1]! : null;
}

/** A `<meta charset>` or `<meta http-equiv content="…; charset=…">` label (group 1), read only when the sniffer found none. */
const UNKNOWN_META_CHARSET = /<meta\b[^>]{0,200}?charset\s{0,3}=\s{0,3}["']?([^"'\s;>/]{1,60})/iu;

/**
 * Decodes bytes to a string (see the module comment for the order of precedence).
 * Unknown labels fall back to detection.
 * @throws Error only when charset declarations must be read ({@link needsCharsetSniffer})
 *   and encoding-sniffer is neither loaded nor loadable synchronously (await
 *   {@link loadCharsetSniffer} first; the CLI does).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  const label = charsetOfContentType(options.contentType);
  let charset: string;
  let source: CharsetSource;
  let declaredCharset: string;
  if (!options.html && !label) {
    // nothing can be declared but a byte-order mark (what the sniffer finds in the first 4 bytes)
    const bom = bomCharset(buf);
    source = bom ? 'bom' : 'detected';
    declaredCharset = bom ?? '';
  } else {
    // Browsers look for <meta charset> in the first 1024 bytes while streaming; we hold the
    // whole page, so look further (64 KB): some pages put long scripts before the tag.
    const sniffBytes = options.html ? META_SNIFF_BYTES : 4;
    const { Sniffer, ResultType } = sniffer();
    const sn = new Sniffer({ transportLayerEncodingLabel: label ?? undefined, maxBytes: sniffBytes });
    sn.write(buf.subarray(0, sniffBytes));
    const declared = sn.resultType;
    if (declared === ResultType.BOM) source = 'bom';
    else if (declared === ResultType.PASSED) source = 'http';
    else if (options.html && (declared === ResultType.META_TAG || declared === ResultType.XML_ENCODING || declared === ResultType.XML_PREFIX)) source = 'meta';
    else source = 'detected';
    declaredCharset = sn.encoding.toLowerCase();
  }
  if (label && source !== 'http' && source !== 'bom') warnings.push(`unknown charset '${label}' in Content-Type; detecting`);
  if (source === 'detected') {
    const guess = detectCharset(buf);
    charset = guess.charset;
    // a page declaring a label the sniffer does not know (<meta charset="bogus">) declared one: say which, not "no charset
    // declared" (second new-user trial)
    const unknownMeta = options.html ? UNKNOWN_META_CHARSET.exec(buf.subarray(0, 4096).toString('latin1')) : null;
    if (unknownMeta) warnings.push(`unknown charset '${unknownMeta[1]!.slice(0, 40)}' declared in the page; detecting`);
    if (guess.warning) warnings.push(unknownMeta ? guess.warning.replace(' and no charset declared', '') : guess.warning);
  } else {
    charset = declaredCharset;
    if (charset !== 'utf-8' && !loadIconv().encodingExists(charset)) {
      warnings.push(`charset '${charset}' is not supported; detecting`);
      const guess = detectCharset(buf);
      charset = guess.charset;
      source = 'detected';
      if (guess.warning) warnings.push(guess.warning);
    } else if (charset === 'utf-8') {
      const stats = utf8Stats(buf, 0);
      if (stats.invalid > 0) warnings.push(`${stats.invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
    } else if (source !== 'bom' && !MULTIBYTE_LEGACY.test(charset) && !charset.startsWith('utf-16')) {
      // A single-byte charset declared (HTTP header, <meta>) over bytes that are valid UTF-8 with multi-byte characters:
      // the declaration is wrong — text in a single-byte charset almost never forms valid UTF-8 sequences — and decoding
      // by it gives mojibake ("Ã partir"; new-user trial, 2026-12-03). Decoded as UTF-8, with a warning
      // (ruleId input/declared-charset-contradicted).
      const stats = utf8Stats(buf, 0);
      if (stats.invalid === 0 && stats.multibyte >= CONTRADICTING_MULTIBYTE) {
        warnings.push(`charset '${charset}' declared (${source === 'http' ? 'Content-Type' : 'in the page'}) but the bytes are valid UTF-8: decoded as UTF-8`);
        charset = 'utf-8';
      }
    }
  }
  let text = charset === 'utf-8' ? decodeUtf8(buf) : loadIconv().decode(buf, charset, { stripBOM: true });
  text = removeTerminalEscapes(removeNul(text, warnings), warnings);
  return { text, charset, charsetSource: source, warnings };
}

/**
 * Removes NUL characters (never meaningful in an article) and, when there
 * were any, adds the warning "N NUL character(s) removed" to `warnings`.
 * Shared by decoded files/stdin/URLs and by `--input ndjson` records.
 * Example: "a\u0000b" → "ab", warning "1 NUL character(s) removed".
 */
export function removeNul(text: string, warnings: string[]): string {
  if (!text.includes('\u0000')) return text;
  const out = text.replace(/\u0000/g, '');
  warnings.push(`${text.length - out.length} NUL character(s) removed`);
  return out;
}

/**
 * Removes terminal escape sequences — ANSI/ECMA-48 colour and cursor codes
 * such as `ESC[1;31m`, and OSC hyperlinks — which text copied from a terminal
 * or piped from a coloured tool (`grep --color=always`) carries. Left in, they
 * split words and numbers ("5%" written `ESC[31m5%ESC[0m`) and become false
 * facts. When there were any, adds the warning "N terminal escape
 * sequence(s) removed". The sequences are recognised by the `ansi-regex`
 * package (the grammar `strip-ansi` uses); an ESC that opens no sequence stays.
 * Shared by decoded files/stdin/URLs and by `--input ndjson` records.
 * Example: "rose \u001b[31m5%\u001b[0m" → "rose 5%", warning "2 terminal escape sequence(s) removed".
 */
export function removeTerminalEscapes(text: string, warnings: string[]): string {
  if (!text.includes('\u001b') && !text.includes('\u009b')) return text;
  let count = 0;
  const out = text.replace(ansiRegex(), () => {
    count++;
    return '';
  });
  if (count === 0) return text;
  warnings.push(`${count} terminal escape sequence(s) removed`);
  return out;
}

/**
 * UTF-8 bytes → string, byte-order mark removed, invalid sequences as U+FFFD: exactly
 * `iconv.decode(buf, 'utf-8', { stripBOM: true })` of iconv-lite 0.7, which decodes UTF-8
 * with Node's StringDecoder (write, then end for an unfinished final sequence) and drops a
 * U+FEFF at the start of the first non-empty piece.
 * Example: bytes EF BB BF 68 C3 A9 → "hé".
 */
function decodeUtf8(buf: Buffer): string {
  const decoder = new StringDecoder('utf8');
  let text = decoder.write(buf);
  if (text && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trail = decoder.end();
  return trail ? text + trail : text;
}

/**
 * Number of invalid UTF-8 byte sequences in `bytes` (each replaced by U+FFFD when decoded): the count the
 * warning "N invalid UTF-8 byte sequence(s) replaced with U+FFFD" gives. Linear scan; never throws.
 * Example: bytes 41 FF 42 → 1.
 */
export function invalidUtf8Count(bytes: Uint8Array): number {
  return utf8Stats(bytes, 0).invalid;
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes (linear scan, from byte `from`). */
function utf8Stats(b: Uint8Array, from: number): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = from;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { i++; continue; }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; } else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; } else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; } else { invalid++; i++; continue; }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    for (let k = 1; ok && k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) { multibyte++; i += need + 1; } else { invalid++; i++; }
  }
  return { multibyte, invalid };
}

/**
 * Guesses the charset of undeclared bytes: BOM-less UTF-16 (NUL pattern), UTF-8
 * (valid, or mostly valid), else windows-1252.
 */
export function detectCharset(b: Uint8Array): { charset: string; warning: string | null } {
  const sample = b.subarray(0, 4096);
  // rule 'input/utf16-nul-pattern': from 16 bytes (8 characters) on, as a short BOM-less UTF-16 line is still text
  if (sample.length >= 16) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i + 1 < sample.length; i += 2) {
      if (sample[i] === 0) evenNul++;
      if (sample[i + 1] === 0) oddNul++;
    }
    const pairs = Math.floor(sample.length / 2);
    if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return { charset: 'utf-16le', warning: 'no byte-order mark; decoded as UTF-16LE (detected)' };
    if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return { charset: 'utf-16be', warning: 'no byte-order mark; decoded as UTF-16BE (detected)' };
  }
  const { multibyte, invalid } = utf8Stats(b, 0);
  if (invalid === 0) return { charset: 'utf-8', warning: null };
  if (multibyte >= invalid) return { charset: 'utf-8', warning: `${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD` };
  return { charset: 'windows-1252', warning: 'not valid UTF-8 and no charset declared; decoded as windows-1252 (Latin-1)' };
}

/** Kinds of binary files recognised by their first bytes ("magic numbers", from the file formats' specifications). */
const MAGIC: ReadonlyArray<{ bytes: number[]; offset?: number; name: string; weak?: true }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'RIFF media (WebP/WAV/AVI)' },
  { bytes: [0x42, 0x4d], name: 'BMP image', weak: true },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF image' },
  { bytes: [0x00, 0x00, 0x01, 0x00], name: 'ICO image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive (or DOCX/ODT/EPUB)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'RAR archive' },
  { bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257, name: 'tar archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'MS Office document (DOC/XLS)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'ELF executable' },
  { bytes: [0x4d, 0x5a], name: 'Windows executable', weak: true },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], name: 'Mach-O executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], name: 'WebAssembly module' },
  { bytes: [0x49, 0x44, 0x33], name: 'MP3 audio', weak: true },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'MP4/MOV media' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], name: 'Matroska/WebM media' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], name: 'Ogg media' },
  { bytes: [0x66, 0x4c, 0x61, 0x43], name: 'FLAC audio' },
  { bytes: [0x77, 0x4f, 0x46, 0x46], name: 'WOFF font' },
  { bytes: [0x77, 0x4f, 0x46, 0x32], name: 'WOFF2 font' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], name: 'SQLite database' },
];

/**
 * Names the kind of binary file `bytes` is, or returns null for text.
 * Recognises common formats by their magic numbers ("PNG image", "PDF document",
 * "ZIP archive"…), then calls bytes with control characters (other than tab,
 * newline, carriage return, form feed, escape; DEL included) or, outside UTF-8,
 * bytes undefined in windows-1252, making over 3 % of the first 8 KB (and at
 * least 3 of them) "binary data". A UTF-16/UTF-8 BOM or a UTF-16 NUL pattern is text.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const b = bytes;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return null;
  for (const m of MAGIC) {
    const off = m.offset ?? 0;
    if (b.length < off + m.bytes.length) continue;
    let ok = true;
    for (let k = 0; k < m.bytes.length && ok; k++) ok = b[off + k] === m.bytes[k];
    if (ok && (!m.weak || b.subarray(0, 64).includes(0))) return m.name; // weak magics ("BM", "MZ", "ID3") also need a NUL byte in the header
  }
  let sample = b.subarray(0, 8192);
  if (sample.length === 0) return null;
  if (detectCharset(sample).charset.startsWith('utf-16')) return null;
  // Terminal escape sequences are text that decoding removes (see removeTerminalEscapes): their bytes (BEL ends an
  // OSC link) are not counted, or a short line of `grep --color` output would read as binary data.
  if (sample.includes(0x1b)) sample = Buffer.from(Buffer.from(sample).toString('latin1').replace(ansiRegex(), ''), 'latin1');
  let control = 0;
  for (const c of sample) if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) control++;
  // Bytes that no legacy charset of text gives a character (windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D
  // undefined) count too, unless the bytes are UTF-8, whose continuation bytes take those values ("ō" is C5 8D).
  if (!isUtf8(wholeChars(sample))) for (const c of sample) if (c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) control++;
  // rule 'input/binary-data': random bytes hold about 13 % such bytes, text files none (a stray NUL or two at most)
  return control >= 3 && control > sample.length * 0.03 ? 'binary data' : null;
}

/** `bytes` cut before a UTF-8 sequence that the end of the sample splits (so a sample of UTF-8 text stays valid). */
function wholeChars(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = bytes[end - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (need > k) end -= k; // the sequence starting here is incomplete
    break;
  }
  return bytes.subarray(0, end);
}
