/**
 * Crisis signs told in pieces. Two blind red-team sets showed that people rarely use a fixed phrase:
 * they name a means and a preparation ("de oxycodon ... alles bewaard ... ik denk dat het nu genoeg
 * is"), an act and a part of the body ("ik kras met een schaartje in mijn bovenbenen"), or an act and
 * a reason ("... de huid is kapot. ze zegt dat ze het verdient"). Each cue alone is ordinary in this
 * chat (pills, a bridge, a wound, "verdien"); two of the right kinds close together are a sign.
 *
 * "Close together" is one sentence and the next (and the one after when they are short), in pieces of
 * 200 characters for text without full stops; voice typing's "punt" and "komma" end a sentence too. A
 * long story does not join a cue in its first line to one in its last.
 */
import type { CrisisSign } from './patterns.js';

const w = (source: string) => new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`);

/** Medicines people keep at home or are given after a miscarriage or a curettage. */
const MEANS = w(
  '[a-z]+(?:pam|pammetje|pammetjes|pilletjes|tabletjes)|ilac|ilaclar|leki|sertraline|citalopram|escitalopram|fluoxetine|paroxetine|venlafaxine|mirtazapine|zopiclone|zolpidem|zopiclon|quetiapine|amitriptyline|pillen|pil|tabletten|strip|strips|doosje|doosjes|medicijnen|medicatie|pijnstillers|pijnstilers|pijnstiller|paracetamol|oxycodon|oxy|oxazepam|temazepam|diazepam|lorazepam|tramadol|morfine|slaappillen|slaappil|slaapmiddel|slaapmiddelen|antidepressiva|insuline|insulinepennen|insulinepen|insulin|pills|tablets|meds|sleeping pills|pain pills',
);
/** Keeping them, counting them, having enough of them. */
const STOCK = w(
  "(?:alles|allemaal|ze|die) (?:[a-z]+ ){0,2}bewaard|bewaard in (?:een|de|mijn|mn)|(?:het zijn er|ik heb er) (?:nu )?(?:best |heel |al )?veel|voor als het (?:echt )?(?:niet|ni|nie) meer gaat|moet het (?:wel )?lukken|zou het (?:wel )?moeten lukken|niet om te slapen|bewaar (?:ze|die) (?:allemaal|al)|klaar ?gelegd|klaar ?gelegt|klaargezet|klaar gezet|klaarliggen|klaar liggen|voor als ik het (?:niet|ni|nie) meer (?:trek|aankan|aan kan|volhoud|zie zitten)|(?:is|zijn) genoeg|genoeg (?:is|zijn)|dat het genoeg|er veel van (?:neemt|neem|slikt|nemen)|it would take|would it take|would be enough|be enough|how much (?:[a-z]+ )?(?:would|is)|opgespaard|opgespaart|spaar (?:ze|die|ik)|spaarde|sparen|gespaard|verzameld|gehamsterd|hamster|(?:nu|al|wel) genoeg|[1-9][0-9] (?:liggen|ligge|stuks)|neem ik ze allemaal|slik ik ze allemaal|saved up|saving|enough now|have enough|stockpil[a-z]*|it takes",
);
/** High places, the railway, deep water. */
const PLACE = w('[a-z]*brug|reling|[a-z]*balkon|balkon[a-z]*|dak|kanaal|rivier|gracht|haven|pijler|pijlers|goederentrein|trein|treinen|intercity|flat|verdieping|vensterbank|parkeergarage|toren|klif|pier|perron|spoor|spoorlijn|rails|overweg|viaduct|kade|bridge|railway|rooftop|ledge');
/** Going over, falling, not surviving it, or wanting it to stop there. */
const FALL = w(
  "springen|spring|springt|gesprongen|over de rand|over de reling|geklommen|naar beneden|de diepte|overleeft|overleef|overleven|dan is het (?:klaar|voorbij|over)|dat het stopt|dat het ophoudt|benen naar buiten|naar binnen getrokken|op de rand|hoog genoeg|hoe hoog|weet niet (?:eens )?waarom ik dit (?:typ|schrijf|stuur)|weet niet of ik (?:terug|naar huis)|weet niet of ik terugga|niet meer terug(?:kom|ga)|gas gegeven|op het laatst (?:toch )?(?:gestuurd|uitgeweken|geremd)|(?:vannacht|vanavond|vandaag|straks) misschien(?=\\s*(?:$|[.!?]))|tel de minuten|teruggeklommen|terug geklommen|aan de andere kant van|jump|jumping",
);
/** Cutting, scratching, burning, hitting oneself: the act. Not pricking: that is nearly always a blood test. */
const ACT = w(
  "kras|krast|kraste|krassen|gekrast|snij|snijd|snijdt|snijden|sneed|gesneden|gesnede|kerf|kerven|gekerfd|brand|verbrand|verbrandde|gebrand|stomp|stompte|gestompt|sla|sloeg|geslagen|slaan|knijp|kneep|geknepen|krab|krabt|krabde|gekrabd|opengehaald|opengekrabd|bonk|bonkte|gebonkt|knal|knalt|knallen|laat knallen",
);
/** Parts of the body, owned: "in mijn bovenbenen", "haar armen", "mijn eigen dijen". Not hands or the head: "ik sla mijn handen voor mijn gezicht". */
const OWN_BODY = w(
  "(?:mijn|mn|m'n|haar|d'r|zijn|z'n|je|jouw)(?: eigen)? (?:arm|armen|onderarm|onderarmen|bovenarm|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|enkel|enkels|vinger|vingers|knokkels|huid|buik|borst|heup|heupen)",
);
/** An accident or an itch, not an act. */
const ACCIDENT = w('bbq|barbecue|kaars|strijken|strijkijzer aan|(?:opengehaald|gesneden|gebrand|verbrand|gekrast|gestoken) aan (?:de|het|een)|in de tuin|tuinieren|bramen|doornen|rozenstruik|per ongeluk|bij het koken|bij het snijden|aan de oven|aan het fornuis|aan de pan|jeuk|jeukt|jeukte|uitslag|eczeem|allergie|muggenbult[a-z]*|kat|poes|zon|zonnebrand|strand');
/** Injections, blood tests and operations: "een prik in mijn arm" is the anti-D, "in mijn buik gesneden" the surgeon. */
const MEDICAL = w('tetanus[a-z]*|bloedprik|bloedprikken|anti-d|antid|injectie|spuit|vaccin|verpleegkundige|huisarts|dokter|arts|gyn|gynaecoloog|ziekenhuis|infuus|prikpost|lab|operatie|geopereerd|keizersnede|kijkoperatie|laparoscopie|chirurg|curettage|ze hebben|hebben ze');
/** Why she does it, or what it does for her. */
const REASON = w(
  "de enige manier|enige manier om|stil te krijgen|drang|pijn van binnen|om de pijn (?:[a-z ]{0,15})eruit|rustig (?:van|maakt|werd)|expres|met opzet|opzettelijk|bewust|verdien|verdient|verdiend|straf|straffen|om iets (?:anders )?te voelen|wilde dat het pijn deed|wil dat het pijn doet|het enige (?:dat|wat) (?:nog |even )?helpt|(?:dat|omdat) (?:ze|ik) het zelf (?:doet|deed|doe)|het enige dat de druk|zodat niemand het ziet|deed (?:eigenlijk )?deugd|(?:had|heb|hebt) (?:het )?zelf gedaan|zelf (?:had|heb) gedaan|on purpose|only thing|lets me breathe",
);
/** What such an act leaves. */
const MARKS = w('wond|brandplekjes|ronde plekjes|wonden|wondjes|sneden|sneetjes|snijwonden|littekens|brandwonden|brandplekken|blauwe plekken|plekken|bloedvlekken|huid (?:is )?kapot|kale plek|open lagen|openlagen|knallen');

/** Sentences and short ones after them, up to this many characters, count as close together. */
const WINDOW = 200;

/** The stretches of text that count as close together: each sentence with the next (two more when they are short). */
function windows(text: string): string[] {
  const sentences = text.split(/(?<=[.!?\n])\s+|\s+(?:punt|komma)\s+/).flatMap((sentence) => {
    if (sentence.length <= WINDOW) return [sentence];
    const parts: string[] = [];
    for (let start = 0; start < sentence.length; start += WINDOW / 2) parts.push(sentence.slice(start, start + WINDOW));
    return parts;
  });
  return sentences.map((sentence, i) => {
    let window = sentence;
    for (let next = i + 1; next < sentences.length && next <= i + 2; next++) {
      if (next > i + 1 && window.length + sentences[next]!.length > WINDOW) break;
      window += ` ${sentences[next]}`;
    }
    return window;
  });
}

/** Keeping it from others: the marks hidden, explained away, or more each day. */
const HIDDEN = w('(?:ziet|zien|weet|weten) (?:ze|hij|zij|iedereen) wat ik|wat ik gedaan heb|niemand (?:vraagt|ziet|weet)|vest|verstopt|verstop|verberg|verborgen|pleister|pleisters|lange mouwen|niemand (?:het )?ziet|zegt dat het (?:van|niks|niets)|elke dag meer|steeds meer|er (?:elke dag|steeds) meer bij');
/** Blades and other tools of self-harm. */
const TOOL = w('mes|mesje|mesjes|scheermes|scheermesje|scheermesjes|keukenmes|schaar|schaartje|scherf|glas|naald|aansteker');
/** Not eating. */
const STARVING = w('overgeven na het eten|braken na het eten|(?:ga|ging) (?:[a-z]+ ){0,2}overgeven|(?:niks|niets|bijna niks) (?:meer )?(?:gegeten|eten|te eten)|eet (?:al |bijna )?(?:[a-z0-9]+ (?:dagen|dag) )?(?:niks|niets)|krijgt het (?:ook )?niks|honger');
/** Why she does not eat: a punishment, a body that failed. */
const PUNISHMENT = w('straf|straffen|verdien|verdient|gefaald|krijgt het (?:ook )?niks');

/**
 * How medicines are asked about when they are taken as prescribed: "mag ik ze allemaal tegelijk innemen",
 * "hoeveel paracetamol is genoeg om de pijn weg te krijgen".
 */
const DOSING = w('mag ik|moet ik|kan ik|hoe vaak|hoeveel mag|dosering|dosis per|voorgeschreven dosis|genoeg (?:om|tegen|voor) (?:de|mijn|mn|m\'n) (?:pijn|krampen|hoofdpijn|buikpijn)');

/** The crisis signs that two cues close together give. */
export function cueSigns(text: string): CrisisSign[] {
  const signs = new Set<CrisisSign>();
  for (const window of windows(text)) {
    if (MEANS.test(window) && STOCK.test(window) && !DOSING.test(window)) signs.add('zelfdoding');
    if (PLACE.test(window) && FALL.test(window)) signs.add('zelfdoding');
    const act = ACT.test(window);
    const accident = ACCIDENT.test(window);
    const body = OWN_BODY.test(window);
    // An act, or a blade, on her own body: "ga ik met een schaar over mn arm".
    if ((act || TOOL.test(window)) && body && !accident && !MEDICAL.test(window)) signs.add('zelfbeschadiging');
    const marks = MARKS.test(window);
    if ((act || marks || TOOL.test(window)) && REASON.test(window) && !accident) signs.add('zelfbeschadiging');
    // Marks on her body or an act, hidden or explained away: "brandwonden op haar arm, ze zegt dat het van de oven is".
    if ((act || (marks && body)) && HIDDEN.test(window) && !accident) signs.add('zelfbeschadiging');
    if (STARVING.test(window) && PUNISHMENT.test(window)) signs.add('zelfbeschadiging');
  }
  return [...signs];
}
