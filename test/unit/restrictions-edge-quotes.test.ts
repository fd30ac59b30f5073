/**
 * restrictions/edge-quotes: an action keeps no quotation mark left at its edges by a quoted verb or clause (third new-user
 * trial: 'the police "banned" the march' gave the action `" the march`, "She told me 'we will ban it'" gave `it'`), while
 * the apostrophe of a plural possessive stays.
 */
import { restrictionsOf } from '../helpers/extractors.js';

describe('restrictions: quotation marks at the edges of an action', () => {
  const rows: Array<[string, string]> = [
    ['She said the police "banned" the march.', 'the march'],
    ["She told me 'we will ban it'.", 'it'],
    ["The board banned the workers' union.", "the workers' union"],
  ];
  test.each(rows)('en %s', (text, action) => {
    const found = restrictionsOf('en', text);
    expect(found.map((r) => r.action)).toEqual([action]);
    for (const r of found) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});
