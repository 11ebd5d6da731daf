/**
 * `npm run --silent triage`: JSON lines {"id","text"} on stdin → one JSON line per input on stdout with
 * priority, category, indicators, flags, reporter, country and reasons. Only JSON goes to stdout; a bad line
 * yields {"id", "error"} and the run goes on.
 */
import { createInterface } from 'node:readline';
import { triageLine } from './triage-line.ts';

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  if (line.trim() === '') continue;
  process.stdout.write(`${triageLine(line)}\n`);
}
