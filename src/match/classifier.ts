/**
 * A softmax (multinomial logistic regression) classifier over sparse TF-IDF vectors, trained at
 * start-up on the intents' examples. Its probabilities are what the matcher calibrates on: a linear
 * model weighs every word against every intent at once, which a nearest-example score cannot.
 * Deterministic: fixed example order, fixed seed, no randomness at run time.
 */
export type SparseVector = Map<number, number>;

export interface Classifier {
  classes: number;
  /**
   * Class probabilities, summing to 1, for the vector of the first `count` entries of `ids` and
   * `values`; written into `out` (length `classes`) and returned, so a message allocates nothing here.
   */
  predict(ids: Int32Array, values: Float64Array, count: number, out: Float64Array): Float64Array;
}

/** What training learns: plain arrays, so a trained model can be stored and loaded as it is. */
export interface ClassifierWeights {
  classes: number;
  /**
   * [feature][class], feature-major. Single precision: this is the largest array the bot holds, and
   * in double precision it cost 4 MB more resident memory for the same replies and confidences on
   * every evaluation message.
   */
  weights: Float32Array;
  bias: Float64Array;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty: keeps weights small so no single word decides on its own. */
  l2: number;
  seed: number;
}

/** A class whose gradient is smaller than this for a sample is left as it is for that sample. */
const MIN_GRADIENT = 1e-3;

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, learningRate: 1.2, l2: 1e-4, seed: 7 };

function softmaxInPlace(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) if (logits[i]! > max) max = logits[i]!;
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const value = Math.exp(logits[i]! - max);
    logits[i] = value;
    sum += value;
  }
  for (let i = 0; i < logits.length; i++) logits[i]! /= sum;
  return logits;
}

export function trainClassifier(
  samples: { vector: SparseVector; label: number }[],
  classes: number,
  features: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): ClassifierWeights {
  // Weights are laid out feature-major ([feature][class]) so the inner loops run over contiguous memory.
  // The loops below index typed arrays with `!`: every index is in range by construction, and the
  // `?? 0` the compiler would otherwise ask for costs a branch per multiply-add in the hottest code.
  const weights = new Float32Array(classes * features);
  const bias = new Float64Array(classes);
  const packed = samples.map((sample) => ({
    features: Int32Array.from(sample.vector.keys()),
    values: Float64Array.from(sample.vector.values()),
    label: sample.label,
  }));
  const order = packed.map((_, i) => i);
  const logits = new Float64Array(classes);
  const active = new Int32Array(classes);
  let seed = options.seed;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher-Yates with a fixed seed: every start-up trains the same model.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    const decay = 1 - rate * options.l2;
    for (const index of order) {
      const sample = packed[index]!;
      const gradient = logitsInto(weights, bias, classes, sample.features, sample.values, sample.features.length, logits);
      gradient[sample.label]! -= 1;
      // Classes this sample already scores right carry almost no gradient: skipping them saves part of
      // the backward pass (start-up time) without changing what the model learns in any measurable way.
      let count = 0;
      for (let c = 0; c < classes; c++) {
        const g = gradient[c]!;
        if (g > MIN_GRADIENT || g < -MIN_GRADIENT) active[count++] = c;
        bias[c]! -= rate * g;
      }
      for (let k = 0; k < sample.features.length; k++) {
        const base = sample.features[k]! * classes;
        const step = rate * sample.values[k]!;
        for (let a = 0; a < count; a++) {
          const c = active[a]!;
          weights[base + c] = weights[base + c]! * decay - step * gradient[c]!;
        }
      }
    }
  }
  return { classes, weights, bias };
}

/** Class probabilities into `out`: bias plus the weighted features, through a softmax. */
function logitsInto(weights: Float32Array, bias: Float64Array, classes: number, featureIds: Int32Array, values: Float64Array, count: number, out: Float64Array): Float64Array {
  out.set(bias);
  for (let k = 0; k < count; k++) {
    const base = featureIds[k]! * classes;
    const value = values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += weights[base + c]! * value;
  }
  return softmaxInPlace(out);
}

/** A classifier over trained (or loaded) weights. */
export function classifierFrom({ classes, weights, bias }: ClassifierWeights): Classifier {
  return {
    classes,
    predict(ids, values, count, out) {
      return logitsInto(weights, bias, classes, ids, values, count, out);
    },
  };
}
