/**
 * How much a message reads like the emergencies in Suar's labelled sets: a logistic regression over the words,
 * word pairs and 4- and 5-letter pieces of the normalised text, trained by `npm run triage:train-likeness` on the
 * tuning halves (never the sealed ones). Rules name emergencies by kind; this catches the ones told in words no rule
 * has yet (a Sundanese guard, a Gulf household word, "they finish me tonight"), and says which of its words weighed
 * most, so a person can see why.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import model from './emergency-likeness.json' with { type: 'json' };

// Why: "dia", "in", "tidak" may weigh, but they explain nothing to the person reading the reason.
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...(stopwordsIso as Record<string, string[]>).id!,
  ...(stopwordsIso as Record<string, string[]>).en!,
  ...(stopwordsIso as Record<string, string[]>).ms!,
]);

/** The trained model as stored: weights quantised to signed bytes, scaled back by `scale`. */
export interface LikenessModel {
  /** Number of hashed feature slots (a power of two). */
  dimensions: number;
  bias: number;
  scale: number;
  /** Base64 of one signed byte per slot. */
  weights: string;
  /** SHA-1 of the labelled lines it was trained on, so a test can tell when it is stale. */
  trainedOn: string;
  messages: number;
}

/** FNV-1a over the feature's characters: the same slot in training and at run time, with no dependency. */
export function featureSlot(feature: string, dimensions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (dimensions - 1);
}

/** The features of normalised text (as `normalizeChatText(...).joined` gives it): words, word pairs, letter runs. */
export function likenessFeatures(joined: string): string[] {
  const words = joined.split(' ').filter((word) => word !== '');
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]} ${words[i + 1]}`);
  }
  const spaced = ` ${words.join(' ')} `;
  for (const size of [4, 5]) {
    for (let i = 0; i + size <= spaced.length; i++) features.add(`c:${spaced.slice(i, i + size)}`);
  }
  return [...features];
}

/** The probability a logistic model gives to a message's feature slots: the bias plus their weights, squashed. */
export function probabilityOfSlots(
  slots: readonly number[],
  weightOf: (slot: number) => number,
  bias: number,
): number {
  let sum = bias;
  for (const slot of slots) sum += weightOf(slot);
  return 1 / (1 + Math.exp(-sum));
}

const stored = model as LikenessModel;
let weights: Int8Array | undefined;

function weightOf(slot: number): number {
  if (!weights) {
    // A view on the decoded bytes, not a copy of whatever buffer they sit in.
    const bytes = Buffer.from(stored.weights, 'base64');
    weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return (weights[slot] ?? 0) * stored.scale;
}

const slotsOf = (joined: string) =>
  likenessFeatures(joined).map((feature) => featureSlot(feature, stored.dimensions));

/** How much normalised text reads like a labelled emergency, from 0 to 1. */
export function emergencyLikeness(joined: string): number {
  return probabilityOfSlots(slotsOf(joined), weightOf, stored.bias);
}

/** The words and word pairs of normalised text that pushed its likeness up most (for the reason shown). */
export function likenessPhrases(joined: string): string[] {
  return likenessFeatures(joined)
    .filter((feature) => !feature.startsWith('c:'))
    .map((feature) => ({
      phrase: feature.slice(2),
      weight: weightOf(featureSlot(feature, stored.dimensions)),
    }))
    .filter(
      ({ phrase, weight }) =>
        weight > 0 &&
        !phrase.includes('|') &&
        !phrase.includes('?') &&
        phrase.split(' ').some((word) => word.length > 2 && !FUNCTION_WORDS.has(word)),
    )
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map(({ phrase }) => phrase);
}
