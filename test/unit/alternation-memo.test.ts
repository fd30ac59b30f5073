/**
 * The memo of word-list alternations (wordAlternation, src/extractors/attribution-lexicon.ts): a memo handed over by the
 * launcher in `globalThis[Symbol.for('factex.memo.alternation')]` is used as computed (a planted entry proves it is read),
 * a value of the wrong shape is computed again, and each list built is added to it for the launcher to keep
 * (src/cli/code-cache.ts writes it beside the code cache).
 */
const memo = new Map<string, unknown>([
  // planted: the true alternation of ["said", "says"] is a trie of both words; the memo says a regex of "zzzq"
  [JSON.stringify(['said', 'says']), 'zzzq'],
  // wrong shape: ignored, computed again
  [JSON.stringify(['told']), 42],
]);
(globalThis as Record<symbol, unknown>)[Symbol.for('factex.memo.alternation')] = memo;

describe('alternation memo', () => {
  test('an entry of the memo is used; a malformed one is recomputed; new lists are added', async () => {
    const { wordAlternation } = await import('../../src/extractors/attribution-lexicon.js');
    // the planted entry decides
    expect(wordAlternation(['said', 'says'])).toBe('zzzq');
    // computed again: matches "told" as a whole word only
    const told = new RegExp(wordAlternation(['told']), 'iu');
    expect(told.exec('He told us.')?.[0]).toBe('told');
    expect(told.test('foretold')).toBe(false);
    expect(memo.get(JSON.stringify(['told']))).toBe(wordAlternation(['told']));
    // a new list: computed once, added, and the same source on the next call
    const key = JSON.stringify(['annonce', 'annoncé', "qu'"]);
    expect(memo.has(key)).toBe(false);
    const source = wordAlternation(['annonce', 'annoncé', "qu'"]);
    expect(memo.get(key)).toBe(source);
    expect(new RegExp(source, 'iu').exec("Il a annoncé qu'il part")?.[0]).toBe('annoncé');
    expect(wordAlternation(['annonce', 'annoncé', "qu'"])).toBe(source);
  });
});
