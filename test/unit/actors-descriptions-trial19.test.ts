/**
 * A new user's trial (2026-12, session 19): descriptions that resume two persons by their offices, agencies and businesses
 * named by description, roles lost, kinds of datelines and bills. EN and FR, with look-alikes that must not fire.
 * Rules: actors/description-nationality, actors/description-subject, actors/description-agency,
 * actors/description-premodifier, actors/description-office-leader, actors/role-possessive-before, actors/role-portfolio,
 * actors/dateline-place, actors/bill-number, actors/qualified-known-body.
 */
import type { Language } from '../../src/types.js';
import { extract } from '../../src/index.js';
import { actorsOf, byName } from '../helpers/actors.js';

/** [label, language, text, person or body, alias it must carry, other actor that must not carry it]. */
type AliasRow = [string, Language, string, string, string, string | null];

describe('actors: a description resumes the right actor (trial 19)', () => {
  test.each<AliasRow>([
    // the subject of the sentence before, not the nearest name (actors/description-subject)
    ['en subject over object', 'en', 'Joe Biden met Rishi Sunak at the White House on Monday. The U.S. president praised the alliance. '
      + 'The British prime minister said trade talks would resume.', 'Joe Biden', 'The U.S. president', 'Rishi Sunak'],
    ['en the second office goes to the other person', 'en', 'Joe Biden met Rishi Sunak at the White House on Monday. The U.S. president '
      + 'praised the alliance. The British prime minister said trade talks would resume.', 'Rishi Sunak', 'The British prime minister', 'Joe Biden'],
    ['fr subject over object', 'fr', 'Emmanuel Macron a reçu mardi Olaf Scholz à l\'Élysée. Le président français a salué l\'accord. '
      + 'Le chancelier allemand s\'y est opposé.', 'Emmanuel Macron', 'Le président français', 'Olaf Scholz'],
    ['fr the second office goes to the other person', 'fr', 'Emmanuel Macron a reçu mardi Olaf Scholz à l\'Élysée. Le président français '
      + 'a salué l\'accord. Le chancelier allemand s\'y est opposé.', 'Olaf Scholz', 'Le chancelier allemand', 'Emmanuel Macron'],
    // the nation the text gives a person wins over the subject (actors/description-nationality)
    ['en nation of the title before the name', 'en', 'British Prime Minister Rishi Sunak met U.S. President Joe Biden in San Diego on '
      + 'Monday. The U.S. president said the deal would create jobs.', 'Joe Biden', 'The U.S. president', 'Rishi Sunak'],
    ['fr nation of the title before the name', 'fr', 'Le président français Emmanuel Macron a reçu jeudi le chancelier allemand Olaf '
      + 'Scholz à Paris. Le chancelier allemand a plaidé pour la rigueur.', 'Olaf Scholz', 'Le chancelier allemand', 'Emmanuel Macron'],
    // a description set off by commas after a name is that name's apposition, not the next name's title
    ['en apposition then a finite verb', 'en', 'Olaf Scholz, the German chancellor, hosted Emmanuel Macron in Berlin.',
      'Olaf Scholz', 'the German chancellor', 'Emmanuel Macron'],
    // agencies named by a description (actors/description-agency)
    ['en U.N. agency', 'en', 'The World Health Organization warned on Monday that cholera cases had doubled. The U.N. agency said '
      + 'funding had fallen.', 'World Health Organization', 'The U.N. agency', null],
    ['en space agency', 'en', 'NASA launched the probe on Friday. The space agency said the mission would last ten years.',
      'NASA', 'The space agency', null],
    ['fr agence onusienne', 'fr', 'L\'OMS a alerté lundi sur la hausse des cas de choléra. L\'agence onusienne a indiqué que les '
      + 'financements avaient chuté.', 'OMS', 'L\'agence onusienne', null],
    ['fr numéro un mondial', 'fr', 'LVMH a publié jeudi ses résultats. Le numéro un mondial du luxe a annoncé une baisse de ses ventes.',
      'LVMH', 'Le numéro un mondial du luxe', null],
    ['fr haute représentante', 'fr', 'Kaja Kallas s\'est rendue à Kiev. La haute représentante a promis un soutien durable.',
      'Kaja Kallas', 'La haute représentante', null],
    ['en Wall Street bank', 'en', 'Goldman Sachs reported higher profits on Tuesday. The Wall Street bank said deal-making had recovered.',
      'Goldman Sachs', 'The Wall Street bank', null],
  ])('%s', (_label, lang, text, who, alias, notWho) => {
    const actors = actorsOf(text, lang);
    expect(actors.find((a) => a.name === who)?.aliases).toContain(alias);
    if (notWho) expect(actors.find((a) => a.name === notWho)?.aliases ?? []).not.toContain(alias);
  });

  test('the claim of the second office goes to its holder (EN)', () => {
    const r = extract('Joe Biden met Rishi Sunak at the White House on Monday. The U.S. president praised the alliance. '
      + 'The British prime minister said "trade talks will resume soon".', { language: 'en' });
    const sunak = r.actors.find((a) => a.name === 'Rishi Sunak');
    expect(r.quotes).toHaveLength(1);
    const speaker = r.quotes[0]!.speaker;
    expect(typeof speaker === 'object' && speaker ? speaker.id : speaker).toBe(sunak?.id);
  });

  test('the quote of the second office goes to its holder (FR)', () => {
    const r = extract('Emmanuel Macron a reçu mardi Olaf Scholz à l\'Élysée. Le président français a salué l\'accord. '
      + '« Nous ne paierons pas la dette des autres », a déclaré le chancelier allemand.', { language: 'fr' });
    const scholz = r.actors.find((a) => a.name === 'Olaf Scholz');
    expect(r.quotes).toHaveLength(1);
    const speaker = r.quotes[0]!.speaker;
    expect(typeof speaker === 'object' && speaker ? speaker.id : speaker).toBe(scholz?.id);
  });

  test.each<[string, Language, string, string, string]>([
    // look-alikes: a name after a verb is no subject ("Reporters saw Joe Biden greet…"): the nearest person is taken
    ['en a name after a verb is no subject', 'en', 'Reporters saw Joe Biden greet Rishi Sunak on Monday. The prime minister said '
      + 'talks would resume.', 'Rishi Sunak', 'Joe Biden'],
    ['fr a name after a verb is no subject', 'fr', 'Les journalistes ont vu Joe Biden saluer Rishi Sunak lundi. Le Premier ministre '
      + 'a promis un accord.', 'Rishi Sunak', 'Joe Biden'],
  ])('no subject preference: %s', (_label, lang, text, holder, other) => {
    const actors = actorsOf(text, lang);
    const alias = lang === 'en' ? 'The prime minister' : 'Le Premier ministre';
    expect(actors.find((a) => a.name === holder)?.aliases).toContain(alias);
    expect(actors.find((a) => a.name === other)?.aliases ?? []).not.toContain(alias);
  });

  test('an acronym premodifier is no actor of its own there, a complement stays one', () => {
    const en = actorsOf('The World Health Organization warned on Monday. The U.N. agency said funding had fallen.', 'en');
    expect(en.map((a) => a.name)).not.toContain('U.N.');
    const fr = actorsOf('Christine Lagarde, la présidente de la BCE, a déclaré que l\'inflation reculait.', 'fr');
    expect(byName(fr, 'BCE')?.kind).toMatch(/^(?:organization|government)$/);
  });
});

/** [label, language, text, person, role, roleOf name or null]. */
type RoleRow = [string, Language, string, string, string, string | null];

describe('actors: roles lost in the trial (trial 19)', () => {
  test.each<RoleRow>([
    ['fr cheffe de la diplomatie', 'fr', 'Kaja Kallas, la cheffe de la diplomatie européenne, a condamné l\'attaque.',
      'Kaja Kallas', 'cheffe de la diplomatie', null],
    ['fr Première ministre, name', 'fr', 'La Première ministre, Élisabeth Borne, a annoncé un plan.', 'Élisabeth Borne', 'Première ministre', null],
    ['fr possessive role, comma, name', 'fr', 'L\'OMS s\'inquiète. Son directeur général, Tedros Adhanom Ghebreyesus, a appelé au calme.',
      'Tedros Adhanom Ghebreyesus', 'directeur général', 'OMS'],
    ['en possessive role, comma, name', 'en', 'The World Health Organization said cases had doubled. Its director-general, Tedros Adhanom '
      + 'Ghebreyesus, urged calm.', 'Tedros Adhanom Ghebreyesus', 'director-general', 'World Health Organization'],
    ['en possessive name, role, comma, name', 'en', 'Microsoft\'s chief executive, Satya Nadella, said growth was strong.',
      'Satya Nadella', 'chief executive', 'Microsoft'],
    ['en description\'s role, comma, name', 'en', 'Goldman Sachs reported higher profits. The Wall Street bank\'s chief executive, David '
      + 'Solomon, said deal-making had recovered.', 'David Solomon', 'chief executive', 'Goldman Sachs'],
    ['en portfolio before the head', 'en', 'Argentina\'s economy minister Luis Caputo said inflation would fall.', 'Luis Caputo',
      'economy minister', null],
    ['en country possessive keeps the title', 'en', 'Brazil\'s President Lula said the deal was fair.', 'Lula', 'President', null],
    // look-alike: a capitalised party before the head is no portfolio
    ['en party leader stays a leader', 'en', 'Labour leader Keir Starmer said the budget would hurt families.', 'Keir Starmer', 'leader', 'Labour'],
  ])('%s', (_label, lang, text, person, role, of) => {
    const a = byName(actorsOf(text, lang), person);
    expect(a?.kind).toBe('person');
    expect(a?.role).toBe(role);
    expect(a?.roleOf?.name ?? null).toBe(of);
  });

  test('his wife is no office holder of a body', () => {
    const a = byName(actorsOf('Satya Nadella spoke first. His wife, Anu Nadella, attended the dinner.', 'en'), 'Anu Nadella');
    expect(a?.roleOf ?? null).toBeNull();
  });
});

describe('actors: kinds from the trial (trial 19)', () => {
  test('a dateline place written with its region in full is a place', () => {
    const actors = actorsOf('AUSTIN, Texas - The governor signed the law on Tuesday.', 'en');
    expect(byName(actors, 'AUSTIN')?.kind).toBe('place');
  });

  test.each<[string, Language, string, string]>([
    ['en Senate bill', 'en', 'The group sued the state over Senate Bill 12 on Tuesday.', 'Senate Bill 12'],
    ['en House bill', 'en', 'Lawmakers debated House Bill 5 for hours.', 'House Bill 5'],
    ['en Canadian bill', 'en', 'Critics said Bill C-11 would hurt streamers.', 'Bill C-11'],
  ])('a numbered bill is no actor: %s', (_label, lang, text, bill) => {
    expect(byName(actorsOf(text, lang), bill)).toBeUndefined();
  });

  test('a known body of a place and its acronym are one actor', () => {
    const actors = actorsOf('The American Civil Liberties Union of Texas sued the state on Tuesday. The ACLU said the law would chill speech.', 'en');
    const aclu = byName(actors, 'ACLU');
    expect(aclu?.name).toBe('American Civil Liberties Union of Texas');
    expect(actors.filter((a) => a.kind === 'organization')).toHaveLength(1);
  });

  test('a bill-like name that is a person stays a person', () => {
    expect(byName(actorsOf('Bill Gates said the foundation would give more.', 'en'), 'Bill Gates')?.kind).toBe('person');
  });
});

describe('actors: a sentence-initial employer before a role and a name (trial 19, actors/initial-employer)', () => {
  test('an unknown firm opening the sentence is the employer', () => {
    const actors = actorsOf('Commerzbank chief economist Jörg Krämer said tariffs would rise.', 'en');
    expect(byName(actors, 'Commerzbank')?.kind).toBe('organization');
    expect(byName(actors, 'Jörg Krämer')?.roleOf?.name).toBe('Commerzbank');
  });

  test.each<[string, string, string]>([
    ['senior', 'Senior analyst Tom Price said prices would fall.', 'Senior'],
    ['industry', 'Industry analyst Jane Doe said demand was weak.', 'Industry'],
    ['former', 'Former chief executive John Smith said the plan failed.', 'Former'],
    ['party', 'Democratic leader Chuck Schumer said the bill was dead.', 'Democratic'],
    ['sector', 'Tech analyst Dan Ives said the phone sold well.', 'Tech'],
  ])('no employer: %s', (_label, text, word) => {
    const actors = actorsOf(text, 'en');
    expect(actors.map((a) => a.name)).not.toContain(word);
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  test('French: a role before a name opening the sentence makes no employer of the first word', () => {
    const actors = actorsOf('Selon économiste Jean Martin, les taux vont baisser.', 'fr');
    expect(actors.map((a) => a.name)).not.toContain('Selon');
  });
});
