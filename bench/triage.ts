/**
 * `npm run bench:triage`: mean time per message of triage() over the dev set (target < 1 ms). Prints figures
 * only, never message text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { triage } from '../src/triage/index.ts';

const texts = readFileSync(fileURLToPath(new URL('../test/triage/dev-set.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

// Why a warm-up: the first calls (also remembered, so a round could not hit them) compile the lexicon's regular expressions and fill the stemmer's cache.
for (const text of texts) triage({ texts: [text], answers: {} });

const rounds = 20;
const started = process.hrtime.bigint();
// Each round makes every text new (trailing spaces read the same) so triage's memory of readings cannot
// answer: this is the cost of a message triage has not seen before.
for (let round = 1; round <= rounds; round++) {
  const padding = ' '.repeat(round);
  for (const text of texts) triage({ texts: [text + padding], answers: {} });
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const perMessage = elapsedMs / (rounds * texts.length);
console.log(
  `triage: ${texts.length} messages × ${rounds} rounds, mean ${perMessage.toFixed(3)} ms per message`,
);
