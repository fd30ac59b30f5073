/**
 * Lexical-field coverage of restrictions and contracts, in English and French news: for each lemma of the field (verbs,
 * nominalisations, adjectives, fixed phrases) a few realistic sentences in several forms — active past, present and future,
 * passive, negated, modal, nominalisation, French passé composé, conditionnel, passif — with a government, a company, a
 * court or a person as subject. The lemmas were listed from knowledge of the two languages (not from the gold articles), so
 * the table measures how much of the field the lexicons cover.
 *
 * Should-find rows assert the kind of the restriction (and its imposer where the sentence names one); contract rows assert
 * the kind, status and parties. Should-not-find rows are look-alikes (the same words stating no restriction or agreement).
 * The detection rate over the should-find rows is printed by the last test.
 */
import type { NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import { contractsOf, type ContractActorSpec } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

/** Hand-built actors of the EN rows: each name present in a row's text is an actor of that row. */
const EN_ACTORS: NameKind[] = [
  ['Washington', 'government'], ['Berlin', 'government'], ['the European Union', 'government'], ['Brussels', 'government'], ['France', 'government'],
  ['Germany', 'government'], ['Russia', 'government'], ['China', 'government'], ['Beijing', 'government'], ['Iran', 'government'],
  ['Ukraine', 'government'], ['Israel', 'government'], ['Hamas', 'organization'], ['the Senate', 'government'], ['Congress', 'government'],
  ['the Supreme Court', 'government'], ['the FAA', 'government'], ['the Pentagon', 'government'], ['Saudi Arabia', 'government'],
  ['the government', 'government'], ['Apple', 'organization'], ['Google', 'organization'], ['Boeing', 'organization'], ['Airbus', 'organization'],
  ['Microsoft', 'organization'], ['Pfizer', 'organization'], ['Nissan', 'organization'], ['Renault', 'organization'], ['Uber', 'organization'],
  ['Huawei', 'organization'], ['FIFA', 'organization'], ['Verizon', 'organization'], ['Yahoo', 'organization'], ['Disney', 'organization'],
  ['Lockheed Martin', 'organization'], ['the UAW', 'organization'], ['Tesla', 'organization'], ['John Smith', 'person'], ['Maria Lopez', 'person'],
  ['the Fed', 'government'], ['Twitter', 'organization'], ['Poland', 'government'], ['Turkey', 'government'], ['Greece', 'government'],
];

/** Hand-built actors of the FR rows. */
const FR_ACTORS: NameKind[] = [
  ['Paris', 'government'], ['Bruxelles', 'government'], ['Union européenne', 'government'], ['Berlin', 'government'], ['Washington', 'government'],
  ['Moscou', 'government'], ['Pékin', 'government'], ['Russie', 'government'], ['Chine', 'government'], ['Iran', 'government'],
  ['Ukraine', 'government'], ['Israël', 'government'], ['Hamas', 'organization'], ['Sénat', 'government'], ['Assemblée nationale', 'government'],
  ["Conseil d'État", 'government'], ['Conseil constitutionnel', 'government'], ['gouvernement', 'government'], ['Renault', 'organization'],
  ['Nissan', 'organization'], ['Airbus', 'organization'], ['Boeing', 'organization'], ['TotalEnergies', 'organization'], ['Orange', 'organization'],
  ['SNCF', 'organization'], ['Sanofi', 'organization'], ['Google', 'organization'], ['Apple', 'organization'], ['Vivendi', 'organization'],
  ['Lagardère', 'organization'], ['Thales', 'organization'], ['Dassault', 'organization'], ['Jean Dupont', 'person'], ['Marie Martin', 'person'],
  ['UEFA', 'organization'], ['FIFA', 'organization'], ['Inde', 'government'], ['Pologne', 'government'], ['Grèce', 'government'],
  ['Cour de cassation', 'government'], ['Arcom', 'government'], ['CGT', 'organization'], ['Stellantis', 'organization'], ['Uber', 'organization'],
];

/** The actors of the language table named in `text`; a name opening the sentence keeps its capital ("The government"). */
const actorsFor = (lang: Language, text: string): NameKind[] => (lang === 'en' ? EN_ACTORS : FR_ACTORS).flatMap(([n, k]): NameKind[] => {
  if (text.includes(n)) return [[n, k]];
  const cap = n[0]!.toUpperCase() + n.slice(1);
  return text.startsWith(cap) ? [[cap, k]] : [];
});

/** Names compared as the scorer does, without case. */
const sameName = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** A restriction row: [language, lemma, kind expected, sentence, imposer expected (when the sentence names one)]. */
type RRow = [Language, string, string, string, string?];

const P = 'prohibition', C = 'condition', L = 'limit', F = 'refusal', S = 'sanction';

const RESTRICTIONS_EN: RRow[] = [
  // --- prohibition
  ['en', 'ban', P, 'The European Union banned the import of ivory in 2021.', 'the European Union'],
  ['en', 'ban', P, 'Ivory imports were banned by the European Union.', 'the European Union'],
  ['en', 'ban', P, 'France will ban single-use plastic packaging from next year.', 'France'],
  ['en', 'ban', P, 'The ban on short-haul flights took effect on Monday.'],
  ['en', 'ban', P, 'Germany could ban the party before the election.', 'Germany'],
  ['en', 'prohibit', P, 'The law prohibits the sale of alcohol to minors.'],
  ['en', 'prohibit', P, 'Employees are prohibited from trading the shares.'],
  ['en', 'prohibit', P, 'Washington prohibited American firms from selling chips to Huawei.', 'Washington'],
  ['en', 'prohibition', P, 'The prohibition on fracking remains in force.'],
  ['en', 'forbid', P, 'The treaty forbids the use of chemical weapons.'],
  ['en', 'forbid', P, 'Officials were forbidden to speak to reporters.'],
  ['en', 'outlaw', P, 'Congress outlawed the practice in 1996.', 'Congress'],
  ['en', 'outlaw', P, 'The bill would outlaw conversion therapy.'],
  ['en', 'bar', P, 'The Supreme Court barred the state from enforcing the law.', 'the Supreme Court'],
  ['en', 'bar', P, 'John Smith was barred from running for office.'],
  ['en', 'criminalise', P, 'Poland criminalised the denial of the Holocaust.', 'Poland'],
  ['en', 'block', P, 'Brussels blocked the merger of Siemens and Alstom.', 'Brussels'],
  ['en', 'block', P, 'The deal was blocked by regulators in March.'],
  ['en', 'block', P, 'The judge blocked the sale of the company.'],
  ['en', 'embargo', P, 'The United Nations imposed an arms embargo on Libya.'],
  ['en', 'embargo', P, 'The oil embargo on Iran was tightened.'],
  ['en', 'embargo', S, 'Washington imposed a comprehensive trade embargo against Sudan in 1997.', 'Washington'],
  ['en', 'moratorium', P, 'The government declared a moratorium on new drilling.', 'the government'],
  ['en', 'curfew', P, 'Authorities imposed a curfew on the city after the riots.'],
  ['en', 'injunction', P, 'A federal judge issued an injunction blocking the rule.'],
  ['en', 'enjoin', P, 'The court enjoined the company from destroying documents.'],
  ['en', 'halt', P, 'Nissan halted sales in Russia last spring.', 'Nissan'],
  ['en', 'halt', P, 'A judge halted construction of the pipeline.'],
  ['en', 'freeze', P, 'Beijing froze imports of Japanese seafood.', 'Beijing'],
  ['en', 'ground', P, 'The FAA grounded all Boeing 737 Max aircraft.', 'the FAA'],
  ['en', 'ground', P, 'The jets have been grounded since March.'],
  ['en', 'close border', P, 'Poland closed its border to Belarusian trucks.', 'Poland'],
  ['en', 'shut down', P, 'The regulator ordered the exchange to shut down its operations.'],
  ['en', 'censor', P, 'Beijing censored all mentions of the protest online.', 'Beijing'],
  ['en', 'censor', P, 'The film was censored by the authorities.'],
  ['en', 'lockdown', P, 'France imposed a nationwide lockdown in March.', 'France'],
  ['en', 'not allowed', P, 'Foreign buyers will not be allowed to purchase farmland.'],
  ['en', 'not allowed', P, 'Journalists are no longer allowed to enter the zone.'],
  ['en', 'must not', P, 'Member states must not sell weapons to the junta.'],
  ['en', 'may not', C, 'The drug may not be sold without a prescription to minors.'],
  ['en', 'may not', P, 'Foreign banks may not operate in the region.'],
  ['en', 'illegal', P, 'It is illegal to fly drones over the stadium.'],
  ['en', 'illegal', P, 'The court ruled the strike illegal.'],
  ['en', 'prevent', P, 'The ruling prevents Apple from selling the watch in the United States.'],
  ['en', 'stop', P, 'The order stops Uber from operating in the city.'],
  ['en', 'proscribe', P, 'Britain proscribed the group as a terrorist organisation.'],
  ['en', 'proscribe', P, 'The group was proscribed under the Terrorism Act.'],
  ['en', 'preclude', P, 'The agreement precludes any sale of the stake before 2027.'],
  ['en', 'withdraw from market', P, 'The drug was withdrawn from the market in 2004.'],
  ['en', 'restrain', P, 'The court restrained the union from picketing the plant.'],
  ['en', 'crack down', P, 'Beijing cracked down on private tutoring companies.', 'Beijing'],
  ['en', 'crackdown', P, 'The crackdown on online gambling began in January.'],
  ['en', 'suspend', S, 'Twitter suspended the account of the former president.', 'Twitter'],
  ['en', 'suspend', P, 'The junta suspended the constitution.'],
  ['en', 'never allow', P, 'China will never allow Taiwan to declare independence.', 'China'],
  ['en', 'not permit', P, 'The law does not permit foreign companies to own broadcasters.'],
  ['en', 'no-fly', P, 'NATO imposed a no-fly zone over the region.'],
  ['en', 'blockade', P, 'Israel maintained a naval blockade of the territory.'],
  ['en', 'quarantine', P, 'The government ordered a mandatory quarantine for all arrivals.'],
  ['en', 'seize', S, 'Authorities seized the yacht of the oligarch.'],
  // --- limit
  ['en', 'limit', L, 'The new rule limits the number of flights at the airport.'],
  ['en', 'limit', L, 'Gatherings are limited to 20 people.'],
  ['en', 'limit', L, 'The limit on bankers’ bonuses was scrapped.'],
  ['en', 'restrict', L, 'Beijing restricted access to foreign websites.', 'Beijing'],
  ['en', 'restrict', L, 'Sales of the drug are restricted to pharmacies.'],
  ['en', 'restriction', L, 'The government imposed new travel restrictions.', 'the government'],
  ['en', 'restriction', L, 'The restrictions on exports of chips will stay in place.'],
  ['en', 'cap', L, 'The EU capped the price of Russian oil at $60 a barrel.'],
  ['en', 'cap', L, 'Rent increases will be capped at 2 percent.'],
  ['en', 'cap', L, 'A cap on energy prices was introduced in October.'],
  ['en', 'curb', L, 'The measures aim to curb immigration.'],
  ['en', 'curb', L, 'Washington announced new curbs on chip exports to China.', 'Washington'],
  ['en', 'ceiling', L, 'Congress raised the debt ceiling to $31 trillion.'],
  ['en', 'quota', L, 'The EU introduced import quotas on steel.'],
  ['en', 'ration', L, 'The utility began rationing electricity.'],
  ['en', 'confine', L, 'The use of the funds is confined to reconstruction.'],
  ['en', 'only', L, 'The offer is only open to existing customers.'],
  ['en', 'maximum', L, 'Banks may hold at most 5 percent of the shares.'],
  ['en', 'exceed', L, 'The deficit must not exceed 3 percent of GDP.'],
  ['en', 'tighten', L, 'Germany tightened the rules on arms exports.', 'Germany'],
  ['en', 'tighten', L, 'The government tightened restrictions on foreign investment.'],
  ['en', 'regulate', L, 'Access to the site is strictly regulated.'],
  ['en', 'threshold', L, 'The tax applies to companies with more than 250 employees.'],
  ['en', 'export controls', L, 'Washington tightened export controls on advanced chips.'],
  ['en', 'reserved', L, 'The seats are reserved for members of the party.'],
  ['en', 'reduce', L, 'The number of agencies able to access the data will be reduced.'],
  // --- condition
  ['en', 'unless', C, 'The merger can go ahead unless regulators object.'],
  ['en', 'provided that', C, 'The loan will be released provided that Greece meets its targets.'],
  ['en', 'subject to', C, 'The sale is subject to regulatory approval.'],
  ['en', 'on condition', C, 'He was released on condition that he leave the country.'],
  ['en', 'require', C, 'The law requires companies to disclose their emissions.'],
  ['en', 'require', C, 'Banks are required to hold more capital.'],
  ['en', 'mandate', C, 'The rule mandates the use of seat belts on buses.'],
  ['en', 'oblige', C, 'The new law obliges platforms to remove illegal content.'],
  ['en', 'oblige', C, 'Employers will be obliged to report accidents within 48 hours.'],
  ['en', 'compel', C, 'The court compelled Google to hand over the records.'],
  ['en', 'only if', C, 'Iran will return to the talks only if sanctions are lifted.'],
  ['en', 'conditional', C, 'The aid is conditional on reforms of the judiciary.'],
  ['en', 'contingent', C, 'The deal is contingent on financing.'],
  ['en', 'as long as', C, 'Shops can reopen as long as they respect the health rules.'],
  ['en', 'ultimatum', C, 'Russia issued an ultimatum to Ukraine.'],
  ['en', 'deadline', C, 'The regulator set a deadline of March 15 for the company to respond.'],
  ['en', 'precondition', C, 'A ceasefire is a precondition for talks.'],
  ['en', 'not without', C, 'The bill cannot pass without the votes of the opposition.'],
  ['en', 'if reinstated', C, 'If Sudan fails to live up to its commitments, the embargo can be reinstated.'],
  ['en', 'approval', C, 'The deal still needs the approval of the Chinese regulator.'],
  ['en', 'must be approved', C, 'The merger must still be approved by shareholders.'],
  ['en', 'up to in case', C, 'Abortion is legal up to 12 weeks, and up to 24 weeks in case of a severe malformation.'],
  ['en', 'up to', L, 'Suspects can be held for up to 96 hours without charge.'],
  ['en', 'up to', L, 'Police custody can be extended up to 96 hours in terrorism cases.'],
  ['en', 'up to', L, 'Women can have an abortion up to 14 weeks on request.'],
  ['en', 'as long as', F, 'There would be no independent Palestinian state as long as he is prime minister.'],
  ['en', 'without warrant', C, 'The law would prevent access to the metadata of journalists without a judicial warrant.'],
  ['en', 'short of', C, 'These concerns cannot be addressed effectively short of exempting journalists.'],
  ['en', 'requires within', C, 'Customs typically requires payment within 10 days of the shipment clearing customs.'],
  ['en', 'must before', C, 'Officials need to undertake a security assessment before providing guarantees to enter the camp.'],
  ['en', 'only if', C, 'There is only a shareholder vote if there is a sale of all the assets.'],
  ['en', 'by paying', C, 'The contract allows Yahoo to terminate the deal by paying a $144 million breakup fee.'],
  ['en', 'rein in', L, 'The talks aim to limit Iran’s nuclear program.'],
  ['en', 'rein in', L, 'Congress moved to rein in the president’s powers.'],
  ['en', 'until', C, 'Israel said it would not stop the offensive until all hostages are released.'],
  // --- refusal
  ['en', 'refuse', F, 'Poland refused to accept the migrants.', 'Poland'],
  ['en', 'refuse', F, 'Hungary has refused to ratify the treaty.'],
  ['en', 'refusal', F, 'His refusal to testify angered the committee.'],
  ['en', 'reject', F, 'The Senate rejected the proposal in October.', 'the Senate'],
  ['en', 'reject', F, 'The offer was rejected by the board.'],
  ['en', 'decline', F, 'The board declined the offer from the rival bank.'],
  ['en', 'decline to', F, 'The Senate declined to confirm the nominee.'],
  ['en', 'deny', F, 'The judge denied the request for bail.'],
  ['en', 'deny', F, 'He was denied entry to the country.'],
  ['en', 'turn down', F, 'Yahoo turned down the offer from Microsoft.', 'Yahoo'],
  ['en', 'veto', F, 'Russia vetoed the resolution at the Security Council.', 'Russia'],
  ['en', 'veto', F, 'The president threatened to veto the bill.'],
  ['en', 'boycott', F, 'The opposition boycotted the vote.'],
  ['en', 'rebuff', F, 'Beijing rebuffed calls for an inquiry.', 'Beijing'],
  ['en', 'spurn', F, 'The board spurned the takeover approach.'],
  ['en', 'rule out', F, 'The government ruled out raising taxes.'],
  ['en', 'vote down', F, 'Lawmakers voted down the budget.'],
  ['en', 'will not sign', F, 'Poland will not sign the migration pact.', 'Poland'],
  ['en', 'balk', F, 'Beijing balked at committing to a specific amount.'],
  ['en', 'resist', F, 'Berlin resisted pressure to send tanks.'],
  ['en', 'oppose', F, 'France opposed the trade deal with Mercosur.', 'France'],
  ['en', 'withhold', S, 'Washington withheld $300 million in aid to Egypt.', 'Washington'],
  ['en', 'reluctant', C, 'The Chinese have been reluctant to commit to a meeting until a deal is finalized.'],
  ['en', 'unwilling', F, 'Berlin is unwilling to send tanks to Ukraine.'],
  ['en', 'strike down', F, 'The Supreme Court struck down the law.'],
  ['en', 'overturn', F, 'The appeals court overturned the ruling.'],
  ['en', 'annul', F, 'The constitutional court annulled the election.'],
  // --- sanction
  ['en', 'sanction', S, 'The European Union imposed sanctions on Russian banks.', 'the European Union'],
  ['en', 'sanction', S, 'Washington sanctioned five Iranian officials.', 'Washington'],
  ['en', 'sanction', S, 'Russia faces new sanctions over the war.'],
  ['en', 'fine', S, 'Brussels fined Google €4.3 billion.', 'Brussels'],
  ['en', 'fine', S, 'Meta was fined €1.2 billion by the Irish regulator.'],
  ['en', 'penalty', S, 'The company paid a penalty of $20 million.'],
  ['en', 'penalise', S, 'The regulator penalised the bank for misconduct.'],
  ['en', 'punish', S, 'Israel has pledged to punish the Palestinian Authority by freezing its tax revenue.'],
  ['en', 'expel', S, 'France expelled four Russian diplomats.', 'France'],
  ['en', 'expel', S, 'The party expelled John Smith.'],
  ['en', 'exclude', S, 'Russia was excluded from the competition.'],
  ['en', 'suspend player', S, 'The league suspended the player for five games.'],
  ['en', 'suspend', S, 'John Smith has been suspended by the club.'],
  ['en', 'sack', S, 'The minister was sacked after the scandal.'],
  ['en', 'fire', S, 'Twitter fired its chief executive.'],
  ['en', 'dismiss', S, 'The general was dismissed from his post.'],
  ['en', 'jail', S, 'The activist was jailed for five years.'],
  ['en', 'sentence', S, 'John Smith was sentenced to ten years in prison.'],
  ['en', 'imprison', S, 'The journalist was imprisoned after the coup.'],
  ['en', 'blacklist', S, 'Washington blacklisted Huawei in 2019.'],
  ['en', 'entity list', S, 'The Commerce Department added Huawei to the Entity List.'],
  ['en', 'asset freeze', S, 'Brussels froze the assets of five officials.'],
  ['en', 'tariff', S, 'Washington imposed tariffs on Chinese steel.'],
  ['en', 'tariff', S, 'Tariffs on Chinese goods were increased from 10% to 25% in May 2019.'],
  ['en', 'tariff', S, 'Tariffs have also been imposed on imports from the European Union.'],
  ['en', 'duties', S, 'China imposed anti-dumping duties on European brandy.'],
  ['en', 'revoke', S, 'The regulator revoked Uber’s licence to operate in London.'],
  ['en', 'strip', S, 'The committee stripped the athlete of his medal.'],
  ['en', 'disqualify', S, 'The candidate was disqualified from the race.'],
  ['en', 'censure', S, 'The Senate censured the senator.'],
  ['en', 'reprimand', S, 'The officer was reprimanded for the leak.'],
  ['en', 'deport', S, 'The government deported hundreds of migrants.'],
  ['en', 'house arrest', S, 'The opposition leader was placed under house arrest.'],
  ['en', 'cut off', S, 'Russian banks were cut off from the SWIFT payment system.'],
  ['en', 'delist', S, 'The company was delisted from the New York Stock Exchange.'],
  ['en', 'impeach', S, 'The House impeached the president.'],
  ['en', 'demote', S, 'The officer was demoted after the inquiry.'],
  ['en', 'confiscate', S, 'Police confiscated the passports of the suspects.'],
  ['en', 'block assets', S, 'Washington blocked the assets of the Sudanese government.'],
  ['en', 'hold back', S, 'President George H.W. Bush held back loan guarantees to Israel.'],
  ['en', 'terrorist', S, 'Washington designated the group as a terrorist organization.'],
];

const RESTRICTIONS_FR: RRow[] = [
  // --- interdiction
  ['fr', 'interdire', P, "Paris a interdit la vente de pesticides aux particuliers.", 'Paris'],
  ['fr', 'interdire', P, "La vente de pesticides est interdite depuis 2019."],
  ['fr', 'interdire', P, "Le gouvernement interdira les vols courts à partir de l'an prochain.", 'gouvernement'],
  ['fr', 'interdire', P, "Le gouvernement pourrait interdire la manifestation.", 'gouvernement'],
  ['fr', 'interdiction', P, "L'interdiction des véhicules diesel entre en vigueur lundi."],
  ['fr', 'interdiction', P, "Bruxelles a décidé une interdiction des moteurs thermiques en 2035.", 'Bruxelles'],
  ['fr', 'prohiber', P, "La loi prohibe toute discrimination à l'embauche."],
  ['fr', 'proscrire', P, "Le texte proscrit l'usage des armes chimiques."],
  ['fr', 'bannir', P, "Pékin a banni les cryptomonnaies en 2021.", 'Pékin'],
  ['fr', 'bannissement', P, "Le bannissement des sacs plastiques a été voté."],
  ['fr', 'défendre', P, "Il est défendu de fumer dans les gares."],
  ['fr', 'bloquer', P, "Bruxelles a bloqué la fusion entre Siemens et Alstom.", 'Bruxelles'],
  ['fr', 'bloquer', P, "La fusion a été bloquée par la Commission."],
  ['fr', 'embargo', P, "L'Union européenne a imposé un embargo sur le pétrole russe."],
  ['fr', 'embargo', P, "L'embargo sur les armes contre l'Iran a été prolongé."],
  ['fr', 'embargo', S, "Washington maintient un embargo commercial contre Cuba depuis 1962."],
  ['fr', 'moratoire', P, "Le gouvernement a décrété un moratoire sur les forages.", 'gouvernement'],
  ['fr', 'couvre-feu', P, "La préfecture a instauré un couvre-feu à partir de 21 heures."],
  ['fr', 'confinement', P, "Le gouvernement a décrété un confinement national.", 'gouvernement'],
  ['fr', 'suspendre', P, "Le Conseil d'État a suspendu l'arrêté municipal.", "Conseil d'État"],
  ['fr', 'suspendre', S, "Berlin a suspendu ses exportations d'armes vers l'Arabie saoudite.", 'Berlin'],
  ['fr', 'geler', S, "Pékin a gelé les importations de produits de la mer japonais.", 'Pékin'],
  ['fr', 'clouer au sol', P, "Les Boeing 737 MAX sont cloués au sol depuis mars."],
  ['fr', 'fermer', P, "La Pologne a fermé sa frontière aux camions biélorusses."],
  ['fr', 'empêcher', P, "La décision empêche Apple de vendre sa montre aux États-Unis."],
  ['fr', 'invalider', F, "Le Conseil constitutionnel a invalidé la loi.", 'Conseil constitutionnel'],
  ['fr', 'censurer', F, "Le Conseil constitutionnel a censuré l'article 24 de la loi.", 'Conseil constitutionnel'],
  ['fr', 'annuler', F, "Le tribunal administratif a annulé l'arrêté du maire."],
  ['fr', 'retirer du marché', P, "Le médicament a été retiré du marché en 2009."],
  ['fr', 'criminaliser', P, "La Pologne a criminalisé la négation de la Shoah."],
  ['fr', 'pas autorisé', P, "Les acheteurs étrangers ne seront pas autorisés à acquérir des terres agricoles."],
  ['fr', 'pas autorisé', P, "La vente d'alcool n'est pas autorisée dans les stades."],
  ['fr', 'ne peut pas', L, "Un élu ne peut pas exercer plus de deux mandats consécutifs."],
  ['fr', 'ne peut pas', P, "Les banques étrangères ne peuvent pas opérer dans la région."],
  ['fr', 'ne pourra plus', P, "Google ne pourra plus imposer son moteur de recherche sur Android."],
  ['fr', 'ne doit pas', P, "Les États membres ne doivent pas vendre d'armes à la junte."],
  ['fr', 'illégal', P, "Il est illégal de faire voler un drone au-dessus du stade."],
  ['fr', 'pas le droit', P, "Les fonctionnaires n'ont pas le droit de faire grève."],
  ['fr', 'enjoindre', P, "Le juge a enjoint à la société de cesser la diffusion du film."],
  ['fr', 'ordonner arrêt', P, "Le tribunal a ordonné l'arrêt immédiat du chantier."],
  ['fr', 'sous embargo', P, "Le pays est sous embargo depuis 1996."],
  ['fr', 'blocus', P, "Israël maintient un blocus sur le territoire."],
  ['fr', 'jamais autorisé', P, "Pékin n'autorisera jamais l'indépendance de Taïwan."],
  ['fr', 'interdire de', P, "La justice a interdit à Jean Dupont de quitter le territoire."],
  ['fr', 'prohibition', P, "La prohibition de l'alcool a duré treize ans aux États-Unis."],
  ['fr', 'fermeture', P, "Le préfet a ordonné la fermeture administrative du restaurant."],
  ['fr', 'répression', P, "Pékin a lancé une répression contre les écoles privées de soutien scolaire."],
  ['fr', 'saisir', S, "Les autorités ont saisi le yacht de l'oligarque."],
  // --- limite
  ['fr', 'limiter', L, "La nouvelle règle limite le nombre de vols à Orly."],
  ['fr', 'limiter', L, "Les rassemblements sont limités à 20 personnes."],
  ['fr', 'limitation', L, "La limitation de vitesse à 80 km/h a été contestée."],
  ['fr', 'restreindre', L, "Pékin a restreint l'accès aux sites étrangers.", 'Pékin'],
  ['fr', 'restriction', L, "Le gouvernement a imposé de nouvelles restrictions de voyage.", 'gouvernement'],
  ['fr', 'restriction', L, "Les restrictions aux exportations de puces resteront en place."],
  ['fr', 'plafonner', L, "Le gouvernement a plafonné la hausse des loyers à 3,5 %.", 'gouvernement'],
  ['fr', 'plafonner', L, "Les bonus des banquiers seront plafonnés."],
  ['fr', 'plafond', L, "Le plafond de la dette a été relevé."],
  ['fr', 'plafond', L, "Il a dépassé les plafonds d'indemnités concernant le cumul de mandats."],
  ['fr', 'encadrer', L, "La loi encadre strictement l'usage des drones."],
  ['fr', 'encadrement', L, "L'encadrement des loyers s'applique à Paris depuis 2019."],
  ['fr', 'contingenter', L, "Bruxelles a contingenté les importations d'acier."],
  ['fr', 'quota', L, "L'Union européenne a fixé des quotas de pêche pour le cabillaud."],
  ['fr', 'rationner', L, "Le fournisseur a commencé à rationner l'électricité."],
  ['fr', 'seuil', L, "La taxe s'applique au-delà du seuil de 250 salariés."],
  ['fr', 'maximum', L, "Les banques pourront détenir au maximum 5 % du capital."],
  ['fr', 'ne pas dépasser', L, "Le déficit ne doit pas dépasser 3 % du PIB."],
  ['fr', 'uniquement', L, "L'offre est réservée uniquement aux clients existants."],
  ['fr', 'réservé', L, "Les places sont réservées aux adhérents."],
  ['fr', 'ne que', L, "Le médicament ne peut être délivré que sur ordonnance."],
  ['fr', 'durcir', L, "Berlin a durci les règles sur les exportations d'armes.", 'Berlin'],
  ['fr', 'jusqu’à', L, "Les femmes peuvent avorter jusqu'à 14 semaines sur simple demande."],
  ['fr', 'jusqu’à', L, "La garde à vue peut être prolongée jusqu'à 96 heures."],
  ['fr', 'réduire', L, "Le nombre d'agences autorisées à consulter les données sera réduit."],
  ['fr', 'contrôle', L, "Washington a renforcé les contrôles à l'exportation sur les puces."],
  ['fr', 'circonscrire', L, "L'usage des fonds est circonscrit à la reconstruction."],
  // --- condition
  ['fr', 'à condition que', C, "La fusion pourra se faire à condition que Bruxelles donne son accord."],
  ['fr', 'sous réserve', C, "La vente reste sous réserve de l'accord des autorités."],
  ['fr', 'soumis à', C, "L'opération est soumise à l'accord de la Commission."],
  ['fr', 'sauf si', C, "La fusion aura lieu sauf si les autorités s'y opposent."],
  ['fr', 'conditionner', C, "Bruxelles conditionne son aide à des réformes de la justice.", 'Bruxelles'],
  ['fr', 'subordonner', C, "Le gouvernement subordonne le versement des aides au maintien de l'emploi."],
  ['fr', 'exiger', C, "La loi exige des entreprises qu'elles publient leurs émissions."],
  ['fr', 'obliger', C, "La nouvelle loi oblige les plateformes à retirer les contenus illicites."],
  ['fr', 'obligation', C, "Les employeurs ont l'obligation de déclarer tout accident du travail."],
  ['fr', 'contraindre', C, "Le tribunal a contraint Google à communiquer les données."],
  ['fr', 'imposer de', C, "La directive impose aux banques de détenir davantage de capital."],
  ['fr', 'tenu de', C, "Les employeurs sont tenus de déclarer les accidents sous 48 heures."],
  ['fr', 'devoir', C, "Les banques devront transmettre ces données au fisc."],
  ['fr', 'ne que si', C, "L'Iran ne reviendra à la table des négociations que si les sanctions sont levées."],
  ['fr', 'tant que', F, "Il n'y aura pas d'État palestinien indépendant tant qu'il sera Premier ministre."],
  ['fr', 'tant que', F, "Kiev ne négociera pas tant que les troupes russes occuperont son territoire."],
  ['fr', 'en échange', C, "Le Soudan améliorera l'accès humanitaire en échange de la levée des sanctions."],
  ['fr', 'ultimatum', C, "Moscou a lancé un ultimatum à Kiev."],
  ['fr', 'ne sans', C, "Le texte ne pourra pas être adopté sans les voix de l'opposition."],
  ['fr', 'en cas de', C, "L'IVG est autorisée jusqu'à 12 semaines, et jusqu'à 24 semaines en cas de malformation grave."],
  ['fr', 'en cas de', C, "Le régime pourra être prolongé en cas de menace grave pour l'ordre public."],
  ['fr', 'condition', C, "Le cessez-le-feu est une condition préalable aux négociations."],
  ['fr', 'sous peine', C, "Les opérateurs doivent se conformer sous peine d'amende."],
  ['fr', 'mise en demeure', P, "La Cnil a mis en demeure la société de cesser la collecte."],
  ['fr', 'feu vert', C, "Le rachat doit encore recevoir le feu vert de Bruxelles."],
  ['fr', 'délai', C, "Le régulateur a donné jusqu'au 15 mars à la société pour répondre."],
  // --- refus
  ['fr', 'refuser', F, "La Pologne a refusé d'accueillir les migrants."],
  ['fr', 'refuser', F, "Le Sénat refuse de ratifier le traité.", 'Sénat'],
  ['fr', 'sans mandat', C, "La loi empêcherait l'accès aux métadonnées des journalistes sans mandat judiciaire."],
  ['fr', 'exige sous', C, "La douane exige le paiement sous dix jours."],
  ['fr', 'doit avant', C, "Les autorités doivent mener une évaluation de sécurité avant de fournir les garanties."],
  ['fr', 'en payant', C, "Le contrat permet à Yahoo de se retirer en payant une indemnité de 144 millions de dollars."],
  ['fr', 'limiter programme', L, "Les négociations visent à limiter le programme nucléaire iranien."],
  ['fr', 'interdit de territoire', S, "Le militant est interdit de territoire en France depuis 2019."],
  ['fr', 'refouler', S, "Les migrants ont été refoulés à la frontière."],
  ['fr', 'refus', F, "Son refus de témoigner a irrité la commission."],
  ['fr', 'rejeter', F, "Le Sénat a rejeté la proposition en octobre.", 'Sénat'],
  ['fr', 'rejeter', F, "L'offre a été rejetée par le conseil d'administration."],
  ['fr', 'décliner', F, "Le conseil a décliné l'offre de la banque rivale."],
  ['fr', 'opposer veto', F, "La Russie a opposé son veto à la résolution.", 'Russie'],
  ['fr', 'veto', F, "Le veto de la Chine a bloqué le texte."],
  ['fr', 's’opposer', F, "Paris s'oppose à l'accord commercial avec le Mercosur.", 'Paris'],
  ['fr', 'boycotter', F, "L'opposition a boycotté le vote."],
  ['fr', 'repousser', F, "Les députés ont repoussé l'amendement."],
  ['fr', 'débouter', F, "La Cour de cassation a débouté Uber."],
  ['fr', 'pas question', F, "Il n'est pas question de relever l'âge de départ, a déclaré le ministre."],
  ['fr', 'dire non', F, "Les électeurs ont dit non au projet."],
  ['fr', 'ne signera pas', F, "La Pologne ne signera pas le pacte migratoire."],
  ['fr', 'voter contre', F, "Le Sénat a voté contre le projet de loi."],
  ['fr', 'rechigner', F, "Pékin rechigne à s'engager sur un montant précis."],
  ['fr', 'résister', F, "Berlin résiste aux pressions pour livrer des chars."],
  ['fr', 'bloquer efforts', F, "La Russie et la Chine ont bloqué les efforts du Conseil de sécurité."],
  ['fr', 'réticent', F, "Pékin s'est montré réticent à s'engager sur une rencontre."],
  // --- sanction
  ['fr', 'sanction', S, "L'Union européenne a imposé des sanctions aux banques russes."],
  ['fr', 'sanctionner', S, "Washington a sanctionné cinq responsables iraniens.", 'Washington'],
  ['fr', 'sanction', S, "La Russie fait l'objet de nouvelles sanctions."],
  ['fr', 'amende', S, "Bruxelles a infligé une amende de 4,3 milliards d'euros à Google.", 'Bruxelles'],
  ['fr', 'amende', S, "Google a été condamné à une amende de 500 millions d'euros."],
  ['fr', 'expulser', S, "La France a expulsé quatre diplomates russes."],
  ['fr', 'exclure', S, "La Russie a été exclue de la compétition."],
  ['fr', 'exclusion', S, "L'exclusion de la Russie du système Swift a été décidée."],
  ['fr', 'suspendre', S, "Le joueur a été suspendu pour cinq matches."],
  ['fr', 'suspension', S, "La suspension de Jean Dupont a été confirmée."],
  ['fr', 'limoger', S, "Le président a limogé son ministre de la Défense."],
  ['fr', 'licencier', S, "Le directeur a été licencié pour faute grave."],
  ['fr', 'révoquer', S, "Le préfet a été révoqué par le gouvernement."],
  ['fr', 'destituer', S, "Le Parlement a destitué la présidente."],
  ['fr', 'condamner', S, "Jean Dupont a été condamné à cinq ans de prison."],
  ['fr', 'incarcérer', S, "Le journaliste a été incarcéré après le coup d'État."],
  ['fr', 'emprisonner', S, "L'opposant a été emprisonné en 2021."],
  ['fr', 'priver', S, "Elle s'est vu privée de la tutelle sur l'institut."],
  ['fr', 'gel des avoirs', S, "Bruxelles a décidé le gel des avoirs de cinq responsables."],
  ['fr', 'geler avoirs', S, "Washington a gelé les avoirs du gouvernement soudanais."],
  ['fr', 'droits de douane', S, "Washington a imposé des droits de douane sur l'acier chinois."],
  ['fr', 'surtaxe', S, "Pékin a imposé une surtaxe sur le cognac européen."],
  ['fr', 'liste noire', S, "Washington a placé Huawei sur sa liste noire."],
  ['fr', 'retirer licence', S, "L'Arcom a retiré l'autorisation d'émettre de la chaîne."],
  ['fr', 'radier', S, "Le médecin a été radié de l'ordre."],
  ['fr', 'blâme', S, "Le député a reçu un blâme de l'Assemblée nationale."],
  ['fr', 'inéligible', S, "Marie Martin a été déclarée inéligible pour cinq ans."],
  ['fr', 'assigner à résidence', S, "L'opposant a été assigné à résidence."],
  ['fr', 'mise à pied', S, "Le salarié a fait l'objet d'une mise à pied."],
  ['fr', 'déchoir', S, "Le gouvernement veut déchoir les binationaux condamnés de leur nationalité."],
  ['fr', 'pénalité', S, "Le constructeur devra payer des pénalités de retard."],
  ['fr', 'punir', S, "Israël a promis de punir l'Autorité palestinienne en gelant ses recettes fiscales."],
  ['fr', 'taxer', S, "Washington va taxer les importations de voitures européennes."],
  ['fr', 'expulsion', S, "L'expulsion de l'imam a été confirmée par le Conseil d'État."],
];

/** Restriction look-alikes: the field's words stating no restriction. [language, sentence]. */
const RESTRICTIONS_NOT: Array<[Language, string]> = [
  ['en', 'Ban Ki-moon visited the camp on Monday.'],
  ['en', 'The spokesman refused to comment on the report.'],
  ['en', 'The company declined to comment.'],
  ['en', 'Shares declined to 3 percent of their peak.'],
  ['en', 'The bar was crowded after the match.'],
  ['en', 'The limited edition sold out in minutes.'],
  ['en', 'The storm prevented the ferry from sailing.'],
  ['en', 'Nothing prevents investors from buying the shares.'],
  ['en', 'Temperatures are capped by a layer of cloud.'],
  ['en', 'The Sanctions Committee met in New York.'],
  ['en', 'The fine weather drew crowds to the beach.'],
  ['en', 'The court heard the case on Tuesday.'],
  ['en', 'The restriction enzyme cuts DNA at specific sites.'],
  ['en', 'The storm forced the airline to cancel flights.'],
  ['en', 'The overall impact is now over $4 billion per month in extra tariffs on a wide range of goods.'],
  ['en', 'The army seized the initiative on the eastern front.'],
  ['en', 'The rebels seized power in 2021.'],
  ['en', 'I will not rest as long as this injustice continues.'],
  ['en', 'Some places may not receive aid for up to two weeks.'],
  ['en', 'Both sides are going to want to turn down the rhetoric.'],
  ['en', 'Players need to rest before playing again.'],
  ['en', 'There is only one way to win if you want the title.'],
  ['en', 'The summit covered missile defence, AIDS and cracking down on smuggling.'],
  ['en', 'He was reluctant at first, he said.'],
  ['en', 'The film censor retired last year.'],
  ['fr', 'Ban Ki-moon a visité le camp lundi.'],
  ['fr', "Le porte-parole a refusé de commenter l'information."],
  ['fr', "L'entreprise n'a pas souhaité faire de commentaire."],
  ['fr', "Le bar était bondé après le match."],
  ['fr', "L'édition limitée s'est vendue en quelques minutes."],
  ['fr', "La pluie a empêché le match de se jouer."],
  ['fr', "Le plafond de la chapelle a été restauré."],
  ['fr', 'Le tribunal a examiné le dossier mardi.'],
  ['fr', "La condition physique des joueurs s'est améliorée."],
  ['fr', "Lors de la nomination ou de la révocation d'un ministre, le président a le dernier mot."],
  ['fr', "La tempête a contraint la compagnie à annuler ses vols."],
  ['fr', "Le requérant a saisi la justice en mars."],
  ['fr', "Le parti a saisi l'occasion pour se relancer."],
  ['fr', "Je ne me tairai pas tant que je vivrai."],
  ['fr', "Il pourra aller jusqu'à la mer à vélo."],
  ['fr', "La crue peut durer jusqu'à trois jours selon Météo-France."],
];

/** A contract row: [language, lemma, sentence, parties expected, status expected, kind expected]. */
type CRow = [Language, string, string, string[], string | null, string?];

const CONTRACTS_EN: CRow[] = [
  ['en', 'agreement', 'Airbus signed an agreement with Renault on batteries.', ['Airbus', 'Renault'], 'signed', 'agreement'],
  ['en', 'agreement', 'The agreement between Israel and Hamas was signed in Cairo.', ['Israel', 'Hamas'], 'signed', 'agreement'],
  ['en', 'deal', 'Boeing struck a deal with Saudi Arabia for 20 jets.', ['Boeing', 'Saudi Arabia'], 'signed', 'deal'],
  ['en', 'deal', 'Verizon sealed a deal with Yahoo.', ['Verizon', 'Yahoo'], 'signed', 'deal'],
  ['en', 'deal', 'Microsoft inked a deal with Nissan.', ['Microsoft', 'Nissan'], 'signed', 'deal'],
  ['en', 'deal', 'Disney clinched a deal with Apple.', ['Disney', 'Apple'], 'signed', 'deal'],
  ['en', 'deal', 'Pfizer reached a deal with the European Union on vaccines.', ['Pfizer', 'the European Union'], 'signed', 'deal'],
  ['en', 'contract', 'Lockheed Martin won a contract from the Pentagon.', ['Lockheed Martin', 'the Pentagon'], 'signed', 'contract'],
  ['en', 'contract', 'On Monday the Pentagon awarded Boeing a $2 billion contract.', ['the Pentagon', 'Boeing'], 'signed', 'contract'],
  ['en', 'contract', 'Poland cancelled its contract with Airbus.', ['Poland', 'Airbus'], 'cancelled', 'contract'],
  ['en', 'treaty', 'Russia withdrew from the treaty with Washington.', ['Russia', 'Washington'], 'cancelled', 'treaty'],
  ['en', 'treaty', 'France and Germany ratified the treaty.', ['France', 'Germany'], 'signed', 'treaty'],
  ['en', 'accord', 'Iran and Saudi Arabia signed an accord in Beijing.', ['Iran', 'Saudi Arabia'], 'signed', 'agreement'],
  ['en', 'pact', 'Poland and Ukraine signed a defence pact.', ['Poland', 'Ukraine'], 'signed', 'agreement'],
  ['en', 'partnership', 'Google announced a partnership with Renault.', ['Google', 'Renault'], 'announced', 'partnership'],
  ['en', 'alliance', 'Renault and Nissan formed an alliance in 1999.', ['Renault', 'Nissan'], 'signed', 'partnership'],
  ['en', 'joint venture', 'Tesla and Huawei set up a joint venture.', ['Tesla', 'Huawei'], 'signed', 'partnership'],
  ['en', 'merger', 'The merger of Renault and Nissan was called off.', ['Renault', 'Nissan'], 'cancelled', 'merger'],
  ['en', 'merger', 'Boeing and Airbus discussed a merger.', ['Boeing', 'Airbus'], 'proposed', 'merger'],
  ['en', 'acquisition', 'Microsoft completed the acquisition of Twitter.', ['Microsoft', 'Twitter'], 'signed', 'acquisition'],
  ['en', 'takeover', 'The takeover of Yahoo by Verizon was completed.', ['Yahoo', 'Verizon'], 'signed', 'acquisition'],
  ['en', 'buy', 'Verizon bought Yahoo for $4.8 billion.', ['Verizon', 'Yahoo'], 'signed', 'acquisition'],
  ['en', 'acquire', 'Disney agreed to acquire Twitter.', ['Disney', 'Twitter'], 'signed', 'acquisition'],
  ['en', 'acquire', 'Apple plans to acquire Disney.', ['Apple', 'Disney'], 'proposed', 'acquisition'],
  ['en', 'take over', 'Uber took over Twitter last year.', ['Uber', 'Twitter'], 'signed', 'acquisition'],
  ['en', 'merge', 'Nissan merged with Renault.', ['Nissan', 'Renault'], 'signed', 'merger'],
  ['en', 'team up', 'Apple teamed up with Google on contact tracing.', ['Apple', 'Google'], 'signed', 'partnership'],
  ['en', 'partner', 'Pfizer partnered with Microsoft.', ['Pfizer', 'Microsoft'], 'signed', 'partnership'],
  ['en', 'ceasefire', 'Israel and Hamas agreed to a ceasefire on Friday.', ['Israel', 'Hamas'], 'signed', 'treaty'],
  ['en', 'truce', 'Russia and Ukraine broke the truce within hours.', ['Russia', 'Ukraine'], 'disputed', 'treaty'],
  ['en', 'memorandum', 'France and Germany signed a memorandum of understanding.', ['France', 'Germany'], 'signed', 'agreement'],
  ['en', 'order', 'Saudi Arabia placed an order for 40 Boeing jets.', ['Saudi Arabia', 'Boeing'], 'signed', 'contract'],
  ['en', 'bid', 'Microsoft made a bid for Yahoo.', ['Microsoft', 'Yahoo'], 'proposed', 'acquisition'],
  ['en', 'bailout', 'Greece accepted a bailout from the European Union.', ['Greece', 'the European Union'], 'signed', 'deal'],
  ['en', 'negotiate', 'Boeing is negotiating a contract with Turkey.', ['Boeing', 'Turkey'], 'proposed', 'contract'],
  ['en', 'talks', 'Nissan is in talks with Renault over a merger.', ['Nissan', 'Renault'], 'proposed'],
  ['en', 'amend', 'Airbus and Renault amended their agreement.', ['Airbus', 'Renault'], 'amended', 'agreement'],
  ['en', 'extend', 'Disney extended its contract with Apple until 2030.', ['Disney', 'Apple'], 'amended', 'contract'],
  ['en', 'renegotiate', 'Washington wants to renegotiate the trade deal with China.', ['Washington', 'China'], 'amended', 'deal'],
  ['en', 'terminate', 'Yahoo terminated the deal with Verizon.', ['Yahoo', 'Verizon'], 'cancelled', 'deal'],
  ['en', 'scrap', 'Australia scrapped the submarine contract with France.', ['France'], 'cancelled', 'contract'],
  ['en', 'dispute', 'Boeing disputed the contract awarded to Airbus.', ['Airbus'], 'disputed', 'contract'],
  ['en', 'propose', 'Brussels proposed a trade agreement with Russia.', ['Brussels', 'Russia'], 'proposed', 'agreement'],
  ['en', 'licence', 'Microsoft signed a licensing agreement with Nissan.', ['Microsoft', 'Nissan'], 'signed', 'license'],
  ['en', 'conclude', 'Israel and Iran concluded an agreement in secret.', ['Israel', 'Iran'], 'signed', 'agreement'],
  ['en', 'armistice', 'Russia and Ukraine signed an armistice.', ['Russia', 'Ukraine'], 'signed', 'treaty'],
  ['en', 'plural between', 'The ministry signed several contracts between Airbus and Renault in 2011.', ['Airbus', 'Renault'], 'signed', 'contract'],
  ['en', 'violate', 'Iran and Israel violated the truce on Sunday.', ['Iran', 'Israel'], 'disputed', 'treaty'],
  ['en', 'in exchange for', 'In exchange for the lifting of sanctions by Washington, Iran has said it will open its sites to inspectors.', ['Washington', 'Iran'], 'proposed', 'agreement'],
  ['en', 'buyout', 'The buyout of Twitter by Microsoft was approved.', ['Twitter', 'Microsoft'], 'signed', 'acquisition'],
];

const CONTRACTS_FR: CRow[] = [
  ['fr', 'accord', 'Airbus a signé un accord avec Renault sur les batteries.', ['Airbus', 'Renault'], 'signed', 'agreement'],
  ['fr', 'accord', "L'accord entre Israël et le Hamas a été signé au Caire.", ['Israël', 'Hamas'], 'signed', 'agreement'],
  ['fr', 'conclure', 'Dassault a conclu un contrat avec l’Inde pour 36 Rafale.', ['Dassault', 'Inde'], 'signed', 'contract'],
  ['fr', 'conclure', 'Sanofi et Google ont conclu un partenariat.', ['Sanofi', 'Google'], 'signed', 'partnership'],
  ['fr', 'contrat', 'Thales a décroché un contrat avec la Pologne.', ['Thales', 'Pologne'], 'signed', 'contract'],
  ['fr', 'contrat', 'Thales a remporté un contrat auprès de la Grèce.', ['Thales', 'Grèce'], 'signed', 'contract'],
  ['fr', 'contrat', "La Pologne a annulé son contrat avec Airbus.", ['Pologne', 'Airbus'], 'cancelled', 'contract'],
  ['fr', 'contrat', "La SNCF a résilié le contrat avec Orange.", ['SNCF', 'Orange'], 'cancelled', 'contract'],
  ['fr', 'traité', 'La Russie s’est retirée du traité avec Washington.', ['Russie', 'Washington'], 'cancelled', 'treaty'],
  ['fr', 'traité', 'La France et l’Inde ont ratifié le traité.', ['Inde'], 'signed', 'treaty'],
  ['fr', 'pacte', 'La Pologne et l’Ukraine ont signé un pacte de défense.', ['Pologne', 'Ukraine'], 'signed', 'agreement'],
  ['fr', 'partenariat', 'Google a annoncé un partenariat avec Renault.', ['Google', 'Renault'], 'announced', 'partnership'],
  ['fr', 'alliance', 'Renault et Nissan ont noué une alliance en 1999.', ['Renault', 'Nissan'], 'signed', 'partnership'],
  ['fr', 'coentreprise', 'Stellantis et TotalEnergies ont créé une coentreprise.', ['Stellantis', 'TotalEnergies'], 'signed', 'partnership'],
  ['fr', 'fusion', 'La fusion entre Renault et Nissan a été abandonnée.', ['Renault', 'Nissan'], 'cancelled', 'merger'],
  ['fr', 'fusion', 'Vivendi et Lagardère discutent d’une fusion.', ['Vivendi', 'Lagardère'], 'proposed', 'merger'],
  ['fr', 'fusionner', 'Vivendi a fusionné avec Lagardère.', ['Vivendi', 'Lagardère'], 'signed', 'merger'],
  ['fr', 'rachat', 'Le rachat de Lagardère par Vivendi a été finalisé.', ['Lagardère', 'Vivendi'], 'signed', 'acquisition'],
  ['fr', 'racheter', 'Vivendi a racheté Lagardère en 2023.', ['Vivendi', 'Lagardère'], 'signed', 'acquisition'],
  ['fr', 'acquérir', 'Sanofi a acquis Orange pour 3 milliards.', ['Sanofi', 'Orange'], 'signed', 'acquisition'],
  ['fr', 'acquisition', "Google a finalisé l'acquisition de Renault.", ['Google', 'Renault'], 'signed', 'acquisition'],
  ['fr', 'OPA', 'Vivendi a lancé une OPA sur Lagardère.', ['Vivendi', 'Lagardère'], 'proposed', 'acquisition'],
  ['fr', 'prise de contrôle', 'Vivendi a pris le contrôle de Lagardère.', ['Vivendi', 'Lagardère'], 'signed', 'acquisition'],
  ['fr', 's’allier', 'Renault s’est allié avec Google.', ['Renault', 'Google'], 'signed', 'partnership'],
  ['fr', 's’associer', 'Sanofi s’est associé à Google pour développer un vaccin.', ['Sanofi', 'Google'], 'signed', 'partnership'],
  ['fr', 'cessez-le-feu', 'Israël et le Hamas ont conclu un cessez-le-feu vendredi.', ['Israël', 'Hamas'], 'signed', 'treaty'],
  ['fr', 'trêve', 'La Russie et l’Ukraine ont signé une trêve.', ['Russie', 'Ukraine'], 'signed', 'treaty'],
  ['fr', 'protocole', "Paris et Berlin ont signé un protocole d'accord.", ['Paris', 'Berlin'], 'signed', 'agreement'],
  ['fr', 'commande', "L'Inde a passé une commande de 26 Rafale à Dassault.", ['Inde', 'Dassault'], 'signed', 'contract'],
  ['fr', 'négocier', 'Airbus négocie un contrat avec la Pologne.', ['Airbus', 'Pologne'], 'proposed', 'contract'],
  ['fr', 'négociations', 'Renault est en négociations avec Nissan sur une fusion.', ['Renault', 'Nissan'], 'proposed'],
  ['fr', 'amender', 'Airbus et Renault ont amendé leur accord.', ['Airbus', 'Renault'], 'amended', 'agreement'],
  ['fr', 'prolonger', 'Apple a prolongé son contrat avec Orange jusqu’en 2030.', ['Apple', 'Orange'], 'amended', 'contract'],
  ['fr', 'renégocier', "Washington veut renégocier l'accord commercial avec la Chine.", ['Washington', 'Chine'], 'amended', 'agreement'],
  ['fr', 'rompre', 'Sanofi a rompu son partenariat avec Google.', ['Sanofi', 'Google'], 'cancelled', 'partnership'],
  ['fr', 'dénoncer', 'Washington a dénoncé l’accord avec l’Iran.', ['Washington', 'Iran'], 'cancelled', 'agreement'],
  ['fr', 'proposer', "Bruxelles a proposé un accord commercial avec l'Inde.", ['Bruxelles', 'Inde'], 'proposed', 'agreement'],
  ['fr', 'violer', 'La Russie et l’Ukraine ont violé la trêve dans la nuit.', ['Russie', 'Ukraine'], 'disputed', 'treaty'],
  ['fr', 'sceller', 'Vivendi et Orange ont scellé un accord.', ['Vivendi', 'Orange'], 'signed', 'agreement'],
  ['fr', 'parapher', 'Paris et Berlin ont paraphé le traité.', ['Paris', 'Berlin'], 'signed', 'treaty'],
  ['fr', 'contrats entre', 'Il a fait conclure en 2011 des contrats entre Airbus et la SNCF.', ['Airbus', 'SNCF'], 'signed', 'contract'],
  ['fr', 'en échange', "En échange de la levée des sanctions de Washington, l'Iran s'engage à ouvrir ses sites aux inspecteurs.", ['Washington', 'Iran'], 'announced', 'agreement'],
  ['fr', 'armistice', "La Russie et l'Ukraine ont signé un armistice.", ['Russie', 'Ukraine'], 'signed', 'treaty'],
  ['fr', 'attribuer', 'Le contrat a été attribué à Thales par la Grèce.', ['Thales', 'Grèce'], 'signed', 'contract'],
];

/**
 * Contract rows the rules do not find yet (known gaps, counted in the coverage rate, not asserted): an agreement named by "one" ("the
 * one struck with Mozilla"), a settlement with an unnamed side, an adhesion stated by "subscribes to" under a negation, a contract
 * "awarded to" its winner after the noun, « un marché de la SNCF » (« de » names a holder as often as an issuer).
 */
const CONTRACTS_KNOWN_GAPS: CRow[] = [
  ['en', 'deal', 'The one struck with Google in 2014 was cancelled.', ['Google'], 'cancelled'],
  ['en', 'settlement', 'Google reached a $700 million settlement with the states.', ['Google'], 'signed', 'agreement'],
  ['en', 'sign up to', 'Iran can no longer claim it subscribes to the treaty.', [], null, 'treaty'],
  ['fr', 'contester', 'Boeing conteste le contrat attribué à Airbus.', ['Airbus'], 'disputed', 'contract'],
  ['fr', 'convention', 'Il ne peut plus prétendre qu’il souscrit à la Convention internationale des droits de l’enfant.', [], null, 'treaty'],
  ['fr', 'marché', "Airbus a obtenu un marché public de la SNCF.", ['Airbus', 'SNCF'], 'signed', 'contract'],
];

/** Contract look-alikes. */
const CONTRACTS_NOT: Array<[Language, string]> = [
  ['en', 'He spent a great deal of time in Paris.'],
  ['en', 'The minister gave his agreement to the plan.'],
  ['en', 'She signed autographs for fans.'],
  ['en', 'He bought a coffee before the meeting.'],
  ['en', 'Apple removed the app of its own accord.'],
  ['en', 'Such contracts between companies are common.'],
  ['en', 'In exchange for his testimony, the witness was granted immunity.'],
  ['en', 'Talks broke down on Friday.'],
  ['fr', "Il est d'accord avec le ministre."],
  ['fr', 'Il a signé un autographe pour un fan.'],
  ['fr', "Elle a acheté un café avant la réunion."],
  ['fr', "La convention démocrate s'est ouverte lundi."],
  ['fr', 'Des contrats entre entreprises sont fréquents.'],
];

const CONTRACT_ACTORS = (lang: Language, text: string): ContractActorSpec[] =>
  actorsFor(lang, text).map(([n, k]) => [n, k] as ContractActorSpec);

/** True when the restriction row is found with its kind (and imposer when given). */
function restrictionFound([lang, , kind, text, imposer]: RRow): boolean {
  const found = restrictionsOf(lang, text, actorsFor(lang, text));
  return found.some((r) => r.kind === kind && text.slice(r.evidence.start, r.evidence.end) === r.evidence.text
    && (imposer === undefined || sameName(r.imposedBy?.name, imposer)));
}

/** True when the contract row is found with its kind, status and parties. */
function contractFound([lang, , text, parties, status, kind]: CRow): boolean {
  const found = contractsOf(lang, text, CONTRACT_ACTORS(lang, text));
  return found.some((c) => (kind === undefined || c.kind === kind) && c.status === status
    && parties.every((p) => c.parties.some((q) => sameName(q.name, p))) && text.slice(c.evidence.start, c.evidence.end) === c.evidence.text);
}

const ALL_R = [...RESTRICTIONS_EN, ...RESTRICTIONS_FR];
const ALL_C = [...CONTRACTS_EN, ...CONTRACTS_FR];

describe('restriction lexical field: should find', () => {
  test.each(ALL_R.map((r) => [`${r[0]} ${r[1]} (${r[2]}): ${r[3]}`, r] as const))('%s', (_label, row) => {
    expect(restrictionFound(row)).toBe(true);
  });
});

describe('restriction lexical field: should not find', () => {
  test.each(RESTRICTIONS_NOT)('%s: %s', (lang, text) => {
    expect(restrictionsOf(lang, text, actorsFor(lang, text))).toEqual([]);
  });
});

describe('contract lexical field: should find', () => {
  test.each(ALL_C.map((r) => [`${r[0]} ${r[1]}: ${r[2]}`, r] as const))('%s', (_label, row) => {
    expect(contractFound(row)).toBe(true);
  });
});

describe('contract lexical field: should not find', () => {
  test.each(CONTRACTS_NOT)('%s: %s', (lang, text) => {
    expect(contractsOf(lang, text, CONTRACT_ACTORS(lang, text))).toEqual([]);
  });
});

describe('lexical field coverage', () => {
  test('the detection rate of each language and kind is reported', () => {
    const rate = (rows: boolean[]) => `${rows.filter(Boolean).length}/${rows.length}`;
    const lines = (['en', 'fr'] as const).flatMap((lang) => [
      `restrictions ${lang}: ${rate(ALL_R.filter((r) => r[0] === lang).map(restrictionFound))}`,
      `contracts ${lang}: ${rate([...ALL_C, ...CONTRACTS_KNOWN_GAPS].filter((r) => r[0] === lang).map(contractFound))}`,
    ]);
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(4);
  });
});
