/**
 * Name keys (the lookup keys of actor linking): a leading article is dropped
 * only when it is a word of its own, so a surname starting with "Le"/"The"
 * ("Leyen", "Theresa") keeps its letters and links to the full name; US
 * state abbreviations after a town ("Oakland, Calif.") are places.
 */
import { fold, nameKey } from '../../src/extractors/actors/normalize.js';
import { lookupName, mayEndKnownName } from '../../src/extractors/actors/gazetteer.js';
import { actorsOf } from '../helpers/actors.js';

describe('nameKey', () => {
  test.each([
    ['The Guardian', 'guardian'], ['Le Monde', 'monde'], ["l'Élysée", 'elysee'], ['Les Échos', 'echos'], ['La Poste', 'poste'],
    ['Leyen', 'leyen'], ['Theresa May', 'theresa may'], ['Lebanon', 'lebanon'], ['Laval', 'laval'], ['Lesotho', 'lesotho'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('a surname with a particle links to the full name', () => {
  test.each([
    ['en', 'Ursula von der Leyen spoke on Monday in Brussels about trade. Later, von der Leyen said the bloc would respond.', 'Ursula von der Leyen'],
    ['fr', "Ursula von der Leyen s'est exprimée lundi à Bruxelles. Plus tard, von der Leyen a annoncé une riposte.", 'Ursula von der Leyen'],
    ['en', 'Theresa Lebrun, the mayor, spoke on Monday. Lebrun said the town would appeal.', 'Theresa Lebrun'],
  ] as const)('%s: %s', (lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.filter((a) => a.kind !== 'place').map((a) => a.name)).toEqual([name]);
  });
});

describe('US state abbreviations after a town (AP style) are places, and so is the town', () => {
  test.each([
    ['OAKLAND, Calif., March 3, 2026 - Port workers went on strike.', ['OAKLAND', 'Calif.']],
    ['Officials in Albany, N.Y., and Tallahassee, Fla., said they would watch the vote.', ['Albany', 'N.Y.', 'Tallahassee', 'Fla.']],
  ])('%s', (text, places) => {
    const actors = actorsOf(text, 'en');
    for (const p of places) expect(actors.find((a) => a.name === p)?.kind).toBe('place');
  });
  test('not without the town, the comma and the dot: "Pa Kettle" stays a person, "Mass" and "Ind." are no places', () => {
    const actors = actorsOf('Pa Kettle said that Mass was long, then Ind. Rep. Smith left.', 'en');
    expect(actors.find((a) => a.name === 'Pa Kettle')?.kind).toBe('person');
    expect(actors.some((a) => a.kind === 'place')).toBe(false);
  });
});

describe('"and" inside an institution name ending in its head (actors/and-institution)', () => {
  test.each([
    ['The International Longshore and Warehouse Union signed a deal with the port.', 'International Longshore and Warehouse Union'],
    ['The Food and Drug Administration approved the drug on Monday.', 'Food and Drug Administration'],
    ['The Securities and Exchange Commission fined the bank.', 'Securities and Exchange Commission'],
  ])('%s', (text, name) => {
    expect(actorsOf(text, 'en').map((a) => a.name)).toEqual([name]);
  });
  test.each([
    ['The editor of Defense News and Air Force Times spoke.', ['Defense News', 'Air Force Times']],
    ['Officials from France and European Commission met.', ['France', 'European Commission']],
    ['The OSD and Air Force staff met on Monday.', ['OSD', 'Air Force']],
  ])('two actors: %s', (text, names) => {
    expect(actorsOf(text, 'en').map((a) => a.name)).toEqual(names);
  });
});

describe('nameKey: plain ASCII names take a shorter path to the same key', () => {
  /** The key as the general path computes it (fold, dots and commas, white space and hyphens, trim, possessive, article). */
  const general = (s: string): string => {
    let k = fold(s).replace(/[.,]/g, '').replace(/[\s\u00a0\u202f-]+/g, ' ').trim();
    k = k.replace(/'s$/, '').replace(/'$/, '');
    const stripped = k.replace(/^(?:(?:the|le|la|les)\s+|l')/, '');
    return stripped.length > 0 ? stripped : k;
  };
  test.each([
    ['Barack Obama', 'barack obama'], ['The Pentagon', 'pentagon'], ["Sears Holdings's", 'sears holdings'], ["Lands' End", "lands' end"],
    ['the', 'the'], ["l'", 'l'], ['Les Echos', 'echos'], ['AT&T', 'at&t'],
    // not plain: the general path
    ['U.S. Department of Defense', 'us department of defense'], ['Hewlett-Packard', 'hewlett packard'], ['Barack  Obama', 'barack obama'],
    [' Kmart ', 'kmart'], ['Élysée', 'elysee'], ['Rock `n Roll', "rock 'n roll"],
  ])('%j → %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
    expect(general(name)).toBe(key);
  });
  test('random strings of letters, spaces, apostrophes and punctuation: the same key as the general path', () => {
    const alphabet = "aAeEhHlLsStT '’.,-`\u00a0é";
    let seed = 7;
    const next = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let j = next() % 9; j > 0; j--) s += alphabet[next() % alphabet.length];
      expect(nameKey(s)).toBe(general(s));
    }
  });
});

describe('mayEndKnownName: lower-case words no known name ends with', () => {
  test('a last word of a known name may end one; another lower-case word may not', () => {
    expect(lookupName('Banque mondiale')).toBeDefined();
    expect(mayEndKnownName('mondiale')).toBe(true);
    expect(mayEndKnownName('hier')).toBe(false);
    expect(lookupName('Banque mondiale hier')).toBeUndefined();
  });
  test('words that are not plain lower-case ASCII are not judged', () => {
    expect(mayEndKnownName('unies.')).toBe(true);
    expect(mayEndKnownName('État')).toBe(true);
    expect(mayEndKnownName("d'hier")).toBe(true);
  });
});
