/** `npm run --silent langid`: one JSON line `{"lang":"…"}` per line of stdin, in order, without priors. */
import { createInterface } from 'node:readline';
import { detectLanguage } from './detect-language.ts';

// Why batch the output: one write per line is the slow part at 50,000 lines; a chunk of a few hundred
// lines per write keeps memory flat and honours back-pressure.
const BATCH_LINES = 512;

/** Reads stdin line by line and writes the detected language of each line to stdout. */
async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const chunk = batch.join('');
    batch = [];
    if (!process.stdout.write(chunk)) {
      await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    }
  };
  for await (const line of lines) {
    batch.push(`${JSON.stringify({ lang: detectLanguage(line).lang })}\n`);
    if (batch.length >= BATCH_LINES) await flush();
  }
  await flush();
}

await main();
