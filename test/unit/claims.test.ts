/**
 * Claim extractor: table-driven should-find / should-not-find rows in
 * English and French — modality, attribution, source and evidence — with
 * hand-built actors so that attribution is tested independently of the
 * actor extractor.
 */
import { type ActorSpec } from '../helpers/actors.js';
import { claimsOf } from '../helpers/extractors.js';
import type { Language, Modality } from '../../src/types.js';

type Spec = ActorSpec;
const run = claimsOf;

/** [name, language, text, actors, modality, evidence, attribution substring ("=…": exact) or null, source name or null] */
type Row = [string, Language, string, Spec[], Modality, string, string | null, string | null];

describe('claims: should find', () => {
  const rows: Row[] = [
    // reported — verb + complement clause
    ['fr précise que + conditional → reported', 'fr', 'Dans un message publié sur X, le CEO précise que le contrat serait amendé.',
      [{ name: 'Sam Altman', kind: 'person', aliases: ['le CEO'] }], 'reported', 'le contrat serait amendé', 'le CEO', 'Sam Altman'],
    // modern news: a complement whose "so … that" is its own ("said its finances were so impaired that…"), a hearer with an
    // apposition and a date ("told investors of New Media, the GateHouse parent, on Oct. 31 that…"), an inverted speaker
    // with a title and a trailing adjunct ("…, said executive chair Marcelo Claure in an email to staff…")
    ['en said + subject + so … that (the that is the complement’s)', 'en', 'McClatchy said its finances were so impaired that it would not have the cash to pay its pension fund.',
      [{ name: 'McClatchy', kind: 'organization' }], 'reported', 'its finances were so impaired that it would not have the cash to pay its pension fund', 'McClatchy', 'McClatchy'],
    ['en told + hearer with apposition and date + that', 'en', 'Reed, who will be the chairman, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to pay down debt.',
      [{ name: 'Reed', kind: 'person' }, { name: 'New Media', kind: 'organization' }, { name: 'GateHouse', kind: 'organization' }], 'reported', 'the merger would allow the company to pay down debt', 'Reed', 'Reed'],
    ['en postposed title + name + adjunct', 'en', 'Job cuts will be announced later this week in several areas, said executive chair Marcelo Claure in an email to staff that was reviewed by Reuters.',
      [{ name: 'Marcelo Claure', kind: 'person' }, { name: 'Reuters', kind: 'organization' }], 'reported', 'Job cuts will be announced later this week in several areas', 'Marcelo Claure', 'Marcelo Claure'],
    ['fr postposé titre + nom + complément', 'fr', 'Les suppressions de postes seront annoncées cette semaine, a précisé le porte-parole du ministère Jean Dupont dans un communiqué publié mardi soir sur le site du gouvernement.',
      [{ name: 'Jean Dupont', kind: 'person' }], 'reported', 'Les suppressions de postes seront annoncées cette semaine', 'Jean Dupont', 'Jean Dupont'],
    ['fr a dit que + si … que', 'fr', 'McClatchy a dit que ses finances étaient si dégradées qu’elle ne pourrait pas payer son fonds de pension.',
      [{ name: 'McClatchy', kind: 'organization' }], 'reported', 'ses finances étaient si dégradées qu’elle ne pourrait pas payer son fonds de pension', 'McClatchy', 'McClatchy'],
    // a cause attributed by its source, a characterisation with as/comme (claims/<lang>/promise, gated)
    ['fr attribuent leur maladie à', 'fr', 'Les deux plaignants attribuent leur maladie à l’usage de l’herbicide de Monsanto.',
      [{ name: 'Monsanto', kind: 'organization' }], 'reported', 'leur maladie à l’usage de l’herbicide de Monsanto', 'Les deux plaignants', null],
    ['en attributes its losses to', 'en', 'Acme attributes its losses to the long strike at the plant.',
      [{ name: 'Acme', kind: 'organization' }], 'reported', 'its losses to the long strike at the plant', 'Acme', 'Acme'],
    ['fr considère X comme', 'fr', 'L’OFAG considère la substance comme probablement cancérigène.',
      [{ name: 'OFAG', kind: 'government' }], 'reported', 'la substance comme probablement cancérigène', 'OFAG', 'OFAG'],
    ['en regards X as', 'en', 'The agency regards the substance as a probable carcinogen.',
      [], 'reported', 'the substance as a probable carcinogen', 'The agency', null],
    // a passive object verb: the subject heard the report, the reporter named after it is the source
    ['en have been told …, Reuters reported', 'en', 'The firm will announce the terms later, but investors have been told 176 Hong Kong dollars is likely to be the final price, Reuters reported.',
      [{ name: 'Reuters', kind: 'organization' }], 'reported', '176 Hong Kong dollars is likely to be the final price', '=Reuters', 'Reuters'],
    ['fr ont été informés …, a rapporté Reuters (the reporter, not the hearers)', 'fr', 'Les salariés ont été informés que l’usine fermerait en juin, a rapporté Reuters.',
      [{ name: 'Reuters', kind: 'organization' }], 'reported', 'Les salariés ont été informés que l’usine fermerait en juin', '=Reuters', 'Reuters'],
    ['en were told, no reporter named', 'en', 'Employees were told the plant would close in June.',
      [], 'reported', 'the plant would close in June', null, null],
    // a coordinated clause with its own named subject and its own hedge is a second hedged claim
    ['en … and Gannett reportedly laid off (second hedged clause)', 'en', 'Earlier this year, GateHouse reportedly laid off more than 60 employees and Gannett reportedly laid off several hundred.',
      [], 'hedged', 'Gannett reportedly laid off several hundred', null, null],
    ['fr … et Gannett aurait licencié (seconde proposition au conditionnel)', 'fr', 'Cette année, GateHouse aurait licencié plus de 60 salariés et Gannett aurait licencié plusieurs centaines de personnes.',
      [], 'hedged', 'Gannett aurait licencié plusieurs centaines de personnes', null, null],
    // a report named as the reference (claims/<lang>/source-phrase)
    ['fr si l’on se réfère au rapport', 'fr', 'Notre pays occupe les dernières places en matière d’égalité, si l’on se réfère au rapport annuel du Forum économique mondial.',
      [{ name: 'Forum économique mondial', kind: 'organization' }], 'reported', 'Notre pays occupe les dernières places en matière d’égalité', 'Forum économique mondial', 'Forum économique mondial'],
    ['en in the view of', 'en', 'In the view of most economists, the recession will end next year.',
      [], 'reported', 'the recession will end next year', 'most economists', null],
    ['fr aux yeux de', 'fr', 'Aux yeux de l’OFAG, certains produits de dégradation pourraient avoir un effet négatif sur la santé.',
      [{ name: 'OFAG', kind: 'government' }], 'reported', 'certains produits de dégradation pourraient avoir un effet négatif sur la santé', 'OFAG', 'OFAG'],
    ['en in the eyes of', 'en', 'In the eyes of the regulator, some breakdown products could harm health in the long run.',
      [], 'reported', 'some breakdown products could harm health in the long run', 'the regulator', null],
    ['fr postposé : un seul nom puis une relative', 'fr', 'La substance doit probablement être classée comme cancérigène, estime Berne qui se rallie à l’évaluation de la commission européenne sur ce produit.',
      [{ name: 'Berne', kind: 'government' }], 'reported', 'La substance doit probablement être classée comme cancérigène', 'Berne', 'Berne'],
    ['en postposed: one name then a relative', 'en', 'The substance should probably be classified as a carcinogen, said Berne, which joined the assessment of the European commission on the product.',
      [{ name: 'Berne', kind: 'government' }], 'reported', 'The substance should probably be classified as a carcinogen', 'Berne', 'Berne'],
    // a plural pronoun stands for the group whose view opens the sentence before
    ['fr Pour les détracteurs …, … Ils accusent', 'fr', 'Pour les détracteurs du glyphosate, cette unanimité est suspecte. Ils accusent Monsanto d’avoir produit lui-même la littérature scientifique.',
      [{ name: 'Monsanto', kind: 'organization' }], 'reported', 'Monsanto d’avoir produit lui-même la littérature scientifique', 'les détracteurs du glyphosate', null],
    ['en For many critics …, … They say', 'en', 'For many critics of the plan, the deal is a giveaway. They say the minister favoured the banks over the taxpayers.',
      [], 'reported', 'the minister favoured the banks over the taxpayers', 'many critics of the plan', null],
    // a day word between the verb and its inverted subject; adjuncts after a day word are free
    ['fr postposé : a déclaré jeudi le ministre', 'fr', 'Un troisième Français a été tué dans le séisme au Népal, a déclaré jeudi le ministre des Affaires étrangères.',
      [], 'reported', 'Un troisième Français a été tué dans le séisme au Népal', 'le ministre des Affaires étrangères', null],
    ['en postposed: said Tuesday the minister', 'en', 'A third French citizen was killed in the earthquake in Nepal, said Tuesday the foreign minister.',
      [], 'reported', 'A third French citizen was killed in the earthquake in Nepal', 'the foreign minister', null],
    ['en postposed: announced Wednesday at the air show', 'en', 'Emirates finalized a deal to purchase 30 Boeing jets, executives of both companies announced Wednesday at the Dubai Air Show.',
      [{ name: 'Emirates', kind: 'organization' }], 'reported', 'Emirates finalized a deal to purchase 30 Boeing jets', 'executives of both companies', null],
    ['fr postposé : ont annoncé mercredi lors du salon', 'fr', 'Emirates a finalisé l’achat de 30 avions Boeing, les dirigeants des deux groupes ont annoncé mercredi lors du salon de Dubaï.',
      [{ name: 'Emirates', kind: 'organization' }], 'reported', 'Emirates a finalisé l’achat de 30 avions Boeing', 'les dirigeants des deux groupes', null],
    ['fr a rappelé sur la RTBF que', 'fr', 'Febelfin a rappelé sur la RTBF que les banques électroniques restent un moyen de paiement sûr.',
      [{ name: 'Febelfin', kind: 'organization' }, { name: 'RTBF', kind: 'organization' }], 'reported', 'les banques électroniques restent un moyen de paiement sûr', 'Febelfin', 'Febelfin'],
    ['fr vient d’annoncer qu’', 'fr', 'Le gouvernement français vient d’annoncer qu’il devra trouver 7,2 milliards d’euros supplémentaires.',
      [{ name: 'gouvernement français', kind: 'government' }], 'reported', 'il devra trouver 7,2 milliards d’euros supplémentaires', 'gouvernement français', 'gouvernement français'],
    ['en zero complement', 'en', 'Congressional lawmakers rejected the proposal, although industry experts say the deal had been killed by the Pentagon.',
      [{ name: 'Pentagon', kind: 'government' }], 'reported', 'the deal had been killed by the Pentagon', 'industry experts', null],
    ['en announced + time adjunct', 'en', 'Kmart Corp. announced Wednesday morning it will buy the department store operator Sears.',
      [{ name: 'Kmart Corp.', kind: 'organization' }, { name: 'Sears', kind: 'organization' }], 'reported', 'it will buy the department store operator Sears', 'Kmart', 'Kmart Corp.'],
    ['en proper-noun subject + -s verb', 'en', 'Lula said Brazil supports Korea in its effort to join the bank.',
      [{ name: 'Lula', kind: 'person' }, { name: 'Brazil', kind: 'place' }], 'reported', 'Brazil supports Korea in its effort to join the bank', 'Lula', 'Lula'],
    ['en would inside a report stays reported', 'en', 'Rother points out that benefits would be reduced to 20% of earnings.',
      [{ name: 'Rother', kind: 'person' }], 'reported', 'benefits would be reduced to 20% of earnings', 'Rother', 'Rother'],
    // reported — a commitment with an infinitive complement (rule 'claims/<lang>/promise', commitment branch)
    ['en vowed to + infinitive', 'en', 'Opposition leader John Smith vowed to challenge the outcome in the Supreme Court.',
      [{ name: 'John Smith', kind: 'person' }], 'reported', 'to challenge the outcome in the Supreme Court', 'John Smith', 'John Smith'],
    ['fr a promis de + infinitif', 'fr', 'Le président François Hollande a promis de retirer les troupes avant la fin de l’année.',
      [{ name: 'François Hollande', kind: 'person' }], 'reported', 'de retirer les troupes avant la fin de l’année', 'François Hollande', 'François Hollande'],
    ['fr s’est engagé à + infinitif', 'fr', 'Le ministre Arnaud Montebourg s’est engagé à maintenir les emplois du site.',
      [{ name: 'Arnaud Montebourg', kind: 'person' }], 'reported', 'à maintenir les emplois du site', 'Arnaud Montebourg', 'Arnaud Montebourg'],
    // reported — postposed attribution
    ['fr postposed, inverted subject', 'fr', 'En effet, environ 520 postes seront supprimés en France, a indiqué la direction.',
      [], 'reported', 'environ 520 postes seront supprimés en France', 'la direction', null],
    ['en postposed, subject first', 'en', 'The factory will close by the end of March, the company said.',
      [{ name: 'Acme', kind: 'organization', aliases: ['the company'] }], 'reported', 'The factory will close by the end of March', 'the company', 'Acme'],
    // reported — source phrases
    ['fr selon after the claim', 'fr', 'Malgré ces fortes tensions, Claude resterait impliqué dans des contextes militaires selon plusieurs médias américains.',
      [{ name: 'Claude', kind: 'product' }], 'reported', 'Claude resterait impliqué dans des contextes militaires', 'selon plusieurs médias américains', null],
    ['fr si l’on en croit', 'fr', 'Si l’on en croit des données d’analyses de marché, les désinstallations de ChatGPT auraient bondi de 200 %.',
      [], 'reported', 'les désinstallations de ChatGPT auraient bondi de 200 %', 'analyses de marché', null],
    ['fr à en croire', 'fr', 'À en croire le quotidien Le Monde, le ministre aurait démissionné hier soir.',
      [{ name: 'Le Monde', kind: 'organization' }], 'reported', 'le ministre aurait démissionné hier soir', 'Le Monde', 'Le Monde'],
    ['fr Pour + source, sentence-initial', 'fr', 'Pour le procureur fédéral, plus de 3 millions d’euros auraient été volés.',
      [{ name: 'Parquet fédéral', kind: 'government', aliases: ['procureur fédéral'] }], 'reported', 'plus de 3 millions d’euros auraient été volés', 'procureur fédéral', 'Parquet fédéral'],
    ['en according to, leading', 'en', 'According to market analysis data, ChatGPT uninstalls reportedly jumped 200% after the announcement.',
      [], 'reported', 'ChatGPT uninstalls reportedly jumped 200% after the announcement', 'market analysis', null],
    ['en according to, trailing', 'en', 'Despite these tensions, Claude is reportedly still involved in military settings, according to several US media outlets.',
      [], 'reported', 'Claude is reportedly still involved in military settings', 'several US media outlets', null],
    ['en promise + object', 'en', 'Sears CEO Alan Lacy, speaking about the deal, promised up to $500 million a year in savings within three years.',
      [{ name: 'Sears', kind: 'organization' }, { name: 'Alan Lacy', kind: 'person' }], 'reported', 'up to $500 million a year in savings within three years', 'Alan Lacy', 'Alan Lacy'],
    // hedged — no source
    ['fr conditional, no source', 'fr', 'En tout, ils auraient piraté plus de 13 000 comptes bancaires.',
      [], 'hedged', 'ils auraient piraté plus de 13 000 comptes bancaires', null, null],
    ['fr regular -erait conditional', 'fr', 'Apparaît une surtaxe exceptionnelle qui rapporterait 2,3 milliards d’euros en 2012.',
      [], 'hedged', 'Apparaît une surtaxe exceptionnelle qui rapporterait 2,3 milliards d’euros en 2012', null, null],
    ['fr devrait', 'fr', 'Ce plan devrait permettre d’économiser 3,5 milliards de dollars chaque année.',
      [], 'hedged', 'Ce plan devrait permettre d’économiser 3,5 milliards de dollars chaque année', null, null],
    ['en reportedly, no source', 'en', 'Claude is reportedly still involved in military settings.',
      [], 'hedged', 'Claude is reportedly still involved in military settings', null, null],
    ['en is expected to', 'en', 'Sears is expected to close 50 stores next year.',
      [], 'hedged', 'Sears is expected to close 50 stores next year', null, null],
    ['en appear + adjective', 'en', 'In the released emails, Air Force officials appear biased against Boeing’s main competitor.',
      [], 'hedged', 'Air Force officials appear biased against Boeing’s main competitor', null, null],
    ['en would, article voice', 'en', 'However, the cuts in guaranteed benefits would be substantial: 9.9% for workers retiring in 2022.',
      [], 'hedged', 'the cuts in guaranteed benefits would be substantial', null, null],
    ['en pronoun after a report shares its source', 'en', 'Lula said Korea is a strategic partner and he also said that trade will reach $3 billion this year.',
      [{ name: 'Lula', kind: 'person' }], 'reported', 'trade will reach $3 billion this year', 'Lula', 'Lula'],
    ['en number comma is not a clause comma', 'en', 'The death toll continues to rise, passing 80,000 people according to reports from several news agencies.',
      [], 'reported', 'The death toll continues to rise, passing 80,000 people', 'reports from several news agencies', null],
    ['fr participle attributes to the noun before it', 'fr', 'La porte est fermée en raison d’une croyance locale affirmant que son ouverture apporterait le malheur.',
      [], 'reported', 'son ouverture apporterait le malheur', 'une croyance locale', null],
    ['fr parenthetical selon after car', 'fr', 'Les Talibans ont visé cet hôtel car, selon eux, des étrangers y séjournaient souvent.',
      [], 'reported', 'des étrangers y séjournaient souvent', 'selon eux', null],
    ['fr s’est dit + adjective', 'fr', 'L’entraîneur Jean Martin s’est dit satisfait des résultats de la saison.',
      [{ name: 'Jean Martin', kind: 'person' }], 'reported', 'satisfait des résultats de la saison', 'Jean Martin', 'Jean Martin'],
    ['fr il est prévu que', 'fr', 'Il est prévu que la capsule amortisse sa descente avec un parachute.',
      [], 'hedged', 'Il est prévu que la capsule amortisse sa descente avec un parachute', null, null],
    // reported — a verb whose object is the reported fact, in both languages
    ['en reported + object', 'en', 'The Indymedia group of websites reported a demonstration on the 29th against the deportation of refugees.',
      [], 'reported', 'a demonstration on the 29th against the deportation of refugees', 'Indymedia', null],
    ['en present report without that', 'en', 'Local groups report 15,000 people marched against the war in Ottawa.',
      [], 'reported', '15,000 people marched against the war in Ottawa', 'Local groups', null],
    ['en relative who stands for its antecedent', 'en', 'The vote was monitored by international observers, who have alleged some amount of fraud.',
      [], 'reported', 'some amount of fraud', '=international observers', null],
    ['en appear to concur that', 'en', 'However, observers appear to concur that the fraud is unlikely to change the result.',
      [], 'reported', 'the fraud is unlikely to change the result', '=observers', null],
    ['en blame X on Y', 'en', 'Analysts blame the increase in spam on networks of hacked computers.',
      [], 'reported', 'the increase in spam on networks of hacked computers', 'Analysts', null],
    ['en described X as Y', 'en', 'At the launch, Mr. Sikatana described the policy as addressing food security and poverty.',
      [{ name: 'Sikatana', kind: 'person' }], 'reported', 'the policy as addressing food security and poverty', 'Sikatana', 'Sikatana'],
    ['en cleft subject', 'en', 'It was the Navy that confirmed the deaths of two sailors.',
      [{ name: 'Navy', kind: 'government' }], 'reported', 'the deaths of two sailors', 'the Navy', 'Navy'],
    ['en dateline is not part of the attribution', 'en', 'date 2026-03-04 OpenAI announced a change to its agreement with the Pentagon.',
      [{ name: 'OpenAI', kind: 'organization' }], 'reported', 'a change to its agreement with the Pentagon', '=OpenAI', 'OpenAI'],
    ['en coordinated complements: first', 'en', 'The minister said that taxes would rise and that spending would fall next year.',
      [], 'reported', 'taxes would rise', 'The minister', null],
    ['en coordinated complements: second', 'en', 'The minister said that taxes would rise and that spending would fall next year.',
      [], 'reported', 'spending would fall next year', 'The minister', null],
    ['fr a aussi annoncé + objet', 'fr', 'Joey Saputo a aussi annoncé le retour de plusieurs joueurs pour la saison 2013.',
      [{ name: 'Joey Saputo', kind: 'person' }], 'reported', 'le retour de plusieurs joueurs pour la saison 2013', 'Joey Saputo', 'Joey Saputo'],
    ['fr a parlé de, name with a particle after a leading adverbial', 'fr', 'Sur le plan sportif, De Santis a parlé de l’amélioration de l’attitude des joueurs.',
      [], 'reported', 'l’amélioration de l’attitude des joueurs', 'De Santis', null],
    ['fr ont également évoqué + objet (participle after auxiliary and adverb)', 'fr', 'Les syndicats ont également évoqué la fermeture de deux usines en Lorraine.',
      [], 'reported', 'la fermeture de deux usines en Lorraine', 'Les syndicats', null],
    ['fr a mentionné + objet', 'fr', 'L’entraîneur Jesse Marsch a mentionné le relâchement des joueurs lors des derniers matchs.',
      [{ name: 'Jesse Marsch', kind: 'person' }], 'reported', 'le relâchement des joueurs lors des derniers matchs', 'Jesse Marsch', 'Jesse Marsch'],
    ['fr qui regrette + objet', 'fr', 'La baisse n’a pas été appréciée par la Commission européenne qui regrette le moment choisi pour abaisser la note.',
      [{ name: 'Commission européenne', kind: 'government' }], 'reported', 'le moment choisi pour abaisser la note', 'Commission européenne', 'Commission européenne'],
    ['fr conclue que', 'fr', 'De Santis conclue aussi que l’équipe possède de bonnes fondations.',
      [{ name: 'De Santis', kind: 'person' }], 'reported', 'l’équipe possède de bonnes fondations', 'De Santis', 'De Santis'],
    ['fr et surtout qu’ : second complement', 'fr', 'Nick De Santis a affirmé que certains joueurs ne seront pas de retour et surtout qu’ils ne participeraient pas à la tournée.',
      [{ name: 'Nick De Santis', kind: 'person' }], 'reported', 'ils ne participeraient pas à la tournée', 'Nick De Santis', 'Nick De Santis'],
    ['fr Pour + role noun, no name', 'fr', 'Pour l’avocat de la famille, la police aurait commis une faute grave.',
      [], 'reported', 'la police aurait commis une faute grave', 'avocat de la famille', null],
    ['fr cleft subject', 'fr', 'C’est le syndicat SUD-PTT qui a révélé ce décès à la presse.',
      [{ name: 'SUD-PTT', kind: 'organization' }], 'reported', 'ce décès à la presse', '=le syndicat SUD-PTT', 'SUD-PTT'],
    ['fr inverted subject after a finite clause: postposed, not a promise', 'fr', 'Le comédien est mort dans la nuit à Marseille, a révélé son avocate à l’AFP, à la demande de sa veuve.',
      [], 'reported', 'Le comédien est mort dans la nuit à Marseille', 'son avocate', null],
    ['en spelled-out number opens the reported clause', 'en', 'Police said two people were killed in the attack.',
      [], 'reported', 'two people were killed in the attack', 'Police', null],
    ['en inverted bare plural source with a time adjunct', 'en', 'The attack killed at least 12 people, said officials on Tuesday.',
      [], 'reported', 'The attack killed at least 12 people', '=officials', null],
    ['fr sujet inversé suivi d’un jour', 'fr', 'L’attaque a fait au moins 12 morts, ont indiqué les autorités mardi.',
      [], 'reported', 'L’attaque a fait au moins 12 morts', '=les autorités', null],
    ['fr a revendiqué', 'fr', 'Le groupe État islamique a revendiqué l’attentat de la capitale.',
      [], 'reported', 'l’attentat de la capitale', 'Le groupe État islamique', null],
    ['en passive evaluation with its source', 'en', 'The act has been frequently criticized in the technology media as not doing enough to stem spam.',
      [], 'reported', 'The act has been frequently criticized in the technology media as not doing enough to stem spam', 'technology media', null],
    ['fr évaluation passive avec sa source', 'fr', 'La loi est critiquée par les ONG comme une atteinte aux libertés.',
      [], 'reported', 'La loi est critiquée par les ONG comme une atteinte aux libertés', 'les ONG', null],
    ['fr a rejeté les accusations', 'fr', 'Le ministre a rejeté les accusations de corruption portées contre lui.',
      [], 'denied', 'Le ministre a rejeté les accusations de corruption portées contre lui', 'Le ministre', null],
    ['fr s’est refusé à tout commentaire (clitic out of the attribution)', 'fr', 'Le porte-parole s’est refusé à tout commentaire.',
      [], 'denied', 'Le porte-parole s’est refusé à tout commentaire', '=Le porte-parole', null],
    ['en refuted claims that: the noun is the denial’s object', 'en', 'The ministry refuted claims that civilians were killed.',
      [], 'denied', 'civilians were killed', 'The ministry', null],
    ['en X said he thought that: the outer reporter is the source', 'en', 'Mr. Reeves said he thought that the American government was being manipulated.',
      [], 'reported', 'the American government was being manipulated', '=Mr. Reeves', null],
    ['en a source phrase wins over a participle inside its clause', 'en', 'According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.',
      [], 'reported', 'there were 3,248 cases reported worldwide between 2010 and 2015', 'According to WHO', null],
    // denied
    ['fr a démenti', 'fr', 'Le ministère de la Défense a démenti ces informations mardi.',
      [{ name: 'ministère de la Défense', kind: 'government' }], 'denied', 'Le ministère de la Défense a démenti ces informations mardi', 'ministère de la Défense', 'ministère de la Défense'],
    ['fr n’ayant pas commenté', 'fr', 'Claude resterait impliqué selon plusieurs médias, le Pentagone n’ayant pas commenté ces informations.',
      [{ name: 'Pentagone', kind: 'government' }], 'denied', 'le Pentagone n’ayant pas commenté ces informations', 'le Pentagone', 'Pentagone'],
    ['en declined to comment', 'en', 'A spokesman for the company declined to comment on the report.',
      [], 'denied', 'A spokesman for the company declined to comment on the report', 'A spokesman for the company', null],
    ['en has not commented', 'en', 'Claude is reportedly still involved; the Pentagon has not commented on these reports.',
      [{ name: 'Pentagon', kind: 'government' }], 'denied', 'the Pentagon has not commented on these reports', 'Pentagon', 'Pentagon'],
    // fears, accusations, reproaches, criticisms and warnings whose object is the checkable statement
    ['fr craignent + objet', 'fr', 'Les observateurs spécialistes du monde arabe craignent une montée des tensions et des violences.',
      [], 'reported', 'une montée des tensions et des violences', 'Les observateurs', null],
    ['fr a accusé X de', 'fr', 'Le quotidien Libération a accusé Rajoy de purger la télévision publique.',
      [{ name: 'Libération', kind: 'organization' }, { name: 'Rajoy', kind: 'person' }], 'reported', 'Rajoy de purger la télévision publique', 'Libération', 'Libération'],
    ['fr a reproché à X', 'fr', 'L’opposition a reproché au gouvernement son inaction face à la crise.',
      [], 'reported', 'au gouvernement son inaction face à la crise', 'L’opposition', null],
    ['en criticized … as', 'en', 'Many international observers criticized the vote as fraudulent and badly organised.',
      [], 'reported', 'the vote as fraudulent and badly organised', 'international observers', null],
    ['en warned of', 'en', 'The IMF warned of a sharp slowdown in global growth next year.',
      [{ name: 'IMF', kind: 'organization' }], 'reported', 'a sharp slowdown in global growth next year', 'IMF', 'IMF'],
    ['fr reproche à X + objet', 'fr', 'La République dominicaine reproche à la Francophonie l’excès de son volet géo-historique.',
      [], 'reported', 'à la Francophonie l’excès de son volet géo-historique', 'La République dominicaine', null],
    ['fr a estimé plus tôt que (a time adjunct before que)', 'fr', 'Le ministre de l’Intérieur a estimé plus tôt que le ministre de la Santé avait perdu toute crédibilité.',
      [], 'reported', 'le ministre de la Santé avait perdu toute crédibilité', 'Le ministre de l’Intérieur', null],
    ['fr a jugé + objet', 'fr', 'Le ministre a jugé la mesure inutile et coûteuse pour les contribuables.',
      [], 'reported', 'la mesure inutile et coûteuse pour les contribuables', 'Le ministre', null],
    ['fr a affirmé avoir + infinitive', 'fr', 'L’armée a affirmé avoir détruit plusieurs dépôts de munitions.',
      [], 'reported', 'détruit plusieurs dépôts de munitions', 'L’armée', null],
    ['en claimed to have + infinitive', 'en', 'The rebel group claimed to have shot down a military helicopter.',
      [], 'reported', 'shot down a military helicopter', 'The rebel group', null],
    ['en were reported killed → hedged', 'en', 'Three soldiers were reported killed in the attack near the border.',
      [], 'hedged', 'Three soldiers were reported killed in the attack near the border', null, null],
    // a message speaks for its author; an inclusion is no subject
    ['en issued a statement saying → the issuer', 'en', 'The ministry issued a statement saying that the talks had failed.',
      [], 'reported', 'the talks had failed', '=The ministry', null],
    ['fr a émis un communiqué affirmant → l’émetteur', 'fr', 'TVE a émis le lendemain un communiqué de presse affirmant qu’elle avait refusé l’offre.',
      [{ name: 'TVE', kind: 'organization' }], 'reported', 'elle avait refusé l’offre', '=TVE', 'TVE'],
    ['en ", including X," is no subject', 'en', 'Gusenbauer and other heads of the party, including Vienna mayor Michael Haeupl have confirmed that Gusenbauer will be the top candidate.',
      [], 'reported', 'Gusenbauer will be the top candidate', '=Gusenbauer and other heads of the party', null],
    // the passé simple of narrative news
    ['fr passé simple déclara que', 'fr', 'Le ministre déclara que la réforme serait votée avant l’été.',
      [], 'reported', 'la réforme serait votée avant l’été', 'Le ministre', null],
    // (the evidence starts at the denial's own verb: claims/fr/denial-coordinated)
    ['fr passé simple nia, coordinated with another verb: the subject is the NP before the first', 'fr', 'Pastor leur répondit et nia leur version.',
      [{ name: 'Pastor', kind: 'person' }], 'denied', 'nia leur version', '=Pastor', 'Pastor'],
    // an expected event ('claims/en/should-expect'; French « devrait » is a hedge word)
    ['en should appear later → hedged', 'en', 'There are Firefox versions in nineteen languages. Other languages should appear later.',
      [], 'hedged', 'Other languages should appear later', null, null],
    ['fr devrait paraître → hedged', 'fr', 'Le navigateur existe en dix-neuf langues. D’autres langues devraient paraître plus tard.',
      [], 'hedged', 'D’autres langues devraient paraître plus tard', null, null],
    // a postposed source after a gap adverb (French inversion: « écrit notamment le quotidien X »)
    ['fr était connue pour ses interviews, écrit notamment le quotidien X', 'fr', 'Elle était connue pour ses interviews incisives, surtout avec les ministres, écrit notamment le quotidien El Punt Avui.',
      [{ name: 'El Punt Avui', kind: 'organization' }], 'reported', 'Elle était connue pour ses interviews incisives, surtout avec les ministres', 'El Punt Avui', 'El Punt Avui'],
    // the lead a poll gives ('claims/<lang>/poll-lead'), its source a fronted partitive
    ['fr Sur les neuf dernières enquêtes, huit donnent une avance à', 'fr', 'Sur les neuf dernières enquêtes publiées sur l’Ohio, huit donnent une avance à B. Obama.',
      [{ name: 'B. Obama', kind: 'person' }], 'reported', 'huit donnent une avance à B. Obama', 'enquêtes', null],
    ['en Of the nine latest polls, eight give X a lead', 'en', 'Of the nine latest polls published in Ohio, eight give Barack Obama a narrow lead.',
      [{ name: 'Barack Obama', kind: 'person' }], 'reported', 'eight give Barack Obama a narrow lead', 'polls', null],
    // an estimate whose object is the figure
    ['fr la moyenne du site X estime à 2,3 points l’écart', 'fr', 'Le scrutin est serré et la moyenne du site RealClearPolitics estime à 2,3 points l’écart des intentions de vote.',
      [{ name: 'RealClearPolitics', kind: 'organization' }], 'reported', '2,3 points l’écart des intentions de vote', 'RealClearPolitics', 'RealClearPolitics'],
    ['en the average of the site X puts the gap at 2.3 points', 'en', 'In Ohio, the RealClearPolitics average puts the gap at 2.3 points.',
      [{ name: 'RealClearPolitics', kind: 'organization' }], 'reported', 'the RealClearPolitics average puts the gap at 2.3 points', 'RealClearPolitics', 'RealClearPolitics'],
    // a subject chunk ending on a relative pronoun, and a subject after a fronted prepositional chunk and an incise
    ['fr notamment le quotidien Libération qui a accusé', 'fr', 'La presse internationale a saisi cette affaire, notamment le quotidien français Libération qui a accusé Rajoy de purger la télévision publique.',
      [{ name: 'Libération', kind: 'organization' }, { name: 'Rajoy', kind: 'person' }], 'reported', 'Rajoy de purger la télévision publique', 'Libération', 'Libération'],
    ['en in particular the daily Liberation who accused', 'en', 'The foreign press took up the affair, in particular the French daily Liberation who accused Rajoy of purging public television.',
      [{ name: 'Liberation', kind: 'organization' }, { name: 'Rajoy', kind: 'person' }], 'reported', 'Rajoy of purging public television', 'Liberation', 'Liberation'],
    ['fr De son côté, X, incise, fait savoir qu’il', 'fr', 'De son côté, B. Obama, même en pleine course pour se maintenir à son poste, fait savoir qu’il continue à gérer la crise née de l’ouragan.',
      [{ name: 'B. Obama', kind: 'person' }], 'reported', 'il continue à gérer la crise née de l’ouragan', 'B. Obama', 'B. Obama'],
    ['en For his part, X, incise, said that he', 'en', 'For his part, Barack Obama, even in the final stretch of the race, said that he continues to manage the crisis.',
      [{ name: 'Barack Obama', kind: 'person' }], 'reported', 'he continues to manage the crisis', 'Barack Obama', 'Barack Obama'],
  ];
  test.each(rows)('%s', (_name, lang, text, specs, modality, evidence, attribution, source) => {
    const claims = run(lang, text, specs);
    const claim = claims.find((k) => k.evidence.text === evidence);
    expect(claims.map((k) => `${k.modality}: ${k.evidence.text}`)).toContain(`${modality}: ${evidence}`);
    expect(text.slice(claim!.evidence.start, claim!.evidence.end)).toBe(claim!.evidence.text);
    if (attribution === null) expect(claim!.attribution).toBeNull();
    // "=text": the attribution is exactly that text; otherwise it contains it
    else if (attribution.startsWith('=')) expect(claim!.attribution).toBe(attribution.slice(1));
    else expect(claim!.attribution ?? '').toContain(attribution);
    expect(claim!.source?.name ?? null).toBe(source);
    expect(claim!.cue).toBeTruthy();
    expect(claim!.ruleId).toMatch(new RegExp(`^claims/${lang}/`));
  });
});

describe('claims: should not find', () => {
  test.each([
    ['fr plain statement', 'fr', 'Le gouvernement a adopté le budget mardi à l’Assemblée nationale.'],
    ['en an object after the verb is no adjunct', 'en', 'In court papers filed last year, Ms. Jones admitted to overpricing the planes as a parting gift.'],
    ['fr attribue le prix à (an award, no cause)', 'fr', 'Le jury attribue le prix à Jean Dupont pour son roman.'],
    ['en attributes a grant to (an award, no cause)', 'en', 'The foundation attributes a grant to three young researchers every year.'],
    ['fr considère la question (no comme)', 'fr', 'Le gouvernement considère la question avec beaucoup d’attention.'],
    ['en considers the offer (no as)', 'en', 'The board considers the offer carefully this week.'],
    ['en after a closing quotation the verb is the quote’s attribution', 'en', '“We are going to scale back certain functions and responsibilities,” added Claure, who is also an executive at SoftBank.'],
    ['fr après une citation fermée le verbe l’attribue', 'fr', '« Nous allons réduire certaines fonctions et responsabilités », a ajouté Claure, qui est aussi dirigeant de SoftBank.'],
    ['en a modal of the generic one is the writer’s musing', 'en', 'One would hope so, since the news business could use an injection of optimism these days.'],
    // ('The deal, he said, depends on whether Trump…' is now an incise claim of "he": claims-recall.test.ts)
    ['en an imperative tell past a comma is no report', 'en', 'Please keep in mind, and do tell Paul, that neither you nor I will sign the letter.'],
    ['fr restrictive ne … que is not a complement', 'fr', 'De nombreuses hausses concernent les entreprises, mais ne rapporteront que 3 milliards d’euros.'],
    ['fr relative que after an object', 'fr', 'Le musée dévoile aussi quelques-unes des activités qu’il entend organiser en 2014.'],
    ['fr pronominal verb is not a postposed attribution', 'fr', 'Les dirigeants européens, qui ont soutenu les partis, se sont félicités du résultat des élections.'],
    ['fr quotation is a quote, not a claim', 'fr', '« Nous voulions éviter une situation plus grave », a déclaré le ministre.'],
    ['fr question', 'fr', 'Le gouvernement pourrait-il céder devant la rue ?'],
    ['fr imperfect -rait is not conditional', 'fr', 'La réunion durait depuis trois heures quand il déclarait forfait.'],
    ['en pledged to + noun phrase is no commitment clause', 'en', 'The company pledged to the relief fund last year.'],
    ['fr promis à + nom is no commitment clause', 'fr', 'Ce jeune joueur est promis à un bel avenir en équipe de France.'],
    ['en plain statement', 'en', 'Shares of both companies soared after the announcement on Wednesday.'],
    ['en appear as “show up”', 'en', 'Other languages appear in the menu of the browser.'],
    ['en should of advice or regret is no expectation', 'en', 'We should have asked him about the contract before the vote.'],
    ['en should consider (advice)', 'en', 'Maybe you should consider postponing your lunch with the minister.'],
    ['en put … at by no source', 'en', 'The librarian put the new books at 3 different shelves near the door.'],
    ['en a lead given by no poll', 'en', 'The coach gave his young players a lead role in the final match.'],
    ['fr une avance donnée par autre chose qu’un sondage', 'fr', 'L’entraîneur donne une avance de deux tours à ses jeunes coureurs.'],
    ['en May is a month', 'en', 'The meeting took place on May 4 in Brussels.'],
    ['en announced + noun object with determiner adjective', 'en', 'The announced merger closed in March.'],
    ['en negated report', 'en', 'The minister did not say that taxes would rise next year.'],
    ['en relative clause is not a postposed attribution', 'en', 'The election was closely monitored by international observers, who reported few problems.'],
    ['en noun after a determiner is not a verb', 'en', 'The report that the summer was hot surprised nobody in Paris.'],
    ['en participle with an agent is not an announcement', 'en', 'The results announced yesterday by the committee gave Frelimo a majority.'],
    ['en plural noun "notes" is not a verb', 'en', 'The meeting notes taken by the aide were placed under seal.'],
    ['en passive described as (no source)', 'en', 'The plan was described as a failure.'],
    ['en plural noun "brands" is not a verb', 'en', 'The deal brings together Kenmore and Lands’ End from Sears, and Joe Boxer brands from Kmart.'],
    ['en relative cited without an object', 'en', 'The secretary decided the e-mails that I just cited were not relevant to the deal.'],
    ['fr Pour le moment is no source', 'fr', 'Pour le moment, le musée reste fermé au public.'],
    ['en passive reported is no promise', 'en', 'The first two illnesses were reported on November 12 in the capital.'],
    ['en zero-complement object noun phrase with an adjectival participle', 'en', 'Reporters warned the newly appointed minister about the rules.'],
    ['fr bare participle is an adjective, no promise', 'fr', 'Le rachat annoncé hier par le groupe a surpris les marchés.'],
    ['en passive without a source is no report', 'en', 'The bridge was described as unsafe.'],
    ['fr a role apposition belongs to the source, the rest is a quote', 'fr', 'Selon Marie Dupont, avocate de la famille, « la police a fait un usage excessif de la force ».'],
    ['en a role apposition belongs to the source, the rest is a quote', 'en', 'According to Maria Lopez, a lawyer for the family, "the police acted with excessive force during the arrest."'],
    ['fr after a relative que the subject is inverted: no statement follows', 'fr', 'C’est ce que redoutent les habitants des villes voisines de la centrale.'],
    ['en reported + a noun is no casualty hedge', 'en', 'Three new cases were reported last week in the capital.'],
    ['en passive condemned is a sentence, no criticism', 'en', 'The former dictator was condemned to death in absentia last year.'],
    ['fr accuser une baisse is to post a figure, not an accusation', 'fr', 'Le groupe HP accuse une baisse de 3 % de son chiffre d’affaires au dernier trimestre.'],
    ['fr bare participle accusé is an adjective', 'fr', 'Le ministre accusé de corruption a quitté ses fonctions mardi.'],
  ] as [string, Language, string][])('%s', (_name, lang, text) => {
    expect(run(lang, text)).toEqual([]);
  });
});

describe('an object verb followed by a preposition has no hearer gap past commas (that is a determiner)', () => {
  test.each([
    ['en', 'Senator Lankford, who warned of the dangers in the past, nevertheless played down that threat on the floor.', 'threat'],
    ['en', 'The mayor told of his fears on Monday, and then described that plan as reckless.', 'plan'],
  ] as [Language, string, string][])('%s %s', (lang, text, word) => {
    expect(run(lang, text).filter((k) => k.evidence.text.startsWith(word))).toEqual([]);
  });
});

describe('a coordinated subject without its own hedge stays in the one hedged claim', () => {
  test.each([
    ['en', 'GateHouse reportedly laid off 60 employees and Gannett hired 200 reporters.'],
    ['fr', 'GateHouse aurait licencié 60 salariés et Gannett a embauché 200 journalistes.'],
  ] as [Language, string][])('%s', (lang, text) => {
    const claims = run(lang, text);
    expect(claims.map((k) => k.modality)).toEqual(['hedged']);
    expect(claims[0]!.evidence.text).toContain('Gannett');
  });
});

describe('two reports joined by ", and" / « , et » (claims/and-report)', () => {
  test.each([
    ['en', 'Russian officials denied that the sanctions would hurt the economy, and Kremlin spokesman Dmitry Peskov claimed the measures were illegal.',
      [['the sanctions would hurt the economy', 'denied', 'Russian officials'], ['the measures were illegal', 'reported', 'Kremlin spokesman Dmitry Peskov']]],
    ['fr', 'Les autorités ont démenti que les sanctions pèsent sur l’économie, et le porte-parole Dmitri Peskov a affirmé que ces mesures étaient illégales.',
      [['les sanctions pèsent sur l’économie', 'denied', 'Les autorités'], ['ces mesures étaient illégales', 'reported', 'le porte-parole Dmitri Peskov']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(run(lang, text).map((k) => [k.text, k.modality, k.attribution])).toEqual(expected);
  });
  test('a second complement of the same verb is no second report: "…, and that …"', () => {
    expect(run('en', 'The minister said the deal was off, and that talks would resume in May.').map((k) => k.attribution)).toEqual(['The minister', 'The minister']);
  });
});
