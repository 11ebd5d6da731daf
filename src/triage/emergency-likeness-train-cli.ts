/**
 * `npm run triage:train-likeness`: trains the emergency-likeness model on labelled JSON-lines files (tuning halves
 * only: a sealed set must never be given) and writes src/triage/emergency-likeness.json. With `--evaluate`, it
 * instead holds out each file in turn, trains on the others, and prints how many of the held-out file's
 * emergencies the model finds and how many non-emergencies it raises, at several thresholds.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  featureSlot,
  type LikenessModel,
  likenessFeatures,
  probabilityOfSlots,
} from './emergency-likeness.ts';
import { normalizeChatText } from './normalize-chat-text.ts';

const DIMENSIONS = 1 << 16;
const EPOCHS = 12;
const RATE = 0.3;
const L2 = 1e-5;

interface Example {
  file: string;
  slots: number[];
  emergency: boolean;
}

/** A small seeded generator, so the same data always gives the same model. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(examples: readonly Example[]): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(DIMENSIONS);
  let bias = 0;
  const random = mulberry32(20261201);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { slots, emergency } = examples[index]!;
      // Why the step is divided by the square root: a long message moves each of its many weights less, so
      // one long story does not outweigh what it says; the score itself is the plain sum.
      const norm = Math.sqrt(slots.length) || 1;
      const gradient = probability(weights, bias, slots) - (emergency ? 1 : 0);
      for (const slot of slots) weights[slot]! -= RATE * (gradient / norm + L2 * weights[slot]!);
      bias -= RATE * gradient * 0.1;
    }
  }
  return { weights, bias };
}

function probability(weights: Float64Array, bias: number, slots: readonly number[]): number {
  return probabilityOfSlots(slots, (slot) => weights[slot]!, bias);
}

function load(files: readonly string[]): { examples: Example[]; digest: string } {
  const digest = createHash('sha1');
  const examples: Example[] = [];
  for (const file of files) {
    if (/sealed/.test(file)) throw new Error(`refusing a sealed set: ${file}`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      digest.update(line);
      const item = JSON.parse(line) as { text: string; priority: string };
      const features = likenessFeatures(normalizeChatText(item.text).joined);
      examples.push({
        file: basename(file),
        slots: features.map((feature) => featureSlot(feature, DIMENSIONS)),
        emergency: item.priority === 'P1',
      });
    }
  }
  return { examples, digest: digest.digest('hex') };
}

const args = process.argv.slice(2);
const evaluate = args.includes('--evaluate');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: emergency-likeness-train-cli [--evaluate] <labelled.jsonl>...\n');
  process.exit(2);
}
const { examples, digest } = load(files);

if (evaluate) {
  for (const heldOut of new Set(examples.map((example) => example.file))) {
    if (!/round(?:9|1\d)-tuning/.test(heldOut)) continue;
    const { weights, bias } = train(examples.filter((example) => example.file !== heldOut));
    const test = examples.filter((example) => example.file === heldOut);
    const emergencies = test.filter((example) => example.emergency);
    const figures = [0.5, 0.7, 0.9].map((threshold) => {
      const found = emergencies.filter((e) => probability(weights, bias, e.slots) >= threshold).length;
      const raised = test.filter(
        (e) => !e.emergency && probability(weights, bias, e.slots) >= threshold,
      ).length;
      return `≥${threshold}: ${found}/${emergencies.length} emergencies, ${raised} others`;
    });
    process.stdout.write(`${heldOut}: ${figures.join('; ')}\n`);
  }
} else {
  const { weights, bias } = train(examples);
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const bytes = new Int8Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) bytes[i] = Math.round(weights[i]! / scale);
  const model: LikenessModel = {
    dimensions: DIMENSIONS,
    bias,
    scale,
    weights: Buffer.from(bytes.buffer).toString('base64'),
    trainedOn: digest,
    messages: examples.length,
  };
  const out = fileURLToPath(new URL('./emergency-likeness.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  const fitted = examples.filter((e) => e.emergency && probability(weights, bias, e.slots) >= 0.9).length;
  process.stdout.write(
    `trained on ${examples.length} messages; ${fitted} of ${examples.filter((e) => e.emergency).length} emergencies score ≥ 0.9\n`,
  );
}
