/**
 * Legal and regulatory provisions as restrictions, and agreements named without a contract noun, in English and French
 * news: obligations a text or an authority imposes (« les fournisseurs d'accès devront couper l'accès », "platforms must
 * remove"), permissions under an authority's opinion or decision (« pourront, après un avis de la CNCTR », « se fera sur
 * décision judiciaire », « sauf cas d'urgence »), negative provisions (« Aucune mesure de rétorsion ne pourra viser… »,
 * « ne seront pas conservées »), caps and durations (« conservées pendant vingt ans », « fixé par arrêté »), ultimatums,
 * guarantees and resistance; and agreements between two sides (« se sont mis d'accord pour », "agree to end"), prisoner
 * swaps, rescue lifelines, collaborations and talks pursuing an agreement.
 *
 * Each should-find row names the rule that must fire and the fields it must fill; each should-not-find row is a look-alike
 * (a sentence with the rule's words that states no rule: "il devra attendre", "the team will have to win") that none of
 * these rules may take.
 */
import { type NameKind } from '../helpers/actors.js';
import { expectRestriction, restrictionsOf, type RestrictionRow } from '../helpers/extractors.js';
import { contractsOf, expectContracts, type ContractActorSpec, type ContractRow } from '../helpers/contracts.js';
import type { Language } from '../../src/types.js';

type Row = RestrictionRow;

const SHOULD_FIND: Row[] = [
  // --- obligations imposed on a party (a blocking verb: prohibition; an act of compliance: condition)
  { lang: 'fr', rule: 'devra-bloquer', kind: 'prohibition',
    text: "Les fournisseurs d'accès à Internet devront couper l'accès à l'adresse réseau du site web incriminé.",
    evidence: "Les fournisseurs d'accès à Internet devront couper l'accès à l'adresse réseau du site web incriminé" },
  { lang: 'fr', rule: 'devra-bloquer', kind: 'prohibition',
    text: 'Les plateformes doivent désormais supprimer les contenus haineux en 24 heures.', evidence: 'doivent désormais supprimer les contenus haineux' },
  { lang: 'fr', rule: 'devra-se-conformer', kind: 'condition',
    text: 'Les banques devront transmettre ces données au fisc chaque année.', evidence: 'Les banques devront transmettre ces données au fisc' },
  { lang: 'fr', rule: 'si-devra', kind: 'condition',
    text: "Si le propriétaire refuse, l'hébergeur devra retirer la page.", evidence: "Si le propriétaire refuse, l'hébergeur devra retirer la page" },
  { lang: 'fr', rule: 'obligation-de', kind: 'condition',
    text: "Sous la dictature, les journaux avaient obligation d'envoyer les brouillons de leurs articles avant publication.",
    evidence: "les journaux avaient obligation d'envoyer les brouillons de leurs articles avant publication" },
  { lang: 'fr', rule: 'obligation-de', kind: 'condition',
    text: 'Les employeurs ont l’obligation de déclarer tout accident du travail.', evidence: 'Les employeurs ont l’obligation de déclarer tout accident du travail' },
  { lang: 'en', rule: 'must-block', kind: 'prohibition',
    text: 'Internet providers will have to block access to the site.', evidence: 'Internet providers will have to block access to the site' },
  { lang: 'en', rule: 'must-block', kind: 'prohibition',
    text: 'Platforms must remove terrorist content within an hour.', evidence: 'Platforms must remove terrorist content within an hour' },
  { lang: 'en', rule: 'must-comply', kind: 'condition',
    text: 'Operators must obtain prior approval from the regulator before installing antennas.', evidence: 'must obtain prior approval from the regulator' },
  { lang: 'en', rule: 'if-must', kind: 'condition',
    text: 'If the owner refuses, the host must remove the page.', evidence: 'If the owner refuses, the host must remove the page' },
  { lang: 'fr', rule: 'devra-etre-retire', kind: 'prohibition',
    text: 'La page devra être retirée sous 24 heures.', evidence: 'La page devra être retirée sous 24 heures' },
  { lang: 'en', rule: 'must-be-removed', kind: 'prohibition',
    text: 'The page must be taken down within 24 hours.', evidence: 'The page must be taken down within 24 hours' },
  { lang: 'fr', rule: 'texte-prevoit-que', kind: 'condition',
    text: 'Le texte prévoit que les opérateurs doivent conserver les données pendant un an.', evidence: 'Le texte prévoit que les opérateurs doivent' },
  { lang: 'en', rule: 'provides-that', kind: 'condition',
    text: 'The law provides that operators must keep the data for one year.', evidence: 'The law provides that operators must' },
  // --- permissions under an authority's opinion or decision, exceptions
  { lang: 'fr', rule: 'apres-avis', kind: 'condition', actors: [['CNCTR', 'government']],
    text: 'Les services pourront également procéder, après un avis de la CNCTR, à la pose de micros.', evidence: 'Les services pourront également procéder, après un avis de la CNCTR' },
  { lang: 'fr', rule: 'apres-avis', kind: 'condition',
    text: 'La détention pourra être prolongée sur autorisation du juge.', evidence: 'La détention pourra être prolongée sur autorisation du juge' },
  { lang: 'fr', rule: 'pas-automatique', kind: 'condition',
    text: 'L’inscription ne sera pas automatique et se fera sur décision judiciaire.', evidence: 'L’inscription ne sera pas automatique et se fera sur décision judiciaire' },
  { lang: 'fr', rule: 'se-passer-de-avis', kind: 'condition', actors: [['CNCTR', 'government']],
    text: "Un agent pourra se passer de l’avis de la CNCTR mais pas de l’autorisation du premier ministre.", evidence: 'Un agent pourra se passer de l’avis de la CNCTR' },
  { lang: 'fr', rule: 'sauf-cas', kind: 'condition',
    text: 'Elle délivrera son avis, sauf cas d’urgence, avant toute opération de surveillance ciblée.', evidence: 'sauf cas d’urgence' },
  { lang: 'fr', rule: 'du-moment-que', kind: 'condition',
    text: "On peut faire une suspension lorsqu'un vote a été annoncé, du moment qu'il n'a pas été ouvert.", evidence: "On peut faire une suspension lorsqu'un vote a été annoncé, du moment qu'il" },
  { lang: 'fr', rule: 'en-cas-de-sera', kind: 'condition',
    text: 'En cas de non-lieu, relaxe, acquittement, amnistie ou réhabilitation, ces informations seront effacées.', evidence: 'ces informations seront effacées' },
  { lang: 'en', rule: 'may-after-approval', kind: 'condition',
    text: 'The detention can be extended with the approval of a judge.', evidence: 'The detention can be extended with the approval of a judge' },
  { lang: 'en', rule: 'as-long-as', kind: 'condition',
    text: 'Shops can reopen as long as they respect the health rules.', evidence: 'Shops can reopen as long as they respect the health rules' },
  { lang: 'en', rule: 'not-automatic', kind: 'condition',
    text: 'The listing will not be automatic and will require a court decision.', evidence: 'The listing will not be automatic' },
  { lang: 'en', rule: 'may-bypass', kind: 'condition',
    text: 'Agents may bypass the approval of the commission in emergencies.', evidence: 'Agents may bypass the approval of the commission' },
  { lang: 'en', rule: 'except-cases', kind: 'condition',
    text: 'The minister may order the closure, barring an emergency, only after a vote.', evidence: 'barring an emergency' },
  { lang: 'en', rule: 'in-event-will-be', kind: 'condition',
    text: 'In the event of an acquittal, the data will be deleted.', evidence: 'In the event of an acquittal, the data will be deleted' },
  { lang: 'en', rule: 'shall-not-justify', kind: 'prohibition',
    text: 'These emergencies shall not justify the search of a home.', evidence: 'These emergencies shall not justify the search of a home' },
  // --- caps and durations
  { lang: 'fr', rule: 'duree-bornee', kind: 'limit', actors: [['premier ministre', 'person']],
    text: 'La surveillance sera autorisée par le premier ministre par tranche de quatre mois.', evidence: 'par tranche de quatre mois' },
  { lang: 'fr', rule: 'duree-bornee', kind: 'limit',
    text: 'Les données pourront être conservées pendant vingt ans.', evidence: 'Les données pourront être conservées pendant vingt ans' },
  { lang: 'fr', rule: 'duree-bornee', kind: 'limit',
    text: 'Les mineurs verront leurs données conservées jusqu’à dix ans.', evidence: 'leurs données conservées jusqu’à dix ans' },
  { lang: 'fr', rule: 'pourra-aller-jusqu-a', kind: 'limit',
    text: 'Elle pourra aller jusqu’à cinq ans dans le cas des données de connexion.', evidence: 'Elle pourra aller jusqu’à cinq ans' },
  { lang: 'fr', rule: 'fixe-par-decret', kind: 'limit',
    text: 'Le nombre maximal de ces appareils sera fixé par arrêté du premier ministre après l’avis de la CNCTR.', evidence: 'Le nombre maximal de ces appareils sera fixé par arrêté' },
  { lang: 'fr', rule: 'pouvoir-limite', kind: 'limit',
    text: 'Selon la nouvelle constitution, son action sera limitée.', evidence: 'son action sera limitée' },
  { lang: 'fr', rule: 'exclu-du-champ', kind: 'limit', actors: [['CNIL', 'government']],
    text: 'Ces fichiers sont aujourd’hui exclus du périmètre d’action de la CNIL.', evidence: 'Ces fichiers sont aujourd’hui exclus du périmètre d’action de la CNIL' },
  { lang: 'fr', rule: 'ne-peut-que', kind: 'limit',
    text: 'La fermeture des restaurants qui ne peuvent officiellement que proposer de la vente à emporter.', evidence: 'ne peuvent officiellement que proposer de la vente à emporter' },
  { lang: 'en', rule: 'retained-for', kind: 'limit',
    text: 'Data may be retained for up to ten years.', evidence: 'Data may be retained for up to ten years' },
  { lang: 'en', rule: 'retained-for', kind: 'limit',
    text: 'Surveillance is authorised by the prime minister for periods of four months.', evidence: 'for periods of four months' },
  { lang: 'en', rule: 'set-by-decree', kind: 'limit',
    text: 'The maximum number of devices will be set by decree.', evidence: 'The maximum number of devices will be set by decree' },
  { lang: 'fr', rule: 'peut-dans-un-delai', kind: 'limit',
    text: "Les propriétaires pourront contester l'apposition sur la liste noire dans un délai de 3 mois seulement.", evidence: 'dans un délai de 3 mois seulement' },
  { lang: 'fr', rule: 'duree-de-conservation', kind: 'limit',
    text: 'La durée de conservation des données est fixée à cinq ans.', evidence: 'La durée de conservation des données est fixée à cinq ans' },
  { lang: 'en', rule: 'may-within', kind: 'limit',
    text: 'Owners may appeal the listing within three months.', evidence: 'Owners may appeal the listing within three months' },
  { lang: 'en', rule: 'retention-period', kind: 'limit',
    text: 'The retention period for the data is five years.', evidence: 'The retention period for the data is five years' },
  { lang: 'fr', rule: 'droits-de-douane', kind: 'sanction', actors: [['Washington', 'government']], imposedBy: 'Washington',
    text: "Faute d'accord, Washington relèvera les droits de douane le 15 décembre.", evidence: 'Washington relèvera les droits de douane' },
  // --- negative provisions
  { lang: 'fr', rule: 'aucun-ne-pourra', kind: 'prohibition',
    text: 'Aucune mesure de rétorsion ne pourra viser l’agent qui aurait dénoncé des actes illégaux.', evidence: 'Aucune mesure de rétorsion ne pourra viser l’agent' },
  { lang: 'fr', rule: 'aucun-ne-pourra', kind: 'prohibition',
    text: 'Ces informations ne pourront en aucun cas être utilisées à des fins commerciales.', evidence: 'Ces informations ne pourront en aucun cas être utilisées' },
  { lang: 'fr', rule: 'ne-justifiera-pas', kind: 'prohibition',
    text: 'Ces cas d’urgence ne justifieront pas l’intrusion d’un domicile.', evidence: 'Ces cas d’urgence ne justifieront pas l’intrusion d’un domicile' },
  { lang: 'fr', rule: 'jamais-autorise', kind: 'prohibition',
    text: "« On ne peut pas accepter un tel mépris de notre règlement. [...] Jamais lorsqu’un vote est annoncé, on autorise une suspension de séance. »",
    evidence: 'Jamais lorsqu’un vote est annoncé, on autorise une suspension de séance' },
  { lang: 'fr', rule: 'jamais-autorise', kind: 'prohibition',
    text: "Jamais le gouvernement n'autorisera une telle vente.", evidence: "Jamais le gouvernement n'autorisera une telle vente" },
  { lang: 'en', rule: 'never-allow', kind: 'prohibition', actors: [['China', 'government']],
    text: 'China will never allow Taiwan to become independent.', evidence: 'China will never allow Taiwan to become independent' },
  { lang: 'fr', rule: 'donnees-non-conservees', kind: 'limit',
    text: 'Ces données ne seraient pas conservées.', evidence: 'Ces données ne seraient pas conservées' },
  { lang: 'en', rule: 'no-x-may', kind: 'prohibition',
    text: 'No retaliation may be taken against whistleblowers.', evidence: 'No retaliation may be taken against whistleblowers' },
  { lang: 'en', rule: 'no-x-may', kind: 'prohibition',
    text: 'Under no circumstances may the agency enter a home.', evidence: 'Under no circumstances' },
  { lang: 'en', rule: 'not-stored', kind: 'limit',
    text: 'The recordings will not be stored.', evidence: 'The recordings will not be stored' },
  // --- blocked access, blacklists of content
  { lang: 'fr', rule: 'empecher-acces', kind: 'prohibition',
    text: "Les Wikipédiens craignent que cet amendement, comme les derniers projets de loi, empêche l'accès à des pages Wikipédia.", evidence: "empêche l'accès à des pages Wikipédia" },
  { lang: 'fr', rule: 'liste-noire-contenus', kind: 'prohibition',
    text: 'Le gouvernement veut créer une liste noire des sites pédopornographiques.', evidence: 'liste noire des sites pédopornographiques' },
  { lang: 'en', rule: 'prevent-access', kind: 'prohibition',
    text: 'The law would prevent access to websites deemed extremist.', evidence: 'prevent access to websites deemed extremist' },
  { lang: 'en', rule: 'blacklist-content', kind: 'prohibition',
    text: 'The government wants to create a blacklist of websites.', evidence: 'blacklist of websites' },
  // --- ultimatums, guarantees, resistance, house arrest as a state, tariff threats
  { lang: 'en', rule: 'otherwise', kind: 'condition', actors: [['WeWork', 'organization']],
    text: 'WeWork told the workers to sign the terms of the contract by Monday, otherwise it would consider their resignations voluntary.',
    evidence: 'otherwise it would consider their resignations voluntary' },
  { lang: 'en', rule: 'otherwise', kind: 'condition',
    text: 'Protesters must leave the square by Friday or face arrest.', evidence: 'or face arrest' },
  { lang: 'fr', rule: 'sous-peine-de', kind: 'condition',
    text: 'Les salariés doivent signer avant lundi, faute de quoi leur démission sera considérée comme volontaire.', evidence: 'faute de quoi leur démission sera considérée comme volontaire' },
  { lang: 'fr', rule: 'faute-de-quoi', kind: 'condition',
    text: 'Le club a jusqu’à vendredi pour payer, à défaut de quoi il sera exclu du championnat.', evidence: 'à défaut de quoi il sera exclu du championnat' },
  { lang: 'en', rule: 'ensure-not', kind: 'condition', actors: [['Kabul', 'government']],
    text: 'Kabul had ensured that the freed militants would not return to the front line.', evidence: 'Kabul had ensured that the freed militants would not return' },
  { lang: 'fr', rule: 'garantir-que-ne', kind: 'condition', actors: [['Kaboul', 'government']],
    text: "Kaboul s'est assuré que les militants libérés ne retourneraient pas au front.", evidence: "Kaboul s'est assuré que les militants libérés ne retourneraient pas" },
  { lang: 'en', rule: 'ensure-not', kind: 'condition', actors: [['Washington', 'government']],
    text: 'Washington gave written assurances that the weapons will not be used against civilians.', evidence: 'written assurances that the weapons will not' },
  { lang: 'fr', rule: 'garantir-que-ne', kind: 'condition',
    text: 'Le gouvernement a obtenu des garanties que les armes ne seraient pas utilisées contre des civils.', evidence: 'des garanties que les armes ne seraient pas' },
  { lang: 'en', rule: 'resist', kind: 'refusal', actors: [['Mugabe', 'person']], imposedBy: 'Mugabe',
    text: 'Mr Mugabe is resisting mediation by a Catholic priest.', evidence: 'Mugabe is resisting mediation by a Catholic priest' },
  { lang: 'fr', rule: 'resister-a', kind: 'refusal', actors: [['Mugabe', 'person']], imposedBy: 'Mugabe',
    text: "Le président Mugabe résiste aux pressions de l'armée.", evidence: "Mugabe résiste aux pressions de l'armée" },
  { lang: 'en', rule: 'under-house-arrest', kind: 'limit', actors: [['Mugabe', 'person']],
    text: 'Mugabe and his wife are under house arrest at the Blue House compound in Harare.', evidence: 'are under house arrest at the Blue House compound in Harare' },
  { lang: 'fr', rule: 'assigne-residence-etat', kind: 'limit', actors: [['Mugabe', 'person']],
    text: 'Robert Mugabe et sa femme sont assignés à résidence depuis mercredi.', evidence: 'sont assignés à résidence' },
  { lang: 'en', rule: 'raise-tariffs', kind: 'sanction', actors: [['Trump', 'person'], ['Beijing', 'government']], imposedBy: 'Trump',
    text: 'Trump said he would raise tariffs on Chinese imports if no deal is reached with Beijing.', evidence: 'raise tariffs on Chinese imports if no deal is reached with Beijing' },
  { lang: 'fr', rule: 'donne-jusqu-a', kind: 'condition', actors: [['Commission', 'government'], ['Rome', 'government']], imposedBy: 'Commission',
    text: "La Commission a donné jusqu'à lundi à Rome pour présenter un nouveau budget.", evidence: "donné jusqu'à lundi à Rome pour présenter" },
  { lang: 'en', rule: 'given-until', kind: 'condition',
    text: 'Workers were given until Monday to sign the new contract.', evidence: 'Workers were given until Monday to sign' },
  { lang: 'en', rule: 'set-deadline', kind: 'condition', actors: [['SEC', 'government']], imposedBy: 'SEC',
    text: 'The SEC set a deadline of March 15 for the company to respond.', evidence: 'set a deadline of March 15' },
  { lang: 'fr', rule: 'menace-de', kind: 'sanction', actors: [['Washington', 'government'], ['ONU', 'organization']],
    text: "Washington a menacé de réduire ses financements à l'ONU.", evidence: "réduire ses financements à l'ONU" },
  { lang: 'en', rule: 'threaten-to', kind: 'sanction', actors: [['EU', 'government']], imposedBy: 'EU',
    text: 'The EU threatened to cut aid to the country if elections were postponed.', evidence: 'threatened to cut aid to the country' },
  // --- a chamber voting down a text
  { lang: 'fr', rule: 'voter-contre', kind: 'refusal', actors: [['Sénat', 'government']],
    text: 'Le Sénat a voté contre le projet de loi sur le renseignement.', evidence: 'voté contre le projet de loi sur le renseignement' },
  { lang: 'en', rule: 'voted-against', kind: 'refusal', actors: [['Senate', 'government']],
    text: 'The Senate voted against the bill on Tuesday.', evidence: 'voted against the bill' },
];

describe('restrictions (provisions): should find (kind, rule, evidence, who)', () => {
  test.each(SHOULD_FIND.map((r) => [`${r.lang} ${r.rule}: ${r.text}`, r] as const))('%s', (_name, row) => {
    expect(expectRestriction(row).action.length).toBeGreaterThan(0);
  });
});

/** The rules of this file (and the two tightened vote rules): none may fire on a look-alike. */
const PROVISION_RULES = new Set([
  ...['devra-bloquer', 'devra-se-conformer', 'si-devra', 'obligation-de', 'apres-avis', 'se-passer-de-avis', 'sauf-cas', 'pas-automatique',
    'duree-bornee', 'pourra-aller-jusqu-a', 'fixe-par-decret', 'aucun-ne-pourra', 'ne-justifiera-pas', 'donnees-non-conservees', 'en-cas-de-sera',
    'du-moment-que', 'pouvoir-limite', 'exclu-du-champ', 'resister-a', 'faute-de-quoi', 'assigne-residence-etat', 'empecher-acces',
    'liste-noire-contenus', 'voter-contre', 'devra-etre-retire', 'texte-prevoit-que', 'donne-jusqu-a', 'menace-de', 'peut-dans-un-delai',
    'duree-de-conservation', 'garantir-que-ne', 'jamais-autorise'].map((r) => `restrictions/fr/${r}`),
  ...['must-block', 'must-comply', 'if-must', 'ensure-not', 'otherwise', 'resist', 'under-house-arrest', 'raise-tariffs', 'blacklist-content',
    'retained-for', 'set-by-decree', 'no-x-may', 'not-stored', 'may-after-approval', 'prevent-access', 'voted-against', 'must-be-removed',
    'provides-that', 'given-until', 'set-deadline', 'threaten-to', 'may-within', 'retention-period', 'as-long-as', 'not-automatic', 'may-bypass',
    'except-cases', 'in-event-will-be', 'shall-not-justify', 'never-allow'].map((r) => `restrictions/en/${r}`),
]);

/** Look-alikes: the sentence holds a rule's words but states no provision. */
const SHOULD_NOT_FIND: [Language, string, NameKind[]][] = [
  // « devra » without an act of blocking or compliance: a necessity, not a rule
  ['fr', 'Il devra attendre la fin de la saison pour revenir.', []],
  ['fr', "L'équipe devra gagner ses deux derniers matchs.", []],
  ['fr', 'Le ministre devra présenter son plan mardi.', []],
  ['fr', "Il devra se contenter d'une place sur le banc.", []],
  ['fr', "S'il veut jouer, il devra payer sa licence.", []],
  ['en', 'He will have to wait until next season.', []],
  ['en', 'The team will have to win both games.', []],
  ['en', 'We must stop this war now.', []],
  ['en', 'If we want to win, we must remove the doubts.', []],
  ['en', 'The company will halt production next week.', []],
  // no authority, no text: a past, a forecast, a market
  ['fr', "Après l'accord de Paris, les émissions ont baissé.", []],
  ['fr', 'En cas de victoire, le club sera qualifié pour la finale.', []],
  ['fr', 'Les températures pourront atteindre 40 degrés ce week-end.', []],
  ['fr', "La hausse pourrait aller jusqu'à 5 % cette année.", []],
  ['fr', 'Le prix sera fixé par le marché.', []],
  ['fr', 'Les documents ont été conservés pendant dix ans par sa famille.', []],
  ['fr', 'Elle a été élue pour une durée de cinq ans.', []],
  ['en', 'Records have been kept for ten years by the family.', []],
  ['en', 'The letter was kept for up to ten years in a drawer.', []],
  ['en', 'The price is set by the market.', []],
  ['en', 'Prices will be set by the market next year.', []],
  // « aucun » and « ne … pas » that bind nobody
  ['fr', "Aucune décision n'a été prise pour le moment.", []],
  ['fr', 'Aucun joueur ne pourra remplacer Zidane, a-t-il dit.', []],
  ['fr', 'Aucun accord ne pourra être trouvé avant les élections.', []],
  ['fr', 'Cela ne justifie pas la violence.', []],
  ['fr', 'Les résultats ne seront pas publiés avant lundi.', []],
  ['en', 'No one could have predicted the crisis.', []],
  // a limited effect is no limited power
  ['fr', 'Les dégâts sont limités, selon les pompiers.', []],
  ['fr', "L'impact sera limité sur les prix.", []],
  ['fr', 'Son influence reste limitée dans la région.', []],
  // « sinon », "otherwise", resisting a thing, a pledge
  ['fr', 'Rentre vite, sinon il va pleuvoir.', []],
  ['fr', 'Le réseau résiste à la chaleur.', []],
  ['en', 'An otherwise healthy man died of the flu.', []],
  ['en', 'The alloy resists pressure up to 200 bars.', []],
  ['en', 'He promised that he would not run again.', []],
  ['en', 'Pinochet was officially placed under house arrest.', []],
  ['en', 'She raised questions on the deal.', []],
  // a forecast is no text, a threat to oneself no sanction
  ['fr', 'La météo prévoit que les températures pourront dépasser 40 degrés.', []],
  ['en', 'Forecasters predict that temperatures may exceed 40 degrees.', []],
  ['fr', 'Il menace de démissionner si le projet passe.', []],
  ['en', 'He threatened to resign over the plan.', []],
  ['en', 'The players have until Friday to register.', []],
  // a delivery date is no bound on a permission
  ['fr', 'Le chantier sera livré dans un délai de trois mois.', []],
  ['en', 'The site will be delivered within three months.', []],
  // a retention period named, not set
  ['fr', 'La durée de conservation des données collectées a par ailleurs été inscrite dans la loi.', []],
  ['en', 'The retention period was debated for hours in the committee.', []],
  // calls, debts, descriptions and captivity are no provisions
  ['fr', 'Il faut agir vite, sinon il sera trop tard.', []],
  ['fr', 'Aucune entreprise ne peut rivaliser avec Google sur ce marché.', []],
  ['fr', "Les remises peuvent aller jusqu'à 70 % pendant les soldes.", []],
  ['fr', 'Il a été détenu pendant trois ans par les talibans.', []],
  ['fr', "La Grèce devra rembourser 3 milliards d'euros en juillet.", []],
  ['fr', 'Le colis peut arriver dans un délai de deux jours.', []],
  ['en', 'The violence must stop, the UN said.', []],
  ['en', 'Russia must withdraw its troops from the region.', []],
  ['en', 'No decision can be taken before Monday.', []],
  ['en', 'The border is not monitored at night.', []],
  ['en', 'The virus can spread within three days.', []],
  ['en', 'I can stay here as long as you want.', []],
  ['en', 'In case of a win, the club will be qualified for the final.', []],
  ['en', 'The president will not permit a delay, he said.', []],
  ['fr', 'Il assure que le gouvernement ne reculera pas.', []],
  ['fr', "Il n'a jamais autant plu en novembre.", []],
  ['fr', "Jamais je n'ai vu une telle foule.", []],
  ['fr', "Le maire ne l'a jamais autorisé, selon son entourage, mais il l'a toléré.", []],
  ['en', 'I would never allow myself to forget it.', []],
  ['fr', 'Le club pourra compter sur son capitaine après la décision du médecin.', []],
  ['fr', "Les Bleus devront fermer le jeu face à l'Espagne.", []],
  ['fr', "Le gouvernement devra communiquer davantage, estime l'opposition.", []],
  ['fr', "Le président a garanti que la France ne lâcherait pas l'Ukraine.", []],
  ['en', 'He guaranteed that he would not resign.', []],
  ['en', 'The coach said the players must report to training on Monday.', []],
  // a vote count is no refusal
  ['fr', 'Parmi les députés ayant voté contre figurent des opposants de la première heure.', []],
  ['en', 'The deputies who voted against include several former ministers.', []],
];

describe('restrictions (provisions): should not find', () => {
  test.each(SHOULD_NOT_FIND.map(([lang, text, actors]) => [`${lang}: ${text}`, lang, text, actors] as const))('%s', (_name, lang, text, actors) => {
    const found = restrictionsOf(lang, text, actors).filter((r) => PROVISION_RULES.has(r.ruleId));
    expect(found.map((r) => `${r.ruleId}: ${r.evidence.text}`)).toEqual([]);
  });
});

describe('restrictions (provisions): kinds the annotators give', () => {
  test('placing under house arrest is a sanction; being under it is a limit', () => {
    expect(restrictionsOf('en', 'Pinochet was officially placed under house arrest.').map((r) => r.kind)).toEqual(['sanction']);
    expect(restrictionsOf('en', 'Mugabe and his wife are under house arrest in Harare.').map((r) => r.kind)).toEqual(['limit']);
  });
  test('a blacklist of content is a prohibition, a company on a blacklist a sanction', () => {
    expect(restrictionsOf('fr', 'Le texte crée une liste noire des sites illégaux.').map((r) => r.kind)).toEqual(['prohibition']);
    expect(restrictionsOf('fr', "L'entreprise a été inscrite sur la liste noire du Trésor.").map((r) => r.kind)).toEqual(['sanction']);
  });
  test('two obligations after a semicolon stay two restrictions', () => {
    const text = "S'il refuse, l'hébergeur devra retirer la page ; et si ce dernier refuse, les fournisseurs d'accès devront couper l'accès au site.";
    expect(restrictionsOf('fr', text).map((r) => r.evidence.text)).toEqual([
      "S'il refuse, l'hébergeur devra retirer la page",
      "et si ce dernier refuse, les fournisseurs d'accès devront couper l'accès au site",
    ]);
  });
});

const CONTRACTS_FIND: ContractRow[] = [
  {
    name: 'en two sides agreeing, asked about: "whether the United States and China could agree to end a … trade war"',
    lang: 'en', text: 'Traders cited the uncertainty over whether the United States and China could agree to end a near 1-1/2 year trade war.',
    actors: [['United States', 'government'], ['China', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['United States', 'China'], evidence: 'United States and China could agree to end' }],
  },
  {
    name: 'en two sides agreeing: "Russia and Saudi Arabia agreed to cut output"',
    lang: 'en', text: 'Russia and Saudi Arabia agreed to cut output by 1.2 million barrels a day.',
    actors: [['Russia', 'government'], ['Saudi Arabia', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Russia', 'Saudi Arabia'], evidence: 'Russia and Saudi Arabia agreed to cut' }],
  },
  {
    name: 'fr deux camps d\'accord : « Moscou et Riyad se sont mis d\'accord pour réduire leur production »',
    lang: 'fr', text: "Moscou et Riyad se sont mis d'accord pour réduire leur production de pétrole.",
    actors: [['Moscou', 'government'], ['Riyad', 'government']],
    want: [{ kind: 'agreement', status: 'signed', parties: ['Moscou', 'Riyad'], evidence: "Moscou et Riyad se sont mis d'accord pour" }],
  },
  {
    name: 'fr une entente en question : « si Washington et Pékin pourraient s\'entendre sur … »',
    lang: 'fr', text: "Les marchés se demandent si Washington et Pékin pourraient s'entendre sur la fin de la guerre commerciale.",
    actors: [['Washington', 'government'], ['Pékin', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Washington', 'Pékin'], evidence: "Washington et Pékin pourraient s'entendre sur" }],
  },
  {
    name: 'en prisoner swap: parties from its sentence',
    lang: 'en', text: 'Two hostages held by the Taliban since 2016 were released Tuesday in a prisoner swap for three high-ranking insurgents.',
    actors: [['Taliban', 'group']],
    want: [{ kind: 'deal', status: null, parties: ['Taliban'], evidence: 'a prisoner swap' }],
  },
  {
    name: 'fr échange de prisonniers',
    lang: 'fr', text: "Deux otages ont été libérés dans le cadre d'un échange de prisonniers entre le Hamas et Israël.",
    actors: [['Hamas', 'group'], ['Israël', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Hamas', 'Israël'], evidence: "un échange de prisonniers entre le Hamas et Israël" }],
  },
  {
    name: 'fr des pourparlers directs en vue d\'un accord',
    lang: 'fr', text: "Washington et Moscou menaient des pourparlers directs en vue d'un accord sur le retrait des troupes.",
    actors: [['Washington', 'government'], ['Moscou', 'government']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Washington', 'Moscou'], evidence: "Washington et Moscou menaient des pourparlers directs en vue d'un accord" }],
  },
  {
    name: 'en talks pursuing an agreement',
    lang: 'en', text: 'Washington and the Taliban had been holding direct talks pursuing an agreement for US troops to begin leaving Afghanistan.',
    actors: [['Washington', 'government'], ['Taliban', 'group']],
    want: [{ kind: 'agreement', status: 'proposed', parties: ['Washington', 'Taliban'], evidence: 'Washington and the Taliban had been holding direct talks pursuing an agreement' }],
  },
  {
    name: 'en lifeline with an apposed subject and the rescued company',
    lang: 'en', text: 'After its founder left in October, SoftBank, its largest investor, committed to a $9.5 billion lifeline to bail out WeWork.',
    actors: [['SoftBank', 'organization'], ['WeWork', 'organization']],
    want: [{ kind: 'deal', status: 'signed', parties: ['SoftBank', 'WeWork'], evidence: 'SoftBank, its largest investor, committed to a $9.5 billion lifeline to bail out WeWork' }],
  },
  {
    name: 'en in collaboration with',
    lang: 'en', text: 'Researchers at Ceramtech, in collaboration with the Idaho National Laboratory, report that far less electricity is required.',
    actors: [['Ceramtech', 'organization'], ['Idaho National Laboratory', 'government']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Ceramtech', 'Idaho National Laboratory'], evidence: 'in collaboration with the Idaho National Laboratory' }],
  },
  {
    name: 'fr en collaboration avec',
    lang: 'fr', text: 'Le laboratoire Inserm travaille en collaboration avec le CNRS depuis 2010.',
    actors: [['Inserm', 'government'], ['CNRS', 'government']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Inserm', 'CNRS'], evidence: 'en collaboration avec le CNRS' }],
  },
  {
    name: 'en a loan from a lender',
    lang: 'en', text: 'Pakistan secured a $6 billion loan from the IMF last year.',
    actors: [['Pakistan', 'government'], ['IMF', 'organization']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Pakistan', 'IMF'], evidence: 'a $6 billion loan from the IMF' }],
  },
  {
    name: 'en a consortium led by two companies',
    lang: 'en', text: 'A consortium led by Airbus and Safran is bidding for the satellites.',
    actors: [['Airbus', 'organization'], ['Safran', 'organization']],
    want: [{ kind: 'partnership', status: 'signed', parties: ['Airbus', 'Safran'], evidence: 'A consortium led by Airbus and Safran' }],
  },
  {
    name: 'fr une ligne de crédit d\'un pays à un autre',
    lang: 'fr', text: 'Le Pakistan a obtenu une ligne de crédit de la Chine de 2 milliards de dollars.',
    actors: [['Pakistan', 'government'], ['Chine', 'government']],
    want: [{ kind: 'deal', status: 'signed', parties: ['Pakistan', 'Chine'], evidence: 'une ligne de crédit de la Chine' }],
  },
];

const CONTRACTS_NOT_FIND: [string, Language, string, ContractActorSpec[]][] = [
  ['one side only agreeing', 'en', 'Russia is unlikely to agree to cut its oil output further.', [['Russia', 'government']]],
  ['two sides agreeing to a campaign', 'en', 'Democrats and Republicans agreed to oppose the bill.', [['Democrats', 'organization'], ['Republicans', 'organization']]],
  ['getting along is no agreement', 'fr', "Paris et Berlin s'entendent bien depuis des années.", [['Paris', 'government'], ['Berlin', 'government']]],
  ['a lifeline with nothing to pin it down', 'en', 'The new bridge is a lifeline for the town.', []],
  ['a loan with no lender', 'en', 'The company took out a $500 million loan to fund its expansion.', []],
  ['generic loans', 'en', 'Student loans are rising across the country.', []],
  ['a consortium with no members', 'fr', 'Le consortium a présenté ses résultats mardi.', []],
  ['a stock exchange is no swap', 'en', 'Shares of Alibaba rose on the New York exchange.', [['Alibaba', 'organization']]],
];

describe('contracts (provisions round): should find', () => {
  test.each(CONTRACTS_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => expectContracts(row));
});

describe('contracts (provisions round): should not find', () => {
  test.each(CONTRACTS_NOT_FIND)('%s', (_name, lang, text, actors) => {
    expect(contractsOf(lang, text, actors).map((c) => c.evidence.text)).toEqual([]);
  });
});
