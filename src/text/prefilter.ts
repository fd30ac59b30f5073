/**
 * Literal prefilters for regular expressions: before running a rule's regex
 * over every sentence of a document (and before V8 compiles it, which for a
 * case-insensitive Unicode regex costs 1–10 ms on first use), check that the
 * document contains at least one of the literal strings every match of the
 * regex must contain. Most rules of a lexicon never fire on a given article:
 * « interdi » for /interdi(?:re|t|te)/iu, "without" for
 * /(?:not|never)\s[^.;:!?,]{0,120}?without/iu.
 *
 * Exactness: {@link requiredLiterals} reads the regex source and keeps only
 * literal characters whose case-insensitive (`iu`) matches all lower-case to
 * the character itself (ASCII letters, digits and punctuation, the accented
 * letters of French; checked against V8 over every code point: the only
 * exception is U+017F « ſ », which `/s/iu` matches and {@link prefilterText}
 * maps to "s"). So when the regex matches a substring of the text, the
 * lower-cased text contains one of the strings, and skipping the regex when
 * it contains none changes no result. Anything the reader does not
 * understand makes it give up (no prefilter), never guess.
 *
 * @module
 */

/**
 * Characters a required literal may contain: their `iu` matches lower-case
 * to themselves (see the module comment). Example: "é" matches "é" and "É".
 */
const SAFE = new Set("abcdefghijklmnopqrstuvwxyz0123456789 !\"#$%&,-./:;<=>@_`~'’«»àâäçéèêëîïôöùûüÿœæáíóúñãõ");

/** Shortest literal worth testing: shorter ones are in almost every text. */
const MIN_LITERAL = 3;
/** Most literals tested for one regex (a big lexicon alternation is cheaper to just run). */
const MAX_LITERALS = 40;

/** A set of strings one of which every match contains, or null (no such set known). */
type Requirement = string[] | null;

class Unsupported extends Error {}

/** Recursive-descent reader of a regex source, computing {@link Requirement}s. */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** Requirement of the whole source. */
  whole(): Requirement {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing input');
    return r;
  }

  /** `a|b|c`: every branch must have a requirement; the union. */
  private alternation(): Requirement {
    const branches: Requirement[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const out = new Set<string>();
    for (const b of branches) {
      if (b === null) return null;
      for (const s of b) out.add(s);
    }
    return [...out];
  }

  /** A sequence of quantified atoms: runs of literal characters, and the requirements of groups; the best one. */
  private sequence(): Requirement {
    const candidates: string[][] = [];
    let run = '';
    const closeRun = () => {
      if (run) candidates.push([run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.char !== undefined && q === null) {
        if (SAFE.has(atom.char.toLowerCase()) && atom.char.toLowerCase().length === 1) run += atom.char.toLowerCase();
        else closeRun();
        continue;
      }
      closeRun();
      const min = q === null ? 1 : q.min;
      if (min === 0) continue;
      if (atom.char !== undefined && SAFE.has(atom.char.toLowerCase()) && atom.char.toLowerCase().length === 1) candidates.push([atom.char.toLowerCase()]);
      else if (atom.req) candidates.push(atom.req);
    }
    closeRun();
    let best: string[] | null = null;
    let bestScore = -1;
    for (const c of candidates) {
      const score = Math.min(...c.map((s) => s.length)) * 1000 - c.length;
      if (score > bestScore) { best = c; bestScore = score; }
    }
    return best;
  }

  /** One atom: a literal character (`char`), or something with a requirement (`req`, maybe null). */
  private atom(): { char?: string; req: Requirement } {
    const c = this.src[this.i]!;
    if (c === '(') return { req: this.group() };
    if (c === '[') { this.charClass(); return { req: null }; }
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$' || c === '.') { this.i++; return { req: null }; }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported(`bare ${c}`);
    const cp = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { char: ch, req: null };
  }

  private group(): Requirement {
    this.i++; // (
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; lookaround = true; }
      else if (rest === '?<=' || rest === '?<!') { this.i += 3; lookaround = true; }
      else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported('group name');
        this.i = end + 1;
      } else throw new Unsupported('group kind');
    }
    const req = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    return lookaround ? null : req; // a lookaround consumes nothing of the match
  }

  private charClass(): void {
    this.i++; // [
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') this.i++;
      else if (this.src[this.i] === '[') throw new Unsupported('nested class');
      this.i++;
    }
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
  }

  private escape(): { char?: string; req: Requirement } {
    this.i++; // backslash
    const c = this.src[this.i];
    if (c === undefined) throw new Unsupported('trailing backslash');
    this.i++;
    if (c === 'p' || c === 'P' || c === 'k') {
      const close = this.src.indexOf(c === 'k' ? '>' : '}', this.i);
      if (close < 0) throw new Unsupported('property');
      this.i = close + 1;
      return { req: null };
    }
    if (c === 'u') {
      if (this.src[this.i] === '{') {
        const close = this.src.indexOf('}', this.i);
        if (close < 0) throw new Unsupported('code point');
        const ch = String.fromCodePoint(parseInt(this.src.slice(this.i + 1, close), 16));
        this.i = close + 1;
        return { char: ch, req: null };
      }
      const hex = this.src.slice(this.i, this.i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported('\\u');
      this.i += 4;
      return { char: String.fromCharCode(parseInt(hex, 16)), req: null };
    }
    if (c === 'x') {
      const hex = this.src.slice(this.i, this.i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Unsupported('\\x');
      this.i += 2;
      return { char: String.fromCharCode(parseInt(hex, 16)), req: null };
    }
    if (c === 'c') { this.i++; return { req: null }; }
    // classes, assertions, back-references, control escapes: no literal
    if (/[sSdDwWbBnrtfv0-9]/.test(c)) return { req: null };
    return { char: c, req: null }; // an escaped punctuation character: itself
  }

  /** Reads a quantifier after an atom: its minimum, or null when there is none. */
  private quantifier(): { min: number } | null {
    const c = this.src[this.i];
    let min: number;
    if (c === '?' || c === '*') { this.i++; min = 0; }
    else if (c === '+') { this.i++; min = 1; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      this.i += m[0].length;
      min = Number(m[1]);
    } else return null;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { min };
  }
}

/**
 * The lower-case strings at least one of which every match of a regex with
 * this `source` contains, or null when there is no useful set (a branch
 * without literal, strings shorter than 3 characters, more than 40 strings,
 * syntax the reader does not follow).
 * Example: `(?<![\p{L}])(?:interdi(?:re|t)|prohib(?:er|é))(?![\p{L}])` → ['interdi', 'prohib'].
 */
export function requiredLiterals(source: string): string[] | null {
  let req: Requirement;
  try {
    req = new Reader(source).whole();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (!req || req.length === 0 || req.length > MAX_LITERALS || req.some((s) => s.length < MIN_LITERAL)) return null;
  return req;
}

/** The text as {@link mayMatch} wants it: lower case, « ſ » as "s". Compute once per document. */
export function prefilterText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

const CACHE = new WeakMap<RegExp, string[] | null>();

/**
 * False when `re` cannot match anywhere in the text whose {@link prefilterText}
 * is `lowerText` (nor in any part of it); true when it may.
 */
export function mayMatch(re: RegExp, lowerText: string): boolean {
  let req = CACHE.get(re);
  if (req === undefined) {
    req = requiredLiterals(re.source);
    CACHE.set(re, req);
  }
  return req === null || req.some((s) => lowerText.includes(s));
}
