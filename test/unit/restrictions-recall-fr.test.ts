/**
 * Recall of French restrictions as modern business, politics and defence news phrases them: court and regulator
 * decisions (« a suspendu l'arrêté », « a invalidé », « a enjoint à … de cesser »), trade and diplomatic sanctions
 * (« gel des avoirs », « a rompu ses relations diplomatiques », « a bloqué les comptes »), refusals (« s'oppose à »,
 * « pas question de », « n'a pas donné son feu vert »), limits (« ne peut acheter plus de », « ne peut être délivré que
 * sur ordonnance ») and conditions (« ne … que si », « doit encore recevoir le feu vert », « assorti de conditions »).
 * Each should-find row names the rule that must fire and the fields it must fill; the should-not-find rows are the
 * look-alikes each rule was written to leave alone.
 */
import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';

interface Row {
  text: string;
  actors?: NameKind[];
  kind: string;
  /** The rule that finds it: `restrictions/fr/<rule>`. */
  rule: string;
  /** Text the evidence must contain. */
  evidence: string;
  imposedBy?: string | null;
  appliesTo?: string[];
  condition?: string | null;
}

const SHOULD_FIND: Row[] = [
  // --- prohibitions
  { rule: 'a-suspendu-texte', kind: 'prohibition', actors: [["Conseil d'État", 'government']],
    text: "Le Conseil d'État a suspendu l'arrêté municipal anti-burkini.", evidence: "a suspendu l'arrêté municipal anti-burkini", imposedBy: "Conseil d'État", appliesTo: [] },
  { rule: 'a-suspendu-texte', kind: 'prohibition', actors: [['juge fédéral', 'person']],
    text: "Un juge fédéral a suspendu l'application du décret.", evidence: "a suspendu l'application du décret" },
  { rule: 'cloue-au-sol', kind: 'prohibition',
    text: 'Les avions de Boeing 737 MAX sont cloués au sol depuis mars.', evidence: 'Les avions de Boeing 737 MAX sont cloués au sol depuis mars' },
  { rule: 'fermer-frontieres', kind: 'prohibition', actors: [['Ankara', 'government']],
    text: 'Ankara a fermé son espace aérien aux avions militaires russes.', evidence: 'fermé son espace aérien aux avions militaires russes', imposedBy: 'Ankara' },
  { rule: 'fermer-frontieres', kind: 'prohibition',
    text: "Le gouvernement algérien a fermé l'accès à Internet pendant les examens.", evidence: "fermé l'accès à Internet" },
  { rule: 'empecher', kind: 'prohibition', actors: [['Berlin', 'government']],
    text: "Berlin empêche l'entreprise chinoise de racheter le fabricant de puces.", evidence: "empêche l'entreprise chinoise de racheter le fabricant de puces", imposedBy: 'Berlin' },
  { rule: 'empecher', kind: 'prohibition',
    text: 'La loi empêche les entreprises étrangères de détenir plus de 49 % du capital.', evidence: 'empêche les entreprises étrangères de détenir' },
  { rule: 'invalider', kind: 'refusal', actors: [["Cour de justice de l'Union européenne", 'government']],
    text: "La Cour de justice de l'Union européenne a invalidé le Privacy Shield.", evidence: 'a invalidé le Privacy Shield', imposedBy: "Cour de justice de l'Union européenne" },
  { rule: 'invalider', kind: 'refusal', actors: [['Conseil constitutionnel', 'government']],
    text: "Le Conseil constitutionnel a censuré l'article 24 de la loi.", evidence: "censuré l'article 24 de la loi", imposedBy: 'Conseil constitutionnel' },
  { rule: 'ne-pourra-plus', kind: 'prohibition',
    text: 'Après cette décision, la compagnie ne pourra plus vendre ses billets en France.', evidence: 'ne pourra plus vendre ses billets en France' },
  { rule: 'ne-pourra-plus', kind: 'prohibition', actors: [['Huawei', 'organization']],
    text: "Les opérateurs français ne pourront plus installer d'équipements Huawei à partir de 2028.", evidence: "ne pourront plus installer d'équipements Huawei" },
  { rule: 'exclure-du-marche', kind: 'prohibition', actors: [['Royaume-Uni', 'government'], ['Huawei', 'organization']],
    text: "Le Royaume-Uni a décidé d'exclure Huawei de son réseau 5G d'ici 2027.", evidence: 'exclure Huawei de son réseau 5G', imposedBy: 'Royaume-Uni', appliesTo: ['Huawei'] },
  { rule: 'enjoindre-de-cesser', kind: 'prohibition', actors: [['Uber', 'organization']],
    text: 'La justice a enjoint à Uber de cesser son activité UberPop.', evidence: 'enjoint à Uber de cesser son activité UberPop', appliesTo: ['Uber'] },
  { rule: 'enjoindre-de-cesser', kind: 'prohibition',
    text: 'Le juge des référés a ordonné le retrait des affiches.', evidence: 'ordonné le retrait des affiches' },
  { rule: 'sous-embargo', kind: 'prohibition', actors: [['Venezuela', 'government'], ['États-Unis', 'government']],
    text: 'Le Venezuela est placé sous embargo par les États-Unis depuis 2019.', evidence: 'sous embargo par les États-Unis', imposedBy: 'États-Unis', appliesTo: ['Venezuela'] },
  { rule: 'pas-acces', kind: 'prohibition',
    text: "Les journalistes n'ont plus accès à la zone de combat.", evidence: "n'ont plus accès à la zone de combat" },
  { rule: 'confinement', kind: 'prohibition',
    text: 'Le gouvernement a décrété un confinement strict de la population.', evidence: 'décrété un confinement strict de la population' },
  // --- conditions
  { rule: 'doit-obtenir-accord', kind: 'condition', actors: [['Bruxelles', 'government']],
    text: "L'opération doit encore recevoir le feu vert de Bruxelles.", evidence: "L'opération doit encore recevoir le feu vert de Bruxelles" },
  { rule: 'doit-obtenir-accord', kind: 'condition', actors: [['Bercy', 'government']],
    text: "L'opération nécessite l'accord préalable de Bercy.", evidence: "nécessite l'accord préalable de Bercy" },
  { rule: 'ne-que-si', kind: 'condition', actors: [['Kiev', 'government']],
    text: "L'aide ne sera versée que si Kiev engage des réformes.", evidence: "L'aide ne sera versée que si Kiev engage des réformes", condition: 'si Kiev engage des réformes' },
  { rule: 'ne-que-si', kind: 'condition',
    text: "Ils n'accepteront donc de jouer le jeu que si des garanties leur sont données sur leur retour à l'emploi.",
    evidence: "Ils n'accepteront donc de jouer le jeu que si des garanties leur sont données" },
  { rule: 'ne-que-si', kind: 'condition',
    text: "La vente ne pourra se faire qu'avec l'accord du gouvernement.", evidence: "La vente ne pourra se faire qu'avec l'accord du gouvernement" },
  { rule: 'conditionner', kind: 'condition', actors: [['FMI', 'organization']],
    text: 'Le FMI conditionne son aide à la mise en œuvre de réformes structurelles.', evidence: 'conditionne son aide à la mise en œuvre de réformes structurelles', imposedBy: 'FMI' },
  { rule: 'conditionner', kind: 'condition',
    text: "Le versement de la prochaine tranche est suspendu à l'adoption de la réforme.", evidence: "suspendu à l'adoption de la réforme" },
  { rule: 'assorti-de-conditions', kind: 'condition', actors: [['Bruxelles', 'government']],
    text: 'Le feu vert de Bruxelles est assorti de conditions strictes.', evidence: 'Le feu vert de Bruxelles est assorti de conditions strictes' },
  { rule: 'doit-pour-beneficier', kind: 'condition',
    text: 'Les visiteurs devront présenter un test négatif pour entrer sur le territoire.', evidence: 'devront présenter un test négatif pour entrer sur le territoire' },
  { rule: 'poser-conditions', kind: 'condition', actors: [['Berlin', 'government'], ['Grèce', 'place']],
    text: "Berlin pose ses conditions à un nouveau plan d'aide à la Grèce.", evidence: "pose ses conditions à un nouveau plan d'aide", imposedBy: 'Berlin' },
  { rule: 'poser-conditions', kind: 'condition', actors: [['États-Unis', 'government'], ['Iran', 'government']],
    text: "Les États-Unis ont lancé un ultimatum à l'Iran.", evidence: "ultimatum à l'Iran", imposedBy: 'États-Unis', appliesTo: ['Iran'] },
  // --- limits
  { rule: 'controles-frontieres', kind: 'limit',
    text: 'Le gouvernement a instauré des contrôles aux frontières.', evidence: 'contrôles aux frontières' },
  { rule: 'controles-frontieres', kind: 'limit', actors: [['Islande', 'government']],
    text: "L'Islande a instauré un contrôle des capitaux en 2008.", evidence: 'contrôle des capitaux', imposedBy: 'Islande' },
  { rule: 'n-est-accorde-qu', kind: 'limit',
    text: "L'aide ne sera accordée qu'aux entreprises qui s'engagent à ne pas verser de dividendes.", evidence: "L'aide ne sera accordée qu'aux entreprises" },
  { rule: 'ne-peut-plus-de', kind: 'limit',
    text: 'Chaque client ne peut acheter plus de deux paquets.', evidence: 'Chaque client ne peut acheter plus de deux paquets' },
  { rule: 'ne-peut-etre-que', kind: 'limit',
    text: 'Ce médicament ne peut être délivré que sur ordonnance.', evidence: 'Ce médicament ne peut être délivré que sur ordonnance' },
  { rule: 'limiter', kind: 'limit', actors: [['Banque centrale', 'government']],
    text: 'La Banque centrale a limité les retraits à 200 euros par jour.', evidence: 'limité les retraits à 200 euros par jour', imposedBy: 'Banque centrale' },
  { rule: 'ne-pas-depasser', kind: 'limit',
    text: "La participation de l'État ne peut dépasser 20 % du capital.", evidence: 'ne peut dépasser 20 % du capital' },
  { rule: 'strictement-encadre', kind: 'limit',
    text: "Le texte encadre strictement l'usage de la reconnaissance faciale.", evidence: 'encadre strictement' },
  // --- refusals
  { rule: 'a-ete-refuse', kind: 'refusal',
    text: "L'entrée sur le territoire lui a été refusée.", evidence: "L'entrée sur le territoire lui a été refusée" },
  { rule: 's-opposer', kind: 'refusal', actors: [['Berlin', 'government']],
    text: 'Berlin s’oppose fermement à la mutualisation des dettes.', evidence: 's’oppose fermement à la mutualisation des dettes', imposedBy: 'Berlin' },
  { rule: 's-opposer', kind: 'refusal', actors: [['France', 'government'], ['Macédoine du Nord', 'place']],
    text: "La France s'est opposée à l'entrée de la Macédoine du Nord dans l'UE.", evidence: "s'est opposée à l'entrée de la Macédoine du Nord", imposedBy: 'France' },
  { rule: 's-opposer', kind: 'refusal', actors: [['Londres', 'government'], ['Bruxelles', 'government']],
    text: 'Londres a opposé une fin de non-recevoir à la demande de Bruxelles.', evidence: 'fin de non-recevoir à la demande de Bruxelles', imposedBy: 'Londres' },
  { rule: 'decliner-offre', kind: 'refusal', actors: [['Royaume-Uni', 'government'], ['Moscou', 'government']],
    text: "Le Royaume-Uni a décliné l'invitation de Moscou.", evidence: "décliné l'invitation de Moscou", imposedBy: 'Royaume-Uni' },
  { rule: 'dire-non', kind: 'refusal',
    text: 'Le conseil de surveillance a dit non au projet de fusion.', evidence: 'dit non au projet de fusion' },
  { rule: 'pas-question', kind: 'refusal', actors: [['Berlin', 'government']],
    text: "Pas question pour Berlin d'accepter une mutualisation des dettes.", evidence: "Pas question pour Berlin d'accepter une mutualisation des dettes" },
  { rule: 'pas-question', kind: 'refusal',
    text: 'Le gouvernement se refuse à toute augmentation des impôts.', evidence: 'se refuse à toute augmentation des impôts' },
  { rule: 'pas-feu-vert', kind: 'refusal', actors: [['Commission', 'government']],
    text: "La Commission n'a pas donné son feu vert au projet de fusion.", evidence: "n'a pas donné son feu vert au projet de fusion", imposedBy: 'Commission' },
  { rule: 'bloquer', kind: 'prohibition', actors: [['Turquie', 'government'], ['Suède', 'government'], ['Otan', 'organization']],
    text: "La Turquie bloque l'adhésion de la Suède à l'Otan.", evidence: "bloque l'adhésion de la Suède", imposedBy: 'Turquie' },
  // --- sanctions
  { rule: 'licencier-personne', kind: 'sanction',
    text: 'Le directeur général a été licencié pour faute grave.', evidence: 'a été licencié pour faute grave' },
  { rule: 'licencier-personne', kind: 'sanction', actors: [['Renault', 'organization']],
    text: 'Renault a licencié le directeur de la conformité.', evidence: 'licencié le directeur de la conformité', imposedBy: 'Renault' },
  { rule: 'priver', kind: 'sanction',
    text: 'Le gouvernement a décidé de priver la société de toute subvention publique.', evidence: 'priver la société de toute subvention publique' },
  { rule: 'avoirs-geles', kind: 'sanction', actors: [['États-Unis', 'government']],
    text: 'Les avoirs de la banque centrale afghane ont été gelés par les États-Unis.', evidence: 'Les avoirs de la banque centrale afghane ont été gelés par les États-Unis', imposedBy: 'États-Unis' },
  { rule: 'controle-judiciaire', kind: 'sanction',
    text: "L'ancien patron a été mis en examen et placé sous contrôle judiciaire.", evidence: 'placé sous contrôle judiciaire' },
  { rule: 'a-vie', kind: 'sanction', actors: [['FIFA', 'organization']],
    text: "La FIFA a radié à vie l'ancien vice-président de la confédération.", evidence: "radié à vie l'ancien vice-président", imposedBy: 'FIFA' },
  { rule: 'sanction-diplomatique', kind: 'sanction', actors: [['Canada', 'government'], ['Iran', 'government']],
    text: "Le Canada a rompu ses relations diplomatiques avec l'Iran.", evidence: "rompu ses relations diplomatiques avec l'Iran", imposedBy: 'Canada', appliesTo: ['Iran'] },
  { rule: 'sanction-diplomatique', kind: 'sanction', actors: [['France', 'government']],
    text: 'La France a rappelé son ambassadeur en Italie.', evidence: 'rappelé son ambassadeur en Italie', imposedBy: 'France' },
  { rule: 'fermeture-administrative', kind: 'sanction',
    text: "Le préfet a prononcé la fermeture administrative de l'établissement.", evidence: "fermeture administrative de l'établissement" },
  { rule: 'fermeture-administrative', kind: 'sanction', actors: [['Génération identitaire', 'organization']],
    text: "Le gouvernement a dissous l'association Génération identitaire.", evidence: "dissous l'association Génération identitaire", appliesTo: ['Génération identitaire'] },
  { rule: 'saisie-biens', kind: 'sanction',
    text: "Les autorités suisses ont bloqué les comptes de l'ancien dirigeant.", evidence: "bloqué les comptes de l'ancien dirigeant" },
  { rule: 'saisie-biens', kind: 'sanction',
    text: 'Les autorités ont confisqué les passeports des dirigeants de l’entreprise.', evidence: 'confisqué les passeports des dirigeants' },
  { rule: 'tant-que-ne-pas', kind: 'condition', actors: [['Athènes', 'government']],
    text: "Athènes ne recevra pas d'argent tant qu'elle n'aura pas adopté les réformes.", evidence: "tant qu'elle n'aura pas adopté les réformes" },
  { rule: 'en-echange-de', kind: 'condition', actors: [['Grèce', 'government']],
    text: "La Grèce devra adopter de nouvelles réformes en échange de l'aide.", evidence: "devra adopter de nouvelles réformes en échange de l'aide" },
  { rule: 'soumis-a', kind: 'condition',
    text: 'Le rachat reste soumis au feu vert des autorités de la concurrence.', evidence: 'Le rachat reste soumis au feu vert des autorités de la concurrence' },
  { rule: 'ne-que-si', kind: 'condition',
    text: "L'accord ne sera valable qu'une fois ratifié par les parlements nationaux.", evidence: "L'accord ne sera valable qu'une fois ratifié par les parlements nationaux" },
  { rule: 'contingenter', kind: 'limit',
    text: 'Le nombre de titres de séjour délivrés est désormais contingenté.', evidence: 'désormais contingenté' },
  { rule: 'contingenter', kind: 'limit',
    text: "Paris veut renforcer le filtrage des investissements étrangers dans les secteurs stratégiques.", evidence: 'filtrage des investissements étrangers' },
  { rule: 'repousser', kind: 'refusal',
    text: "La majorité a repoussé l'amendement de l'opposition.", evidence: "repoussé l'amendement de l'opposition" },
  { rule: 'repousser', kind: 'refusal',
    text: 'Le patronat a claqué la porte des négociations.', evidence: 'claqué la porte des négociations' },
  { rule: 'debouter', kind: 'refusal',
    text: 'Le tribunal de commerce a débouté la société de toutes ses demandes.', evidence: 'débouté la société de toutes ses demandes' },
  { rule: 'debouter', kind: 'refusal', actors: [['Cour de cassation', 'government']],
    text: "La Cour de cassation a déclaré irrecevable le pourvoi de l'ancien ministre.", evidence: 'déclaré irrecevable le pourvoi', imposedBy: 'Cour de cassation' },
  { rule: 'mise-en-demeure', kind: 'prohibition', actors: [['CNIL', 'government']],
    text: 'La CNIL a mis en demeure la société de cesser la collecte de données.', evidence: 'mis en demeure la société de cesser la collecte de données', imposedBy: 'CNIL' },
  { rule: 'blame', kind: 'sanction',
    text: "Le député a reçu un blâme de la part du bureau de l'Assemblée.", evidence: 'un blâme' },
  { rule: 'suspension-de', kind: 'sanction', actors: [['Bruxelles', 'government'], ['Mali', 'government']],
    text: "Bruxelles a annoncé la suspension de l'aide budgétaire au Mali.", evidence: "suspension de l'aide budgétaire au Mali", imposedBy: 'Bruxelles' },
  { rule: 'droits-de-douane', kind: 'sanction', actors: [['Washington', 'government']],
    text: 'Washington a relevé les droits de douane sur 200 milliards de dollars de produits chinois.', evidence: 'relevé les droits de douane sur 200 milliards de dollars de produits chinois', imposedBy: 'Washington' },
  { rule: 'droits-de-douane', kind: 'sanction',
    text: "Les États-Unis appliquent des droits de douane supplémentaires de 25 % sur l'acier.", evidence: 'droits de douane supplémentaires de 25 %' },
  { rule: 'retorsion', kind: 'sanction', actors: [['UE', 'government'], ['Russie', 'government']],
    text: "L'UE a prolongé ses mesures restrictives contre la Russie.", evidence: 'mesures restrictives contre la Russie', imposedBy: 'UE' },
  { rule: 'liste-terroriste', kind: 'sanction', actors: [['États-Unis', 'government'], ['Gardiens de la révolution', 'group']],
    text: 'Les États-Unis ont classé les Gardiens de la révolution comme organisation terroriste.', evidence: 'classé les Gardiens de la révolution comme organisation terroriste', imposedBy: 'États-Unis' },
  { rule: 'restrictions-nom', kind: 'limit',
    text: "Les restrictions d'accès au site ont été levées lundi.", evidence: "restrictions d'accès au site" },
  { rule: 'pas-autorise', kind: 'prohibition',
    text: "Le journaliste n'a pas été autorisé à entrer dans le pays.", evidence: "n'a pas été autorisé à entrer dans le pays" },
  { rule: 'illegal-de', kind: 'prohibition',
    text: 'La vente de produits à base de CBD est désormais illégale.', evidence: 'La vente de produits à base de CBD est désormais illégale' },
  { rule: 'condamne', kind: 'sanction',
    text: "Le parti a été condamné à rembourser 1,4 million d'euros.", evidence: "condamné à rembourser 1,4 million d'euros" },
  { rule: 'invalider', kind: 'refusal', actors: [['Conseil constitutionnel', 'government']],
    text: "Saisi par les sénateurs, le Conseil constitutionnel a censuré jeudi l'essentiel de la proposition de loi contre la haine en ligne.",
    evidence: "a censuré jeudi l'essentiel de la proposition de loi", imposedBy: 'Conseil constitutionnel' },
  { rule: 'n-est-pas-autorise', kind: 'prohibition',
    text: '« Aucune nouvelle licence ne sera accordée », a précisé le porte-parole du gouvernement.', evidence: 'Aucune nouvelle licence ne sera accordée' },
  { rule: 's-engager-a-ne-pas', kind: 'condition', actors: [['Riyad', 'government']],
    text: "Les industriels devront s'engager par écrit à ne pas livrer de matériel à Riyad.", evidence: "devront s'engager par écrit à ne pas livrer de matériel à Riyad" },
  { rule: 'sous-peine-de', kind: 'condition',
    text: "Le groupe dispose de 90 jours pour mettre fin à ces pratiques, faute de quoi il s'exposera à des astreintes.", evidence: "faute de quoi il s'exposera à des astreintes" },
  { rule: 'imposer-a-de', kind: 'condition', actors: [['Google', 'organization']],
    text: 'Google a imposé aux fabricants de smartphones de préinstaller son moteur de recherche.', evidence: 'imposé aux fabricants de smartphones de préinstaller son moteur de recherche', imposedBy: 'Google' },
  { rule: 'imposer-a-de', kind: 'condition',
    text: "Les Sages ont jugé que l'obligation faite aux plateformes de retirer en 24 heures les contenus était disproportionnée.", evidence: 'obligation faite aux plateformes de retirer en 24 heures les contenus' },
  { rule: 'tenu-de-inf', kind: 'condition',
    text: 'Les hébergeurs auraient également été tenus de retirer en une heure les contenus terroristes.', evidence: 'auraient également été tenus de retirer en une heure les contenus terroristes' },
  { rule: 'exclure-du-marche', kind: 'prohibition', actors: [['Arabie saoudite', 'government']],
    text: "En représailles, l'Arabie saoudite a exclu les entreprises allemandes de plusieurs appels d'offres publics.", evidence: "exclu les entreprises allemandes de plusieurs appels d'offres publics", imposedBy: 'Arabie saoudite' },
  { rule: 'lever-immunite', kind: 'sanction', actors: [['Parlement européen', 'government'], ['Marine Le Pen', 'person']],
    text: "Le Parlement européen a levé jeudi l'immunité parlementaire de Marine Le Pen.", evidence: "a levé jeudi l'immunité parlementaire de Marine Le Pen", imposedBy: 'Parlement européen' },
  { rule: 'retenue-indemnites', kind: 'sanction', actors: [['Parlement', 'government']],
    text: 'Faute de remboursement, le Parlement a commencé à retenir la moitié de ses indemnités de députée.', evidence: 'retenir la moitié de ses indemnités de députée' },
  { rule: 'limite-nom', kind: 'limit',
    text: "Le gouvernement a décidé le blocage des prix de l'énergie.", evidence: "blocage des prix de l'énergie" },
  { rule: 'limite-nom', kind: 'limit',
    text: 'Le numerus clausus limitait le nombre d’étudiants admis en deuxième année.', evidence: 'numerus clausus' },
  { rule: 'remercie-passif', kind: 'sanction', actors: [['Richard Ferrand', 'person']],
    text: 'En juin 2017, le parquet a ouvert une enquête. Le ministre fut alors remercié et devint président du groupe.', evidence: 'fut alors remercié' },
];

describe('restrictions (fr recall): should find (kind, rule, evidence, who)', () => {
  test.each(SHOULD_FIND.map((r) => [`${r.rule}: ${r.text}`, r] as const))('%s', (_name, row) => {
    const found = restrictionsOf('fr', row.text, row.actors ?? []);
    const r = found.find((x) => x.ruleId === `restrictions/fr/${row.rule}`);
    expect(r).toBeDefined();
    expect(r!.kind).toBe(row.kind);
    expect(r!.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r!.evidence.start, r!.evidence.end)).toBe(r!.evidence.text);
    expect(r!.action.length).toBeGreaterThan(0);
    if (row.imposedBy !== undefined) expect(r!.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r!.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
    if (row.condition !== undefined) expect(r!.condition).toBe(row.condition);
  });
});

/** Look-alikes: the sentence holds a rule's words but states no restriction. */
const SHOULD_NOT_FIND: [string, NameKind[]][] = [
  ['La pluie a empêché le match de se dérouler normalement.', []],
  ["Cela n'empêche pas le groupe de poursuivre sa croissance.", []],
  ['Ce qui empêche le pays de remplir ses objectifs budgétaires.', []],
  ['Le PSG s’opposera au Bayern Munich en finale.', [['PSG', 'organization'], ['Bayern Munich', 'organization']]],
  ['Le président a annulé sa visite à Berlin.', []],
  ['Il ne pourra plus attendre longtemps avant de se décider.', []],
  ["L'équipe ne pourra plus compter sur son attaquant blessé.", []],
  ["L'usine a fermé ses portes en 2019.", []],
  ['Le groupe a licencié 500 salariés dans le cadre de son plan social.', []],
  ['Le ministre n’exclut pas une hausse des impôts.', []],
  ["Le Premier ministre a exclu toute hausse d'impôts.", []],
  ["Le ministre a écarté l'idée d'un nouveau confinement.", []],
  ['Le skipper a été obligé de rentrer au port.', []],
  ["Le ministre estime que l'embargo n'a pas eu d'effet.", []],
  ['La réunion a été suspendue à 18 heures.', []],
  ['Le projet nécessite un investissement de 2 milliards d’euros.', []],
  ['Le patron a remercié ses salariés pour leur travail.', []],
  ['Il a dit non sans hésiter.', []],
  ['Le contrat est assorti d’une clause de revoyure.', []],
  ['Il n’a pas été suspendu à vie, contrairement aux rumeurs.', []],
  ['Il n’est pas question ici de juger les personnes, mais les faits.', []],
  ['Le député a saisi la justice pour diffamation.', []],
  ['Il fixe ses conditions de travail avec son employeur.', []],
  ["Le Parlement a repoussé l'offre à une date ultérieure.", []],
  ['Tant que le beau temps durera, les touristes ne partiront pas.', []],
  ['Le tournoi a été soumis au vote du public.', []],
  ["La jeune femme ne s'est mariée qu'une fois installée à Paris.", []],
  ['La Banque de France a relevé ses prévisions de croissance.', []],
  ['Les deux candidats s’opposeront au second tour de la présidentielle.', []],
  ['Le projet doit obtenir un financement de 3 milliards d’euros.', []],
  ['Le contrôle des capitaux propres de la banque est assuré par la BCE.', []],
  ["Le pays n'a plus accès à la mer depuis l'indépendance de l'Érythrée.", []],
  ['La croissance ne pourra plus être tirée par la consommation.', []],
  ['La réunion est tenue de 9 heures à 11 heures.', []],
  ["Le coureur s'est imposé au sprint devant Jean Pierre.", []],
  ['Ce qui exclut tout risque de contagion.', []],
  ['François Hollande a confirmé le départ en ordonnant le retrait de 2 000 des 3 550 soldats.', [['François Hollande', 'person']]],
];

describe('restrictions (fr recall): should not find', () => {
  test.each(SHOULD_NOT_FIND)('%s', (text, actors) => {
    expect(restrictionsOf('fr', text, actors)).toEqual([]);
  });
});
