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
  /**
   * Runs averaged, with seeds seed, seed + 1, ...: one run's weights depend on where in its order the
   * borderline examples fell, and on the evaluation sets one seed to the next moved a set's figures by
   * up to 3 points. Three runs cost three times the training time (cached, see index-cache.ts).
   */
  runs?: number;
}

/** A class whose gradient is smaller than this for a sample is left as it is for that sample. */
const MIN_GRADIENT = 1e-3;

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, learningRate: 1.2, l2: 1e-4, seed: 7, runs: 3 };

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

export interface TrainingSample {
  vector: SparseVector;
  label: number;
  /**
   * A number that names the sample, such as a hash of its text (fnv in src/text/hash.ts). When every
   * sample has one, each epoch visits them in an order computed from the keys alone, so adding or
   * removing a few samples leaves the order of all the others as it was: the model moves by what was
   * added, not by a new shuffle.
   */
  key?: number;
}

/** A 32-bit mix of a sample's key with the epoch and seed (the murmur3 finaliser): a fresh order per epoch. */
function epochRank(key: number, epoch: number, seed: number): number {
  let h = (key ^ Math.imul(epoch + 1, 0x9e3779b9) ^ Math.imul(seed, 0x27d4eb2f)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function trainClassifier(
  samples: TrainingSample[],
  classes: number,
  features: number,
  options: TrainingOptions = DEFAULT_TRAINING,
): ClassifierWeights {
  const runs = options.runs ?? 1;
  if (runs <= 1) return trainOnce(samples, classes, features, options);
  const trained = Array.from({ length: runs }, (_, run) => trainOnce(samples, classes, features, { ...options, seed: options.seed + run }));
  const weights = new Float32Array(classes * features);
  const bias = new Float64Array(classes);
  for (const run of trained) {
    for (let i = 0; i < weights.length; i++) weights[i]! += run.weights[i]! / runs;
    for (let c = 0; c < classes; c++) bias[c]! += run.bias[c]! / runs;
  }
  return { classes, weights, bias };
}

function trainOnce(samples: TrainingSample[], classes: number, features: number, options: TrainingOptions): ClassifierWeights {
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

  const keys = samples.every((sample) => sample.key !== undefined) ? samples.map((sample) => sample.key!) : undefined;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    if (keys) {
      const ranks = keys.map((key) => epochRank(key, epoch, options.seed));
      order.sort((a, b) => ranks[a]! - ranks[b]! || keys[a]! - keys[b]! || a - b);
    } else {
      // Fisher-Yates with a fixed seed: every start-up trains the same model.
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swap = order[i]!;
        order[i] = order[j]!;
        order[j] = swap;
      }
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
