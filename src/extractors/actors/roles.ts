/**
 * Roles given in apposition after a person's name: "Edward Lampert, the
 * chairman of Kmart", "Alan Lacy, current chairman and chief executive of
 * Sears", "Gérald Karsenti, PDG de HP France" → role, and roleOf when an
 * organisation mention follows (ruleId actors/role-apposition).
 *
 * @module
 */
import type { FoldedLexicon } from './lexicon.js';
import type { Cluster } from './link.js';
import { firstAtOrAfter } from './ranges.js';
import { LETTER, LOWER, UPPER } from '../../text/char-classes.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CACHE = new Map<FoldedLexicon, RegExp>();
/** A portfolio after a role's connector, closed by punctuation: "Économie,", "Affaires étrangères," (actors/role-portfolio). */
const PORTFOLIO_COMPLEMENT = new RegExp(`^[${UPPER}][${LOWER}'’-]{2,20}(?: [${LOWER}]{3,15})?(?=\\s{0,2}[,;.)])`, 'u');
const PREMODIFIED = new Map<FoldedLexicon, { lead: RegExp; name: RegExp; role: RegExp }>();

function headAlternation(lex: FoldedLexicon): string {
  return lex.roleHeads.flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1), h.toUpperCase()])
    .sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** The lexicon's lower-case portfolio words ("finance", "defence"…) as a regex alternation, longest first. */
function portfolioAlternation(lex: FoldedLexicon): string {
  return [...lex.portfolioWords].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
}

/**
 * The organisation named before the role, English: "Ursula von der Leyen, the Commission president, said",
 * "Satya Nadella, Microsoft's chief executive, said", "Bruno Le Maire, the French finance minister," (ruleId
 * actors/en/role-premodifier). `lead` consumes ", the " up to
 * the organisation; `name` is the fallback when no mention starts there (one to three capitalised words); `role` reads
 * the possessive and the role, which must close the apposition (a comma, a stop, a verb of speech follows), so that
 * "Smith, the Apple chairman's son" is no role.
 */
function premodifiedPatterns(lex: FoldedLexicon): { lead: RegExp; name: RegExp; role: RegExp } {
  const cached = PREMODIFIED.get(lex);
  if (cached) return cached;
  const heads = headAlternation(lex);
  // "Bruno Le Maire, the French finance minister," → "finance minister" (a portfolio word before the head)
  const portfolio = portfolioAlternation(lex);
  const out = {
    lead: /^,\s+(?:the\s+)?(?:(?:current|former|new)\s+)?/u,
    name: new RegExp(`^[${UPPER}][${LETTER}&.-]*(?:\\s+[${UPPER}][${LETTER}&.-]*){0,2}`, 'u'),
    role: new RegExp(`^(?:['’]s)?\\s+((?:(?:${portfolio})\\s+)?(?:${heads})(?:\\s+and\\s+(?:${heads}))?)(?![${LETTER}'’-])` +
      `(?=\\s*[,;.)]|\\s*$|\\s+(?:said|says|told|added|announced|warned|wrote)(?![${LETTER}]))`, 'u'),
  };
  PREMODIFIED.set(lex, out);
  return out;
}

/**
 * ", the chairman of ", ", PDG de ", ", current chairman and chief executive of " — anchored at the
 * end of a person mention. Group 1: the role; the complement connector is consumed.
 */
function appositionPattern(lex: FoldedLexicon): RegExp {
  const cached = CACHE.get(lex);
  if (cached) return cached;
  const heads = headAlternation(lex);
  const re = new RegExp(
    `^,\\s+(?:(?:the|le|la|l['’]|son|sa|its|his|her)\\s*)?(?:(?:current|former|new|actuel|actuelle|ancien|ancienne|nouveau|nouvelle)\\s+)?` +
    `((?:${heads})(?:\\s+(?:and|et)\\s+(?:${heads}))?)(?![${LETTER}])(\\s+(?:(?:of|at)(?:\\s+the(?=\\s))?|de la|de l['’]|de|du|des|d['’])\\s*)?`,
    'u',
  );
  CACHE.set(lex, re);
  return re;
}

/**
 * A role apposition starts at `end`: "Barroso, le président de la commission", "Smith, the chief executive of".
 * Used to keep a sentence-initial unknown word as a person's name (ruleId actors/role-apposition-name).
 */
export function roleAppositionAt(text: string, end: number, lex: FoldedLexicon): boolean {
  return appositionPattern(lex).test(text.slice(end, end + 160));
}

const BEFORE = new Map<FoldedLexicon, { between: RegExp; ofBefore: RegExp; joint: RegExp }>();

/**
 * Patterns of a role written before its holder's name, around the organisation's mention (ruleId actors/role-before-name):
 * - `between` is the whole gap between the organisation and the name: "Tesla| chief executive |Elon Musk", "Fed| chair
 *   |Jerome Powell", "Microsoft|'s chief executive |Satya Nadella", "Labour| leader |Keir Starmer" (group 1: the role);
 * - `ofBefore` ends right before the organisation: « le patron de |Renault, Luca de Meo », « la présidente de la |Commission
 *   européenne Ursula von der Leyen », "the chief executive of |Tesla, Elon Musk" (group 1: the role);
 * - `joint` is then the gap between the organisation and the name: nothing but blanks and at most one comma.
 * The role heads are the lexicon's `roleHeads` (as written, capitalised or upper case).
 */
function beforePatterns(lex: FoldedLexicon): { between: RegExp; ofBefore: RegExp; joint: RegExp } {
  const cached = BEFORE.get(lex);
  if (cached) return cached;
  const heads = headAlternation(lex);
  const portfolio = portfolioAlternation(lex);
  const out = {
    // ("Microsoft's chief executive, Satya Nadella": the name may be set off by a comma)
    between: new RegExp(`^(?:['’]s)?[ \u00a0]((?:(?:${portfolio})[ \u00a0])?(?:${heads}))(?:,[ \u00a0]{1,2}|[ \u00a0])$`, 'u'),
    ofBefore: new RegExp(`(?:^|[ \u00a0'’(])((?:${heads}))[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?|de la[ \u00a0]|de l['’]|du[ \u00a0]|des[ \u00a0]|de[ \u00a0]|d['’])$`, 'u'),
    joint: /^[ \u00a0]?,?[ \u00a0]$/u,
  };
  BEFORE.set(lex, out);
  return out;
}

/**
 * The role written between an organisation (or its description) and a person's name: "'s chief executive, ", " chief
 * economist " (the gap of actors/role-before-name), or undefined.
 */
export function roleBetween(gap: string, lex: FoldedLexicon): string | undefined {
  return beforePatterns(lex).between.exec(gap)?.[1];
}

/**
 * Ends with a noun of a person related to someone, then "of (the) (late)" / « de (l')(ancien) »: « la veuve de l'ancien »,
 * "the widow of the late", "an adviser to the", « le fils du »: the office that follows is a relative's or a superior's, and
 * the name apposed after it is the related person's. A closed list of kinship and service nouns (EN, FR).
 */
const RELATIVE_OF_BEFORE = new RegExp('(?:^|[^\\p{L}])(?:veuve|femme|épouse|mari|fils|fille|père|mère|frère|sœur|soeur|successeur|successeure|'
  + 'prédécesseur|conseiller|conseillère|adjoint|adjointe|assistant|assistante|widow|wife|husband|son|daughter|father|mother|brother|'
  + 'sister|successor|predecessor|adviser|advisor|aide|deputy)[ \\u00a0]+(?:(?:de|of|to)[ \\u00a0]+(?:l[\'’]|la[ \\u00a0]|le[ \\u00a0]|the[ \\u00a0])?|du[ \\u00a0]|d[\'’])'
  + '(?:(?:ancien|ancienne|feu|former|late)[ \\u00a0]+)?$', 'iu');

/**
 * "Tesla chief executive Elon Musk", "Fed chair Jerome Powell", « le patron de Renault, Luca de Meo », « la présidente de la
 * Commission européenne Ursula von der Leyen »: the role written before a person's name, with the organisation that holds
 * the office next to it → `role` (when the person has none) and `roleOf` (an organisation or a government body; a place's
 * office is left to the other rules) (ruleId actors/role-before-name). The organisation must be a mention of its own, so that an
 * unnamed office ("the chief executive Elon Musk") is left to the title rules. Windows are bounded (80 code units).
 */
function roleBeforeName(text: string, lex: FoldedLexicon,
  mentions: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>, i: number): void {
  const m = mentions[i]!;
  if (m.cluster.roleOf) return;
  const { between, ofBefore, joint } = beforePatterns(lex);
  for (let k = i - 1; k >= 0 && mentions[k]!.end > m.start - 80; k--) {
    const o = mentions[k]!;
    if (o.end > m.start || o.cluster === m.cluster) continue;
    const gap = text.slice(o.end, m.start);
    let role: string | undefined;
    const b = between.exec(gap);
    if (b) role = b[1]!;
    else if (joint.test(gap)) {
      const w = text.slice(Math.max(0, o.start - 60), o.start);
      const r = ofBefore.exec(w);
      // « la veuve de l'ancien président de l'Autorité palestinienne, Souha Arafat »: an office that is itself the complement
      // of a noun ("the widow of the late president of X, Y") is someone else's
      if (r && !RELATIVE_OF_BEFORE.test(w.slice(0, r.index + r[0].indexOf(r[1]!)))) role = r[1]!;
    }
    if (!role) continue;
    // (a place's office — "the President of Brazil, Lula" — is left to the apposition and title rules, which keep it whole)
    if (o.cluster.kind !== 'organization' && o.cluster.kind !== 'government') return;
    if (m.cluster.role && m.cluster.role.toLowerCase() !== role.toLowerCase()) return;
    m.cluster.role ??= role;
    m.cluster.roleOf = o.cluster;
    return;
  }
}

const POSSESSIVE_BEFORE = new Map<FoldedLexicon, RegExp>();

/**
 * A role opened by a possessive determiner, set off by a comma right before the name: "Its director-general, Tedros Adhanom
 * Ghebreyesus", « Son directeur général, Tedros », « Sa présidente, Jane Doe » (group 1: the role). Anchored at the end.
 */
function possessivePattern(lex: FoldedLexicon): RegExp {
  const cached = POSSESSIVE_BEFORE.get(lex);
  if (cached) return cached;
  const heads = headAlternation(lex);
  const portfolio = portfolioAlternation(lex);
  const re = new RegExp(`(?:^|[.!?;:][ \u00a0]{1,3}|,[ \u00a0]{1,3}|\n)(?:Its|its|Their|their|Son|son|Sa|sa|Leur|leur)[ \u00a0]+` +
    `((?:(?:${portfolio})[ \u00a0])?(?:${heads})(?:[ \u00a0](?:général|générale|adjoint|adjointe|exécutif|exécutive))?)[ \u00a0]?,[ \u00a0]{1,2}$`, 'u');
  POSSESSIVE_BEFORE.set(lex, re);
  return re;
}

/**
 * A role opened by a possessive determiner and a comma ends at `start`: "Its director-general, |Tedros Adhanom Ghebreyesus".
 * Used to keep unknown capitalised words after it as a person's name (ruleId actors/role-possessive-before).
 */
export function possessiveRoleBeforeAt(text: string, start: number, lex: FoldedLexicon): boolean {
  return possessivePattern(lex).test(text.slice(Math.max(0, start - 80), start));
}

/**
 * "The World Health Organization … Its director-general, Tedros Adhanom Ghebreyesus, said", « L'OMS s'inquiète. Son directeur
 * général, Tedros… »: a role opened by a possessive determiner of a thing ("its", « son », « sa ») right before a person's
 * name is that person's office in the organisation or government body named last before it, within 300 code units (ruleId
 * actors/role-possessive-before). Not "his"/"her" (a person's relative or aide).
 */
function possessiveRoleBefore(text: string, lex: FoldedLexicon,
  mentions: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>, i: number): void {
  const m = mentions[i]!;
  if (m.cluster.role) return;
  const r = possessivePattern(lex).exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (!r) return;
  m.cluster.role = r[1]!;
  for (let k = i - 1; k >= 0 && mentions[k]!.end > m.start - 300; k--) {
    const o = mentions[k]!.cluster;
    if (o.kind === 'organization' || o.kind === 'government') {
      m.cluster.roleOf ??= o;
      return;
    }
  }
}

/** Sets `role`/`roleOf` of person clusters from appositions after their mentions and roles written before them. */
export function assignRoles(text: string, lex: FoldedLexicon,
  mentions: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>): void {
  const re = appositionPattern(lex);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.cluster.kind !== 'person') continue;
    roleBeforeName(text, lex, mentions, i);
    possessiveRoleBefore(text, lex, mentions, i);
    const r = re.exec(text.slice(m.end, m.end + 160));
    if (!r) {
      if (lex.rolePremodifier) premodifiedRole(text, lex, mentions, m);
      continue;
    }
    const own = !m.cluster.role;
    if (own) m.cluster.role = r[1]!;
    if (r[2]) {
      const at = m.end + r[0].length;
      let org: { cluster: Cluster } | undefined;
      let named = false;
      for (let k = firstAtOrAfter(mentions, at); k < mentions.length && mentions[k]!.start === at; k++) {
        const x = mentions[k]!;
        named = true;
        if (x.cluster.kind !== 'person' && x.cluster.kind !== 'place') org = x;
      }
      if (org && !m.cluster.roleOf) m.cluster.roleOf = org.cluster;
      // « Bruno Le Maire, le ministre de l'Économie, », "Jane Doe, the minister of Finance,": a capitalised complement that
      // names no actor is the office's portfolio, part of the role (ruleId actors/role-portfolio)
      const p = named || !own ? null : PORTFOLIO_COMPLEMENT.exec(text.slice(at, at + 48));
      if (p) m.cluster.role = `${r[1]!}${r[2].replace(/\s+/gu, ' ')}${p[0]}`;
    }
  }
}

/** "Satya Nadella, Microsoft's chief executive," → role "chief executive", roleOf Microsoft (ruleId actors/en/role-premodifier). */
function premodifiedRole(text: string, lex: FoldedLexicon,
  mentions: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>,
  m: { end: number; cluster: Cluster }): void {
  const { lead, name, role } = premodifiedPatterns(lex);
  const l = lead.exec(text.slice(m.end, m.end + 40));
  if (!l) return;
  const at = m.end + l[0].length;
  let org: { end: number; cluster: Cluster } | undefined;
  let nameEnd = -1;
  for (let k = firstAtOrAfter(mentions, at); k < mentions.length && mentions[k]!.start === at; k++) {
    const x = mentions[k]!;
    if (x.end > nameEnd) { nameEnd = x.end; org = x.cluster.kind !== 'person' && x.cluster.kind !== 'place' ? x : undefined; }
  }
  if (nameEnd < 0) {
    const n = name.exec(text.slice(at, at + 80));
    if (!n) return;
    nameEnd = at + n[0].length;
  }
  const r = role.exec(text.slice(nameEnd, nameEnd + 120));
  if (!r) return;
  if (!m.cluster.role) m.cluster.role = r[1]!;
  if (org && !m.cluster.roleOf) m.cluster.roleOf = org.cluster;
}
