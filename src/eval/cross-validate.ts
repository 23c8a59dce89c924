import type { Content } from '../content/load.js';
import { buildIndex } from '../match/index.js';
import { matchIntent, THRESHOLDS } from '../match/match.js';
import { scoreIntents } from '../match/score.js';
import { createAnalyzer } from '../text/analyze.js';

export interface HeldOut {
  expected: string;
  kind: string;
  best: string | undefined;
  score: number;
  margin: number;
  outcome: 'answer' | 'suggest' | 'fallback';
  answered: string | null;
}

/**
 * K-fold cross-validation over the intents' own examples: each example is matched by an index built
 * without it. This calibrates thresholds on data the dev set never sees.
 */
export function crossValidate(content: Content, folds = 5, thresholds = THRESHOLDS): HeldOut[] {
  const analyzer = createAnalyzer(content.lexicon);
  const results: HeldOut[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const intents = content.intents.map((intent) => ({ ...intent, examples: intent.examples.filter((_, i) => i % folds !== fold) }));
    const index = buildIndex({ ...content, intents }, analyzer);
    for (const intent of content.intents) {
      intent.examples.forEach((example, i) => {
        if (i % folds !== fold) return;
        const ranked = scoreIntents(index, example);
        const best = ranked[0];
        const outcome = matchIntent(index, example, thresholds);
        results.push({
          expected: intent.id,
          kind: intent.kind,
          best: best ? index.intents[best.intent]?.id : undefined,
          score: best?.score ?? 0,
          margin: (best?.score ?? 0) - (ranked[1]?.score ?? 0),
          outcome: outcome.kind,
          answered: outcome.kind === 'answer' ? outcome.intent.id : null,
        });
      });
    }
  }
  return results;
}
