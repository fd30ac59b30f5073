/**
 * The batch loop in-process, with a fake runner: input order whatever the
 * completion order (reorder buffer), a bounded number of documents in
 * flight, failures in place, internal errors carrying their stack.
 */
import { runBatch, type Outcome } from '../src/cli/batch.js';
import type { Job } from '../src/cli/inputs.js';
import { Readable } from 'node:stream';
import { maxRecordLineBytes, parseRecord, readRecordJobs, OutNames } from '../src/cli/inputs.js';
import type { ExtractReply, ExtractRequest, Runner } from '../src/cli/pool.js';

/** A runner that answers after a delay chosen per document, and records how many run at once. */
class FakeRunner implements Runner {
  active = 0;
  maxActive = 0;
  constructor(private readonly delayOf: (content: string) => number, private readonly failOn = new Set<string>()) {}
  async run(req: ExtractRequest): Promise<ExtractReply> {
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    await new Promise((r) => setTimeout(r, this.delayOf(req.content)));
    this.active--;
    if (this.failOn.has(req.content)) return { seq: req.seq, ok: false, message: `boom on ${req.content}`, stack: 'Error: boom\n    at fake (x.js:1:1)' };
    const counts = { actors: req.content.length, contracts: 0, restrictions: 0, metrics: 0, quotes: 0, claims: 0 };
    return { seq: req.seq, ok: true, rendered: { text: `${req.options.source?.id}:${req.content}`, counts, warnings: [], length: req.content.length } };
  }
  async close(): Promise<void> {}
}

const record = (id: string, text: string): Job => parseRecord(JSON.stringify({ id, text }), 1, null);

async function collect(jobs: Job[], runner: Runner, window: number): Promise<Outcome[]> {
  const out: Outcome[] = [];
  await runBatch(jobs, { runner, window, extract: {}, render: { format: 'ndjson', colour: false }, load: {}, emit: (o) => { out.push(o); } });
  return out;
}

test('outcomes come out in input order although later documents finish first', async () => {
  const jobs = Array.from({ length: 12 }, (_, i) => record(`d${i}`, 'x'.repeat(12 - i)));
  const runner = new FakeRunner((c) => c.length * 3); // the first documents are the slowest
  const out = await collect(jobs, runner, 6);
  expect(out.map((o) => (o.ok ? o.rendered.text.split(':')[0] : '!'))).toEqual(jobs.map((_, i) => `d${i}`));
});

test.each([[1], [2], [5]])('never more than window=%i documents in flight', async (window) => {
  const jobs = Array.from({ length: 20 }, (_, i) => record(`d${i}`, String(i)));
  const runner = new FakeRunner(() => 2);
  await collect(jobs, runner, window);
  expect(runner.maxActive).toBeLessThanOrEqual(window);
  expect(runner.maxActive).toBe(Math.min(window, 20));
});

test.each([
  // [characters per document, windowChars, most documents in flight]: a document starts while the ones loaded hold at most windowChars
  [10, 25, 3],
  [10, 1000, 8],
  [100, 25, 2], // one alone is over the bound: the next one may still start (never fewer than two in flight)
])('documents of %i characters, windowChars=%i: at most %i in flight (window 8)', async (size, windowChars, most) => {
  const jobs = Array.from({ length: 20 }, (_, i) => record(`d${i}`, String(i % 10).repeat(size)));
  const runner = new FakeRunner(() => 2);
  const out: Outcome[] = [];
  await runBatch(jobs, { runner, window: 8, windowChars, extract: {}, render: { format: 'ndjson', colour: false }, load: {}, emit: (o) => { out.push(o); } });
  expect(out.map((o) => (o.ok ? o.rendered.text.split(':')[0] : '!'))).toEqual(jobs.map((_, i) => `d${i}`));
  expect(runner.maxActive).toBe(most);
});

test('bad records and runner failures are reported in place; internal errors keep their stack', async () => {
  const jobs: Job[] = [record('a', 'ok1'), parseRecord('{"id": 1', 2, null), record('c', 'crash'), record('d', 'ok2')];
  const out = await collect(jobs, new FakeRunner(() => 1, new Set(['crash'])), 4);
  expect(out.map((o) => o.ok)).toEqual([true, false, false, true]);
  expect(out[1]).toMatchObject({ ok: false, internal: false, label: 'stdin:2', message: 'invalid JSON record' });
  expect(out[2]).toMatchObject({ ok: false, internal: true, message: 'boom on crash', stack: expect.stringContaining('at fake') });
});

test('stopped() ends the batch before the next job', async () => {
  const jobs = Array.from({ length: 10 }, (_, i) => record(`d${i}`, String(i)));
  const out: Outcome[] = [];
  let n = 0;
  await runBatch(jobs, {
    runner: new FakeRunner(() => 0), window: 1, extract: {}, render: { format: 'ndjson', colour: false }, load: {},
    emit: (o) => { out.push(o); n++; }, stopped: () => n >= 3,
  });
  expect(out).toHaveLength(3);
});

describe('NDJSON records', () => {
  test.each([
    ['text with a string id', '{"id":"x","text":"Hello."}', { kind: 'record', id: 'x', text: 'Hello.' }],
    ['numeric id becomes a string', '{"id":42,"html":"<p>Hi</p>"}', { kind: 'record', id: '42', html: '<p>Hi</p>' }],
    ['url with lang', '{"url":"https://example.org/a","lang":"fr"}', { kind: 'record', url: 'https://example.org/a', lang: 'fr' }],
    // ids beyond 2^53 come back as written (JSON.parse alone gives "12345678901234567000")
    ['numeric id beyond 2^53, as written', '{"text":"Hi.","id":12345678901234567890}', { kind: 'record', id: '12345678901234567890' }],
    ['a nested "id" and one inside the text do not count', '{"meta":{"id":5},"text":"x \\"id\\": 1","id":98765432109876543210123}', { kind: 'record', id: '98765432109876543210123' }],
    ['an id too large for a double, as written', '{"id":1e400,"text":"Hi."}', { kind: 'record', id: '1e400' }],
    ['-0, 1.50 and 1e1 as written (a new user\'s trial: -0 came back as "0")', '{"id":-0,"text":"Hi."}', { kind: 'record', id: '-0' }],
    ['a decimal id keeps its trailing zero', '{"id":1.50,"text":"Hi."}', { kind: 'record', id: '1.50' }],
    ['an exponent id as written', '{"id":1e1,"text":"Hi."}', { kind: 'record', id: '1e1' }],
  ])('should read: %s', (_n, line, expected) => {
    expect(parseRecord(line, 3, null)).toMatchObject(expected);
  });
  test.each([
    ['not JSON', '{"id":', 'invalid JSON record'],
    ['an array', '[1,2]', 'record is not a JSON object'],
    ['no content', '{"id":"a"}', 'a record needs exactly one of "text", "html" or "url"'],
    ['two contents', '{"text":"a","html":"b"}', 'a record needs exactly one of "text", "html" or "url"'],
    ['text not a string', '{"text":5}', '"text" must be a string'],
    ['url not http', '{"url":"file:///etc/passwd"}', '"url" must be an http(s) URL'],
    ['bad lang', '{"text":"a","lang":"de"}', '"lang" must be "en" or "fr"'],
    ['object id', '{"id":{},"text":"a"}', '"id" must be a string or a number'],
  ])('should refuse: %s', (_n, line, message) => {
    expect(parseRecord(line, 3, null)).toMatchObject({ kind: 'error', message });
  });
  test('--out names of records are safe and unique', () => {
    const names = new OutNames();
    const rels = ['a', 'a', '../x', 'A', '', '.', '..', '.hidden', ' '].map((id, i) => (parseRecord(JSON.stringify({ id, text: 't' }), i + 1, names) as { outRel: string }).outRel);
    expect(rels).toEqual(['a.json', 'a-2.json', '_x.json', 'A-3.json', 'record-5.json', 'record-6.json', 'record-7.json', 'hidden.json', 'record-9.json']);
  });
});

describe('readRecordJobs: NDJSON lines from a byte stream', () => {
  /** The jobs read from `chunks` (each a Buffer chunk of the stream), summarised as `text`/`id` or `error:message`. */
  async function read(chunks: (string | Buffer)[], maxLineBytes?: number): Promise<string[]> {
    const stream = Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
    const out: string[] = [];
    for await (const job of readRecordJobs(stream, false, maxLineBytes)) {
      out.push(job.kind === 'record' ? `${job.line}:${job.id ?? ''}:${job.text}` : job.kind === 'error' ? `${job.label}:${job.message}` : job.kind);
    }
    return out;
  }
  const é = Buffer.from('é', 'utf8');

  test('lines split across chunks, a multi-byte character cut between chunks, CRLF, blank lines, no final newline', async () => {
    const chunks = ['{"id":"a","te', 'xt":"caf', é.subarray(0, 1), Buffer.concat([é.subarray(1), Buffer.from('"}\r\n\n  \n{"id":"b","text":"x"}')])];
    expect(await read(chunks)).toEqual(['1:a:café', '4:b:x']);
  });

  test('a line over the limit is one error in its place and its bytes are dropped; the next line is read', async () => {
    const long = JSON.stringify({ id: 'big', text: 'x'.repeat(100) });
    const chunks = ['{"text":"ok"}\n', long.slice(0, 40), long.slice(40) + '\n{"text":"after"}\n'];
    expect(await read(chunks, 64)).toEqual(['1::ok', 'stdin:2:record too large: line over 64 bytes (see --max-bytes)', '3::after']);
    expect(await read([long], 64)).toEqual(['stdin:1:record too large: line over 64 bytes (see --max-bytes)']);
  });

  test('the line limit leaves room for the worst JSON escaping of a text at --max-bytes', () => {
    const text = '\u0001'.repeat(1000); // 1000 UTF-8 bytes, 6000 bytes as JSON
    expect(JSON.stringify({ text }).length).toBeLessThanOrEqual(maxRecordLineBytes(1000));
    expect(maxRecordLineBytes(50 * 1024 * 1024)).toBe(6 * 50 * 1024 * 1024 + 1024 * 1024);
  });
});
