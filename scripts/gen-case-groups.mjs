#!/usr/bin/env node
/**
 * Prints the table of src/text/case-fold.ts (`CASE_GROUPS`): every class of two or more code points
 * that a case-insensitive Unicode regex (`/x/iu`, i.e. simple case folding) treats as one character,
 * as computed and checked by the running Node.js:
 * 1. classes are joined from each code point's single-code-point `toLowerCase()` and `toUpperCase()`
 *    when `/^c$/iu` matches the mapping;
 * 2. each class is checked against V8 over every code point (`[class]` with `giu` matches exactly
 *    its members), and every code point of `\p{Changes_When_Casefolded}` outside a class is checked
 *    to match only itself — one that matches more (U+FB05 ﬅ and U+FB06 ﬆ, which fold to each other
 *    and have no simple case mapping) makes a class of what it matches.
 * Exits 1 when a class still fails its check. Run it after a Node.js upgrade:
 * `node scripts/gen-case-groups.mjs` and paste its output in place of the table.
 */
const parent = new Map();
const find = (x) => { while (parent.get(x) !== x) x = parent.get(x); return x; };
const union = (a, b) => {
  for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
  const ra = find(a), rb = find(b);
  if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
};
const esc = (c) => `\\u{${c.toString(16)}}`;
const codePoints = [];
for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) codePoints.push(c);
for (const c of codePoints) {
  const s = String.fromCodePoint(c);
  for (const m of [s.toLowerCase(), s.toUpperCase()]) {
    if (m === s || [...m].length !== 1) continue;
    if (new RegExp(`^${esc(c)}$`, 'iu').test(m)) union(c, m.codePointAt(0));
  }
}
const ALL = codePoints.map((c) => String.fromCodePoint(c)).join('');
/** Code points of ALL that `re` (global) matches, in order. */
const matched = (re) => { const out = []; let m; while ((m = re.exec(ALL))) out.push(m[0].codePointAt(0)); return out; };
const classes = new Map();
for (const c of parent.keys()) { const r = find(c); if (!classes.has(r)) classes.set(r, []); classes.get(r).push(c); }
const list = [...classes.values()].filter((g) => g.length > 1);
const grouped = new Set(list.flat());
const changes = /\p{Changes_When_Casefolded}/u;
for (const c of codePoints) {
  if (grouped.has(c) || !changes.test(String.fromCodePoint(c))) continue;
  const got = matched(new RegExp(esc(c), 'giu'));
  if (got.length > 1 && !got.some((x) => grouped.has(x))) { list.push(got); got.forEach((x) => grouped.add(x)); }
}
list.forEach((g) => g.sort((a, b) => a - b));
list.sort((a, b) => a[0] - b[0]);
let bad = 0;
for (const g of list) {
  const got = matched(new RegExp(`[${g.map(esc).join('')}]`, 'giu'));
  if (got.join() !== g.join()) { bad++; process.stderr.write(`class ${g.map((c) => c.toString(16))} matches ${got.map((c) => c.toString(16))}\n`); }
}
for (const c of codePoints) {
  if (grouped.has(c) || !changes.test(String.fromCodePoint(c))) continue;
  if (matched(new RegExp(esc(c), 'giu')).length !== 1) { bad++; process.stderr.write(`U+${c.toString(16)} matches more than itself\n`); }
}
const parts = list.map((g) => g.map((c) => c.toString(16)).join(' '));
const lines = [];
let cur = '';
for (const p of parts) { if (cur && (cur + ',' + p).length > 110) { lines.push(cur); cur = p; } else cur = cur ? `${cur},${p}` : p; }
lines.push(cur);
process.stdout.write(`// ${list.length} classes, ${grouped.size} code points (Node.js ${process.versions.node}, Unicode ${process.versions.unicode})\n`);
process.stdout.write(lines.map((l, i) => `  '${l}${i < lines.length - 1 ? ',' : ''}'`).join(' +\n') + ';\n');
process.exit(bad ? 1 : 0);
