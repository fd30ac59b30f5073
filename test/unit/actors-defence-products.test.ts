/**
 * Actor rules written from defence, business and politics news, EN and FR: products named by their context (a possessive and a
 * noun of products or services, a price, an apposition), one-letter model codes, a title + name + "of" + place, a nickname in
 * quotes inside a person's name, surnames that are also holidays before a role apposition, countries acting through a relative
 * clause or a French future verb, intercommunal authorities, French military nouns before a known firm's name, employers after
 * "Analysts at", trade heads of company names, and a company's first word after "at". Table-driven, real expected values.
 */
import type { Language } from '../../src/types.js';

import { actorsOf, byName, type FindRow } from '../helpers/actors.js';

describe('actors (defence and business products, persons, bodies): should find (name, kind)', () => {
  test.each<FindRow>([
    // actors/product-context: a possessive and a noun of products or services after the name
    ['en possessive + service noun', 'en', 'Apple said it would raise the price of its Fitness Plus service next month.', 'Fitness Plus', 'product'],
    ['en possessive + two modifiers + noun', 'en', 'Amazon expanded its Luna cloud gaming service to Canada on Tuesday.', 'Luna', 'product'],
    ['en possessive + aircraft noun, code', 'en', 'Embraer said its C390 transport aircraft had won an order from Hungary.', 'C390', 'product'],
    // actors/product-context: a comma, a possessive and a product noun after the name (apposition)
    ['en apposition with its suite', 'en', 'Oracle added new agents to Fusion Cloud, its suite of business applications.', 'Fusion Cloud', 'product'],
    ['fr apposition with sa suite', 'fr', 'Oracle a ajouté des agents à Fusion Cloud, sa suite de gestion pour les entreprises.', 'Fusion Cloud', 'product'],
    ['en apposition after a service noun', 'en', 'The bank launched a payment service, Pay Direct, to rival card networks.', 'Pay Direct', 'product'],
    // actors/product-context: a price of the name, alone or in a pair
    ['en prices for a pair of names', 'en', 'The company raised prices for Marketing Cloud and Commerce Cloud by 9%.', 'Commerce Cloud', 'product'],
    ['en prices for the first of a pair', 'en', 'The company raised prices for Marketing Cloud and Commerce Cloud by 9%.', 'Marketing Cloud', 'product'],
    ['fr le prix de', 'fr', 'Le groupe a relevé de 8 % le prix de Marketing Cloud en Europe.', 'Marketing Cloud', 'product'],
    // actors/product-context: "the" + a code with digits + a product noun
    ['en the code simulation', 'en', 'Astronomers ran the TNG50 simulation for two years.', 'TNG50', 'product'],
    // actors/letter-model-code
    ['en one-letter model code alone', 'en', 'The first A400M landed in Toulouse on Monday.', 'A400M', 'product'],
    ['fr one-letter model code alone', 'fr', 'Le premier A400M a atterri à Toulouse lundi.', 'A400M', 'product'],
    // actors/title-name-of-place: title, name, "of" and a known place; the name's first word may be a common word
    ['en Senator name of state', 'en', 'Senator Christmas Abbott of Texas said the committee would meet.', 'Christmas Abbott', 'person'],
    ['en Governor name of state, the place too', 'en', 'Governor Hope Winter of Ohio signed the budget on Friday.', 'Ohio', 'place'],
    ['en Governor name of state', 'en', 'Governor Hope Winter of Ohio signed the budget on Friday.', 'Hope Winter', 'person'],
    // actors/nickname-in-name
    ['en nickname inside a name', 'en', 'The founder, Robert "Bobby" Lamont, declined to comment.', 'Robert "Bobby" Lamont', 'person'],
    ['en two-word nickname inside a name', 'en', 'The minister, Joe "The Hammer" Smith, resigned on Friday.', 'Joe "The Hammer" Smith', 'person'],
    ['fr nickname inside a name', 'fr', 'Le fondateur, Jean « Jeannot » Moreau, n\'a pas répondu.', 'Jean « Jeannot » Moreau', 'person'],
    // actors/role-apposed-name: an indefinite role apposition keeps a surname that is also a holiday
    ['en surname Noel before an indefinite role', 'en', 'Tamsin Noel, a spokeswoman for the airline, said flights would resume.', 'Tamsin Noel', 'person'],
    ['fr surname Noël before an indefinite role', 'fr', 'Ludivine Noël, une porte-parole du groupe, a confirmé la vente.', 'Ludivine Noël', 'person'],
    // actors/country-relative-clause
    ['en country acting after a relative clause', 'en', 'Poland, which did not join the project, said it would build its own line.', 'Poland', 'government'],
    ['fr country acting after a relative clause', 'fr', 'La Pologne, qui n\'a pas rejoint le projet, a annoncé sa propre ligne.', 'Pologne', 'government'],
    // actors/fr/country-future-verb
    ['fr country + conditional verb', 'fr', 'Le ministre a rappelé que la France consacrerait 2 % de son PIB à la défense.', 'France', 'government'],
    ['fr country + future verb', 'fr', 'Selon le texte, l\'Italie financera la moitié du projet.', 'Italie', 'government'],
    // actors/place-body: intercommunal authorities (FR), city councils (EN)
    ['fr métropole de', 'fr', 'La métropole de Bordeaux a voté jeudi un plan de 200 millions d\'euros.', 'métropole de Bordeaux', 'government'],
    ['fr communauté urbaine de', 'fr', 'La communauté urbaine de Dunkerque a signé la convention.', 'communauté urbaine de Dunkerque', 'government'],
    ['en city council', 'en', 'The Leeds city council voted to close the library.', 'Leeds city council', 'government'],
    // actors/fr/military-model-name
    ['fr char + known firm name', 'fr', 'Les chars Leclerc seront modernisés d\'ici 2030.', 'Leclerc', 'product'],
    // actors/employer-at, case-insensitive
    ['en Analysts at opening a sentence', 'en', 'Analysts at Bernstein said the margin would shrink.', 'Bernstein', 'organization'],
    // actors/mayor-town
    ['en unknown town before Mayor', 'en', 'A panel questioned Kettering Mayor Pat Quinlan about the contracts.', 'Kettering', 'place'],
    ['en the mayor after the town', 'en', 'A panel questioned Kettering Mayor Pat Quinlan about the contracts.', 'Pat Quinlan', 'person'],
    // actors/plural-possessive-maker
    ['en product after a two-word firm\'s plural possessive', 'en', 'The only exclusive title is indie developer Lantern Works\' Vantor, while the rest are older.',
      'Vantor', 'product'],
    // actors/stake-in
    ['en a stake in a firm', 'en', 'Sanofi holds a stake in Vexora, the company said.', 'Vexora', 'organization'],
    ['en worked at a firm', 'en', 'She worked at Vexora for ten years before joining the board.', 'Vexora', 'organization'],
    ['fr une participation dans', 'fr', 'Sanofi détient une participation dans Vexora depuis 2019.', 'Vexora', 'organization'],
    // trade heads: Pharmacare, Interactive
    ['en Pharmacare closes a firm name after a given name', 'en', 'Aspen Pharmacare agreed to buy the plant.', 'Aspen Pharmacare', 'organization'],
    ['en Interactive closes a firm name', 'en', 'Shares of Take-Two Interactive rose on Friday.', 'Take-Two Interactive', 'organization'],
  ])('%s', (_label, lang, text, name, kind) => {
    const a = byName(actorsOf(text, lang), name);
    expect(a).toBeDefined();
    expect(a?.kind).toBe(kind);
  });
});

describe('actors (defence and business): mentions and links', () => {
  test('the nickname run is one mention with exact offsets, and the surname links to it (actors/nickname-in-name)', () => {
    const text = 'The founder, Robert "Bobby" Lamont, declined to comment. Lamont later resigned.';
    const actors = actorsOf(text, 'en');
    const a = byName(actors, 'Robert "Bobby" Lamont');
    expect(a?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Robert "Bobby" Lamont', 'Lamont']));
    expect(a?.mentions.find((m) => m.text.startsWith('Robert'))?.start).toBe(text.indexOf('Robert'));
    for (const m of a!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(byName(actors, 'Bobby')).toBeUndefined();
    expect(byName(actors, 'Robert')).toBeUndefined();
  });
  test('a company\'s first word after "at" is the company (actors/known-first-word)', () => {
    const actors = actorsOf('Lockheed Martin Corp won the order. Jane Moss, who runs the program at Lockheed, said so.', 'en');
    const a = byName(actors, 'Lockheed Martin Corp');
    expect(a?.aliases).toContain('Lockheed');
    expect(actors.filter((x) => x.kind === 'place').map((x) => x.name)).toEqual([]);
  });
  test('the town of an intercommunal authority stays a place of its own (actors/place-body)', () => {
    const actors = actorsOf('La métropole de Lyon a adopté son budget. Le maire de Lyon a salué le vote.', 'fr');
    expect(byName(actors, 'métropole de Lyon')?.kind).toBe('government');
    expect(byName(actors, 'Lyon')?.kind).toBe('place');
  });
  test('a firm name after a French military noun only: the retailer stays an organisation (actors/fr/military-model-name)', () => {
    expect(byName(actorsOf('Leclerc a ouvert un hypermarché à Rennes.', 'fr'), 'Leclerc')?.kind).toBe('organization');
  });
  test('the remit of a High Commissioner is no person, and the body is the United Nations (actors/title-remit)', () => {
    const actors = actorsOf('The United Nations High Commissioner for Human Rights said the decision changed nothing.', 'en');
    expect(byName(actors, 'Human Rights')).toBeUndefined();
    expect(byName(actors, 'United Nations High')).toBeUndefined();
    expect(byName(actors, 'United Nations')?.kind).toBe('organization');
  });
  test('ASAP and VR are no actors (actors/generic-acronym)', () => {
    const actors = actorsOf('"They need to ramp up the catalog ASAP," said the research director of gaming VR at the firm.', 'en');
    expect(byName(actors, 'ASAP')).toBeUndefined();
    expect(byName(actors, 'VR')).toBeUndefined();
  });
  test('ratings stay no actors (actors/letter-model-code needs three digits)', () => {
    const actors = actorsOf('Moody\'s cut the rating to Baa2 from A3 on Monday.', 'en');
    expect(byName(actors, 'Baa2')).toBeUndefined();
    expect(byName(actors, 'A3')).toBeUndefined();
  });
});
