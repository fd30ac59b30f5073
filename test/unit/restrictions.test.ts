import { type NameKind } from '../helpers/actors.js';
import { restrictionsOf } from '../helpers/extractors.js';
import type { Language } from '../../src/types.js';

type Spec = NameKind;
const run = restrictionsOf;

interface Row {
  name: string;
  lang: Language;
  text: string;
  actors?: Spec[];
  kind: string;
  /** Text the evidence must contain. */
  evidence: string;
  condition?: string | null;
  /** The action, when the row checks it. */
  action?: string;
  imposedBy?: string | null;
  appliesTo?: string[];
}

const SHOULD_FIND: Row[] = [
  // --- suspensions counted in games, without a named actor (rules '<lang>/suspended-for', '<lang>/suspendu-pour')
  { name: 'en suspended the player for five games (active)', lang: 'en', kind: 'sanction',
    text: 'The league suspended the player for five games after the brawl on Friday night.',
    evidence: 'suspended the player for five games' },
  { name: 'en was suspended for two matches (passive)', lang: 'en', kind: 'sanction',
    text: 'The striker was suspended for two matches by the disciplinary committee.',
    evidence: 'was suspended for two matches' },
  { name: 'fr a été suspendu pour cinq matchs', lang: 'fr', kind: 'sanction',
    text: 'Le joueur a été suspendu pour cinq matchs par la commission de discipline.',
    evidence: 'a été suspendu pour cinq matchs' },
  { name: 'fr a suspendu le joueur pour trois matchs', lang: 'fr', kind: 'sanction',
    text: 'La Ligue a suspendu le joueur pour trois matchs après l’incident.',
    evidence: 'suspendu le joueur pour trois matchs' },
  // --- English
  { name: 'en prohibit', lang: 'en', kind: 'prohibition',
    text: "In a message posted on X, the CEO said the contract would be amended to explicitly prohibit any use of OpenAI's systems for the domestic surveillance of US citizens.",
    evidence: "prohibit any use of OpenAI's systems for the domestic surveillance of US citizens", condition: null },
  { name: 'en not … without', lang: 'en', kind: 'condition', actors: [['NSA', 'government']],
    text: 'He also said that some intelligence agencies, including the NSA, will not be able to use these tools without a further contract modification.',
    evidence: 'will not be able to use these tools without a further contract modification',
    condition: 'without a further contract modification', imposedBy: null, appliesTo: ['NSA'], action: 'will not be able to use these tools' },
  { name: 'en refused to let', lang: 'en', kind: 'refusal', actors: [['Anthropic', 'organization']],
    text: 'The affair follows a dispute with Anthropic, whose CEO refused to let its AI be used to design fully autonomous weapons.',
    evidence: 'refused to let its AI be used to design fully autonomous weapons', imposedBy: 'Anthropic' },
  { name: 'en rejected the proposal (clause ends at the comma)', lang: 'en', kind: 'refusal',
    text: 'Congressional lawmakers rejected the proposal in October, although industry experts say the deal had been killed.',
    evidence: 'Congressional lawmakers rejected the proposal in October' },
  { name: 'en only open to', lang: 'en', kind: 'limit',
    text: 'However, no-bid contracts are only open to the company selected by the procuring agency.',
    evidence: 'no-bid contracts are only open to the company selected by the procuring agency' },
  { name: 'en precludes', lang: 'en', kind: 'prohibition', text: 'It precludes such an analysis.', evidence: 'It precludes such an analysis' },
  { name: 'en passive suspension', lang: 'en', kind: 'sanction', actors: [['Ron Artest', 'person']],
    text: 'Ron Artest has been suspended for the rest of the season.', evidence: 'Ron Artest has been suspended', appliesTo: ['Ron Artest'] },
  { name: 'en sanctions on', lang: 'en', kind: 'sanction', actors: [['European Union', 'government'], ['Russia', 'government']],
    text: 'The European Union imposed sanctions on Russia.', evidence: 'sanctions on Russia', imposedBy: 'European Union', appliesTo: ['Russia'] },
  { name: 'en unless', lang: 'en', kind: 'condition',
    text: 'The merger can go ahead unless regulators object.', evidence: 'The merger can go ahead unless regulators object', condition: 'unless regulators object' },
  { name: 'en limited to', lang: 'en', kind: 'limit', text: 'Access to the site is limited to 20 people a day.', evidence: 'limited to 20 people a day' },
  { name: 'en banned from (sanction, passive)', lang: 'en', kind: 'sanction', actors: [['Huawei', 'organization']],
    text: 'Huawei was banned from the tender.', evidence: 'banned from the tender', appliesTo: ['Huawei'] },
  // --- French
  { name: 'fr interdire', lang: 'fr', kind: 'prohibition',
    text: 'Le CEO précise que le contrat serait amendé afin d’interdire explicitement toute utilisation des systèmes d’OpenAI pour la surveillance domestique des citoyens américains.',
    evidence: 'interdire explicitement toute utilisation des systèmes d’OpenAI pour la surveillance domestique des citoyens américains' },
  { name: 'fr ne … sans', lang: 'fr', kind: 'condition', actors: [['NSA', 'government']],
    text: 'Il précise également que certaines agences de renseignement, dont la NSA, ne pourront exploiter ces outils sans modification contractuelle supplémentaire.',
    evidence: 'ne pourront exploiter ces outils sans modification contractuelle supplémentaire',
    condition: 'sans modification contractuelle supplémentaire', appliesTo: ['NSA'] },
  { name: 'fr refusant que', lang: 'fr', kind: 'refusal', actors: [['Anthropic', 'organization']],
    text: 'L’affaire intervient après un différend, le CEO d’Anthropic refusant que son IA soit utilisée pour concevoir des armes totalement autonomes.',
    evidence: 'refusant que son IA soit utilisée pour concevoir des armes totalement autonomes', imposedBy: 'Anthropic' },
  { name: 'fr écartée de', lang: 'fr', kind: 'sanction',
    text: 'La firme d’IA a ensuite été écartée de nombre de projets fédéraux.', evidence: 'écartée de nombre de projets fédéraux' },
  { name: 'fr rejeté par (agent imposes)', lang: 'fr', kind: 'refusal', actors: [['Parlement européen', 'government']],
    text: 'Le projet ACTA a été définitivement rejeté par le Parlement européen.', evidence: 'rejeté par le Parlement européen', imposedBy: 'Parlement européen' },
  { name: 'fr seuil', lang: 'fr', kind: 'limit',
    text: 'Le collectif budgétaire prévoit de supprimer les exonérations sur les heures supplémentaires pour les entreprises de plus de 20 salariés.',
    evidence: 'pour les entreprises de plus de 20 salariés' },
  { name: 'fr amende', lang: 'fr', kind: 'sanction', actors: [['Google', 'organization']],
    text: 'L’autorité a infligé à Google une amende de 2 millions d’euros.', evidence: 'amende de 2 millions d’euros' },
  { name: 'en sentenced to', lang: 'en', kind: 'sanction', text: 'Ms. Druyun was sentenced to 9 months in prison.', evidence: 'sentenced to 9 months in prison' },
  { name: 'fr condamné à', lang: 'fr', kind: 'sanction', text: 'La société a été condamnée à verser un milliard de dollars.', evidence: 'condamnée à verser un milliard de dollars' },
  { name: 'en blocked the merger', lang: 'en', kind: 'prohibition', text: 'EU regulators blocked the $20 billion merger on Tuesday.', evidence: 'blocked the $20 billion merger' },
  { name: 'en voted against', lang: 'en', kind: 'refusal', text: 'The Senate voted against the bill.', evidence: 'voted against the bill' },
  { name: 'fr moratoire', lang: 'fr', kind: 'prohibition', text: 'Le gouvernement a décrété un moratoire sur les forages.', evidence: 'moratoire sur les forages' },
  { name: 'fr gel des avoirs', lang: 'fr', kind: 'sanction', text: 'Le Conseil a décidé le gel des avoirs de cinq responsables.', evidence: 'gel des avoirs de cinq responsables' },
  { name: 'fr à condition que', lang: 'fr', kind: 'condition',
    text: 'La fusion pourra se faire à condition que Bruxelles donne son feu vert.', evidence: 'à condition que Bruxelles donne son feu vert',
    condition: 'à condition que Bruxelles donne son feu vert' },
  // --- general news patterns (one row per new rule, EN and FR)
  { name: 'en must not + action verb', lang: 'en', kind: 'prohibition', actors: [['Member states', 'group']],
    text: 'Member states must not sell arms to the junta, the ministers agreed.', evidence: 'must not sell arms to the junta' },
  { name: 'fr ne doivent pas + verbe d’action', lang: 'fr', kind: 'prohibition', actors: [['Les États membres', 'group']],
    text: 'Les États membres ne doivent pas vendre d’armes à la junte.', evidence: 'ne doivent pas vendre d’armes à la junte' },
  { name: 'en cannot pay dividends', lang: 'en', kind: 'prohibition',
    text: 'Under the new rules, banks cannot pay dividends until the end of the year.', evidence: 'banks cannot pay dividends until the end of the year' },
  { name: 'fr il ne pourra plus y avoir de', lang: 'fr', kind: 'prohibition',
    text: 'Il a déclaré qu’il ne pourra plus y avoir de suspension de séance quand un vote est annoncé.', evidence: 'il ne pourra plus y avoir de suspension de séance' },
  { name: 'en illegal to', lang: 'en', kind: 'prohibition', text: 'The law makes it illegal to sell tobacco to minors.', evidence: 'illegal to sell tobacco to minors' },
  { name: 'fr illégal de', lang: 'fr', kind: 'prohibition', text: 'Il sera désormais illégal de vendre du tabac aux mineurs.', evidence: 'illégal de vendre du tabac aux mineurs' },
  { name: 'en arms embargo', lang: 'en', kind: 'prohibition', text: 'The UN imposed an arms embargo in 1992.', evidence: 'arms embargo' },
  { name: 'fr embargo pétrolier', lang: 'fr', kind: 'prohibition', text: 'L’Union a décrété un embargo pétrolier.', evidence: 'embargo pétrolier' },
  { name: 'en curfew', lang: 'en', kind: 'prohibition', text: 'The authorities imposed a curfew in the capital from 9 pm.', evidence: 'curfew in the capital' },
  { name: 'fr couvre-feu', lang: 'fr', kind: 'prohibition', text: 'Les autorités ont instauré un couvre-feu dans la capitale.', evidence: 'couvre-feu dans la capitale' },
  { name: 'en injunction', lang: 'en', kind: 'prohibition', text: 'The court issued an injunction blocking the sale of the assets.', evidence: 'an injunction blocking the sale of the assets' },
  { name: 'fr ordonné la suspension', lang: 'fr', kind: 'prohibition', text: 'Le tribunal a ordonné la suspension des travaux.', evidence: 'ordonné la suspension des travaux' },
  { name: 'en ordered to halt', lang: 'en', kind: 'prohibition', text: 'A judge ordered the company to halt construction.', evidence: 'ordered the company to halt construction' },
  { name: 'en suspended arms exports to', lang: 'en', kind: 'sanction', actors: [['Germany', 'government'], ['Saudi Arabia', 'government']],
    text: 'Germany suspended arms exports to Saudi Arabia after the killing.', evidence: 'suspended arms exports to Saudi Arabia', imposedBy: 'Germany' },
  { name: 'fr suspendu ses exportations', lang: 'fr', kind: 'sanction', actors: [['L’Allemagne', 'government']],
    text: 'L’Allemagne a suspendu ses exportations d’armes vers l’Arabie saoudite.', evidence: 'suspendu ses exportations d’armes vers l’Arabie saoudite' },
  { name: 'en export controls', lang: 'en', kind: 'limit', text: 'Washington imposed new export controls on advanced chips.', evidence: 'export controls on advanced chips' },
  { name: 'fr contrôles à l’exportation', lang: 'fr', kind: 'limit', text: 'Washington a imposé de nouveaux contrôles à l’exportation sur les puces.', evidence: 'contrôles à l’exportation sur les puces' },
  { name: 'en subject to regulatory approval', lang: 'en', kind: 'condition', text: 'The deal is subject to regulatory approval.', evidence: 'The deal is subject to regulatory approval' },
  { name: 'fr sous conditions de ressources', lang: 'fr', kind: 'condition', text: 'L’aide est accordée sous conditions de ressources.', evidence: 'L’aide est accordée sous conditions de ressources' },
  { name: 'en boycott', lang: 'en', kind: 'refusal', text: 'Opposition lawmakers will boycott the vote on the budget.', evidence: 'boycott the vote on the budget' },
  { name: 'en will not take their seats', lang: 'en', kind: 'refusal', text: 'Sinn Fein MPs will not take their seats in Westminster.', evidence: 'will not take their seats in Westminster' },
  { name: 'fr ne siégeront pas', lang: 'fr', kind: 'refusal', text: 'Les élus du Sinn Féin ne siégeront pas à Westminster.', evidence: 'ne siégeront pas à Westminster' },
  { name: 'fr boycotteront', lang: 'fr', kind: 'refusal', text: 'Les députés de l’opposition boycotteront le vote du budget.', evidence: 'boycotteront le vote du budget' },
  { name: 'en will not sign (actor before)', lang: 'en', kind: 'refusal', actors: [['Poland', 'government']],
    text: 'Poland will not sign the migration pact, the prime minister said.', evidence: 'will not sign the migration pact', imposedBy: 'Poland' },
  { name: 'fr ne signera pas (acteur avant)', lang: 'fr', kind: 'refusal', actors: [['La Pologne', 'government']],
    text: 'La Pologne ne signera pas le pacte migratoire, a déclaré le Premier ministre.', evidence: 'ne signera pas le pacte migratoire', imposedBy: 'La Pologne' },
  { name: 'en refused entry', lang: 'en', kind: 'refusal', text: 'The journalist was refused entry at the border.', evidence: 'refused entry at the border' },
  { name: 'en stripped of', lang: 'en', kind: 'sanction', text: 'The athlete was stripped of her Olympic medal.', evidence: 'stripped of her Olympic medal' },
  { name: 'fr privé de sa médaille', lang: 'fr', kind: 'sanction', text: 'Le sportif a été privé de sa médaille olympique.', evidence: 'privé de sa médaille olympique' },
  { name: 'en ordered to pay', lang: 'en', kind: 'sanction', text: 'The firm was ordered to pay $5 million in damages.', evidence: 'ordered to pay $5 million in damages' },
  { name: 'fr sommé de payer', lang: 'fr', kind: 'sanction', text: 'Le groupe a été sommé de payer 5 millions d’euros.', evidence: 'sommé de payer 5 millions d’euros' },
  { name: 'en revoked licence', lang: 'en', kind: 'sanction', text: 'The regulator revoked the airline’s operating licence.', evidence: 'revoked the airline’s operating licence' },
  { name: 'fr retiré sa licence', lang: 'fr', kind: 'sanction', text: 'Le régulateur a retiré sa licence à la compagnie.', evidence: 'retiré sa licence à la compagnie' },
  { name: 'en expelled diplomats', lang: 'en', kind: 'sanction', text: 'Britain expelled two Russian diplomats on Monday.', evidence: 'expelled two Russian diplomats on Monday' },
  { name: 'fr expulsé deux diplomates', lang: 'fr', kind: 'sanction', text: 'Paris a expulsé deux diplomates russes lundi.', evidence: 'expulsé deux diplomates russes lundi' },
  { name: 'en up to a maximum of', lang: 'en', kind: 'limit', text: 'Gatherings are allowed up to a maximum of 50 people.', evidence: 'up to a maximum of 50 people' },
  { name: 'fr jusqu’à un maximum de', lang: 'fr', kind: 'limit', text: 'Les rassemblements sont autorisés jusqu’à un maximum de 50 personnes.', evidence: 'un maximum de 50 personnes' },
  { name: 'en new travel restrictions', lang: 'en', kind: 'limit', text: 'The government introduced new travel restrictions for visitors.', evidence: 'new travel restrictions for visitors' },
  { name: 'fr elided article after the trigger: refuser l’accès', lang: 'fr', kind: 'refusal',
    text: 'Les prisonniers se voient refuser l’accès à des soins médicaux.', evidence: 'refuser l’accès à des soins médicaux' },
  { name: 'fr elided article after the trigger: à condition qu’il', lang: 'fr', kind: 'condition',
    text: 'Le prêt sera versé à condition qu’il soit remboursé avant 2030.', evidence: 'à condition qu’il soit remboursé avant 2030' },
  { name: 'en hiring freeze', lang: 'en', kind: 'limit', text: 'The company announced a hiring freeze until March.', evidence: 'hiring freeze until March' },
  { name: 'fr gel des embauches', lang: 'fr', kind: 'limit', text: 'La direction a décidé un gel des embauches jusqu’en mars.', evidence: 'gel des embauches jusqu’en mars' },
  { name: 'fr encadrement des loyers', lang: 'fr', kind: 'limit', text: 'La ville applique l’encadrement des loyers depuis 2019.', evidence: 'encadrement des loyers depuis 2019' },
  { name: 'en voted down', lang: 'en', kind: 'refusal', text: 'Lawmakers voted down the bill on Tuesday.', evidence: 'voted down the bill on Tuesday' },
  { name: 'en denied the request', lang: 'en', kind: 'refusal', text: 'The judge denied the defence request for a delay.', evidence: 'denied the defence request for a delay' },
  { name: 'en pending regulatory approval', lang: 'en', kind: 'condition', text: 'The merger will close next year pending regulatory approval.', evidence: 'pending regulatory approval' },
  { name: 'fr pourvu que', lang: 'fr', kind: 'condition', text: 'L’accord sera appliqué pourvu que les deux parties respectent la trêve.', evidence: 'pourvu que les deux parties respectent la trêve' },
  { name: 'fr mis à pied', lang: 'fr', kind: 'sanction', text: 'Le salarié a été mis à pied pour trois jours.', evidence: 'mis à pied pour trois jours' },
  { name: 'fr restrictions qui pesaient sur', lang: 'fr', kind: 'limit', text: 'Les dernières restrictions qui pesaient sur les publications ont été levées.', evidence: 'restrictions qui pesaient sur les publications' },
  { name: 'en house arrest', lang: 'en', kind: 'sanction', text: 'The former dictator was placed under house arrest on Tuesday.', evidence: 'under house arrest on Tuesday' },
  { name: 'en immunity lifted', lang: 'en', kind: 'sanction', text: 'The Supreme Court lifted his immunity from prosecution.', evidence: 'lifted his immunity from prosecution' },
  { name: 'fr assigné à résidence', lang: 'fr', kind: 'sanction', text: 'L’ancien dictateur a été assigné à résidence mardi.', evidence: 'assigné à résidence mardi' },
  { name: 'fr levée de son immunité', lang: 'fr', kind: 'sanction', text: 'La Cour a prononcé la levée de son immunité parlementaire.', evidence: 'levée de son immunité parlementaire' },
  { name: 'en punitive tariffs', lang: 'en', kind: 'sanction', text: 'Washington imposed punitive tariffs on Canadian lumber.', evidence: 'punitive tariffs on Canadian lumber' },
  { name: 'fr mesures de rétorsion', lang: 'fr', kind: 'sanction', text: 'Pékin a annoncé des mesures de rétorsion contre les vins européens.', evidence: 'mesures de rétorsion contre les vins européens' },
  { name: 'en criminalises', lang: 'en', kind: 'prohibition', text: 'The new law criminalises the sending of unsolicited e-mail.', evidence: 'criminalises the sending of unsolicited e-mail' },
  { name: 'fr criminalise', lang: 'fr', kind: 'prohibition', text: 'La loi criminalise l’envoi de courriels non sollicités.', evidence: 'criminalise l’envoi de courriels non sollicités' },
  { name: 'en declared ineligible', lang: 'en', kind: 'sanction', text: 'The opposition leader was declared ineligible to run in the election.', evidence: 'declared ineligible to run in the election' },
  { name: 'fr déclaré inéligible', lang: 'fr', kind: 'sanction', text: 'L’ancien maire a été déclaré inéligible pour cinq ans.', evidence: 'déclaré inéligible pour cinq ans' },
  { name: 'en no-fly zone', lang: 'en', kind: 'prohibition', text: 'NATO enforced a no-fly zone over Libya.', evidence: 'no-fly zone over Libya' },
  { name: 'fr blocus de', lang: 'fr', kind: 'prohibition', text: 'Israël maintient le blocus de Gaza depuis 2007.', evidence: 'blocus de Gaza depuis 2007' },
  { name: 'fr zone d’exclusion aérienne', lang: 'fr', kind: 'prohibition', text: 'L’OTAN a instauré une zone d’exclusion aérienne au-dessus de la Libye.', evidence: 'zone d’exclusion aérienne au-dessus de la Libye' },
  // --- obligations, conditions and refusals without a named actor (held-out style)
  { name: 'fr ne doit pas + infinitif, sujet abstrait (limit)', lang: 'fr', kind: 'limit',
    text: 'Il a déclaré que « cette révision ne doit pas mettre en danger la voie européenne du pays ou son maintien dans l’euro ».',
    evidence: 'cette révision ne doit pas mettre en danger la voie européenne du pays' },
  { name: 'fr ne doivent plus jouer', lang: 'fr', kind: 'prohibition',
    text: 'Les militaires ne doivent plus jouer de rôle politique.', evidence: 'Les militaires ne doivent plus jouer de rôle politique' },
  { name: 'fr sous des conditions très dures', lang: 'fr', kind: 'condition',
    text: 'La Grèce doit engager des réformes pour obtenir des prêts sous des conditions très dures.',
    evidence: 'obtenir des prêts sous des conditions très dures', condition: 'sous des conditions très dures' },
  { name: 'fr soumise à l’accord de', lang: 'fr', kind: 'condition', actors: [['Commission européenne', 'government']],
    text: 'L’opération est soumise à l’accord de la Commission européenne.',
    evidence: 'L’opération est soumise à l’accord de la Commission européenne', condition: 'soumise à l’accord de la Commission européenne', action: 'L’opération' },
  { name: 'en under strict conditions', lang: 'en', kind: 'condition',
    text: 'The loans will be granted under strict conditions.', evidence: 'The loans will be granted under strict conditions', condition: 'under strict conditions' },
  { name: 'en will not take its 90 seats', lang: 'en', kind: 'refusal', actors: [['Renamo', 'organization']],
    text: 'Renamo said it will not take its 90 seats in the parliament because of fraud.', evidence: 'will not take its 90 seats in the parliament' },
  { name: 'fr ne … sans keeps the negation in the action', lang: 'fr', kind: 'condition', actors: [['Moscou', 'government']],
    text: 'Moscou ne peut pas exporter de gaz vers l’Europe sans l’accord de Bruxelles.',
    evidence: 'ne peut pas exporter de gaz vers l’Europe sans l’accord de Bruxelles', condition: 'sans l’accord de Bruxelles', appliesTo: ['Moscou'],
    action: 'ne peut pas exporter de gaz vers l’Europe' },
  { name: 'fr exclut le joueur', lang: 'fr', kind: 'sanction', text: 'Le club exclut le joueur pour six mois.', evidence: 'exclut le joueur pour six mois' },
  { name: 'fr à condition toutefois de', lang: 'fr', kind: 'condition',
    text: 'L’utilisateur pourra utiliser ces logiciels, à condition toutefois d’ouvrir ces sites dans un navigateur.', evidence: 'à condition toutefois d’ouvrir ces sites' },
  { name: 'fr sera obligé de (acteur nommé)', lang: 'fr', kind: 'condition', actors: [['Google', 'organization']],
    text: 'Google sera obligé de retirer les liens sous huit jours.', evidence: 'Google sera obligé de retirer les liens', appliesTo: ['Google'] },
  { name: 'fr la restriction des exonérations', lang: 'fr', kind: 'limit',
    text: 'L’article portait sur la restriction des exonérations de cotisations sociales.', evidence: 'restriction des exonérations de cotisations sociales' },
  { name: 'en blocked promotions', lang: 'en', kind: 'prohibition', text: 'McCain had blocked a range of promotions over the tanker deal.', evidence: 'blocked a range of promotions' },
  { name: 'en required X to', lang: 'en', kind: 'condition', actors: [['Pentagon', 'government'], ['Air Force', 'government']],
    text: 'The Pentagon required the Air Force to use a fixed-price contract.', evidence: 'required the Air Force to use a fixed-price contract' },
  { name: 'en face sanctions: the subject is the target', lang: 'en', kind: 'sanction', actors: [['Iran', 'government']],
    text: 'Iran could face new sanctions if talks fail.', evidence: 'Iran could face new sanctions if talks fail',
    imposedBy: null, appliesTo: ['Iran'], condition: 'if talks fail' },
  { name: 'fr fait l’objet de sanctions: le sujet les subit', lang: 'fr', kind: 'sanction', actors: [['La Russie', 'government']],
    text: 'La Russie fait l’objet de sanctions internationales depuis 2014.', evidence: 'La Russie fait l’objet de sanctions internationales',
    imposedBy: null, appliesTo: ['La Russie'] },
  { name: 'en imposed tariffs on', lang: 'en', kind: 'sanction', actors: [['Washington', 'government']],
    text: 'Washington imposed 25% tariffs on Chinese steel.', evidence: 'imposed 25% tariffs on Chinese steel', imposedBy: 'Washington' },
  { name: 'fr imposé des droits de douane', lang: 'fr', kind: 'sanction', actors: [['Washington', 'government']],
    text: 'Washington a imposé des droits de douane de 25 % sur l’acier chinois.', evidence: 'imposé des droits de douane de 25 % sur l’acier chinois', imposedBy: 'Washington' },
  { name: 'en jailed for', lang: 'en', kind: 'sanction', text: 'The former mayor was jailed for five years in 2019.', evidence: 'jailed for five years in 2019' },
  { name: 'fr n’ont pas le droit de', lang: 'fr', kind: 'prohibition', text: 'Les policiers n’ont pas le droit de faire grève.', evidence: 'n’ont pas le droit de faire grève' },
  { name: 'en have no right to', lang: 'en', kind: 'prohibition', text: 'Contractors have no right to strike under the new law.', evidence: 'have no right to strike' },
  { name: 'en not entitled to', lang: 'en', kind: 'prohibition', text: 'Foreigners are not entitled to buy farmland in the country.', evidence: 'are not entitled to buy farmland' },
  { name: 'fr passible de', lang: 'fr', kind: 'sanction', text: 'La fraude est passible de cinq ans de prison.', evidence: 'passible de cinq ans de prison' },
  { name: 'en punishable by', lang: 'en', kind: 'sanction', text: 'Fraud is punishable by up to five years in prison.', evidence: 'punishable by up to five years in prison' },
  { name: 'fr nouvelles restrictions de voyage', lang: 'fr', kind: 'limit', text: 'Le gouvernement a annoncé de nouvelles restrictions de voyage.', evidence: 'nouvelles restrictions de voyage' },
  // negated permission without an infinitive
  { name: 'fr aucune … n’était autorisée', lang: 'fr', kind: 'prohibition', text: 'Aucune intervention des forces armées sur le territoire n’était autorisée.',
    evidence: 'Aucune intervention des forces armées sur le territoire n’était autorisée' },
  { name: 'en is not permitted', lang: 'en', kind: 'prohibition', text: 'Photography is not permitted inside the courtroom.', evidence: 'Photography is not permitted' },
  // only … may / seuls … peuvent
  { name: 'fr seuls les X peuvent', lang: 'fr', kind: 'limit', text: 'Seuls les adhérents peuvent voter lors du congrès.', evidence: 'Seuls les adhérents peuvent voter' },
  { name: 'fr il appartient seul à', lang: 'fr', kind: 'limit', text: 'Il appartient seul au gouvernement d’estimer les cas d’urgence.', evidence: 'appartient seul au gouvernement d’estimer les cas d’urgence' },
  { name: 'en only X may', lang: 'en', kind: 'limit', text: 'Only the government may declare a state of emergency.', evidence: 'Only the government may declare a state of emergency' },
  // strictly regulated
  { name: 'fr strictement encadrées', lang: 'fr', kind: 'limit', text: 'Les interventions à l’étranger sont strictement encadrées.', evidence: 'sont strictement encadrées' },
  { name: 'en tightly controlled', lang: 'en', kind: 'limit', text: 'Access to the region is tightly controlled by the army.', evidence: 'is tightly controlled by the army' },
  // imprisonment without a term, dismissal from a post
  { name: 'en jailed last year by', lang: 'en', kind: 'sanction', text: 'The 75 dissidents jailed last year by the government remain in prison.', evidence: 'jailed last year by the government' },
  { name: 'fr a été incarcéré', lang: 'fr', kind: 'sanction', text: 'L’opposant a été incarcéré mardi à Moscou.', evidence: 'a été incarcéré mardi à Moscou' },
  { name: 'fr limogea', lang: 'fr', kind: 'sanction', text: 'Le nouveau président limogea toute l’équipe de rédaction.', evidence: 'limogea toute l’équipe de rédaction' },
  { name: 'en expelled the MP', lang: 'en', kind: 'sanction', text: 'The party expelled the MP over his comments on immigration.', evidence: 'expelled the MP over his comments on immigration' },
  { name: 'en barred X from', lang: 'en', kind: 'prohibition', text: 'The judge barred the former CEO from serving as a company director.', evidence: 'barred the former CEO from serving as a company director' },
  { name: 'en suspended the licence', lang: 'en', kind: 'sanction', text: 'The regulator suspended the airline’s operating licence for three months.', evidence: 'suspended the airline’s operating licence for three months' },
  { name: 'en was sacked', lang: 'en', kind: 'sanction', text: 'The editor was sacked after the broadcast.', evidence: 'was sacked after the broadcast' },
  // --- an exclusion whose named object follows insertions ('fr/exclure-nom', 'fr/exclure-membre', 'en/expel-name')
  { name: 'fr a exclu, hier, à l’unanimité, <nom>', lang: 'fr', kind: 'sanction', actors: [['Parti populaire espagnol', 'organization'], ['Antoni Pastor', 'person']],
    text: 'Le Parti populaire espagnol[1] a exclu, hier, à l’unanimité, Antoni Pastor, député-maire de Manacor.',
    evidence: 'a exclu, hier, à l’unanimité, Antoni Pastor', imposedBy: 'Parti populaire espagnol' },
  { name: 'fr a exclu définitivement <nom>', lang: 'fr', kind: 'sanction', actors: [['Jean Dupont', 'person']],
    text: 'Le bureau national a exclu définitivement Jean Dupont après le vote.', evidence: 'a exclu définitivement Jean Dupont' },
  { name: 'fr a exclu, hier, le député (role noun after insertions)', lang: 'fr', kind: 'sanction',
    text: 'Le parti a exclu, hier, à l’unanimité, le député de la circonscription.', evidence: 'exclu, hier, à l’unanimité, le député' },
  { name: 'en expelled, on Monday, <name>', lang: 'en', kind: 'sanction', actors: [['John Smith', 'person']],
    text: 'The party expelled, on Monday, John Smith over his vote on the budget.', evidence: 'expelled, on Monday, John Smith' },
  // --- removing a right narrows what its holders may do ('fr/supprimer-droit', 'en/remove-right')
  { name: 'fr éliminant le droit de', lang: 'fr', kind: 'limit',
    text: 'Le projet de loi modifie la normalisation linguistique, éliminant le droit de ses habitants de s’adresser à l’administration en catalan.',
    evidence: 'éliminant le droit de ses habitants de s’adresser à l’administration en catalan' },
  { name: 'fr supprime le droit de grève', lang: 'fr', kind: 'limit', text: 'La réforme supprime le droit de grève des policiers municipaux.',
    evidence: 'supprime le droit de grève des policiers municipaux' },
  { name: 'en stripping residents of the right to (a limit, not a sanction)', lang: 'en', kind: 'limit',
    text: 'The bill changes the language law, stripping residents of the right to address the administration in Catalan.',
    evidence: 'stripping residents of the right to address the administration in Catalan' },
  { name: 'en removes the right to strike', lang: 'en', kind: 'limit', text: 'The new law removes the right to strike for police officers.',
    evidence: 'removes the right to strike for police officers' },
  // --- a practice bounded to one purpose ('en/only-to', 'fr/que-pour')
  { name: 'en use arms only to defend themselves', lang: 'en', kind: 'limit', text: 'MST claims they use arms only to defend themselves from the gunfighters.',
    evidence: 'only to defend themselves from the gunfighters' },
  { name: 'fr n’utilisent leurs armes que pour se défendre', lang: 'fr', kind: 'limit', text: 'Les paysans n’utilisent leurs armes que pour se défendre contre les tueurs.',
    evidence: 'que pour se défendre contre les tueurs' },
  { name: 'fr seulement pour se défendre', lang: 'fr', kind: 'limit', text: 'Les paysans portent des armes seulement pour se défendre.',
    evidence: 'seulement pour se défendre' },
  // --- a "must not" bearing on an abstract subject bounds it: limit ('fr/ne-doit-pas-inf', 'en/must-not')
  { name: 'fr cette révision ne doit pas mettre en danger (abstract subject)', lang: 'fr', kind: 'limit',
    text: 'Il a déclaré que cette révision ne doit pas mettre en danger la voie européenne du pays.',
    evidence: 'cette révision ne doit pas mettre en danger la voie européenne du pays' },
  { name: 'en the reform must not jeopardise (abstract subject)', lang: 'en', kind: 'limit',
    text: 'The minister said that the reform must not jeopardise the country’s place in the euro.', evidence: 'must not jeopardise the country’s place in the euro' },
  { name: 'fr les enfants ne doivent pas fumer (people: still a prohibition)', lang: 'fr', kind: 'prohibition',
    text: 'Les enfants ne doivent pas fumer dans la cour de l’école.', evidence: 'ne doivent pas fumer dans la cour de l’école' },
  // --- a dismissal told by the passive euphemism ('fr/remercie-passif') or "fired from his post" ('en/sacked')
  { name: 'fr fut remerciée vendredi dernier', lang: 'fr', kind: 'sanction', text: 'À la fin, la présentatrice fut remerciée vendredi dernier.',
    evidence: 'fut remerciée vendredi dernier' },
  { name: 'fr a été remercié par le club (a dismissal, not thanks: no « pour »)', lang: 'fr', kind: 'sanction',
    text: 'L’entraîneur a été remercié après trois défaites.', evidence: 'a été remercié après trois défaites' },
  { name: 'fr a destitué le président', lang: 'fr', kind: 'sanction', text: 'Le Parlement a destitué le président lundi.', evidence: 'destitué le président' },
  { name: 'en was fired from her post', lang: 'en', kind: 'sanction', text: 'The presenter was fired from her post last Friday.',
    evidence: 'fired from her post' },
  // --- a refusal of a pronoun object ('fr/le-refuser', 'en/refuse-object')
  { name: 'fr qu’elle l’avait refusé', lang: 'fr', kind: 'refusal', text: 'TVE affirme qu’ils lui avaient offert un espace et qu’elle l’avait refusé.',
    evidence: 'elle l’avait refusé' },
  { name: 'fr le Sénat les a refusés', lang: 'fr', kind: 'refusal', text: 'Le Sénat les a refusés en bloc.', evidence: 'les a refusés en bloc' },
  { name: 'en she refused it', lang: 'en', kind: 'refusal', text: 'The broadcaster says it offered her a late-night slot and that she refused it.',
    evidence: 'she refused it' },
  { name: 'en the union refused the offer', lang: 'en', kind: 'refusal', text: 'The union refused the offer on Monday.', evidence: 'refused the offer on Monday' },
  // --- a permission that holds in one case only ('fr/en-cas-de', 'en/in-case-of')
  { name: 'fr pourront être mises à contribution en cas de menaces', lang: 'fr', kind: 'condition',
    text: 'Désormais, les forces armées pourront être mises à contribution en cas de menaces terroristes.',
    evidence: 'pourront être mises à contribution en cas de menaces terroristes' },
  { name: 'fr sauf en cas d’urgence', lang: 'fr', kind: 'condition', text: 'Les vols de nuit restent fermés sauf en cas d’urgence médicale.',
    evidence: 'sauf en cas d’urgence médicale' },
  { name: 'en can be deployed in the event of a threat', lang: 'en', kind: 'condition',
    text: 'From now on, the armed forces can be deployed in the event of a terrorist threat.', evidence: 'can be deployed in the event of a terrorist threat' },
  { name: 'en except in case of emergency', lang: 'en', kind: 'condition', text: 'Night flights remain closed except in case of a medical emergency.',
    evidence: 'except in case of a medical emergency' },
  // --- a text that allows one thing only ('fr/ne-permet-que', 'en/allows-only')
  { name: 'fr qui ne prévoit qu’une intervention en dernier recours', lang: 'fr', kind: 'limit',
    text: 'Cette interprétation de la Loi fondamentale, qui ne prévoit qu’une intervention en dernier recours, datait de 1949.',
    evidence: 'ne prévoit qu’une intervention en dernier recours' },
  { name: 'fr le règlement n’autorise que deux mandats', lang: 'fr', kind: 'limit', text: 'Le règlement n’autorise que deux mandats consécutifs.',
    evidence: 'n’autorise que deux mandats consécutifs' },
  { name: 'en the constitution allows only an intervention', lang: 'en', kind: 'limit',
    text: 'The Basic Law allows only an intervention as a last resort.', evidence: 'allows only an intervention as a last resort' },
];

describe('restrictions: should find (kind, evidence, condition, who)', () => {
  test.each(SHOULD_FIND.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found = run(row.lang, row.text, row.actors ?? []);
    expect(found.map((r) => r.kind)).toEqual([row.kind]);
    const r = found[0]!;
    expect(r.evidence.text).toContain(row.evidence);
    expect(row.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.ruleId).toMatch(new RegExp(`^restrictions/${row.lang}/`));
    expect(r.action.length).toBeGreaterThan(0);
    if (row.condition !== undefined) expect(r.condition).toBe(row.condition);
    if (row.action !== undefined) expect(r.action).toBe(row.action);
    if (row.imposedBy !== undefined) expect(r.imposedBy?.name ?? null).toBe(row.imposedBy);
    if (row.appliesTo !== undefined) expect(r.appliesTo.map((a) => a.name)).toEqual(row.appliesTo);
  });
});

describe('restrictions: an exclusion needs its named object right after the insertions', () => {
  test.each([
    ['fr a exclu toute alliance avec <nom> (rules out)', 'fr', 'Le ministre a exclu toute alliance avec Jean Dupont.', 'Jean Dupont'],
    ['fr n’a pas exclu, à ce stade, <nom> (negated)', 'fr', 'Le parti n’a pas exclu, à ce stade, Jean Dupont.', 'Jean Dupont'],
    ['en expelled gas near <name>', 'en', 'The volcano expelled gas and ash near John Smith’s farm.', 'John Smith'],
  ] as const)('%s', (_name, lang, text, name) => {
    expect(run(lang, text, [[name, 'person']])).toEqual([]);
  });
});

describe('restrictions: a demonstrative re-mention is the same restriction', () => {
  test('fr des sanctions … Ces sanctions', () => {
    const found = run('fr', 'Les États-Unis ont décrété des sanctions contre l’Iran. Ces sanctions sont toujours en vigueur.');
    expect(found.map((r) => r.kind)).toEqual(['sanction']);
  });
});

describe('restrictions: adjacent triggers of one clause are one restriction', () => {
  test('fr uniquement …, exclusivement …', () => {
    const text = 'Gérald Karsenti a indiqué « vouloir procéder uniquement à des départs volontaires, exclusivement au travers d\'un dispositif de retraite anticipée ».';
    const found = run('fr', text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('limit');
    expect(found[0]!.evidence.text).toBe('vouloir procéder uniquement à des départs volontaires, exclusivement au travers d\'un dispositif de retraite anticipée');
  });
});

describe('restrictions: should not find', () => {
  test.each([
    ['en declined to comment (a denial)', 'en', 'The Pentagon declined to comment.'],
    ['fr a été remercié pour son aide (thanks)', 'fr', 'Le bénévole a été remercié pour son aide.'],
    ['fr remercié par les organisateurs (thanks)', 'fr', 'Le public a été remercié par les organisateurs.'],
    ['en shots were fired (no post)', 'en', 'Shots were fired from the roof of the building.'],
    ['fr la refuse as a noun phrase: le refus (noun, no object pronoun)', 'fr', 'Le refus était attendu par tous.'],
    ['fr en cas de victoire without a modal (a hypothetical)', 'fr', 'En cas de victoire, il affrontera le champion en finale.'],
    ['en in case of rain without a modal', 'en', 'In case of rain, the concert moves indoors.'],
    ['fr il ne reste que trois jours (no permission verb)', 'fr', 'Il ne reste que trois jours avant le vote.'],
    ['fr ce n’est qu’un début', 'fr', 'Ce n’est qu’un début, selon les syndicats.'],
    ['en it only takes a minute', 'en', 'It only takes a minute to register.'],
    ['en flights suspended for hours (a halt, not a sanction)', 'en', 'Flights were suspended for several hours because of the storm.'],
    ['en production suspended for two weeks (a halt)', 'en', 'The company suspended production at the plant for two weeks.'],
    ['fr production suspendue pendant deux semaines (un arrêt)', 'fr', 'La production a été suspendue pendant deux semaines.'],
    ['en the only way we can (a superlative)', 'en', 'It is the only way we can reach the most remote areas.'],
    ['en only a few … that can', 'en', 'There are only a few aircraft that can serve as tankers.'],
    ['fr le seul pays qui peut (a superlative)', 'fr', 'C’est le seul pays qui peut le faire.'],
    ['fr les seuls à pouvoir', 'fr', 'Ils sont les seuls les plus riches à pouvoir payer.'],
    ['fr encadrées without an adverb', 'fr', 'Les manifestations sont encadrées par des policiers.'],
    ['en expelled gas (no member)', 'en', 'The volcano expelled gas and ash for three days.'],
    ['en permission granted', 'en', 'The protest was allowed to continue until midnight.'],
    ['fr autorisée without negation', 'fr', 'La manifestation est autorisée jusqu’à minuit.'],
    ['en controlled without an adverb', 'en', 'The region is controlled by the army.'],
    ['en declined to a number (a metric)', 'en', 'Shares declined to $5 on Friday.'],
    ['en fine as adjective', 'en', 'The charts are fine for the Hill.'],
    ['en refused to comment', 'en', 'He refused to comment on the report.'],
    ['en required without an actor', 'en', 'Far less electricity is required to produce the same volume of hydrogen.'],
    ['en thrown out of', 'en', 'Supplies are often thrown out of the helicopters to the crowd.'],
    ['en negated prohibition', 'en', 'The company did not prohibit the practice.'],
    ['en only a number', 'en', 'Only 3 people died in the crash.'],
    ['en not only', 'en', 'It is not only a matter of money.'],
    ['en rejected the allegations (a denial)', 'en', 'The senator rejected the allegations.'],
    ['fr refusé de commenter', 'fr', 'Le Pentagone a refusé de commenter.'],
    ['fr pas sans rappeler', 'fr', 'Ce n’est pas sans rappeler la crise de 2008.'],
    ['fr séance suspendue de 5 minutes', 'fr', 'La séance a été suspendue de 5 minutes.'],
    ['fr zone d’exclusion', 'fr', 'Les habitants vivent au-delà de la zone d’exclusion de 20 kilomètres.'],
    ['fr à moins de dix miles', 'fr', 'Le radar avertit quand un bateau arrive à moins de 10 miles.'],
    ['fr exigent de la clarté', 'fr', 'Les enjeux sont extrêmement complexes et exigent de la clarté.'],
    ['fr n’interdit pas', 'fr', 'Le texte n’interdit pas la vente.'],
    ['fr rejette les accusations', 'fr', 'Le ministre rejette les accusations.'],
    ['fr amendé (not amende)', 'fr', 'Le contrat serait amendé.'],
    ['en blocked a shot (no deal)', 'en', 'The goalkeeper blocked the shot.'],
    ['en not without (idiom)', 'en', 'The decision was not without controversy.'],
    ['en a name, not a ban', 'en', 'The meeting was chaired by UN chief Ban Ki-moon.'],
    ['en on condition of anonymity', 'en', 'An official, speaking on condition of anonymity, confirmed the talks.'],
    ['fr voix contre (a vote count)', 'fr', 'Le projet a été adopté par 178 voix contre 99.'],
    ['en must not forget (exhortation)', 'en', 'We must not forget the victims of the war.'],
    ['en may not be enough (hedge)', 'en', 'The aid may not be enough to rebuild the city.'],
    ['en cannot believe', 'en', 'I simply cannot believe that one person acted alone.'],
    ['en will not sign without an actor', 'en', 'Many will not sign up for the course.'],
    ['en refused to comment is not refused entry', 'en', 'The embassy refused to comment on his entry.'],
    ['en on condition of anonymity (condition cue)', 'en', 'A source spoke on condition of anonymity.'],
    ['fr exclut toute hausse (rules out, no sanction)', 'fr', 'Le ministre exclut toute hausse d’impôts.'],
    ['fr obligé de sans acteur nommé', 'fr', 'Le skipper a été obligé de rentrer au port.'],
    ['en requiring me to (advice, not a rule)', 'en', 'I would much prefer an approach requiring me to opt in to tracking.'],
    ['en requires a game to (a specification)', 'en', 'The service requires a game to be run in the cloud.'],
    ['en blocked the road (no deal)', 'en', 'Protesters blocked the road for an hour.'],
    ['en tariffs without imposing', 'en', 'Tariffs on steel were discussed at the summit.'],
    ['en jailed without a term', 'en', 'The jailed activist was released on Monday.'],
    ['fr droits de douane sans imposition', 'fr', 'Les droits de douane ont été abordés lors du sommet.'],
    ['fr le droit de (a right, not a ban)', 'fr', 'Les salariés ont le droit de faire grève.'],
    ['en entitled to (a right, not a ban)', 'en', 'Workers are entitled to four weeks of paid leave.'],
    ['fr passible (no penalty named)', 'fr', 'Le dossier est passible de discussion au conseil.'],
    ['fr ne devrait pas (a forecast, not an obligation)', 'fr', 'Le record d’août 2003 ne devrait pas être atteint.'],
    ['fr ne doit pas être vu comme (a judgement)', 'fr', 'Ce résultat ne doit pas être vu comme un échec.'],
    ['fr ne doit pas oublier (exhortation)', 'fr', 'La France ne doit pas oublier ses engagements.'],
    ['fr sous des conditions de travail (circumstances)', 'fr', 'Les ouvriers vivent sous des conditions de travail pénibles.'],
    ['fr soumis à une forte pression (no approval)', 'fr', 'Le gouvernement est soumis à une forte pression des syndicats.'],
    ['en under difficult conditions (circumstances)', 'en', 'The rescue took place under difficult conditions.'],
    ['en will not take part (no seats)', 'en', 'The company will not take its time with the review.'],
    ['fr privés d’électricité (pas une sanction)', 'fr', 'Plus de 8 millions de foyers sont privés d’électricité.'],
    ['fr sous conditions climatiques', 'fr', 'Le vol a eu lieu sous conditions climatiques difficiles.'],
    ['fr on ne peut pas accepter', 'fr', 'On ne peut pas accepter un tel mépris de notre règlement.'],
    ['en price freeze is not asset freeze on a person', 'en', 'The river began to freeze on Tuesday.'],
    ['fr gel (météo)', 'fr', 'Le gel des routes a provoqué des accidents.'],
    ['en voted for (not against)', 'en', 'The Senate voted for the bill.'],
    ['en arrest alone is no sanction', 'en', 'The police arrested two men on Tuesday.'],
    ['fr tarifs alone', 'fr', 'Les tarifs douaniers ont été publiés mardi.'],
    ['fr boycott as a name part', 'fr', 'Il a rencontré le capitaine Boycott Smith.'],
    ['en only to find (an outcome, not a limit)', 'en', 'He reached the station, only to find the last train gone.'],
    ['en second only to', 'en', 'The drug is second only to aspirin in sales.'],
    ['en not only to', 'en', 'The fund was created not only to help farmers but also to help fishermen.'],
    ['fr non seulement pour', 'fr', 'Ils s’arment non seulement pour se défendre mais pour attaquer.'],
    ['en stripped of a right is not a title sanction twice', 'en', 'The right to strike is a basic freedom.'],
    ['fr n’a pas supprimé le droit (negated)', 'fr', 'Le gouvernement n’a pas supprimé le droit de grève.'],
  ] as const)('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });
});
