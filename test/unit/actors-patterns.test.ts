/**
 * Actor rules written from the language patterns behind the misses of the
 * twelve articles moved into tune (EN and FR): name particles, countries
 * that act, a demonym government and its country, shorter and longer forms
 * of a person's name, an acronym before its expansion, an office before its
 * holder, quoted titles, newspaper heads, heading places, nouns of
 * geography, armed forces, a bare government, seats qualifying their body,
 * committee phrases, foreign articles and plural common nouns. Table-driven
 * should-find, should-not-find and linking rows.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (patterns): should find (name, kind)', () => {
  test.each<FindRow>([
    // actors/name-particle
    ['en lower-case particle arap inside a name', 'en', 'The project was opposed during Daniel arap Moi\'s rule, and Moi resisted.',
      'Daniel arap Moi', 'person'],
    ['fr lower-case particle ibn inside a name', 'fr', 'Le royaume fut fondé par Abdelaziz ibn Saoud en 1932.', 'Abdelaziz ibn Saoud', 'person'],
    // actors/country-represented
    ['en a country someone represents is the state', 'en', 'The delegation representing Brazil at the funeral returned today.', 'Brazil',
      'government'],
    ['fr a country someone represents is the state', 'fr', 'La délégation représentant le Brésil aux obsèques est rentrée hier.', 'Brésil',
      'government'],
    ['fr a country after "entre" and its article is a party', 'fr', 'Un accord entre la France et la Belgique est prévu.', 'France',
      'government'],
    // acting cues of state acts (actors/country-acting)
    ['en a country declaring mourning is the state', 'en', 'After the crash, Brazil declared three days of national mourning.', 'Brazil',
      'government'],
    ['fr a country decreeing mourning is the state', 'fr', 'Après l\'accident, le Brésil décrète trois jours de deuil national.', 'Brésil',
      'government'],
    // actors/fr/country-clitic-verb
    ['fr country, clitic, verb', 'fr', 'En réponse, l\'Équateur lui a donc officiellement accordé l\'asile politique.', 'Équateur', 'government'],
    ['fr country, negation, verb', 'fr', 'Selon lui, la Suisse ne peut pas extrader le suspect.', 'Suisse', 'government'],
    // actors/title-before with military ranks
    ['fr rank before a surname', 'fr', 'Le Royaume-Uni avait protégé le général Pinochet en refusant de l\'extrader.', 'Pinochet', 'person'],
    ['en rank before a surname', 'en', 'Britain had shielded the former general Pinochet from extradition.', 'Pinochet', 'person'],
    // browsers in the gazetteer
    ['en browser after its maker', 'en', 'Firefox is a competitor to Microsoft\'s Internet Explorer, which holds 90% of the market.',
      'Internet Explorer', 'product'],
    ['fr browser after its noun', 'fr', 'Le navigateur Internet Explorer perd des parts de marché.', 'Internet Explorer', 'product'],
    // actors/en/government-phrase-time, actors/en/state-mission, actors/fr/state-mission
    ['en time adjective before a demonym government', 'en', 'He criticised the current Austrian government which is led by the chancellor.',
      'Austrian government', 'government'],
    ['fr demonym government after a time adjective', 'fr', 'Il a critiqué l\'actuel gouvernement autrichien devant le congrès.',
      'gouvernement autrichien', 'government'],
    ['en a state\'s interests section', 'en', 'Billboards stand outside the U.S. interests section in Havana.', 'U.S. interests section',
      'government'],
    ['fr a state\'s embassy', 'fr', 'L\'ambassade américaine a également subi d\'importants dommages.', 'ambassade américaine', 'government'],
    // actors/office-holder
    ['en office before its holder', 'en', 'The chief-minister of Civil House José Dirceu was a member of the delegation.', 'José Dirceu',
      'person'],
    ['fr office before its holder', 'fr', 'Hier, le ministre de la Maison Civile José Dirceu a parlé aux journalistes.', 'José Dirceu', 'person'],
    // actors/mixed-case-initial
    ['en mixed-case name at a paragraph start', 'en', 'The delegation returned.\n\nPCdoB (Brazilian communist political party) Deputy Jamil Murad spoke.',
      'PCdoB', 'organization'],
    ['fr mixed-case name at a sentence start', 'fr', 'La délégation est rentrée. PCdoB (parti communiste du Brésil) a salué son retour.',
      'PCdoB', 'organization'],
    // actors/quoted-title
    ['fr quoted title after vidéo', 'fr', 'Les documents ont été diffusés, notamment par la vidéo « Collateral Murder ».', 'Collateral Murder',
      'product'],
    ['en quoted title after video', 'en', 'WikiLeaks released the video "Collateral Murder" in April.', 'Collateral Murder', 'product'],
    // newspaper title heads
    ['en newspaper named after a demonym', 'en', '"The homes were flattened," the Indian Express reported about the demolition.', 'Indian Express',
      'organization'],
    ['fr newspaper with an English head', 'fr', 'Selon le Philadelphia Inquirer, le maire a démissionné.', 'Philadelphia Inquirer', 'organization'],
    // actors/heading-place
    ['fr place opening a heading before a colon', 'fr', 'Allemagne : l\'armée autorisée à intervenir\n\n17 août 2012. - La Cour constitutionnelle a statué.',
      'Allemagne', 'place'],
    ['en place opening a heading before a colon', 'en', 'Mumbai: thousands of homes razed\n\nOfficials said the demolitions would go on.',
      'Mumbai', 'place'],
    // actors/place-head
    ['fr noun of geography opening a name', 'fr', 'Le député a été exclu. Il vit aux Îles Baléares depuis longtemps.', 'Îles Baléares', 'place'],
    ['en noun of geography opening a name', 'en', 'The fishermen were rescued on Lake Victoria on Monday.', 'Lake Victoria', 'place'],
    ['en noun of geography closing a name', 'en', 'The storm moved across the Indian Ocean on Monday.', 'Indian Ocean', 'place'],
    // actors/place-noun-name
    ['fr lower-case islands noun is part of the name', 'fr', 'Il était dans une station-service des îles Sanguinaires, près du centre.',
      'îles Sanguinaires', 'place'],
    ['fr lower-case lake noun is part of the name', 'fr', 'Le bateau a coulé sur le lac Léman mardi.', 'lac Léman', 'place'],
    // actors/fr/armed-forces, actors/en/armed-forces
    ['fr armed forces without an adjective', 'fr', 'Aucune intervention des forces armées n\'était autorisée sur le territoire.', 'forces armées',
      'government'],
    ['en armed forces without a demonym', 'en', 'The court ruled that the armed forces may intervene at home.', 'armed forces', 'government'],
    // actors/bare-government
    ['fr a bare government no actor stands for', 'fr', 'La Cour a tranché. Il appartient seul au gouvernement d\'estimer les cas d\'urgence.',
      'gouvernement', 'government'],
    ['en a bare government no actor stands for', 'en', 'The court ruled on Friday. Only the government may decide when to act.',
      'government', 'government'],
    // actors/person-list
    ['en one-word name among persons', 'en', 'It was recorded by artists including Bono, Bob Geldof, Paul McCartney and George Michael.',
      'Bono', 'person'],
    ['fr one-word name among persons', 'fr', 'Le disque réunit des artistes comme Jean-Jacques Goldman, Zazie et Patrick Bruel.', 'Zazie',
      'person'],
    // actors/name-roman, gazetteer space stations
    ['en name and a Roman numeral', 'en', 'The rocket was derived from the Titan III used in the 1960s.', 'Titan III', 'product'],
    ['fr name and a Roman numeral', 'fr', 'La fusée dérive du Titan III utilisé dans les années 1960.', 'Titan III', 'product'],
    ['en a pope\'s name and numeral stays a person', 'en', 'Pope John Paul II visited the city in 1987.', 'John Paul II', 'person'],
    ['fr a king\'s name and numeral stays a person', 'fr', 'Le château fut bâti sous Louis XIV au XVIIe siècle.', 'Louis XIV', 'person'],
    ['en the space station', 'en', 'The capsule docked with the ISS on Friday.', 'ISS', 'product'],
    ['fr the space station', 'fr', 'La capsule doit rejoindre l\'ISS vendredi.', 'ISS', 'product'],
    // actors/body-phrase
    ['en committee named after a prize', 'en', 'She won the prize. The Nobel committee cited her contribution to peace.', 'Nobel committee',
      'organization'],
    ['fr committee named after a prize', 'fr', 'Elle a reçu le prix. Le comité Nobel a salué son travail.', 'comité Nobel', 'organization'],
  ])('%s', (_name, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
});

type NotRow = [string, Language, string, string];

describe('actors (patterns): should not find', () => {
  test.each<NotRow>([
    ['en given name alone before a particle', 'en', 'The project was opposed during Daniel arap Moi\'s rule.', 'Daniel'],
    ['en office is not the person', 'en', 'The chief-minister of Civil House José Dirceu was a member of the delegation.', 'Civil House José Dirceu'],
    ['fr office is not the person', 'fr', 'Hier, le ministre de la Maison Civile José Dirceu a parlé aux journalistes.', 'Maison Civile José Dirceu'],
    // actors/place-noun-name: only nouns that open a place's name, not "the capital X", « l'île de X »
    ['en capital noun stays out of the name', 'en', 'She is stationed in the provincial capital Banda Aceh.', 'capital Banda Aceh'],
    ['fr noun of geography and de stay out of the name', 'fr', 'Le bateau a coulé près de l\'île de Porquerolles.', 'île de Porquerolles'],
    // actors/foreign-article
    ['fr foreign article before a title', 'fr', 'Elle animait une émission intitulée Los desayunos depuis 2010.', 'Los'],
    ['en foreign article before a title', 'en', 'She hosted a show called Los desayunos until Friday.', 'Los'],
    // actors/quoted-title: only after a noun of works
    ['en quoted phrase without a noun of works', 'en', 'He called the attack "Collateral Murder" in April.', 'Collateral Murder'],
    ['fr quoted phrase without a noun of works', 'fr', 'Il a qualifié l\'attaque de « Collateral Murder » en avril.', 'Collateral Murder'],
    // actors/heading-place: only a heading's opening place before a colon
    ['en place inside a heading', 'en', 'Floods hit villages in France\n\nOfficials said the water was rising.', 'France'],
    ['fr place inside a heading', 'fr', 'Des inondations frappent la France\n\nLes autorités ont évacué trois villages.', 'France'],
    // actors/bare-government: not when an actor stands for it, not a government named after its party or qualified
    ['fr bare government when the country acts', 'fr', 'L\'Espagne a demandé une aide. Le gouvernement a confirmé la demande.', 'gouvernement'],
    ['en bare government when the country acts', 'en', 'Spain has asked for aid. The government confirmed the request.', 'government'],
    ['fr government named after its party', 'fr', 'Les étudiants ont critiqué la position du gouvernement du Parti québécois.', 'gouvernement'],
    ['fr government qualified by an adjective', 'fr', 'Ils dénoncent le projet de loi du gouvernement conservateur de Mariano Rajoy.', 'gouvernement'],
    // actors/body-phrase: not after a common word
    ['en committee after a common word', 'en', 'The Budget committee approved the bill on Monday.', 'Budget committee'],
    ['fr foundation with a two-word name', 'fr', 'La fondation Bill Gates a donné dix millions.', 'fondation Bill'],
    // nationality nouns are people, not names (FR_DEMONYMS, DERIVED_DEMONYMS)
    ['fr nationality noun in the plural', 'fr', 'Le typhon a frappé hier. 145 000 Philippins ont dû être évacués.', 'Philippins'],
    ['en nationality noun in the plural', 'en', 'The typhoon struck. Some 145,000 Filipinos had to be evacuated.', 'Filipinos'],
    ['fr feminine nationality noun', 'fr', 'Une Camerounaise a remporté le concours hier à Paris.', 'Camerounaise'],
    ['en nationality noun in the singular', 'en', 'A Cameroonian won the contest in Paris yesterday.', 'Cameroonian'],
    // actors/common-plural-list
    ['en capitalised plural in a list of common plurals', 'en', 'The display features brightly-lit Santas, snowmen and a large neon tree.',
      'Santas'],
    ['fr capitalised plural in a list of common plurals', 'fr', 'La vitrine montre des sapins, Schtroumpfs et guirlandes lumineuses.',
      'Schtroumpfs'],
  ])('%s', (_name, lang, text, name) => {
    const actors = actorsOf(text, lang);
    expect(actors.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});

type LinkRow = [string, Language, string, string, string];

describe('actors (patterns): aliases link to one actor', () => {
  test.each<LinkRow>([
    // actors/acting-country-government
    ['en an acting country and its demonym government', 'en', 'Cuba has protested. The Cuban government has erected billboards.',
      'Cuban government', 'Cuba'],
    ['fr an acting country and its demonym government', 'fr', 'L\'Espagne a officialisé sa demande. Moody\'s a abaissé la note du gouvernement espagnol.',
      'gouvernement espagnol', 'Espagne'],
    ['fr an irregular demonym government', 'fr', 'Les États-Unis ont inculpé le soldat. Les documents ont été classés par le gouvernement américain.',
      'gouvernement américain', 'États-Unis'],
    // actors/partial-name
    ['fr shorter form after a full name', 'fr', 'Fut mise sur la sellette Ana Pastor García, une journaliste. À la fin, Ana Pastor fut remerciée.',
      'Ana Pastor García', 'Ana Pastor'],
    ['fr full name after a shorter form', 'fr', 'Ana Pastor fut remerciée vendredi. Plus tard, Ana Pastor García l\'a annoncé.',
      'Ana Pastor García', 'Ana Pastor'],
    ['en two surnames after a full name', 'en', 'The writer Gabriel García Márquez died. García Márquez was 87.', 'Gabriel García Márquez',
      'García Márquez'],
    // actors/expansion-after-acronym
    ['fr expansion after its acronym', 'fr', 'Elle s\'est disputée avec la secrétaire générale du PP, écrit le journal. Des leaders du Parti populaire ont réagi.',
      'Parti populaire', 'PP'],
    ['en expansion after its acronym', 'en', 'The ANC won the vote. Leaders of the African National Congress said so.', 'African National Congress',
      'ANC'],
    // actors/seat-qualifier
    ['fr capital qualifying its body', 'fr', 'La baisse a été critiquée par la Commission européenne de Bruxelles hier.', 'Commission européenne',
      'Bruxelles'],
    ['en capital qualifying its body', 'en', 'The move was criticised by the European Commission in Brussels on Monday.', 'European Commission',
      'Brussels'],
  ])('%s', (_name, lang, text, name, alias) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, name);
    expect(a).toBeDefined();
    expect([a!.name, ...a!.aliases]).toContain(alias);
    expect(actors.filter((x) => [x.name, ...x.aliases].includes(alias))).toHaveLength(1);
  });
});

describe('actors (patterns): kept apart', () => {
  test.each<[string, Language, string, string, string]>([
    ['en a country only as a location stays apart from its government', 'en', 'Tourists flock to Cuba. The Cuban government has erected billboards.',
      'Cuba', 'Cuban government'],
    ['fr a country only as a location stays apart from its government', 'fr', 'Les touristes affluent en Espagne. Le gouvernement espagnol a réagi.',
      'Espagne', 'gouvernement espagnol'],
    ['fr a shared shorter form stays ambiguous', 'fr', 'Ana Pastor García et Ana Pastor López ont parlé. Ana Pastor a ri.', 'Ana Pastor García',
      'Ana Pastor López'],
    ['en a capital as a location stays apart', 'en', 'The European Commission met. Talks in Brussels went on.', 'European Commission', 'Brussels'],
    ['fr a capital as a location stays apart', 'fr', 'La Commission européenne s\'est réunie. Les débats à Bruxelles ont duré.', 'Commission européenne',
      'Bruxelles'],
  ])('%s', (_name, lang, text, one, other) => {
    const actors = actorsOf(text, lang);
    const a = byName(actors, one);
    const b = byName(actors, other);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
  });
});

describe('actors (patterns): a one-word name next to one person keeps its kind', () => {
  test.each<[string, Language, string, string]>([
    ['fr a film after its series hero', 'fr', 'Le nouvel épisode de la série James Bond, Skyfall, effectue un très bon départ.', 'Skyfall'],
    // (the pair is one company's name since actors/and-pair-name)
    ['en a maker joined to a surname-like word', 'en', 'The second stage engine, Pratt and Whitney\'s RL-10B-2, is reliable.', 'Pratt and Whitney'],
  ])('%s', (_name, lang, text, name) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a!.kind).not.toBe('person');
  });
});

