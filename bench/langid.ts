/** `npm run bench:langid`: mean time per message of detectLanguage over the labelled samples. */
import { detectLanguage } from '../src/language/index.ts';
import { loadSamples } from '../test/language/labelled-data.ts';

const texts = [...loadSamples('tuning.tsv'), ...loadSamples('held-out.tsv')].map((sample) => sample.text);
const ROUNDS = 20;

// Warm up first, so the JIT and the word tables are settled before we measure.
for (const text of texts) detectLanguage(text);

let sink = 0;
const start = process.hrtime.bigint();
for (let round = 0; round < ROUNDS; round++) {
  for (const text of texts) sink += detectLanguage(text).confidence;
}
const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
const messages = texts.length * ROUNDS;
console.log(
  `langid: ${messages} messages (words, pairs, sentences) in ${elapsedMs.toFixed(0)} ms, ` +
    `mean ${((elapsedMs / messages) * 1000).toFixed(1)} µs per message${sink < 0 ? '' : ''}`,
);
