/**
 * Restriction fixes of the fifth new-user trial (s19-rtrial), EN and FR, each with look-alikes: a tariff cut is no sanction
 * (restrictions/en/tariff-reduced), an opposition is no refusal (en/oppose, en/opposed-to, fr/s-opposer, fr/oppose-a-projet,
 * fr/opposition-a dropped), « droits de douane » are no rights (restrictions/fr/supprimer-droit).
 */
import { extract } from '../../src/index.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { NameKind } from '../helpers/actors.js';
import type { Language } from '../../src/types.js';

const run = (lang: Language, text: string, actors: NameKind[] = []) => restrictionsOf(lang, text, actors);
const brief = (lang: Language, text: string, actors: NameKind[] = []) =>
  run(lang, text, actors).map((r) => `${r.kind} ${r.status} ${r.ruleId} «${r.evidence.text}»`);

describe('a tariff cut liberalises: no sanction (restrictions/en/tariff-reduced)', () => {
  test.each([
    ['en', 'The deal will cut tariffs on 91% of goods traded between the blocs.'],
    ['en', 'The agreement is lowering duties on $40 billion of exports.'],
    ['en', 'The pact slashes import duties on 5,000 products.'],
    ['fr', "L'accord supprimera les droits de douane sur 91 % des marchandises échangées."],
    ['fr', "L'accord réduira les droits de douane sur 91 % des marchandises."],
  ] as const)('%s: %s', (lang, text) => {
    expect(brief(lang, text)).toEqual([]);
  });
  it('en: a removal of tariffs stays a lifted sanction ("eliminates import duties on 5,000 products")', () => {
    const rs = run('en', 'The deal eliminates import duties on 5,000 products.');
    expect(rs.map((r) => `${r.kind} ${r.status}`)).toEqual(['sanction lifted']);
  });
  it('look-alike en: a tariff raised or imposed stays an active sanction', () => {
    const rs = run('en', 'Washington raised tariffs on $200 billion of Chinese goods.', [['Washington', 'government']]);
    expect(rs.map((r) => `${r.kind} ${r.status} ${r.imposedBy?.name}`)).toEqual(['sanction active Washington']);
    expect(brief('en', 'Tariffs on $200 billion of Chinese goods took effect on Friday.')).toHaveLength(1);
  });
  it('look-alike fr: a right withdrawn is still a limit (« supprime le droit de grève »)', () => {
    expect(run('fr', 'La loi supprime le droit de grève des policiers.').map((r) => r.kind)).toEqual(['limit']);
  });
});

describe('an opposition is a stance, not a refusal', () => {
  test.each([
    ['en', 'French farmers oppose the agreement.'],
    ['en', 'France opposed the trade deal with Mercosur.'],
    ['en', 'The union is firmly opposed to the pension reform.'],
    ['fr', 'Le syndicat est opposé à la réforme.'],
    ['fr', "Paris s'oppose à l'accord commercial avec le Mercosur."],
    ['fr', 'Berlin s’oppose fermement à la mutualisation des dettes.'],
    ['fr', 'Berlin a réaffirmé son opposition au projet de mutualisation des dettes.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(brief(lang, text)).toEqual([]);
  });
  it('look-alikes: a refusal stays one ("refused to sign", « fin de non-recevoir », « a rejeté »)', () => {
    expect(run('en', 'The farmers refused to sign the agreement.').map((r) => r.kind)).toEqual(['refusal']);
    const fr = run('fr', 'Londres a opposé une fin de non-recevoir à la demande de Bruxelles.', [['Londres', 'government'], ['Bruxelles', 'government']]);
    expect(fr.map((r) => `${r.kind} ${r.ruleId} ${r.imposedBy?.name}`)).toEqual(['refusal restrictions/fr/fin-de-non-recevoir Londres']);
    expect(run('fr', "Le Sénat a rejeté l'amendement.").map((r) => r.kind)).toEqual(['refusal']);
  });
  it('full pipeline en: no refusal from "oppose"', () => {
    expect(extract('French farmers oppose the agreement.', { language: 'en' }).restrictions).toEqual([]);
  });
});
