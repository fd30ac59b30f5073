/**
 * Coverage matrix of restrictions: the lexemes news uses to forbid, limit, condition, refuse or sanction (verbs and nouns,
 * English and French in equal measure) crossed with the frames news puts them in — active past, present and future; passive
 * with and without its agent; a noun with its author (possessive, « par »); planned, possible or reported (status proposed);
 * lifted or eased; with a condition or an exception; in a relative or participial clause; as a headline. The rows were written
 * from how wire copy is phrased, not from the tune articles: they measure recall on phrasings the rules were never shown.
 *
 * Each should-find row asserts the real fields: kind, status, a phrase the action must hold (the restricted thing), and when
 * actors are named, `imposedBy` and `appliesTo`; the evidence must slice the text. The should-not-find rows hold the same words
 * where they restrict nothing (a limit of patience, a blocked shot, banned substances found, a market limiting its losses).
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

interface Row {
  lang: Language;
  text: string;
  actors?: NameKind[];
  kind: string;
  /** `active` unless given. */
  status?: string;
  /** A phrase the evidence must contain (the trigger), to pick the restriction among several. */
  ev: string;
  /** A phrase the action must contain. */
  action?: string;
  imposedBy?: string | null;
  /** Names `appliesTo` must include. */
  appliesTo?: string[];
  /** A phrase the condition must contain. */
  condition?: string;
}

const G = 'government' as const;
const O = 'organization' as const;
const P = 'person' as const;

const SHOULD_FIND: Row[] = [
  // ===== English
  // --- ban: active past, present, future, passive, noun with author, imposed, planned, possible, bill, reported, lifted,
  // relative, participle, headline
  { lang: 'en', text: 'The European Union banned imports of Russian coal on Friday.', actors: [['European Union', G]], kind: 'prohibition', ev: 'banned', action: 'imports of Russian coal', imposedBy: 'European Union' },
  { lang: 'en', text: 'France bans the sale of disposable vapes.', actors: [['France', G]], kind: 'prohibition', ev: 'bans', action: 'the sale of disposable vapes', imposedBy: 'France' },
  { lang: 'en', text: 'Australia will ban social media accounts for children under 16.', actors: [['Australia', G]], kind: 'prohibition', ev: 'will ban', action: 'social media accounts', imposedBy: 'Australia' },
  { lang: 'en', text: 'TikTok was banned by the Indian government in 2020.', actors: [['TikTok', O], ['Indian government', G]], kind: 'prohibition', ev: 'banned', action: 'TikTok', imposedBy: 'Indian government', appliesTo: ['TikTok'] },
  { lang: 'en', text: 'Smoking is banned in all public buildings.', kind: 'prohibition', ev: 'banned', action: 'Smoking' },
  { lang: 'en', text: "Germany's ban on fracking remains in force.", actors: [['Germany', G]], kind: 'prohibition', ev: 'ban on fracking', action: 'fracking', imposedBy: 'Germany' },
  { lang: 'en', text: 'Beijing imposed a ban on seafood imports from Japan.', actors: [['Beijing', G], ['Japan', G]], kind: 'prohibition', ev: 'ban on', action: 'seafood imports', imposedBy: 'Beijing' },
  { lang: 'en', text: 'The European Commission plans to ban PFAS in consumer products.', actors: [['European Commission', G]], kind: 'prohibition', status: 'proposed', ev: 'ban', action: 'PFAS', imposedBy: 'European Commission' },
  { lang: 'en', text: 'Washington could ban the app within months.', actors: [['Washington', G]], kind: 'prohibition', status: 'proposed', ev: 'ban', action: 'the app', imposedBy: 'Washington' },
  { lang: 'en', text: 'A new bill would ban the sale of petrol cars by 2035.', kind: 'prohibition', status: 'proposed', ev: 'ban', action: 'the sale of petrol cars' },
  { lang: 'en', text: 'Denmark said it would ban mobile phones in schools.', actors: [['Denmark', G]], kind: 'prohibition', status: 'proposed', ev: 'ban', action: 'mobile phones', imposedBy: 'Denmark' },
  { lang: 'en', text: 'Saudi Arabia lifted its ban on women driving in 2018.', actors: [['Saudi Arabia', G]], kind: 'prohibition', status: 'lifted', ev: 'ban', action: 'women driving', imposedBy: 'Saudi Arabia' },
  { lang: 'en', text: 'The law, which bans conversion therapy, takes effect in June.', kind: 'prohibition', ev: 'bans', action: 'conversion therapy' },
  { lang: 'en', text: 'A decree banning gatherings of more than 50 people was published on Monday.', kind: 'prohibition', ev: 'banning', action: 'gatherings' },
  { lang: 'en', text: 'EU bans Russian oil imports', actors: [['EU', G]], kind: 'prohibition', ev: 'bans', action: 'Russian oil imports', imposedBy: 'EU' },
  // --- prohibit, forbid, outlaw, bar, block
  { lang: 'en', text: 'The new rules prohibit banks from charging overdraft fees.', kind: 'prohibition', ev: 'prohibit', action: 'overdraft fees' },
  { lang: 'en', text: 'Fishing is prohibited in the marine reserve.', kind: 'prohibition', ev: 'prohibited', action: 'Fishing' },
  { lang: 'en', text: 'The treaty forbids the deployment of nuclear weapons in space.', kind: 'prohibition', ev: 'forbids', action: 'the deployment of nuclear weapons' },
  { lang: 'en', text: 'Kenya outlawed plastic bags in 2017.', actors: [['Kenya', G]], kind: 'prohibition', ev: 'outlawed', action: 'plastic bags', imposedBy: 'Kenya' },
  { lang: 'en', text: 'The court barred Trump from holding office in the state.', actors: [['Trump', P]], kind: 'prohibition', ev: 'barred', action: 'holding office', appliesTo: ['Trump'] },
  { lang: 'en', text: "Regulators blocked Microsoft's takeover of Activision.", actors: [['Microsoft', O], ['Activision', O]], kind: 'prohibition', ev: 'blocked', action: 'takeover' },
  { lang: 'en', text: 'The government has banned the opposition party from contesting the election.', kind: 'prohibition', ev: 'banned', action: 'contesting the election' },
  // --- restrict, limit, cap, curb, quota, ceiling
  { lang: 'en', text: 'Japan restricted exports of chipmaking equipment to China.', actors: [['Japan', G], ['China', G]], kind: 'limit', ev: 'restricted', action: 'exports of chipmaking equipment', imposedBy: 'Japan' },
  { lang: 'en', text: 'The city will limit short-term rentals to 90 nights a year.', kind: 'limit', ev: 'limit', action: 'short-term rentals' },
  { lang: 'en', text: 'The government capped energy prices for households.', kind: 'limit', ev: 'capped', action: 'energy prices' },
  { lang: 'en', text: 'Beijing moved to curb property speculation.', actors: [['Beijing', G]], kind: 'limit', ev: 'curb', action: 'property speculation', imposedBy: 'Beijing' },
  { lang: 'en', text: 'Brussels set a quota on steel imports.', actors: [['Brussels', G]], kind: 'limit', ev: 'quota', action: 'steel imports', imposedBy: 'Brussels' },
  { lang: 'en', text: 'The regulator introduced a ceiling on bank bonuses.', kind: 'limit', ev: 'ceiling', action: 'bank bonuses' },
  { lang: 'en', text: 'Access to the site is restricted to accredited journalists.', kind: 'limit', ev: 'restricted to', action: 'accredited journalists' },
  { lang: 'en', text: 'China eased its Covid restrictions on Wednesday.', actors: [['China', G]], kind: 'limit', status: 'eased', ev: 'restrictions', imposedBy: 'China' },
  // --- suspend, freeze, halt, embargo, sanction, blacklist, seize
  { lang: 'en', text: 'Germany suspended arms exports to Turkey.', actors: [['Germany', G], ['Turkey', G]], kind: 'sanction', ev: 'suspended', action: 'arms exports', imposedBy: 'Germany', appliesTo: ['Turkey'] },
  { lang: 'en', text: 'The United States froze the assets of the central bank.', actors: [['United States', G]], kind: 'sanction', ev: 'froze', action: 'assets', imposedBy: 'United States' },
  { lang: 'en', text: 'Russia halted gas deliveries to Poland.', actors: [['Russia', G], ['Poland', G]], kind: 'sanction', ev: 'halted', action: 'gas deliveries', imposedBy: 'Russia', appliesTo: ['Poland'] },
  { lang: 'en', text: 'The United Nations imposed an arms embargo on Libya in 2011.', actors: [['United Nations', G], ['Libya', G]], kind: 'prohibition', ev: 'embargo', action: 'Libya', imposedBy: 'United Nations' },
  { lang: 'en', text: 'The Treasury sanctioned three Iranian oil companies.', actors: [['Treasury', G]], kind: 'sanction', ev: 'sanctioned', action: 'three Iranian oil companies', imposedBy: 'Treasury' },
  { lang: 'en', text: 'Britain imposed sanctions on Russian oligarchs.', actors: [['Britain', G]], kind: 'sanction', ev: 'sanctions', action: 'Russian oligarchs', imposedBy: 'Britain' },
  { lang: 'en', text: 'Five Russian banks were sanctioned by the EU.', actors: [['EU', G]], kind: 'sanction', ev: 'sanctioned', action: 'Five Russian banks', imposedBy: 'EU' },
  { lang: 'en', text: 'The Commerce Department blacklisted Huawei in 2019.', actors: [['Commerce Department', G], ['Huawei', O]], kind: 'sanction', ev: 'blacklisted', action: 'Huawei', imposedBy: 'Commerce Department', appliesTo: ['Huawei'] },
  { lang: 'en', text: 'Washington added SMIC to its trade blacklist.', actors: [['Washington', G], ['SMIC', O]], kind: 'sanction', ev: 'blacklist', imposedBy: 'Washington', appliesTo: ['SMIC'] },
  { lang: 'en', text: 'Ukraine seized the assets of Russian banks.', actors: [['Ukraine', G]], kind: 'sanction', ev: 'seized', action: 'assets of Russian banks', imposedBy: 'Ukraine' },
  { lang: 'en', text: 'The US lifted sanctions on Venezuelan oil.', actors: [['US', G]], kind: 'sanction', status: 'lifted', ev: 'sanctions', action: 'Venezuelan oil', imposedBy: 'US' },
  { lang: 'en', text: 'Washington threatened sanctions against Ankara.', actors: [['Washington', G], ['Ankara', G]], kind: 'sanction', status: 'proposed', ev: 'sanctions', imposedBy: 'Washington', appliesTo: ['Ankara'] },
  { lang: 'en', text: 'The US imposed a 25% tariff on Chinese steel.', actors: [['US', G]], kind: 'sanction', ev: 'tariff', action: 'Chinese steel', imposedBy: 'US' },
  { lang: 'en', text: 'The EU fined Google €4.3 billion.', actors: [['EU', G], ['Google', O]], kind: 'sanction', ev: 'fined', imposedBy: 'EU', appliesTo: ['Google'] },
  // --- exclude, expel, deny, refuse, reject, veto
  { lang: 'en', text: 'Russia was excluded from the Eurovision Song Contest.', actors: [['Russia', G]], kind: 'sanction', ev: 'excluded from', action: 'Eurovision', appliesTo: ['Russia'] },
  { lang: 'en', text: 'France expelled 35 Russian diplomats.', actors: [['France', G]], kind: 'sanction', ev: 'expelled', action: 'Russian diplomats', imposedBy: 'France' },
  { lang: 'en', text: 'Israel denied entry to two US congresswomen.', actors: [['Israel', G]], kind: 'refusal', ev: 'denied entry', action: 'congresswomen', imposedBy: 'Israel' },
  { lang: 'en', text: 'The journalist was refused a visa by China.', actors: [['China', G]], kind: 'refusal', ev: 'refused a visa', imposedBy: 'China' },
  { lang: 'en', text: 'The union refused to sign the agreement.', kind: 'refusal', ev: 'refused', action: 'sign the agreement' },
  { lang: 'en', text: 'The Senate rejected the budget bill on Tuesday.', actors: [['Senate', G]], kind: 'refusal', ev: 'rejected', action: 'the budget bill', imposedBy: 'Senate' },
  { lang: 'en', text: 'Russia vetoed the UN resolution on Ukraine.', actors: [['Russia', G]], kind: 'refusal', ev: 'vetoed', action: 'resolution', imposedBy: 'Russia' },
  { lang: 'en', text: 'The platform denied researchers access to its data.', kind: 'refusal', ev: 'denied', action: 'access' },
  // --- require, mandate, oblige
  { lang: 'en', text: 'The law requires companies to disclose their carbon emissions.', kind: 'condition', ev: 'requires', action: 'disclose their carbon emissions' },
  { lang: 'en', text: 'New York mandated vaccines for all city workers.', actors: [['New York', G]], kind: 'condition', ev: 'mandated', action: 'vaccines', imposedBy: 'New York' },
  { lang: 'en', text: 'Airlines will be obliged to refund passengers within seven days.', kind: 'condition', ev: 'obliged', action: 'refund passengers' },
  // --- impose a curfew, a lockdown; order to stop or close; house arrest; moratorium; no-fly zone; injunction; travel ban
  { lang: 'en', text: 'Authorities imposed a curfew in the capital after the riots.', kind: 'prohibition', ev: 'curfew' },
  { lang: 'en', text: 'Shanghai imposed a strict lockdown on its 25 million residents.', actors: [['Shanghai', G]], kind: 'prohibition', ev: 'lockdown', imposedBy: 'Shanghai' },
  { lang: 'en', text: 'A judge ordered the factory to stop production.', kind: 'prohibition', ev: 'ordered', action: 'production' },
  { lang: 'en', text: 'Police ordered the closure of the nightclub for three months.', kind: 'prohibition', ev: 'closure', action: 'nightclub' },
  // (being placed under house arrest is a sanction, being under it a limit: restrictions/fr/assigne-residence, -etat)
  { lang: 'en', text: 'The opposition leader was placed under house arrest.', kind: 'sanction', ev: 'house arrest' },
  { lang: 'en', text: 'Norway declared a moratorium on deep-sea mining.', actors: [['Norway', G]], kind: 'prohibition', ev: 'moratorium', action: 'deep-sea mining', imposedBy: 'Norway' },
  { lang: 'en', text: 'NATO enforced a no-fly zone over Libya.', actors: [['NATO', O]], kind: 'prohibition', ev: 'no-fly zone', imposedBy: 'NATO' },
  { lang: 'en', text: 'A federal judge issued an injunction blocking the rule.', kind: 'prohibition', ev: 'injunction', action: 'the rule' },
  { lang: 'en', text: 'She obtained a restraining order against her former partner.', kind: 'prohibition', ev: 'restraining order', action: 'former partner' },
  { lang: 'en', text: 'The administration announced a travel ban on seven countries.', kind: 'prohibition', ev: 'travel ban', action: 'seven countries' },
  { lang: 'en', text: 'The regulator revoked the broadcaster\'s licence.', kind: 'sanction', ev: 'revoked', action: 'licence' },
  // --- conditions and exceptions; a sports suspension
  { lang: 'en', text: 'The merger cannot proceed unless the regulator approves it.', kind: 'condition', ev: 'unless', condition: 'unless the regulator approves it' },
  { lang: 'en', text: 'The loan will be paid on condition that the government cuts its deficit.', kind: 'condition', ev: 'on condition that', condition: 'on condition that the government cuts its deficit' },
  { lang: 'en', text: 'All flights are banned, except humanitarian ones.', kind: 'prohibition', ev: 'except humanitarian ones', action: 'flights' },
  { lang: 'en', text: 'The striker was suspended for two matches.', kind: 'sanction', ev: 'suspended for two matches' },

  // ===== French
  // --- interdire : actif passé, présent, futur, passif, nom avec auteur, imposé, envisagé, possible, projet, rapporté, levé,
  // relative, participe, titre
  { lang: 'fr', text: "L'Union européenne a interdit les importations de charbon russe vendredi.", actors: [['Union européenne', G]], kind: 'prohibition', ev: 'interdit', action: 'importations de charbon russe', imposedBy: 'Union européenne' },
  { lang: 'fr', text: 'La France interdit la vente de puffs jetables.', actors: [['France', G]], kind: 'prohibition', ev: 'interdit', action: 'la vente de puffs jetables', imposedBy: 'France' },
  { lang: 'fr', text: "L'Australie interdira les réseaux sociaux aux moins de 16 ans.", actors: [['Australie', G]], kind: 'prohibition', ev: 'interdira', action: 'réseaux sociaux', imposedBy: 'Australie' },
  { lang: 'fr', text: 'TikTok a été interdit par le gouvernement indien en 2020.', actors: [['TikTok', O], ['gouvernement indien', G]], kind: 'prohibition', ev: 'interdit', action: 'TikTok', imposedBy: 'gouvernement indien', appliesTo: ['TikTok'] },
  { lang: 'fr', text: 'La chasse est interdite dans la réserve.', kind: 'prohibition', ev: 'interdite', action: 'chasse' },
  { lang: 'fr', text: "L'interdiction par la mairie de Paris des trottinettes en libre-service est entrée en vigueur.", actors: [['mairie de Paris', G]], kind: 'prohibition', ev: 'interdiction', action: 'trottinettes', imposedBy: 'mairie de Paris' },
  { lang: 'fr', text: 'Pékin a imposé une interdiction des importations de produits de la mer japonais.', actors: [['Pékin', G]], kind: 'prohibition', ev: 'interdiction', action: 'importations de produits de la mer', imposedBy: 'Pékin' },
  { lang: 'fr', text: "Le gouvernement envisage d'interdire les écrans aux enfants de moins de trois ans.", kind: 'prohibition', status: 'proposed', ev: 'interdire', action: 'écrans' },
  { lang: 'fr', text: "Washington pourrait interdire l'application d'ici quelques mois.", actors: [['Washington', G]], kind: 'prohibition', status: 'proposed', ev: 'interdire', action: "l'application", imposedBy: 'Washington' },
  { lang: 'fr', text: 'Un projet de loi vise à interdire la vente de voitures thermiques.', kind: 'prohibition', status: 'proposed', ev: 'interdire', action: 'la vente de voitures thermiques' },
  { lang: 'fr', text: "Le Danemark a annoncé qu'il interdirait les téléphones portables à l'école.", actors: [['Danemark', G]], kind: 'prohibition', status: 'proposed', ev: 'interdirait', action: 'téléphones portables', imposedBy: 'Danemark' },
  { lang: 'fr', text: "L'Arabie saoudite a levé l'interdiction de conduire pour les femmes en 2018.", actors: [['Arabie saoudite', G]], kind: 'prohibition', status: 'lifted', ev: 'interdiction', action: 'conduire', imposedBy: 'Arabie saoudite' },
  { lang: 'fr', text: 'La loi, qui interdit les thérapies de conversion, entre en vigueur en juin.', kind: 'prohibition', ev: 'interdit', action: 'thérapies de conversion' },
  { lang: 'fr', text: 'Un arrêté interdisant les rassemblements de plus de 50 personnes a été publié lundi.', kind: 'prohibition', ev: 'interdisant', action: 'rassemblements' },
  { lang: 'fr', text: 'Paris interdit les trottinettes en libre-service', actors: [['Paris', G]], kind: 'prohibition', ev: 'interdit', action: 'trottinettes', imposedBy: 'Paris' },
  // --- prohiber, bannir, proscrire, bloquer
  { lang: 'fr', text: "Les nouvelles règles interdisent aux banques de facturer des frais de découvert.", kind: 'prohibition', ev: 'interdisent', action: 'frais de découvert' },
  { lang: 'fr', text: "La pêche est prohibée dans la réserve marine.", kind: 'prohibition', ev: 'prohibée', action: 'pêche' },
  { lang: 'fr', text: "Le traité prohibe le déploiement d'armes nucléaires dans l'espace.", kind: 'prohibition', ev: 'prohibe', action: "déploiement d'armes nucléaires" },
  { lang: 'fr', text: 'Le Kenya a banni les sacs plastiques en 2017.', actors: [['Kenya', G]], kind: 'prohibition', ev: 'banni', action: 'sacs plastiques', imposedBy: 'Kenya' },
  { lang: 'fr', text: 'Le règlement proscrit toute publicité pour le tabac.', kind: 'prohibition', ev: 'proscrit', action: 'publicité pour le tabac' },
  { lang: 'fr', text: "La Commission européenne a bloqué le rachat d'Alstom par Siemens.", actors: [['Commission européenne', G], ['Alstom', O], ['Siemens', O]], kind: 'prohibition', ev: 'bloqué', action: 'rachat', imposedBy: 'Commission européenne' },
  { lang: 'fr', text: "Le tribunal a interdit à Trump d'exercer une fonction publique dans l'État.", actors: [['Trump', P]], kind: 'prohibition', ev: 'interdit', action: 'exercer une fonction publique', appliesTo: ['Trump'] },
  // --- restreindre, limiter, plafonner, encadrer, quota, plafond
  { lang: 'fr', text: "Le Japon a restreint les exportations d'équipements de semi-conducteurs vers la Chine.", actors: [['Japon', G], ['Chine', G]], kind: 'limit', ev: 'restreint', action: "exportations d'équipements", imposedBy: 'Japon' },
  { lang: 'fr', text: 'La ville va limiter les locations de courte durée à 90 nuits par an.', kind: 'limit', ev: 'limiter', action: 'locations de courte durée' },
  { lang: 'fr', text: "Le gouvernement a plafonné les prix de l'énergie pour les ménages.", kind: 'limit', ev: 'plafonné', action: "prix de l'énergie" },
  { lang: 'fr', text: 'La loi encadre les loyers dans les grandes villes.', kind: 'limit', ev: 'encadre', action: 'loyers' },
  { lang: 'fr', text: "Bruxelles a fixé un quota sur les importations d'acier.", actors: [['Bruxelles', G]], kind: 'limit', ev: 'quota', action: "importations d'acier", imposedBy: 'Bruxelles' },
  { lang: 'fr', text: 'Le régulateur a instauré un plafond pour les bonus des banquiers.', kind: 'limit', ev: 'plafond', action: 'bonus des banquiers' },
  { lang: 'fr', text: "L'accès au site est réservé aux journalistes accrédités.", kind: 'limit', ev: 'réservé', action: 'journalistes accrédités' },
  { lang: 'fr', text: 'La Chine a assoupli ses restrictions sanitaires mercredi.', actors: [['Chine', G]], kind: 'limit', status: 'eased', ev: 'restrictions', imposedBy: 'Chine' },
  // --- suspendre, geler, sanctionner, liste noire, saisir
  { lang: 'fr', text: "L'Allemagne a suspendu ses exportations d'armes vers la Turquie.", actors: [['Allemagne', G], ['Turquie', G]], kind: 'sanction', ev: 'suspendu', action: "exportations d'armes", imposedBy: 'Allemagne', appliesTo: ['Turquie'] },
  { lang: 'fr', text: 'Les États-Unis ont gelé les avoirs de la banque centrale.', actors: [['États-Unis', G]], kind: 'sanction', ev: 'gelé', action: 'avoirs', imposedBy: 'États-Unis' },
  { lang: 'fr', text: 'La Russie a interrompu ses livraisons de gaz à la Pologne.', actors: [['Russie', G], ['Pologne', G]], kind: 'sanction', ev: 'interrompu', action: 'livraisons de gaz', imposedBy: 'Russie', appliesTo: ['Pologne'] },
  { lang: 'fr', text: "L'ONU a imposé un embargo sur les armes à destination de la Libye en 2011.", actors: [['ONU', G], ['Libye', G]], kind: 'prohibition', ev: 'embargo', action: 'armes', imposedBy: 'ONU' },
  { lang: 'fr', text: 'Le Trésor américain a sanctionné trois compagnies pétrolières iraniennes.', actors: [['Trésor américain', G]], kind: 'sanction', ev: 'sanctionné', action: 'trois compagnies pétrolières iraniennes', imposedBy: 'Trésor américain' },
  { lang: 'fr', text: 'Londres a imposé des sanctions aux oligarques russes.', actors: [['Londres', G]], kind: 'sanction', ev: 'sanctions', action: 'oligarques russes', imposedBy: 'Londres' },
  { lang: 'fr', text: "Cinq banques russes ont été sanctionnées par l'UE.", actors: [['UE', G]], kind: 'sanction', ev: 'sanctionnées', action: 'Cinq banques russes', imposedBy: 'UE' },
  { lang: 'fr', text: 'Washington a inscrit Huawei sur sa liste noire en 2019.', actors: [['Washington', G], ['Huawei', O]], kind: 'sanction', ev: 'liste noire', imposedBy: 'Washington', appliesTo: ['Huawei'] },
  { lang: 'fr', text: "L'Ukraine a saisi les avoirs de banques russes.", actors: [['Ukraine', G]], kind: 'sanction', ev: 'saisi', action: 'avoirs de banques russes', imposedBy: 'Ukraine' },
  { lang: 'fr', text: 'Les États-Unis ont levé les sanctions contre le pétrole vénézuélien.', actors: [['États-Unis', G]], kind: 'sanction', status: 'lifted', ev: 'sanctions', action: 'pétrole vénézuélien', imposedBy: 'États-Unis' },
  { lang: 'fr', text: 'Washington menace Ankara de sanctions.', actors: [['Washington', G], ['Ankara', G]], kind: 'sanction', status: 'proposed', ev: 'sanctions', imposedBy: 'Washington', appliesTo: ['Ankara'] },
  { lang: 'fr', text: "Les États-Unis ont imposé des droits de douane de 25 % sur l'acier chinois.", actors: [['États-Unis', G]], kind: 'sanction', ev: 'droits de douane', action: 'acier chinois', imposedBy: 'États-Unis' },
  { lang: 'fr', text: "L'UE a infligé une amende de 4,3 milliards d'euros à Google.", actors: [['UE', G], ['Google', O]], kind: 'sanction', ev: 'amende', imposedBy: 'UE', appliesTo: ['Google'] },
  // --- exclure, expulser, refuser, rejeter, opposer son veto
  { lang: 'fr', text: "La Russie a été exclue du concours de l'Eurovision.", actors: [['Russie', G]], kind: 'sanction', ev: 'exclue', action: 'Eurovision', appliesTo: ['Russie'] },
  { lang: 'fr', text: 'La France a expulsé 35 diplomates russes.', actors: [['France', G]], kind: 'sanction', ev: 'expulsé', action: 'diplomates russes', imposedBy: 'France' },
  { lang: 'fr', text: "Israël a refusé l'entrée à deux élues américaines.", actors: [['Israël', G]], kind: 'refusal', ev: 'refusé', action: 'entrée', imposedBy: 'Israël' },
  { lang: 'fr', text: 'Le journaliste s\'est vu refuser un visa par la Chine.', actors: [['Chine', G]], kind: 'refusal', ev: 'refuser un visa', imposedBy: 'Chine' },
  { lang: 'fr', text: "Le syndicat a refusé de signer l'accord.", kind: 'refusal', ev: 'refusé', action: "signer l'accord" },
  { lang: 'fr', text: 'Le Sénat a rejeté le projet de budget mardi.', actors: [['Sénat', G]], kind: 'refusal', ev: 'rejeté', action: 'projet de budget', imposedBy: 'Sénat' },
  { lang: 'fr', text: "La Russie a opposé son veto à la résolution de l'ONU sur l'Ukraine.", actors: [['Russie', G]], kind: 'refusal', ev: 'veto', action: 'résolution', imposedBy: 'Russie' },
  { lang: 'fr', text: "La plateforme a refusé aux chercheurs l'accès à ses données.", kind: 'refusal', ev: 'refusé', action: 'accès' },
  // --- obliger, contraindre, astreindre, soumettre à, conditionner
  { lang: 'fr', text: 'La loi oblige les entreprises à publier leurs émissions de carbone.', kind: 'condition', ev: 'oblige', action: 'publier leurs émissions' },
  { lang: 'fr', text: "Le décret contraint les plateformes à vérifier l'âge des utilisateurs.", kind: 'condition', ev: 'contraint', action: "vérifier l'âge" },
  { lang: 'fr', text: 'Les compagnies aériennes seront astreintes à rembourser les passagers sous sept jours.', kind: 'condition', ev: 'astreintes', action: 'rembourser les passagers' },
  { lang: 'fr', text: "Toute vente d'armes est soumise à l'autorisation préalable du ministère.", kind: 'condition', ev: 'soumise', action: "Toute vente d'armes" },
  { lang: 'fr', text: "Bruxelles conditionne le versement des fonds au respect de l'État de droit.", actors: [['Bruxelles', G]], kind: 'condition', ev: 'conditionne', action: 'versement des fonds', imposedBy: 'Bruxelles' },
  // --- couvre-feu, confinement, arrêt ordonné, fermeture, assignation à résidence, moratoire, zone d'exclusion aérienne…
  { lang: 'fr', text: 'Les autorités ont instauré un couvre-feu dans la capitale après les émeutes.', kind: 'prohibition', ev: 'couvre-feu' },
  { lang: 'fr', text: "Shanghai a imposé un confinement strict à ses 25 millions d'habitants.", actors: [['Shanghai', G]], kind: 'prohibition', ev: 'confinement', imposedBy: 'Shanghai' },
  { lang: 'fr', text: "Un juge a ordonné l'arrêt de la production de l'usine.", kind: 'prohibition', ev: 'ordonné', action: 'production' },
  { lang: 'fr', text: 'Le préfet a prononcé la fermeture administrative de la discothèque pour trois mois.', kind: 'sanction', ev: 'fermeture administrative', action: 'discothèque' },
  { lang: 'fr', text: "Le chef de l'opposition a été assigné à résidence.", kind: 'sanction', ev: 'assigné à résidence' },
  { lang: 'fr', text: "La Norvège a décrété un moratoire sur l'exploitation minière des fonds marins.", actors: [['Norvège', G]], kind: 'prohibition', ev: 'moratoire', action: 'exploitation minière', imposedBy: 'Norvège' },
  { lang: 'fr', text: "L'OTAN a imposé une zone d'exclusion aérienne au-dessus de la Libye.", actors: [['OTAN', O]], kind: 'prohibition', ev: "zone d'exclusion aérienne", imposedBy: 'OTAN' },
  { lang: 'fr', text: 'Le tribunal a ordonné la suspension du chantier.', kind: 'prohibition', ev: 'suspension', action: 'chantier' },
  { lang: 'fr', text: "Elle a obtenu une ordonnance d'éloignement contre son ancien compagnon.", kind: 'prohibition', ev: "ordonnance d'éloignement", action: 'ancien compagnon' },
  { lang: 'fr', text: "L'administration a annoncé une interdiction de voyager visant sept pays.", kind: 'prohibition', ev: 'interdiction de voyager', action: 'sept pays' },
  { lang: 'fr', text: "Le régulateur a retiré sa licence à la chaîne.", kind: 'sanction', ev: 'retiré sa licence', action: 'chaîne' },
  // --- conditions et exceptions ; suspension sportive
  { lang: 'fr', text: "La fusion ne pourra pas se faire sauf si l'autorité de la concurrence l'approuve.", kind: 'condition', ev: 'sauf si', condition: "sauf si l'autorité de la concurrence l'approuve" },
  { lang: 'fr', text: 'Le prêt sera versé à condition que le gouvernement réduise son déficit.', kind: 'condition', ev: 'à condition que', condition: 'à condition que le gouvernement réduise son déficit' },
  { lang: 'fr', text: "L'opération est autorisée sous réserve de la cession de deux usines.", kind: 'condition', ev: 'sous réserve de', condition: 'sous réserve de la cession de deux usines' },
  { lang: 'fr', text: "Tous les vols sont interdits, sauf les vols humanitaires.", kind: 'prohibition', ev: 'sauf les vols humanitaires', action: 'vols' },
  { lang: 'fr', text: "L'attaquant a été suspendu deux matches.", kind: 'sanction', ev: 'suspendu deux matches' },

  // ===== second batch, written after the rules above: nominalisations, reported and modal frames, other verbs of the field
  { lang: 'en', text: 'India announced the suspension of all flights from Britain.', actors: [['India', G], ['Britain', G]], kind: 'sanction', ev: 'suspension', action: 'flights from Britain', imposedBy: 'India', appliesTo: ['Britain'] },
  { lang: 'en', text: 'Hungary ordered the closure of its border with Serbia.', actors: [['Hungary', G]], kind: 'prohibition', ev: 'closure', action: 'border', imposedBy: 'Hungary' },
  { lang: 'en', text: 'The government announced a freeze on public-sector hiring.', kind: 'limit', ev: 'freeze on', action: 'hiring' },
  { lang: 'en', text: 'Poland announced the expulsion of 45 Russian diplomats.', actors: [['Poland', G]], kind: 'sanction', ev: 'expulsion', action: 'Russian diplomats', imposedBy: 'Poland' },
  { lang: 'en', text: 'The ministry said imports of the vaccine would be halted.', kind: 'prohibition', ev: 'halted', action: 'imports of the vaccine' },
  { lang: 'en', text: 'Turkey closed its airspace to Russian military planes.', actors: [['Turkey', G]], kind: 'prohibition', ev: 'closed its airspace', imposedBy: 'Turkey' },
  { lang: 'en', text: 'The cyclist was stripped of his Tour de France titles.', kind: 'sanction', ev: 'stripped of', action: 'titles' },
  { lang: 'en', text: 'Foreign buyers will no longer be allowed to purchase homes.', kind: 'prohibition', ev: 'no longer be allowed', action: 'purchase homes' },
  { lang: 'en', text: 'Protesters were prevented from entering the square.', kind: 'prohibition', ev: 'prevented from', action: 'entering the square' },
  { lang: 'en', text: 'Only citizens can vote in national elections.', kind: 'limit', ev: 'Only citizens can' },
  { lang: 'en', text: 'Visitors must register with the police within three days.', kind: 'condition', ev: 'must register' },
  { lang: 'en', text: 'China will not allow foreign firms to own a majority stake.', actors: [['China', G]], kind: 'prohibition', ev: 'not allow', imposedBy: 'China' },
  { lang: 'en', text: 'Rent increases are capped at 2% a year.', kind: 'limit', ev: 'capped at', action: 'Rent increases' },
  { lang: 'en', text: 'The US slapped tariffs on Canadian lumber.', actors: [['US', G]], kind: 'sanction', ev: 'tariffs', action: 'Canadian lumber', imposedBy: 'US' },
  { lang: 'en', text: 'Iran was hit with new sanctions over its nuclear programme.', actors: [['Iran', G]], kind: 'sanction', ev: 'sanctions', appliesTo: ['Iran'] },
  { lang: 'en', text: 'The police launched a crackdown on street vendors.', kind: 'prohibition', ev: 'crackdown', action: 'street vendors' },
  { lang: 'en', text: 'Britain tightened its rules on foreign takeovers.', actors: [['Britain', G]], kind: 'limit', ev: 'tightened', imposedBy: 'Britain' },
  { lang: 'en', text: 'The court ruled that the company may not use the trademark.', kind: 'prohibition', ev: 'may not use' },
  { lang: 'en', text: 'The ban, announced on Monday, covers all single-use plastics.', kind: 'prohibition', ev: 'ban' },
  { lang: 'en', text: 'Moscow retaliated by banning imports of European food.', actors: [['Moscow', G]], kind: 'prohibition', ev: 'banning', action: 'imports of European food', imposedBy: 'Moscow' },
  { lang: 'en', text: 'The regulator is expected to block the deal.', kind: 'prohibition', status: 'proposed', ev: 'block the deal' },
  { lang: 'en', text: 'Lawmakers are pushing to ban stock trading by members of Congress.', kind: 'prohibition', status: 'proposed', ev: 'ban', action: 'stock trading' },
  { lang: 'en', text: 'The ban on Russian oil was eased in March.', kind: 'prohibition', status: 'eased', ev: 'ban', action: 'Russian oil' },
  { lang: 'en', text: 'The school banned phones from classrooms.', kind: 'prohibition', ev: 'banned', action: 'phones' },
  { lang: 'fr', text: "L'Inde a annoncé la suspension de tous les vols en provenance du Royaume-Uni.", actors: [['Inde', G], ['Royaume-Uni', G]], kind: 'sanction', ev: 'suspension', action: 'vols en provenance du Royaume-Uni', imposedBy: 'Inde', appliesTo: ['Royaume-Uni'] },
  { lang: 'fr', text: 'La Hongrie a ordonné la fermeture de sa frontière avec la Serbie.', actors: [['Hongrie', G]], kind: 'prohibition', ev: 'fermeture', action: 'frontière', imposedBy: 'Hongrie' },
  { lang: 'fr', text: 'Le gouvernement a annoncé un gel des embauches dans la fonction publique.', kind: 'limit', ev: 'gel des embauches' },
  { lang: 'fr', text: "La Pologne a annoncé l'expulsion de 45 diplomates russes.", actors: [['Pologne', G]], kind: 'sanction', ev: 'expulsion', action: 'diplomates russes', imposedBy: 'Pologne' },
  { lang: 'fr', text: 'Le ministère a indiqué que les importations du vaccin seraient suspendues.', kind: 'prohibition', ev: 'suspendues', action: 'importations du vaccin' },
  { lang: 'fr', text: 'La Turquie a fermé son espace aérien aux avions militaires russes.', actors: [['Turquie', G]], kind: 'prohibition', ev: 'fermé son espace aérien', imposedBy: 'Turquie' },
  { lang: 'fr', text: 'Le coureur a été déchu de ses titres du Tour de France.', kind: 'sanction', ev: 'déchu', action: 'titres' },
  { lang: 'fr', text: "Les acheteurs étrangers ne pourront plus acquérir de logements.", kind: 'prohibition', ev: 'ne pourront plus' },
  { lang: 'fr', text: "Les manifestants ont été empêchés d'accéder à la place.", kind: 'prohibition', ev: 'empêchés', action: 'accéder à la place' },
  { lang: 'fr', text: 'Seuls les citoyens peuvent voter aux élections nationales.', kind: 'limit', ev: 'Seuls les citoyens peuvent' },
  { lang: 'fr', text: 'Les visiteurs doivent se déclarer à la police sous trois jours.', kind: 'condition', ev: 'doivent se déclarer' },
  { lang: 'fr', text: "La Chine n'autorisera pas les entreprises étrangères à détenir la majorité du capital.", actors: [['Chine', G]], kind: 'prohibition', ev: "n'autorisera pas", imposedBy: 'Chine' },
  { lang: 'fr', text: 'La hausse des loyers est plafonnée à 2 % par an.', kind: 'limit', ev: 'plafonnée à' },
  { lang: 'fr', text: 'Les États-Unis ont frappé le bois canadien de droits de douane.', actors: [['États-Unis', G]], kind: 'sanction', ev: 'droits de douane', imposedBy: 'États-Unis' },
  { lang: 'fr', text: "L'Iran a été frappé de nouvelles sanctions pour son programme nucléaire.", actors: [['Iran', G]], kind: 'sanction', ev: 'sanctions', appliesTo: ['Iran'] },
  { lang: 'fr', text: 'La police a lancé une opération de répression contre les vendeurs à la sauvette.', kind: 'prohibition', ev: 'répression', action: 'vendeurs à la sauvette' },
  { lang: 'fr', text: 'Le Royaume-Uni a durci ses règles sur les rachats étrangers.', actors: [['Royaume-Uni', G]], kind: 'limit', ev: 'durci', imposedBy: 'Royaume-Uni' },
  { lang: 'fr', text: "Le tribunal a jugé que l'entreprise ne pouvait pas utiliser la marque.", kind: 'prohibition', ev: 'ne pouvait pas utiliser' },
  { lang: 'fr', text: "L'interdiction, annoncée lundi, concerne tous les plastiques à usage unique.", kind: 'prohibition', ev: 'interdiction' },
  { lang: 'fr', text: 'Moscou a riposté en interdisant les importations de denrées européennes.', actors: [['Moscou', G]], kind: 'prohibition', ev: 'interdisant', action: 'importations de denrées européennes', imposedBy: 'Moscou' },
  { lang: 'fr', text: "Le régulateur devrait bloquer l'opération.", kind: 'prohibition', status: 'proposed', ev: 'bloquer' },
  { lang: 'fr', text: "Des élus réclament l'interdiction des transactions boursières des parlementaires.", kind: 'prohibition', status: 'proposed', ev: 'interdiction', action: 'transactions boursières' },
  { lang: 'fr', text: "L'interdiction du pétrole russe a été assouplie en mars.", kind: 'prohibition', status: 'eased', ev: 'interdiction', action: 'pétrole russe' },
  { lang: 'fr', text: "L'école a banni les téléphones des salles de classe.", kind: 'prohibition', ev: 'banni', action: 'téléphones' },
  // ===== third batch, written after the rules of the first two, run before any change for it: 21 of 30 passed (the transfer
  // estimate); its misses called for restrictions/en/cannot-more-than, en/is-illegal, en/shut-down-outlet, fr/fermer-media,
  // fr/exiger-de-objet, fr/interdit-de-nom and a counted French suspension ("arrest" rows were left out: an arrest is no restriction
  // the gold annotates)
  // (each English row is followed by its French counterpart)
  { lang: 'en', text: 'Regulators have barred the bank from paying dividends until next year.', kind: 'prohibition', ev: 'barred', action: 'paying dividends' },
  { lang: 'fr', text: "Les régulateurs ont interdit à la banque de verser des dividendes jusqu'à l'an prochain.", kind: 'prohibition', ev: 'interdit', action: 'verser des dividendes' },
  { lang: 'en', text: 'The city council voted to outlaw fireworks within city limits.', kind: 'prohibition', ev: 'outlaw', action: 'fireworks' },
  { lang: 'fr', text: "Le conseil municipal a voté l'interdiction des feux d'artifice en ville.", kind: 'prohibition', ev: 'interdiction', action: "feux d'artifice" },
  { lang: 'en', text: 'Under the new rules, lenders cannot charge more than 36% interest.', kind: 'limit', ev: 'cannot charge more than' },
  { lang: 'fr', text: 'Selon les nouvelles règles, les prêteurs ne peuvent pas facturer plus de 36 % d\'intérêts.', kind: 'limit', ev: 'plus de 36 %' },
  { lang: 'en', text: 'The EU agreed to cap the price of Russian gas.', actors: [['EU', G]], kind: 'limit', ev: 'cap the price', imposedBy: 'EU' },
  { lang: 'fr', text: "L'UE a accepté de plafonner le prix du gaz russe.", actors: [['UE', G]], kind: 'limit', ev: 'plafonner', imposedBy: 'UE' },
  { lang: 'en', text: 'Kyiv has suspended the broadcasting licences of three channels.', actors: [['Kyiv', G]], kind: 'sanction', ev: 'suspended', imposedBy: 'Kyiv' },
  { lang: 'fr', text: 'Kiev a suspendu les licences de diffusion de trois chaînes.', actors: [['Kiev', G]], kind: 'sanction', ev: 'suspendu', imposedBy: 'Kiev' },
  { lang: 'en', text: 'The federation handed the sprinter a four-year ban.', kind: 'sanction', ev: 'ban' },
  { lang: 'fr', text: 'La fédération a infligé au sprinteur une suspension de quatre ans.', kind: 'sanction', ev: 'suspension' },
  { lang: 'en', text: 'Beijing has refused to grant visas to foreign reporters.', actors: [['Beijing', G]], kind: 'refusal', ev: 'refused', imposedBy: 'Beijing' },
  { lang: 'fr', text: 'Pékin a refusé d\'accorder des visas aux journalistes étrangers.', actors: [['Pékin', G]], kind: 'refusal', ev: 'refusé', imposedBy: 'Pékin' },
  { lang: 'en', text: 'Parliament voted down the government\'s pension reform.', kind: 'refusal', ev: 'voted down' },
  { lang: 'fr', text: 'Les députés ont rejeté la réforme des retraites du gouvernement.', kind: 'refusal', ev: 'rejeté' },
  { lang: 'en', text: 'Canada will require all visitors to show proof of vaccination.', actors: [['Canada', G]], kind: 'condition', ev: 'require', imposedBy: 'Canada' },
  { lang: 'fr', text: 'Le Canada exigera de tous les visiteurs une preuve de vaccination.', actors: [['Canada', G]], kind: 'condition', ev: 'exigera', imposedBy: 'Canada' },
  { lang: 'en', text: 'The sale of alcohol after 10 pm is now illegal.', kind: 'prohibition', ev: 'illegal' },
  { lang: 'fr', text: "La vente d'alcool après 22 heures est désormais illégale.", kind: 'prohibition', ev: 'illégale' },
  { lang: 'en', text: 'Washington imposed visa restrictions on officials involved in the crackdown.', actors: [['Washington', G]], kind: 'limit', ev: 'visa restrictions', imposedBy: 'Washington' },
  { lang: 'fr', text: 'Washington a imposé des restrictions de visa aux responsables de la répression.', actors: [['Washington', G]], kind: 'limit', ev: 'restrictions', imposedBy: 'Washington' },
  { lang: 'en', text: 'Access to the archive is limited to researchers with a permit.', kind: 'limit', ev: 'limited to' },
  { lang: 'fr', text: "L'accès aux archives est limité aux chercheurs munis d'une autorisation.", kind: 'limit', ev: 'limité aux' },
  { lang: 'en', text: 'The authorities shut down the opposition newspaper.', kind: 'prohibition', ev: 'shut down' },
  { lang: 'fr', text: "Les autorités ont fait fermer le journal d'opposition.", kind: 'prohibition', ev: 'fermer' },
  { lang: 'en', text: 'The club was banned from signing players for two transfer windows.', kind: 'sanction', ev: 'banned from' },
  { lang: 'fr', text: 'Le club a été interdit de recrutement pendant deux mercatos.', kind: 'sanction', ev: 'interdit de recrutement' },
  // ===== fourth batch: the restriction half of the probe /work/probe/rules (24 sentences of export controls, sanctions, tariffs,
  // embargoes, fines, bans and injunctions, annotated before factex ran: 22 of 24 passed with the full pipeline; the misses called for
  // restrictions/en/tariff-rate and restrictions/<lang>/suspend-broadcast). Where the probe accepted two kinds, the row holds the one found.
  { lang: 'en', text: 'The Commerce Department added 140 Chinese firms to its Entity List on Monday, barring them from buying American chips.', actors: [['Commerce Department', G]], kind: 'prohibition', ev: 'barring' },
  { lang: 'en', text: 'Washington tightened export controls on advanced semiconductors to China.', actors: [['Washington', G], ['China', G]], kind: 'limit', ev: 'export controls' },
  { lang: 'en', text: 'The EU slapped tariffs of up to 35% on Chinese electric vehicles.', actors: [['EU', G]], kind: 'sanction', ev: 'tariffs of up to 35% on', action: 'Chinese electric vehicles', imposedBy: 'EU' },
  { lang: 'en', text: 'Canada announced a 25% tariff on steel imports from China.', actors: [['Canada', G], ['China', G]], kind: 'sanction', ev: 'tariff', action: 'steel imports' },
  { lang: 'en', text: 'The United States imposed sanctions on two Russian banks on Thursday.', actors: [['United States', G]], kind: 'sanction', ev: 'sanctions', action: 'two Russian banks', imposedBy: 'United States' },
  { lang: 'en', text: 'The Federal Trade Commission fined Meta $5bn over privacy violations.', actors: [['Federal Trade Commission', G], ['Meta', O]], kind: 'sanction', ev: 'fined', imposedBy: 'Federal Trade Commission' },
  { lang: 'en', text: 'A federal judge issued an injunction blocking the merger of Kroger and Albertsons.', actors: [['Kroger', O], ['Albertsons', O]], kind: 'prohibition', ev: 'blocking', action: 'merger' },
  { lang: 'en', text: "The Netherlands will restrict exports of ASML's most advanced lithography machines.", actors: [['Netherlands', G], ['ASML', O]], kind: 'limit', ev: 'restrict', action: 'exports', imposedBy: 'Netherlands' },
  { lang: 'en', text: 'Brussels is considering an embargo on Russian liquefied natural gas.', actors: [['Brussels', G]], kind: 'prohibition', status: 'proposed', ev: 'embargo', imposedBy: 'Brussels' },
  { lang: 'en', text: "Britain lifted sanctions on Syria's central bank in April.", actors: [['Britain', G], ['Syria', G]], kind: 'sanction', status: 'lifted', ev: 'sanctions', imposedBy: 'Britain' },
  { lang: 'en', text: "The regulator suspended the airline's operating licence for three months.", kind: 'sanction', ev: 'suspended' },
  { lang: 'en', text: 'Beijing banned the export of gallium and germanium to the United States.', actors: [['Beijing', G], ['United States', G]], kind: 'prohibition', ev: 'banned', action: 'the export of gallium', imposedBy: 'Beijing' },
  { lang: 'en', text: "Ofcom suspended the channel's broadcasts for a month.", actors: [['Ofcom', G]], kind: 'sanction', ev: 'suspended', action: "the channel's broadcasts", imposedBy: 'Ofcom' },
  { lang: 'fr', text: "Washington a durci ses contrôles à l'exportation de semi-conducteurs vers la Chine.", actors: [['Washington', G], ['Chine', G]], kind: 'limit', ev: "contrôles à l'exportation" },
  { lang: 'fr', text: "L'Union européenne a imposé des droits de douane de 35 % sur les véhicules électriques chinois.", actors: [['Union européenne', G]], kind: 'sanction', ev: 'droits de douane', imposedBy: 'Union européenne' },
  { lang: 'fr', text: 'Les États-Unis ont imposé de nouvelles sanctions contre la Russie jeudi.', actors: [['États-Unis', G], ['Russie', G]], kind: 'sanction', ev: 'sanctions', imposedBy: 'États-Unis', appliesTo: ['Russie'] },
  { lang: 'fr', text: "La CNIL a infligé une amende de 150 millions d'euros à Google.", actors: [['CNIL', G], ['Google', O]], kind: 'sanction', ev: 'amende', imposedBy: 'CNIL' },
  { lang: 'fr', text: "Le tribunal a ordonné la suspension de l'application en France.", kind: 'prohibition', ev: 'suspension' },
  { lang: 'fr', text: 'Bruxelles envisage un embargo sur le gaz naturel liquéfié russe.', actors: [['Bruxelles', G]], kind: 'prohibition', status: 'proposed', ev: 'embargo', imposedBy: 'Bruxelles' },
  { lang: 'fr', text: 'Le Royaume-Uni a levé les sanctions visant la banque centrale syrienne.', actors: [['Royaume-Uni', G]], kind: 'sanction', status: 'lifted', ev: 'sanctions', imposedBy: 'Royaume-Uni' },
  { lang: 'fr', text: "Pékin a interdit l'exportation de gallium vers les États-Unis.", actors: [['Pékin', G], ['États-Unis', G]], kind: 'prohibition', ev: 'interdit', action: "l'exportation de gallium", imposedBy: 'Pékin' },
  { lang: 'fr', text: 'Le gouvernement a plafonné les loyers à Paris.', kind: 'limit', ev: 'plafonné', action: 'les loyers' },
  { lang: 'fr', text: "L'Arcom a suspendu la diffusion de la chaîne pour un mois.", actors: [['Arcom', G]], kind: 'sanction', ev: 'suspendu', action: 'la diffusion de la chaîne', imposedBy: 'Arcom' },
  { lang: 'fr', text: "Le Conseil d'État a annulé l'interdiction du burkini à Nice.", actors: [["Conseil d'État", G]], kind: 'prohibition', status: 'lifted', ev: 'interdiction', action: 'burkini' },
  { lang: 'fr', text: 'La Commission européenne a gelé les avoirs de trois oligarques russes.', actors: [['Commission européenne', G]], kind: 'sanction', ev: 'gelé', action: 'avoirs', imposedBy: 'Commission européenne' },
  // (from a second probe of 40 sentences, /work/probe/rules/probe2.jsonl, written after the rules above: 36 of 40 passed; its restriction
  // misses called for restrictions/<lang>/block-named, the two others were an actor missed by the actor layer)
  { lang: 'en', text: "Italy's privacy watchdog temporarily blocked ChatGPT over data concerns.", actors: [['Italy', G], ['ChatGPT', 'product']], kind: 'prohibition', ev: 'blocked', action: 'ChatGPT' },
  { lang: 'fr', text: 'Le gendarme italien de la vie privée a bloqué temporairement ChatGPT.', actors: [['ChatGPT', 'product']], kind: 'prohibition', ev: 'bloqué', action: 'ChatGPT' },
];

/** The same words where nothing is restricted. */
const SHOULD_NOT_FIND: Array<[Language, string]> = [
  ['en', 'Banned substances were found in his sample.'],
  ['en', 'He had reached the limit of his patience.'],
  ['en', 'She capped a great season with the world title.'],
  ['en', 'The bar was crowded on Friday night.'],
  ['en', 'Ban Ki-moon visited Seoul on Monday.'],
  ['en', 'The film explores the limits of friendship.'],
  ['en', 'The goalkeeper blocked a shot in the final minute.'],
  ['en', 'The sanctions have hurt the Russian economy.'],
  ['en', 'The limited edition sold out in minutes.'],
  ['en', 'Freeze warnings were issued for the weekend.'],
  ['en', 'He declined to comment on the report.'],
  ['en', 'The market limited its losses late in the session.'],
  ['en', 'He was forced to retire with a knee injury.'],
  ['en', 'There is no limit to what the team can achieve.'],
  ['en', 'Temperatures are capped by cloud cover in winter.'],
  ['en', 'The skipper was obliged to return to port.'],
  ['en', 'Congress bent its rules to do so without limited production.'],
  ['fr', 'Des substances interdites ont été retrouvées dans son échantillon.'],
  ['fr', 'Il avait atteint la limite de sa patience.'],
  ['fr', 'Un amour sans limite.'],
  ['fr', 'Le bar était bondé vendredi soir.'],
  ['fr', 'Le gardien a bloqué le tir à la dernière minute.'],
  ['fr', "Les sanctions pèsent sur l'économie russe."],
  ['fr', "Il a refusé de commenter l'information."],
  ['fr', 'La Bourse a limité ses pertes en fin de séance.'],
  ['fr', 'Le plafond de la chapelle a été restauré.'],
  ['fr', "L'édition limitée s'est vendue en quelques minutes."],
  ['fr', 'Le gel a détruit une partie des récoltes.'],
  ['fr', "Il a été contraint à l'abandon par une blessure au genou."],
  ['fr', 'Le film explore les limites de l\'amitié.'],
  ['fr', "Il n'y a pas de limite à ce que l'équipe peut accomplir."],
  ['fr', 'La circulation était bloquée par un accident sur le périphérique.'],
  ['fr', 'Le skipper a été astreint au silence par son équipe.'],
  ['en', 'The company closed its factory in Ohio.'],
  ['en', 'The rain prevented the match from starting.'],
  ['en', 'Their expulsion of the ball from the box was clumsy.'],
  ['fr', "L'entreprise a fermé son usine de l'Ohio."],
  ['fr', 'Le groupe doit publier ses résultats jeudi.'],
  ['fr', "L'Iran a été frappé par un séisme."],
  // (a newspaper suspending its own edition restricts no one: restrictions/<lang>/suspend-broadcast)
  ['en', 'The newspaper suspended the publication of its weekend edition.'],
  ['fr', 'Le journal a suspendu la parution de son édition du dimanche.'],
];

/** What a row checks, as found: each field the row names, the found value where it differs. */
function observed(row: Row) {
  const found = restrictionsOf(row.lang, row.text, row.actors ?? []);
  const r = found.find((x) => x.kind === row.kind && x.evidence.text.includes(row.ev))
    ?? found.find((x) => x.evidence.text.includes(row.ev))
    ?? found.find((x) => x.kind === row.kind);
  if (!r) return { found: found.map((x) => `${x.kind} «${x.evidence.text}»`) };
  const out: Record<string, unknown> = {
    kind: r.kind,
    status: r.status,
    ev: r.evidence.text.includes(row.ev) ? row.ev : r.evidence.text,
    slices: row.text.slice(r.evidence.start, r.evidence.end) === r.evidence.text,
  };
  if (row.action !== undefined) out.action = r.action.includes(row.action) ? row.action : r.action;
  if (row.imposedBy !== undefined) out.imposedBy = r.imposedBy?.name ?? null;
  if (row.appliesTo !== undefined) out.appliesTo = row.appliesTo.every((n) => r.appliesTo.some((a) => a.name === n)) ? row.appliesTo : r.appliesTo.map((a) => a.name);
  if (row.condition !== undefined) out.condition = r.condition?.includes(row.condition) ? row.condition : r.condition;
  return out;
}

function expected(row: Row) {
  const out: Record<string, unknown> = { kind: row.kind, status: row.status ?? 'active', ev: row.ev, slices: true };
  if (row.action !== undefined) out.action = row.action;
  if (row.imposedBy !== undefined) out.imposedBy = row.imposedBy;
  if (row.appliesTo !== undefined) out.appliesTo = row.appliesTo;
  if (row.condition !== undefined) out.condition = row.condition;
  return out;
}

describe('restrictions coverage matrix: lexemes × frames', () => {
  test.each(SHOULD_FIND.map((row) => [`${row.lang}: ${row.text}`, row] as const))('%s', (_name, row) => {
    expect(observed(row)).toEqual(expected(row));
  });
});

describe('restrictions coverage matrix: the same words restricting nothing', () => {
  test.each(SHOULD_NOT_FIND)('%s: %s', (lang, text) => {
    expect(restrictionsOf(lang, text).map((r) => `${r.kind} ${r.ruleId} «${r.evidence.text}»`)).toEqual([]);
  });
});
