import { extract } from '../../src/extract.js';

const quotesOf = (text: string, language: 'en' | 'fr'): string[] => {
  const r = extract(text, { language });
  for (const q of r.quotes) expect(text.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
  return r.quotes.map((q) => q.text);
};

describe('quotes: a title of a work or a theme in quotation marks is no quote (quotes/<lang>/title)', () => {
  test.each([
    ['fr', 'Pour le cinquantenaire, une comédie musicale nommée « Les bâtisseurs de la gloire » a été jouée à Alger.'],
    ['fr', 'Le musée expose la sculpture « La Petite danseuse de quatorze ans » de Degas jusqu’en janvier.'],
    ['fr', 'Il est le conférencier du thème « s’enrichir dans la diversité linguistique ».'],
    ['fr', "L'Insee publie le rapport « Les revenus et le patrimoine des ménages » ce mardi."],
    ['fr', 'Le groupe a sorti un album intitulé « Nous irons tous au paradis » en mai.'],
    ['en', 'The band opened with the song "Jesus Is Just Alright With Me" on Monday night.'],
    ['en', 'She directed a documentary called "The Price of Oil in the Delta" last year.'],
    ['en', 'The agency published a report entitled "how the poor pay more for credit" on Tuesday.'],
  ])('%s: %s', (language, text) => {
    expect(quotesOf(text, language as 'en' | 'fr')).toEqual([]);
  });
});

describe('quotes: words quoted after a work noun stay quotes', () => {
  test.each([
    ['en', 'He said the report "found no evidence of wrongdoing at the agency."', 'found no evidence of wrongdoing at the agency.'],
    ['en', 'The film\'s director said: "We never expected the ban to last this long."', 'We never expected the ban to last this long.'],
    ['fr', 'Le ministre a déclaré : « Nous ne céderons pas sur les retraites ».', 'Nous ne céderons pas sur les retraites'],
    ['fr', 'Selon le rapport, « les inégalités de revenus se sont creusées depuis 2008 ».', 'les inégalités de revenus se sont creusées depuis 2008'],
  ])('%s: %s', (language, text, expected) => {
    expect(quotesOf(text, language as 'en' | 'fr')).toEqual([expected]);
  });
});

describe('quotes: a hyphenated work noun after a verb of speech (quotes/<lang>/after-work)', () => {
  // the noun went into a u-flag regex as "court\-métrage": an invalid escape, and the whole article failed
  test.each([
    ['fr', 'Le court-métrage de France Télévisions a été diffusé lundi. « Rien ne changera dans les campagnes », affirme le court-métrage.',
      'Rien ne changera dans les campagnes', 'France Télévisions'],
    ['en', 'The short-film by Human Rights Watch was released on Monday. "Nothing will change in the camps," says the short-film.',
      'Nothing will change in the camps', 'Human Rights Watch'],
  ])('%s: %s', (language, text, quote, speaker) => {
    const r = extract(text, { language: language as 'en' | 'fr' });
    expect(r.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([[quote, speaker]]);
  });
});
