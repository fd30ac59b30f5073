/**
 * The memo of the gazetteer's name keys (src/extractors/actors/gazetteer.ts): with a memo handed over by the launcher in
 * `globalThis[Symbol.for('factex.memo.gazetteer')]`, the gazetteer writes the key and acronym flag of every name into it
 * (as nameKey and the acronym test compute them), and a later process that finds that entry uses it as computed (a
 * planted key proves it is read); an entry of the wrong shape is computed again.
 */
import { jest } from '@jest/globals';

const MEMO = Symbol.for('factex.memo.gazetteer');
const setMemo = (m: Map<string, unknown>) => { (globalThis as Record<symbol, unknown>)[MEMO] = m; };

describe('gazetteer memo', () => {
  afterAll(() => { delete (globalThis as Record<symbol, unknown>)[MEMO]; });

  test('computed keys are written to the memo, read back by the next start, recomputed when malformed', async () => {
    const memo = new Map<string, unknown>();
    setMemo(memo);
    const first = await import('../../src/extractors/actors/gazetteer.js');
    const { nameKey } = await import('../../src/extractors/actors/normalize.js');
    const names = first.ALL_ENTRIES.flatMap((e) => e.names);
    expect(memo.size).toBe(1);
    const [key, value] = [...memo][0]! as [string, { keys: string[]; acronyms: boolean[] }];
    expect(key).toBe(JSON.stringify(names));
    expect(value.keys).toEqual(names.map((n) => nameKey(n)));
    expect(value.keys[names.indexOf('Pentagone')]).toBe('pentagone');
    expect(value.acronyms[names.indexOf('OTAN')]).toBe(true);
    expect(value.acronyms[names.indexOf('DoD')]).toBe(false);
    expect(value.acronyms[names.indexOf('Pentagone')]).toBe(false);
    expect(first.lookupName('Pentagone')?.entry.names).toContain('Pentagon');

    // the next start: a planted key for « Pentagone » is used as it is
    const planted = { keys: [...value.keys], acronyms: [...value.acronyms] };
    planted.keys[names.indexOf('Pentagone')] = 'zzzq pentagone';
    setMemo(new Map<string, unknown>([[key, planted]]));
    jest.resetModules();
    const second = await import('../../src/extractors/actors/gazetteer.js');
    expect(second.lookupKey('zzzq pentagone')?.entry.names).toContain('Pentagon');
    expect(second.lookupKey('pentagone')).toBeUndefined();

    // an entry of the wrong shape (one key short): computed again and replaced
    const short = new Map<string, unknown>([[key, { keys: value.keys.slice(1), acronyms: value.acronyms }]]);
    setMemo(short);
    jest.resetModules();
    const third = await import('../../src/extractors/actors/gazetteer.js');
    expect(third.lookupKey('pentagone')?.entry.names).toContain('Pentagon');
    expect((short.get(key) as { keys: string[] }).keys).toEqual(value.keys);
  });
});
