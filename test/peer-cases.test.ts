/**
 * Peer cases: the percent and currency specs of microsoft/Recognizers-Text
 * (MIT; copied into fixtures/peer-cases, see its README) run through our
 * number grammar. Only rows that upstream itself passes (`upstream_verified`)
 * are used. A row passes when every expected value is found with the same
 * unit (currency names mapped to ISO 4217) and no other quantity of that kind
 * is reported. Prints the pass rate and the failing inputs; requires ≥ 95 %.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { recognizeQuantities } from '../src/numbers/index.js';
import type { Language } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'fixtures', 'peer-cases');

interface Expected { text: string; value: string | null; resolution?: { unit?: string; isoCurrency?: string } }
interface Row { input: string; expected: Expected[]; upstream_verified: boolean }

/**
 * Upstream currency names without an ISO code → our code and the factor from
 * the written unit to it ("50 cents" is 50 Cent upstream, 0.5 USD here).
 */
const UNIT_NAMES: Record<string, [string, number]> = {
  dollar: ['USD', 1], 'united states dollar': ['USD', 1], 'dollar états-unis': ['USD', 1], cent: ['USD', 0.01],
  pound: ['GBP', 1], livre: ['GBP', 1], 'british pound': ['GBP', 1], pence: ['GBP', 0.01], penny: ['GBP', 0.01],
  euro: ['EUR', 1], centimes: ['EUR', 0.01], franc: ['FRF', 1], 'franc suisse': ['CHF', 1],
  'finnish markka': ['FIM', 1], 'mark finlandais': ['FIM', 1], peseta: ['ESP', 1], pesewa: ['GHS', 0.01],
  'netherlands guilder': ['NLG', 1], 'florins néerlandais': ['NLG', 1],
  rupee: ['INR', 1], roupie: ['INR', 1], 'roupie indienne': ['INR', 1], bitcoin: ['XBT', 1], satoshi: ['XBT', 1e-8],
  'yen japonais': ['JPY', 1], 'yuan chinois': ['CNY', 1], 'dollar canadien': ['CAD', 1], 'dollar australien': ['AUD', 1],
  'dollar de hong kong': ['HKD', 1],
};

/** Upstream value string → number ("4,8%" → 4.8, "75000000" → 75000000); null for "null". */
function upstreamValue(v: string | null): number | null {
  if (v == null || v === 'null') return null;
  return Number(String(v).replace('%', '').replace(',', '.'));
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function runFile(file: string): { pass: number; total: number; failures: string[] } {
  const kind = file.includes('percent') ? 'percent' : 'currency';
  const language: Language = file.includes('-fr-') ? 'fr' : 'en';
  const rows = readFileSync(join(dir, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row)
    .filter((r) => r.upstream_verified);
  const failures: string[] = [];
  let pass = 0;
  for (const row of rows) {
    const got = recognizeQuantities(row.input, language).filter((q) => q.kind === kind);
    const used = new Set<number>();
    let ok = true;
    for (const e of row.expected) {
      const num = upstreamValue(e.value);
      if (num === null) continue;
      let code: string | null = null;
      let factor = 1;
      if (kind === 'currency') {
        const name = (e.resolution?.unit ?? '').toLowerCase();
        if (e.resolution?.isoCurrency) code = e.resolution.isoCurrency;
        else if (UNIT_NAMES[name]) [code, factor] = UNIT_NAMES[name]!;
        else code = `?${name}`;
      } else code = '%';
      const i = got.findIndex((q, k) => !used.has(k) && close(q.value, num * factor) && q.unit === code);
      if (i < 0) { ok = false; break; }
      used.add(i);
    }
    // nothing else of that kind, except a bare unit word that upstream lists without a value
    const extra = got.filter((q, k) => !used.has(k));
    if (extra.length) ok = false;
    if (ok) pass++;
    else {
      failures.push(`${JSON.stringify(row.input.slice(0, 100))} expected ${row.expected.map((e) => `${e.text}=${e.value}`).join(', ')}`
        + ` got ${got.map((q) => `${q.text}=${q.value} ${q.unit}`).join(', ') || 'nothing'}`);
    }
  }
  return { pass, total: rows.length, failures };
}

describe('peer cases (Recognizers-Text, verified rows)', () => {
  test.each([
    ['recognizers-en-percent.jsonl'],
    ['recognizers-fr-percent.jsonl'],
    ['recognizers-en-currency.jsonl'],
    ['recognizers-fr-currency.jsonl'],
  ])('%s: at least 95 % pass', (file) => {
    const { pass, total, failures } = runFile(file);
    const rate = pass / total;
    console.log(`${file}: ${pass}/${total} = ${(100 * rate).toFixed(1)} %${failures.length ? `\n  failing:\n  ${failures.join('\n  ')}` : ''}`);
    expect(total).toBeGreaterThan(10);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
