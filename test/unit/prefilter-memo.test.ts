/**
 * The prefilter's memo of literals by regex source (src/text/prefilter.ts): a memo handed
 * over by the launcher in `globalThis[Symbol.for('factex.memo.prefilter')]` is used as
 * computed (a planted entry proves it is read), values of the wrong shape are computed
 * again, and new sources are added to it for the launcher to keep.
 */
const memo = new Map<string, unknown>([
  // planted: the true literals of this source are ['interdi']; the memo says ['zzzq']
  ['interdi(?:re|t)', ['zzzq']],
  // wrong shape: ignored, computed again
  ['prohib(?:it|ition)', 'not an array'],
]);
(globalThis as Record<symbol, unknown>)[Symbol.for('factex.memo.prefilter')] = memo;

describe('prefilter memo', () => {
  test('an entry of the memo is used; a malformed one is recomputed; new ones are added', async () => {
    const { mayMatch, prefilterText } = await import('../../src/text/prefilter.js');
    const fr = prefilterText('Il est interdit de fumer.');
    // the planted entry decides: no "zzzq" in the text, so the regex is skipped
    expect(mayMatch({ source: 'interdi(?:re|t)' }, fr)).toBe(false);
    // computed again from the source: "prohib"
    const en = prefilterText('Smoking is prohibited.');
    expect(mayMatch({ source: 'prohib(?:it|ition)' }, en)).toBe(true);
    expect(memo.get('prohib(?:it|ition)')).toEqual(['prohib']);
    // a new source: computed and added
    expect(mayMatch({ source: 'sanction(?:s|ner)?' }, en)).toBe(false);
    expect(memo.get('sanction(?:s|ner)?')).toEqual(['sanction']);
    expect(mayMatch({ source: '\\p{L}+' }, en)).toBe(true);
    expect(memo.get('\\p{L}+')).toBeNull();
  });
});
