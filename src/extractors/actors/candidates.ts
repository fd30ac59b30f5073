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
import { COMPANY_SUFFIXES, EN_WEEKDAYS, GOVERNMENT_HEADS, ORG_HEADS, TEMPORAL_WORDS } from '../../lexicon/gazetteer/heads.js';
import { FIRST_NAMES } from '../../lexicon/gazetteer/first-names.js';
import { DERIVED_ADJECTIVES, DERIVED_COMMON_NOUNS } from '../../lexicon/gazetteer/derived.js';
import type { Token } from './tokens.js';
import type { FoldedLexicon } from './lexicon.js';
import { lookupName, mayEndKnownName } from './gazetteer.js';
import { inRanges } from './ranges.js';
import { fold, nameKey } from './normalize.js';
import { dealPartyAt, expandsAcronym, NICKNAME_BEFORE, speakerAt } from './classify.js';
import { roleAppositionAt } from './roles.js';
import { placeShaped } from './kind-cues.js';
import { INITIAL_NON_NAMES, orgCueAfter, orgCueAfterAnyShape } from './org-cues.js';
import { DIGIT, LETTER, LOWER, UPPER } from '../../text/char-classes.js';
import { escapeRegExp } from '../attribution-lexicon.js';

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

/** English weekdays (folded), stripped from the end of a run (ruleId actors/trailing-weekday). */
const WEEKDAYS: ReadonlySet<string> = new Set(EN_WEEKDAYS);
/** Spaces allowed between two words of a name: one or two spaces, NBSP, narrow NBSP. */
const PLAIN_GAP = /^[ \u00a0\u202f]{1,2}$/;
/** Ampersand between words: "Burkhardt & Associates", "AT & T". */
const AMP_GAP = /^[ \u00a0]?&[ \u00a0]?$/;
/**
 * "Sears, Roebuck & Co." — a comma before a partner name ending in "& Co." (ruleId actors/en/comma-and-co); "Co" is a whole
 * word: not the start of "Costco" in "Walmart, Kroger and Costco".
 */
const COMMA_AND_CO = new RegExp(`^, [${UPPER}][${LETTER}'’-]{1,30} (?:&|and) Co\\.?(?![${LETTER}])`, 'u');

/**
 * "Weil, Gotshal & Manges", "Gibson, Dunn & Crutcher", "Skadden, Arps, Slate": a partnership named after its partners — a
 * comma, a second surname, "&" and a third — is one firm (ruleId actors/en/partners-firm). Only after a one-word run, and
 * only when no word is a known name or a given name ("Unilever, Procter & Gamble" are two firms; checked by the caller).
 */
const PARTNERS_FIRM = new RegExp(`^, ([${UPPER}][${LOWER}'’-]{1,30}) & ([${UPPER}][${LOWER}'’-]{1,30})(?![${LETTER}])`, 'u');

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
    && (!ADJECTIVE_COMPOUND.test(t.text) || hyphenatedGivenName(t)) && !ROMAN_ORDINAL.test(t.text) && !instrumentCode(text, tokens, t)
    && !dateAbbreviation(text, t) && !amountQualifier(text, tokens, t);
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
    // (not after a firm's name of two words or a trade head: "Tequila Works' Gylt", "General Motors' Cadillac" are the firm's
    // product — ruleId actors/plural-possessive-maker)
    const before = tokens[a.index - 1];
    const possessive = /^['’] $/.test(g) && /s$/.test(a.text) && a.cap && !ORG_HEADS.has(a.norm) && !COMPANY_SUFFIXES.has(a.norm)
      && !(before && before.cap && PLAIN_GAP.test(gap(before, a)));
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
    // "Joe and Hunter Biden", « Jean et Marie Dupont »: a given name coordinated before another given name and a surname
    // has no name of its own here; the extractor gives it the shared surname (ruleId actors/shared-surname)
    if (sharedSurnameAt(text, tokens, i) > 0) {
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
      // (« Armée de l'Air et de l'Espace », « Office de la propriété intellectuelle et des brevets »: a French known name
      // joins with "et" and may go on with connectors — ruleId actors/fr/et-known)
      if (conj.cap || (conj.norm !== 'and' && conj.norm !== 'et') || !PLAIN_GAP.test(gap(before, conj)) || before.acronym) return false;
      // "Office of Management and Budget": the run with "and" and the next word is a known name (ruleId actors/and-known)
      // (up to three words after "and": "U.S. Customs and Border Protection")
      // (the known name may start after a connector of the run: "Agents of Customs and Border Protection"; at most 3 starts)
      const starts = [i];
      for (let r = p - 1; r > i && starts.length < 4; r--) if (tokens[r]!.cap && !tokens[r - 1]!.cap) starts.push(r);
      for (let q = p + 1; q <= p + 4 && q < tokens.length && q - i <= 12; q++) {
        const nq = tokens[q]!;
        if (conj.norm === 'et' && q < p + 3 && isConnector(nq)) continue;
        if (!nq.cap || !joinable(tokens[q - 1]!, nq)) break;
        if (starts.some((r) => lookupName(text.slice(tokens[r]!.start, nq.end)))) return true;
        if (q === p + 3 && conj.norm === 'and') break;
      }
      if (conj.norm !== 'and' || lookupName(before.text)) return false;
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
    // an institution head then "of"/"on"/"for" inside tokens i..j (ruleId actors/comma-complement)
    const complementOpen = (a: number, b: number): boolean => {
      for (let k = a; k < b && k - a < 4; k++) {
        const h = tokens[k]!;
        if (h.cap && (ORG_HEADS.has(h.norm) || GOVERNMENT_HEADS.has(h.norm)) && !tokens[k + 1]!.cap && COMPLEMENT_CONNECTORS.has(tokens[k + 1]!.norm)) return true;
      }
      return false;
    };
    // "Joint Committee on Intelligence and Security", "Center for Health and Human Rights", "Department of Health and Human
    // Services": after an institution head and its "of"/"on"/"for" complement, "and" and one or two capitalised words finish
    // the complement inside the name (ruleId actors/and-complement) — not a known name, a given name, a title or a
    // sentence start after "and" ("the Department of Justice and Google", "Committee on Finance and Senator Smith")
    const andComplement = (p: number): boolean => {
      const conj = tokens[p]!;
      if (conj.cap || conj.norm !== 'and' || p - i > 8 || !PLAIN_GAP.test(gap(tokens[p - 1]!, conj)) || !tokens[p - 1]!.cap) return false;
      let head = false;
      for (let k = i; k + 1 < p; k++) {
        const h = tokens[k]!;
        if (h.cap && (ORG_HEADS.has(h.norm) || GOVERNMENT_HEADS.has(h.norm)) && !tokens[k + 1]!.cap
          && COMPLEMENT_CONNECTORS.has(tokens[k + 1]!.norm)) head = true;
      }
      // (a noun before "and", not an adjective: "Team for Best and Final" is no name)
      if (!head || DERIVED_ADJECTIVES.has(tokens[p - 1]!.norm)) return false;
      const a = tokens[p + 1];
      const b = tokens[p + 2];
      if (!a || !a.cap || a.initial || a.acronym || !joinable(conj, a) || FIRST_NAMES.has(a.norm) || lex.titleWords.has(a.norm)
        || lookupName(a.text)) return false;
      // at most two words after "and": a third capitalised word opens another name
      const two = !!b && b.cap && joinable(a, b);
      return !(two && tokens[p + 3]?.cap && joinable(b, tokens[p + 3]!));
    };
    for (;;) {
      // "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Department for Environment, Food and Rural Affairs": after an
      // institution head and its "of"/"for"/"on", a comma list of capitalised words that "and" closes is the complement
      // (ruleId actors/comma-complement) — read on at most 160 code units
      if (j > i && tokens[j + 1] && /^, $/.test(gap(tokens[j]!, tokens[j + 1]!)) && complementOpen(i, j)) {
        const m = COMMA_COMPLEMENT.exec(text.slice(tokens[j]!.end, tokens[j]!.end + 160));
        // (not a list of names after a body: "the Department of Justice, Google and Apple", "the Ministry, John and Mary")
        const items = m ? m[0].split(/,? and |, /).filter(Boolean) : [];
        if (m && items.every((x) => !lookupName(x) && !FIRST_NAMES.has(fold(x.split(' ')[0]!)) && !/^[A-Z]{2,}$/.test(x)
          && !x.split(' ').some((w) => lookupName(w)))) {
          const end = tokens[j]!.end + m[0].length;
          while (j + 1 < tokens.length && tokens[j + 1]!.end <= end) j++;
          break;
        }
      }
      let p = j + 1;
      let conn = 0;
      // "Bank of the West", "Office of the Inspector General": an article joins only after another connector — not "told MPs
      // the Conservatives" (ruleId actors/article-connector)
      while (p < tokens.length && conn < MAX_CONNECTORS && (linkWord(tokens[p]!) || (conn === 0 && (andHead(p) || andInstitution(p) || andComplement(p))))
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
        && !TEMPORAL_WORDS.has(prev.norm) && !/[.,]\d/.test(text.slice(next.end, next.end + 2))
        && !AMOUNT_AFTER.test(text.slice(next.end, next.end + 14)) && !SCORE_AFTER.test(text.slice(next.end, next.end + 8))) {
        j = p;
        continue;
      }
      // "Canonical released Ubuntu 12.10", « la version Firefox 3.6 », "Python 3.12": a release number with dots right
      // after a name is part of the product's name (ruleId actors/version-number) — not an amount ("Kmart 3.5 billion")
      if (conn === 0 && VERSION_NUMBER.test(next.text) && joinable(prev, next) && !TEMPORAL_WORDS.has(prev.norm)
        && !AMOUNT_AFTER.test(text.slice(next.end, next.end + 14)) && !/^[.,]\d/.test(text.slice(next.end, next.end + 2))) {
        j = p;
        continue;
      }
      break;
    }
    if (j === i && andPairName(cctx, i, capCount, lowerSeen)) j = i + 2;
    // "the San Francisco-based cloud software company", "a New York-listed firm": a run right before an adjective compound
    // is the first part of the compound's place ("San Francisco"), a premodifier like "Paris-based" — not a name of its own
    // ("San") (ruleId actors/compound-premodifier)
    const compound = tokens[j + 1];
    if (compound && !isName(compound) && ADJECTIVE_COMPOUND.test(compound.text) && PLAIN_GAP.test(gap(tokens[j]!, compound))
      && COMPOUND_TAILS.has(compound.norm.slice(compound.norm.lastIndexOf('-') + 1))) {
      i = j + 2;
      continue;
    }
    j = extendToKnownName(ctx, i, j);
    const nameEnd = j;
    if (lex.extensibleHeads.size > 0) j = extendFrenchName(ctx, i, j);
    j = extendToAcronym(ctx, i, j);
    // "Sears, Roebuck & Co."
    const after = text.slice(tokens[j]!.end, tokens[j]!.end + 48);
    const firm = j === i && t.cap && !t.acronym ? PARTNERS_FIRM.exec(after) : null;
    const co = COMMA_AND_CO.exec(after) ?? (firm && [t.text, firm[1]!, firm[2]!].every((w) => !lookupName(w) && !FIRST_NAMES.has(fold(w)))
      && !lookupName(`${firm[1]!} & ${firm[2]!}`) ? firm : null);
    if (co) {
      const end = tokens[j]!.end + co[0].length;
      let k = j;
      while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
      j = k;
    }
    // the place of a lower-case institution ("université de Caen"), not a known body ("conseil du CERN" names the CERN)
    const known = lookupName(text.slice(t.start, tokens[j]!.end));
    let instFirst = known && known.entry.kind !== 'place' ? i : institutionStart(ctx, i, j === i || known?.entry.kind === 'place');
    // (a capitalised head was pushed as a run of its own: « Tribunal judiciaire » before « de Paris »)
    if (instFirst < i) while (out.length > 0 && out[out.length - 1]!.start >= tokens[instFirst]!.start) out.pop();
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
  // (actors/en/title-office) an office named after its holder's title is one body: "the U.S. Attorney's Office", "the
  // Manhattan District Attorney’s Office", "the Los Angeles County Sheriff's Office", "the Prime Minister's Office" — not the
  // title, then a product "Office"
  for (let n = out.length - 2; n >= 0; n--) {
    const a = out[n]!;
    const b = out[n + 1]!;
    if (b.first !== b.last || tokens[b.first]!.norm !== 'office'
      || !(lex.titleWords.has(tokens[a.last]!.norm) || OFFICE_HOLDERS.has(tokens[a.last]!.norm))
      || !POSSESSIVE_GAP.test(text.slice(a.end, b.start))) continue;
    out.splice(n, 2, { ...a, last: b.last, end: b.end, text: text.slice(a.start, b.end) });
  }
  return out;
}

/** Holders whose office is a body, besides the lexicon's titles (ruleId actors/en/title-office): "Sheriff's Office". */
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['sheriff', 'coroner', 'comptroller', 'controller', 'auditor', 'treasurer',
  'solicitor', 'examiner', 'ombudsman', 'commissioner', 'registrar', 'marshal', 'prosecutor', 'attorney']);

/** The possessive between a title and "Office" (ruleId actors/en/title-office). */
const POSSESSIVE_GAP = /^['’]s[ \u00a0]$/u;

/** Plural collective nouns whose possessive opens names: "People's Party", "Children's Hospital", "Women's League" (folded). */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'children', 'women', 'men', 'peoples']);

/**
 * A comma list of capitalised words closed by "and" and one to three capitalised words, then no further capital:
 * ", Tobacco, Firearms and Explosives", ", Communities and Local Government" (ruleId actors/comma-complement). Bounded.
 */
const COMMA_COMPLEMENT = new RegExp(`^(?:, [${UPPER}][${LETTER}-]{1,20}(?: [${UPPER}][${LETTER}-]{1,20}){0,2}){1,4},? and [${UPPER}][${LETTER}-]{1,20}` +
  `(?: [${UPPER}][${LETTER}-]{1,20}){0,2}(?![${LETTER}])(?! [${UPPER}])`, 'u');

/** Connectors that open an institution's complement: "Committee on …", "Center for …", "Department of …" (folded). */
const COMPLEMENT_CONNECTORS = new Set(['of', 'on', 'for']);

/** Articles that join two capitalised words only after another connector: "Bank of the West", « Cour de la Haye » (folded). */
const ARTICLE_CONNECTORS = new Set(['the']);

/** Conjunctions inside publication titles, in any language of the title: "Food and Chemical Toxicology", "Sciences et Avenir". */
const TITLE_CONJUNCTIONS = new Set(['and', 'et', '&', 'und', 'y', 'e']);

/** A web domain: "GovExec.com", "Mediapart.fr", "Politico.eu" (ruleId actors/domain). */
/**
 * "Eurostat", "Rosstat", "Turkstat", "Istat": a national statistics office's one-word name (folded; actors/statistics-office),
 * not an instrument's common noun ("Thermostat", "Rheostat").
 */
export const STATISTICS_OFFICE = /^(?!(?:thermo|hemo|haemo|rheo|cryo|gyro|aero|photo|helio|hydro|electro|pro)stat$)[a-z]{2,8}stat$/;
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
/**
 * A month abbreviation with its period before a day number: "on Oct. 14", "from Sept. 3", « le 3 déc. » is lower case — so
 * "CEO John Donahoe on Oct. 14" does not run on through the connector into a name "John Donahoe on Oct" (ruleId
 * actors/date-abbreviation). English forms only: French writes abbreviated months in lower case.
 */
export function dateAbbreviation(text: string, t: Token): boolean {
  return MONTH_ABBREVIATION.test(t.text) && /^[ \u00a0]{1,2}\d/.test(text.slice(t.end, t.end + 3));
}
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * A word that qualifies an amount rather than naming an actor (ruleId actors/amount-qualifier): the country of a dollar
 * after the amount — "earnings per share of $0.70 U.S.", "$11.59 billion U.S." (Canadian business wires write it so) — and
 * a French abbreviated scale glued to its currency sign — "plus de 30 Md$", "2 Mds€", "1,2 Mrd€".
 */
export function amountQualifier(text: string, tokens: readonly Token[], t: Token): boolean {
  const p = tokens[t.index - 1];
  if (!p || !PLAIN_GAP.test(text.slice(p.end, t.outerStart))) return false;
  const number = /^\d[\d.,]*$/.test(p.text);
  if (SCALE_ABBREVIATION.test(t.text) && /^[$€£¥]/.test(text.slice(t.end, t.end + 1)) && number) return true;
  if (!DOLLAR_COUNTRY.test(t.text)) return false;
  // the amount before: "$0.70", "$11.59 billion", "$89.13" (a currency sign then digits, within the last 24 code units)
  return (number || /^(?:million|billion|trillion|bn|mn)$/.test(p.norm))
    && /\$\s?\d[\d.,]*(?:\s(?:million|billion|trillion|bn|mn))?$/.test(text.slice(Math.max(0, p.outerStart - 24), p.end));
}
const SCALE_ABBREVIATION = /^(?:Md|Mds|Mrd|Mrds|Mn|Bn)$/;
const DOLLAR_COUNTRY = /^(?:U\.S\.|US|Cdn|CAD|AUD|NZ|HK|U\.S)$/;

/**
 * A scale word, a currency or a percent sign right after a number: "fined Apple 150 million euros", « Orange 5 % »,
 * "Nokia 3 billion" — the number is an amount, not a model number of the name before it ("Boeing 767", "Model 3")
 * (ruleId actors/amount-not-model). Bounded: read on 14 code units.
 */
/** A release number: "12.10", "3.6", "2.0.1" (ruleId actors/version-number); one or two digits a part, bounded. */
export const VERSION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,2}$/;

/**
 * The rest of a match score after a number: « a battu l'Union Bordeaux-Bègles 27 à 20 », "beat Leinster 27-20", « Racing 18-18 »:
 * the number is the team's points, no part of its name (ruleId actors/score-number). Not "to": "the Model 3 to 5 percent".
 * Bounded.
 */
const SCORE_AFTER = /^[ \u00a0]?(?:[-–]|à)[ \u00a0]?\d{1,3}(?!\d)/u;

const AMOUNT_AFTER = /^[ \u00a0\u202f]?(?:%|(?:per|pour)[ \u00a0]cent|percent|millions?|milliards?|billions?|trillions?|mille|bn|mn|euros?|dollars?|pounds?|livres?)(?![\p{L}])/u;

/**
 * Nouns that follow a company's name as its own: "Total oil output", "Orange customers", "Shell executives" (folded). After
 * one of them a sentence-initial known name keeps its company reading (ruleId actors/initial-common-homonym).
 */
const COMPANY_COMPLEMENTS = new Set(['executives', 'executive', 'employees', 'workers', 'staff', 'shareholders', 'investors',
  'oil', 'gas', 'energies', 'prices', 'price', 'cost', 'costs', 'stores', 'shops', 'customers', 'subscribers', 'users', 'network',
  'products', 'brand', 'boss', 'chief', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson', 'unit', 'division', 'plant',
  'plants', 'factory', 'factories', 'group', 'stock', 'shares', 'share']);

/**
 * "Orange juice prices rose", "Total number of jobs…", "Sky blue paint": a known one-word company whose name is also a common
 * noun or adjective of English (Orange, Total, Sky, Next, Free) opening a sentence before a lower-case common noun is that
 * common word, not the company — unless the text also names the company inside a sentence, or the noun is one of the
 * company's own ({@link COMPANY_COMPLEMENTS}) (ruleId actors/initial-common-homonym). Constant work: two tokens.
 */
function commonNounPhraseAt(ctx: CandidateContext, first: number, capSeenInside: ReadonlySet<string>): boolean {
  const { tokens, text } = ctx;
  const t = tokens[first]!;
  const next = tokens[first + 1];
  if (!t.initial || !next || next.cap || next.digits || next.elision !== '' || !PLAIN_GAP.test(text.slice(t.end, next.outerStart))) return false;
  if (capSeenInside.has(t.norm) || !(DERIVED_COMMON_NOUNS.has(t.norm) || DERIVED_ADJECTIVES.has(t.norm))) return false;
  return DERIVED_COMMON_NOUNS.has(next.norm) && !COMPANY_COMPLEMENTS.has(next.norm) && !ctx.lex.actingCues.has(next.norm)
    && !MATCH_VERBS.has(next.norm);
}

/**
 * Verbs of a match that the word lists also hold as nouns: "Arsenal beat Aston Villa", "Chelsea host Spurs", "Everton face
 * Leeds", "Arsenal sign a defender" — after one of them a sentence-initial club keeps its name (ruleId
 * actors/initial-common-homonym).
 */
const MATCH_VERBS = new Set(['beat', 'beats', 'host', 'hosts', 'face', 'faces', 'draw', 'drew', 'lead', 'leads', 'sign', 'signs',
  'stun', 'stuns', 'thrash', 'thrashed', 'edge', 'edged', 'rout', 'routed', 'top', 'tops', 'win', 'won', 'lose', 'lost']);

const COMPANY_APPOSITION = new Map<FoldedLexicon, RegExp>();

/**
 * Heads of a company's apposition that the description lists leave out, because a lone "the giant" or « le laitier » names
 * no antecedent in running text (EN and FR: "the Italian confectioner", « le groupe laitier »).
 */
const APPOSITION_HEADS = ['confectioner', 'conglomerate', 'brand', 'label', 'maker', 'giant', 'confiseur', 'laitier', 'fabricant'];

/**
 * After a sentence-initial word: ", the Italian confectioner,", ", the world's largest dairy group,", « , le groupe laitier, »
 * — a determiner, at most three words, a head of the language's organisation descriptions (or "confectioner"…), a comma
 * (ruleId actors/company-apposition-name). Not an adverb or a common word of the word lists ("Separately, the company said").
 * Bounded: 120 code units.
 */
function companyAppositionAt(ctx: CandidateContext, t: Token): boolean {
  const { lex, text } = ctx;
  // (nor an adverb the lists miss: "Elsewhere, the bank, which…" — ruleId actors/org-context)
  if (lex.commonWords.has(t.norm) || DERIVED_COMMON_NOUNS.has(t.norm) || DERIVED_ADJECTIVES.has(t.norm) || /(?:ly|ment)$/.test(t.norm)
    || INITIAL_NON_NAMES.has(t.norm)) {
    return false;
  }
  let re = COMPANY_APPOSITION.get(lex);
  if (!re) {
    const heads = [...lex.descriptions].filter(([, kinds]) => kinds.length === 1 && kinds[0] === 'organization').map(([h]) => h)
      .concat(APPOSITION_HEADS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    re = new RegExp(`^,[ \u00a0]{1,2}(?:the|le|la|l['’])[ \u00a0]?(?:[\\p{L}'’-]{2,20}[ \u00a0]){0,3}(?:${heads})(?:[ \u00a0][\\p{Ll}-]{2,20})?[ \u00a0]?,`, 'u');
    COMPANY_APPOSITION.set(lex, re);
  }
  return re.test(text.slice(t.end, t.end + 120));
}

/**
 * An unknown sentence-initial word followed by {@link orgCueAfter}: not a word of the language's lists, nor one the text writes
 * in lower case, nor a plural ("Analysts said it"), an adverb or a weekday (ruleId actors/org-context). Bounded by orgCueAfter.
 */
function initialFirmAt(ctx: CandidateContext, t: Token, lowerSeen: ReadonlySet<string>): boolean {
  const { lex, text } = ctx;
  if (t.acronym || t.elision !== '' || t.norm.length < 3 || lowerSeen.has(t.norm) || lex.commonWords.has(t.norm)
    || lex.nonEntities.has(t.norm) || lex.titleWords.has(t.norm) || TEMPORAL_WORDS.has(t.norm) || DERIVED_COMMON_NOUNS.has(t.norm)
    || DERIVED_ADJECTIVES.has(t.norm) || /(?:ly|ment)$/.test(t.norm) || INITIAL_NON_NAMES.has(t.norm)) return false;
  return /[^s]s$/.test(t.norm) ? orgCueAfterAnyShape(text, t.end, lex) : orgCueAfter(text, t.end, lex);
}

/**
 * Words that premodify a role at a sentence start without naming an employer: "Industry analyst Jane Doe", "Democratic leader
 * Chuck Schumer", "Opposition leader X", "Market strategist X" (ruleId actors/initial-employer). Folded.
 */
const ROLE_PREMODIFIERS = new Set(['industry', 'democratic', 'opposition', 'market', 'markets', 'party', 'union', 'government',
  'veteran', 'independent', 'deputy', 'acting', 'interim', 'longtime', 'top', 'lead', 'assistant', 'associate', 'executive',
  'managing', 'team', 'club', 'company', 'bank', 'fund', 'group', 'majority', 'minority', 'conservative', 'liberal', 'labor',
  'green', 'greens', 'state', 'federal', 'city', 'county', 'regional', 'national', 'foreign', 'defense', 'defence', 'finance',
  'trade', 'health', 'energy', 'justice', 'interior', 'economy', 'treasury', 'commerce', 'education', 'transport', 'housing',
  'agriculture', 'environment', 'security', 'intelligence', 'police', 'army', 'military', 'navy', 'fed', 'central', 'chief',
  'head', 'general', 'special', 'vice', 'co', 'joint', 'outgoing', 'incoming', 'newly', 'current', 'then', 'ex', 'retired',
  // an analyst's or economist's field: "Tech analyst Dan Ives", "Equity analyst Tom Lee", "Oil analyst X"
  'tech', 'technology', 'equity', 'equities', 'credit', 'bond', 'oil', 'gas', 'currency', 'commodity', 'commodities', 'research',
  'investment', 'polling', 'retail', 'auto', 'chip', 'media', 'sports', 'legal', 'tax', 'property', 'mining', 'shipping',
  'insurance', 'banking', 'wealth', 'rates', 'forex', 'macro', 'emerging', 'strategy', 'portfolio', 'hedge', 'rival', 'fellow',
  'prominent', 'key', 'local', 'prime', 'tourism', 'aviation', 'airline', 'food', 'farm', 'crypto', 'climate', 'data', 'security']);

const INITIAL_EMPLOYER = new Map<FoldedLexicon, RegExp>();

/**
 * "Commerzbank chief economist Jörg Krämer said…": an unknown sentence-initial word, then a role of the language in lower case
 * and a person's name of two capitalised words, is the person's employer, as it is mid-sentence (ruleId actors/initial-employer).
 * Not a word of the language's lists, nor one the text writes in lower case, nor an adjective-shaped word or a premodifier
 * of roles ({@link ROLE_PREMODIFIERS}: "Senior analyst X", "Industry analyst X", "Former chief executive X", "Democratic
 * leader X"). English only (French writes « l'économiste de Commerzbank »). Bounded: 80 code units.
 */
function initialEmployerAt(ctx: CandidateContext, t: Token, lowerSeen: ReadonlySet<string>): boolean {
  const { lex, text } = ctx;
  if (lex.determiners.includes('le')) return false;
  if (t.acronym || t.elision !== '' || t.norm.length < 3 || lowerSeen.has(t.norm) || lex.commonWords.has(t.norm)
    || lex.nonEntities.has(t.norm) || lex.titleWords.has(t.norm) || TEMPORAL_WORDS.has(t.norm) || DERIVED_COMMON_NOUNS.has(t.norm)
    || DERIVED_ADJECTIVES.has(t.norm) || ROLE_PREMODIFIERS.has(t.norm) || INITIAL_NON_NAMES.has(t.norm)
    || /(?:ly|ment|ic|al|ive|ous|ary|ian|ese|ish|ed|ing|er|s)$/.test(t.norm)) return false;
  let re = INITIAL_EMPLOYER.get(lex);
  if (!re) {
    const heads = lex.roleHeads.filter((h) => /^[a-z][a-z -]*$/.test(h)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    re = new RegExp(`^[ \u00a0](?:(?:chief|senior|lead|head|global|managing|executive|deputy)[ \u00a0])?(?:${heads})[ \u00a0]`
      + `[${UPPER}][${LOWER}'’-]+(?:[ \u00a0][${UPPER}][${LETTER}'’-]+){1,2}(?![${LETTER}])`, 'u');
    INITIAL_EMPLOYER.set(lex, re);
  }
  return re.test(text.slice(t.end, t.end + 80));
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
const FR_ADJECTIVE = /(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|een|eenne|ais|aise|ois|oise|ique|iques|aire|aires|ier|iere|iers|ieres|if|ive|ain|aine|ains|eur|rale|nale|iste|istes|ate|ates|ee|ees|ene|enes)$|^(?:public|publics|civil|civils|humain|humains)$|^anti[a-z]{4,}$/;

/**
 * The first token of "université de Caen", "hôpital de Nancy" when the run starting at `i` is the place of a lower-case
 * institution head (ruleId actors/fr/institution-de); else `i`.
 */
function institutionStart(ctx: CandidateContext, i: number, placeOnly = false): number {
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
    if (!PLAIN_GAP.test(text.slice(head.end, tokens[k + 1]!.outerStart))) return i;
    // « le Tribunal judiciaire de Paris », « La Cour d'appel de Versailles »: the head written with a capital after its
    // article or at a sentence start names the same court with its place (ruleId actors/fr/court-de-capital)
    // (only when the run after « de » is the place alone: « Hôpital universitaire d'Ostrava Jiří Havrlant » names two)
    if (head.cap) return placeOnly && steps > 0 && lex.institutionHeads.has(head.norm) && !head.acronym && capitalisedHeadOpens(text, tokens, k) ? k : i;
    if (lex.institutionHeads.has(head.norm)) return k;
    const qualifier = COURT_WORDS.has(head.norm) || (FR_ADJECTIVE.test(head.norm) && head.norm.length > 4 && !lex.extensionStop.has(head.norm))
      || ((head.norm === 'de' || head.norm === 'du') && steps > 0);
    if (!qualifier) return i;
    k--;
  }
  return i;
}

/** Whether the capitalised head at `k` opens its phrase: at a sentence start or right after a French article. */
function capitalisedHeadOpens(text: string, tokens: readonly Token[], k: number): boolean {
  const h = tokens[k]!;
  if (h.initial) return true;
  const a = tokens[k - 1];
  if (h.elision === "l'") return true;
  return !!a && /^(?:le|la|du|au)$/.test(a.norm) && (!a.cap || a.initial) && PLAIN_GAP.test(text.slice(a.end, h.outerStart));
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

/**
 * "Joe and Hunter Biden", « Jean et Marie Dupont », "Bill and Melinda Gates": a given name, "and"/« et », a given name and
 * one capitalised surname that closes the run (not "Bill and Melinda Gates Foundation", not a head word) (ruleId
 * actors/shared-surname).
 * @returns the index of the surname token, or -1
 */
export function sharedSurnameAt(text: string, tokens: readonly Token[], i: number): number {
  const g1 = tokens[i];
  const conj = tokens[i + 1];
  const g2 = tokens[i + 2];
  const sur = tokens[i + 3];
  if (!g1 || !conj || !g2 || !sur || !g1.cap || g1.acronym || !FIRST_NAMES.has(g1.norm) || conj.cap || (conj.norm !== 'and' && conj.norm !== 'et')
    || !g2.cap || !FIRST_NAMES.has(g2.norm) || !sur.cap || sur.acronym || FIRST_NAMES.has(sur.norm)
    || ORG_HEADS.has(sur.norm) || GOVERNMENT_HEADS.has(sur.norm) || sur.elision !== '' || g2.elision !== '') return -1;
  const gap = (a: Token, b: Token): boolean => PLAIN_GAP.test(text.slice(a.end, b.outerStart));
  if (!gap(g1, conj) || !gap(conj, g2) || !gap(g2, sur)) return -1;
  const after = tokens[i + 4];
  if (after && (after.cap || after.digits) && gap(sur, after)) return -1;
  return i + 3;
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
    // "Research in Motion": a known name may close on a capitalised word after its lower-case ones (ruleId
    // actors/known-name-lower-inner); the scan stops at that word
    const closing = t.cap && k > j + 1;
    if ((t.cap && !closing) || t.digits || !PLAIN_GAP.test(text.slice(tokens[k - 1]!.end, t.outerStart))) break;
    // (a word no known name ends with, after the spaces of PLAIN_GAP: no lookup can succeed)
    if (!mayEndKnownName(text.slice(t.outerStart, t.end))) { if (closing) break; continue; }
    if (starts.some((s) => lookupName(text.slice(tokens[s]!.start, t.end)))) best = k;
    if (closing) break;
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
 * (ruleId actors/fr/institution-continuation). At most 10 words.
 * @returns the index of the new last token.
 */
function extendFrenchName(ctx: CandidateContext, i: number, j: number): number {
  const { text, tokens, lex } = ctx;
  let h = i;
  while (h < j && lex.commonWords.has(tokens[h]!.norm)) h++;
  // « affirme Rami Abd al-Rahman de l'Observatoire syrien des droits de l'homme »: a head closing the run after a connector
  // opens a body of its own, extended the same way (the run is split at the connector later)
  if (!lex.extensibleHeads.has(tokens[h]!.norm)) {
    if (!(j > h && lex.extensibleHeads.has(tokens[j]!.norm) && (tokens[j]!.elision !== '' || !tokens[j - 1]!.cap))) return j;
    h = j;
  }
  const adjective = (t: Token): boolean => !t.cap && !t.digits && t.elision === '' && !lex.extensionStop.has(t.norm)
    && (FR_ADJECTIVE.test(t.norm) || lex.nonEntities.has(t.norm)) && t.norm.length > 3 && !TEMPORAL_WORDS.has(t.norm);
  const noun = (t: Token): boolean => !t.cap && !t.digits && !lex.extensionStop.has(t.norm) && t.norm.length >= 3
    && !TEMPORAL_WORDS.has(t.norm);
  const near = (a: Token, b: Token): boolean => PLAIN_GAP.test(text.slice(a.end, b.outerStart));
  let last = j;
  let words = 0;
  let complement = false;
  while (words < 10 && last + 1 < tokens.length) {
    const t = tokens[last + 1]!;
    // « Direction générale de la concurrence, de la consommation et de la répression des fraudes »: a comma between
    // complements of a list that « et » closes (ruleId actors/fr/institution-complement-list)
    const listComma = complement && /^, $/.test(text.slice(tokens[last]!.end, t.outerStart)) && /^(?:de|du|des)$/.test(t.norm)
      && / et (?:de|du|des|d['’])/.test(text.slice(t.end, t.end + 60));
    if (!near(tokens[last]!, t) && !listComma) break;
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
      if (!(noun(t) || stateWord(t)) || (t.elision === "d'" && FR_INFINITIVE.test(t.norm) && !NOT_INFINITIVES.has(t.norm))) break;
      last = k;
      words++;
      continue;
    }
    // « Institut national de la santé et de la recherche médicale », « Commission nationale de l'informatique et des
    // libertés »: « et » then a second complement, inside the name (ruleId actors/fr/institution-and-complement)
    let conj = 0;
    if (t.norm === 'et' && (words > 0 || !tokens[last]!.cap) && k + 1 < tokens.length && near(t, tokens[k + 1]!)
      && (/^(?:de|du|des)$/.test(tokens[k + 1]!.norm) || tokens[k + 1]!.elision === "d'")) {
      k++;
      conj = 1;
      const d = tokens[k]!;
      if (d.elision === "d'") {
        if (!noun(d)) break;
        last = k;
        words += 2;
        continue;
      }
    } else if (t.norm === 'et' && (words > 0 || !tokens[last]!.cap) && k + 1 < tokens.length && near(t, tokens[k + 1]!)) {
      // « Banque européenne pour la reconstruction et le développement », « Office français de protection des réfugiés et
      // apatrides »: « et », an article or nothing, then a noun of the same complement (ruleId actors/fr/institution-and-complement)
      let q = k + 1;
      if (/^(?:la|le|les)$/.test(tokens[q]!.norm) && q + 1 < tokens.length && near(tokens[q]!, tokens[q + 1]!)) q++;
      const n2 = tokens[q]!;
      const bare = q === k + 1 && n2.elision === '';
      if (n2.cap || !noun(n2) || (n2.elision !== '' && n2.elision !== "l'") || (bare && !/[sx]$/.test(n2.norm))) break;
      last = q;
      words += q - k + 1;
      continue;
    }
    const prep = tokens[k]!;
    // « Haute Autorité pour la transparence de la vie publique », « Agence pour l'emploi »: « pour » and an article right
    // after the head opens its complement (ruleId actors/fr/institution-pour)
    const pour = prep.norm === 'pour' && !complement && conj === 0 && tokens.slice(h, j + 1).some((x) => POUR_HEADS.has(x.norm));
    if (prep.norm !== 'de' && prep.norm !== 'du' && prep.norm !== 'des' && !pour) break;
    k++;
    if (k < tokens.length && (tokens[k]!.norm === 'la' || (pour && /^(?:le|les)$/.test(tokens[k]!.norm))) && near(tokens[k - 1]!, tokens[k]!)) k++;
    if (k >= tokens.length || !near(tokens[k - 1]!, tokens[k]!)) break;
    const n = tokens[k]!;
    if (pour && (n.elision === '' ? tokens[k - 1] === prep : n.elision !== "l'")) break;
    if (pour && POUR_STOP.has(n.norm)) break;
    // « Conseil des droits de l'Homme de l'ONU », « Agence des participations de l'Etat »: a state word or a known body
    // closes the complement with a capital (ruleId actors/fr/institution-state-word)
    if (n.cap && !stateWord(n)) break;
    if (n.elision !== '' && n.elision !== "l'") break;
    if (!n.cap && !noun(n)) break;
    last = k;
    words += 2 + conj;
    complement = true;
  }
  return last;
}

/** Capitalised words that end an institution's complement (folded): « de l'Etat », « de l'Homme », « de la République ». */
const STATE_WORDS = new Set(['etat', 'homme', 'republique', 'nation', 'onu', 'union', 'europe']);

/** Heads whose complement may open with « pour » (folded): « Haute Autorité pour la… », « Agence pour l'emploi ». */
const POUR_HEADS = new Set(['autorite', 'agence', 'fonds', 'office', 'programme', 'fondation', 'association', 'centre', 'institut',
  'comite', 'commission', 'mouvement', 'ligue', 'alliance', 'coalition', 'observatoire', 'caisse', 'conseil', 'banque', 'haut', 'haute']);

/** Words after « pour la » that do not open a complement (folded): « pour la première fois ». */
const POUR_STOP = new Set(['premiere', 'premier', 'derniere', 'dernier', 'fois', 'suite', 'plupart', 'part', 'deuxieme', 'seconde']);

/** A capitalised word that may close a French institution's complement: a state word or the acronym of a known body. */
function stateWord(t: Token): boolean {
  if (!t.cap) return false;
  if (STATE_WORDS.has(t.norm)) return true;
  const hit = t.acronym ? lookupName(t.text) : undefined;
  return !!hit && (hit.entry.kind === 'government' || hit.entry.kind === 'organization');
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
      // (not a name closed by an institution head: "François-Xavier Bagnoud Center for Health and Human Rights")
      // (a particle before an elided article or a body's head is a preposition: "Rami Abd al-Rahman de l'Observatoire")
      const afterConn = tokens[k + 1];
      const bodyAfter = !!afterConn && (afterConn.elision === "l'" || t.elision === "l'" || ORG_HEADS.has(afterConn.norm)
        || GOVERNMENT_HEADS.has(afterConn.norm) || lex.extensibleHeads.has(afterConn.norm));
      const personLike = k - first >= 2 && FIRST_NAMES.has(tokens[first]!.norm.split('-')[0]!)
        && firstNotCap >= k && (!NAME_PARTICLES.has(t.norm) || bodyAfter)
        && !(ORG_HEADS.has(tokens[k - 1]!.norm) || GOVERNMENT_HEADS.has(tokens[k - 1]!.norm));
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
      // ("Office for National Statistics": "for" and "on" open the complement too)
      const headOf = k === h0 + 1 && COMPLEMENT_CONNECTORS.has(t.norm) && tokens[h0]!.cap && (h0 > first || !tokens[h0]!.initial)
        && (ORG_HEADS.has(tokens[h0]!.norm) || GOVERNMENT_HEADS.has(tokens[h0]!.norm));
      // (actors/name-of-known-body) two unknown capitalised words before "of" and a known organisation are a person of that
      // body even when the given name is not in the lists: "according to Sui-Lee Wee of the New York Times", "said Tova Smith of
      // the Washington Post" (not a name of the whole: a head word, a title or a word of the language among the two)
      const namePair = k - first === 2 && t.norm === 'of' && firstNotCap >= k && r0 <= last
        && tokens.slice(first, k).every((x) => x.cap && !x.acronym && !ORG_HEADS.has(x.norm) && !GOVERNMENT_HEADS.has(x.norm)
          && !lex.titleWords.has(x.norm) && !lex.commonWords.has(x.norm) && !lowerSeen.has(x.norm) && !lookupName(x.text)
          && !TEMPORAL_WORDS.has(x.norm))
        && /^(?:organization|government)$/.test(lookupName(whole(r0, Math.min(last, nameEnd)))?.entry.kind ?? '');
      if (!headOfPlace && !headOf && (lookupName(before) || personLike || namePair || afterKnown || afterPerson || beforeComplete || initialPlural
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
  const commonPhrase = !!gaz && first === last && commonNounPhraseAt(ctx, first, capSeenInside);
  const commonKnown = !!gaz && first === last && (tokens[first]!.initial || heading) && !tokens[first]!.acronym
    && (lowerSeen.has(tokens[first]!.norm) || commonPhrase);
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
    // (not the day opening a Sunday paper's title: "Sunday Mirror", "Sunday Times", "Sunday Telegraph" — ruleId
    // actors/en/sunday-paper)
    const sundayPaper = t.norm === 'sunday' && last === a + 1 && ORG_HEADS.has(tokens[last]!.norm);
    const strip = (TEMPORAL_WORDS.has(t.norm) && a < last && !sundayPaper) || (t.acronym && a < last && lex.nonEntities.has(t.norm) && !lookupName(t.text)
        && !lex.titleWords.has(t.norm))
      || (atStart && (lex.commonWords.has(t.norm) || (!t.acronym && lowerSeen.has(t.norm)) || (commonPhrase && a === first)))
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
  while (!known && b > a && b <= nameEnd && !tokens[b]!.cap && !tokens[b]!.camelLower && !tokens[b]!.digits
    && !VERSION_NUMBER.test(tokens[b]!.text)) b--;
  // (actors/trailing-weekday) a weekday closing a run is the sentence's time adjunct, not part of the name: "Sheriff's
  // deputies were at The London Thursday morning" → "The London", "Apple Monday announced" → "Apple"; an event named by a
  // common word and a day keeps it ("Black Friday", "Super Tuesday", "Easter Sunday")
  if (!known && b > a && WEEKDAYS.has(tokens[b]!.norm) && tokens[b - 1]!.cap && !lex.commonWords.has(tokens[b - 1]!.norm)
    && !lowerSeen.has(tokens[b - 1]!.norm) && !TEMPORAL_WORDS.has(tokens[b - 1]!.norm)) {
    b--;
  }
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
      // "Ferrero, the Italian confectioner, bought…", « Lactalis, le groupe laitier, a rappelé… »: a company's description set
      // off by commas after the word names it (ruleId actors/company-apposition-name)
      && !(!heading && !lowerSeen.has(t0.norm) && companyAppositionAt(ctx, t0))
      // "Fortum, the Finnish utility that…", "Brown-Forman, which makes…", "Uniper said on Tuesday it would…", « Intermarché a
      // annoncé… », « Botafogo, le club brésilien également détenu… »: an apposition headed by a firm's noun, "which", or a
      // corporate verb after an unknown word (no word of the language, no plural) names a firm (ruleId actors/org-context)
      && !(!heading && initialFirmAt(ctx, t0, lowerSeen))
      && !(!heading && initialEmployerAt(ctx, t0, lowerSeen))
      // 'known as "Coco"': a quoted nickname opens its quotation (ruleId actors/nickname)
      && !(!heading && NICKNAME_BEFORE.test(text.slice(Math.max(0, t0.start - 30), t0.start)))
      // "Vindman said he was told", '"…?" Schiff asked.': a surname opening a sentence as a speaker (ruleId actors/speaker-surname)
      && !(!heading && speakerAt(text, t0, lex, lowerSeen))
      // "Orano signed a contract with Kansai Electric", « Orano a signé un contrat avec EDF »: a party to an agreement opening a
      // sentence (ruleId actors/deal-party)
      && !(!heading && !/[^s]s$/.test(t0.norm) && dealPartyAt(text, t0, t0.end, lex, lowerSeen))
      // "Eurostat said…", "Rosstat estimates…": a statistics office's name opening a sentence (ruleId actors/statistics-office)
      && !(STATISTICS_OFFICE.test(t0.norm) && !lowerSeen.has(t0.norm) && !lex.commonWords.has(t0.norm))) return undefined;
  }
  const start = t0.start;
  const end = tokens[b]!.end;
  out.push({ first: a, last: b, start, end, text: text.slice(start, end), heading, initial: t0.initial && a === first });
  return undefined;
}
