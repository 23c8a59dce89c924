/**
 * The folder's alarm criteria as patterns over normalised text (lower case, no accents, single spaces,
 * punctuation kept). Creation Verloskundigen 2022, Beleid: "Bij koorts, hevig bloedverlies met
 * eventueel flauwvallen, lang aanhoudende pijn en bloedverlies heb je reden om ons te bellen."
 * The patterns err on the side of escalating: an extra escalation is cheap, a missed one is not.
 */

export type AlarmSign = 'koorts' | 'hevig-bloedverlies' | 'flauwvallen' | 'aanhoudend';

export interface SignPattern {
  sign: AlarmSign;
  pattern: RegExp;
  /** A pattern that can be denied ("geen koorts"). Patterns that contain their own "niet" are not. */
  negatable: boolean;
}

const w = (source: string) => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;
/** `a` and `b` at most `n` words apart, in either order. */
const near = (a: string, b: string, n: number) => {
  const gap = `(?:[^a-z0-9]+[a-z0-9']+){0,${n}}[^a-z0-9]+`;
  return `${w(a)}${gap}${w(b)}|${w(b)}${gap}${w(a)}`;
};
const re = (source: string) => new RegExp(source, 'g');

const NUMBER_WORD = "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|paar|aantal|[0-9]+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?(?:-|/)[0-9]+";
const TEMPERATURE = '3[89]|4[0-2]';
const WEEKDAY = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const MONTH = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

/** Words for bleeding itself: not blood tests, blood groups or blood thinners (those are compounds). */
export const BLEEDING = 'helder rood|fel rood|felrood|bloed|bloet|blod|bloeden|bloedt|bloedde|bloedden|bloedend|bloeding|bloedingen|bloedverlies|bloedvlies|bloed verlies|bloedingetje|bleed|bleeding|bled|blood|vloei|vloeit|vloeien|vloeide|helderrood';
const INTENSE = "stroomt|stromen|stroomde|heel veel|veel|zoveel|zo veel|te veel|heel erg|zo erg|echt erg|super erg|erg veel|erg hard|erg hevig|enorm|enorme|ontzettend|heftig|heftige|hevig|hevige|flink|flinke|super veel|superveel|mega|extreem|vreselijk|belachelijk|bizar|liters|plassen|plas|massa's|overal|heavy|heavily|a lot|lots|so much|loads|als een gek|als een gekke|als een rund|als een varken|gelijk een rund|gelijk een varken|gelijk een kraan|gelijk een gek|lijk zot|gelijk zot|als een zot|lijk gek|verschrikkelijk|verschrikkelijke|gruwelijk|afschuwelijk|(?:als|precies|net|gelijk|lijk) een (?:open )?(?:kraan|kraantje|brandslang|waterval|rivier)|als een malle|als een dolle|als een idioot|like crazy|like mad";
// "kramen" is how "krampen" is often typed on a phone.
export const PAIN = "pijn|pijnen|zeer doen|doet zeer|deed zeer|zeer deed|krom|bere hati|bere e hati|buikpijn|onderbuikpijn|rugpijn|krampen|kramp|krampjes|kramen|buikkrampen|krampend|weeen|wee|weeenpijn|cramps|cramping|pain|hurts|steken";
/** Explicit spans of time: days, weeks, nights, since a weekday. */
const DURATION_SPAN = [
  // "krampen houden maar niet op, dag 15": the day count alone, between commas.
  '(?<=[,.;!?] |^)dag (?:[5-9]|[1-9][0-9])(?= *(?:$|[,.;!?]))',
  `(?:al|sinds|ruim|inmiddels|bijna|meer dan|langer dan|nu) (?:${NUMBER_WORD}) (?:dag|dagen|dgn|dg|week|weken|wk|wkn|weekjes)`,
  `(?:${NUMBER_WORD}) (?:dag|dagen|dgn|week|weken|wk|wkn) (?:na|later|lang|geleden|terug|achter elkaar|aan een stuk|non stop|nonstop|al|nu|op rij)`,
  // "al de derde nacht op rij", "de vierde dag": the how-manieth night or day in words.
  '(?:al |nu |dit is |het is )?de (?:derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende) (?:nacht|dag|avond|ochtend)(?: op rij| achter elkaar)?|(?:nachten|dagen) op rij',
  // "nog altijd pijn na 5 dagen", "al veel dagen", Flemish "al heel de week", "3 dagen en nog niet minder".
  `na (?:${NUMBER_WORD}) (?:dag|dagen|dgn|week|weken|wk|wkn)(?=\\s*(?:$|[.!?,;]))|al (?:veel|zoveel|heel wat|een hoop|zo veel) (?:dagen|weken|nachten)|(?:al )?heel de (?:week|dag|nacht|tijd)|(?:${NUMBER_WORD}) (?:dagen|dgn|weken|nachten) en (?:nog|het|t)(?![a-z])`,
  // "de pijn na een week nog zo erg": still as bad after days or weeks.
  `na (?:${NUMBER_WORD}|anderhalve|anderhalf) (?:dag|dagen|week|weken|wk|wkn) (?:[a-z]+ ){0,2}nog (?:zo|steeds|altijd|heel|erg|even)(?![a-z])`,
  // "een week pijn en bloed", "vijf dagen bloeden": a count of days put straight before the pain or bleeding.
  `(?:${NUMBER_WORD}|anderhalve|anderhalf) (?:dag|dagen|week|weken|nacht|nachten) (?:(?:met|van|aan) )?(?:${PAIN}|${BLEEDING})`,
  'anderhalve (?:dag|week|maand)|anderhalf (?:week|maand)',
  '(?:dagen|weken|week) na (?:de|mijn|mn|m\'n|het)',
  `(?:sinds|vanaf) (?:afgelopen |vorige |vorig |al )?(?:${WEEKDAY}|eergisteren|vorige week|het weekend|afgelopen weekend)`,
  // "sinds Koningsdag", "de hele kerstvakantie": a holiday as the start, weeks back.
  '(?:sinds|vanaf|de hele|heel de|tijdens de) (?:koningsdag|kerst|kerstmis|pasen|oud en nieuw|oudjaar|nieuwjaar|carnaval|sinterklaas|hemelvaart|pinksteren|de (?:kerst|herfst|voorjaars|mei|zomer|krokus)vakantie|(?:kerst|herfst|voorjaars|mei|zomer|krokus)vakantie)',
  // "de pil was maandag, nu is het zondag": the day it began and today, both named.
  `${w(WEEKDAY)}(?:[^a-z0-9]+[a-z0-9']+){0,8}[^a-z0-9]+(?:nu is het|het is nu|vandaag is het|inmiddels is het) (?:al )?(?:${WEEKDAY})`,
  '(?:al|ruim|meer dan|bijna|sinds) (?:2[4-9]|[3-9][0-9]|[1-9][0-9]{2}) (?:uur|uren)',
  // "sinds de 2e ..., vandaag is het de 14e": dates.
  'sinds (?:de )?[0-9]{1,2}(?:e|ste|de)(?![a-z0-9])',
  // "weer een nacht niet geslapen van de pijn, dit is de 4e": the how-manieth night or day.
  '(?:dit is|het is|nu|al) de (?:[3-9]|[1-9][0-9])(?:e|ste|de) (?:nacht|dag|avond|ochtend)|(?:dit is|het is|al) de (?:[3-9]|[1-9][0-9])(?:e|ste|de)(?=\\s*(?:$|[.!?,;]))',
  // "sinds begin vorige maand", "al sinds half oktober".
  `(?:al )?sinds (?:begin |half |eind |midden |het begin van )?(?:vorige|afgelopen) maand|(?:al )?sinds (?:begin |half |eind |midden )(?:${MONTH}|deze maand)`,
  'al dagen|al weken|dagenlang|wekenlang|dag in dag uit|elke nacht|iedere nacht|(?:al|nu|ruim|bijna) (?:een|1|twee|2) maand|(?:al|nu) week [2-9]|(?:nu|het is nu|we zijn nu bij) dag (?:[4-9]|[1-9][0-9])|(?:dit is|inmiddels|al) dag (?:[3-9]|[1-9][0-9])|zoveelste (?:nacht|dag)|(?:[0-9]+|vier|vijf|zes|zeven) nachten|for days|for weeks|for (?:[0-9]+|a few|several|two|three|four) (?:days|weeks)|(?:a|one|two|2) weeks?|days later|weeks later|weeks ago|days ago|(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days|weeks|nights) (?:of|now|straight|in a row|already)|it\'?s been (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days|weeks)',
].join('|');
/** Words that say something goes on, without a span ("blijft", "nog steeds"). */
const DURATION_WORDS = [
  'blijf maar|elke dag|iedere dag|dagelijks|de hele dag|hele dag|hele week|hele weekend|niet weggaat|niet weg gaat|niet overgaat|nog steeds|nog altijd|blijft maar|blijft|blijven maar|blijven|aanhoudend|aanhoudende|houdt aan|houdt (?:\\w+ ){0,2}niet op|stopt maar niet|(?:gaat|gaan) (?:\\w+ ){0,2}(?:niet|ni|nie) (?:weg|over)|(?:wil|willen) (?:\\w+ ){0,2}niet (?:weg|over)',
  'onophoudelijk|onafgebroken|aan een stuk door|aan 1 stuk door|de hele tijd|constant|continu|zonder ophouden',
  'still|every day|nonstop|non-stop|constantly',
].join('|');
const WORSENING = [
  '(?:neemt|nemen|nam) (?:\\w+ ){0,3}toe|toegenomen|toenemen|toenemend|erger|heftiger|heviger|pijnlijker|meer dan (?:gisteren|eergisteren|vanochtend|vanmorgen|vannacht|eerst|daarnet|net|vorige week)|meer dan (?:de )?(?:dagen|dag|vorige dagen|vorige dag) (?:ervoor|daarvoor)|meer dan de vorige dagen|more than yesterday|meer geworden|steeds meer|alleen maar meer|juist meer|wordt meer|word meer',
  "(?:wordt|word|worden|werd|gaat|is) (?:\\w+ ){0,3}niet minder|niet minder|niet af(?:genomen|nemen)?|neemt niet af|niet afneemt|niet afnam|niet afnemend|(?:nog (?:steeds |altijd )?)?(?:net |precies )?zo ?(?:veel|erg|hevig)? als (?:op |in )?(?:dag (?:een|1)|het begin|begin|eerst|de eerste dag)|nog (?:steeds|altijd|elke dag|iedere dag) (?:evenveel|even veel|net zoveel|net zo veel)|in plaats van minder|ipv minder",
  'zakt (?:gewoon |maar |echt )?niet|(?:wordt|werd|gaat) (?:[a-z]+ ){0,2}erger|erger en erger|(?:elke dag|steeds|weer|juist|alleen maar) meer|getting worse|worse|heavier|getting more|increasing|not getting less|not less',
].join('|');
const PAINKILLER = 'tablet|tabletje|tabletjes|pil|pilletje|pilletjes|tramadol|dafalgan|panadol|nurofen|advil|perdolan|buscopan|paracetamol|paracetamols|pcm|ibuprofen|ibu|pijnstilling|pijnstiller|pijnstillers|diclofenac|naproxen|painkillers|painkiller|medicatie|medicijnen|pillen|tabletten';
const NO_HELP = "helpe (?:niet|nie|ni)|helpt (?:nie|ni)|helpen (?:nie|ni)|doorheen komen|komt er (?:gewoon )?doorheen|geen zier|halen er niet|haalt er niet|geen verschil|blijft|zakt niet|gaat niet weg|niet weg|helpt niet|helpen niet|hielp niet|hielpen niet|werkt niet|werken niet|helpt niks|helpen niks|helpt niets|helpen niets|helpt geen|nauwelijks|amper|doet niks|doen niks|doet niets|doen niets|don't help|doesn't help|didn't help|not helping|no help|(?:doet|doen|helpt|helpen|werkt|werken|deed|deden|hielp|hielpen) (?:[a-z]+ ){0,2}(?:niks|niets|geen zak|geen moer|geen ene moer)|voor geen meter|geen zier|geen bal|(?:aren'?t|are not|not|isn'?t) (?:touching|doing anything)|voor geen zier|geen effect|geen verschil|niet meer|niks helpt|niets helpt|niks werkt|niets werkt|ondanks|zelfs met|nog (?:steeds )?(?:zoveel|zo veel|veel|heel veel|zo'n|erge) pijn|krom van de pijn|dubbel van de pijn|kronkel[a-z]* van de pijn|not working|don't work|doesn't work|do not work|does not work|aren't working|isn't working|not work";

export const SIGN_PATTERNS: SignPattern[] = [
  // koorts
  { sign: 'koorts', negatable: true, pattern: re(w('koorts(?!lip|blaas|thermometer)[a-z]*|verhoging|fever|feverish|febrile|koortsig|(?:have|having|has|got|running|run) a (?:high )?temp(?:erature)?|high temp(?:erature)?|burning up|aan het stomen|(?:3[89]) en (?:een beetje|nog wat|iets)|voorhoofd (?:is |voelt )?(?:zo |heel |helemaal )?(?:kokend|gloeiend|heet|brandend)|hoge temperatuur|hoge temp|verhoogde temperatuur|verbrand[a-z]* van binnen|(?:ik ben|ik voel me|voel me|voel ik me|ben|(?:ze|zij|vrouw|vriendin|dochter|zus) is|voelt ze zich|voelt zich) (?:[a-z]+ en )?(?:zo |heel |echt |super |erg |helemaal |zo ontzettend )?(?:heet|warm en (?:koud|beverig|bibberig|rillerig))|(?:heet|gloeiend|kokend|warm) (?:lichaam|lijf)|grieperig|griepachtig|grieperige|flu-like|flu like|ates(?! yok)|atesim(?! yok)|goraczka|goraczke|goraczki|sukhuna|skhana|skhuna')) },
  // "tegen de 39 aan", "rond de 39", "boven de 38": a temperature said around a number.
  { sign: 'koorts', negatable: true, pattern: re(w(`(?:tegen de|rond de|richting|boven de|over de|ruim|bijna) 3[89](?! ?(?:jaar|jr|weken|week|wk|kilo|kg))`)) },
  // "ik heb 38", "ze heeft 39" (not her husband's or son's), "zit op 39": a temperature said as a bare number, when nothing after it makes it weeks, years or kilos.
  { sign: 'koorts', negatable: true, pattern: re(w(`(?:ik heb|heb ik|heb|had ik|ik had|(?<!(?:man|vriend|hij|zoon|zoontje|vader|kind|kindje|dochter|dochtertje|broer|partner|vent) )heeft|heeft ze|had ze|ze had|ik zit op|zit op|zit al op|zit nu op|zit ze op) (?:nu |al |bijna |zelfs |ruim |net |weer )?(?:${TEMPERATURE})(?=\\s*(?:$|[.,!?;:]|graden|gr(?![a-z])|en(?![a-z])|nu(?![a-z])|gemeten|koorts))`)) },
  { sign: 'koorts', negatable: true, pattern: re(w('rillerig|rillingen|rilling|ril|rilt|rillend|rillen|rilde|rilden|klappertand[a-z]*|tanden klapperen|klapperende tanden|klapper(?:en|t|de) (?:[a-z]+ ){0,2}tanden|chills|shivering|shivers|shivery|beverig|bibberig|bibberen|bibber')) },
  { sign: 'koorts', negatable: true, pattern: re(w('gloei[a-z]*(?! van (?:trots|geluk|blijdschap|liefde|schaamte|woede|boosheid|plezier))|bloedheet|kokend heet')) },
  { sign: 'koorts', negatable: true, pattern: re(near('heet|warm|gloeiend|kokend', 'zweterig|zweet|zweten|bezweet|trillen|trilt|trillend|rillen|rilt', 5)) },
  { sign: 'koorts', negatable: true, pattern: re(near('warm|heet|zweet|zweten|hot', '(?:ijs|ijzig )?koud|koude|cold|steenkoud|ijskoud|doodkoud', 4)) },
  { sign: 'koorts', negatable: true, pattern: re(near('klam|klammig|trillen|tril|trilt|trilde|shaken|shaking|beven|beef|beeft|schokt|schokken|schokte|schudt|schudden|bibbert|bibberde', 'kou|koud|ijskoud|steenkoud|warm|heet|kokend|rillen', 6)) },
  // Sweating and cold at once, told at more length ("zweet mn hele bed nat en heb het toch steenkoud").
  { sign: 'koorts', negatable: true, pattern: re(near('zweet|zweten|bezweet|kletsnat|nat gezweet|nat van het zweet', 'koud|steenkoud|ijskoud|doodkoud|rillen|rillerig|cold', 8)) },
  // A temperature of 38 or more: a decimal (38,5) or a whole number said to be one (39 graden, temperatuur 39).
  { sign: 'koorts', negatable: true, pattern: re(`${w(`(?:${TEMPERATURE})[.,]{1,2}[0-9]`)}(?! ?(?:weken|week|wk|jaar|kg|kilo|cm|%|procent))`) },
  { sign: 'koorts', negatable: true, pattern: re(w(`(?:${TEMPERATURE}) (?:komma|punt) [0-9]|(?:${TEMPERATURE}) en (?:een )?half|(?:${TEMPERATURE}) ?(?:graden|gr|c|celsius|degrees)`)) },
  { sign: 'koorts', negatable: true, pattern: re(near('temp|temperatuur|temperature|thermometer|gemeten|opgemeten|meet|mat', `${TEMPERATURE}|10[0-4](?:[.,][0-9])?`, 3)) },
  { sign: 'koorts', negatable: true, pattern: re(w('10[0-4](?:[.,][0-9])? ?(?:f|fahrenheit|degrees)')) },
  // A message that is only a temperature: "39", "38 9" ("achtendertig negen" by voice), "38,9 graden".
  { sign: 'koorts', negatable: false, pattern: re(`^(?:${TEMPERATURE})(?:(?: ?[.,] ?| komma | )[0-9])?(?: ?graden)?[ .!?]*$`) },
  // Foul-smelling discharge points to infection, the reason fever is on the list.
  { sign: 'koorts', negatable: true, pattern: re(near('afscheiding|bloed|bloedverlies|discharge', 'stinkt|stinkend|stinkende|ruikt|stank|smells|smelly', 4)) },
  // Feeling very ill after or during a miscarriage can be the infection that fever signals; said without a
  // temperature ("ik voel me doodziek") it raised no alarm. Not "ziek van verdriet", nor "ziek melden".
  { sign: 'koorts', negatable: true, pattern: re(w("doodziek[a-z]*|(?:voel me|voel ik me|ben|ik word|(?:ze|zij|vrouw|vriendin|dochter) (?:is|wordt|voelt zich)) (?:zo |heel |erg |echt |super |ontzettend |hartstikke |helemaal |best |behoorlijk |zo ontzettend )?(?:ziek|beroerd|hondsberoerd|kotsmisselijk en ziek)(?! van| melden| gemeld| thuis)")) },

  // hevig bloedverlies
  // "veel minder bloed" is the opposite of much.
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near(BLEEDING, `(?:${INTENSE})(?! (?:minder|lichter|rustiger|less|lighter))`, 4)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w('gutsen|gutst|gutste|gutsend|vloeit (?:zo |heel |echt )?(?:hard|erg|veel)|spat|spatte|spatten|straal|straaltjes|stralen|in een straal|klettert|kletterde|kletteren|plenzen|gulpen|gulpt|golven|golfjes bloed|klotst|klotste|klotsen|uitstromen|stroomt (?:er )?(?:[a-z]+ ){0,2}uit|spuit (?:er )?(?:[a-z]+ ){0,2}uit|blijft (?:er )?maar (?:uit )?(?:stromen|lopen|komen)|(?:als|gelijk|alsof|net) (?:er )?een (?:open )?kraan|(?:lijkt|is) (?:wel |net |gewoon |echt )?(?:op )?een (?:open )?kraan|(?:een|als een) (?:open )?kraan(?:tje)? (?:bloed|open)|tuinslang|brandslang|plenst|plensde|slachthuis|bloedbad|met scheuten|golf na golf|doorgelekt|door ?gelekt|(?:kopje|kop|glas|beker|liter|kwart liter|halve liter) bloed|kwart liter|halve liter|(?:loop|loopt|liep) (?:[a-z]+ ){0,2}leeg|leeglopen|leeggelopen|nat (?:was |is |werd )?van (?:het )?bloed|kraan (?:open|openstaat)|ondergebloed|onder gebloed|volgebloed|vol gebloed|onder het bloed|stroomt eruit|stromen eruit|stroomt er ?uit|het stroomt|spuit eruit|loopt eruit|komt eruit gelopen|gushing|pouring|soaked|soaking|soak|drenched|blood everywhere|doorweekt|doordrenkt|doorgebloed|doorlekt|lekt door')) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('verband|verbanden|maandverband|maandverbanden|nachtverband|nachtverbanden|kraamverband|kraamverbanden|inlegkruisje|tampon|tampons|pad|pads|cup|menstruatiecup|handdoek|handdoeken|luier|luiers|matje|kraammatje', "per uur|elk uur|ieder uur|om het uur|binnen een uur|in een uur|elk kwartier|ieder kwartier|half uur|halfuur|kwartier|(?<!half )(?<!halfvol )(?<!niet )(?<!nog niet )vol(?! na (?:een paar|[3-9]|twee|drie|vier|vijf|zes) uur)|doorweekt|door|liep over|loopt over|overgelopen|(?:(?:binnen|na|in|om de|elke|iedere) )?(?:[0-9]+|een paar|tien|twintig|dertig|veertig|vijftien) (?:minuten|min)|steeds een nieuw|telkens een nieuw|constant een nieuw|an hour|every hour|per hour|full|half hour|half an hour|(?:every|each|within) (?:[0-9]+|few|couple of|ten|twenty|fifteen) (?:minutes|mins)|(?:elke|iedere|om de) paar minuten", 8)) },
  // The pads cannot keep up: "verband houdt het niet meer", "a towel because pads aren't enough".
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(near('verband|verbanden|maandverband|maandverbanden|nachtverband|tampon|tampons|pad|pads', "houdt het niet|houden het niet|het niet (?:meer )?(?:houdt|houden|aankan|bijhoudt)|overloopt|overlopen|overliep|loopt over|liep over|doorgelekt|doorlekt|erdoorheen|er doorheen|opgebruikt|opgemaakt|kan het niet (?:aan|houden|bijhouden)|kunnen het niet (?:aan|houden|bijhouden)|is niet genoeg|zijn niet genoeg|not enough|aren'?t enough|can'?t keep up", 6)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('handdoek|handdoeken|badhanddoek|badhanddoeken|badlaken|luier|luiers|kraammatje|towel|towels', 'want|omdat|ipv|in plaats van|instead of|because', 3)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('verschonen|verschoon|verschoond|verwissel[a-z]*|wissel[a-z]*|change|changing', 'om het (?:uur|kwartier|half uur|halfuur)|(?:elk|ieder|elke|iedere) (?:uur|kwartier|half uur)|om de [0-9]+ minuten|(?:elke|iedere|om de) paar minuten|every (?:hour|half hour|[0-9]+ minutes|few minutes)', 6)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near(BLEEDING, 'op de grond|op de [a-z]*vloer|over de [a-z]*vloer|op de tegels|over de grond|op de [a-z]*mat', 5)) },
  // "ongesteld maar dan 10x erger", "heftige menstruaties, maar dit is echt veel erger".
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('ongesteld|ongesteldheid|menstruatie|menstruaties|mens|periode|period|periods|regels', '(?:[0-9]+ ?x|[0-9]+ keer|tien keer|honderd keer|dubbel|twee keer|drie keer) (?:zo )?(?:erger|meer|heftiger|harder|zwaarder|worse|heavier)|(?:veel|echt veel|stukken|een stuk|nog) (?:erger|heftiger|zwaarder)', 8)) },
  // Far more than a period, or blood down to the socks and shoes.
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("(?:veel|heel veel|stukken|een stuk|heel wat|flink|way|much|echt|nog) (?:meer|erger|heftiger|heviger|zwaarder|harder|heavier|worse) (?:bloed |bloedverlies )?(?:dan|than) (?:[a-z']+ ){0,2}(?:menstruatie|menstruaties|ongesteldheid|ongesteld|menses|mens|periode|period|periods|regels)|tot (?:in |op )?(?:mijn|m'n|mn|me|haar|d'r|de) (?:sokken|schoenen|enkels|voeten)|(?:in|op) (?:mijn|m'n|mn|me|haar|d'r) (?:sokken|schoenen)")) },
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(near(BLEEDING, 'niet normaal meer|echt niet normaal|abnormaal veel|not normal', 6)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('wc|wc pot|wcpot|toilet|toiletpot|pot|douche|douchebak|bad|badkuip|badkamer|wastafel|vloer|bed|matras|bank|autostoel|laken|lakens|jeans|broek|onderbroek|broeken|kleren|kleding|pyjama|legging', 'helemaal rood|bloedrood|vol bloed|vol met bloed|rood van het bloed|(?:zijn|is|werd|werden|was|waren) (?:helemaal )?rood|door en door rood|van boven tot onder rood|doordrenkt', 5)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w('(?:[4-9]|[1-9][0-9]|vier|vijf|zes|zeven|acht|negen|tien) (?:verbanden|maandverbanden|nachtverbanden|kraamverbanden|tampons|pads|verband|maandverband|nachtverband|kraamverband)')) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("langs (?:mijn|m'n|mn|me|de|m|haar|d'r) (?:benen|been|bene|beenen|dijen)|down my legs|through my (?:clothes|pants|jeans|trousers)|(?:bleeding|bled|bleed) through|through everything|through the (?:bed|sheets|mattress)")) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("door (?:(?:mijn|m'n|mn|me|de|het|al|alle|twee|2|drie|haar|d'r) )?(?:[a-z]*broek|[a-z]*broeken|kleren|kleding|matras|laken|lakens|handdoek|handdoeken|pyjama|jeans|bed|alles|onderbroek|slip|legging|badjas)")) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(near('stolsel|stolsels|klont|klonten|klonters|bloedklont|bloedklonten|bloedstolsel|bloedstolsels|bloedprop|bloedproppen|proppen|prop|clot|clots|stukken bloed|stukken|brokken', '(?:groot|grote|grootte)(?! als een (?:erwt|erwtje|rozijn|knikker|muntje|kers|bes|boon|linze))|enorm|enorme|[0-9]+ ?cm|centimeter|cm|vuist|vuisten|sinaasappel|sinaasappels|mandarijn|mandarijnen|mandarijntje|mandarijntjes|citroen|citroenen|pruim|pruimen|kiwi|kiwis|ei|eieren|golfbal|golfballen|tennisbal|tennisballen|handpalm|hand|biefstuk|[a-z]*lever|[a-z]*levertjes?|handvol|heel veel|zoveel|large|huge|big|size', 5)) },
  // "ik krijg het niet gestopt": the bleeding as "het", told by what she cannot do about it (set 13, fresh14).
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w("(?:krijg|krijgen|kreeg|kregen|krijgt) (?:het |dit |dat |het bloed |het bloeden )?(?:gewoon |echt |maar )?(?:niet|nie|ni) (?:meer )?(?:gestopt|gestelpt|tot stilstand)")) },
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(near(BLEEDING, 'stopt niet|stopt gewoon niet|houdt niet op|houdt maar niet op|blijft maar komen|blijft komen|wil niet stoppen|niet te stoppen|niet (?:meer )?gestopt|niet (?:meer )?gestelpt|niet (?:meer )?te stelpen|won\'t stop|doesn\'t stop|not stopping', 8)) },
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w('het bloeden stopt (?:gewoon )?niet|het bloed (?:stopt|houdt) (?:gewoon |maar )?niet|blijft maar komen')) },

  // The room likened to a scene of slaughter ("de badkamer ziet eruit als een abattoir", "bed is een
  // plaats delict"; a film that "was een slachtpartij" is not), or a pool under her when she stands up.
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w("(?:als |alsof |net |lijkt (?:wel )?(?:op )?|is (?:echt |gewoon |net |wel )?)(?:een |het |de )?(?:plaats delict|plaats van een moord|moordscene|abattoir|slachthuis|slachtpartij|slagerij|slagveld|horrorfilm|bloedbad)|(?:een )?(?:plas|plasje|poel) (?:bloed )?onder (?:me|mij|haar)")) },

  // A pad that overflows within the hour, however far the words are apart ("ik kan geen verband meer
  // omdoen zonder dat het binnen een kwartier overloopt"): the "geen" is the message.
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(near('verband|verbanden|maandverband|maandverbanden|nachtverband|kraamverband|tampon|tampons|pad|pads', 'overloopt|overlopen|overliep|loopt over|liep over|doorgelekt|doorlekt', 12)) },
  // Everything on the floor or soaked through, said without a word for blood: "anders loopt alles op de
  // vloer", "het druppelt op de grond", "overal doorheen lek", "de badmat moest weg, alles zat onder".
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("(?:loopt|liep|druppelt|drupt|druipt|lekt|lekte|valt|stroomt) (?:alles |het |het bloed )?(?:[a-z]+ ){0,2}op (?:de|het) (?:[a-z]*vloer|grond|tegels|laminaat)|(?:overal|alles) (?:door ?heen|doorheen) (?:lek|lekt|lekte|bloed|bloedt|bloedde)|doorheen (?:lek|lekt|lekte)|(?:alles|het|de handdoek|de badmat|mijn broek|het bed|de bank) zat (?:helemaal )?onder(?=\\s*(?:$|[.!?,]))|(?:badmat|handdoek|matras|laken|lakens|broek|onderbroek|bank) (?:[a-z]+ ){0,3}(?:weggooien|weggegooid|weg moeten gooien|weg gooien)|emmer (?:[a-z]+ ){0,3}(?:naast|bij) de wc")) },

  // flauwvallen
  { sign: 'flauwvallen', negatable: true, pattern: re(w('flauw(?!e )[a-z]*|duizel[a-z]*|tollen|tolt|tolde|draaierig|weggeraakt|weg geraakt|weggezakt|weg gezakt|bewusteloos|buiten bewustzijn|in elkaar gezakt|(?:zakte|zakten|zak|zakt) (?:[a-z]+ ){0,2}in elkaar|zakte ineen|onwel|onwel geworden|onderuit gegaan|van mijn stokje|lijkbleek|spierwit|krijtwit|buiten westen|wegzakken|wegzak|zakte weg|zak weg|black[ -]?out|blackte out|blackde out|tegen de (?:grond|vlakte)|op de grond (?:gevallen|geklapt|gesmakt)|viel (?:gewoon |ineens |opeens |zomaar |plots )?neer|neergevallen|werd (?:ineens |opeens |plots |helemaal )?slap|gleed (?:[a-z]+ ){0,4}(?:af|weg|onderuit)|vlekken voor (?:mijn |m\'n |mn |me |de )?ogen|zie vlekken|faint|fainted|fainting|passed out|pass out|passing out|blacked out|dizzy|lightheaded|light headed|light-headed')) },
  { sign: 'flauwvallen', negatable: false, pattern: re(w("(?:staan|rechtop staan|opstaan|lopen) lukt (?:niet|niet meer|nie)|flauw[a-z]* (?:[a-z]+ ){0,2}maar (?:wel |toch |echt )?bijna|(?:kan|kon|kunnen) (?:[a-z]+ ){0,2}niet (?:meer )?(?:(?:op|overeind) (?:(?:mijn|mn|m'n|me|haar|d'r|de) )?(?:benen|been) )?(?:blijven )?staan|niet (?:meer )?op (?:mijn|mn|m'n|me|haar|d'r) benen (?:kunnen )?(?:blijven )?staan|(?:alles|zicht|beeld|mijn zicht|mn zicht|het beeld) (?:[a-z]+ ){0,2}(?:wordt|werd|word|ging|gaat|is) (?:[a-z]+ ){0,2}(?:grijs|zwart|wit|wazig)|(?:wordt|werd|ging|gaat) alles (?:[a-z]+ ){0,2}(?:grijs|zwart|wit|wazig)|geluid (?:[a-z]+ ){0,3}weg|(?:hoor|hoorde|horen|klonk|klinkt|klinken|klonken) (?:[a-z]+ ){0,4}(?:ver weg|veraf|van ver|heel ver)|(?:everything|vision|sight) (?:went|goes|going|got|is going) (?:black|grey|gray|white|dark|blurry)|(?:had|have) to catch (?:her|me)|caught (?:her|me)|(?:kamer|alles|hoofd|wereld) (?:[a-z]+ ){0,3}(?:draait|draaide|tolt|tolde)|(?:zakte|zak|zakt|zakken|zakten) (?:[a-z]+ ){0,2}door (?:mijn|mn|m'n|me|haar|d'r|de) (?:benen|knieen)|op de grond (?:gaan |moeten |moest )?(?:zitten|liggen)|wakker (?:[a-z]+ ){0,3}op de (?:[a-z]+ )?(?:grond|[a-z]*vloer|tegels)|lag (?:[a-z]+ ){0,2}op de (?:[a-z]+ )?(?:grond|[a-z]*vloer|tegels)|(?:kwam|kwamen|kom) (?:weer )?bij op de|weer bij (?:gekomen|bewustzijn)|(?:vond|vonden|trof) (?:me|mij) (?:[a-z]+ ){0,3}op de (?:grond|[a-z]*vloer)|op de (?:grond|[a-z]*vloer) (?:gevonden|teruggevonden|bijgekomen)|bijgekomen|(?:ben|was) (?:[a-z]+ ){0,2}(?:weggeweest|weg geweest)|raakte (?:even )?weg|raak (?:steeds )?weg|hoofd voelt (?:zo |heel )?licht|alles (?:wordt|werd|ging) (?:wit|zwart)|van (?:mijn|m'n|mn|me) stokje|van (?:mijn|m'n|mn|me|haar|d'r|der|zijn) (?:graat|sokken|stokje)|(?:zag|zie|zagen) (?:[a-z]+ ){0,2}(?:niks|niets) meer|(?:hoor|hoorde) (?:ineens |opeens |even |bijna )?(?:niks|niets) meer(?! van)|om niet (?:om )?te vallen|van (?:mijn|m'n|mn|me|haar|zijn) melk|tol op (?:mijn|m'n|mn|me) benen|(?:bijna )?omgegaan|(?:benen|knieen) (?:werden|klapten|zakten|knikten)(?: [a-z]+)?|van de wc (?:gehaald|gevallen|gegleden|afgegleden|gezakt)|(?:toen|en toen|opeens|ineens) lag ik|(?:zat|lag|zaten|lagen) (?:ik |ze |zij )?(?:[a-z]+ )?(?:ineens|opeens|plots|plotseling|zomaar) op de (?:grond|[a-z]*vloer|tegels)|(?:ineens|opeens|plots) (?:zat|lag) (?:ik|ze|zij) op de|op de grond lag|(?:werd|wordt) alles grijs|(?:ga|ging) ik (?:bijna )?neer|bijna wegga|room spinning|can'?t stand up|(?:mijn |m'n |mn )?oren (?:suizen|suisden|piepen|piepten)|suizen in (?:mijn |m'n |mn )?oren|(?:word|wordt|werd) (?:[a-z]+ ){0,2}wazig|alles (?:wordt|werd|is) wazig|zie sterren|sterren voor (?:mijn |m'n |mn |me |de )?ogen|ligt (?:[a-z]+ ){0,2}op de (?:grond|[a-z]*vloer)|knie[e]?n (?:[a-z]+ ){0,2}(?:knikten|knikken|zakten|gaven het op|gaven mee)|(?:moest|moesten) me (?:[a-z]+ ){0,2}opvangen|ving me op|vingen me op|(?:heeft|hebben) me (?:[a-z]+ ){0,2}opgevangen|anders (?:was|viel|ging|zou) ik (?:[a-z]+ ){0,2}(?:gevallen|omgevallen|neergegaan|vallen|om)|zot in (?:mijn|mn|m'n|het|me) (?:hoofd|kop)|reage(?:ert|erde|erden|ren|erd) (?:[a-z]+ ){0,3}niet(?: meer)?|niet aanspreekbaar|onaanspreekbaar|was (?:even |helemaal |compleet )out|even out (?:geweest|was)")) },
  { sign: 'flauwvallen', negatable: true, pattern: re(w("licht in (?:mijn|m'n|mn|het|t|'t|me|m) (?:hoofd|kop)|licht in het hoofd|licht hoofdig|balhoofd|zwart voor (?:(?:mijn|m'n|mn|me|de|m) )?(?:ogen|oogen|oog)|sterretjes|viel (?:bijna )?om|bijna omgevallen|omgevallen|out gegaan|even weg|van de wereld|wit weggetrokken|onderuitgegaan|onderuit gaan|ging onderuit|gaat onderuit|(?:niks|niets) meer geweten|(?:slap|slappe benen) en (?:licht|draaierig|wankel|bleek|wit)|wit als een (?:laken|doek|spook|muur)|omvallen|omver (?:vallen|val|gaan)|wegdraai[a-z]*|(?:draait|draaide|draaien) (?:[a-z]+ ){0,2}weg|tunnelvisie|tunnel visie|kokerzicht|tunnel vision|oorsuizen|suizende oren|gesuis in (?:mijn |m'n |mn |haar )?oren|ringing in (?:my|her) ears|ears (?:are )?ringing|went limp|go limp|goes limp|gone limp|barely responding|not responding|unresponsive|collaps[a-z]*|keeled over|hoofd tussen (?:mijn|m'n|mn|me|haar|d'r|de) knie[e]?n|head between (?:my|her) knees|(?:trek|trekt|trok) (?:[a-z]+ ){0,2}wit weg")) },

  // Falling over and going down said in Flemish and slang ("omvergekukeld", "in mekaar gezakt", "ging
  // bijna out", "knock-out", "ik ga bijna neer"), and "blauw gevallen", voice typing's "flauwgevallen".
  { sign: 'flauwvallen', negatable: true, pattern: re(w("om(?:ver)? ?gekukeld|kukelde (?:[a-z]+ ){0,2}om(?:ver)?|in mekaar (?:gezakt|zakken|gezakte)|(?:zakte|zakt|zak) (?:[a-z]+ ){0,2}in mekaar|ineengezakt|ineen gezakt|(?:ging|ga|gaat|gaan) (?:ik |ze |zij )?(?:bijna |even |echt )?(?:out|k ?o)|(?:bijna|even) out|knock[ -]?out|(?:ga|ging|gaat) bijna neer|blauw ?gevallen|blauw ?(?:vallen|val|viel)|(?:weg ?vallen|weggevallen)(?! van)|(?:ik|ze|zij) (?:viel|val) (?:bijna |even |echt )?weg")) },

  // The room turning, spots before the eyes, legs like pudding, the light going out, "omkieperen".
  { sign: 'flauwvallen', negatable: true, pattern: re(w("alles (?:gaat|begint|ging) (?:te )?draaien|draait alles|(?:de )?(?:hele )?kamer (?:draait|tolt|draaide)|draait de (?:hele )?kamer|omkieper[a-z]*|om te kieperen|zwarte (?:vlekken|puntjes|stippen|stipjes)|(?:vlekken|sterretjes) voor (?:mijn|mn|m'n|de|me) ogen|(?:wit|grijs|wazig|zwart) voor (?:mijn|mn|m'n|de|me) ogen|benen (?:voelden|voelen|voelt|voelde) als pudding|puddingbenen|pudding ?benen|benen van pudding|(?:ging|gaat|gingen) (?:bij (?:mij|haar) )?(?:het licht|de lichten) uit|(?:het licht|de lichten) (?:gaat|ging|gaan|gingen|valt|viel) (?:[a-z']+ ){0,3}uit|(?:ineens|opeens|even|bijna) (?:weg ?viel|wegval|wegvallen)|wegviel")) },

  // Coming to on the floor, found lying somewhere, not knowing how she got there, caught as she fell, legs
  // put up: fainting told by what happened around it ("werd wakker met mijn hoofd tegen de deur", "hij
  // vond me in de gang", "we hebben haar benen omhoog gelegd", "haar vriend heeft haar kunnen opvangen").
  { sign: 'flauwvallen', negatable: false, pattern: re(w("(?:werd|word|wordt|kwam|kom) (?:[a-z]+ ){0,3}(?:wakker|bij)(?: [a-z]+){0,5} (?:op|tegen|naast|onder) (?:de|het|een) (?:[a-z]*vloer|grond|deur|tegels|wc|toilet|muur|wastafel|bad)|(?:ik|ze|zij) wakker op (?:de |het )?(?:[a-z]*vloer|grond|tegels)|(?:vond|vonden|trof|troffen) (?:me|mij|haar|mama|mam|moeder|mijn vrouw|mn vrouw|m'n vrouw|mijn vriendin|mn vriendin|ze|zij) (?:[a-z]+ ){0,3}(?:op de (?:[a-z]*vloer|grond|tegels|wc)|in de (?:gang|badkamer|douche|keuken|wc)|liggen|bewusteloos)|weet (?:niet|niks|niets) (?:meer )?(?:hoe ik (?:daar|hier|op de grond|op de vloer) (?:ben )?(?:gekomen|beland|terechtgekomen|terecht gekomen)|wat (?:er )?(?:is )?(?:gebeurd|gebeurt))|(?:even |een moment |een paar seconden )(?:niks|niets) meer (?:weet|wist|weten)|benen omhoog (?:gelegd|leggen|gedaan|doen)|plat (?:gegaan|gaan|ging|gaat)|ging (?:[a-z]+ )?plat|(?:heeft|hebben|kon|konden) (?:me|mij|haar) (?:[a-z]+ ){0,2}(?:kunnen )?opvangen|(?:me|mij|haar) (?:nog )?(?:net )?(?:op kunnen vangen|opgevangen)")) },
  // Going down or nearly so in other words: "ging bijna onderuit", "bijna omval", "als ik sta val ik om",
  // "viel net om", "ze valt steeds weg", "ze reageert heel traag".
  { sign: 'flauwvallen', negatable: true, pattern: re(w("(?:ging|ga|gaat|gaan|gingen) (?:[a-z]+ ){0,2}onderuit|(?:bijna|haast) (?:onderuit|omval|omvallen|om val|om vallen|omviel|om viel)|(?:val|valt|vallen) (?:ik|ze|zij|je) (?:bijna |meteen |gewoon |steeds )?om(?![a-z])|viel (?:[a-z]+ ){0,2}om(?![a-z])|(?:valt|viel|vallen) (?:[a-z]+ ){0,2}(?:steeds |telkens |af en toe )weg|reageert (?:heel |erg |zo |bijna )?(?:traag|sloom|nauwelijks|amper|niet meer)")) },
  // Cold and trembling all over although the room is warm: chills.
  { sign: 'koorts', negatable: true, pattern: re(w("(?:koud|steenkoud|ijskoud|doodkoud)[^.!?]{0,30} (?:terwijl|ondanks|hoewel) (?:de )?(?:verwarming|kachel|het (?:hier )?(?:warm|heet))|tril (?:[a-z]+ ){0,2}over (?:mijn|mn|m'n|haar|d'r|heel mijn|heel haar) (?:hele )?(?:lijf|lichaam)")) },
  // More the pads cannot hold: "verbanden zijn niet genoeg", an incontinence pad, "ik lek er alsnog
  // doorheen", "een plens bloed", standing in a pool, "ik loop leeg", "bloeden gelijk een rund".
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(near('verband|verbanden|maandverband|maandverbanden|nachtverband|nachtverbanden|kraamverband|tampon|tampons|pad|pads', 'niet genoeg|niet meer genoeg|te weinig|not enough', 4)) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("incontinentie[a-z]*|lek[a-z]* (?:[a-z]+ ){0,3}(?:er ?doorheen|door ?heen)|(?:een |de )?plens(?:en)? (?:bloed|rood)|plenst|(?:sta|stond|zit|zat|lig|lag|staat|zit) (?:[a-z]+ ){0,2}in een (?:plas|plasje|poel)(?: bloed)?|(?:loop|loopt|lopen|liep) (?:[a-z]+ )?leeg(?! van| (?:bij|tijdens|aan) het)|leeg ?(?:loop|loopt|lopen|bloed|bloedt|bloeden)")) },

  // What she uses up or where it shows, said without a word for blood: "een hele rol keukenpapier gebruikt
  // om het op te vangen", "mijn sokken zijn rood", "zo'n plens ineens".
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("(?:hele |halve |een |twee |2 |de )?rol(?:len)? (?:keukenpapier|keukenrol|wc ?papier|wc-papier|toiletpapier|closetpapier) (?:[a-z]+ ){0,2}(?:gebruikt|op|opgemaakt|doorheen|verbruikt|vol)|(?:mijn|mn|m'n|haar|d'r|de) (?:sokken|schoenen|voeten) (?:zijn|zitten|zaten|waren|worden|werden|kleuren|kleurden) (?:helemaal |al |ook |gewoon |echt )?(?:rood|bloederig|vol bloed|onder het bloed|doorweekt)|(?:zo'?n|zon|wat een|een grote|een flinke|een enorme|ineens een) plens(?! (?:water|regen|thee|koffie))")) },
  // Fainting told by what it does: "ben twee keer weggedraaid", "ik moet steeds gaan liggen want anders wordt
  // het zwart", "weet niet hoe lang ik daar lag", Sranan "mi ede e draai" (my head spins).
  { sign: 'flauwvallen', negatable: true, pattern: re(w("weg ?gedraaid|weg ?draaien|weg ?draai|draaide (?:[a-z]+ )?weg|(?:wordt|werd|word|gaat|ging) (?:het|alles) (?:zwart|wit)(?= *(?:$|[.!?,]| voor| als| bij| om| en))|(?:moet|moest|moeten) (?:[a-z]+ ){0,2}(?:gaan )?liggen (?:want|anders|omdat)|ede e draai|van de (?:wc ?)?bril (?:gegleden|gevallen|afgegleden)")) },
  { sign: 'flauwvallen', negatable: false, pattern: re(w("(?:weet|wist|weten) (?:[a-z]+ ){0,2}niet (?:meer )?hoe lang (?:ik|ze|zij) (?:daar |er |op de grond |op de vloer |zo )?(?:lag|heb gelegen|gelegen heb|heeft gelegen|weg was|weg ben geweest)")) },
  // Sranan "mi skin e bron" (my body burns); "een graad of 39".
  { sign: 'koorts', negatable: true, pattern: re(w("skin e bron|skin bron|(?:een )?graad(?:je)? of (?:3[89]|4[0-2]|achtendertig|negenendertig|veertig)")) },
  // Blood in the water and full pads still: "het water wordt rood en er komen klonten", "het zijn nog steeds volle verbanden".
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("(?:het )?water (?:wordt|werd|is|kleurt|kleurde|ziet) (?:helemaal |knal|fel|zo |echt )?rood|nog (?:steeds |altijd )?(?:volle|doorweekte|doordrenkte) (?:verbanden|maandverbanden|nachtverbanden|pads)")) },
  // Pain or bleeding that was to stop long ago: "ik dacht dat het zou stoppen na een week maar we zijn nu bij week vijf".
  { sign: 'aanhoudend', negatable: false, pattern: re(w("(?:zou|zal|moest|moet|zouden|ging) (?:[a-z]+ ){0,3}(?:stoppen|ophouden|over zijn|voorbij zijn|klaar zijn|minder worden)(?:[^a-z0-9]+[a-z0-9']+){0,10}[^a-z0-9]+(?:nu|inmiddels|al|we zijn) (?:[a-z]+ ){0,3}(?:week|dag) (?:[2-9]|[1-9][0-9]|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)")) },

  // Pain that will not go away ("de pijn gaat niet weg", "de buikpijn blijft") or that cannot be borne
  // ("ondraaglijke pijn", "ik verga van de pijn"): the folder's "lang aanhoudende pijn", said without a
  // duration. Not negatable: the "niet" is the sign.
  { sign: 'aanhoudend', negatable: false, pattern: re(w(`(?:${PAIN}) (?:[a-z]+ ){0,2}(?:gaat|ging|wil|wilt) (?:[a-z]+ )?(?:niet|nie) (?:weg|over)|(?:${PAIN}) (?:blijft|blijven|bleef|bleven)(?: maar)?(?= *(?:$|[.!?,]))|ondraaglijke? (?:${PAIN})|(?:${PAIN}) (?:is|was|wordt|werd) (?:[a-z]+ )?(?:ondraaglijk|niet te (?:harden|doen|houden))|(?:verga|vergaan|verging|kronkel|kronkelde|creperen|crepeer) (?:[a-z]+ ){0,2}van (?:de )?(?:${PAIN})|unbearable (?:${PAIN})`)) },

  // Bleeding to death, said or feared: "ik bloed dood", "het voelt alsof ik doodbloed", "leegbloeden". A
  // question ("kan ik doodbloeden?") escalates too: the answer to that fear is when to call. "bleeding" is
  // folded to "bloeding" by the typo folder before the patterns read it.
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w('dood ?bloed[a-z]*|(?:bloed|bloedt|bloedde) (?:[a-z]+ )?dood|leeg ?bloed[a-z]*|(?:bleeding|bloeding) to death|bleeds? to death|bleed(?:ing)? out')) },

  // Short chat messages (set 9): a temperature with where it was taken ("onder de arm al 38"); stuck on the
  // toilet; "houdt niet op met gutsen"; a whole message that is a follow-up ("alweer doorheen", "weer bijna
  // weg", "nog steeds"): in this chat a bare follow-up is about the symptom, and escalating is cheap.
  { sign: 'koorts', negatable: true, pattern: re(near("onder (?:de|mijn|mn|m'n|haar) (?:arm|oksel)|oksel|in (?:mijn|mn|het|haar) oor|oorthermometer|rectaal|in (?:de|mijn) (?:mond|kont|bil)", TEMPERATURE, 3)) },
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w("(?:kan|kon|durf|durfde) (?:[a-z]+ )?(?:niet|nie|ni) (?:meer )?van (?:de|het) (?:wc|toilet|pot) (?:af|weg|opstaan)|(?:houdt|hield|wil|wilt) (?:[a-z]+ )?(?:niet|nie) (?:op|stoppen) met (?:gutsen|stromen|bloeden|vloeien|lopen|lekken)|^(?:[a-z]+ )?(?:alweer|weer) (?:er ?)?doorheen[ .!?]*$")) },
  { sign: 'flauwvallen', negatable: false, pattern: re(w("^(?:ik )?(?:ga |ben |was )?(?:weer |alweer )?bijna weg[ .!?]*$|(?:was|ben|ging|even|ff|effe|eventjes) (?:ff |even |effe |eventjes |heel even )?weg (?:op|in|bij|naast) (?:de|het) (?:wc|toilet|badkamer|douche|bank|vloer|bed)|(?<!het )zwart (?:zien|zie|zag|gezien)(?! in)|(?:mijn|mn|m'n|haar|d'r) ogen (?:werden |worden |gingen |gaan |waren )?zwart|alles (?:werd |wordt |was |is |ging )?zwart|van (?:mijn|mijne|mn|m'n|haar|d'r|zijn|de) sokken (?:gegaan|gaan|ging|gevallen|gegaan)")) },
  { sign: 'aanhoudend', negatable: false, pattern: re(w(`^(?:en |maar )?(?:het is |het |de pijn |pijn |het bloeden |bloeden |bloed )?(?:nog steeds|nog altijd|nog stees|nog stets|blijft maar|houdt niet op|stopt niet)(?: zo| erg| zo erg)?[ .!?]*$|dag (?:[3-9]|[1-9][0-9]) (?:van|met) (?:de |het |mijn |mn )?(?:${PAIN}|${BLEEDING})|(?:het |t |'t )?(?:wordt|word|werd) (?:[a-z]+ ){0,2}niet minder maar (?:meer|erger)`)) },

  // Set 12's styles. Fainting told as coming to, or as how long she was gone ("kwam bij met mijn wang tegen de
  // koude tegels", "een paar tellen weg", "geen idee hoeveel minuten ik weg was"), going down in other words
  // ("ging in de supermarkt tegen de vloer", "viel bij mij thuis om", "tuimelde om", "hing slap in de stoel",
  // "draaide haar ogen weg"), black before the eyes said with a verb between ("het zwart wordt voor mijn
  // ogen"), and a nurse's words (syncope, pre-syncopaal).
  { sign: 'flauwvallen', negatable: true, pattern: re(w("(?:een paar|paar|enkele|[0-9]+|tien|twintig|dertig|veertig) (?:tellen|seconden|sec|minuten|min) (?:lang )?(?:weg|buiten westen|van de wereld|bewusteloos|(?:niks|niets)(?= *(?:$|[.!?,])))|(?:ging|gaat|ga|gingen|gaan) (?:[a-z]+ ){0,6}tegen de (?:vloer|grond|vlakte|tegels)|viel (?:[a-z]+ ){0,5}om(?= *(?:$|[.!?,;]))|tuimel[a-z]* (?:[a-z]+ ){0,2}om(?![a-z])|om ?getuimeld|(?:hing|hangt|hangen|hingen) (?:helemaal |ineens |opeens )?slap|(?:draaide|draait|draaiden|draaien) (?:mijn|mn|m'n|haar|d'r|zijn|de) ogen weg|ogen (?:[a-z]+ )?weg ?(?:gedraaid|draaiden|draaien|rolden)|(?:zwart|wit|grijs|wazig|sterretjes|vlekken) (?:[a-z]+ ){1,2}voor (?:mijn|mn|m'n|de|me|haar|d'r) ogen|syncop[a-z]*|presyncop[a-z]*")) },
  // Not negatable: "geen idee hoeveel minuten ik weg was" says she was.
  { sign: 'flauwvallen', negatable: false, pattern: re(w("(?:kwam|kwamen|kom|komt) (?:[a-z]+ ){0,2}bij (?:met|op|tegen|naast|onder|in) (?:[a-z']+ ){0,6}(?:tegels|vloer|grond|wc|toilet|bad|douche|bank|deur|muur)|(?:hoeveel (?:tellen|seconden|minuten)|hoe lang|hoelang) (?:ik|ze|zij) (?:weg|buiten westen|van de wereld) (?:was|ben geweest|is geweest|geweest)")) },
  // Blood down the legs by other words and other body parts ("druipt het rood over mijn kuiten tot in mijn
  // sloffen"), two pads worn at once that still leak, pads counted in an hour and a half.
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("(?:druipt|druppelt|loopt|liep|stroomt|stroomde|sijpelt|gutst) (?:[a-z]+ ){0,4}(?:over|langs|tot op|tot in|op) (?:mijn|mn|m'n|me|haar|d'r|de) (?:kuiten|dijen|enkels|knieen|benen|been|voeten|sloffen|sokken|schoenen)|(?:twee|2|drie|3) (?:[a-z]+ )?(?:verbanden|nachtverbanden|maandverbanden|kraamverbanden|pads) (?:tegelijk|over elkaar|op elkaar|boven op elkaar)|lekt (?:er )?(?:[a-z]+ ){0,4}(?:aan de zijkant(?:en)? )?uit|(?:in|binnen) (?:anderhalf|anderhalve|een half|een halve|half) uur (?:[a-z]+ ){0,3}(?:verbanden|verband|maandverbanden|nachtverbanden|pads|tampons)|(?:verbanden|maandverbanden|nachtverbanden|pads|tampons) (?:[a-z]+ ){0,3}(?:in|binnen) (?:anderhalf|anderhalve|een half|een halve|half) uur")) },
  // Bleeding said with a span of three weeks or more ("nog steeds bloedverlies na 4 weken", "al sinds begin
  // vorige maand"): the folder's "enkele weken afnemend" is over by then, so it is "lang aanhoudend"
  // (checked in detect.ts: it needs bleeding, and not bleeding that is getting less).
  // English as partners and expats write it (test/alarm/english.jsonl): chills as "teeth chattering" or
  // "freezing and boiling", clots "like plums", going "grey", "down like a sack", "can't wake her",
  // "unconscious", the fourth week of bleeding, bleeding that "won't let up" or goes on "for ages".
  { sign: 'koorts', negatable: true, pattern: re(w("teeth (?:are |keep |kept )?chattering|chattering teeth|freezing and (?:boiling|burning)|(?:boiling|burning) (?:up )?and freezing|(?:skin|forehead|body) (?:is |feels |felt )?(?:red hot|burning hot|on fire)")) },
  { sign: 'hevig-bloedverlies', negatable: true, pattern: re(w("clots? (?:like|as big as|the size of|bigger than|size of) (?:a |an |my )?(?:plums?|golf ?balls?|lemons?|eggs?|fists?|palms?|oranges?|grapes?|walnuts?)")) },
  { sign: 'flauwvallen', negatable: true, pattern: re(w("gr[ae]y(?:ing|ed)? out|gr[ae]yed out|(?:went|go|goes|going) down like a (?:sack|stone|log)|white as a sheet|(?:can'?t|cannot|couldn'?t|could not) wake (?:her|him|me)(?: up)?|(?:not|isn'?t|stopped) (?:answering|responding)(?: (?:me|to me|to her name|to anything|at all))?(?= *(?:$|[.!?,;]))|(?:fell|went|was|is) unconscious|unconscious|knocked (?:herself |myself )?out")) },
  { sign: 'aanhoudend', negatable: false, pattern: re(w(`(?:${PAIN}|${BLEEDING}) (?:[a-z']+ ){0,2}(?:won'?t|wont|will not|doesn'?t|isn'?t|is not) (?:stop|stopping|let up|go away|ease|ease off|slow down)|(?:${PAIN}|${BLEEDING}) keeps? (?:building|getting worse|going)|(?:[3-9](?:rd|th)?|third|fourth|fifth|sixth) week of (?:bleeding|pain|cramps|cramping)|(?:${BLEEDING})[^.!?]{0,40}(?:for ages|way longer than)`)) },
  // Set 13's styles (test/alarm/redteam13.jsonl). Pads counted ("zit ik al aan mijn vijfde verband", "het
  // volgende is ook al vol"), a pool on the tiles, bled through onto the car seat, blood coming "in stoten";
  // going down against the furniture or through the legs, grey skin and white lips, not knowing how she got
  // there, a minute not waking, youth's "ging out".
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w("(?:zit|ben) (?:ik |ze )?(?:al |nu |alweer )*(?:aan|bij|op) (?:mijn|mn|m'n|haar|het|de) (?:vierde|vijfde|zesde|zevende|achtste|negende|tiende|[4-9]e|[1-9][0-9]e) (?:verband|maandverband|kraamverband|nachtverband|pad|inlegkruisje)|(?:volgende|nieuwe|tweede|derde|volgend) (?:[a-z]+ )?(?:is|was|zit) (?:ook |alweer |weer |al |nu )*(?:vol|doorweekt|doorgelekt)|(?:staat|ligt|lag|stond) (?:er )?(?:een )?plas (?:bloed )?op de (?:tegels|vloer|grond|badmat|mat)|heen gebloed|doorgebloed|door gebloed|(?:komt|kwam|gutst|spuit|stroomt) (?:er )?(?:[a-z]+ ){0,2}in (?:stoten|golven|gutsen|scheuten)")) },
  { sign: 'flauwvallen', negatable: false, pattern: re(w("door (?:mijn|mn|m'n|me|haar|d'r|de) (?:benen|knieen) (?:heen )?(?:gezakt|gegaan)|(?:tegen|langs) (?:de|het|een) (?:[a-z]+ ){0,2}(?:aan )?(?:gezakt|gegleden|neergezakt|weggezakt)|(?:lippen|lip) (?:zijn |zien |worden |werden |zijn helemaal )?(?:wit|blauw|grauw|spierwit)|(?:witte|blauwe|grauwe) lippen|(?:ik|ze|zij|je|hij) (?:zie|ziet|zag|zien) (?:er )?(?:zo |heel |helemaal |echt )?(?:grauw|lijkbleek|asgrauw|spierwit)|weet (?:niet|nie|ni) (?:meer )?hoe ik (?:daar|hier|op de grond|op de vloer) (?:ben )?(?:kwam|gekomen|beland)|(?:minuut|minuten|seconden|tijdje|even) (?:lang )?(?:niet|nie|ni) (?:wakker|aanspreekbaar|bij bewustzijn)|(?:ging|gaat|ga) (?:gewoon |gwn |even |ff |echt )?out(?![a-z])")) },
  // The dev-form alarm set (test/alarm/dev-form.jsonl): sagging away in his arms, seconds gone, standing up
  // "zonder dat het zwart wordt", seeing everything turn, Flemish "rechtstaan"; told it would get less, but
  // the bleeding or pain has not.
  { sign: 'flauwvallen', negatable: false, pattern: re(w("(?:(?:zakte|zakt) (?:ze|ik|hij)|(?:ze|ik) (?:zakte|zakt)) (?:ineens |opeens |gewoon |even |helemaal |bijna )*weg(?! in (?:slaap|mijn slaap|een slaap))|seconden (?:lang )?(?:helemaal )?weg(?= *(?:$|[.!?,]| en))|zonder dat (?:het|alles) (?:[a-z]+ )?(?:zwart|wit|grijs) (?:wordt|word|ziet)|(?:zie|zien|ziet) alles (?:draaien|tollen)|(?:kan|kon) (?:[a-z]+ )?(?:niet|ni|nie) (?:meer )?(?:rechtstaan|recht staan)")) },
  { sign: 'aanhoudend', negatable: false, pattern: re(w(`(?:zei|zeiden|zegt|dacht|dachten|verwachtte|hoopte) dat het (?:[a-z]+ ){0,3}(?:minder|over|voorbij|weg) zou (?:worden|zijn|gaan)[^.!?]{0,30}maar[^.!?]{0,40}(?:${PAIN}|${BLEEDING})`)) },
  // The second dev-form alarm set (test/alarm/dev-form2.jsonl): bath water dark red and "het blijft maar
  // komen", a bath towel in her underwear, shaking under the blanket with a burning head, "geen dag zonder bloed of pijn".
  { sign: 'hevig-bloedverlies', negatable: false, pattern: re(w("(?:water|bad|badwater|wc|pot|douchebak) (?:[a-z]+ ){0,3}(?:is|wordt|werd|kleurt|kleurde|ziet|zag) (?:[a-z]+ )?(?:helemaal |echt |gewoon )?(?:donkerrood|knalrood|felrood|bloedrood|helemaal rood)|(?:het|t) (?:[a-z]+ )?blijft maar komen|(?:handdoek|badhanddoek|theedoek) in (?:mijn|mn|m'n|haar|d'r) (?:ondergoed|onderbroek|broek)|(?:het|t|bloed) loopt (?:gewoon |zo )?uit (?:me|mij|haar)")) },
  { sign: 'koorts', negatable: true, pattern: re(w("(?:hoofd|voorhoofd|lijf|lichaam|huid) (?:[a-z]+ ){0,2}(?:brandt|brandde|staat in brand)|(?:onder|in) (?:de|een|twee|het) (?:deken|dekens|dekbed) (?:[a-z]+ ){0,3}(?:beven|bibberen|trillen|rillen|te beven|te trillen)")) },
  { sign: 'aanhoudend', negatable: false, pattern: re(w(`geen (?:enkele )?dag (?:meer )?zonder (?:[a-z]+ ){0,2}(?:${PAIN}|${BLEEDING})`)) },
  // lang aanhoudende pijn en bloedverlies (checked in detect.ts: these need pain or bleeding too)
];

export const DURATION_SPAN_PATTERN = re(w(DURATION_SPAN));
export const DURATION_WORDS_PATTERN = re(w(DURATION_WORDS));
export const WORSENING_PATTERN = re(w(WORSENING));
/** It will not go away or stop: stronger than "nog steeds", which ordinary questions say too. */
export const WONT_STOP_PATTERN = re(w("hoe lang (?:nog|gaat dit nog|duurt dit nog)(?![a-z])|geen verschil|houden (?:[a-z]+ ){0,2}niet op|nog (?:precies |steeds |altijd )?(?:hetzelfde|even erg|even veel)|niks veranderd|niets veranderd|(?:gaat|gaan) (?:[a-z]+ ){0,2}(?:niet|ni|nie) (?:weg|over)|blijft maar (?:doorgaan|komen|duren)|stopt maar niet|maar niet (?:stopt|ophoudt|overgaat|weggaat|minder wordt)|houdt (?:[a-z]+ ){0,2}niet op|(?:wil|wilt) (?:[a-z]+ ){0,2}niet (?:weg|over|stoppen)"));
// Pads counted mean bleeding too: "gister 2 verbanden, vandaag al 5, het wordt meer".
export const BLEEDING_PATTERN = re(w(`${BLEEDING}|bruin verlies|rood verlies|spotting|stolsels|stolsel|verband|verbanden|maandverband|maandverbanden|nachtverband|nachtverbanden`));
export const PAIN_PATTERN = re(w(PAIN));
export const PAINKILLER_NO_HELP_PATTERN = re(
  `${near(PAINKILLER, NO_HELP, 8)}|${near(PAINKILLER, '(?:de )?pijn (?:is )?(?:er )?nog steeds|nog steeds (?:[a-z]+ ){0,2}(?:pijn|dubbel|krom|kramp|krampen)|alles geprobeerd|(?:nog steeds|nog altijd|blijft|is het|zit ik op|zit op) (?:een |op een )?(?:[6-9]|10|zes|zeven|acht|negen|tien) (?:van de|op|uit|op de|/) ?(?:10|tien)', 10)}`,
);
/** Nothing helps, said of the pain itself: "niks helpt tegen die krampen". */
export const NOTHING_HELPS_PATTERN = re(
  w("niks helpt|niets helpt|helpt niks|helpt niets|helpt niet|helpen niet|niks werkt|niets werkt|werkt niet|(?:doet|doen|helpt|helpen|werkt|werken) (?:[a-z]+ ){0,2}(?:niks|niets|geen zak|geen moer)|nothing helps|nothing works"),
);
// Every word for pain or bleeding: "aanhoudende buikpijn" is the folder's criterion as much as "aanhoudende pijn".
/** "het wordt erger en erger": in this chat "het" is the pain or the bleeding. */
export const IT_GETS_WORSE = re(w('het (?:wordt|word|werd|gaat|ging) (?:[a-z]+ ){0,2}(?:erger|heftiger)|^(?:en |maar )?(?:wordt|word|gaat|werd) (?:[a-z]+ ){0,2}(?:erger|heftiger)|erger en erger|it(?:\'s| is) getting worse'));
/** "het houdt niet op (sinds de curettage)": in this chat "het" is the bleeding or the pain. Not negatable: the "niet" is the message. */
export const IT_GOES_ON = re(w("het (?:houdt|hield) (?:[a-z]+ ){0,2}niet op|het (?:stopt|stopte) (?:maar |gewoon |echt )?niet|het gaat maar door|it (?:won'?t|doesn'?t|does not|will not) stop"));
const THREE_OR_MORE = '[3-9]|[1-9][0-9]|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf';
const WEEKS = 'week|weken|wk|wkn|weeks';
/** A span of three weeks or more, said as a span and not as how far along she is ("ik ben 8 weken"). */
export const THREE_WEEKS_OR_MORE = re(w(
  // "5 weken geleden ... nooit gestopt met bloeden": weeks ago, and it has not stopped since. "het bloeden is na 3
  // weken nog niks minder", "het is al zes weken na de miskraam": "is" here is the bleeding's or the time's, not "ik
  // ben al 3 weken zwanger". "sinds de miskraam in januari ... nu is het maart": months named.
  `(?:${THREE_OR_MORE}) (?:${WEEKS}) geleden(?=[^.!?]{0,80}(?:nooit|niet) (?:meer )?(?:gestopt|opgehouden))|(?<=(?:is|was) )na (?:${THREE_OR_MORE}) (?:${WEEKS})(?! (?:zwanger|zw|pregnant))|(?<=(?:het|t|'t) (?:is|was) )al (?:${THREE_OR_MORE}) (?:${WEEKS})(?! (?:zwanger|zw|pregnant))|(?:sinds|in|vanaf|half|begin|eind|midden) (?:${MONTH})[^.!?]{0,80}(?:nu is het|het is nu|inmiddels is het|en nu) (?:al )?(?:half |begin |eind |midden )?(?:${MONTH})|(?<!(?:ben|bent|is|was|zit op|zat op) )(?:al|sinds|ruim|inmiddels|bijna|meer dan|langer dan|nu al|na|for|after) (?:(?:ruim|bijna|zo'?n|een stuk of|wel) )?(?:${THREE_OR_MORE}) (?:${WEEKS})(?! (?:zwanger|zw|ver|onderweg|pregnant))|(?:${THREE_OR_MORE}) (?:${WEEKS}) (?:lang|al|achter elkaar|aan een stuk|non ?stop|op rij|now|straight)|wekenlang|al weken|weeks now|(?:al|nu al|ruim|bijna|meer dan|sinds) (?:een|1|anderhalve) maand|maand lang|(?:een|1) maand lang|na (?:een|1) maand|for (?:a|one|over a|more than a) month|months now|(?:al )?sinds (?:begin |half |eind |midden |het begin van )?(?:vorige|afgelopen) maand`,
));
/** A month after the miscarriage: a span only when the bleeding is said to go on ("nog steeds", "still"). */
export const A_MONTH_AFTER = re(w("(?:een|1) maand na|(?:a|one) month after|(?:a|one) month later"));
/** Bleeding that is getting less: the folder's normal course, not a reason to call. */
export const LESSENING = re(w("(?<!niet )(?<!geen )(?<!nauwelijks )(?<!amper )(?<!niks )(?<!niets )(?<!geen beetje )minder|afnemend|neemt (?:[a-z]+ ){0,2}af|(?<!niet )afgenomen|bijna (?:over|gestopt|weg|klaar|op)|lichter|lichtroze|getting less|less and less|lighter|almost stopped|bijna niks meer|bijna niets meer|(?:bloed|bloeden|bloedt|bloedde) (?:[a-z]+ ){0,3}niet meer|(?<!nooit )(?<!niet )(?<!nooit meer )gestopt|(?<!nooit )(?<!niet )opgehouden|(?<!never )stopped"));
export const LONG_LASTING_PHRASE = re(w(`(?:lang )?aanhoudende? (?:${PAIN}|${BLEEDING})`));

/** Words that deny what follows them within the same clause. */
export const NEGATORS = new Set(['geen', 'niet', 'nie', 'ni', 'zonder', 'nooit', 'no', 'not', 'never', 'nergens', "isn't", "don't", "dont", 'nee']);
/** Words that start a new clause: a negation before them does not reach past them. */
export const CLAUSE_BREAKERS = new Set(['maar', 'wel', 'en', 'of', 'want', 'dus', 'but', 'and', 'toch', 'alleen', 'behalve']);

/** Core alarm words and their common misspellings are mapped before matching; see detect.ts. */
export const ALARM_WORDS = ['koorts', 'koortsig', 'pijnstillers', 'bloedverlies', 'bloeding', 'flauwgevallen', 'flauwvallen', 'duizelig', 'rillerig', 'rillingen', 'verhoging', 'stolsels', 'doorweekt', 'bewusteloos', 'weggeraakt', 'klappertanden', 'aanhoudende'];
