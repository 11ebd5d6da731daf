/**
 * `npm run triage:train`: trains the second reader on labelled JSON-lines files (never a sealed set) and writes
 * src/triage/second-reader.json. With `--evaluate`, it instead holds out each round in turn (every file of that
 * round), trains on the rest, and prints triage's figures on the held-out round with the rules alone and with the
 * second reader: how it does on a writer it has never read.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LabelledMessage, type LabelledScore, scoreLabelledSet } from './labelled-sets.ts';
import { secondReading, toReader } from './second-reader.ts';
import { type TrainingExample, trainingExamples, trainSecondReader } from './second-reader-training.ts';
import type { TriageResult } from './types.ts';

const args = process.argv.slice(2);
const evaluate = args.includes('--evaluate');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: second-reader-train-cli [--evaluate] <labelled.jsonl>...\n');
  process.exit(2);
}
const { examples, digest } = trainingExamples(files);

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const line = (score: LabelledScore) =>
  `P1 ${percent(score.p1Recall)}, false alarms ${score.p1FalseAlarms} (on P4 ${score.p1OnInformation}), ` +
  `priority ${percent(score.priorityExact)}, category ${percent(score.categoryExact)}, ` +
  `F1 ${score.indicatorMicroF1.toFixed(3)}, self-harm flagged ${percent(score.suicidalRecall)}`;

if (evaluate) {
  const roundOf = (example: TrainingExample) => /round\d+/.exec(example.file)?.[0] ?? example.file;
  const rounds = [...new Set(examples.map(roundOf))].filter((round) => round.startsWith('round'));
  /** One held-out message: its labels, the rules' reading and the second reader's. */
  type Read = { item: LabelledMessage; rules: TriageResult; both: TriageResult };
  const report = (label: string, read: readonly Read[]) => {
    const items = read.map((r) => r.item);
    const byItem = new Map(read.map((r) => [r.item, r] as const));
    process.stdout.write(
      `${label} (${read.length}): rules ${line(scoreLabelledSet(items, (i) => byItem.get(i)!.rules))}\n`,
    );
    process.stdout.write(
      `  with the second reader ${line(scoreLabelledSet(items, (i) => byItem.get(i)!.both))}\n`,
    );
  };
  const all: Read[] = [];
  for (const round of rounds) {
    const reader = toReader(
      trainSecondReader(
        examples.filter((e) => roundOf(e) !== round),
        'held out',
      ),
    );
    const read = examples
      .filter((e) => roundOf(e) === round)
      .map((e) => ({ item: e.item, rules: e.reading.result, both: secondReading(e.reading, reader) }));
    report(round, read);
    all.push(...read);
  }
  report('all held out', all);
} else {
  const model = trainSecondReader(examples, digest);
  const out = fileURLToPath(new URL('./second-reader.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stdout.write(`trained on ${examples.length} messages from ${files.length} files\n`);
}
