/**
 * Candidate mentions: runs of capitalised words with inner connectors
 * ("Department of Defense", "Organisation mondiale de la santé",
 * "Sears, Roebuck & Co."), acronyms ("NSA"), CamelCase names ("ChatGPT",
 * "iPhone"), names with digits ("Boeing 767"). Sentence-initial common
 * words are dropped ("Dans", "The", "Following"); heading runs are marked
 * so that they only link to actors of the body.
 *
 * @module
 */
import { COMPANY_SUFFIXES, GOVERNMENT_HEADS, ORG_HEADS, TEMPORAL_WORDS } from '../../lexicon/gazetteer/heads.js';
import { FIRST_NAMES } from '../../lexicon/gazetteer/first-names.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS } from '../../lexicon/gazetteer/derived.js';
import type { Token } from './tokens.js';
import type { FoldedLexicon } from './lexicon.js';
import { lookupName } from './gazetteer.js';
import { inRanges } from './ranges.js';
import { nameKey } from './normalize.js';
import { expandsAcronym, NICKNAME_BEFORE } from './classify.js';
import { roleAppositionAt } from './roles.js';
import { placeShaped } from './kind-cues.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';

/** A run of tokens that may name an actor. */
export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Inside a heading line: links to body actors only. */
  heading: boolean;
  /** The first token starts a sentence/quote/line. */
  initial: boolean;
}

/** What the candidate finder needs beyond the tokens. */
export interface CandidateContext {
  text: string;
  tokens: readonly Token[];
  lex: FoldedLexicon;
  headings: ReadonlyArray<[number, number]>;
  /** Folded surnames of "Given Surname" runs of the text (filled by {@link findCandidates}). */
  surnames?: ReadonlySet<string>;
}

const MAX_CONNECTORS = 3;
/** Spaces allowed between two words of a name: one or two spaces, NBSP, narrow NBSP. */
const PLAIN_GAP = /^[ \u00a0\u202f]{1,2}$/;
/** Ampersand between words: "Burkhardt & Associates", "AT & T". */
const AMP_GAP = /^[ \u00a0]?&[ \u00a0]?$/;
/**
 * "Sears, Roebuck & Co." — a comma before a partner name ending in "& Co." (ruleId actors/en/comma-and-co); "Co" is a whole
 * word: not the start of "Costco" in "Walmart, Kroger and Costco".
 */
const COMMA_AND_CO = new RegExp(`^, [${UPPER}][${LETTER}'’-]{1,30} (?:&|and) Co\\.?(?![${LETTER}])`, 'u');

/** Built once for {@link findCandidates} (character classes: text/char-classes.ts). */
const FIND_CANDIDATES_RE = new RegExp(`[${LOWER}][${UPPER}]`, 'u');

/** Built once for {@link findCandidates} (character classes: text/char-classes.ts). */
const FIND_CANDIDATES_RE_2 = new RegExp(`^[ \\u00a0]?\\([${UPPER}]`, 'u');

/** Finds the candidate runs of the text, in document order. */
export function findCandidates(ctx: CandidateContext): Candidate[] {
  const { text, tokens, lex } = ctx;
  const lowerSeen = new Set<string>();
  const capSeenInside = new Set<string>();
  // surnames of "Given Surname" runs: "Read said…" after "Nick Read" is the person, not the verb (ruleId actors/surname-initial)
  const surnames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (a.cap && b.cap && !b.acronym && FIRST_NAMES.has(a.norm) && PLAIN_GAP.test(text.slice(a.end, b.outerStart))
      && !(tokens[k + 2]?.cap && PLAIN_GAP.test(text.slice(b.end, tokens[k + 2]!.outerStart)))) surnames.add(b.norm);
  }
  const cctx: CandidateContext = { ...ctx, surnames };
  // capitalised words by how often the text writes them (ruleId actors/and-pair-name)
  const capCount = new Map<string, number>();
  for (const t of tokens) if (t.cap) capCount.set(t.norm, (capCount.get(t.norm) ?? 0) + 1);
  // a word capitalised inside a sentence counts as a name when it stands alone or opens a capitalised run ("Ceramtech
  // Incorporated"), not when it is an inner word of one ("Health" in "World Health Organization")
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap && !t.camelLower && !t.digits) lowerSeen.add(t.norm);
    else if (t.cap && !t.initial) {
      const p = tokens[k - 1];
      const inner = !!p && p.cap && !p.initial && PLAIN_GAP.test(text.slice(p.end, t.outerStart)) && !lex.commonWords.has(p.norm);
      if (!inner) capSeenInside.add(t.norm);
    }
  }
  // "I'm", "Don't" (contractions) and "Facebook-specific", "PII-free" (adjective compounds) are not names
  const isName = (t: Token): boolean => (t.cap || t.camelLower) && !CONTRACTION.test(t.text)
    && (!ADJECTIVE_COMPOUND.test(t.text) || hyphenatedGivenName(t)) && !ROMAN_ORDINAL.test(t.text) && !instrumentCode(text, tokens, t);
  // "Kim Jong-un", "Roh Moo-hyun", "Ban Ki-moon", "Moon Jae-in": a Korean given name (two short syllables joined by a
  // hyphen) right after a short capitalised surname is part of the name, not an adjective compound such as "Paris-based"
  // (ruleId actors/hyphenated-given-name)
  const hyphenatedGivenName = (t: Token): boolean => {
    const p = tokens[t.index - 1];
    return HYPHENATED_GIVEN.test(t.text) && !COMPOUND_TAILS.has(t.norm.slice(t.norm.indexOf('-') + 1)) && !!p && p.cap && !p.acronym
      && p.norm.length <= 5 && PLAIN_GAP.test(text.slice(p.end, t.outerStart));
  };
  const isConnector = (t: Token): boolean => !t.cap && lex.connectors.has(t.norm);
  const gap = (a: Token, b: Token): string => text.slice(a.end, b.outerStart);
  const joinable = (a: Token, b: Token): boolean => {
    const g = gap(a, b);
    // "Lands' End": a plural possessive apostrophe inside a name
    const possessive = /^['’] $/.test(g) && /s$/.test(a.text) && a.cap;
    // "People's Republic of China", "People's Liberation Army", "Children's Hospital": a collective noun's possessive inside
    // a name (ruleId actors/collective-possessive)
    const collective = /^['’]s $/.test(g) && a.cap && COLLECTIVE_POSSESSIVES.has(a.norm) && b.cap;
    // "SAMP/T", "AN/TPY": an acronym, a slash and one capital or digit are one designation (ruleId actors/slash-designation)
    const slash = g === '/' && a.acronym && /^[A-Z0-9]$/.test(b.text);
    if (slash) return true;
    if (!(PLAIN_GAP.test(g) || AMP_GAP.test(g) || possessive || collective)) return false;
    if (b.elision !== '' && !lex.connectors.has(b.elision)) return false;
    if (b.initial && !(a.text.endsWith('.') && !lex.commonWords.has(b.norm))) return false;
    return true;
  };
  const glued = (a: Token, b: Token): boolean => {
    // an elided connector glued to the next word: "Conseil d’État", "Cour de justice de l’Union"
    if (b.elision === '' ) return false;
    return PLAIN_GAP.test(gap(a, b)) && lex.connectors.has(b.elision);
  };

  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isName(t)) {
      i++;
      continue;
    }
    let j = i;
    // "la revue Food and Chemical Toxicology", "the journal Science and Society": a title after a publication noun keeps
    // its conjunctions (ruleId actors/media-title)
    const before = tokens[i - 1];
    const mediaTitle = !!before && !before.cap && lex.mediaNouns.has(before.norm) && PLAIN_GAP.test(text.slice(before.end, t.outerStart));
    const linkWord = (x: Token): boolean => isConnector(x) || (mediaTitle && !x.cap && TITLE_CONJUNCTIONS.has(x.norm));
    // "Hi Investment and Securities", "Smith and Associates": a conjunction inside a company name whose word after it is a
    // plural organisation head (ruleId actors/and-head) — not "Science and Technology", "DoD-OIG and Program Analysis"
    const andHead = (p: number): boolean => !tokens[p]!.cap && TITLE_CONJUNCTIONS.has(tokens[p]!.norm) && !!tokens[p + 1]
      && tokens[p + 1]!.cap && ORG_HEADS.has(tokens[p + 1]!.norm) && /[^s]s$/.test(tokens[p + 1]!.norm) && !tokens[p + 1]!.initial
      && joinable(tokens[p]!, tokens[p + 1]!) && PLAIN_GAP.test(gap(tokens[p - 1]!, tokens[p]!));
    // "International Longshore and Warehouse Union", "Food and Drug Administration", "Securities and Exchange Commission":
    // "and" between capitalised words, then one or two more ending in a singular institution head, inside one name
    // (ruleId actors/and-institution) — not after a known name ("France and European Union" are two actors)
    const andInstitution = (p: number): boolean => {
      const conj = tokens[p]!;
      const before = tokens[p - 1]!;
      if (conj.cap || conj.norm !== 'and' || !PLAIN_GAP.test(gap(before, conj)) || before.acronym) return false;
      // "Office of Management and Budget": the run with "and" and the next word is a known name (ruleId actors/and-known)
      const next1 = tokens[p + 1];
      if (next1 && next1.cap && p + 1 - i <= 10 && joinable(conj, next1) && lookupName(text.slice(tokens[i]!.start, next1.end))) return true;
      if (lookupName(before.text)) return false;
      // "Ceres Robotics and Tyvak Nano-Satellite Systems": a name already closed by an organisation head, then an unknown
      // word, are two names of a list — not "Securities and Exchange Commission" (a common noun after "and")
      // (ruleId actors/and-institution-list)
      const after = tokens[p + 1];
      // nor "Gannett and GateHouse Media": a mixed-case word after "and" is a brand, it opens a name of its own
      if (after && !DERIVED_COMMON_NOUNS.has(after.norm) && !DERIVED_ADJECTIVES.has(after.norm) && !lowerSeen.has(after.norm)
        && (ORG_HEADS.has(before.norm) || FIND_CANDIDATES_RE.test(after.text))) return false;
      for (let k = p + 1; k <= p + 3 && k < tokens.length; k++) {
        const w = tokens[k]!;
        if (!w.cap || w.initial || w.acronym || !joinable(tokens[k - 1]!, w)) return false;
        // the head ends the name: "Air Force Times" goes on after "Force"
        const after = tokens[k + 1];
        if (k > p + 1 && (ORG_HEADS.has(w.norm) || GOVERNMENT_HEADS.has(w.norm))) {
          return !(after?.cap && joinable(w, after)) && !lookupName(tokens[p + 1]!.text);
        }
      }
      return false;
    };
    for (;;) {
      let p = j + 1;
      let conn = 0;
      // "Bank of the West", "Office of the Inspector General": an article joins only after another connector — not "told MPs
      // the Conservatives" (ruleId actors/article-connector)
      while (p < tokens.length && conn < MAX_CONNECTORS && (linkWord(tokens[p]!) || (conn === 0 && (andHead(p) || andInstitution(p))))
        && !(conn === 0 && ARTICLE_CONNECTORS.has(tokens[p]!.norm)) && joinable(tokens[p - 1]!, tokens[p]!)) {
        p++;
        conn++;
      }
      if (p >= tokens.length) break;
      const next = tokens[p]!;
      const prev = tokens[p - 1]!;
      // "Canadians on September 11": a month or day after a connector starts a date, not the rest of a name
      if (conn > 0 && TEMPORAL_WORDS.has(next.norm)) break;
      if (isName(next) && (joinable(prev, next) || (conn === 0 && glued(prev, next)) || (conn > 0 && glued(prev, next)))) {
        if (next.elision !== '' && next.elision !== "d'" && next.elision !== "l'") break;
        j = p;
        continue;
      }
      if (conn === 0 && next.digits && next.text.length <= 4 && !/^(?:19|20)\d\d$/.test(next.text) && joinable(prev, next)
        && !TEMPORAL_WORDS.has(prev.norm) && !/[.,]\d/.test(text.slice(next.end, next.end + 2))) {
        j = p;
        continue;
      }
      break;
    }
    if (j === i && andPairName(cctx, i, capCount, lowerSeen)) j = i + 2;
    j = extendToKnownName(ctx, i, j);
    const nameEnd = j;
    if (lex.extensibleHeads.size > 0) j = extendFrenchName(ctx, i, j);
    j = extendToAcronym(ctx, i, j);
    // "Sears, Roebuck & Co."
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 48);
    const co = COMMA_AND_CO.exec(after);
    if (co) {
      const end = tokens[j]!.end + co[0].length;
      let k = j;
      while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
      j = k;
    }
    // the place of a lower-case institution ("université de Caen"), not a known body ("conseil du CERN" names the CERN)
    const known = lookupName(text.slice(t.start, tokens[j]!.end));
    let instFirst = known && known.entry.kind !== 'place' ? i : institutionStart(ctx, i);
    if (instFirst === i && !known) instFirst = institutionNameStart(ctx, i);
    // "Service de police de la Ville de Montréal (SPVM)", "Office of the Inspector General (OIG)": a capitalised head, lower-case
    // words, then a name, followed by the acronym of the whole, are one name (ruleId actors/acronym-expansion-back); at most
    // 8 tokens back
    const acrAfter = text.slice(tokens[j]!.end, tokens[j]!.end + 16);
    if (FIND_CANDIDATES_RE_2.test(acrAfter) && j - instFirst < 12 && !expandsAcronym(tokens.slice(instFirst, j + 1), acrAfter)) {
      for (let h = instFirst - 1; h >= 0 && h >= instFirst - 8; h--) {
        const x = tokens[h]!;
        if (!PLAIN_GAP.test(text.slice(x.end, tokens[h + 1]!.outerStart))) break;
        if (x.cap && (GOVERNMENT_HEADS.has(x.norm) || ORG_HEADS.has(x.norm) || lex.extensibleHeads.has(x.norm))
          && expandsAcronym(tokens.slice(h, j + 1), acrAfter)) {
          while (out.length > 0 && out[out.length - 1]!.start >= x.start) out.pop();
          instFirst = h;
          break;
        }
        if (x.cap) break;
      }
    }
    pushCleaned(out, cctx, instFirst, j, lowerSeen, capSeenInside, nameEnd);
    i = j + 1;
  }
  return out;
}

/** Plural collective nouns whose possessive opens names: "People's Party", "Children's Hospital", "Women's League" (folded). */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'children', 'women', 'men', 'peoples']);

/** Articles that join two capitalised words only after another connector: "Bank of the West", « Cour de la Haye » (folded). */
const ARTICLE_CONNECTORS = new Set(['the']);

/** Conjunctions inside publication titles, in any language of the title: "Food and Chemical Toxicology", "Sciences et Avenir". */
const TITLE_CONJUNCTIONS = new Set(['and', 'et', '&', 'und', 'y', 'e']);

/** A web domain: "GovExec.com", "Mediapart.fr", "Politico.eu" (ruleId actors/domain). */
export const WEB_DOMAIN = /\.(?:com|org|net|io|fr|be|ch|ca|eu|co\.uk|info|news)$/;

/** English contractions: "I'm", "I've", "Don't", "It's" (ruleId actors/en/contraction). */
const CONTRACTION = new RegExp(`^[${LETTER}]+['’](?:m|ve|ll|d|re|t|s)$`, 'u');
/** Two short syllables joined by a hyphen, the second in lower case: "Jong-un", "Moo-hyun", "Ki-moon", "Suk-yeol". */
const HYPHENATED_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{1,5}$/u;
/** English and French words that close adjective compounds after a short name ("Paris-based", "Iran-backed", "Nazi-era"). */
const COMPOUND_TAILS = new Set(['led', 'run', 'free', 'born', 'made', 'held', 'wide', 'like', 'based', 'backed', 'owned', 'style',
  'type', 'era', 'class', 'level', 'old', 'day', 'year', 'only', 'long', 'rich', 'fed', 'bound', 'area', 'size', 'sized', 'line',
  'proof', 'ready', 'linked', 'listed', 'plus', 'less', 'zone', 'bred', 'grown', 'built', 'hit', 'torn', 'armed', 'aided', 'ist',
  'isme', 'iste', 'ready', 'based', 'tech', 'news', 'ban', 'war', 'bis', 'sur', 'en', 'de', 'la', 'le', 'du', 'et']);

/** Century ordinals in Roman numerals: "Xe", "XIXe", "IIIe" siècle — not the particle "Le" ("Bruno Le Roux") nor "Ce". */
const ROMAN_ORDINAL = /^(?![LC]e$)[IVXLC]+(?:e|er|ème|eme|th)$/u;
/** Continuous futures codes: "NKc1" (Nikkei), "LCOc1" (Brent), "CLc1" (US crude). */
const FUTURES_CODE = /^[A-Z]{2,4}c[1-9]$/;
/** Exchange three-month codes of four or five capitals and one digit: "CMCU3" (copper), "CMAL3" (aluminium). */
const METAL_CODE = /^[A-Z]{4,5}[0-9]$/;

/**
 * Reuters instrument codes (RICs) written after the name of an index, a currency or a commodity are not names of their
 * own (ruleId actors/instrument-code): "the Dow Jones Industrial Average .DJI fell" (a dot-prefixed index code), "10-year
 * notes US10YT=RR", "the euro EUR= up", "Spot gold XAU=" (a code glued to "=", and the "RR" after it), "Brent LCOc1",
 * "Nikkei futures NKc1", "Copper CMCU3" (futures codes; the metal code only right after a capitalised word). Not "the
 * F-35", "G20", ".NET" in lower-case context is left to the other rules only when it is not all capitals.
 */
export function instrumentCode(text: string, tokens: readonly Token[], t: Token): boolean {
  const before = text[t.outerStart - 1];
  if (before === '.' && t.acronym && t.elision === '' && (t.outerStart < 2 || /[\s(]/.test(text[t.outerStart - 2]!))) return true;
  if (t.acronym && (text[t.end] === '=' || (before === '=' && /[A-Z0-9]/.test(text[t.outerStart - 2] ?? '')))) return true;
  if (FUTURES_CODE.test(t.text)) return true;
  const p = tokens[t.index - 1];
  return METAL_CODE.test(t.text) && !!p && p.cap && p.end + 1 === t.outerStart && text[p.end] === ' ';
}
/** A capitalised word hyphenated to a lower-case one: "Facebook-specific", "French-born", "PII-free". */
const ADJECTIVE_COMPOUND = new RegExp(`^[${UPPER}][${LETTER}${DIGIT}]*-[${LOWER}]+$`, 'u');

/** Particles of persons' names: "da Silva", "de Gaulle", "van Gogh", "von der Leyen", "bin Salman". */
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'del', 'della', 'di', 'al', 'bin', 'ben', 'la', 'le']);

/** Determiners that may open a capitalised run at a sentence start: "The White House", "Le Parquet fédéral". */
const DETERMINER_WORDS = new Set(['the', 'le', 'la', 'les']);

/** Connectors that do not bind a known name after them: "Hewlett-Packard à Grenoble", "Airbus to Boeing". */
const SPLIT_BEFORE_KNOWN = new Set(['a', 'en', 'au', 'aux', 'in', 'at', 'to', 'on', 'for', 'sur', 'pour', 'the', 'with']);

/** French adjective endings (folded): "nationale", "fédéral", "européen", "financier", "constitutionnel". */
const FR_ADJECTIVE = /(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|een|eenne|ais|aise|ois|oise|ique|iques|aire|aires|ier|iere|iers|ieres|if|ive|ain|aine|ains|eur|rale|nale|iste|istes|ate|ates|ee|ees|ene|enes)$/;

/**
 * The first token of "université de Caen", "hôpital de Nancy" when the run starting at `i` is the place of a lower-case
 * institution head (ruleId actors/fr/institution-de); else `i`.
 */
function institutionStart(ctx: CandidateContext, i: number): number {
  const { text, tokens, lex } = ctx;
  if (lex.institutionHeads.size === 0 || i < 1) return i;
  const t = tokens[i]!;
  let k = i - 1;
  if (t.elision !== "d'") {
    const de = tokens[k]!;
    if (de.cap || (de.norm !== 'de' && de.norm !== 'du' && de.norm !== 'of') || !PLAIN_GAP.test(text.slice(de.end, t.outerStart))) return i;
    k--;
  }
  // "tribunal correctionnel de Paris", "cour d'appel de Versailles", "tribunal de grande instance de Nanterre": up to four
  // qualifying words between the head and the place
  for (let steps = 0; steps <= 4 && k >= 0; steps++) {
    const head = tokens[k]!;
    if (head.cap || !PLAIN_GAP.test(text.slice(head.end, tokens[k + 1]!.outerStart))) return i;
    if (lex.institutionHeads.has(head.norm)) return k;
    const qualifier = COURT_WORDS.has(head.norm) || (FR_ADJECTIVE.test(head.norm) && head.norm.length > 4 && !lex.extensionStop.has(head.norm))
      || ((head.norm === 'de' || head.norm === 'du') && steps > 0);
    if (!qualifier) return i;
    k--;
  }
  return i;
}

/**
 * « la Commission nationale informatique et libertés (CNIL) », "the Agency for toxic substances and disease registry
 * (ATSDR)": one to five lower-case words after a capitalised run, then an acronym in parentheses that gives the initials of
 * the whole, belong to the name (ruleId actors/acronym-expansion-forward).
 * @returns the index of the new last token, or `j`
 */
function extendToAcronym(ctx: CandidateContext, i: number, j: number): number {
  const { text, tokens } = ctx;
  let k = j;
  for (let n = 0; n < 5; n++) {
    const t = tokens[k + 1];
    if (!t || t.cap || t.digits || !PLAIN_GAP.test(text.slice(tokens[k]!.end, t.outerStart)) && t.elision === '') return j;
    if (t.elision !== '' && !/^[ \u00a0]{1,2}$/.test(text.slice(tokens[k]!.end, t.outerStart))) return j;
    k++;
    const after = text.slice(tokens[k]!.end, tokens[k]!.end + 16);
    if (after[0] === ' ' && after[1] === '(' || after[0] === '(') {
      return k - i < 14 && expandsAcronym(tokens.slice(i, k + 1), after) && !expandsAcronym(tokens.slice(i, j + 1), text.slice(tokens[j]!.end, tokens[j]!.end + 16)) ? k : j;
    }
  }
  return j;
}

/** After the second word of "X and Y": a possessive or a verb in the singular (EN, FR): "'s", " is", " has", « a », « est ». */
const SINGULAR_AFTER = /^(?:['’]s(?!\p{L})|[ \u00a0](?:is|has|was|says|does|makes|builds|sells|owns|employs|plans|wants|a|est|annonce|fabrique|vend|veut|doit)(?!\p{L}))/u;

/**
 * "Pratt and Whitney's RL-10B-2 engine", "Marks and Spencer is closing stores", « Moët et Chandon a annoncé »: two unknown
 * capitalised words joined by "and"/« et », followed by a possessive or a verb in the singular, that the text never writes
 * apart, are one company's name (ruleId actors/and-pair-name). Not "Merkel and Macron met" (plural verb), not two words of
 * the gazetteer ("France and Germany"), given names, surnames of the text, words also written in lower case or alone.
 */
function andPairName(ctx: CandidateContext, i: number, capCount: ReadonlyMap<string, number>, lowerSeen: ReadonlySet<string>): boolean {
  const { text, tokens, lex } = ctx;
  const x = tokens[i];
  const conj = tokens[i + 1];
  const y = tokens[i + 2];
  if (!x || !conj || !y || conj.cap || (conj.norm !== 'and' && conj.norm !== 'et')) return false;
  if (!PLAIN_GAP.test(text.slice(x.end, conj.outerStart)) || !PLAIN_GAP.test(text.slice(conj.end, y.outerStart))) return false;
  const next = tokens[i + 3];
  if (next && next.cap && PLAIN_GAP.test(text.slice(y.end, next.outerStart))) return false;
  // the second word may be a given name: "Pratt and Whitney", "Marks and Spencer"
  const unknown = (w: Token): boolean => w.cap && !w.acronym && !w.digits && w.elision === '' && !w.text.includes('-')
    && (w === y || !FIRST_NAMES.has(w.norm)) && !lookupName(w.text) && !lex.commonWords.has(w.norm) && !lex.nonEntities.has(w.norm)
    && !lowerSeen.has(w.norm) && !ctx.surnames?.has(w.norm) && capCount.get(w.norm) === 1 && !TEMPORAL_WORDS.has(w.norm)
    && !DERIVED_COMMON_NOUNS.has(w.norm) && !DERIVED_ADJECTIVES.has(w.norm);
  return unknown(x) && unknown(y) && SINGULAR_AFTER.test(text.slice(y.end, y.end + 10));
}

/** Lower-case French heads that open an institution's own name without "de" (folded). */
const NAME_OPENING_HEADS = new Set(['universite', 'ecole', 'institut', 'lycee', 'college', 'musee', 'hopital', 'clinique',
  'conservatoire', 'observatoire']);

/**
 * « l'université Ouverte de Catalogne », « l'université Libre de Bruxelles », « l'école Polytechnique », « l'hôpital
 * Necker », « le musée Grévin »: a lower-case institution head right before an unknown capitalised name (not a given name,
 * not a known name: « l'université Harvard » stays Harvard's) is the first word of the institution's name (ruleId
 * actors/fr/institution-name). Only for heads of the language's `institutionHeads` (French).
 * @returns the index of the head token, or `i`
 */
function institutionNameStart(ctx: CandidateContext, i: number): number {
  const { text, tokens, lex } = ctx;
  const t = tokens[i]!;
  const h = tokens[i - 1];
  if (!h || h.cap || t.elision !== '' || t.initial || !NAME_OPENING_HEADS.has(h.norm) || !lex.institutionHeads.has(h.norm)) return i;
  if (!PLAIN_GAP.test(text.slice(h.end, t.outerStart)) || FIRST_NAMES.has(t.norm.split('-')[0]!) || lookupName(t.text)) return i;
  return i - 1;
}

/** Qualifying words inside French court and council names: "de grande instance", "d'appel", "des prud'hommes". */
const COURT_WORDS = new Set(['grande', 'instance', 'appel', 'commerce', "prud'hommes", 'prudhommes', 'assises', 'cassation',
  'premiere', 'haute', 'comptes', 'police', 'justice', 'sante', 'securite', 'surveillance', 'administration', 'discipline']);

/**
 * Extends a run over 1–9 following lower-case words when the result is a known name written with them:
 * "les Nations unies", "la Banque mondiale", "Organisation mondiale du commerce" (ruleId actors/known-continuation).
 * @returns the index of the new last token (`j` when no extension is known).
 */
function extendToKnownName(ctx: CandidateContext, i: number, j: number): number {
  const { text, tokens, lex } = ctx;
  // not "La libération", "La presse": the run itself must hold a name word, not only a determiner or function word
  if (i === j && lex.commonWords.has(tokens[i]!.norm)) return j;
  let best = j;
  // up to 9 words: "Office fédéral de la sécurité alimentaire et des affaires vétérinaires" (a lookup per word, bounded)
  // the name may start at a later capitalised word of the run: "Selon le Forum économique mondial" (a sentence-initial word
  // and its article are stripped later); at most 3 starts
  const starts = [i];
  for (let s = i + 1; s <= j && starts.length < 3; s++) if (tokens[s]!.cap) starts.push(s);
  for (let k = j + 1; k <= j + 9 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap || t.digits || !PLAIN_GAP.test(text.slice(tokens[k - 1]!.end, t.outerStart))) break;
    if (starts.some((s) => lookupName(text.slice(tokens[s]!.start, t.end)))) best = k;
  }
  return best;
}

/** French infinitive endings (folded): « d'interdire », « d'agir », « d'examiner », « d'atteindre ». */
const FR_INFINITIVE = /(?:er|ir|ire|dre|tre)$/;
/** Nouns with an infinitive's ending met after "d'" in names (folded): « Jeux d'hiver », « d'avenir », « d'ordre ». */
const NOT_INFINITIVES = new Set(['hiver', 'avenir', 'ordre', 'acier', 'empire', 'histoire', 'outre', 'atelier', 'quartier', 'office',
  'ombre', 'oeuvre', 'air', 'espoir', 'or', 'ivoire', 'arbitre', 'officier', 'annuaire', 'centre', 'theatre', 'ministre', 'registre', 'lettre', 'titre']);

/**
 * Extends a French institution name over its lower-case continuation:
 * "Assemblée nationale", "Organisation mondiale de la santé",
 * "Fédération belge du secteur financier", "Parquet fédéral"
 * (ruleId actors/fr/institution-continuation). At most 6 words.
 * @returns the index of the new last token.
 */
function extendFrenchName(ctx: CandidateContext, i: number, j: number): number {
  const { text, tokens, lex } = ctx;
  let h = i;
  while (h < j && lex.commonWords.has(tokens[h]!.norm)) h++;
  if (!lex.extensibleHeads.has(tokens[h]!.norm)) return j;
  const adjective = (t: Token): boolean => !t.cap && !t.digits && t.elision === '' && !lex.extensionStop.has(t.norm)
    && (FR_ADJECTIVE.test(t.norm) || lex.nonEntities.has(t.norm)) && t.norm.length > 3 && !TEMPORAL_WORDS.has(t.norm);
  const noun = (t: Token): boolean => !t.cap && !t.digits && !lex.extensionStop.has(t.norm) && t.norm.length >= 3
    && !TEMPORAL_WORDS.has(t.norm);
  const near = (a: Token, b: Token): boolean => PLAIN_GAP.test(text.slice(a.end, b.outerStart));
  let last = j;
  let words = 0;
  while (words < 6 && last + 1 < tokens.length) {
    const t = tokens[last + 1]!;
    if (!near(tokens[last]!, t)) break;
    if (adjective(t)) {
      last++;
      words++;
      continue;
    }
    // complement: "de la santé", "du travail", "de cassation", "d'appel"
    let k = last + 1;
    if (t.elision === "d'" || t.elision === "l'") {
      // « demandé à la Confédération d'interdire ce produit »: an infinitive after "d'" opens a clause, it ends the name
      // (ruleId actors/fr/infinitive-after-name)
      if (!noun(t) || (t.elision === "d'" && FR_INFINITIVE.test(t.norm) && !NOT_INFINITIVES.has(t.norm))) break;
      last = k;
      words++;
      continue;
    }
    if (t.norm !== 'de' && t.norm !== 'du' && t.norm !== 'des') break;
    k++;
    if (k < tokens.length && tokens[k]!.norm === 'la' && near(tokens[k - 1]!, tokens[k]!)) k++;
    if (k >= tokens.length || !near(tokens[k - 1]!, tokens[k]!)) break;
    const n = tokens[k]!;
    if (n.cap) break;
    if (n.elision !== '' && n.elision !== "l'") break;
    if (!noun(n)) break;
    last = k;
    words += 2;
  }
  return last;
}


/**
 * Cleans the run `first..last` (token indices, inclusive) and pushes its candidates to `out`: splits it at a
 * connector after a known or person's name ("Airbus to Boeing", "Sam Altman of OpenAI"), strips sentence-initial
 * common words and trailing connectors. `nameEnd` is the last token of the capitalised run before a French
 * continuation ("Assemblée nationale").
 */
function pushCleaned(out: Candidate[], ctx: CandidateContext, first: number, last: number,
  lowerSeen: ReadonlySet<string>, capSeenInside: ReadonlySet<string>, nameEnd = last): void {
  // the rest of a split run is cleaned by this loop, not by recursion: "Airbus to Boeing to Airbus to …" may split
  // thousands of times in a long text (the call stack would overflow)
  let from: number | undefined = first;
  while (from !== undefined) from = pushCleanedPart(out, ctx, from, last, lowerSeen, capSeenInside, nameEnd);
}

/** Built once for {@link pushCleanedPart} (character classes: text/char-classes.ts). */
const PUSH_CLEANED_PART_RE = new RegExp(`[${LOWER}][${UPPER}]`, 'u');

/**
 * One step of {@link pushCleaned}: pushes the candidates of `first..last` up to the first split, and returns the first
 * token of the rest of the run still to clean (undefined when the run is done).
 */
function pushCleanedPart(out: Candidate[], ctx: CandidateContext, first: number, last: number,
  lowerSeen: ReadonlySet<string>, capSeenInside: ReadonlySet<string>, nameEnd: number): number | undefined {
  const { text, tokens, lex } = ctx;
  const whole = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b]!.end);
  const gaz = lookupName(whole(first, last));
  // Split "Airbus to Boeing", "Sam Altman of OpenAI", "Tim Cook d'Apple" at the connector when the part before is a
  // known name or a person's name, unless the whole run is known ("Bank of America", "Department of Defense").
  if (!gaz) {
    // first token of the run that is not capitalised (the words before a connector are all capitalised when it is ≥ k)
    let firstNotCap = first;
    while (firstNotCap <= last && tokens[firstNotCap]!.cap) firstNotCap++;
    for (let k = first + 1; k <= Math.min(last, nameEnd); k++) {
      const t = tokens[k]!;
      const isConn = !t.cap && !t.camelLower && !t.digits;
      if (!isConn && t.elision === '') continue;
      const before = whole(first, k - 1);
      // name particles stay inside a person's name: "Lula da Silva", "Charles de Gaulle", "von der Leyen"
      const personLike = k - first >= 2 && FIRST_NAMES.has(tokens[first]!.norm.split('-')[0]!)
        && firstNotCap >= k && !NAME_PARTICLES.has(t.norm);
      let r0 = k;
      while (r0 <= last && !tokens[r0]!.cap && !tokens[r0]!.camelLower) r0++;
      // "Uninstalls of ChatGPT": a sentence-initial word before a connector and a known name
      const initialBefore = k === first + 1 && tokens[first]!.initial && !FIRST_NAMES.has(tokens[first]!.norm);
      // "Scores of International…": an unknown sentence-initial plural before a connector is a common noun
      const initialPlural = initialBefore && t.elision === '' && /[^s]s$/.test(tokens[first]!.norm)
        && !ORG_HEADS.has(tokens[first]!.norm) && !GOVERNMENT_HEADS.has(tokens[first]!.norm) && !lookupName(tokens[first]!.text);
      const afterKnown = r0 <= last && t.elision === '' && (SPLIT_BEFORE_KNOWN.has(t.norm) || initialBefore)
        && !!lookupName(whole(r0, Math.min(last, nameEnd)));
      const afterLen = r0 <= last ? Math.min(last, nameEnd) + 1 - r0 : 0;
      const afterTok = afterLen >= 2 && afterLen <= 4 ? tokens.slice(r0, r0 + afterLen) : [];
      const afterPerson = afterTok.length >= 2 && afterTok.length <= 4 && FIRST_NAMES.has(afterTok[0]!.norm.split('-')[0]!)
        && afterTok.every((x) => x.cap) && t.elision === '' && SPLIT_BEFORE_KNOWN.has(t.norm);
      const beforeComplete = COMPANY_SUFFIXES.has(tokens[k - 1]!.norm) && k - first >= 2
        && t.elision === '' && SPLIT_BEFORE_KNOWN.has(t.norm);
      // "the Times of Zambia", "Bank of Japan": a head word of a known name, then "of" + a known place, is one name
      const headOfPlace = (t.norm === 'of' || t.norm === 'de' || t.norm === 'du') && r0 <= last
        && (ORG_HEADS.has(tokens[k - 1]!.norm) || GOVERNMENT_HEADS.has(tokens[k - 1]!.norm))
        && lookupName(whole(r0, Math.min(last, nameEnd)))?.entry.kind === 'place';
      // « l'OPA de Monsanto », "the GMO of Monsanto": a common acronym of the language before a connector is a common noun
      // (ruleId actors/non-entity-before)
      const nonEntityBefore = k === first + 1 && tokens[first]!.acronym && lex.nonEntities.has(tokens[first]!.norm) && !lookupName(tokens[first]!.text);
      // "Office of Foreign Assets Control": a one-word institution head before "of" opens the name even when the head alone
      // is known ("Office", a product) (ruleId actors/head-of-name)
      // (after a sentence-initial article too: "The Office of Management and Budget")
      const h0 = k === first + 2 && tokens[first]!.initial && DETERMINER_WORDS.has(tokens[first]!.norm) ? first + 1 : first;
      const headOf = k === h0 + 1 && t.norm === 'of' && tokens[h0]!.cap && (h0 > first || !tokens[h0]!.initial)
        && (ORG_HEADS.has(tokens[h0]!.norm) || GOVERNMENT_HEADS.has(tokens[h0]!.norm));
      if (!headOfPlace && !headOf && (lookupName(before) || personLike || afterKnown || afterPerson || beforeComplete || initialPlural
        || nonEntityBefore)) {
        pushCleaned(out, ctx, first, k - 1, lowerSeen, capSeenInside);
        let r = k;
        while (r <= last && !tokens[r]!.cap && !tokens[r]!.camelLower) r++;
        return r <= last ? r : undefined;
      }
      while (k + 1 <= last && !tokens[k + 1]!.cap && !tokens[k + 1]!.camelLower) k++;
    }
  }
  const heading = inRanges(ctx.headings, tokens[first]!.start);
  // strip leading temporal words and sentence-initial common words: "Wednesday Kmart", "Dans", "The Following"
  let a = first;
  // a known one-word name at a sentence start that the text also uses as a common word ("Target", "Shell") is one
  const commonKnown = !!gaz && first === last && (tokens[first]!.initial || heading) && !tokens[first]!.acronym
    && lowerSeen.has(tokens[first]!.norm);
  // "Nouvelle Démocratie (ND)" at a sentence start: a name spelled out before its acronym keeps its first word
  // (bounded: an expansion has at most 12 words, so a huge run never costs a slice per split)
  const expanded = last > first && last - first < 12
    && expandsAcronym(tokens.slice(first, last + 1), text.slice(tokens[last]!.end, tokens[last]!.end + 16));
  const knownSurname = first === last && !!ctx.surnames?.has(tokens[first]!.norm) && !tokens[first]!.acronym;
  while (!expanded && !knownSurname && a <= last && (!gaz || commonKnown)) {
    const t = tokens[a]!;
    const atStart = t.initial || heading;
    // « l'ONG Greenpeace », "the NGO Oxfam": a common acronym of the language before a name classifies it
    // (ruleId actors/non-entity-acronym-before)
    const strip = (TEMPORAL_WORDS.has(t.norm) && a < last) || (t.acronym && a < last && lex.nonEntities.has(t.norm) && !lookupName(t.text)
        && !lex.titleWords.has(t.norm))
      || (atStart && (lex.commonWords.has(t.norm) || (!t.acronym && lowerSeen.has(t.norm))))
      || (a === last && lex.commonWords.has(t.norm));
    if (!strip) break;
    a++;
    while (a <= last && !tokens[a]!.cap && !tokens[a]!.camelLower) a++;
  }
  // a sentence-initial determiner is not part of the name unless the known name has one ("Le Monde")
  if (a < last && tokens[a]!.initial && DETERMINER_WORDS.has(tokens[a]!.norm)
    && !(gaz && gaz.entry.names.some((n) => /^(?:the|le|la|les|l['’])\s/i.test(n)))) {
    a++;
  }
  if (a > last) return undefined;
  // drop trailing connectors left by the stripping
  let b = last;
  // "Selon l'Organisation mondiale de la santé": a known name left once the opening words are stripped keeps its lower-case
  // words (bounded: the lookup gives up on a surface longer than any known name)
  const known = gaz ?? (a > first ? lookupName(whole(a, last)) : undefined);
  while (!known && b > a && b <= nameEnd && !tokens[b]!.cap && !tokens[b]!.camelLower && !tokens[b]!.digits) b--;
  const t0 = tokens[a]!;
  const single = a === b;
  if (single) {
    if (lex.nonEntities.has(t0.norm) && !lookupName(t0.text)) return undefined;
    if (t0.norm.length < 2 && !lookupName(t0.text)) return undefined;
    if (t0.digits) return undefined;
    // "GovExec.com quotes…": a web domain at a sentence start is a name, not a capitalised common word
    // "PCdoB (Brazilian communist political party) Deputy …", "YouTube a annoncé": a capital after a lower-case letter
    // inside the word is a name's spelling, never a common word's (ruleId actors/mixed-case-initial)
    if ((t0.initial || heading) && a === first && !t0.acronym && !t0.camelLower && !PUSH_CLEANED_PART_RE.test(t0.text)
      && !lookupName(t0.text) && !WEB_DOMAIN.test(t0.norm) && !placeShaped(t0.text) // « Noyal-sur-Vilaine compte… » (actors/place-shape)
      && !capSeenInside.has(t0.norm) && !knownSurname && !(!heading && !lowerSeen.has(t0.norm) && !lex.commonWords.has(t0.norm)
        && roleAppositionAt(text, t0.end, lex))
      // 'known as "Coco"': a quoted nickname opens its quotation (ruleId actors/nickname)
      && !(!heading && NICKNAME_BEFORE.test(text.slice(Math.max(0, t0.start - 30), t0.start)))) return undefined;
  }
  const start = t0.start;
  const end = tokens[b]!.end;
  out.push({ first: a, last: b, start, end, text: text.slice(start, end), heading, initial: t0.initial && a === first });
  return undefined;
}
