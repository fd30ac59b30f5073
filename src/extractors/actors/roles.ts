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
  const portfolio = [...lex.portfolioWords].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
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
    `((?:${heads})(?:\\s+(?:and|et)\\s+(?:${heads}))?)(?![${LETTER}])(\\s+(?:of|at|de la|de l['’]|de|du|des|d['’])\\s*)?`,
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

/** Sets `role`/`roleOf` of person clusters from appositions after their mentions. */
export function assignRoles(text: string, lex: FoldedLexicon,
  mentions: ReadonlyArray<{ start: number; end: number; cluster: Cluster }>): void {
  const re = appositionPattern(lex);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.cluster.kind !== 'person') continue;
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
