/**
 * Main text, titles and languages on real pages (fixtures/html): the same
 * measure as ../shared/eval/score-html.mjs — token F1 over lower-cased
 * letter/digit tokens against the full ground truth, "with"/"without"
 * snippets for partial truth — through the same path as the CLI
 * (decodeBytes → extract with format html).
 *
 * Thresholds are the measured figures rounded down (see README.md, "Inputs, web pages and character sets");
 * Readability alone scores lower on the same pages.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeBytes } from '../src/input/decode.js';
import { extract } from '../src/extract.js';
import { tokenF1 } from './helpers/token-f1.js';

const ROOT = 'fixtures/html';

const canon = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function pageDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (existsSync(join(d, 'source.html'))) { out.push(d); return; }
    if (depth > 2) return;
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

interface PageResult {
  name: string;
  f1?: number;
  partial?: { ok: number; n: number; misses: string[] };
  title?: { ok: boolean; got: string | null; want: string };
  lang?: { ok: boolean; got: string; want: string };
}

const results: PageResult[] = [];

/** relpath → language, from fixtures/html/manifest.tsv. */
const MANIFEST_LANG = new Map(
  readFileSync(join(ROOT, 'manifest.tsv'), 'utf8').split('\n').slice(1).filter(Boolean)
    .map((line) => line.split('\t')).map((cols) => [cols[0]!, cols[1]!] as const),
);

beforeAll(() => {
  for (const dir of pageDirs(ROOT)) {
    const name = relative(ROOT, dir);
    const { text: html } = decodeBytes(readFileSync(join(dir, 'source.html')), { html: true });
    const out = extract(html, { format: 'html', includeText: true, only: ['actors'] });
    const text = out.document.text ?? '';
    const r: PageResult = { name };
    const goldPath = ['ground-truth.txt', 'expected.txt'].map((f) => join(dir, f)).find((f) => existsSync(f));
    if (goldPath) r.f1 = tokenF1(text, readFileSync(goldPath, 'utf8')).F1;
    else if (existsSync(join(dir, 'ground-truth.json'))) {
      const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as { with?: string[]; without?: string[] };
      const ct = canon(text);
      const misses = [
        ...(gt.with ?? []).filter((x) => !ct.includes(canon(x))).map((x) => `missing "${x}"`),
        ...(gt.without ?? []).filter((x) => ct.includes(canon(x))).map((x) => `present "${x}"`),
      ];
      const n = (gt.with ?? []).length + (gt.without ?? []).length;
      r.partial = { ok: n - misses.length, n, misses };
    }
    const metaPath = join(dir, 'expected-metadata.json');
    if (existsSync(metaPath)) {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { title?: string };
      if (meta.title) r.title = { ok: canon(out.document.title) === canon(meta.title), got: out.document.title, want: meta.title };
    }
    // Language: the manifest's language column (every page), as ISO 639-1.
    const want = MANIFEST_LANG.get(`${name}/source.html`);
    if (want) r.lang = { ok: out.document.language.slice(0, 2) === want, got: out.document.language, want };
    results.push(r);
  }
}, 120_000);

test('fixture pages are there (full and partial truth)', () => {
  expect(results.filter((r) => r.f1 !== undefined).length).toBeGreaterThanOrEqual(15);
  expect(results.filter((r) => r.partial).length).toBeGreaterThanOrEqual(15);
});

test('mean main-text token F1 on full-truth pages ≥ 0.975', () => {
  const f1s = results.filter((r) => r.f1 !== undefined).map((r) => r.f1!);
  const mean = f1s.reduce((s, x) => s + x, 0) / f1s.length;
  const worst = results.filter((r) => r.f1 !== undefined && r.f1 < 0.9).map((r) => `${r.name} ${r.f1!.toFixed(3)}`);
  expect({ mean: Number(mean.toFixed(3)) >= 0.975, worst }).toEqual({ mean: true, worst: [] });
});

test('partial-truth checks ≥ 90 %', () => {
  const parts = results.filter((r) => r.partial);
  const ok = parts.reduce((s, r) => s + r.partial!.ok, 0);
  const n = parts.reduce((s, r) => s + r.partial!.n, 0);
  expect(ok / n).toBeGreaterThanOrEqual(0.9);
});

test('every title matches (no site-name suffix)', () => {
  const wrong = results.filter((r) => r.title && !r.title.ok).map((r) => `${r.name}: ${JSON.stringify(r.title!.got)} ≠ ${JSON.stringify(r.title!.want)}`);
  expect(wrong).toEqual([]);
});

test('every language matches the manifest (EN, FR, DE)', () => {
  const wrong = results.filter((r) => r.lang && !r.lang.ok).map((r) => `${r.name}: ${r.lang!.got} ≠ ${r.lang!.want}`);
  expect(wrong).toEqual([]);
  expect(results.filter((r) => r.lang).length).toBe(results.length);
});

test('legacy-charset pages decode without mojibake', () => {
  for (const name of ['de/trafilatura-automobilwoche.de-VW-Betriebsversammlung']) {
    const bytes = readFileSync(join(ROOT, name, 'source.html'));
    const d = decodeBytes(bytes, { html: true });
    expect(d.text).toContain('Aufsichtsräten');
    expect(d.text).not.toMatch(/Ã[¤¶¼©]/);
  }
});
