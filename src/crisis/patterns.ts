/**
 * Signs that someone does not want to live any more or may harm themselves, over normalised text
 * (lower case, no accents, single spaces). The brochures say nothing about this; the bot's safety net
 * must. Words about the pregnancy's death or fear ("het hartje was dood", "doodsbang") are not signs.
 */
export type CrisisSign = 'levensmoe' | 'zelfdoding' | 'zelfbeschadiging';

const w = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'g');
const ME = "mezelf|mijzelf|me|mij|m'n eigen|mn eigen|mijn eigen";

export const CRISIS_PATTERNS: { sign: CrisisSign; pattern: RegExp; negatable: boolean }[] = [
  // Not wanting to live, wanting to die
  { sign: 'levensmoe', negatable: false, pattern: w('(?:wil|will|wou|wilde|wol) (?:[a-z]+ ){0,3}(?:niet|nie|nooit) meer (?:leven|leeven|verder leven|verder(?! met| gaan met| proberen| zwanger)|bestaan|wakker worden|zijn|hier zijn)') },
  { sign: 'levensmoe', negatable: false, pattern: w("(?:wil|will|wou|wilde) (?:er|hier) (?:gewoon )?(?:niet|nie) meer zijn|wil (?:gewoon )?(?:dood|sterven|doodgaan|dood gaan|er niet meer zijn|weg uit dit leven)|(?:was|ben) ik maar dood|wou dat ik dood was|had ik maar niet bestaan|liever dood|beter dood") },
  // "ik zie het niet meer zitten" - but not "... zitten om weer zwanger te worden"
  { sign: 'levensmoe', negatable: false, pattern: w("zie (?:het|t|'t) (?:echt |allemaal |gewoon )?(?:niet|nie) meer zitt?en?(?! om| met| dat)") },
  { sign: 'levensmoe', negatable: false, pattern: w("(?:het|t|'t) hoeft (?:allemaal )?(?:voor mij |van mij |vr mij )?(?:allemaal )?(?:niet|nie) meer(?! zo| te | lang| zoveel)|leven heeft (?:geen|weinig) zin (?:meer)?|heeft het leven (?:nog )?(?:zin|nut)|geen zin meer (?:in|om te) (?:het leven|leven)|iedereen (?:is )?beter af zonder mij|beter af zonder mij|niemand zou me missen") },
  // Ending one's life
  { sign: 'zelfdoding', negatable: true, pattern: w("zelfmoord[a-z]*|zelfmoort[a-z]*|zelfdoding|suicid[a-z]*|suicidaal|er (?:een )?(?:eind|einde|eind) aan (?:maken|te maken|maak|gemaakt)|er een punt achter (?:zetten|zet)|(?:" + ME + ') (?:van kant|ophangen|doodmaken|dood maken|om het leven)|pillen (?:innemen|slikken) om (?:dood|er)|voor de trein|van (?:het|een) (?:dak|flat|brug) springen') },
  // Harming oneself
  { sign: 'zelfbeschadiging', negatable: true, pattern: w(`(?:${ME}) (?:iets |wat )?(?:aandoen|aan te doen|aan doen|snijden|krassen|pijn doen|pijn te doen|verwonden)|(?:${ME}) (?:[a-z]+ ){0,2}(?:gesneden|gekrast|verwond|pijn gedaan|iets aangedaan)|zelfbeschadiging|automutilatie|snijd (?:mezelf|mijzelf)`) },
  // Said without the words for dying: "ik wil niet meer", "ik wil bij mijn kindje zijn", "iedereen is beter
  // af zonder mij", "ik ben het leven zat". After a miscarriage "bij mijn kindje zijn" means being dead too.
  { sign: 'levensmoe', negatable: false, pattern: w("(?:ik )?(?:wil|wou) (?:gewoon |echt |het |eigenlijk )?(?:niet|nie) meer(?=\\s*(?:$|[.!?,;:]|want |ik |echt|hoor|gewoon|met niks|met niets))|(?:kan|kn) (?:dit|het) leven (?:gewoon |echt )?(?:niet|nie) meer aan|(?:kan|kn) (?:gewoon |echt )?(?:niet|nie) meer verder(?! met| zo| proberen)|(?:niet|nie) meer (?:wil|wilt|willen|wou) (?:leven|bestaan|verder leven)|(?:wil|wou|wilde|ga) (?:[a-z]+ ){0,2}(?:bij|naar) (?:mijn|mn|m'n|ons|onze) (?:kindje|baby|babytje|sterretje|engeltje|kind|meisje|jongetje|zoontje|dochtertje) (?:zijn|toe|gaan)|(?:mijn|mn|m'n|ons) (?:kindje|baby|sterretje|engeltje) achterna|(?:wil|wou) (?:gewoon |het liefst |echt )?(?:verdwijnen|weg zijn|er niet (?:meer )?zijn)|(?:beter|makkelijker) af zonder (?:mij|me)|(?:beter|makkelijker) (?:als|dat|wanneer) ik er niet (?:meer )?(?:ben|was|zou zijn)|(?:ben|voel me) (?:alleen maar |maar |echt |gewoon )?een last(?: voor)?|het leven (?:zat|beu|moe)|levensmoe|klaar met (?:het leven|leven)|klaar met alles(?=\\s*(?:$|[.!?,;:]|en |ik |echt|gewoon))|(?:hoop|wou|wil|wens|zou willen)(?: [a-z]+){0,8} (?:niet|nooit) (?:meer )?wakker (?:te )?(?:worden|word)(?! van| door| om| als| met)|wat heeft (?:het|dit|alles|mijn leven) (?:allemaal )?(?:nog )?(?:voor )?zin(?! om)|waarom zou ik (?:nog )?(?:doorgaan|verder gaan|leven|blijven)") },
  // Plans and means: pills saved up, a goodbye letter, jumping, the train.
  { sign: 'zelfdoding', negatable: false, pattern: w("(?:pillen|slaappillen|medicijnen|tabletten|pijnstillers|paracetamol|oxazepam) (?:[a-z]+ ){0,3}(?:klaarliggen|klaar liggen|klaargelegd|klaar gelegd|gespaard|verzameld|opgespaard|gehamsterd)|(?:gespaard|verzameld|opgespaard) (?:[a-z]+ ){0,3}(?:pillen|slaappillen|tabletten)|afscheidsbrie[a-z]*|afscheid (?:genomen|nemen) van (?:iedereen|alles|het leven)|(?:van|voor|onder|uit) (?:het |de |een |mijn )?(?:balkon|dak|brug|flat|raam|trein|metro|auto|vrachtwagen) (?:af )?(?:te )?(?:springen|spring|gooien|werpen|lopen|stappen)|(?:denk|dacht) (?:[a-z]+ ){0,2}aan de trein|(?:nagedacht|bedacht|uitgezocht|opgezocht|gegoogled|googelen) (?:[a-z]+ ){0,3}hoe ik (?:het|er) (?:[a-z]+ ){0,3}(?:doe|zou doen|ga doen|kan doen|moet doen)|dodelijke dosis|overdosis") },
  // Hurting oneself, said with the act: "ik kras weer", "ik sla mezelf", "ik verdien pijn".
  { sign: 'zelfbeschadiging', negatable: true, pattern: w(`(?:kras|krast|kraste|snij|snijd|sneed|brand|brandde) (?:[a-z]+ ){0,2}(?:in|op) (?:mijn|mn|m'n) (?:arm|armen|pols|polsen|been|benen|huid|buik|dijen|dij)|ik (?:kras|snij|snijd) (?:weer|mezelf|soms)|(?:sla|slaat|sloeg|brand|brandde|straf|strafte|bijt|beet|kras|krast|snij|snijd|sneed|knijp|krab) (?:${ME})|(?:${ME}) (?:[a-z]+ ){0,2}(?:slaan|straffen|gestraft|branden|gebrand)|hoofd (?:[a-z]+ ){0,2}tegen de muur (?:slaan|bonken|geslagen|gebonkt)|verdien (?:[a-z]+ ){0,3}(?:pijn|straf|gestraft)|verdient (?:[a-z]+ ){0,2}straf`) },
  // English
  { sign: 'levensmoe', negatable: false, pattern: w("(?:want|wanna|wish i could) (?:to )?disappear|(?:don'?t|do not) want to wake up|never wake up|no point (?:in )?(?:living|anymore|going on)|be with my (?:baby|angel) again|i'?m a burden|(?:don't|dont|do not) want to (?:live|be alive|be here)|want to die|wanna die|no reason to live|better off without me|wish i (?:was|were) dead") },
  { sign: 'zelfdoding', negatable: true, pattern: w('kill myself|killing myself|end my life|end it all|take my (?:own )?life|suicidal|suicide') },
  { sign: 'zelfbeschadiging', negatable: true, pattern: w('hurt myself|harm myself|self harm|self-harm|cut myself') },
];

export const CRISIS_NEGATORS = new Set(['geen', 'niet', 'nooit', 'no', 'not', 'never', 'zonder']);
