/**
 * French data of the metric subject grammar (src/extractors/metrics-subject.ts): the function words that bound a
 * measured noun phrase, the links of its complements, and the phrases after a figure that give its direction.
 * Entries follow how French-language news phrases figures (« les désinstallations de ChatGPT auraient bondi de
 * 200 % », « trois membres du MoDem », « 5,7 %, en baisse par rapport à 2019 »).
 *
 * @module
 */
import type { SubjectGrammar } from '../../extractors/metrics-subject.js';

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** French metric subject grammar. */
export const FR_SUBJECT_GRAMMAR: SubjectGrammar = {
  determiners: set("le la les l' un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos tous toutes chaque"),
  // « membres du MoDem », « stations de mesure des eaux souterraines »
  complementLinks: set("de du des d'"),
  placeLinks: set('au aux en dans'),
  functionWords: set(`et ou mais ni car donc or que qu qui dont où quand lorsque si comme à au aux en dans par pour avec sans
    sur sous entre vers chez contre selon depuis après avant pendant il elle ils elles on nous vous ne n pas plus moins
    y se s soit environ près presque quelque ainsi aussi alors déjà encore seulement notamment
    parmi lors malgré durant via outre ayant étant rien cela ceci ça tout`),
  finiteVerbs: set(`est sont était étaient sera seront serait seraient a ont avait avaient aura auront aurait auraient
    va vont allait devrait devraient doit doivent pourrait pourraient peut peuvent été être avoir fait font
    dit déclaré affirmé indiqué annoncé expliqué estimé précisé souligné ajouté assure affirme estime indique annonce
    explique précise souligne ajoute selon
    passe passait varie variait correspond correspondait occupe occupait atteint atteignait représente représentait
    s'établit s'établissait`),
  adverbialHeads: set('ici avance abord autant habitude ailleurs emblée urgence entre eux elles'),
  timeWords: set(`an ans année années mois semaine semaines jour jours trimestre trimestres semestre décennie période
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche aujourd'hui hier demain matin soir
    dernier dernière prochain prochaine précédent précédente`),
  // « 5,7 %, en baisse par rapport à », « 12 %, en hausse sur un an », « 3 %, contre 2 % un an plus tôt » (no direction)
  // (ruleId metrics/subject/direction-from)
  directionAfter: "^[ \\u00a0]{0,2},?[ \\u00a0]{1,2}en[ \\u00a0]{1,2}(?:(baisse|recul|repli|diminution|chute)|(hausse|progression|augmentation))[ \\u00a0]{1,2}(?:par[ \\u00a0]{1,2}rapport|sur[ \\u00a0]{1,2}(?:un|une|l['’])|comparé)",
  // « passant de 0 à 60 000 », « est passé de 12 à 9 », « évolue de » (ruleId metrics/subject/direction-from-to)
  neutralMove: "(?:pass(?:e|ent|é|ée|és|ées|ant|ait|aient|era|eront)|évolu(?:e|ent|é|ée|ant)|allant|va|vont)[ \\u00a0]{1,2}(?:(?:de|d['’])[ \\u00a0]{0,2})(?:(?:près|plus|moins)[ \\u00a0]{1,2}(?:de|d['’])[ \\u00a0]{0,2})?$",
  reachLink: '^[ \\u00a0]{1,2}(?:à|a)[ \\u00a0]{1,2}',
  // the same verbs before a range written as one figure (« passant de près de 0 à 60 000 tweets »)
  modifiedLinks: set('de du des'),
  // « six enquêtes en cours », « deux affaires classées sans suite », « les 25 tweets les plus partagés », « 300 salariés à
  // temps partiel », « 12 lois en vigueur »
  postModifier: "^[ \\u00a0]{1,2}((?:en[ \\u00a0](?:cours|attente|vigueur|service|activité|détention|examen|suspens)|sans[ \\u00a0]suite|à[ \\u00a0]temps[ \\u00a0](?:plein|partiel)|les[ \\u00a0](?:plus|moins)[ \\u00a0][a-zéèêàâîôûç]{3,20}))(?![a-zéèêàâîôûç])",
  // « contre 44 % », « au lieu de 3 % », « comparé à 2 % »
  compareBefore: "(?:^|[^a-zé])(?:contre|au[ \\u00a0]lieu[ \\u00a0]d[e'’]|comparé[ \\u00a0]à|par[ \\u00a0]rapport[ \\u00a0]à)[ \\u00a0]{1,2}$",
  // verbes d'état, de mesure et participes qui peuvent clore un sujet lu jusqu'au chiffre (« Le plafond …, fixé à 60 dollars »,
  // « le chiffre d'affaires atteindrait ») ; liste fermée tirée de la presse économique (plus « s'élève », « s'établit » : tout
  // verbe pronominal « s'… » en fin de sujet)
  trailingVerbs: "fixé fixée fixés fixées atteint atteinte atteignait atteindra atteindrait atteignent a ont est sont était étaient sera seront serait seraient représente représentent représentait totalise totalisait établi établie plafonné plafonnée plafonnés chiffré chiffrée évalué évaluée devrait pourrait doit dépasse dépassait affiche affichait enregistre enregistrait accepté payer paie paiera versé versera verser de d'",
  // ce qu'un paiement règle ou sanctionne, après lui (« accepté de payer 215 millions pour régler … », « d'amende »)
  settlementAfter: "^[ \\u00a0]{1,2}(?:(pour[ \\u00a0]régler|dans[ \\u00a0]le[ \\u00a0]cadre[ \\u00a0]d['’]un[ \\u00a0](?:accord|règlement))|d['’]amendes?|à[ \\u00a0]titre[ \\u00a0]d['’]amende)(?![a-zé])",
  settlementNouns: ['règlement', 'amende'],
  // (« 2,25 %, contre 2,29 % » compares as often two groups as two dates: no direction)
  fromLevel: '^(?!)x',
  // bond prices: "rose 6/32 in price to yield 1.786%", « pour un rendement de 2,1 % »
  measureVerb: "(?:^|[^a-zé])pour[ \\u00a0]un[ \\u00a0](rendement)[ \\u00a0]d(?:e[ \\u00a0]|['’])$",
  discourseLabels: set('autre autres bref enfin résultat conclusion explication'),
  neutralVerb: "(?:pass(?:e|ent|é|ée|és|ées|ant|ait|aient|era|eront)|évolu(?:e|ent|é|ée|ant))[ \\u00a0]{1,2}$",
};
