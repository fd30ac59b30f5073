/**
 * Token-level precision, recall and F1 of a main text against its ground
 * truth, as `../shared/eval/score-html.mjs` counts them: lower-cased, NFC,
 * letter/digit tokens compared as multisets.
 */

/** Tokens as score-html.mjs counts them. */
export const tokens = (s: string): string[] => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token-level precision, recall and F1 (each 0–1) of `pred` against `gold` (multisets). */
export function tokenF1(pred: string, gold: string): { P: number; R: number; F1: number } {
  const g = new Map<string, number>();
  for (const t of tokens(gold)) g.set(t, (g.get(t) ?? 0) + 1);
  const p = tokens(pred);
  let common = 0;
  for (const t of p) {
    const c = g.get(t) ?? 0;
    if (c > 0) { common++; g.set(t, c - 1); }
  }
  const gl = tokens(gold).length;
  const P = p.length ? common / p.length : 0;
  const R = gl ? common / gl : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}
