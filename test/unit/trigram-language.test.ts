/**
 * trigram-language.ts answers what franc-min answers (its faster copy of franc's
 * algorithm must not change one language decision): on samples of every article of
 * fixtures/ (gold tune set, fuzz seeds, articles) at several offsets and lengths, with
 * franc's `only` and `minLength` as language.ts calls it, on short and mixed-script
 * strings, and on random strings mixing scripts, digits and punctuation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { detectTrigramLanguage } from '../../src/text/trigram-language.js';

/** Every .txt under `dir`, recursively. */
function texts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...texts(p));
    else if (name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const OPTIONS: Array<{ only?: string[]; minLength?: number }> = [{}, { minLength: 40 }, { only: ['eng', 'fra'], minLength: 1 }];

describe('detectTrigramLanguage gives franc\'s answer', () => {
  const articles = texts('fixtures');
  test('fixtures: samples at several offsets and lengths', () => {
    expect(articles.length).toBeGreaterThan(50);
    let compared = 0;
    for (const text of articles) {
      for (const [start, length] of [[0, 500], [0, 60], [Math.floor(text.length / 3), 500], [Math.floor(text.length / 2), 2500]] as const) {
        const sample = text.slice(start, start + length);
        for (const o of OPTIONS) {
          expect(`${detectTrigramLanguage(sample, o)} ${JSON.stringify(o)} ${sample.slice(0, 40)}`).toBe(`${franc(sample, o)} ${JSON.stringify(o)} ${sample.slice(0, 40)}`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(600);
  });

  test.each([
    [''], ['a'], ['Hello'], ['12345 67890 !!!'], ['Guten Tag, wie geht es Ihnen heute? Das Wetter ist schön.'],
    ['Москва — столица России, крупнейший по численности населения город страны.'],
    ['東京は日本の首都であり、世界最大の都市圏を形成している。'], ['القاهرة هي عاصمة جمهورية مصر العربية'],
    ['El gobierno anunció una nueva ley sobre las pensiones, que será presentada al parlamento.'],
    ['The deal, worth $11 billion, was signed — «accord» — in Paris.'],
  ])('%j', (s) => {
    for (const o of OPTIONS) expect(detectTrigramLanguage(s, o)).toBe(franc(s, o));
  });

  test('random strings of letters, scripts, digits and punctuation', () => {
    const pieces = fc.constantFrom('the ', 'le ', 'de ', 'und ', 'и ', 'の', 'ال', 'ñ', 'é', 'ß', 'ph', 'qu', 'th', 'sch', 'ou', ' ', '  ', '\n', '.', ',', '1', '2024', '«', '»', '—', 'A', 'z', 'İ', 'ſ');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 200 }), fc.constantFrom(...OPTIONS), (parts, o) => {
      const s = parts.join('');
      return detectTrigramLanguage(s, o) === franc(s, o);
    }), { numRuns: 400, seed: 20261201 });
  });
});
