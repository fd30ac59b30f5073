/**
 * Roles written before the holder's name (actors/role-before-name): the organisation then the office ("Fed chair Jerome
 * Powell", "Tesla chief executive Elon Musk"), the office then "of"/« de » and the organisation, closed by a comma (« le
 * patron de Renault, Luca de Meo »), and a capitalised title whose complement names a known body (« le PDG de Danone
 * Emmanuel Faber » — actors/title-complement-body), which must stay an actor of its own. EN and FR.
 */
import type { Language } from '../../src/types.js';
import { actorsOf, byName } from '../helpers/actors.js';

/** [label, language, text, person, role, roleOf name or null]. */
type RoleRow = [string, Language, string, string, string, string | null];

describe('actors: a role written before the name', () => {
  test.each<RoleRow>([
    ['en organisation, office, name', 'en', 'Tesla chief executive Elon Musk said the plant would open in March.',
      'Elon Musk', 'chief executive', 'Tesla'],
    ['en short form "chair"', 'en', 'Fed chair Jerome Powell said rates would stay high for longer.', 'Jerome Powell', 'chair', 'Fed'],
    ['en short form "boss"', 'en', 'Apple boss Tim Cook met suppliers in Shenzhen on Tuesday.', 'Tim Cook', 'boss', 'Apple'],
    ['en possessive organisation', 'en', 'Microsoft\'s chief executive Satya Nadella said the deal would close this year.',
      'Satya Nadella', 'chief executive', 'Microsoft'],
    ['en party leader', 'en', 'Labour leader Keir Starmer said the budget would hurt families.', 'Keir Starmer', 'leader', 'Labour'],
    ['en compound office is whole', 'en', 'Tariffs will rise again next year, said Commerzbank chief economist Jörg Krämer.', 'Jörg Krämer', 'chief economist', 'Commerzbank'],
    ['fr office de organisation, comma, name', 'fr', 'Le patron de Renault, Luca de Meo, a présenté le plan lundi.',
      'Luca de Meo', 'patron', 'Renault'],
    ['fr office de la body, name', 'fr', 'La présidente de la Commission européenne Ursula von der Leyen a répondu aux députés.',
      'Ursula von der Leyen', 'présidente', 'Commission européenne'],
    ['fr capitalised title, known company, name', 'fr', 'Le PDG de Danone Emmanuel Faber a annoncé un plan social.',
      'Emmanuel Faber', 'PDG', 'Danone'],
    ['fr title de l\'acronym, name', 'fr', 'Le secrétaire général de l\'ONU Antonio Guterres a appelé à un cessez-le-feu.',
      'Antonio Guterres', 'secrétaire général', 'ONU'],
    ['en capitalised title of a known body', 'en', 'President of the European Commission Ursula von der Leyen said the bloc would respond.',
      'Ursula von der Leyen', 'President', 'European Commission'],
    // an apposition "the chair of the Federal Reserve": the article after "of" (re-trial)
    ['en apposition, of the government body', 'en', 'Jerome Powell, the chair of the Federal Reserve, said rates would stay high.',
      'Jerome Powell', 'chair', 'Federal Reserve'],
    // a place's office keeps its whole title and names no organisation
    ['en office of a country keeps its title', 'en', 'He had lunch with the President of Brazil, Luiz Inácio Lula da Silva, on Monday.',
      'Luiz Inácio Lula da Silva', 'President of Brazil', null],
    // a portfolio names no actor and stays in the role
    ['fr portfolio stays in the role', 'fr', 'Le ministre de l\'Économie Bruno Le Maire a reçu les syndicats.',
      'Bruno Le Maire', 'ministre de l\'Économie', null],
  ])('%s', (_label, lang, text, person, role, of) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, person);
    expect(a?.kind).toBe('person');
    expect(a?.role).toBe(role);
    expect(a?.roleOf?.name ?? null).toBe(of);
    // the organisation holding the office is an actor of its own
    if (of) expect(byName(actors, of)?.kind).toMatch(/^(?:organization|government)$/);
  });

  test.each<[string, Language, string, string]>([
    // the widow of the late president of X is not the office holder
    ['fr a relative of the office holder', 'fr', 'La veuve de l\'ancien président de l\'Autorité palestinienne, Souha Arafat, a demandé une enquête.',
      'Souha Arafat'],
    ['en a relative of the office holder', 'en', 'The widow of the late president of the Palestinian Authority, Suha Arafat, asked for an inquiry.',
      'Suha Arafat'],
  ])('no office: %s', (_label, lang, text, person) => {
    const a = byName(actorsOf(text, lang), person);
    expect(a?.kind).toBe('person');
    expect(a?.roleOf ?? null).toBeNull();
  });
});
