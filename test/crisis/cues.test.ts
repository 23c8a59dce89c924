import { describe, expect, it } from 'vitest';
import { cueSigns } from '../../src/crisis/cues.js';
import { normalize } from '../../src/text/normalize.js';

const cues = (text: string) => cueSigns(normalize(text));

describe('crisis cues told in pieces', () => {
  it('a means and a store of it, close together, is a plan', () => {
    expect(cues('ik heb de oxycodon van na de curettage. ik heb alles bewaard in een doosje')).toEqual(['zelfdoding']);
    expect(cues('heb al 40 oxazepammetjes gespaard')).toEqual(['zelfdoding']);
  });

  it('asking how to take a prescription is not', () => {
    expect(cues('mag ik de tabletten allemaal tegelijk innemen? ik heb er genoeg')).toEqual([]);
    expect(cues('hoe moet ik de misoprostol bewaren, neem ik ze allemaal in een keer')).toEqual([]);
    expect(cues('hoeveel paracetamol is genoeg om de pijn weg te krijgen')).toEqual([]);
    // A store kept "voor de pijn" is still a store: only "genoeg" for the pain is a dose.
    expect(cues('de pijnstillers die ik voor de pijn kreeg heb ik allemaal bewaard')).toEqual(['zelfdoding']);
  });

  it('a high place and going over it is a plan', () => {
    expect(cues('ik sta op de brug en kijk naar beneden')).toEqual(['zelfdoding']);
    expect(cues('we wonen op de vierde verdieping, de lift is kapot')).toEqual([]);
  });

  it('an act on her own body is self-harm; an accident, an itch or a blood test is not', () => {
    expect(cues('ik kras met een schaartje in mijn bovenbenen')).toEqual(['zelfbeschadiging']);
    expect(cues('mijn vrouw krabt haar armen open')).toEqual(['zelfbeschadiging']);
    expect(cues('ik heb in mijn vinger gesneden bij het koken')).toEqual([]);
    expect(cues('ik krab mijn armen open van de jeuk')).toEqual([]);
    expect(cues('ik heb bloed laten prikken en nu een blauwe plek op mijn arm')).toEqual([]);
    expect(cues('ze hebben in mijn buik gesneden bij de kijkoperatie')).toEqual([]);
  });

  it('marks with a reason, or hidden, are self-harm', () => {
    expect(cues('de huid is kapot. ze zegt dat ze het verdient')).toEqual(['zelfbeschadiging']);
    expect(cues('brandwonden op haar arm, ze zegt dat het van de oven is maar het worden er elke dag meer')).toEqual(['zelfbeschadiging']);
    expect(cues('niks gegeten vandaag. straf. mijn lijf heeft gefaald')).toEqual(['zelfbeschadiging']);
  });

  it('does not join a cue in the first line of a long story to one in the last', () => {
    const story = [
      'ik heb pillen gekregen van de huisarts.',
      'de echo was vorige week, we waren zo blij.',
      'mijn moeder kwam langs met soep.',
      'we hebben de kinderwagen terug naar de winkel gebracht, dat deed pijn.',
      'het bloeden wordt minder.',
      'gelukkig heb ik nog vakantiedagen gespaard.',
    ].join(' ');
    expect(cues(story)).toEqual([]);
  });
});
