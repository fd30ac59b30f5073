/**
 * Actor rules that generalise over news writing (English and French):
 * table-driven should-find / should-not-find / linking rows for holidays,
 * lower-case roles before a name, acronyms defining their expansion,
 * "gouvernement X", "État de X", capital-city metonyms, countries as
 * parties, description aliases without a preposition, institutions with a
 * lower-case head ("l'université de Caen").
 */
import { extractActors } from '../../src/extractors/actors.js';
import { analyse } from '../../src/analyse.js';
import type { Actor, Language } from '../../src/types.js';

const actorsOf = (text: string, lang: Language): Actor[] => extractActors(analyse(text, lang));
const byName = (actors: Actor[], name: string): Actor | undefined =>
  actors.find((a) => a.name === name || a.aliases.includes(name));

type FindRow = [string, Language, string, string, Actor['kind']];

describe('actors (general rules): should find (name, kind)', () => {
  test.each<FindRow>([
    ['fr lower-case role before a surname', 'fr', 'Dans la soirée, le président Obama a suspendu sa campagne.', 'Obama', 'person'],
    ['en lower-case role before a surname', 'en', 'The talks were led by the prime minister Papadimos in Athens.', 'Papadimos', 'person'],
    ['fr known agency glued to a person', 'fr', '« Le risque est réel », a expliqué à l\'AFP Gilles Séralini, professeur.', 'AFP', 'organization'],
    ['fr person after known agency', 'fr', '« Le risque est réel », a expliqué à l\'AFP Gilles Séralini, professeur.', 'Gilles Séralini', 'person'],
    ['en Incorporated suffix', 'en', 'Workers at Ceramtech Incorporated built the device.', 'Ceramtech Incorporated', 'organization'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

type NotRow = [string, Language, string, string];

describe('actors (general rules): should not find', () => {
  test.each<NotRow>([
    ['fr holiday', 'fr', 'Les ventes ont bondi à Noël, selon Carrefour.', 'Noël'],
    ['en holiday', 'en', 'Sales rose before Christmas, Walmart said.', 'Christmas'],
    ['fr holiday at sentence start', 'fr', 'Pâques tombe tôt cette année, a noté la SNCF.', 'Pâques'],
    ['en holiday run', 'en', 'The song was the Christmas No. 1 in Britain.', 'Christmas No. 1'],
    ['en common words after a place are not a person', 'en', 'Workers at The Idaho National Engineering Laboratory agreed.', 'National Engineering'],
  ])('%s', (_name, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});

type LinkRow = [string, Language, string, string, string];

describe('actors (general rules): aliases link to one actor', () => {
  test.each<LinkRow>([
    ['fr role description then surname', 'fr', 'Le président Obama a suspendu sa campagne. Obama rentre à Washington.', 'Obama', 'Le président'],
  ])('%s', (_name, lang, text, name, alias) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, name);
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(alias);
    expect(actors.filter((x) => [x.name, ...x.aliases].includes(alias))).toHaveLength(1);
  });
});
