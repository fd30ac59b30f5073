/**
 * Common given names in English- and French-language news (US, UK,
 * France, Belgium, Switzerland, Quebec, and frequent international
 * names), lower case without accents. A capitalised run that starts with
 * one of them is a person ("Sam Altman", "Myriam Martinet").
 * Compiled from common-name frequency lists of these countries; Central European given names (Czech, Slovak,
 * Polish, Hungarian, Romanian: "Jiří", "Miloš", "Grzegorz") frequent in international news.
 *
 * @module
 */

import { DERIVED_GIVEN_NAMES } from './derived.js';

const NAMES = `
aaron abdel abdelaziz abdoulaye abdul abdullah abe abigail abraham ada adam adele adrian adrien agathe agnes ahmad ahmed
aida aimee al alain alan alba albert alberto alec alejandro alessandro alex alexander alexandra alexandre alexandria
alexei alexis alfred alfredo ali alice alicia aline alison alistair allan allison alma alphonse amanda amber amelie amina
amir amos amy ana anastasia anatole andre andrea andreas andres andrew andy angela angelina angelique angus anita ann anna
annabelle anne annette annie anthony antoine antoinette anton antonio apolline april arianna ariel arlette armand arnaud
arnold arthur ashley astrid aubin audrey augustin aurelie aurelien austin axel ayman aziz barack barbara barnaby barry bart
basile beatrice becky ben benedicte benjamin benoit bernadette bernard bernie bert bertrand beth betty beverly bill billy
blaise blanche bob bobby boris brad bradley brandon brendan brent brett brian brigitte brittany bruce bruno bryan caitlin
calvin camille candice carl carla carlos carmen carol caroline carolyn casey catherine cecile cedric celine chad chantal
charlene charles charlie charlotte chelsea cheryl chloe chris christian christiane christina christine christophe
christopher chuck cindy claire clara clarence claude claudia claudine clement clemence cliff clint clotilde colette colin
connor constance corentin corinne craig cristina curtis cynthia cyril cyrille dale damien dan daniel daniele danielle
danny dario darren dave david dawn dean deborah debra delphine denis denise dennis derek diana diane dick didier
diego dimitri dina dominic dominique don donald donna doris dorothee dorothy doug douglas dylan earl ed eddie edgar edith
edmond edouard edward edwin eileen elaine eleanor elena eli elias elie eliane elisa elisabeth elise eliza elizabeth ella
ellen elliot elodie eloise elon elsa emil emile emilie emily emma emmanuel emmanuelle enzo eric erica erik erin ernest
esther estelle ethan etienne eugene eva evan eve evelyne fabien fabienne fabrice fanny farid fatima fatou felix fernand
fernando florence florent florian fran frances francesca francesco francine francis francisco franck francois francoise
frank frankie franz fred freddie frederic frederick frederique gabriel gabriela gabrielle gael gaelle gail gareth gary
gaspard gaston gautier gavin genevieve geoffrey georg george georges georgia gerald geraldine gerard gerhard gilbert
gilles gina ginette giorgia giovanni gisele giuseppe gladys glen glenn gloria gordon grace graham greg gregoire gregory
guillaume gus gustave guy gwen gwendoline hailey hakim hal hamid hank hannah hans harold harriet harrison harry hassan
heather hector heidi helen helene henri henriette henry herbert herve hillary hoang howard hubert hugh hugo hugues ian
ibrahim ida ignace igor ines ingrid irene iris isaac isabel isabella isabelle ismael ivan jack jackie jacob jacqueline
jacques jade jaime jake james jamie jan jane janet janine jared jason javier jay jean jeanne jeannine jeff jeffrey jennifer
jenny jeremie jeremy jerome jerry jess jesse jessica jill jim jimmy jo joan joanna joanne jocelyn jodie joe joel joelle
johan johann john johnny jon jonathan jordan jorge jose joseph josephine josh joshua josiane joy joyce juan judith judy
jules julia julian julie julien juliette justin justine kamala karen karim karin karl kate katherine kathleen kathryn
kathy katie kay keir keith kelly ken kenneth kerry kevin kim kimberly kirk kristen kurt kyle lara larry laura laure
laurence laurent lauren lea leah lee leila lena leo leon leonard leonie lewis liam lilian liliane lily linda lindsay
lionel lisa lise liz lloyd loic lois lorraine lou louis louise luc luca lucas lucie lucien lucille lucy ludovic luis
luke lydia lynn madeleine maelle maggie malik mamadou manon manuel manuela marc marcel marcelle marco margaret margot
maria marian marianne marie marie-claude marine mario marion marisol marius mark marlene martha martin martine marvin mary
mathias mathieu mathilde matt matteo matthew matthias matthieu maud maureen maurice max maxime maximilien maxine megan meg
mehdi melanie melissa michael michel michele michelle mike mikhail miles milo mireille mitch mitchell mohamed mohammed
mohammad monica monique morgan muhammad murielle myriam nadia nadine nancy naomi natalie natasha nathalie nathan
nathaniel neil nelly nelson nicholas nick nicola nicolas nicole nigel nikki nina noah noel noelle noemie nora norbert
norman oceane odette odile olaf olga olivia olivier omar oscar owen pablo paddy pam pamela pascal pascale pat patrice
patricia patrick patty paul paula paule pauline pedro peggy penelope penny pete peter phil philip philippe phillip
pierre pierre-yves pietro piotr priscilla quentin rachel rachida rafael ralph ramon randy raphael raphaelle raul ray
raymond rebecca regine regis remi remy renaud rene renee rex ricardo richard rick rishi rita rob robert roberta roberto
robin rocco rod rodney rodolphe roger roland rolande romain ron ronald rosa rose rosemary ross roxane ruby rudy rupert
russell ruth ryan sabine sabrina sacha salim sally salma sam samantha sami samir samuel sandra sandrine sandy sara sarah
scott sean sebastian sebastien segolene serge sergei sergey shane shannon sharon shawn sheila shirley sidney sigmar simon
simone sofia solange solene sonia sophia sophie stacy stan stanislas stanley stefan stephan stephane stephanie stephen
steve steven stuart sue susan suzanne suzy sylvain sylvie tamara tania tanya ted teresa terry theo theodore theresa
therese thibault thibaut thierry thomas tim timothee timothy tina toby todd tom tommy toni tony tracy travis trevor
tristan troy tyler ulrich ursula valentin valerie vanessa vera veronique vicky victor victoria vincent violette virginie
vivian vladimir walter wayne wendy werner will william willy wilson wolfgang xavier yann yannick yasmine yolande yves
yvette yvonne zach zachary zoe zohran luiz joao jose inacio fernando felipe sergio ricardo rodrigo thiago tiago volodymyr emmanuel olaf recep xi narendra benyamin benjamin ursula jens kaja

jiri milos petr pavel tomas vaclav jaroslav zdenek ladislav miroslav radek ondrej lukas jakub vojtech karel josef frantisek
stanislav dusan zuzana jana katerina lenka marketa andrej grzegorz wojciech krzysztof andrzej tadeusz zbigniew janusz viktor
laszlo gyorgy istvan zoltan bogdan nicolae traian klaus rafic rafik aung
hunter taylor parker mason carter tucker aurore rami bashar
`;

/** Given names, lower case, accents removed ("francois" for "François"); with the compromise-derived list. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...NAMES.split(/\s+/).filter(Boolean), ...DERIVED_GIVEN_NAMES]);
