/**
 * Contract fixes of the fifth new-user trial (s19-rtrial), EN and FR, with look-alikes, through the whole pipeline: the approver of
 * an agreement already told is no party of a new one (contracts/<lang>/approved-by-not-party), an agreement accepted in an awaited
 * clause ("until Russia accepts a ceasefire", « jusqu'à ce que la Russie accepte un cessez-le-feu ») is none made
 * (contracts/<lang>/awaited-clause).
 */
import { extract } from '../../src/index.js';
import type { Language } from '../../src/types.js';

const contracts = (language: Language, text: string) =>
  extract(text, { language }).contracts.map((c) => `${c.kind} ${c.status} [${c.parties.map((p) => p.name).join(', ')}]`);

describe('the approver of a known agreement is no party (contracts/<lang>/approved-by-not-party)', () => {
  test.each([
    ['en', 'The EU and Mercosur signed a trade agreement on Friday. The agreement must be approved by the European Parliament.', ['agreement signed [EU, Mercosur]']],
    ['en', 'The EU and Mercosur signed a trade agreement on Friday. The deal still needs to be ratified by national parliaments in France and Germany.', ['agreement signed [EU, Mercosur]']],
    ['fr', "L'UE et le Mercosur ont signé un accord commercial vendredi. L'accord doit encore être ratifié par le Parlement européen.", ['agreement signed [UE, Mercosur]']],
    ['en', 'The agreement must be approved by the European Parliament.', []],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(contracts(lang, text)).toEqual(expected);
  });
  it('look-alikes: a treaty ratified by its states, an agreement signed by a new party, keep their parties', () => {
    expect(contracts('en', 'The treaty was ratified by France and Germany in 1992.')).toEqual(['treaty signed [France, Germany]']);
    expect(contracts('en', 'A treaty was ratified by France and Germany in 1992.')).toEqual(['treaty signed [France, Germany]']);
  });
});

describe('an agreement in an awaited clause is none made (contracts/<lang>/awaited-clause)', () => {
  test.each([
    ['fr', "« Nous ne négocierons pas jusqu'à ce que la Russie accepte un cessez-le-feu », a déclaré le président ukrainien."],
    ['fr', 'Kiev attend que Moscou accepte un cessez-le-feu.'],
    ['fr', "Tant que l'Iran n'aura pas signé un accord, les sanctions resteront."],
    ['en', 'We will not negotiate until Russia accepts a ceasefire, the president said.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(contracts(lang, text)).toEqual([]);
  });
  it('look-alikes: an accepted ceasefire stays one; a hypothesis stays proposed', () => {
    expect(contracts('fr', 'La Russie a accepté un cessez-le-feu.')).toEqual(['treaty signed [Russie]']);
    expect(contracts('en', 'Russia accepted a ceasefire on Monday.')).toEqual(['treaty signed [Russia]']);
    expect(contracts('en', 'If Russia accepts a ceasefire, talks could resume.')).toEqual(['treaty proposed [Russia]']);
  });
});
