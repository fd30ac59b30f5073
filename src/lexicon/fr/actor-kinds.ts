/**
 * French cues of the actor KIND decision and of the non-entity filters (see src/extractors/actors/kind-cues.ts). Lists
 * and patterns from how French news writes places (« près de », « au nord de », « capitale de »), works (« œuvres de »),
 * storms and operations. Regexes are bounded and anchored (one short window before or after a name).
 *
 * @module
 */
import type { ActorKindCues } from '../gazetteer/kind-cues.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

export const FR_KIND_CUES: ActorKindCues = {
  // ruleId actors/place-locative-phrase — « près de Valmorens », « au nord de Pelangor », « aux environs d'Ulvar », « la
  // population de Moukoundi », « les habitants de Saint-Ferjeux » (the window ends right before the name; an elided « d' »
  // is part of the name's token and ends the window)
  locativeBefore: /(?:^|[^\p{L}])(?:près|non\s{1,2}loin|au\s{1,2}(?:nord|sud)(?:-(?:est|ouest))?|à\s{1,2}l['’](?:est|ouest)|au\s{1,2}large|aux\s{1,2}(?:environs|alentours|portes)|à\s{1,2}proximité|à\s{1,2}la\s{1,2}sortie|à\s{1,2}l['’]entrée|en\s{1,2}(?:périphérie|banlieue)|dans\s{1,2}la\s{1,2}(?:région|banlieue|périphérie)|dans\s{1,2}le\s{1,2}(?:nord|sud|centre|cœur|coeur)(?:-(?:est|ouest))?|dans\s{1,2}l['’](?:est|ouest)|prise|reprise|bombardement|bombardements|encerclement|bataille|habitants|habitantes|population|originaire|originaires|natif|native|kilomètres|km|rues|mairie|l['’]autre\s{1,2}côté)\s{1,2}(?:de\s{1,2}(?:la\s{1,2}|l['’])?|du\s{1,2}|des\s{1,2}|d['’])$/iu,
  // ruleId actors/place-capital-of — « Tamarongo, capitale du Malawi », « Kervalec, une commune de 3 000 habitants », « X,
  // petite ville du Jura »
  placeApposition: /^,\s{1,3}(?:(?:la|le|l['’]|une|un|petite|petit|grande|grand|ancienne|ancien)\s{0,3}){0,2}(?:capitale|chef-lieu|sous-préfecture|préfecture|ville|commune|village|bourgade|localité|cité|station\s+balnéaire)(?![\p{L}])(?!\s{1,3}(?:de\s{1,3})?(?:conseil|mairie|municipal|maire|police))/u,
  // ruleId actors/works-list — « des œuvres de Bonnard, Corot, Degas … et Toulouse-Lautrec », « vingt toiles de Renoir »
  worksBefore: /(?:^|[^\p{L}])(?:œuvres?|oeuvres?|toiles?|tableaux|tableau|peintures?|sculptures?|dessins?|gravures?|romans?|poèmes?|chansons?|compositions?|symphonies?|opéras?|photographies|portraits?)\s{1,2}(?:de\s{1,2}|d['’])$/u,
  // ruleId actors/place-list — « les villes de Milan, Giverny, Barcelone », « des pays comme le Mali », « les régions
  // Basse-Normandie, Bretagne et Pays de la Loire »
  placeListBefore: /(?:^|[^\p{L}])(?:villes|communes|localités|régions|provinces|pays|capitales|villages|départements|îles|cantons)\s{1,2}(?:de\s{1,2}|d['’]|comme\s{1,2}|tel(?:le)?s\s{1,2}que\s{1,2})?$/iu,
  // ruleId actors/place-noun-before — « la grotte d'Azass », « le col du Galibier », « la plage de Kervalec »
  geoNouns: words(`grotte grottes col plage forêt désert rivière fleuve montagne colline plateau cap péninsule détroit canal volcan
  glacier cascade baie steppe bourg hameau localité agglomération faubourg oasis gorges`),
  // ruleId actors/operated-by — « l'appareil était exploité par Dana Air », « affrété par Kestrel Air »
  operatedBy: /(?:^|[^\p{L}])(?:exploit|affrét|opér)(?:é|ée|és|ées)\s{1,2}par\s{1,2}(?:la\s{1,2}|le\s{1,2}|l['’])?$/u,
  // ruleId actors/org-noun-before — « la secte Boko Haram », « la société Marvelin Tessier », « l'entreprise Zentrix »
  orgNounsBefore: words(`société entreprise firme compagnie start-up startup secte milice conglomérat marque enseigne label
  cabinet groupe groupuscule holding édition éditions`),
  // ruleId actors/event-name — « le typhon Saola », « un deuxième typhon, Damrey, », « l'opération Harpie », « la Coupe du
  // Monde »
  eventNouns: words(`typhon typhons ouragan ouragans cyclone cyclones tempête tempêtes tornade tornades opération opérations
  exercice tournoi championnat championnats coupe festival trophée foire`),
  // ruleId actors/species-name — « le papillon Zizeeria maha », « la bactérie Escherichia coli »
  taxonNouns: words(`espèce espèces genre moustique moustiques papillon papillons lycénidé bactérie bactéries champignon plante
  insecte insectes poisson oiseau oiseaux araignée scarabée grenouille crapaud ver parasite escargot crevette corail arbre algue
  virus`),
  // ruleId actors/name-duration — « Abdou Diouf quitte Québec 48 heures avant son programme »
  durationNouns: words(`heures heure h jours jour ans an années année mois semaines semaine minutes minute secondes km
  kilomètres mètres m pour fois points`),
  // ruleId actors/religion-adjective — « la communauté Sikh », « le nouvel an Hindou »
  religionWords: words(`hindou hindoue sikh sikhe bouddhiste chiite sunnite jaïn taoïste évangélique orthodoxe anglican
  luthérien méthodiste baptiste mormon pentecôtiste zoroastrien`),
};
