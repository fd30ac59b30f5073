import { ActorIndex } from '../../src/extractors/actor-index.js';
import type { Actor } from '../../src/types.js';

const text = 'Sam Altman of OpenAI met the Pentagon. OpenAI signed.';
const span = (s: string, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
const actor = (id: string, name: string, kind: Actor['kind'], mentions: ReturnType<typeof span>[]): Actor =>
  ({ id, name, kind, aliases: [], role: null, roleOf: null, mentions, ruleId: 'test' });
const actors = [
  actor('A1', 'Sam Altman', 'person', [span('Sam Altman')]),
  actor('A2', 'OpenAI', 'organization', [span('OpenAI'), span('OpenAI', 30)]),
  actor('A3', 'Pentagon', 'government', [span('Pentagon')]),
];
const index = new ActorIndex(actors);

describe('ActorIndex', () => {
  test('mentionsIn and actorsIn keep document order and bounds', () => {
    expect(index.mentionsIn(0, 21).map((m) => m.text)).toEqual(['Sam Altman', 'OpenAI']);
    expect(index.actorsIn(0, text.length, ['organization']).map((a) => a.id)).toEqual(['A2']);
  });
  test('mentionAt finds the covering mention, or nothing between mentions', () => {
    expect(index.mentionAt(text.indexOf('Altman'))?.actor.id).toBe('A1');
    expect(index.mentionAt(text.indexOf(' met'))).toBeUndefined();
  });
  test('nearestBefore respects the floor and kinds', () => {
    const at = text.indexOf('met');
    expect(index.nearestBefore(at)?.text).toBe('OpenAI');
    expect(index.nearestBefore(at, 0, ['person'])?.text).toBe('Sam Altman');
    expect(index.nearestBefore(at, text.indexOf('OpenAI') + 1)).toBeUndefined();
  });
  test('nearestAfter and byName', () => {
    expect(index.nearestAfter(text.indexOf('met'))?.actor.name).toBe('Pentagon');
    expect(index.byName('openai')?.id).toBe('A2');
  });
});
