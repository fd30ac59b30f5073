/**
 * Counts written as four-digit figures that look like years, denominators of proportions, stock indices named by a
 * number, model codes after a comparative or across a full stop, bare ranks before "out of N" / « sur N », and subsets
 * placed by their origin; English and French, with the look-alikes that must stay out.
 * Rules: metrics/year-like-count, metrics/proportion-denominator, labelWords (stock indices), metrics/count-model,
 * metrics/bare-rank, metrics/elided-place.
 */
import type { Language } from '../../src/types.js';
import { findMetric, foldSubject, metricsOf } from '../helpers/extractors.js';

type Found = [string, Language, string, number, string, 'increase' | 'decrease' | null, string, string[]];

describe('year-like counts, ranks, subsets, models: should find (value, unit, change, evidence, subject keywords)', () => {
  test.each<Found>([
    // metrics/year-like-count: outside the years of current affairs, a plural noun is enough
    ['en 1500 delegates', 'en', 'The summit drew 1500 delegates from 40 countries.', 1500, 'delegate', null, '1500 delegates', ['delegates']],
    ['en cut 1500 jobs', 'en', 'The carmaker said it would cut 1500 jobs in Spain.', 1500, 'job', 'decrease', 'cut 1500 jobs', ['jobs']],
    ['en employs 1800 people', 'en', 'The plant employs 1800 people near Derby.', 1800, 'person', null, '1800 people', ['people']],
    ['fr 1500 invités', 'fr', 'La ministre a reçu les 1500 invités du forum à Québec.', 1500, 'invité', null, '1500 invités', ['invités']],
    ['fr 1800 salariés', 'fr', "L'usine de Douai emploie 1800 salariés.", 1800, 'salarié', null, '1800 salariés', ['salariés']],
    // (a possible current year: a qualifier before it or a noun of people or jobs after it)
    ['en about 2000 troops', 'en', 'About 2000 troops will be sent to Romania.', 2000, 'troops', null, 'About 2000 troops', ['troops']],
    ['en said 2000 protesters', 'en', 'Police said 2000 protesters marched on the embassy.', 2000, 'protester', null, '2000 protesters', ['protesters']],
    ['fr environ 2000 manifestants', 'fr', 'Environ 2000 manifestants ont défilé à Rennes.', 2000, 'manifestant', null, 'Environ 2000 manifestants',
      ['manifestants']],
    // metrics/bare-rank before "out of N", « sur N »
    ['en ranks 12th out of 180', 'en', 'The country ranks 12th out of 180 in the press freedom index.', 12, 'rank', null, 'country ranks 12th',
      ['country']],
    ['fr classée 24e sur 180 pays', 'fr', 'La France est classée 24e sur 180 pays par RSF.', 24, 'rang', null, 'France est classée 24e', ['France']],
    // metrics/count-model: a comparative between the count and the model code
    ['en 20 more 787 Dreamliner jets', 'en', 'Emirates ordered 20 more 787 Dreamliner jets on Monday.', 20, 'jet', 'increase',
      '20 more 787 Dreamliner jets', ['787 Dreamliner jets']],
    // metrics/elided-place: a subset placed by its origin
    ['fr dont 39 du RN', 'fr', 'Au total, 76 députés ont été élus dès le premier tour, dont 39 du RN.', 39, 'député', null, '39', ['RN']],
    ['en including 39 from the RN', 'en', 'In all, 76 MPs were elected, including 39 from the RN.', 39, 'mp', null, '39', ['RN']],
    // metrics/<lang>/currency-elided: a noun of money after the scale; a headline takes the currency of its lead
    ['fr headline « 40 milliards d’économies »', 'fr', "Budget : Bercy cherche 40 milliards d'économies\n\nLe gouvernement veut réaliser 40 milliards d'euros d'économies en 2026.",
      40e9, 'EUR', null, '40 milliards', ['économies']],
    ['fr « 12 milliards d’économies » after another amount', 'fr',
      "Le budget 2026 compte 40 milliards d'euros d'économies. Le plan prévoit 5 milliards de recettes et 12 milliards d'économies.",
      12e9, 'EUR', null, '12 milliards', ['économies']],
    ['en headline "40 billion in savings"', 'en', 'Treasury seeks 40 billion in savings\n\nThe Treasury wants to find £40 billion in savings next year.',
      40e9, 'GBP', null, '40 billion', ['savings']],
  ])('%s', (_label, lang, text, value, unit, change, evidence, keys) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.change).toBe(change);
    expect(m!.evidence.text).toBe(evidence);
    expect(text.slice(m!.evidence.start, m!.evidence.end)).toBe(evidence);
    for (const k of keys) expect(foldSubject(m!.subject)).toContain(foldSubject(k));
  });
});

describe('year-like figures, proportions, indices, addresses: not a metric', () => {
  test.each<[string, Language, string, number, string]>([
    // metrics/year-like-count: years before a plural noun stay years
    ['en in 2019 sales', 'en', 'In 2019 sales rose by a fifth.', 2019, 'sale'],
    ['en by 2030 emissions', 'en', 'By 2030 emissions will have to fall sharply.', 2030, 'emission'],
    ['en the 2020 elections', 'en', 'The 2020 elections were tense in Georgia.', 2020, 'election'],
    ['en its 2023 accounts', 'en', 'Its 2023 accounts showed a loss.', 2023, 'account'],
    ['en in 1789 revolutionaries', 'en', 'In 1789 revolutionaries stormed the Bastille.', 1789, 'revolutionary'],
    ['fr en 2019 les ventes', 'fr', 'En 2019 les ventes ont progressé.', 2019, 'vente'],
    ['fr depuis 2015 prix', 'fr', 'Depuis 2015 prix et salaires ont divergé.', 2015, 'prix'],
    ['fr les JO 2024 visiteurs', 'fr', 'Les JO de 2024 ont attiré des visiteurs.', 2024, 'visiteur'],
    // metrics/proportion-denominator
    ['en one in five adults', 'en', 'One in five adults smokes, the survey found.', 5, 'adult'],
    ['en two in three voters', 'en', 'Two in three voters backed him.', 3, 'voter'],
    ['fr un ménage sur dix consacre', 'fr', "Un ménage sur dix consacre 8 % de ses revenus à l'énergie.", 10, 'consacre'],
    ['fr un salarié sur trois travaille', 'fr', 'Un salarié sur trois travaille le dimanche.', 3, 'travaille'],
    // stock indices are labels (labelWords)
    ['fr le CAC 40 termine', 'fr', 'Le CAC 40 termine en baisse de 0,8 %.', 40, 'termine'],
    ['fr le SBF 120 progresse', 'fr', 'Le SBF 120 progresse de 1 %.', 120, 'progresse'],
    ['en the FTSE 100 closed', 'en', 'The FTSE 100 closed lower on Friday.', 100, 'closed'],
    // metrics/count-model: an address, then a model across a full stop; a model code after a comparative
    ['en address then a model', 'en', 'He lives at 221 Baker Street. The Boeing 737 jets were grounded.', 221, 'jet'],
    ['en model code after "more"', 'en', 'Emirates ordered 20 more 787 Dreamliner jets on Monday.', 787, 'jet'],
    // metrics/<lang>/currency-elided: no count of the noun of money
    ['fr « 40 milliards d’économies » is no count', 'fr', "Budget : Bercy cherche 40 milliards d'économies\n\nLe gouvernement veut réaliser 40 milliards d'euros d'économies en 2026.",
      40e9, 'économie'],
    // (nor money without any currency in the article)
    ['fr « 2 millions de dépenses » without a currency', 'fr', "La commune a engagé 2 millions de dépenses imprévues.", 2e6, 'EUR'],
  ])('%s', (_label, lang, text, value, unit) => {
    expect(findMetric(metricsOf(text, lang), value, unit)).toBeUndefined();
  });
});

describe('kept as they were', () => {
  test.each<[string, Language, string, number, string, string]>([
    // a period after « sur » stays a duration (metrics/proportion-denominator)
    ['fr un contrat sur dix ans', 'fr', "L'État a signé un contrat sur dix ans avec Thales.", 10, 'an', 'dix ans'],
    // the denominator of "one in five" is left out, not the count after it
    ['en a count after a proportion', 'en', 'One in five adults smokes, and 300 clinics offer help.', 300, 'clinic', '300 clinics'],
    // the total after a bare rank stays a count
    ['fr le total après un rang', 'fr', 'La France est classée 24e sur 180 pays par RSF.', 180, 'pays', '180 pays'],
  ])('%s', (_label, lang, text, value, unit, evidence) => {
    const m = findMetric(metricsOf(text, lang), value, unit);
    expect(m).toBeDefined();
    expect(m!.evidence.text).toBe(evidence);
  });
});
