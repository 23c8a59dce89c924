/**
 * A softmax (multinomial logistic regression) classifier over sparse TF-IDF vectors, trained at
 * start-up on the intents' examples. Its probabilities are what the matcher calibrates on: a linear
 * model weighs every word against every intent at once, which a nearest-example score cannot.
 * Deterministic: fixed example order, fixed seed, no randomness at run time.
 */
export type SparseVector = Map<number, number>;

export interface Classifier {
  classes: number;
  /** Class probabilities for one vector, summing to 1. */
  predict(vector: SparseVector): Float64Array;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: keeps weights small so no single word decides on its own. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.8, l2: 1e-4, seed: 7 };

function softmaxInPlace(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const value of logits) if (value > max) max = value;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    logits[i] = Math.exp((logits[i] ?? 0) - max);
    sum += logits[i] ?? 0;
  }
  for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] ?? 0) / sum;
  return logits;
}

export function trainClassifier(
  samples: { vector: SparseVector; label: number }[],
  classes: number,
  features: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): Classifier {
  const weights = new Float64Array(classes * features);
  const bias = new Float64Array(classes);
  const order = samples.map((_, i) => i);
  let seed = options.seed;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  const logitsFor = (vector: SparseVector) => {
    const logits = Float64Array.from(bias);
    for (const [feature, value] of vector) {
      for (let c = 0; c < classes; c++) logits[c] = (logits[c] ?? 0) + (weights[c * features + feature] ?? 0) * value;
    }
    return logits;
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with a fixed seed: every start-up trains the same model.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const index of order) {
      const sample = samples[index];
      if (!sample) continue;
      const probabilities = softmaxInPlace(logitsFor(sample.vector));
      for (let c = 0; c < classes; c++) {
        const gradient = (probabilities[c] ?? 0) - (c === sample.label ? 1 : 0);
        bias[c] = (bias[c] ?? 0) - rate * gradient;
        for (const [feature, value] of sample.vector) {
          const at = c * features + feature;
          weights[at] = (weights[at] ?? 0) - rate * (gradient * value + options.l2 * (weights[at] ?? 0));
        }
      }
    }
  }
  return { classes, predict: (vector) => softmaxInPlace(logitsFor(vector)) };
}
