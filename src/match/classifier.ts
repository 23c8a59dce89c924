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

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, learningRate: 1.2, l2: 1e-4, seed: 7 };

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
  // Weights are laid out feature-major ([feature][class]) so the inner loops run over contiguous memory.
  const weights = new Float64Array(classes * features);
  const bias = new Float64Array(classes);
  const packed = samples.map((sample) => ({
    features: Int32Array.from(sample.vector.keys()),
    values: Float64Array.from(sample.vector.values()),
    label: sample.label,
  }));
  const order = packed.map((_, i) => i);
  const logits = new Float64Array(classes);
  let seed = options.seed;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  const computeLogits = (featureIds: ArrayLike<number>, values: ArrayLike<number>, out: Float64Array) => {
    out.set(bias);
    for (let k = 0; k < featureIds.length; k++) {
      const base = (featureIds[k] ?? 0) * classes;
      const value = values[k] ?? 0;
      for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
    }
    return softmaxInPlace(out);
  };

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with a fixed seed: every start-up trains the same model.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    const decay = 1 - rate * options.l2;
    for (const index of order) {
      const sample = packed[index];
      if (!sample) continue;
      const probabilities = computeLogits(sample.features, sample.values, logits);
      probabilities[sample.label] = (probabilities[sample.label] ?? 0) - 1;
      for (let c = 0; c < classes; c++) bias[c] = (bias[c] ?? 0) - rate * (probabilities[c] ?? 0);
      for (let k = 0; k < sample.features.length; k++) {
        const base = (sample.features[k] ?? 0) * classes;
        const value = sample.values[k] ?? 0;
        for (let c = 0; c < classes; c++) weights[base + c] = (weights[base + c] ?? 0) * decay - rate * (probabilities[c] ?? 0) * value;
      }
    }
  }
  return {
    classes,
    predict(vector) {
      return computeLogits(Int32Array.from(vector.keys()), Float64Array.from(vector.values()), new Float64Array(classes));
    },
  };
}
