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
import { LETTER } from '../../text/char-classes.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CACHE = new Map<FoldedLexicon, RegExp>();

/**
 * ", the chairman of ", ", PDG de ", ", current chairman and chief executive of " — anchored at the
 * end of a person mention. Group 1: the role; the complement connector is consumed.
 */
function appositionPattern(lex: FoldedLexicon): RegExp {
  const cached = CACHE.get(lex);
  if (cached) return cached;
  const heads = lex.roleHeads.flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1), h.toUpperCase()])
    .sort((a, b) => b.length - a.length).map(escape).join('|');
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
    if (!r) continue;
    if (!m.cluster.role) m.cluster.role = r[1]!;
    if (r[2]) {
      const at = m.end + r[0].length;
      let org: { cluster: Cluster } | undefined;
      for (let k = firstAtOrAfter(mentions, at); k < mentions.length && mentions[k]!.start === at; k++) {
        const x = mentions[k]!;
        if (x.cluster.kind !== 'person' && x.cluster.kind !== 'place') org = x;
      }
      if (org && !m.cluster.roleOf) m.cluster.roleOf = org.cluster;
    }
  }
}
