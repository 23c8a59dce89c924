import { describe, expect, it } from 'vitest';
import { detectAlarm } from '../../src/alarm/detect.js';
import { hasGluedWords, splitGluedWords } from '../../src/alarm/glued.js';

describe('words typed without spaces', () => {
  it('splits a sentence typed as one run into its words and numbers', () => {
    expect(splitGluedWords('ikbenflauwgevallen')).toBe('ik ben flauwgevallen');
    expect(splitGluedWords('ikhebkoorts38enhalf')).toBe('ik heb koorts 38 en half');
    expect(splitGluedWords('help ikbloedheelergmetgrotestolsels!!')).toBe('help ik bloed heel erg met grote stolsels!!');
  });

  it('leaves compounds and ordinary long words whole', () => {
    for (const word of ['bloedonderzoek', 'koortslip', 'zwangerschapstest', 'verloskundigenpraktijk', 'bloedverlies', 'flauwgevallen']) {
      expect(splitGluedWords(word)).toBe(word);
    }
  });

  it('only looks at runs of ten characters or more', () => {
    expect(hasGluedWords('ik heb koorts')).toBe(false);
    expect(hasGluedWords('ikhebkoorts')).toBe(true);
  });

  it('reads such a message as the alarm it is', () => {
    expect(detectAlarm('ikbenflauwgevallen').signs).toEqual(['flauwvallen']);
    expect(detectAlarm('al11dagenpijnenbloed').signs).toEqual(['aanhoudend']);
    expect(detectAlarm('ikbloedheelergmetgrotestolsels').signs).toEqual(['hevig-bloedverlies']);
    expect(detectAlarm('ikheb38komma8enikrilalles').signs).toContain('koorts');
    expect(detectAlarm('ikwerdzwartvoormijnogenenviel').signs).toEqual(['flauwvallen']);
    expect(detectAlarm('ikbloedzoveeldathetdoormijnbroekheengaat').signs).toEqual(['hevig-bloedverlies']);
  });

  it('adds no alarm to a run that holds no sign', () => {
    expect(detectAlarm('ikhebeenvraagoverdeecho').alarm).toBe(false);
    expect(detectAlarm('ikbenzoverdrietig').alarm).toBe(false);
  });

  it('stays quick on one very long run', () => {
    const run = 'ikben'.repeat(2000);
    expect(splitGluedWords(run)).toBe(run);
    expect(detectAlarm(run).alarm).toBe(false);
  });
});
