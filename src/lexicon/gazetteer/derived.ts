/**
 * Lexicon data derived from the word lists of compromise 14 (MIT licence,
 * https://github.com/spencermountain/compromise), extracted once at
 * development time (not loaded at run time: importing compromise costs
 * seconds). Lower case. Used to recognise persons (given names, surnames),
 * demonyms (never actors alone), places, sports teams and organisations,
 * and common adjectives ("Social Security" is not a person).
 *
 * Regenerate: read `nlp.model().one.lexicon` and keep the words tagged
 * MaleName/FemaleName/FirstName, LastName, Demonym, City/Region, Country,
 * SportsTeam, Organization, Adjective.
 *
 * @module
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Given names (compromise MaleName, FemaleName, FirstName). */
export const DERIVED_GIVEN_NAMES: ReadonlySet<string> = words(`
aarav aaron abdallah abdel abdoulaye abdul abdullah abdullo abdulrahman abe abel abraham abram abu abubakr abulfazl
adam adama adan adi adolf adolfo adolph adrian adriano advik afonso agustin ahmad ahmed ahmet aidan aiden aimar ajani
aladdin alain alan alastair albert alberto albrecht alden alec alejandro aleksandar aleksander aleksandr aleksei
alessandro alex alexander alexandre alexandros alexandru alf alfonso alfred ali alistair allan allen alonso alonzo
alphonse alphonso alton alvaro alvin amar amine amir amit ammanuel ammar amos anas anatoli anatoliy anatoly ander
anders andre andreas andrei andrej andres andrew andrzej andy angel angelo anthony antoine anton antoni antonio
antony anwar aputsiaq arata archibald archie ari ariel ariki arjun armaan armand armando armin arnaud arnav arno
arnold aron artem arthur artie artur arturo aryan asahi augusto augustus avery ayaan aykhan aziz bakary balazs bandar
bandile banele barney barrett barry bart bartholomew ben benito benjamin bennie benny benson berat bernard bernardo
bernhard bernie bert bertram bertrand beshoi bibek bilal billie billy bishal bjorn blaine blake bobby bogdan boris
boyd brad bradford bradley brady branden brandon branislav brendan brendon brent brenton bret brett brian brice bruce
bruno bryan bryce bryon buddy burt burton buster byron cal caleb calvin cameron camilo carey carl carlo carlos
carlton carroll cary cecil cedric cesar chad charbel charles charley chas chester chet chris christoph christophe
christopher christos ciaran clarence claude claudio claus clay clayton clemens clement cletus clifford clifton clint
clive clyde cody colby cole colin collin colton connor conor conrad constantin corey cornelis cornelius cory craig
cristiano cristobal curt curtis cyril cyrus daan dale damian damien damion damon dan daniel danilo danny daren darin
dario darius darnell darrel darrell darren darrin darryl daryl dave davi david deandre deepak dejan delbert demetrius
denis dennis denny deon derek derrick deshawn desmond deven devin dewayne dewey dexter diarmuid dieter dietmar
dietrich dillon dimitri dimitris dinesh dion dirk dmitri dmitry domingo dominic dominick dominik dominykas don donald
donnell donnie donny donovan dorian doug douglas dovydas doyle dragan duane dudley duncan dustin dwayne dwight dylan
dyllan ebenezer eddie edgar edmond edmund edoardo eduard eduardo edward edwardo edwin efrain efren eitan elbert eldon
eli elias elijah eliot elisha elliot elliott ellis elmer elton elvin elvis elwood emanuel emerson emery emil emiliano
emilio emilis emirhan emmanuel emmett enoch enrico enrique enzo eoin ergi eric erich erick erik ernest ernesto ernie
ernst errol ervin erwin esteban ethan eugen eugene evan evens everett evgeny eymen ezra fabian fabien fabio fabrice
fabrizio fadi fahd federico felipe felix feng ferdinand ferdinando fergus fernando fidel filip fionn fletcher florian
floyd forrest francesco francis francisco franciszek frankie franklin franklyn fraser fred freddie freddy frederic
frederick frederik fredrick fredrik friedrich frits fritz fyodor gabe gabreal gabriel gabrielius galen gareth garland
garrett garry garth gary gavin geoff geoffrey georg george georges georgi georgios georgy gerald gerard gerardo
gerhard gerrit gerry gert giacomo gilbert gilberto giles gilles gino giorgi giorgio giorgis giovanni giuseppe glen
glenn godfrey gonzalo goran gord gordon gottfried grady graham greg gregg gregor gregorio gregory grover guido
guilherme guillaume guillermo gunnar gunter gunther gus gustaf gustav gustave gustavo gyorgy habib hal halim hamza
hank hans hao harlan harley harold harri harry haruhito haruki haruta haruto harvey hasan hassan hayato hayden heath
hector heinrich heitor hendrik henri henrik henrique henry henryk herbert herman hermann homer horace horacio horatio
hossein howard howie hubert hugh hugo humberto huseyin huseyn hussain hussein hydar iain ian ibai ibrahim ichika
ignacio igor ike iker ilija inuk inunnguaq ionut ira irvin irving irwin isaac isaiah isaias ishaan isiah ismael
ismail issac itai itsuki ivan jacob jacques jaden jaka jake jakob jakov jakub jamal james jameson jamison jared jarod
jaroslav jarrett jarrod jarvis jason jasper javier jayden jayson jed jeff jeffery jeffrey jeffry jens jerald jeremiah
jeremy jermaine jerome jeronimo jerry jesus jian jim jimi jimmie jimmy joao joaquin joe joel joesph joey johan johann
johannes john johnathan johnathon johnie johnnie johnny jokubas jon jonah jonas jonathan jonathon jonny jordi jordon
jorge jose josef joseph josh joshua josiah josue jozef juan julen julian julien julio julius justin kacper kajus
kamal kamil kanata karim karl kaspar kathem kauri keenan keir keith ken kendrick kenneth kenny kenton kermit keven
kevin khaled khalid kieran kingsley kip kiril kirill kirk kirollos klaus konrad kristian kristopher krzysztof kurt
kurtis kyle kyls lamar lambert lamont landon larry lars laszlo laurence laurent lawrence leandro leevi leland len
lennart lenny leon leonard leonardo leonel leonid leopold lester lethabo levente levi liam linus lionel lior lloyd
logan lonnie loren lorenzo lou louie louis lovro lowell luc lucas luciano lucien ludovic ludvig ludwig luigi luis
luiz luka lukas luke luther luuk lyle lyndon maayan macaulay maciej magnus mahamadou mahammad mahdi mahesh mahmoud
majd maksim malachai malachy malcolm malik mamadou manfred manish manny manuel marc marcel marcell marcello marcelo
marcin marco marcos marcus mariano mario marios marius markel marko markos markus marlin marlon marquis marshall
marti martim martin marty marvin masoud matej mateo matheus mathew mathias mathieu mathis matias matt matteo matthew
matthias mattia mattias matus matyas maurice mauricio maximilian maximiliano maxwell mehdi mehmet melvin merle
merrill mervin mervyn micah michael michal micheal michel mick mickey micky miguel mihai mikaere mike mikel mikhail
mikolaj milhouse milo milos milton minato minik mitch mitchell modibo moe mohamad mohamed mohammad mohammed moises
monte monty moritz moses moshe moussa muhamed muhammad muhammed murad mustafa mustapha myles myron nahom nate nathan
nathanael nathaniel nathy neal ned neil nelson neville nguyen nicholas nickolas nicolas niels nigel niilo nik nikau
nikhil niklas nikola nikolai nikolay niles nils noah noam noel nojus nolan nomaan norbert norman nuka octavio oier
olaf olav oleksandr oliver olivier omar omer ondrej ori orville osama oscar oskar osman osvaldo oswald otis otto
oumar owen pablo padraig paolo pascal patrick patrik paul paulie paulo paulos pavel pavlo pedro percy petar pete
peter petr petro petros phil philip philipp philippe phillip pierre pieter pietro piotr prakash pravit prem preston
pyotr quentin quincy quinton rachid rafael rahul rainer rajesh ralf ralph ramiro ramon randal randall randolph raoul
raphael rashad rasmus raul rawiri rayan raymond recep reece reggie reginald regis reid reuben reyansh reynaldo reza
rhett ricardo riccardo richard richie rick rickey rickie ricky rico riley roan robbie robby robert roberto rocco
roderick rodger rodney rodolfo rodrigo roel rogelio roger rohan roland rolando rolf roman romeo ron ronald ronan
ronnie ronny rory rosario roscoe ross roy royce ruben rubin rudolf rudolph rudy rufus rupert russ russel russell ryan
ryou saeed sal salik salvatore sam sami samir samkelo sammie sammy samuel sandeep sandro sanjay santino saqib satoshi
saul scot scott scottie scotty seamus sean sebastian sebastien sekou selim sepp serge sergei sergey sergio seth
seymour shahid shane shaquille shaun shawn shayne sheldon shelton sherman shlomo sid siddhartha sidney sigmund silas
silvio simon siyabonga slobodan solomon soren souleymane souta spencer stan stanislav stanislaw stanley stefan
stefano stefanos stephan stephen steve steven stevie stewart stu stuart suraj suresh sven svend syed sylvester szymon
tadgh taha taichi taika tanner tareq tatsuki ted teddy terence terrance terrell terrence terry thad thaddeus theo
theodor theodore thiago thom thomas tim timmy timothy titus tobias toby tod todd tom tomas tomasz tommaso tommie
tommy tomoharu tony travis trent trenton trevor trey tristan troy truman tunar turki tyler tyrone tyson ughur ulrich
ulrik ulysses umberto unax uri usman val valentin valentine vance vasily vern vernon vic vicente victor vihaan viktor
vince vincent vincenzo virgil vivaan vivek vlad vladimir vladislav vojtech volodymyr wallace wally walt walter waylon
wayne wei wendell werner wes wesley weston wilbert wilbur wiley wilfred wilfredo wilfrid wilfried wilhelm willard
william willie willis willy winfried winslow winston wojciech wolfgang woodrow wout wouter wyatt xavier xhoel yahli
yanis yann yannick yaroslav yassin yassine yevgeni yevgeny yonas yonatan yonathan yong yosef yousouf youssef yuen
yuri yuriy yury yusif yusuf yuuma yuval zac zach zachariah zachary zachery zack zackary zahid zakaria zan zane zoran
aada aadya aaliyah aaradhya aasha abagail abbey abbi abbie abby abi abie abigail abril ada adaline adalyn addie
addilyn addison adel adela adelaide adele adelene adelia adelina adeline adelynn adreanna adriana adrianna adrianne
adriena adriene adrienne agatha aggie agnes agustina aicha aida aileen aimee aina aino ainsley aisha aishah aisling
aislinn aislynn ajla alaina alana alanis alanna alannah alanoud alayah alayna alba alecia aleisha alejandra
aleksandra alena alesia alessandra alexa alexandra alexia alia alice alicia alicja alina aline alisa alise alisha
alison alissa aliza allie allison allyson althea alya alycia alysa alyson alyssa amahle amaia amaira amalia amanda
amber amberly amelia amelija amie amilia amina aminata amy ana anabel anamaria anastasia anastasija anaya andjela ane
aneta anette angela angelia angelica angelina angeline angelique angie anika anisa anissa anita anja anjelica ann
anna annabel annabella annabelle annalisa annamaria anne annemarie annett annette annie annika annmarie anohito
antoinette antonella antonia anya aoi aria ariana arianna arianne arielle arleen arlena arlene arlette aroha arpita
asha ashanti ashlee ashleigh ashley ashli ashlie ashly ashlyn ashraqat ashton asiya asja asmita assil astrid ataahua
athena audra audrey audri audry augustina augustine aurelia austeja ava avigail awa aya ayana ayanna ayesha aygun
aylin ayn ayse aysel azra azuna barbara barbora barbra bayarmaa bea beatrice beatriz becca becky belinay belinda
benita bernadette bernadine bernice bertha bertie beryl bess bessie beth bethanie bethany betsy bette bettie bettina
betty bettye beula beulah bev beverley beverly bianca biljana binita bintou bismah blanca blanche blythe bobbi bobbie
boglarka bolormaa bonita bonnie brandi brandie breanna bree brenda brenna briana brianna brianne bridget bridgett
bridgette brigid brigitte britney britt brittany brittney brittni brittny bronwyn brooke bryanna brynn caitlin
caitlyn calista callie camila camile camilla camille candace candice cara carina carissa carla carlene carley carlie
carlota carlotta carly carmel carmela carmella carmen carol carole carolina caroline carolyn carrie carrol casandra
cassandra cassie catarina caterina catherina catherine cathleen cathryn cathy catrina cayla cecelia cecile cecilia
cecily celeste celia celina celine chandra chanelle chantal chantelle charis charissa charla charlena charlene
charlette charlotte charmaine chedeline chelsea chelsey cher cheri cherie cheryl chloe chrissy christa christal
christen christiana christiane christie christina christine christy chrystal ciara cierra cindi cindy clair claire
clara clare clarice claris clarissa claudette claudia claudine cleo cleopatra clotilde coleen colette colleen
concepcion connie constance constanza consuelo cora coralie cordelia cori corina corine corinna corinne cornelia
corrine courtney courtni courtny cristal cristina cyndi cynthia dahlia daina dalal damaris damia dana danette dani
danica daniela daniele daniella danielle danika daniz daphna daphne dara darby darcey darcie daria darla darlena
darlene davida davina dayle dayna deana deandra deann deanna deanne deb debbie debby debora deborah debra debrah dede
dee deedee deena deidre deirdre dela delia delilah della delores deloris delphine demetria dena denice denise desiree
dhia diana diane dianna dianne dina dinah dionne diya djeneba dolores dominique dona donna dora doreen doris dorla
dorothea dorothy dorthy dottie ecrin edel eden edie edith edna edwina eevi eileen eisha ekaterina ekta ela elaina
elaine elana eleanor elen elena eleni eliana elicia elida elie elif elin elina elinor elisa elisabeth elise eliska
eliza elizabete elizabeth elizaveta ella ellen ellie elly elma elnora eloise elouise elsa elsie elva elvina elvira
ema emanuela emelda emely emerald emile emilee emilia emilie emilija emily emina emine emma emmaline emmanuelle
emmeline emmie emmy enid erica ericka erika erin erma ernestina ernestine eryn esma esmeralda esperanza estela estele
estella estelle ester estere esther estrella ethel etienne etta eugenia eugenie eunice eva evangelina evangeline
evelin evelina evelyn evi evie evita ewa fajr fanta farah farida farrah farzana fatemeh fatiha fatima fatin fatma
fatoumata fay faye felecia felicia fenna fernanda fien fiona flora florencia fozia fran frances francesca francina
francine francisca francoise freda freja frida frieda gabi gabija gabriela gabriella gabrielle gale gamalat gamila
garnet gayle gemma gena genesis genevieve genna georgette georgie georgina geraldina geraldine geri germaine gertrud
gertrude gia gianna gigi gilda gillian gina giovanna gisela gisele giselle gita gladys glena glenda glenna gloria
glynis golda goldie googoosh gracie graciela greta gretchen griselda gunay gunel gwen gwendolyn gwyneth habiba hailey
hala haley hallie hana hanah hanna hannah hariet hariette harmony harriet harriett harriette hasnaa hasti hatice
hattie hawa hayley heather heidi helen helena helene helga helmi henrietta hermine hessa hester hilary hilda
hildegard hillary himari hoda hollie hortense hosna hosniya hussa hyacinth ida ila ilene iliana ilina ilona ilse
imane imelda imogena imogene indira ines ingrid inji iona irati irena irene irina irma isabel isabela isabele isabell
isabella isabelle isadora isidora isla islande isobel iva ivaana ivalu ivana iwona izaro jacinda jacinta jackie jacky
jaclyn jacquelina jacqueline jacquelyn jada jami jana janae jane janele janelle janessa janet janette janice janie
janina janine janis jaqueline jasmin jasmina javiera jayne jazmin jazmine jeana jeane jeanette jeanie jeanina jeanine
jeanna jeanne jeannette jeannie jeannina jeannine jelena jen jena jenelle jenifer jenna jennette jenni jennie
jennifer jenny jeri jerri jesica jess jesse jessica jil jilian jill jillian jing joan joana joane joann joanna joanne
jocelyn jodi jodie jody joelle johana johanna joleen jolena jolene joni josefa josefina josefine joselyn josephina
josephine josie jovana joya joyce juana juanita judeline judith judy jules julia juliana julianna julianne julie
julienne juliet julieta juliette julissa justina justine kabita kacey kadiatou kaede kaia kaitlin kaitlyn kaleigh
kali kalle kallie kamala kamila kamile kanyakumari kara karen kari karima karin karina karissa karla karly karolina
karyn kassandra kassie kat katarina kate katelyn katelynn katerina katharina katharine katherina katherine kathie
kathleen kathrine kathryn kathy kati katia katie katlyn katrina katy kavita kay kaye kayla kaylee kayleigh keeley
keely keira keisha kejsi keley keli kelley kelli kellie kelly kelsie kely kendra kenna kenza kera keri kerri khadija
khadije khawla kheira khongordzol kia kiana kiara kiera kiersten kiley kim kimberlee kimberley kimberli kimberly
kimmernaq kira kirsten kirstin kizzy klea konul kori kourtney krista kristen kristi kristie kristin kristina kristine
kristy kristyna krystal kyla kylee kylie kyra lacey lacie lacy ladona ladonna laia laila lakesha lamija lana lara
larisa larissa latasha latifa latisha latonya latoya laura laurel lauren laurie lauryn laverna laverne lavinia laxmi
layla lea leah leana leandra leane leann leanna leanne leda leena leia leigh leila leilani leja lejla lela lena
lenora lenore leola leona leonie leonora leora lesedi lesley lesli leslie lesly leticia letitia lettie lex lexie
leyla lia lian liana lianne libbie libby lidia lidya liepa lila lili lilia lilian liliana lilja lillia lillian lillie
lilly lin lina linda lindsay lindsey lindsi lindsy lindy lisa lisette liv livia liz liza lizbeth lizette lizzie lois
lola lolita lora loraina loraine lorelei lorena lorene loretta lori lorie lorna lorraina lorraine lorri lorrie lotte
lottie louella louisa louise lovelie luann lucia luciana lucie lucija lucile lucille lucinda lucy luela luella luisa
luise lula lulu lulwa luna lupe lupita luz lydia lyla lyn lyna lynda lyndsey lyne lynette lynn lynna lynne lynnette
lynsey mabel mable macie macy madalyn maddie madeleine madelina madeline madelyn madge madison madonna mae magda
magdalena magdalene maggie maha maia maire maisie maite maja malak malen malia malika malinda mallory mandakranta
mandy manon manuela mara marcela marcella marcelle marci marcia marcie marcy margaret margarette margarida margarita
marge margery margie margo margot margret margrette marguerite mari maria mariah mariam mariamawit mariami marian
mariana mariane marianna marianne maribel marie mariela mariella marija marilyn marina maris marisa marisol marissa
maritza marjorie marla marlena marlene marnie marsha marta martha martina martine marwa mary maryam maryan maryann
marybeth maryjane marylou masoumeh mathilde matilda matilde mattie maud maude maura maureen mavis maxina maxine
maybell mayra maysoun mazie mckenzie meagan meg megan meghan mei melanie melina melinda melisa melissa mellisa
meredith meriem merissa merjem meron meryem meryl mia micaela michaela michele michelle midori mika mikaela mila
milagros mildred milena milica millicent millie milly mimi mindy minenhle minerva minh minnie mira miral miranda
miriam mirlande mitzi miyar mobina moira mollie molly mona monica monika monique mrignayani muriel mya myra myriam
myrlande myrna myrtle naasunnguaq nadene nadia nadina nadine nadya nahia naima nalla nancy nanette naomi naomie
narges natalia natalie natalya natasha nathalie nehir nel nela nelisa nell nellie nena nerissa nesreen nia niamh
nichole nicki nicky nicola nicole nicolette niharika nika niki nikita nikki nila nilay nina nisanur nisha nita nivi
noa noella noelle noemi noor nora norah noreen norma nouf nour nur nuray nurul nyla octavia odelia odette odval
ofelia oisha oksana ola olga olivia ophelia oumou oyunbileg paige pam pamela pandora paninnguaq paola parvati patrica
patrice patricia patti pattie patty paula paulette paulina pauline peggy penelope perla petra philomena phoebe phylis
phyllis pia pipaluk polina polly portia priscila priscilla priyamvada prudence puteri queenie quiana rabina rachael
rachel rachele rachelle rachida rae raina ramona randi rania raquel rayna reanna reba rebeca rebecca rebeka rebekah
reem reema regina reihaneh reina rena renae renata renee reta reyna rhea rhiannon rhoda rhona rhonda ria richelle
ricki rikki riko rimas rin rina rita riya robbin roberta robyn rochele rochelle rocio roghayyeh rolanda ronda roni
ronna rosa rosalie rosalina rosalind rosalinda rosalyn rosanna rosanne roseann roseanne rosella roselle rosemarie
rosemary rosetta rosie roslyn rowan rowena roxana roxane roxanna roxanne roxie roxy ruth ruthie saanvi sabina sabine
sabrina sade sadie sahar saida sakeena sakineh sakura sallie sally salma salome samantha samira sandra sara sarah
sarina sasha savanna savannah scarlett selena selene selina selma serena serife setayesh sevda sevinj shahd shaikha
shaim shaimaa shakira shana shanaya shanda shania shanna shannon shanon shari sharlene sharon sharron sharyn shauna
shawna shayla shayma shayna sheba sheena sheila shelia shelley shelly sheri sheridan sherifa sherri sherrie sherry
sheryl shira shirley shirli shirly shona shristi shyla sierra sillin silvia simona simone sindy siobhan sita siti
skye snezana sobia sofia sofie sofija somayyeh sondra sonia sonja sonya sophia sophie sri stacey staci stacie stacy
starla stefanie stela stella stephane stephanie suha sumayah sunita susan susana susane susanna susannah susanne susi
susie suzan suzana suzane suzanna suzanne suzette suzie suzy sybil sylvia sylvie tabatha tabitha tala talia talitha
tamar tamara tamera tami tamika tammi tammie tammy tamra tania tanika tanisha tanya tara tarana taryn tasha tatiana
tawana tegan teodora teresa tereza teri terri terrie tess tessa tessie thalia thandolwethu thea thelma theodora
theresa therese thomasina tia tiana tianna tiara tiffany tina tingting tisha toni tonia tonya tora tori tracey traci
tracie tracy tricia trina trish trisha trista trudy tui tula tyra ugne ursula urte usha uxue valentina valeria
valerie valery vanesa vanessa veda velma vera verna vernice veronica vesna vicki vickie vicky vikky viktoria viktorie
viktorija vilte violeta vivian viviana vivien vivienne vusala wakana wanda wendi wendy whitney whitni whitny widelene
wila wilhelmina willa willow wilma winifred winnie winnifred winona xiaomei xiaoyan ximena xinyi yael yagmur yan
yarin yasmin yasmine yelena yesenia ying yolanda yuina yuna yvette yvona yvone yvonna yvonne zada zahra zainab zara
zehra zeinab zelda zelma zena zeynab zeynep zineb zoe zoey zofia zola zora zsofia adrien akira alexei alexis alfie
alois andi andra andrea andrey aubrey avi biff blair blaze blossom bob buck casey cassidy charlie chase cheyenne
chuck darcy devan devon drew foster francois gabriele gaby grace grant hinata ilya jack jaime jamie jammie jessie jie
jude kai kasey kelsey kendall kenyatta kerry kiran kris lance lashawn leif luca mack mads manaia marion mark marlo
marshal matti matty maxime mel melokuhle mina morgan nick nico niko nikos ollie pat peg pierce quinn regan rene rob
shay shea shelby shiloh skip spike stew sue sumit syd wade
`);

/** Surnames (compromise LastName). */
export const DERIVED_SURNAMES: ReadonlySet<string> = words(`
abbas acosta adams adler agarwal aguilar akhtar aleksejev aliyev almeida alvarez alves andersen anderson andersson
andov andreassen andrejev andrews angelov angelova ansari araujo araya armstrong arslan aslan atchison atkinson ayala
aydin babic bach baez bahk bahng bailey bakker baldwin bandara bandyopadhyay banik barbieri barbosa barnes barnier
bartlett barua bashir bates bauer becker beckham beethoven begu bektashi bengtsson benitez bennett berger bergman
bergmann berisha bernasconi berndsen bhak bhang bhoumik bhowmik bhuiyan bianchi bishwas blanco blazevic blondal
bogdanov bondarenko bonik boruya bosu bouchard boyko bozic bozinov brankov briem brooks browne bryant buchanan burke
byrne bytyqi caceres calderon campbell cardoso cardozo carlsson carr carter caruso carvalho castillo castro cavadini
ceban cebotari celik cengic cereghetti cerna cerny chakma chakraborty chan chand chang chapman chatterjee
chattopadhyay chaudhry chavez che chen cheon cheong cheung chiu choi chong chopra choudhury choung chow chowdhury
choy christensen christiansen chung chwe ciobanu clark clarke cohen coleman collins conti contreras cooke cooper
corbyn correa correia costa cox crawford crivelli cruz cunningham dahl damcevski daniels danielsen dankula datta
davidov davidson davies davis debnath delgado delic demir demirovic dervishi devi dewan dias diaz dickinson dimitrov
dimitrova dissanayake dixon djurhuus dogan doherty dominguez donev dordevic dotto driscoll duarte dubois dumitru dunn
durand duric dutta dvorak dvorakova eder edison edwards einstein eriksen eriksson escobar espinoza esposito estrada
evans faber farrell ferhatovic fernandes fernandez ferrara ferrari ferreira filipov filipovic fischer fisher
fitzgerald fjeldsted fleming flores fontana fortin fournier fowler freeman friedman fuchs fuentes fujita fuller gagne
gagnon galeano gallagher galli gallo gamage gandhi gao garcia gardner garza gashi gauthier georgiev georgieva
gheorghe gibson gil gimenez giordano gjonaj gjoni goldberg goldstein golubev gomes gomez goncalves gonzales gonzalez
goode goodman gorbachev grayling greene grgic griffith griffiths gruber guerra guerrero gunnarsson guo gustafsson
gutierrez guzman gwon hadzic hagen halvorsen hamalainen hansen hansson haque harding harper harris hart hasani
hasanov hasanovic hashimoto haugen haung hawkins hayashi hayes heikkila heikkinen heinonen hemingway henderson
henriksen hernandez herrera hess higgins hitchcock hjaltalin hoang hodzic hofer hoffman hoffmann hofmann hojgaard hok
holmes holt hopkins horak horakova horvat howe hoxha hristov hristova huaman huang huber hughes huynh ibrahimovic
iglesias ikeda iliev ilieva inoue ionescu ishikawa ito ivanou ivanov ivanova jackson jacobs jacobsen jakobsson
jankovic jansen janssen janssens jansson jarvinen jenkins jennings jensen jhang jimenez joensen johannesen
johannessen johansen johansson johnsen johnson johnston jones jonsson jorgensen joung jovanovic jung juric kahn
kalloe kaminski kane kaplan kapoor karjalainen karlsen karlsson kastrati kato kaur kaya kayser kazlov keller kennedy
khan kieffer kikuchi kilic kimura kinnunen klein kluivert knezevic kobayashi koch korhonen koskinen kovac kovacevic
kovacic kovacs koval kovalchuk kovalenko kowalczyk kowalski kozlov kramer krasniqi kraus krause kravchenko kremer
krishna kristensen kristiansen kryeziu kucera kucerova kumar kumara kuznetsov kvaran kwok kwon laine laitinen lammy
lang larsen larsson lau lavoie lawson lebedev lefebvre lefevre lehmann lehtinen lehtonen leitner leka lekaj lenin
leroy lewis lincoln lindberg lindholm lindstrom liu liyanage lombardi lopes lopez lovric lowe lukic lund lungu luo
lynch madrigal madsen maeda magnusson maier majerus makarov makela makinen mamani mammadov mancini mann mariani maric
marin marino markovic marques marroquin martinez martins matei matic matsumoto matthews mayer mayr mccarthy
mclaughlin mclean mehmedovic mehmeti meier meijer mejia melnyk melo mendes mendez mercier messi messier meyer meyers
micrachi mihhailov mikkelsen miller milosevic mohan molina moller monroe montgomery moore mora morales moreau moreira
moreno moretti mori morin morina morozov morris morrison mortensen morton moser moss mozart mulder muller munoz
munteanu murati muratovic murphy murray mussolini myers nagy nakajima nakamura nakashima narayan nash navarro neilson
nemcova nemec nichols nicholson nielsen niemi nieminen nikolic nikolov nikolova nilsen nilsson nixon norodahl norris
novak novakova novikov novotna novotny nowak nunes nunez nyman obama obrien oconnor ogawa oliveira oliynyk olofsson
olsen olson olsson oneill orellana ortega ortiz orwell osborne owens ozdemir ozturk pahk pahng pak papadopoulos
parker patel patterson pavic pavlov pavlovic pearson pedersen peeters pena pereira perera peretz perez peric perkins
persson peters petersen peterson petrov petrova petrovic pettersen pettersson phak pham phan phang phillips picasso
pichler piero pinas pinto polishchuk popescu popov popovic portillo poulsen powell prasad prifti prochazka
prochazkova putin quispe radic radu ramirez ramos rantanen rasmussen ravelli reagan rees reis reiter reuter reyes
reynolds ribeiro ricci richards richardson ries rivas rivera rizzo roberts robertson robinson rocha rodrigues
rodriguez rogers rojas romano romero roosevelt rosenberg rossi rotari roth roux rowe rowling rubio ruiz russo rusu
ryang ryoo ryu saarinen sahin saito sakamoto salas salihovic salminen salo salonen sanchez sandberg sanders santana
sante santos sanz saric sasaki sato saunders savic scheving schiltz schmid schmidt schmit schmitt schmitz schneider
schroeder schubert schulz schwarz segura seinfeld semjonov semyonov seoh sepulveda serrano shala sharma shehu
shevchenko shevchuk shimizu silva simmons simonsen sinatra sinclair singh sirbu smirnov smit smith smyth sokolov
solovyov sorensen sosa soto soung sousa stalin starmer steele stein steiner stephens stevens stevenson stoica
stojanovic stoyanov stoyanova suarez subotic sullivan suzuki svensson svoboda svobodova szabo tahirovic takahashi
tanaka tate tavares teixeira thatcher thill thompson thomsen thomson thorarensen thorlacius tian tjin tkachenko
todorov todorova tolstoy tomic torres toth tran tremblay tryniski tsui tuominen turcan turner turunen valenzuela
valverde vargas vasilyev vasquez vassiljev vazquez velasquez vesela vesely vidal vidovic villalba villalobos
vinogradov virtanen visser vivaldi vogt volkov vorobyov vukovic waage wagner walker walsh walters walton watanabe
watson webb weber webster weiss welter wilkinson williams williamson wilson wimmer winkler wisniewski wojcik wolff
wong wright xiao yamada yamaguchi yamamoto yamasaki yamashita yamazaki yang yeun yeung yildirim yildiz yilmaz
yokoyama yoshida yun zakharov zaytsev zhang zhao zhou zhu zimmermann
`);

/** Demonyms and nationality adjectives (compromise Demonym). */
export const DERIVED_DEMONYMS: ReadonlySet<string> = words(`
afghan afghans african africans albanian albanians algerian algerians american americans angolan angolans argentine
argentines armenian armenians asian asians aussie aussies australian australians austrian austrians bangladeshi
bangladeshis belarusian belarusians belgian belgians bolivian bolivians bosnian bosnians brazilian brazilians brit
brits bulgarian bulgarians californian californians cambodian cambodians cameroonian cameroonians canadian canadians
chadian chadians chilean chileans chinese chineses colombian colombians congolese congoleses croat croatian croatians
croats cuban cubans czech czeches dane danes dominican dominicans dutch dutches ecuadorian ecuadorians egyptian
egyptians emirati emiratis englishman englishmans estonian estonians ethiopian ethiopians european europeans filipino
filipinos french frenches gambian gambians georgian georgians german germans ghanaian ghanaians greek greeks
guatemalan guatemalans haitian haitians hindi hindis honduran hondurans hungarian hungarians icelandic icelandics
indian indians indonesian indonesians iranian iranians iraqi iraqis irishman irishmans israeli israelis italian
italians ivorian ivorians jamaican jamaicans japanese japaneses jordanian jordanians kazakh kazakhs kenyan kenyans
korean koreans kuwaiti kuwaitis lao laos latvian latvians lebanese lebaneses liberian liberians libyan libyans
lithuanian lithuanians macedonian macedonians malagasies malagasy malaysian malaysians mexican mexicans mongolian
mongolians moroccan moroccans namibian namibians nicaraguan nicaraguans nigerian nigerians nigerien nigeriens
norwegian norwegians omani omanis pakistani pakistanis palestinian palestinians panamanian panamanians paraguayan
paraguayans peruvian peruvians philippine philippines portuguese portugueses qatari qataris romanian romanians
russian russians rwandan rwandans samoan samoans saudi saudis scottish scottishes senegalese senegaleses serbian
serbians singaporean singaporeans slovak slovaks somalian somalians spaniard spaniards sudanese sudaneses swede
swedes swiss swisses syrian syrians taiwanese taiwaneses texan texans thai thais trinidadian trinidadians tunisian
tunisians turkmen turkmens ugandan ugandans ukrainian ukrainians venezuelan venezuelans vietnamese vietnameses welsh
welshes zambian zambians zimbabwean zimbabweans
`);

/** Common English adjectives (compromise Adjective). */
export const DERIVED_ADJECTIVES: ReadonlySet<string> = words(`
abandoned aberrant abject ablaze able aboard above abreast abrupt absent absolute absorbed abstract abstruse absurd
abundant academic accelerating accepted accommodating accompanying accurate aching acknowledged acquiescent actual
acute adamant adept adequate adjusted adolescent adopted adult advanced adverse affected affectionate affluent afraid
against aged aggressive agile agonizing agonzing agreeable ahead alarmed alarming alcoholic alert alight alike alive
alkaline all alleged alone aloof alright altered alternate alternative amazed amazing ample amusing angry animated
annoying antarctic anticipated antiquated antique antsy appalled appalling apparent appealing appetizing applied
appreciated appropriate approximate apt arab arbitrary archival arctic armed arresting arrogant articulate artificial
artsy ashen asleep aspiring associated assumed assured assuring astonishing astounding astute attractive auditory
augmented austere authentic authorized autoimmune average awake awarded aware awesome awkward backwards bad baffled
baffling baked balanced bald bankrupt bare barren based battered bawdy beautiful becoming behind belated beloved
below beneath beneficial benign bent beside best bestselling bewildered bewildering bewitching beyond biased big
bigtime binding bipartisan bitter bizarre black bland blank blessed blind blinded blinding blithe blond bloody blue
blunt boggling bogus boiled boiling bold boldface bonafide booming bored boring bottled bottom bouncing bouncy bound
bourgeois brash brave breathtaking brief bright brilliant brisk broad broken bronze bruised bruising brute buff burly
burned burnt bustling busy caged cagey calculated calm calming captivating cardiac careful caring celebate celebrated
centralized certain certified challenging changing charged charmed charming cheap cheery cheesy chewy chief chilled
chilling chilly chintzy circumspect civil classic classified clean clear clever clockwise close closed closing cloudy
cluttered coarse coded coercive cogent cognizant cold colonial colored colossal coloured comatose combined comforting
comic commanding commensurate commercial common communist companion compassionate compelling competing complete
complex complicated compromising compulsory concave conceited concentrated concerning concise concrete condescending
conducive conflicting confused confusing congruent conjoint conjugal conjugate consequent considered consolidated
conspiring constant constituent consummate contemporary content continuing contradictory contrary contrasting
contributing contrite controlled controlling convertable cooked cool cooperative corporate correct corresponding
corrupt costly counterclockwise counterfeit covered covert cowardly coy cozy cracked crafty cramped craven crazed
creepy crippling crisp crowded crucial crude cruel crushed crystalline cuddly cultivated cunning cured curly
curmudgeonly customary customized cute cutesy cutting daily damaged damaging damp dampened dangerous dapper daring
dark darling dashing dated daunting dazed dazzled dead deadly deadpan deaf dear debilitating decayed deceased
deceiving decentralized declining decorated decreasing dedicated deep deferred defiant defined defining definite
deformed defuse degenerate degrading delayed deliberate delicate delighted delightful delighting demanding demeaning
demographic demoralizing demure dense dependent depressed deranged derelict derivative deserving desperate despondent
destitute desultory detailed determined devastating developed devoid devoted devout didactic difficult diffuse
dignified dim diminished dire direct directed dirty disabled disappointing disarming disciplined discounted
discouraged discreet discrete diseased disgruntled disgusting disheartening disjoint disparate dissenting distant
distinct distorted distracting distressed disturbed disturbing divergent diverse divine dizzy dizzying docile
dominant done dormant doting double doubtful drained dreary dried drifting drowsy drunk dry due dull dumb eager early
earthly east eastern easy easygoing edified educated eerie efficient elaborate elated elder elderly electrifying
elegant elicit elite eloquent emaciated embarrassed emergent emerging eminent empowering empty enabling enamored
enchanted encouraging endearing enduring energizing engaged engaging enhanced enlivening enough enriching ensuing
ensured enthralling enticing entire epic equal equipped erect erstwhile escaped essential established ethereal
everyday evil exact exacting exaggerated exasperating excess excited executive exempt exhausting exhilarating
existing expanded expected expedient experienced expert explicit exploding exposed express exquisite extended extra
extravagant extreme exuberant exultant fabled faded failed faint fair fake false famed familiar fancy far fascinated
fast fat faulty faux favorite favourite feared feeble fellow female feminine feminist fertile fervent fetching fierce
fiery final financial fine finished finite firm fitted fitting fixed flagrant flaming flat flattering flavored
flavoured flirty floating flowering flowery flowing fluent fluid fluorescent flustered foamy focused folksy fond
foolish foregoing foreign foreseeable forgetful formal former forthcoming fortunate foul founding fractured fragile
fragmented fragrant frail framed frantic free freezing frequent fresh fretful fried friendly frightening frilly
fringe frozen frugal frustrating fugitive fulfilling full fun funny furry future gainful gauche gaudy gay general
generic genious gentle genuine ghastly ghostly giant giddy gifted gigantic glad glaring gleaming glib global gloomy
gold golden good goofy graceful grand graphic grateful gratified grating gratis grave gray greasy great greedy green
grey grilled grim gripping grisly grizzled groovy gross groundbreaking growing grueling gruesome guarded guided
guilty hairy half hallowed hammered handsome handsy handy happy hard hardcore hardworking hardy harmed harsh hateful
heady healing heartwarming hearty heated heavenly heavy hefty hellish helpful hesitant high highfalutin hilly
hispanic hoary hobby hollow homeless homely homesick honest honorary hooked horrific horrified hostile hot hourly
huge humane humble humbled humdrum humid humiliating hungry icy ideal idle ignorant ill illegal illegitimate illicit
illiterate illuminated immature immediate immense imminent impartial impending imperfect implicit implied impolite
important imported imposing impressionist improper improved inaccurate inadequate inane inappropriate inbred
incomplete inconsiderate incorporating incorrect increased increasing incumbent indebted indefinite independent
indeterminate indie indirect individual indoor indulgent inept inert infected inferior infinite inflated influential
informed infrared infrequent infuriated ingrown inhibitory initial injured innate inner innocent inordinate insane
insecure inside insignificant insoluble insolvent inspired inspiring instant insubordinate insulting intact
integrated intellegent intended intense intensified interdependent interested interesting interim intermediate
intimate intimidating intoxicated intoxicating intriguing invaluable invigorating invited involved irate irrelevant
irritating isolated jaded jagged jittery joined jolly judged juicy junior justice justified juvenile kaput keen kind
kindly knotted knowing known lacking lagging lame languid lapsed large last lasting late lately latter lay leading
lean leaning leery left legal legendary legitimate lesser lethal leveled lewd liberal licensed lifesaving light
lighthearted lightweight likely lil limited limp liquid listed literal literary literate little live lively living
loaded locked lofty lonely long longstanding longterm longtime loose lost loud lousy loutish loved lovely loving low
lower lowly loyal lucky lumbering lush macabre macho mad maddening magenta main mainstream major makeshift male
mammalian mammoth managed mandatory manufactured many marine maritime marked masculine mature maturing maverick
meager mean meandering measly measured meaty median mediocre medium meek mega mellow melted melting menacing mending
mere merry mesmerizing metric metropolitan mild mindblowing mini miniature minor missing mitigating mixed mobile
moderate modern modernist modest modified moist moldy monochrome monthly moody moot moral morbid mortal most
motivated mounted moving muddy multifaceted multiple mumbling mundane mute muted mystified nagged nagging naive naked
narrow nausiating naval near nearby neat necessary needed neglected neighborly nerdy new newlywed next nibbly nice
nightly nimble noble noisy nonchalant nondescript nonprofit nonstop normal north northeast northern northwest nosy
notable noted nourished novel nuanced nude numb numbing nurturing nuts obediant obedient obese obligated obscene
obscure observant observed obsolete occupied odd offbeat offending offensive offhand official offline offsetting oily
okay old onboard ongoing online open opposing opposite oppressed orange orderly organic organized orotund other
outdoor outer outgoing outlying outside outstanding oval over overall overarching overboard overdue overhand overhead
overlapping overlooked overnight overpowering overriding overseas overt overweight overwhelmed overwhelming
overwrought owing own packed painful painted pale paranoid parked partial partisan passionate pasted patient paying
peaceful pending perfect perfected periodical permanent perplexing pert pertinent perverse petite phony picayune
picked pierced piercing pink pissed placid plaid plain planned plastic pleasant pleased plugged plunging pointed
pointy polished polite poor populist potential preceding precise preexisting preferred pregnant premature premier
premium preoccupied prepaid prepared present pressed pressing prevailing pricey prickly prima primary prime principal
printed prior pristine private pro probable processed produced profane professional profound profuse prolonged
prominent promising prompt pronounced proper proportionate proposed protected proud proved provoking proximate public
pumped punishing punjabi puny pure purple puzzled quack quaint qualified quarterly quick quiet quoted rabid racial
racist ragged raging rained rainy rallied rallying rambling rampant random rapid rare rash ratified raving raw ready
real rear reassuring rebel recalcitrant received recent recommended recondite recorded recovered recycled red
redefining reduced redundant refined refreshing registered regulated reigning rejected rejuvenating related relative
released relevant reluctant remaining remote removed renewed renowned rental repeated replaced replicate
representative reprobate republican requested required reserved resident resistant resolute resonant respected
resting restored restricted retarded revealing revitalising revitalizing revolving rewarding rheumatoid right
rightful ripe ritzy rival roaring robust rolling romantic roomy rosy rotted rotten rough round routine royal rubbish
rude rushing sacred sad saddening safe sage saintly salty same satisfactory satisfied satisfying saturated sauted
savvy scanty scarce scared scarlet scary scathing scattered scholarly scientific scorched scratched screeching
screened sealed seasoned seated secondary secret secure secured sedate seemly select selected selfish senior sensory
sentencing separate serene serial settled severe sexy shaded shady shallow shameful shared sharp sheer shining shiny
shocked shocking short shrill shut shy sick sickly significant silly silver simple simplified simulated sincere
single sinister skilled skinny skyrocketing slack sleek sleepy slender slick slight slim slimy slippery slipshod
sloping slow sly small smart smelly smiling smoked smooth smug snobbish soaked soaking soaring social socialist soft
sole solemn solid soluble solvent somber soon soothing sophisticated sordid sore sorry soundproof sour south
southeast southern southwest sovereign soviet spare sparkling sparkly sparse special specialized specific specified
speeding speedy spellbinding spicy spiked spirited splendid spotted sprawling sprightly spry squat squeamish stable
staggering stained stale stalwart standard stark startling starving stated stately statutory steadfast steady steamed
steaming steep stereotyped sterile stern stiff still stimulating stirred stirring stoked stout straight
straightforward strange stray strengthened strict striking stringent striped stripped strong stubborn stuffed stumped
stunned stupid sturdy stylish subdued sublime subordinate subpar subsequent subsidized substandard substantial subtle
suburban succinct sudden suggested super superb superficial superior supervisory supporting supreme sure surging
surly surprising surreal surrounding suspect suspected suspended sustained sweeping sweet swift symbolic taboo
talented tall tame tamed tantalizing targeted tarnished tart tasteful tawdry taxing teased teen teenage telling
temperate temporary tempting tender tense terminal terrific terrifying terrorist tertiary testy thick thin thirsty
thorny thoughtful threatened threatening thrilled thriving tidy tied tight timely tiny tired tiring together token
tolerant torpid touched touching tough tracked trained tranquil transparent trapped trembling trenchant trendy trial
trifling trimmed trite troubled troubling true trusting trying turned twisted twisting ugly ultimate ultra unabated
unappealing unassuming unattended unauthorized unbecoming unchallenged uncharted unchecked uncircumcised unconvincing
uncovered undecided under underage undercover undergraduate underground underhand underlying underneath
underprivileged undersized understood underwater underway underweight undisclosed undisputed undocumented undue
unemployed unending uneven unexpected unexplained unfair unfinished unfolding unforeseen unguarded unheard unified
uninsured uninterested uninterrupted uninvited unique united universal unknown unmarried unmatched unmet unnamed
unnerving unnoticed unopposed unpaid unparalleled unprecedented unrecognized unregulated unrelated unrelenting
unrequited unreserved unresolved unruly unseen unsettled unsettling unsightly unsold unspent unspoken unsupervised
unsuspecting untapped untested untold untouched unused unwanted unwarranted unwieldy upbeat updated uplifted
uplifting upper uppity upscale upstairs uptight urban urgent used useful usual utter uttermost vacant vagabond
vagrant vague vain valuable vanilla variable variant varied varying vast vengeful verdant verified versatile vexing
vibrant vigilant vile visionary volatile vulgar wanton warm warped wary washed wasteful watched watershed watery weak
weakened weary weathered weatherproof wee weekly weird western wet whiny white whole wholesale wicked wide widespread
wild willing wily windy wiry wise wistful womanly wooden woozy worn worried worthwhile wounded wrinkled wrong wrought
wry yearly yellow yellowed yielding young zany
`);

/** Cities and regions (compromise City, Region). */
export const DERIVED_PLACES: readonly string[] = [
  "aalborg", "aarhus", "abidjan", "abu dhabi", "accra", "addis ababa", "agartala", "ahmedabad", "aizawl",
  "al basrah al qadimah", "al mawsil al jadidah", "albuquerque", "aleppo", "algiers", "almaty", "amaravati", "amman",
  "amsterdam", "anaheim", "anapolis", "anchorage", "ancona", "ankara", "antwerp", "aqaba", "arlington", "ashdod",
  "ashgabat", "asuncion", "athens", "atlanta", "auckland", "baghdad", "bakersfield", "baku", "bandung", "bangalore",
  "bangkok", "banja luka", "baotou", "barcelona", "bari", "barranquilla", "basel", "basrah", "bayan nur", "beijing",
  "beirut", "belfast", "belgrade", "belo horizonte", "bengaluru", "benghazi", "bergen", "berlin", "bern", "bhopal",
  "bhubaneshwar", "birmingham", "bogota", "boston", "brasilia", "bratislava", "brazzaville", "brisbane", "bristol",
  "brussels", "bucharest", "budapest", "buenos aires", "burgas", "bursa", "busan", "butuan", "cagliari", "cairo",
  "calgary", "camayenne", "canberra", "cancun", "cape town", "caracas", "cardiff", "catania", "cebu", "changchun",
  "changsha", "changzhou", "chattogram", "chengdu", "chengzhong", "chennai", "chiang mai", "chicago", "chittagong",
  "chongqing", "christchurch", "cleveland", "cologne", "colombo", "conakry", "constanta", "copenhagen", "cordoba",
  "cork", "craiova", "curitiba", "dadonghai", "daegu", "daejeon", "dakar", "dalian", "dallas", "damascus",
  "dar es salaam", "daugavpils", "dehradun", "delhi", "denver", "detroit", "dhaka", "dispur", "doha", "dongguan",
  "dortmund", "dresden", "dubai", "dublin", "duesseldorf", "dunkirk", "durban", "dushanbe", "edinburgh", "edmonton",
  "eindhoven", "el paso", "faisalabad", "fes", "fort worth", "fortaleza", "foshan", "frankfurt", "fresno",
  "fukuyama", "galway", "gandhinagar", "gangtok", "gaza", "gdansk", "geneva", "genoa", "ghent", "giza", "glasgow",
  "gold coast", "gothenburg", "graz", "guadalajara", "guadalupe", "guangzhou", "guayaquil", "gujrat", "haifa",
  "halifax", "hamburg", "hangzhou", "hannover", "hanoi", "harbin", "havana", "hefei", "helsinki", "heraklion",
  "ho chi minh", "homs", "honolulu", "hyderabad", "ibadan", "imphal", "incheon", "indianapolis", "indore", "irkutsk",
  "isfahan", "islamabad", "islington", "istanbul", "itanagar", "izmir", "iztapalapa", "jaipur", "jakarta", "jeddah",
  "jerusalem", "jilin", "jinan", "johannesburg", "kabul", "kaduna", "kallakurichi", "kampala", "kandahar", "kandy",
  "kano", "kanpur", "kaohsiung", "karachi", "karaj", "kaunas", "kawaguchi", "kharkiv", "khartoum", "kiev",
  "kingston", "kinshasa", "kirkuk", "klaipeda", "kohima", "kolkata", "kopavogur", "kosice", "kowloon", "krakow",
  "kuala lumpur", "kunming", "kunshan", "kyiv", "kyoto", "la paz", "la plata", "lagos", "lahore", "lanzhou",
  "lausanne", "le mans", "leicester", "leipzig", "libreville", "liege", "lima", "limassol", "linz", "lisbon",
  "liverpool", "london", "long beach", "los angeles", "luanda", "lucknow", "ludhiana", "lviv", "lyon", "macau",
  "madrid", "makassar", "malmo", "manaus", "manchester", "mandalay", "manila", "maracaibo", "maracay", "maribor",
  "marrakesh", "marseille", "mashhad", "mecca", "medan", "medellin", "medina", "melbourne", "memphis", "mendoza",
  "messina", "miami", "milan", "milwaukee", "minsk", "miskolc", "mississauga", "mogadishu", "montevideo",
  "montpellier", "montreal", "moscow", "mosul", "mumbai", "munich", "muscat", "nagano", "nagasaki", "nagoya",
  "nagpur", "nairobi", "nanchang", "nanchong", "nanjing", "nantes", "nantong", "naples", "nashville", "navan",
  "new delhi", "new orleans", "new taipei", "newcastle", "ningbo", "novosibirsk", "nyc", "oakland", "odessa", "omsk",
  "oran", "ordos", "osaka", "oslo", "ottawa", "padua", "palermo", "panaji", "paris", "patna", "patras", "peking",
  "petah tikva", "philadelphia", "phnom penh", "phoenix", "pilsen", "piraeus", "pittsburgh", "port au prince",
  "port elizabeth", "port said", "portland", "porto", "poznan", "prague", "prato", "pretoria", "puebla", "puyang",
  "pyongyang", "qingdao", "quezon", "quito", "rabat", "raipur", "raleigh", "ranchi", "rawalpindi", "recife", "reims",
  "rennes", "reykjavik", "riga", "rio", "rio de janeiro", "riyadh", "rome", "rotterdam", "sacramento", "saint louis",
  "saint petersburg", "salem", "salt lake city", "salzburg", "san antonio", "san diego", "san francisco", "san jose",
  "san juan", "san pedro", "san salvador", "sanaa", "santa ana", "santa fe", "santa marta", "santo domingo",
  "sao paulo", "sapporo", "sarajevo", "seattle", "seoul", "seville", "shanghai", "shantou", "sheffield", "shenyang",
  "shenzhen", "shijiazhuang", "shillong", "shimla", "shiyan", "skopje", "soweto", "staten island", "stockholm",
  "strasbourg", "stuttgart", "surabaya", "surat", "suzhou", "tabriz", "taian", "taichung", "tainan", "taipei",
  "taiyuan", "tallinn", "tampere", "tangier", "tangshan", "tartu", "tashkent", "tbilisi", "tegucigalpa", "tehran",
  "tel aviv", "the hague", "thessaloniki", "tianjin", "tianshui", "tijuana", "tilburg", "timisoara", "tirana",
  "tokyo", "tomsk", "toronto", "toulon", "toulouse", "trieste", "tripoli", "trondheim", "tulsa", "tunis", "turin",
  "turku", "ulan bator", "urumqi", "utrecht", "valencia", "vancouver", "varna", "vaughn", "venice", "verona",
  "versailles", "vienna", "vilnius", "vladivostok", "volgograd", "warsaw", "wellington", "wexford", "wichita",
  "wicklow", "windhoek", "windsor", "winnipeg", "winterthur", "wroclaw", "wuhan", "wuxi", "wuzhou", "xiamen", "xian",
  "xinyang", "yangon", "yekaterinburg", "yerevan", "yokohama", "yunfu", "zagreb", "zanzibar", "zhangzhou",
  "zhengzhou", "zhongshan", "zibo", "zurich", "adygea", "aguascalientes", "alabama", "alaska", "alberta", "altai",
  "andhra pradesh", "arizona", "arkansas", "arunachal pradesh", "assam", "bahia", "baja california", "balkaria",
  "bashkortostan", "basque", "bavaria", "bihar", "bremen", "british columbia", "buckinghamshire", "buryatia",
  "california", "cambridgeshire", "campeche", "ceara", "chechnya", "cherkessia", "chhattisgarh", "chiapas",
  "chihuahua", "chuvashia", "coahuila", "colima", "colorado", "connecticut", "corsica", "coventry", "crimea",
  "cumbria", "dagestan", "delaware", "derbyshire", "dorset", "durango", "essex", "florida", "fujian", "gansu",
  "georgia", "gloucestershire", "goa", "guanajuato", "guangdong", "guizhou", "gujarat", "hampshire", "haryana",
  "hawaii", "hertfordshire", "hidalgo", "himachal pradesh", "hunan", "idaho", "illinois", "indiana", "ingushetia",
  "iowa", "jalisco", "jharkhand", "jiangxi", "kabardino", "kalmykia", "kansas", "karachay", "karelia", "karnataka",
  "kedah", "kelantan", "kentucky", "kerala", "khakassia", "khulna", "komi", "lancashire", "leeds", "leicestershire",
  "lincolnshire", "louisiana", "madhya pradesh", "maharashtra", "maine", "malacca", "manipur", "manitoba",
  "maranhao", "mari el", "maryland", "massachusetts", "meghalaya", "michigan", "michoacan", "midlands",
  "minas gerais", "minnesota", "mississippi", "missouri", "mizoram", "montana", "mordovia", "morelos", "nagaland",
  "nayarit", "nebraska", "nevada", "new brunswick", "new hampshire", "new jersey", "new mexico", "new york",
  "new york state", "newfoundland", "newfoundland and labrador", "norfolk", "normandy", "north carolina",
  "north dakota", "north yorkshire", "northamptonshire", "nottinghamshire", "nova scotia", "nuevo leon", "nunavut",
  "oaxaca", "odisha", "ohio", "oklahoma", "ontario", "oregon", "ossetia", "oxfordshire", "pahang", "para", "parana",
  "pei", "penang", "pennsylvania", "perak", "pernambuco", "prince edward island", "punjab", "qinghai", "quebec",
  "queensland", "queretaro", "quintana roo", "rajasthan", "rajshahi", "rangpur", "rhode island", "san luis potosi",
  "santa catarina", "sarawak", "saskatchewan", "saxony", "selangor", "siberia", "sichuan", "sicily", "sikkim",
  "sinaloa", "somerset", "sonora", "south carolina", "south dakota", "staffordshire", "suffolk", "surrey", "sussex",
  "sylhet", "tabasco", "tamaulipas", "tamil nadu", "tasmania", "tatarstan", "telangana", "tennessee", "texas",
  "tlaxcala", "tripura", "tuscany", "tuva", "udmurtia", "utah", "uttar pradesh", "uttarakhand", "veracruz",
  "vermont", "warwickshire", "washington", "washington dc", "west bengal", "west virginia", "wisconsin", "wyoming",
  "yakutia", "yorkshire", "yucatan", "yukon", "zacatecas",
];

/** Countries (compromise Country). */
export const DERIVED_COUNTRIES: readonly string[] = [
  "afghanistan", "albania", "algeria", "america", "andorra", "angola", "anguilla", "antarctica",
  "antigua and barbuda", "argentina", "armenia", "aruba", "australia", "austria", "azerbaijan", "bahamas", "bahrain",
  "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bermuda", "bhutan", "bolivia", "bonaire",
  "bosnia and herzegovina", "botswana", "bouvet island", "brazil", "british virgin islands", "brunei", "bulgaria",
  "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "cape verde", "cayman islands",
  "central african republic", "chile", "china", "christmas island", "cocos islands", "colombia", "comoros",
  "congo brazzaville", "cook islands", "costa rica", "cote de ivoire", "croatia", "cuba", "curacao", "cyprus",
  "czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic", "dr congo", "east timor",
  "ecuador", "egypt", "el salvador", "england", "equatorial guinea", "eritrea", "estonia", "ethiopia",
  "falkland islands", "faroe islands", "fiji", "finland", "france", "french guiana", "french polynesia", "gabon",
  "gambia", "germany", "ghana", "gibraltar", "greece", "greenland", "grenada", "guadeloupe", "guam", "guatemala",
  "guernsey", "guinea", "guinea bissau", "guyana", "haiti", "honduras", "hong kong", "hungary", "iceland", "india",
  "indonesia", "iran", "iraq", "ireland", "isle of man", "israel", "italy", "ivory coast", "jamaica", "japan",
  "jersey", "kazakhstan", "keeling islands", "kenya", "kiribati", "korea", "kosovo", "kuwait", "kyrgyzstan",
  "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "macao",
  "macedonia", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "marshall islands", "martinique",
  "mauritania", "mauritius", "mayotte", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
  "montserrat", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "new zealand",
  "nicaragua", "niger", "nigeria", "niue", "norfolk island", "north korea", "northern mariana islands", "norway",
  "oman", "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "pitcairn islands",
  "poland", "portugal", "puerto rico", "qatar", "republic of ireland", "romania", "russia", "rwanda", "saint helena",
  "saint lucia", "saint martin", "samoa", "san marino", "saudi arabia", "scotland", "senegal", "serbia",
  "seychelles", "sierra leone", "singapore", "sint maarten", "slovakia", "slovenia", "solomon islands", "somalia",
  "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "swaziland", "sweden",
  "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "timor leste", "togo", "tokelau", "tonga",
  "trinidad and tobago", "trinidad tobago", "tunisia", "turkey", "turkmenistan", "turks and caicos islands",
  "tuvalu", "uganda", "ukraine", "united arab emirates", "united kingdom", "united states",
  "united states of america", "uruguay", "us virgin islands", "usa", "ussr", "uzbekistan", "vanuatu", "vatican city",
  "venezuela", "vietnam", "wales", "wallis and futuna", "yemen", "zambia", "zimbabwe",
];

/** Sports teams (compromise SportsTeam). */
export const DERIVED_TEAMS: readonly string[] = [
  "arizona cardinals", "arizona diamondbacks", "aston villa", "astros", "atlanta braves", "atlanta falcons",
  "atlanta hawks", "baltimore orioles", "baltimore ravens", "blackburn rovers", "boston celtics", "boston red sox",
  "brooklyn nets", "buffalo bills", "cardiff city", "carolina panthers", "celtics", "charlotte hornets",
  "chicago bears", "chicago bulls", "chicago cubs", "chicago fire", "chicago white sox", "cincinnati bengals",
  "cincinnati reds", "cleveland browns", "cleveland cavaliers", "cleveland guardians", "cleveland indians",
  "colorado rapids", "colorado rockies", "columbus crew sc", "dallas cowboys", "dallas mavericks", "denver broncos",
  "denver nuggets", "detroit lions", "detroit pistons", "detroit tigers", "diamondbacks", "dodgers", "fc dallas",
  "golden state warriors", "green bay packers", "houston astros", "houston dynamo", "houston rockets",
  "houston texans", "indiana pacers", "indianapolis colts", "jacksonville jaguars", "kansas city chiefs",
  "kansas city royals", "knicks", "la galaxy", "lakers", "leicester city", "los angeles clippers",
  "los angeles dodgers", "los angeles lakers", "manchester city", "memphis grizzlies", "mets", "miami dolphins",
  "miami heat", "miami marlins", "milwaukee brewers", "milwaukee bucks", "minnesota timberwolves", "minnesota twins",
  "minnesota vikings", "montreal impact", "new england patriots", "new england revolution", "new orleans pelicans",
  "new orleans saints", "new york giants", "new york jets", "new york knicks", "new york mets", "new york red bulls",
  "new york yankees", "oakland athletics", "oakland raiders", "oklahoma city thunder", "orlando magic", "padres",
  "philadelphia eagles", "philadelphia phillies", "philadelphia union", "phillies", "phoenix suns",
  "pittsburgh pirates", "pittsburgh steelers", "portland timbers", "portland trail blazers", "queens park rangers",
  "real salt lake", "sacramento kings", "san antonio spurs", "san diego chargers", "san diego padres",
  "san francisco giants", "san jose earthquakes", "seattle mariners", "seattle seahawks", "seattle sounders",
  "sporting kansas city", "st louis cardinals", "st louis rams", "stoke city", "tampa bay buccaneers",
  "tampa bay rays", "tennessee titans", "texas rangers", "toronto blue jays", "toronto raptors", "tottenham hotspur",
  "utah jazz", "vancouver whitecaps", "washington nationals", "washington redskins", "washington wizards",
  "white sox", "yankees",
];

/** Organisations (compromise Organization). */
export const DERIVED_ORGANIZATIONS: readonly string[] = [
  "abba", "academy of sciences", "acer", "activision", "activision blizzard", "adidas", "aerosmith", "airbnb",
  "al jazeera", "al qaeda", "alcatel", "alcatel lucent", "altair", "american express", "amtrak", "anheuser busch",
  "apple computers", "applebees", "arbys", "argos", "armco", "ashland oil", "associated press", "at&t",
  "audi", "autodesk", "avis", "avon", "ayer", "bacardi", "baidu", "banana republic", "basf", "baskin robbins",
  "baxter", "bayer", "bechtel", "bee gees", "ben & jerry", "ben & jerry's", "berkshire hathaway", "bf goodrich",
  "bfgoodrich", "black & decker", "blockbuster video", "bloomingdale", "blue cross", "boeing", "bombardier",
  "boston globe", "boston pizza", "brexiteers", "cadbury", "cadillac", "capital one", "carls jr", "chevron", "chevy",
  "chick fil a", "china daily", "cisco", "cisco systems", "citigroup", "cloudflare", "coca cola", "coco chanel",
  "coinbase", "coldplay", "colgate", "comcast", "compaq", "coors", "costco", "craigslist",
  "creedence clearwater revival", "crossrail", "daimler", "def leppard", "dell", "depeche mode", "der spiegel", "destiny child", "destiny's child", "disney", "dow jones", "dunkin donuts", "dupont", "duran duran",
  "ebay", "eurosceptics", "exxon mobil", "exxonmobil", "facebook", "fannie mae", "fc barcelona", "fedex", "fiat",
  "fifa", "financial times", "firestone", "fleetwood mac", "ford", "foxcon", "frito lay", "general electric",
  "general motors", "github", "glaxo smith kline", "glencore", "goldman sachs", "goodyear", "google", "green day",
  "gucci", "guns n roses", "h & m", "halliburton", "hasbro", "hewlett packard", "hitachi", "hizbollah", "home depot",
  "honda", "hsbc", "hyundai", "ihop", "ikea", "intel", "interpol", "jiffy lube", "johnson & johnson", "joy division",
  "jpmorgan", "jpmorgan chase", "katv", "kmart", "kodak", "la presse", "la z boy", "labour party", "le oreal",
  "lenovo", "lexis", "lexmark", "lexus", "little caesars", "macs milk", "mattel", "mazda", "mcdonalds", "medicaid",
  "medicare", "mercedes benz", "metallica", "michelin", "microsoft", "mitas", "mitsubishi", "mobil", "monsanto",
  "moody blues", "motel 6", "motley crue", "motorola", "myspace", "nandos", "nasa", "nascar", "nasdaq",
  "national academy of sciences", "nato", "natwest", "nestle", "netflix", "new kids on the block", "new york times",
  "newsweek", "nike", "nintendo", "nissan", "nivea", "nokia", "notre dame", "novartis", "nvidia", "old navy", "opec",
  "orange julius", "oxfam", "palantir", "pan am", "panasonic", "panda express", "paypal", "pepsi", "pepsico",
  "petrobras", "petrochina", "petronas", "peugeot", "pfizer", "philip morris", "philips", "pink floyd", "pizza hut",
  "premier league", "premier oil", "procter & gamble", "prudential", "quantas", "quiznos", "radiohead",
  "readers digest", "real madrid", "red bull", "red cross", "red hot chili peppers", "red lobster", "remax",
  "revlon", "roman empire", "royal bank", "royal dutch shell", "ryanair", "safeway", "sainsburys", "salesforce",
  "samsung", "scientology", "seagate", "sears", "sex pistols", "siemens", "smirnoff", "sony", "soundgarden",
  "spice girls", "squarespace", "starbucks", "statoil", "subaru", "t mobile", "taco bell", "td bank", "telefonica",
  "telus", "tencent", "tesco", "tesla motors", "texas instruments", "tgi fridays", "the beach boys", "the beatles",
  "the black eyed peas", "the byrds", "the carpenters", "the daily mail", "the guess who", "the hollies",
  "the smashing pumpkins", "the supremes", "the who", "thin lizzy", "tim hortons", "toshiba", "toyota", "toys r us",
  "twitter", "uber", "ukip", "unesco", "unilever", "united nations", "usa today", "usps", "van halen",
  "verizon", "visa", "vodafone", "volkswagen", "volvo", "walgreens", "wall street journal", "walmart", "warner bros",
  "wells fargo", "westfield", "westinghouse", "wikileaks", "wikipedia", "world trade organization", "xiaomi",
  "yamaha", "ymca", "yougov", "youtube", "ywca",
];

/** Common English nouns (compromise Singular, Plural, Uncountable): "Technology", "Relations" alone are not names. */
export const DERIVED_COMMON_NOUNS: ReadonlySet<string> = words(`
abandonings abuse abuses academics accent accents access accesses accident accidents accord accords accountants
accountings accrual accruals ace aces acetate acetates acid acoustics acquaintances acquittal acquittals acrobats act
actings activists actors actresses acts addenda addendum addicts address addresses adjective adjectives
administrators admirals adolescents adults advantage advantages adventurers advertisings advice advisors advocate
advocates aerobics aerodynamics aeronautics affiliates afghans africans agents agings aid aids aim aims air aircraft
airs albanians alerts alfredo alfredoes alga algae algerians alien aliens allergies allergy allies ally alma almas
alternatives alumna alumnae alumni alumnus amends americans amnesty analysis analysts anarchists ancestors anchor
anchors anecdote anecdotes anger angers angolans animators anise announcers anomalies anomaly answer answers
antarctics antenna antennae antidote antidotes anybodies anyone anything apostles apparitions appendices appendix
appetite appetites apprentices approachings arabs arc arch archbishops arches architects archive archives arctics
argentines arguings aristocrats arithmetic armenians armour armours array arrays arsenal arsenals arsenic art
artisans artists arts ascent ascents asians ask asks aspect aspects aspirin assist assistants assists assumings
astronauts astronomers athiests athletes athletics attack attacks attempt attempts attendants attic attics attorneys
attractings auction auctions aunties aunts aussies australians austrians authors autocrats autopsies autopsy avocado
avocados axes axis ayatullahs babies babysittings bacilli bacillus back backings backs baggage bail bails baker
bakers bakings ban band bands bang bangladeshis bangs bank bankers banking bankings banks bankses bans bar barbers
bargain bargains barge barges bark barks baronesses barons barracks barrier barriers bars bartenders bash bashes bass
battlings bean beans bear bears beat beatboxers beats beau beaux beef beefs beginnings beingses belarusians belgians
bellies belly belongings belt belts bend bends benedict benedicts benefit benefits berg bergs bet bets bettings
bicyclists bid bids bike bikes bill billiards bills biopic biopics biopsies biopsy bishops bison bit bitchings bite
bites bitings bits blame blames blemish blemishes blend blends blessings blink blinks blitz blitzes bloatings block
blocks bloggers blood blur blurs board boards boast boasts boatings bodies body bog bogs bohemians bolivians bombings
bond bonds bone bones boogeymans book bookings bookkeepings books boost boosts boot boots border borders borough
boroughs bos bosnians bottle bottles bottoms bourgeoises bowl bowling bowls box boxes boycott boycotts boyfriends
boys branch branches brandies brandings brandy brazilians breach breaches bread breadth break breakfast breakfasts
breaks breakthrough breakthroughs breathings breed breeds bribe bribes brick bricklayers bricks brides bridge bridges
briefs brigadiers brits broadcast broadcastings broadcasts brokers brook bros brothers brush brushes brutes bubble
bubbles buckle buckles buddhists budget budgetings budgets buds buffer buffers builders buildings bulgarians
bullyings bump bumps bunnies bunny bunting burden burdens burglaries burglars burglary burial burials burn burns
burpings bus buses businessmans businesspersons businesswomans bust busts butchers butter butterflies butterfly buzz
buzzes bypass bypasses cacti cactus cad cadets cahier cahiers cake cakes californians call calls calorie calories cam
cambodians cameroonians campings cams canadians canal canals canaries canary cane canes cannibal cannibals canoe
canoes canton cantons cap capital capitals caps captains capture captures car carbohydrate carbohydrates card cards
carers caretakers carpenters carrier carriers cars carvings cash cashes cashiers cast castings casts catalog catalogs
catch catches caterings caterpillar caterpillars cathedral cathedrals caucus caucuses cause causes caution cautions
cave caves cca ceiling ceilings celcius celebratings celebrities cellar cellars center centers centre centres ceos
cereal cereals certificate certificates cfos chadians chain chains chair chairmans chairs chairwomans chambers
chamberses champions chancellors chandelier chandeliers channel channels chantings chaos chaplains characteristic
characteristics characters charities charity chart charts chateau chateaux chattings chauffeurs cheat cheats check
checks cheer cheerings cheerleaders cheers cheese chefs cheque cheques chewing chicken chickens chiefs children
chileans chin chineses chins chip chips chocolate chocolates christian christians chrysanthemum chrysanthemums chums
circle circles circus circuses cities citizenses city civics claim claims clappings classics claw claws cleaners
cleanings clearings clergies clergy clerics clerks click clicks client clients cliff cliffs climbings clinic clinics
clip clips clonings cloth clothes clothings cloths cloud clouds clowns clubbings coachings coal coatings codings
coefficient coefficients coin coins coke cokes col colic colics collapse collapses collar collars colleagues
collectings colombians colonels color colorings colors columnists combat combats comedians comics commanders comment
commentary commenters comments commercials commissioners commit commits communicatings communique communiques
communists commute commutes companions complainings complement complements complexes composers composings compound
compounds comrades concretes conductings confidantes confidants confusion conglomerate conglomerates congoleses
congressmans congresswomans conscripts consent consents conservatories conservatory constables constituents
constructings consulate consulates consultants consultings contact contacts contemporaries contenders contents
contributors controllers convert convertables converts convincings cookie cookies cookings cooperatives coordinate
coordinates coordinators copier copiers copies copings copy coral core cores corp corpora corporals corpus corral
corrals cost costs cottage cottages cotton cough coughs councillors counsel counsels count countesses counts couple
couples couriers court courts couscous cousin cousins coverings cowboys coworkers coyote coyotes crack cracks
craftings crash crashes crawlings creators credit credits creep creeps cries crises crisis criteria criterion critics
croatians croats crop crops cross crosses crossings crowd crowds crucible crucibles crudes cry cryings crystal
crystals cubans cube cubes cue cues cunnings cup cups curators curb curbs curlings currency curricula curriculum
curve curves customers cut cuts cyclings czeches dab dabs daddies dads daisies daisy dancers dancings danes
daredevils darks darlings dart darts database databases datings daughters dawn dawns deacons deal dealers deals dean
deans death deathbed deathbeds deaths debatings debut debuts decal decals decimal decimals decoratings decorators
deer defeat defeats defect defects defencemans deferral deferrals deities deja dejas delegatings deliverings demise
demographics denial denials denizens deposit deposits deputees deputies derivatives descendants desert deserters
deserts design designers designs desire desires detectives deterrent deterrents developers developings diabetes
diagnosis dialect dialects dice dick dickens dicks dictators dieticians dietitians digest digests dignitaries
dignitary dinner dinners dip diplomats dips directings directors discharge discharges discontent discontents
discoverings disguise disguises dish dishes dishonesty disincentive disincentives dislike dislikes dispatch
dispatches display displays disposition dispositions dispute disputes disrepute district districts ditch ditches
divas divide dividend dividends divides divings divorce divorces dixie dixies djs dock docks doctorate doctorates
doctors document documentaries documentary documents dodge dodges doggies doggy doilies doily dollies dolly
dominicans door doors dope dorks dossier dossiers doubtings download downloads downside downsides downstairs draft
drafts drag dragonflies dragonfly drags draughts drawings dreamings dress dresses dressings dribblings drier driers
drifters drill drills drinkings drip drips drivers drivings drone drones drop drops dub dubs dudes duel duels
dumpings duplicate duplicates dutches dutchesses dwellers dwellings dye dyes dynasty earl earls earnings earth
eatings echo echoes economics economies economists economy ecuadorians eddies eddy edge edges editors educatings
education effect effects effigies effigy egg eggs egyptians elders electorate electorates electricians electricity
electronics elites embargo embargoes embassies embassy emcees emir emiratis emirs emperors employees employers
enchantings encounter encounters end endings ends enemies energies energy engineerings englishmans enjoyment
enterprise enterprises entertainment entrepreneurs envies environmentalists envy epics epidemic epidemics epoch
epochs equipment estate estates estimate estimates estonians ethic ethics ethiopians eula eulas europeans eve evening
evenings event events everybody everyone everything eves examiners example examples excel excellencies excels
excesses exchange exchanges excuse excuses executives exemplar exemplars exercisings exhibit exhibits exiles
existence experiment experiments expertise experts explorings export exports extent extents extract extracts eye
eyeball eyeballs eyelid eyelids eyes fabric fabrics face faces fairs faith faiths fall falls families family fannies
fanny farm farmers farmings farms fascinatings fate fathers fats favorites favour favourites favours feature features
feed feeds feel feelings feels feet fellas fellows females feminists fence fences fencings fern ferns fetish fetishes
fiances fiction field fields fieldses fiend fiends fight fighters fightings fights figure figures file files filings
filipinos fillings film filmmakers films filter filters financiers financings findings fines finish finishes finn
finns fire firefighters fireflies firefly firemans fires fish fishes fishings fit fits fitters flag flags flake
flakes flame flames flare flares flash flashes flesh fleshes flies flip flips flirtings flo flock flocks floodings
flos flour fluids flute flutes fly foes fog fogs foil foils fold folds follies folly food foot force forces forebears
forecast forecastings forecasts foremans forerunners foresters forgiveness form formattings forms formula formulae
forward forwards fourier foursome foursomes fowl fragme fragmes franchise franchises freelancers frenches friends
fries frigate frigates frontier frontiers frostings frown frowns fry fuck fucks fuel fuels fugitives function
functions fundings funeral funerals fungi fungus furniture fuss fusses futures fuzz fuzzes gadflies gadfly gag gags
gail gails gain gains gal gambians gamblers game games gang gangs gardeners gardenings garlic garlics garnish
garnishes gas gases gate gates gatherings gaze gazes gear gears geese geishas gelatin gelatins gene genera generals
generatings genes genetics geniouses geniuses gentlemans genus georgians germans ghanaians ghosts ghostwriters gill
gills girlfriends girls glacier glaciers gladiators glidings gloss glosses glow glows glue glues gluten glycerin
goalies goalkeepers goaltenders goddesses gods golds golf golfers goose gore gossip gossips grade grades graduates
granaries granary grandchilds granddaughters grandfathers grandmas grandmothers grandparents grandpas grandsons
granite grannies granny graphics grasp grasps grass graves greed greeks greens greetings grenadier grenadiers grid
grids grievings grind grinds grooms ground grounds growth growths grumble grumbles guarantee guarantees guatemalans
guess guesses guests guidings gullies gully gulp gulps gum gun guns gurus guy guys gymnastics gypsies gypsy hack
hacks hair hairdressers hairstylists haitians halibut hall halls halo halos halves ham hams hand handful handfuls
handlings hands happiness harbour harbours harness harnesses harrowings harvestings hash hashes hashish haste hatch
hatches hate hates haunt haunts haven havens haze hazel hazels hazes head headphone headphones headquarters heads
heat heatings heats heaven heavens hedge hedges heirs heist heists help helps herb herbs here hermits heroes heroines
highlight highlights highrise highrises hikings hill hills hindis hint hints hippopotami hippopotamus hirings
historians history hit hits hobbies hobos hockey hold holdings holds hole holes hollies holly home homelesses homes
homework hondurans honesty honey honor honors honour honours hooky hop hope hopes hops hormone hormones horse
horseradish horses hospital hospitality hospitals hostages hostesses hosts hotbed hotbeds house housekeepers houses
howlings hug hugs humanitarians humans humdrums hungarians hunger hunt hunter hunters huntings hunts husbands hussies
hussy hygienists ice icelandics icings icons ideals idols ignorance illustratings illustrators imaginings immigrants
impact impacts impatience implement implements implodings importance impressionists improv incels incentive
incentives inch inches incident incidents incline inclines incumbents index indians indices indiceses individuals
indonesians infants influence influences information inhabitants inhale inhales initiative initiatives ink inks
inning innings innocents innovatings innovators insect insects insert inserts inspectings inspectors installers
instants instigators institute institutes instructors intellect intellects intent intents interactings interface
interfaces interims internet interstate interviewings inventings inventors invertebrate invertebrates investigators
invoice invoices iranians iraqis irishmans iron ironings irons israelis issue issues italians ivorians jade jades jam
jamaicans jams japaneses jasmine jasmines jay jays jazz jazzes jean jeans jellies jelly jellyfish jesters jewel
jewelry jewels joggers joggings joke jokes jolie jolies jordanians journal journalists journals joy joys judgings
jugglers jugglings juice juices jump jumps jupiter justices justifyings juveniles karate kazakhs keel keels kelvin
kenyans key keynote keynotes keys kick kickings kicks kid kids killings kindergarten king kings kins kinsmans
kinswomans kiss kisses kitten kittens kitties kitty kneadings knickers knittings knock knocks knowledge koreans
kuwaitis label labels labor laboratories laboratory laborers labors labour labours lace laces ladies lads landings
landlords lane lanes laos lap laps larva larvae lasses latch latches latters latvians laugh laughings laughs laughter
launch launches laureates lawyers layer layers laymans leach leaches leaders leaf leak leaks leap leaps learnings
leasings leather leaves lebaneses lecture lectures leech leeches legend legends leisure leo leos less level levels
levies levy liberals liberians libretti libretto libyans lice licensings lick licks lie lies lieutenants liftings
lightning lilies lily lime limes limitings line lines linguistics link links lipid lipids liquids listenings listings
literature lithuanians liver load loads loaf loan loans loaves lobbies lobby lock locks lodgings log logic logistics
logs look looks loot loots lords losers lovers luck luddite luddites luggage lump lumps lunch lunches lushes lust
lusts lyings macedonians machinery magic magicians magistrates magnate magnates mail mails maintainings majesty
makers malagasies malaysians males mammal mammals managers mandate mandates mandible mandibles maniacs manifestings
manner manners manoeuvre manoeuvres manufacturings map maps marines marketings mars marsupial marsupials martyrs mash
mashes mask masks master masters mat match matches material materials mates mathematics matriarches matrices matrix
mats matses matter matters max maya mayas mayflies mayfly mayors meanings measles measure measures meat mechanics
medal medals media medians medic medics meditatings meetings melancholy melodies melody memoranda memorandum men
mention mentions mentors menu menus merchandise merchants merge merges merit merits mess messagings messes metal
metallurgy metals metier metiers metrics mexicans mic mice mics miles militaries military milk milks mimes mind minds
mineral minerals miniatures minings minions ministers mirror mirrors mischief mischiefs misfits miss misses missive
missives missuses mistake mistakes misters mitten mittens mix mixes mobiles mock mocks modelings moderators
modernists moduli modulus moguls mold molds mommies moms monarches money mongolians monitorings monkey monkeys monks
monogamy monopolies monopoly moose mop moped mopeds mops morals morning mornings moroccans mortals mosque mosques
mosquito mosquitoes mothers motive motives mould moulds mouse mouth mouths move moves movie movies mph mps mummies
mumps mums mural murals murder murders music musicians mystics naggings name names namibians nannies narcotic
narcotics narrative narratives narrators nat natives nats navigatings nebula nebulae negotiatings neices neighbors
nemeses nephews neptune net nets networkings neuroses neurosis news newton newtons nicaraguans nieces nigerians
nigeriens nite nites nitrate nitrates noblemans noblewomans nobodies nod nods nomads norm norms norwegians notaries
notary note notes nothing nothings notice notices novels novices nowadays nuclei nucleus number numbers nuns
nurserymans nursings nutella nutses oatmeal oatmeals object objective objectives objects obstetrics occupants
occupier occupiers ocean oceans octopi octopus offensives offerings officers officials offsprings oil oils olive
olives omanis ones ooze oozes openings opera operatings operators opiate opiates opposites optimists optometrists
opus oracles orbit orbits ordeal ordeals order orders organisings organizers organizings orient orients originators
orphans others otherses outcasts outlaws outline outlines outspoken outspokens ova ovals oven ovens overcomings
overcrowding overpass overpasses overtime overtimes overview overviews ovulatings ovum owner owners oxen oxygen pack
packagings packs paddies paddy page pages painters paintings pair pairs paise paises pakistanis palestinians pals pan
panamanians panellists panic panics panoplies panoply pans panties pants paradise paradises paraguayans parallels
parentals parentheses parenthesis parents pariahs parish parishes parkings part partners parts partyings pass passes
paste pastes pastors pasts patch patches pate patent patents pates pathogen pathogens patience patients patriarches
patriots patrons patsies patsy pause pauses pawns pay pays peace peacekeepings peak peaks peanut peanuts pearl pearls
pedal pedals pedestal pedestals pee peel peels peer peers pees pen pencil pencils penny pens people percentage
percentages performers perfume perfumes periodicals permit permits perspective perspectives peruvians pessimists pet
petal petals petrol pets peyote peyotes phantoms pharmacists phase phases phenomena phenomenon philippines
philosophers phone phones photocopier photocopiers photograph photographers photographs phrases physicians physics
pick picks picnic picnics pie pier piers pies pig piggies piggy pigs pile piles pilgrims pilots pin pine pines pins
pioneers pipe pipes pit pities pits pity pivot pivots place places planners plannings plant plants plaque plaques
plastics plate plates play players playings playmates plays playwrights plce plces plead pleads plebiscite
plebiscites plug plugs plumbers plump plumps pluto podcasters poets point points poisonings pol police policemans
politicians politics poll pollen polls pols polygamy pool pools poop poops pop poppies poppy pops populations pore
pores pork pornstars portal portals portugueses pose poses positionings post posts potentials potter potters pound
pounds power powers practice practices practitioners praise praises pranksters prayings preachers preamble prediction
predictions premia premiers premise premises preposition prepositions prerogative prerogatives presense preserve
preserves presidents press presses pressure pretendings pretense prey preys price prices pride prides priestesses
priests princes princesses principals print printings prints prisoners probe probes problem problems proceed proceeds
processings prodigies producers professionals professors profile profiles progenies progenitors prognoses prognosis
program programme programmers programmes programs progress progresses project projects prop prophets props pros
prospect prospectors prospects prostate prostates prostitutes protest protests prune prunes psych psyches
psychologists publishings pudding puddings punch punches punks pupils puppies puppy purchase purchases purpose
purposes push pushes pussies pussy putty pyramid pyramids qataris quarterbacks queens questionings quiver quivers
quiz quizzes quotient quotients rabbis rabies race races racists rack racks radicals radii radius raise raises rake
rakes range ranges rank ranks rant rants rape rapes rappers rappings rashes rat ratings rats raven ravens ray rays
reach reaches readings realists rears reasonings rebate rebates rebels rebuttal rebuttals recall recalls
receptionists recipient recipients recital recitals recluses recognition recordings records recreation recruiters
recruits recyclings redo redoes reed reeds reel reels refactor refactors reference references referenda referendum
referent referents referral referrals reform reformer reformers reforms refugees refund refunds refuse refuses regard
regards regret regrets rehearsings reins relatives relaxation relaxings relish relishes remake remakes remark remarks
remedies remedy renderings rendezvous rendezvouses rent rentals rents reorder reorders repair repairs repeal repeals
replies reply reporters reportings representatives republic republicans republics rerun reruns research researchers
residents resolve resolves resort resorts respite respites respondings restart restarts restructruings restructurings
result results resume resumes return returns reverends reverse reverses review reviews revolutionaries rex rexes
rhetoric rhetorics rhyme rhymes rice rickets ridings ring rings riot riots rip rips rise rises risk risks rite rites
ritual rituals riverbed riverbeds roast roasts robin robins rock rocks rod rodent rodents rodeo rodeos rods rogues
roll rolls romanians roofers roofings rookie rookies room rooms root roots rope ropes rose roses route routes
routines row rowings rows rub rubbishes rubies rubs ruby ruin ruins rule rulers rules rulings run runningbacks
runnings runs russians rust rusts rwandans sabbatical sabbaticals sack sacks sacrifice sacrifices sadness safeguard
safeguards safety sages sail sailings sailors sails saints salaries salary salmon salt samoans sample samples sand
sandwich sandwiches sapien sapiens satish saturn saudis sayings scale scales scan scans scar scars scenery scent
scents schedulings scholars school schoolings schools scientists scions scissors scorings scottishes scrape scrapes
screamings screenings screenwriters screw screws scribble scribbles scroll scrolls sculptings sculptors seabed
seabeds search searches seatings secretaries secrets sect sects seed seeds self seminar seminars senate senegaleses
seniors sense senses serbians sergeants serials series servants serve serves service services servings servitors set
sets settings sex sexes shack shacks shade shades shamans shape shapes shave shaves shed sheds sheep sheild sheilds
shelter shelters shepherds shift shifts shingles shippings shiver shivers shoe shoes shoppings shore shores shortage
shortages shortenings shorts shoutings show showgirls showmans showrunners shows shuffle shuffles sibling siblings
side sides sign signalings signatories signatory signings signs silence silences silk silvers singaporeans singers
singings sink sinks sinners sip sips sissies sisters site sites sittings size sizes skateboardings skatings skeleten
skeletens ski skiers skies skill skills skin skirmish skirmishes skis skittles sky slacks sleep sleepings sleeps
slice slip slips slit slits slouch slouches slovaks smash smashes smell smells smirk smirks smoke smokes smokings
smugglers snake snakes snap snaps sneeze sneezes snow snowboardings snowings snows soap sob sobs soccer socialists
soldiers soles soloists solvents somalians sombrero sombreros somebodies someone someones something sonnies sonny
sons sorcerers sorceresses souls sound sounds sovereigns spacecraft spam spams span spaniards spans spark sparks
specialists species spectators speed speeds spell spellings spells spendings spies spill spills spin spins spiral
spirals spirits spite spites splash splashes split splits spokespersons sponsor sponsors spouses spray sprays spread
spreads spring springs sprinkle sprinkles spruce spruces spur spurs spy square squares squats squatters stables stack
stacks staff staffers staffs stagings stake stakes stalk stalks stall stalls stamp stamps stand standards stands
staple staples star stare stares stars start starts statesmans static statistic statistics statute statutes stay
stays steam steel steer steers stem stems step stepbrothers stepchilds stepfathers stepmothers steps stepsisters
stick sticks stimuli stimulus stink stinks stipend stipends stitch stitches stocking stockings stockpile stockpiles
stomach stomachs stone stones stoop stoops stop stops store stores storm storms storytellings strain strains
strangers strategies strategy stream streamers streams stress stresses stretch stretches stretchings strike strikes
string strings stroke strokes strugglings student students studies study studyings stuffings stumble stumbles style
styles sub subject subjects subordinates subs substrate substrates subtotal subtotals subtractings sudaneses
sufferings sugar suit suite suites suits sultans sum summer summers sums sunrise sunrises sunshine superheroes
superhumans superintendents superiors superstars supervisors supplement supplements supplies supply surface surfaces
surfers surfings surgeons surrogate surrogates surveyings survivings survivors sushi swear swearings swears sweat
sweats swedes sweepers sweepstakes sweethearts swells swimmings swing swings swipe swipes swisses switch switches
syllabi syllable syllables syllabus synergies synergy synopses synopsis syrians system systems tableau tableaux
tablespoon tablespoons taboos tactic tactics tag tags taiwaneses talent talents talk talkings talks tallies tally
tangle tangles tannings tans taoiseaches tastings tbl tbsp tce tea teachers teachings team teams tear tears teasings
teaspoon teaspoons technicians technologists tee teenagers teens tees teeth tell tells temper tempers template
templates tenants tennis terminals terrorists testers testings texans text texts thais therapists there
thermodynamics theses thesis thief thieves thing thingies things thingy thinkings thread threads threesome threesomes
throw throws thrust thrusts thunder tic tick ticks tics tide tides tie tier tiers ties tiktokers tile tiles time
times timetable timetables timings tin tip tippings tips tire tires toddlers tokens toll tolls tone tones tonight
tonite tonites tooth toothpaste top topic topics tops tornado tornados torque torques torture tortures toss tosses
total totals tour tourists tours townfolk townsfolk track trackings tracks trade traders trades tradings traffic
tragedies tragedy trainings tramps transcriptionists transfer transfers transition transitions travelers travelings
travellings treat treatise treats trek treks trend trends trendsetters trials tribe tribes tribunal tribunals
tributaries tributary tribute tributes trick trickle trickles tricks trigger triggers trinidadians trinities trinity
trip trips troopers troops trot trots troubleshooting trough troughs trousers trout tsp tummies tummy tuna tune tunes
tungsten tunic tunics tunisians tunnel tunnels turkmens turn turns turntable turntables tutorial tutorials tutors
tuxedo tuxedos tvs twin twins tycoons type types typings tyranny ugandans ukrainians uncles uncoordinated
uncoordinateds underestimate underestimates undergraduates undergrounds understandings undertakings undertone
undertones underwear underwears underwriters upgrade upgrades upload uploads upside upsides upstairses uranus
urbanite urbanites urge urges urinal urinals users vacuum vacuums vagabonds value values van vanillas vans vapor
variables variants varieties variety varnish varnishes vegetable vegetables venezuelans venture ventures venus
venuses verdict verdicts vernacular vertebra vertebrae vertebrate vertebrates vet veterans veterinarians vets vibe
vibes vietnameses view views villains vinegar viola violas violence violet violets vips virus viruses visionaries
visit visitors visits visualizings vitae vocabularies vocabulary voice voices void voids volcano volcanoes voltage
voltages volunteerings vomit vomits votings vow vows voyagers wafer wafers waist waists wait waiters waitings waits
walk walks wanderers wang wangs war ward wards warehouse warehouses warmth warnings warrant warrants warriors wars
wash washes washings waste wastes watch watches watchings water waterbed waterbeds watersheds watts wattses wave
waves wax waxes way ways wear wears weathermans weddings weed weeds welcome welcomes welders welshes whale whales
wheel wheels whip whips whisk whisks whisky whisperings whistle whistles wick wicks wildlife win wind winds wine wing
wings winners wins wipe wipes wire wires wirings wish wishes witches witnesses wives wizards women wonderings wood
wool word words work workers workings works workshop workshops worryings worship worships worth worths wound wounds
wrappings wreck wrecks wrestlers wrestlings writers writings yard yards yawnings yearnings yellings yogis youths
youtubers zambians zeroings zimbabweans zip zips zombie zombies zone zones zonings zoomings
`);
