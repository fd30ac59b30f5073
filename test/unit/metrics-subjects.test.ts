/**
 * Metric subjects in the forms news uses (English and French): a name holding a share ("China with 8%"),
 * paired figures sharing one complement ("4% and 11% of users"), lists after a colon, counted nouns used as
 * modifiers ("a 5 game suspension"), approximations before the complement ("450 km environ des côtes").
 * Should-find rows give the subject keywords; should-not rows a word that must not be the subject.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf, type MetricDraft } from '../helpers/extractors.js';

type M = MetricDraft;
const metrics = metricsOf;
const fold = foldSubject;
const find = findMetric;

type Row = [Language, string, number, string, 'increase' | 'decrease' | null, string[]];

describe('metric subjects: should find (subject keywords, change)', () => {
  test.each<Row>([
    ['en', 'Trailing are South Korea with 13% and China with 8% of the world\'s spam.', 8, '%', null, ['China']],
    ['en', 'Trailing are South Korea with 13% and China with 8% of the world\'s spam.', 13, '%', null, ['South Korea']],
    ['fr', 'Suivent la Corée du Sud avec 13 % et la Chine avec 8 % du spam mondial.', 8, '%', null, ['Chine']],
    ['en', 'South Korea and China have about 4% and 11% of the world\'s Internet users.', 4, '%', null, ['Internet users']],
    ['fr', 'La Corée et la Chine comptent 4 % et 11 % des internautes du monde.', 4, '%', null, ['internautes']],
    ['en', 'The cuts in guaranteed benefits would be substantial: 9.9% for workers retiring in 2022, over 25% for workers retiring in 2042, and 46% for workers retiring in 2075.',
      9.9, '%', 'decrease', ['benefits']],
    ['en', 'The cuts in guaranteed benefits would be substantial: 9.9% for workers retiring in 2022, over 25% for workers retiring in 2042, and 46% for workers retiring in 2075.',
      46, '%', 'decrease', ['benefits']],
    ['fr', 'Les hausses de salaires seront fortes : 3 % pour les ouvriers, 5 % pour les cadres.', 5, '%', 'increase', ['salaires']],
    ['en', 'The league handed him a 5 game suspension on Sunday.', 5, 'game', null, ['suspension']],
    ['en', 'The federation imposed a 30 day ban on the rider.', 30, 'day', null, ['ban']],
    ['fr', 'La capsule s\'est posée dans l\'océan, à 450 km environ des côtes américaines.', 450, 'km', null, ['côtes']],
    ['en', 'Rother points out that Social Security benefits, which currently equal 42 percent of the earnings of an average worker, would fall.',
      42, '%', null, ['Social Security benefits']],
    ['en', 'The city plan targets the dominance of shanties, which make up 62 percent of Mumbai\'s housing.', 62, '%', null, ['shanties']],
    ['fr', 'La France représente 12 % des ventes du groupe.', 12, '%', null, ['France']],
  ])('%s: %s → %d %s', (lang, text, value, unit, change, keys) => {
    const m = find(metrics(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    for (const k of keys) expect(fold(m!.subject)).toContain(fold(k));
  });
});

describe('metric subjects: should not take', () => {
  test.each<[Language, string, number, string, string]>([
    // a single figure with an article before a verb is not a modifier: "a 5 game" is not followed by a noun here
    ['en', 'He was suspended for a 5 game stretch ended yesterday.', 5, 'game', 'ended'],
    // "with" after a lower-case noun is not a holder
    ['en', 'The index closed with 3% of gains for the week.', 3, '%', 'index closed'],
    // a colon list keeps its subject only inside the sentence
    ['en', 'Benefits will fall: 9.9% in 2022. Wages rose 3% in 2023.', 3, '%', 'benefits'],
  ])('%s: %s', (lang, text, value, unit, notWord) => {
    const m = find(metrics(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(fold(m!.subject)).not.toContain(fold(notWord));
  });
});
