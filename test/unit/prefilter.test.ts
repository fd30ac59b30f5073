import { mayMatch, prefilterText, requiredLiterals, spanTest, spanTestIfAny } from '../../src/text/prefilter.js';
import { splitSentences } from '../../src/text/sentences.js';
import type { RuleRegExp } from '../../src/text/lazy-regexp.js';
import { EN_RESTRICTIONS } from '../../src/lexicon/en/restrictions.js';
import { FR_RESTRICTIONS } from '../../src/lexicon/fr/restrictions.js';
import { compile } from '../../src/extractors/attribution.js';
import { reportingLexicon } from '../../src/extractors/attribution-lexicon.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?:(?<=[\'’])|(?![\\p{L}\\p{N}]))';

describe('requiredLiterals', () => {
  // [source, literals one of which every match contains (null: none known)]
  const rows: Array<[string, string[] | null]> = [
    [`${B}(?:interdi(?:re|t|te|ts|tes|ction))${E}`, ['interdi']],
    [`${B}(?:prohibit(?:s|ed|ing)?|prohibition\\s+(?:of|on|against))${E}`, ['prohibit', 'prohibition']],
    // the best literal of a sequence: "without", not the optional auxiliaries
    [`(?:(?:will|would)\\s+)?(?:not|never)\\s[^.;:!?,]{0,120}?without`, ['without']],
    // a final optional letter leaves the stem: "hausses?" → "hausse"
    ['hausses?|Baisse', ['hausse', 'baisse']],
    // escaped punctuation is literal; \s and classes cut the run
    ['u\\.s\\.\\$\\s?deal', ['u.s.$']],
    ['couvre-feu', ['couvre-feu']],
    ['refus(?:é|ée)\\s+(?:de|d[\'’])', ['refus']],
    // a group repeated at least once keeps its requirement
    ['(?:sanction){1,3}', ['sanction']],
    // a positive lookaround's literals are in the string searched, next to the match: they count (a regex run on one
    // sentence sees them in that sentence); a negative one's may be absent
    ['(?=interdit)\\p{L}+', ['interdit']],
    ['(?<=(?:cannot|must\\s+not)\\s+be\\s+\\p{L}+\\s)(?:if|unless)', ['cannot', 'must']],
    ['(?<!(?:cannot|must)\\s)(?:if|unless)', null],
    ['(?!(?<=refus)é)\\p{L}+', null],
    // no useful literal: a branch without one, too short, negative lookarounds only, optional everything
    ['embargo|\\p{Lu}\\p{L}+', null],
    ['to|by', null],
    ['(?:curfew)?', null],
    // syntax the reader does not follow: no prefilter rather than a guess
    ['interdit{', null],
    ['(?i:interdit)', null],
  ];
  test.each(rows)('%s', (source, want) => {
    expect(requiredLiterals(source)).toEqual(want);
  });
});

/** The plain-text articles of fixtures/ (articles, gold sets, fuzz seeds) in `lang`. */
function fixtureArticles(lang: 'en' | 'fr'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt') && p.includes(`-${lang}`)) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const d of ['fixtures/articles', 'fixtures/gold', 'fixtures/fuzz']) walk(d);
  return out;
}

describe('restriction rules', () => {
  // the rules' regexes are built on first use (text/lazy-regexp.ts): a broken pattern must still fail here, not on some article
  test.each(['en', 'fr'] as const)('every %s rule compiles', (lang) => {
    for (const r of (lang === 'fr' ? FR_RESTRICTIONS : EN_RESTRICTIONS).rules) {
      expect(() => new RegExp(r.pattern.source, r.pattern.flags)).not.toThrow();
      expect(r.pattern.flags).toBe('giu');
    }
  });
});

describe('mayMatch', () => {
  const interdire = FR_RESTRICTIONS.rules.find((r) => r.ruleId === 'restrictions/fr/interdire')!.pattern;
  const sanction = EN_RESTRICTIONS.rules.find((r) => r.ruleId === 'restrictions/en/sanction')!.pattern;
  // [regex, text, may match]
  const rows: Array<[string, RuleRegExp, string, boolean]> = [
    ['fr: the stem is there', interdire, 'Le texte INTERDIT la vente de tabac aux mineurs.', true],
    ['fr: no stem', interdire, 'Le texte encadre la vente de tabac aux mineurs.', false],
    ['en: the stem is there', sanction, 'The EU imposed Sanctions on five officials.', true],
    ['en: no stem', sanction, 'The EU imposed tariffs on five officials.', false],
    // /s/iu matches the long s « ſ »: prefilterText reads it as "s"
    ['en: long s', sanction, 'The EU imposed ſanctions on five officials.', true],
  ];
  test.each(rows)('%s', (_name, re, text, want) => {
    expect(mayMatch(re, prefilterText(text))).toBe(want);
    re.lastIndex = 0;
    if (!want) expect(re.test(text)).toBe(false);
  });

  // soundness on real news: whenever a rule matches a sentence, the prefilters let it run there
  test.each(['en', 'fr'] as const)('never skips a rule that matches (%s fixture articles)', (lang) => {
    // restriction rules, and the claim extractor's denial, hedge and stance patterns
    const c = compile(reportingLexicon(lang));
    const rules = [
      ...(lang === 'fr' ? FR_RESTRICTIONS : EN_RESTRICTIONS).rules.map((r) => ({ ruleId: r.ruleId, pattern: r.pattern })),
      ...[...c.denials, ...c.hedgePatterns, ...c.stances].map((d) => ({ ruleId: d.ruleId, pattern: d.re })),
    ];
    let matches = 0;
    let skipped = 0;
    for (const text of fixtureArticles(lang)) {
      const lower = prefilterText(text);
      const tests = rules.map((r) => spanTest(r.pattern, text, lower));
      for (const s of splitSentences(text)) {
        rules.forEach((r, i) => {
          const may = tests[i]!(s.start, s.end);
          r.pattern.lastIndex = 0;
          if (!r.pattern.test(s.text)) { if (!may) skipped++; return; }
          matches++;
          expect([r.ruleId, mayMatch(r.pattern, lower), may]).toEqual([r.ruleId, true, true]);
        });
      }
    }
    expect(matches).toBeGreaterThan(10);
    expect(skipped).toBeGreaterThan(1000); // and the filter does skip work
  });

  test('spanTest: a literal must lie inside the span', () => {
    const text = 'Paris a interdit les voitures. Lyon non. Marseille les interdira.';
    const test = spanTest(FR_RESTRICTIONS.rules.find((r) => r.ruleId === 'restrictions/fr/interdire')!.pattern, text, prefilterText(text));
    const spans = splitSentences(text).map((s) => test(s.start, s.end));
    expect(spans).toEqual([true, false, true]);
    // a span cutting the literal in two holds no occurrence of it
    expect(test(0, text.indexOf('interdit') + 4)).toBe(false);
  });
});

describe('spanTestIfAny: null when no literal of the regex occurs in the document', () => {
  const text = 'Le gouvernement a interdit la vente. Puis il a levé l’interdiction.';
  const lower = prefilterText(text);
  test('a rule whose literals are absent: null, and spanTest answers false for every span', () => {
    const re = /(?<!\p{L})prohib(?:er|é)(?!\p{L})/giu;
    expect(spanTestIfAny(re, text, lower)).toBeNull();
    expect(spanTest(re, text, lower)(0, text.length)).toBe(false);
  });
  test('a rule whose literal occurs: the same span test as spanTest', () => {
    const re = /(?<!\p{L})interdi(?:re|t|ction)(?!\p{L})/giu;
    const test1 = spanTestIfAny(re, text, lower)!;
    const test2 = spanTest(re, text, lower);
    expect(test1).not.toBeNull();
    for (const [s, e] of [[0, 36], [37, text.length], [0, 5]] as const) expect(test1(s, e)).toBe(test2(s, e));
    expect(test1(0, 36)).toBe(true);
    expect(test1(0, 5)).toBe(false);
  });
  test('a regex without a known literal: always true', () => {
    expect(spanTestIfAny(/\p{Lu}\p{Ll}+/gu, text, lower)!(0, 3)).toBe(true);
  });
});
