import type { LabelledText } from '../../src/text/linear-model.js';

/**
 * How a detector reads a labelled red-team set: how many signs (label 1 and up) and near-misses
 * (label 0) it holds, how many of each the detector fires on, and the signs it misses.
 */
export function countFired(cases: LabelledText[], fires: (text: string) => boolean) {
  const signs = cases.filter((c) => c.label !== 0);
  const near = cases.filter((c) => c.label === 0);
  const missed = signs.filter((c) => !fires(c.text)).map((c) => c.text);
  return { signs: signs.length, caught: signs.length - missed.length, missed, near: near.length, flagged: near.filter((c) => fires(c.text)).length };
}
