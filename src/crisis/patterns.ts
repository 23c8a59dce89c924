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
  // English
  { sign: 'levensmoe', negatable: false, pattern: w("(?:don't|dont|do not) want to (?:live|be alive|be here)|want to die|wanna die|no reason to live|better off without me|wish i (?:was|were) dead") },
  { sign: 'zelfdoding', negatable: true, pattern: w('kill myself|killing myself|end my life|end it all|take my (?:own )?life|suicidal|suicide') },
  { sign: 'zelfbeschadiging', negatable: true, pattern: w('hurt myself|harm myself|self harm|self-harm|cut myself') },
];

export const CRISIS_NEGATORS = new Set(['geen', 'niet', 'nooit', 'no', 'not', 'never', 'zonder']);
