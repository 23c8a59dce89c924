import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/load.js';
import type { Intent } from '../../src/content/schema.js';
import { buildIndex } from '../../src/match/index.js';
import { matchIntent } from '../../src/match/match.js';
import { createAnalyzer } from '../../src/text/analyze.js';

const topic = (id: string, examples: string[]): Intent => ({ id, kind: 'topic', title: id, category: 'Test', response: id, examples });
const intents: Intent[] = [
  topic('foliumzuur', ['moet ik foliumzuur slikken', 'hoeveel foliumzuur per dag', 'foliumzuur tabletten kopen', 'foliumzuur en open ruggetje', 'wanneer stoppen met foliumzuur']),
  topic('curettage', ['wat is een curettage', 'curettage onder narcose', 'hoe lang duurt een curettage', 'curettage of tabletten', 'is een curettage pijnlijk']),
  topic('echo', ['wanneer is de echo', 'echo bij zes weken', 'wat zie je op de echo', 'vaginale echo', 'echo laten maken']),
  { id: 'groet', kind: 'smalltalk', title: 'Hallo', frame: 'greeting', examples: ['hoi', 'hallo', 'hoi hoi', 'goedemorgen', 'hallo daar'] },
  { id: 'bedankt', kind: 'smalltalk', title: 'Bedankt', frame: 'thanks', examples: ['bedankt', 'alvast bedankt', 'dank je wel', 'heel erg bedankt', 'bedankt voor je antwoord'] },
  { id: 'buiten-bereik', kind: 'out-of-scope', title: 'Buiten bereik', examples: ['hoe laat gaat de winkel dicht', 'wat voor weer wordt het', 'recept voor soep', 'wie wint de wedstrijd', 'hoeveel kost een treinkaartje', 'welke film moet ik kijken', 'waar kan ik tanken', 'hoe maak ik een cv', 'wat is de hoofdstad van spanje', 'vertel een grap'] },
];
const index = buildIndex({ intents, responses: new Map(), lexicon: { spelling: {}, synonyms: {}, stems: {}, stopwords: ['de', 'een', 'ik', 'is', 'wat', 'hoe'] } } as unknown as Content, createAnalyzer({ spelling: {}, synonyms: {}, stems: {}, stopwords: [] }));

describe('matchIntent', () => {
  it('answers a clear question, typos included (fuse.js)', () => {
    expect(matchIntent(index, 'hoeveel foliumzuur moet ik slikken?')).toMatchObject({ kind: 'answer', intent: { id: 'foliumzuur' } });
    expect(matchIntent(index, 'wat is een curetage')).toMatchObject({ kind: 'answer', intent: { id: 'curettage' } });
  });

  it('reads a question wrapped in a greeting or thanks as its question', () => {
    expect(matchIntent(index, 'hoi hallo, echo?')).toMatchObject({ kind: 'answer', intent: { id: 'echo' } });
    expect(matchIntent(index, 'alvast bedankt, curettage pijnlijk?')).toMatchObject({ kind: 'answer', intent: { id: 'curettage' } });
    expect(matchIntent(index, 'echo? bedankt')).toMatchObject({ kind: 'answer', intent: { id: 'echo' } });
    expect(matchIntent(index, 'hallo daar')).toMatchObject({ kind: 'answer', intent: { id: 'groet' } });
    expect(matchIntent(index, 'bedankt')).toMatchObject({ kind: 'answer', intent: { id: 'bedankt' } });
  });

  it('does not read thanks that asks nothing as a question', () => {
    expect(matchIntent(index, 'heel erg bedankt voor de echo')).not.toMatchObject({ kind: 'answer', intent: { id: 'echo' } });
  });

  it('asks back with both topics when a message points at two equally', () => {
    const outcome = matchIntent(index, 'foliumzuur curettage');
    expect(outcome.kind).toBe('suggest');
    if (outcome.kind === 'suggest') expect(outcome.suggestions.map((s) => s.id).sort()).toEqual(['curettage', 'foliumzuur']);
  });

  it('falls back on words it does not know, and on out-of-scope questions', () => {
    expect(matchIntent(index, 'xyzzy plugh').kind).toBe('fallback');
    expect(matchIntent(index, 'hoe laat gaat de winkel vandaag dicht').kind).toBe('fallback');
    expect(matchIntent(index, '').kind).toBe('fallback');
  });
});
