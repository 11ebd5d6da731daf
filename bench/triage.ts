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

// Why a warm-up: the first calls compile the lexicon's regular expressions and fill the stemmer's cache.
for (const text of texts) triage({ texts: [text], answers: {} });

const rounds = 20;
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; round++) {
  for (const text of texts) triage({ texts: [text], answers: {} });
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const perMessage = elapsedMs / (rounds * texts.length);
console.log(
  `triage: ${texts.length} messages × ${rounds} rounds, mean ${perMessage.toFixed(3)} ms per message`,
);
