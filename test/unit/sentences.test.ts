import { splitSentences, splitParagraphs } from '../../src/text/sentences.js';
import { readFileSync } from 'node:fs';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe('sentences: should not split', () => {
  test.each([
    ['en initials', 'President George W. Bush spoke today. He left.', ['President George W. Bush spoke today.', 'He left.']],
    ['en U.S.', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['en title', 'Dr. Smith and Sen. McCain met. They agreed.', ['Dr. Smith and Sen. McCain met.', 'They agreed.']],
    ['fr M.', 'M. Dupont a parlé. Il est parti.', ['M. Dupont a parlé.', 'Il est parti.']],
    ['decimal', 'Le taux est de 3.5 % cette année. Il baisse.', ['Le taux est de 3.5 % cette année.', 'Il baisse.']],
    ['quote spanning', 'Il a dit : « Les enjeux sont complexes. Nous voulions éviter cela. » Puis il est parti.',
      ['Il a dit : « Les enjeux sont complexes. Nous voulions éviter cela. »', 'Puis il est parti.']],
    ['heading without period', 'Contexte tendu\n\nAnthropic et la ligne rouge\n\nL’affaire intervient.', ['Contexte tendu', 'Anthropic et la ligne rouge', 'L’affaire intervient.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('sentences: spans are exact', () => {
  test('seed-fr', () => {
    const text = readFileSync('fixtures/articles/seed-fr/article.txt', 'utf8');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(12);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toContain('Contexte tendu dans l’écosystème de l’IA');
    expect(splitParagraphs(text)).toHaveLength(10);
  });
});
