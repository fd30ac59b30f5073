/**
 * The shipped JSON Schema (schema/factex.schema.json) validates real
 * outputs: every fixture article, the dev gold articles and HTML pages of
 * ../shared (when present), `--input ndjson` records and `--only` outputs;
 * and it rejects documents that break the contract.
 */
import { jest } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT, factex, fixtureArticles, requireBuild } from './cli-helpers.js';

jest.setTimeout(300_000);
beforeAll(requireBuild);

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'factex.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const validateStats = ajv.compile({ $ref: 'urn:factex:output:1#/$defs/batchStats' });

const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** Article files to run: fixtures, fixtures/gold, and ../shared gold dev + html pages when present. */
function inputs(): string[] {
  const out = [...fixtureArticles()];
  const gold = join(ROOT, 'fixtures', 'gold');
  if (existsSync(gold)) for (const sub of readdirSync(gold, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const f of readdirSync(join(gold, sub)).sort()) if (/\.(txt|html?)$/.test(f)) out.push(join('fixtures', 'gold', sub, f));
  }
  const shared = join(ROOT, '..', 'shared');
  const dev = join(shared, 'gold', 'dev');
  if (existsSync(dev)) for (const f of readdirSync(dev).sort()) if (/\.(txt|html?)$/.test(f)) out.push(join(dev, f));
  const html = join(shared, 'html');
  if (existsSync(html)) {
    for (const lang of readdirSync(html).sort()) {
      const d = join(html, lang);
      if (!existsSync(d) || !/^[a-z]{2}$/.test(lang)) continue;
      out.push(...readdirSync(d).sort().filter((f) => /\.html?$/.test(f)).slice(0, 4).map((f) => join(d, f)));
    }
  }
  return out;
}

test('every fixture, gold and HTML article: output valid against the schema', () => {
  const files = inputs();
  expect(files.length).toBeGreaterThanOrEqual(8);
  const r = factex(['--format', 'ndjson', '--include-text', '--summary-json', ...files]);
  const lines = r.stdout.trim().split('\n');
  expect(lines).toHaveLength(files.length);
  for (const line of lines) {
    const doc = JSON.parse(line);
    expect({ location: doc.source.location, errors: errorsOf(doc) }).toEqual({ location: doc.source.location, errors: [] });
    // what a schema cannot say: spans lie inside the text they index
    for (const k of ['contracts', 'restrictions', 'metrics', 'quotes', 'claims']) {
      for (const f of doc[k]) expect(f.evidence.end).toBeLessThanOrEqual(doc.document.length);
    }
  }
  const stats = JSON.parse(r.stderr.trim().split('\n').pop()!);
  expect(validateStats(stats)).toBe(true);
  expect(stats.documents).toBe(files.length);
});

test('--input ndjson records (source.id) and --only outputs are valid', () => {
  const text = readFileSync(join(ROOT, fixtureArticles()[0]), 'utf8');
  const input = [{ id: 'a', text }, { id: 7, html: `<p>${text}</p>` }].map((x) => JSON.stringify(x)).join('\n');
  const r = factex(['--input', 'ndjson', '--only', 'metrics,claims'], { input });
  for (const line of r.stdout.trim().split('\n')) expect(errorsOf(JSON.parse(line))).toEqual([]);
});

describe('the schema rejects documents that break the contract', () => {
  const base = JSON.parse(factex([fixtureArticles()[0]]).stdout);
  const span = { start: 0, end: 4, text: 'abcd' };
  const metric = { id: 'M1', value: 200, unit: '%', change: 'increase', subject: null, text: '200 %', evidence: span, ruleId: 'metrics/x' };
  test('a well-formed synthetic metric passes', () => {
    expect(errorsOf({ ...base, metrics: [metric] })).toEqual([]);
  });
  test.each([
    ['value as a string', { metrics: [{ ...metric, value: '200' }] }],
    ['unknown change', { metrics: [{ ...metric, change: 'up' }] }],
    ['missing evidence', { metrics: [{ ...metric, evidence: undefined }] }],
    ['bad id', { metrics: [{ ...metric, id: 'X1' }] }],
    ['negative offset', { metrics: [{ ...metric, evidence: { ...span, start: -1 } }] }],
    ['unknown modality', { claims: [{ id: 'K1', text: 't', modality: 'rumoured', attribution: null, source: null, cue: null, evidence: span, ruleId: 'c' }] }],
    ['unknown actor kind', { actors: [{ id: 'A1', name: 'X', kind: 'alien', aliases: [], role: null, roleOf: null, mentions: [], ruleId: 'a' }] }],
    ['wrong schemaVersion', { schemaVersion: '2' }],
    ['missing warnings', { warnings: undefined }],
    ['source of unknown type', { source: { type: 'ftp', location: 'x' } }],
  ])('%s', (_name, patch) => {
    const doc = JSON.parse(JSON.stringify({ ...base, ...patch }));
    expect(errorsOf(doc).length).toBeGreaterThan(0);
  });
});
