import { describe, expect, it } from 'vitest';
import { detectAlarm } from '../../src/alarm/detect.js';

const signsOf = (text: string) => detectAlarm(text).signs;

describe('alarm: koorts', () => {
  it.each([
    'ik heb koorts',
    'KOORTS NA MISKRAAM',
    'ik heb koors sinds vannacht',
    'koorst!!',
    'voel me koortsig',
    'temperatuur 38,2',
    'net gemeten: 38.5',
    '39 graden',
    'thermometer zegt 39',
    'ik heb wat verhoging',
    'lig te klappertanden van de kou',
    'ik ben rillerig',
    'gloeiend heet hoofd',
    'heel warm en dan weer ijskoud',
    'koud en warm tegelijk',
    'I have a fever',
    'temperatuur 38 komma 4',
    // voice typing writes the numbers out
    'thermometer zegt achtendertig komma vijf',
    'negenendertig graden',
    'achtendertig negen',
    '38,9',
    'mijn hele lijf schokt van de kou',
    'voel me grieperig en heet',
    'ze is helemaal heet en zweterig',
    // feeling very ill, without a temperature: the infection fever signals
    'ik voel me doodziek',
    'ik voel me zo ziek na de curettage',
    'ik ben ziek geworden na de tabletten',
    'mijn vriendin is heel ziek',
  ])('%s', (text) => {
    expect(signsOf(text)).toContain('koorts');
  });

  it('does not read being sick of something, or calling in sick, as feeling ill', () => {
    expect(detectAlarm('ik ben ziek van verdriet').alarm).toBe(false);
    expect(detectAlarm('ik word ziek van het wachten').alarm).toBe(false);
    expect(detectAlarm('mag ik me ziek melden na een miskraam').alarm).toBe(false);
    expect(detectAlarm('ik voel me niet ziek').alarm).toBe(false);
  });

  it('reads a temperature, not an age or a pregnancy week', () => {
    expect(detectAlarm('ik ben 38 en wil nog een kindje').alarm).toBe(false);
    expect(detectAlarm('ik ben nu 39 weken').alarm).toBe(false);
    expect(detectAlarm('ik was 38,5 weken zwanger van de eerste').alarm).toBe(false);
  });
});

describe('alarm: hevig bloedverlies', () => {
  it.each([
    'ik bloed heel erg',
    'veel bloedverlies',
    "there's blood everywhere and i feel really weak",
    // bleeding to death, said or feared
    'ik bloed dood',
    'het voelt alsof ik doodbloed',
    'ik ben aan het doodbloeden',
    'kan ik doodbloeden?',
    'im bleeding to death',
    'bloedferlies heel veel',
    'elk kwartier een nieuw verband vol',
    'een verband per uur doorweekt',
    'het loopt langs mijn benen',
    'het bloed loopt door mijn broek heen',
    'door de handdoek heen',
    'stolsels zo groot als mijn vuist',
    'grote klonten bloed',
    'het gutst eruit',
    'heavy bleeding since this morning',
    'I am soaking a pad every hour',
    'het bloed stopt gewoon niet',
    'het komt er in straaltjes uit',
    'het bloed klettert in de wc',
    'veel meer bloed dan bij mijn ergste menstruatie',
    'het bloed zit tot in mijn sokken',
    'bloet lopt langs me bene',
    'het bloed spat op de badkamervloer',
    'ongesteld maar dan 10x erger',
    'bloedklonten als een ei',
    'lijkt wel een kraan',
    'het vloeit zo hard',
    'ik gebruik nu een handdoek want verband houdt het niet meer',
    'bleeding through a pad every half hour',
  ])('%s', (text) => {
    expect(signsOf(text)).toContain('hevig-bloedverlies');
  });
});

describe('alarm: flauwvallen', () => {
  it.each([
    'ik ben flauwgevallen',
    'bijna flauw gevalle op de wc',
    'ik ben duizelig',
    'licht in mijn hoofd',
    'werd zwart voor mijn ogen',
    'ik ben even weggeraakt',
    'I fainted in the bathroom',
    'my wife is pale and barely responding',
    'feeling dizzy',
    // Told by what happened around it, not by the word itself.
    'ik ben even weg geweest in de badkamer',
    'mijn man vond me op de grond naast het bed',
    'ik lag ineens op de keukenvloer',
    'ben net bijgekomen op de wc',
    'voel me raar, alsof ik ga omvallen',
    'werd alles grijs en ging het geluid weg',
    'mn zicht wordt wit en ik hoor alles van heel ver weg',
    'tunnelvisie en oorsuizen als ik sta',
    'ik had net een black-out op het toilet',
    'she just went limp, I had to catch her',
    'niet echt flauwgevallen hoor maar wel bijna',
    'ze is wit als een laken en draait weg',
    'ik kan niet meer op mijn benen staan',
    'ik zakte bijna door mijn benen',
    'ik zat ineens op de grond in de douche',
    'even niks meer geweten op de wc',
    'onderuitgegaan bij de kassa',
  ])('%s', (text) => {
    expect(signsOf(text)).toContain('flauwvallen');
  });
});

describe('alarm: lang aanhoudende pijn en bloedverlies', () => {
  it.each([
    // pain that will not go away or cannot be borne, without a duration
    'de pijn gaat maar niet weg',
    'de buikpijn gaat niet over',
    'de krampen blijven maar.',
    'ondraaglijke pijn',
    'de pijn is echt niet te harden',
    'ik verga van de pijn',
    'al 6 dagen pijn en bloedverlies',
    'twee weken na de miskraam nog steeds krampen en bloed',
    'het bloedverlies is juist toegenomen in plaats van minder',
    'steeds meer pijn in mijn onderbuik',
    'de pijn wordt maar niet minder',
    'paracetamol helpt niet tegen de pijn',
    'still bleeding and cramps every day, two weeks later',
    // Phone spelling ("kramen" for krampen) and the verb far from "toe".
    'al een week kramen en bloed',
    'het bloeden neemt sinds gisteren steeds toe',
    'ik heb aanhoudende buikpijn',
    'aanhoudend bloedverlies sinds de miskraam',
    // Counts in words, a count right before the symptom, a weekday then and now.
    'vijf dagen al pijn en bloeden',
    'ik heb een week pijn en bloed',
    'ik bloed nu al anderhalve week met pijn',
    "it's been 9 days of cramping and bleeding",
    'sinds afgelopen woensdag onophoudelijk kramp en bloed',
    'de pil was maandag, nu is het zondag en ik bloed en heb pijn',
    'het houdt niet op sinds de curettage',
    'pijn en bloed blijven maar',
    'sinds de 2e heb ik pijn en bloed',
    // Bleeding alone for three weeks or more: past the folder's "enkele weken afnemend".
    'nog steeds bloedverlies na 4 weken, is dat normaal?',
    'al sinds begin vorige maand bloed ik',
    'still bleeding after 4 weeks',
    'still bleeding a month after the miscarriage',
    'nog steeds bloed een maand na de miskraam',
  ])('%s', (text) => {
    expect(signsOf(text)).toContain('aanhoudend');
  });

  it.each([
    // how far along she is, not how long she bleeds
    'ik ben al 9 weken en bloed een beetje',
    'ik ben 12 weken zwanger en verloor vanochtend wat bloed',
    // bleeding for weeks that is getting less or has stopped: the folder's normal course
    '3 weken na de miskraam bloed ik nog een beetje, maar het wordt minder',
    'al 4 weken bruin verlies, het neemt steeds verder af',
    'na 3 weken is het bloeden eindelijk gestopt',
    // a month after dates the spotting; it does not say the bleeding lasted
    'ff spotting na het vrijen, een maand na de miskraam, verder niks',
  ])('not bleeding that lasts weeks: %s', (text) => {
    expect(signsOf(text)).not.toContain('aanhoudend');
  });
});

describe('negation', () => {
  it.each(['ik heb geen koorts', 'geen koorts, wel verdrietig', 'zonder koorts gelukkig', 'ik ben niet duizelig', 'geen hevig bloedverlies', 'niet veel bloed verloren'])(
    '%s is no alarm',
    (text) => {
      expect(detectAlarm(text)).toEqual({ alarm: false, signs: [] });
    },
  );

  it('never lets a negation cancel a different sign', () => {
    expect(signsOf('geen koorts maar ik bloed door mijn broek heen')).toEqual(['hevig-bloedverlies']);
    expect(signsOf('ik ben niet duizelig, wel 39 graden')).toEqual(['koorts']);
    expect(signsOf('geen koorts en ik bloed heel erg')).toEqual(['hevig-bloedverlies']);
  });

  it('reads "niet stoppen met" as going on, not as a denial', () => {
    expect(signsOf('ik kan niet stoppen met rillen')).toEqual(['koorts']);
    // "het houdt niet op" also reads as the bleeding going on (aanhoudend); the dizziness must stay.
    expect(signsOf('het houdt niet op, ik ben zo duizelig')).toContain('flauwvallen');
    expect(detectAlarm('ik heb geen rillingen').alarm).toBe(false);
  });

  it('escalates when a denied sign also appears undenied', () => {
    expect(signsOf('gisteren geen koorts, nu wel koorts')).toEqual(['koorts']);
  });
});

describe('not an alarm', () => {
  it.each([
    'wat is anti-d?',
    'mijn bloedonderzoek was goed',
    'welke bloedgroep heb ik nodig',
    'zijn bloedverdunners gevaarlijk?',
    'een beetje bruin bloedverlies, wordt minder',
    'ik ben kapot van verdriet',
    'hoe groot is de kans op een miskraam op mijn 39e',
    'we hebben de vloer van de babykamer geverfd',
    'het is zo heet hier vandaag',
    'ik hoor er niks meer van',
    'bloedverlies is veel minder dan een menstruatie',
    'twee miskramen gehad, moet ik onderzocht worden?',
    '38 weken zwanger van de vorige, nu weer mis',
    'ik heb een koortslip door de stress',
    'ik gloei van trots op mijn dochter',
    'die film was echt een slachtpartij',
    'het is dag 4, bloeden neemt af en de pijn is goed te doen',
    'gaat de pijn vanzelf weg?',
    'de pijn gaat gelukkig weg',
    'ates yok, geen koorts, het bloed is minder',
    'nie mam goraczki, alleen moe',
    'wat stolseltjes zo groot als een erwt, het verband is na een paar uur half vol',
    'de pillen hebben niks gedaan, er zit nog steeds weefsel. moet ik een curettage?',
  ])('%s', (text) => {
    expect(detectAlarm(text).alarm).toBe(false);
  });
});

describe('output', () => {
  it('names the signs and never carries the text', () => {
    const result = detectAlarm('Mijn naam is Canary: 39 graden en ik ben flauwgevallen');
    expect(result).toEqual({ alarm: true, signs: ['flauwvallen', 'koorts'] });
    expect(JSON.stringify(result)).not.toContain('Canary');
  });

  it('handles empty and huge input', () => {
    expect(detectAlarm('')).toEqual({ alarm: false, signs: [] });
    expect(detectAlarm(`${'bla '.repeat(5000)}koorts`).alarm).toBe(true);
  });
});
