/**
 * Language identification: franc-min on the first 2 000 characters, function
 * words on short texts, French writing marks on snippets with no function
 * word, unsupported languages flagged, texts without letters.
 */
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  test('a short text mostly in another script is not recognised and flagged unsupported; a short Latin-script one is not (third new-user trial)', () => {
    expect(detectLanguage('北京市政府宣布禁止使用TikTok。')).toEqual({ detected: 'und', language: 'en', unsupported: true });
    expect(detectLanguage('Правительство запретило TikTok.')).toEqual({ detected: 'und', language: 'en', unsupported: true });
    expect(detectLanguage('TikTok banned in Beijing.')).toEqual({ detected: 'en', language: 'en', unsupported: false });
    expect(detectLanguage('Le gouvernement interdit TikTok.')).toEqual({ detected: 'fr', language: 'fr', unsupported: false });
  });
  test.each([
    ['en article', readFileSync('fixtures/articles/seed-en/article.txt', 'utf8'), 'en'],
    ['fr article', readFileSync('fixtures/articles/seed-fr/article.txt', 'utf8'), 'fr'],
    ['en short, function words', 'Sam Altman said sales rose 10% in the quarter.', 'en'],
    ['fr short, function words', 'Les ventes de Renault ont augmenté de 5 %.', 'fr'],
    ['en snippet without function words', 'Amazon grew 2%.', 'en'],
    ['en snippet with a question mark', 'Why? Apple rose 5%: a record.', 'en'],
    ['fr snippet with an accent', 'Hausse prévue de 2 %.', 'fr'],
    ['fr snippet with French spacing before %', 'Renault grimpe 2 %.', 'fr'],
    ['fr snippet with guillemets', '« Victoire », titre Libération.', 'fr'],
    // franc alone answers German here: three English function words decide a short text
    ['en short sentence franc reads as German', 'Russia denied reports that its troops had crossed the border.', 'en'],
    // no listed function word; franc answers Swedish, by a near tie with Javanese
    ['fr short sentence franc reads as Italian', 'Kateri Tekakwitha sera canonisée le 21 octobre 2012.', 'fr'],
    ['en short sentence franc reads as Swedish', "A federal judge struck down Florida's law banning drag shows.", 'en'],
    // the "an" of « l'an » is no English article: a French elision votes French
    ['fr snippet whose only listed word is the "an" of « l\'an »', "L'Allemagne en a fermé 3 l'an dernier.", 'fr'],
    ['fr snippet with elisions and no accent', "Il gagne 3 000 euros l'an.", 'fr'],
    ['en snippet with possessive and contraction apostrophes', "It's O'Brien's turn, don't worry.", 'en'],
  ])('%s', (_label, text, language) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.detected).toBe(language);
    expect(guess.unsupported).toBe(false);
  });

  it('identifies a text in another script (letters of every script count here, not only the rules\' blocks)', () => {
    const zh = '北京市政府周一宣布，从下个月起，所有新建住宅都必须安装太阳能电池板。这项政策旨在减少城市的碳排放，并鼓励居民使用可再生能源。官员表示，该计划将在三年内全面实施。';
    expect(detectLanguage(zh + zh)).toMatchObject({ detected: 'cmn', unsupported: true });
  });

  it('flags a German text as unsupported and runs the closer rule set', () => {
    const de = 'Die Bundesregierung hat am Montag beschlossen, die Förderung für Elektroautos zu verlängern. '
      + 'Nach Angaben des Ministeriums sollen die Mittel bis zum Ende des Jahres reichen, sagte ein Sprecher in Berlin.';
    const guess = detectLanguage(de);
    expect(guess).toMatchObject({ detected: 'de', unsupported: true });
    expect(['en', 'fr']).toContain(guess.language);
  });

  it('keeps a short German sentence German (two English function words are not decisive)', () => {
    const guess = detectLanguage('Die Polizei hat in der Nacht drei Männer festgenommen, sagte ein Sprecher am Montag in Berlin.');
    expect(guess).toMatchObject({ detected: 'de', unsupported: true });
  });

  it('reads a long, repetitive English list as English although its trigrams say Romanian (language/function-word-share)', () => {
    const items = Array.from({ length: 10 }, (_, i) => `Item ${i + 1}: Oil prices rose ${i + 1}% on Monday, traders said.`).join('\n');
    expect(detectLanguage(items)).toEqual({ detected: 'en', language: 'en', unsupported: false });
  });

  it.each([
    ['es', 'El gobierno de España anunció el lunes que la inflación se moderó en octubre hasta el 3,5 %, según los datos publicados por el Instituto Nacional de Estadística. La ministra de Economía dijo que la tendencia de los precios es positiva y que el Ejecutivo mantendrá las ayudas a las familias durante el invierno. Los sindicatos, sin embargo, reclamaron una subida de los salarios para compensar la pérdida de poder adquisitivo de los trabajadores en los últimos dos años.'],
    ['nl', 'De Nederlandse regering heeft maandag aangekondigd dat de inflatie in oktober is gedaald tot 3,5 procent, volgens de cijfers van het Centraal Bureau voor de Statistiek. De minister van Economische Zaken zei dat de ontwikkeling van de prijzen positief is en dat het kabinet de steun aan gezinnen in de winter zal handhaven. De vakbonden vroegen echter om een loonsverhoging om het verlies aan koopkracht van de werknemers in de afgelopen twee jaar te compenseren.'],
  ])('keeps %s news of 400 letters in its language: its share of French or English function words is chance', (code, text) => {
    expect(detectLanguage(text)).toMatchObject({ detected: code, unsupported: true });
  });

  it('gives und for a text without letters', () => {
    expect(detectLanguage('12 345 — 67 %')).toEqual({ detected: 'und', language: 'en', unsupported: false });
  });
});
