/**
 * The library entry `extract(content, options)`: bad arguments are clear
 * TypeErrors/RangeErrors (not "Cannot read properties of null"), and the
 * `source` it outputs always fits the shipped schema's `source` shape.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { extract, type ExtractOptions } from '../../src/extract.js';

const schema = JSON.parse(readFileSync('schema/factex.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const EN = 'The government said on Monday that prices rose by 3% in May.';
const FR = 'Le gouvernement a annoncé lundi une hausse de 3 % des prix en mai.';
const bad = (v: unknown) => v as never;

describe('extract(): content must be a string', () => {
  test.each([
    [null, 'got null'], [undefined, 'got undefined'], [42, 'got a number (42)'], [{ text: EN }, 'got an object'], [[EN], 'got an array'],
  ])('%p → TypeError', (content, detail) => {
    expect(() => extract(bad(content))).toThrow(TypeError);
    expect(() => extract(bad(content))).toThrow(`extract: content must be a string (the article text or HTML), ${detail}`);
  });
  test('options must be an object', () => {
    expect(() => extract(EN, bad('en'))).toThrow(new TypeError('extract: options must be an object, got a string ("en")'));
  });
});

describe('extract(): options.language', () => {
  test('null is detection, as an --input ndjson record\'s "lang": null', () => {
    expect(extract(FR, { language: null }).document.language).toBe('fr');
    expect(extract(EN, { language: null }).document.language).toBe('en');
  });
  test('an unsupported language is a RangeError', () => {
    expect(() => extract(EN, { language: bad('de') })).toThrow(new RangeError("unsupported language 'de' (expected 'en' or 'fr')"));
  });
});

describe('extract(): options.only', () => {
  test('a string is a TypeError naming the array form', () => {
    expect(() => extract(EN, { only: bad('metrics') })).toThrow(TypeError);
    expect(() => extract(EN, { only: bad('metrics') })).toThrow(`options.only must be an array of fact kinds, e.g. ['metrics'], got a string ("metrics")`);
  });
  test('an unknown kind in an array is a RangeError', () => {
    expect(() => extract(EN, { only: bad(['metric']) })).toThrow(RangeError);
  });
  test('an empty array is a RangeError (the CLI refuses --only "" too)', () => {
    expect(() => extract(EN, { only: [] })).toThrow(RangeError);
    expect(() => extract(EN, { only: [] })).toThrow('options.only is empty');
  });
  test.each([['no'], [1], [null]])('includeText %p is a TypeError', (v) => {
    expect(() => extract(EN, { includeText: bad(v) })).toThrow(new TypeError(`extract: options.includeText must be a boolean, got ${v === null ? 'null' : typeof v === 'string' ? 'a string ("no")' : 'a number (1)'}`));
  });
  test.each([[EN], [FR]])('an array works: %s', (text) => {
    const r = extract(text, { only: ['metrics'] });
    expect(r.metrics.length).toBe(1);
    expect(r.actors).toEqual([]);
  });
});

describe('extract(): options.format', () => {
  test.each(['pdf', 'HTML', ''])('%p is a RangeError', (format) => {
    expect(() => extract(EN, { format: bad(format) })).toThrow(RangeError);
    expect(() => extract(EN, { format: bad(format) })).toThrow(`unknown format '${format}' (expected auto, text, html)`);
  });
  test.each(['auto', 'text', 'html'] as const)('%s is accepted', (format) => {
    expect(extract(`<p>${FR}</p>`, { format }).document.format).toBe(format === 'text' ? 'text' : 'html');
  });
});

describe('extract(): options.source fits the schema', () => {
  test.each([
    ['x', TypeError, 'options.source must be an object'],
    [null, TypeError, 'got null'],
    [{ type: 'pdf', location: 'a' }, RangeError, 'options.source.type must be one of file, url, stdin, text'],
    [{ location: 'a' }, RangeError, 'got undefined'],
    [{ type: 'file' }, TypeError, 'options.source.location must be a string'],
    [{ type: 'file', location: 'a', id: 7 }, TypeError, 'options.source.id must be a string'],
    [{ type: 'stdin', location: '-', line: 0 }, TypeError, 'options.source.line must be an integer from 1'],
    [{ type: 'stdin', location: '-', line: '3' }, TypeError, 'options.source.line must be an integer from 1'],
  ])('%p is refused', (source, kind, message) => {
    expect(() => extract(EN, { source: bad(source) })).toThrow(kind);
    expect(() => extract(EN, { source: bad(source) })).toThrow(message);
  });
  test('a good source is kept, extra keys dropped, and the output validates', () => {
    const opts: ExtractOptions = { source: bad({ type: 'file', location: 'a.txt', id: 'r1', extra: true }) };
    const r = extract(EN, opts);
    expect(r.source).toEqual({ type: 'file', location: 'a.txt', id: 'r1' });
    expect(validate(r)).toBe(true);
    expect(extract(FR).source).toEqual({ type: 'text', location: '-' });
    const line = extract(EN, { source: { type: 'stdin', location: '-', line: 3 } });
    expect(line.source).toEqual({ type: 'stdin', location: '-', line: 3 });
    expect(validate(line)).toBe(true);
  });
  test('charset and warnings are checked too', () => {
    expect(() => extract(EN, { charset: bad(8) })).toThrow(TypeError);
    expect(() => extract(EN, { warnings: bad('w') })).toThrow(TypeError);
    expect(extract(EN, { charset: 'utf-8', warnings: ['w'] }).warnings).toEqual(['w']);
  });
});
