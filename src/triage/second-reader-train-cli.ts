/**
 * `npm run triage:train`: trains the second reader on labelled JSON-lines files (never a sealed set) and writes
 * src/triage/second-reader.json. With `--evaluate`, it instead holds out each round in turn (every file of that
 * round), trains on the rest, and prints triage's figures on the held-out round with the rules alone and with the
 * second reader: how it does on a writer it has never read.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LabelledScore, scoreLabelledSet } from './labelled-sets.ts';
import { secondReading, toReader } from './second-reader.ts';
import { type TrainingExample, trainingExamples, trainSecondReader } from './second-reader-training.ts';

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
  const rulesAll: TrainingExample[] = [];
  const pairs: [TrainingExample, ReturnType<typeof secondReading>][] = [];
  for (const round of rounds) {
    const reader = toReader(
      trainSecondReader(
        examples.filter((e) => roundOf(e) !== round),
        'held out',
      ),
    );
    const heldOut = examples.filter((e) => roundOf(e) === round);
    const read = new Map(heldOut.map((e) => [e.item, secondReading(e.reading, reader)] as const));
    const rulesScore = scoreLabelledSet(
      heldOut.map((e) => e.item),
      (item) => heldOut.find((e) => e.item === item)!.reading.result,
    );
    const bothScore = scoreLabelledSet(
      heldOut.map((e) => e.item),
      (item) => read.get(item)!,
    );
    process.stdout.write(`${round} (${heldOut.length}): rules ${line(rulesScore)}\n`);
    process.stdout.write(`${' '.repeat(round.length)}  with the second reader ${line(bothScore)}\n`);
    rulesAll.push(...heldOut);
    for (const e of heldOut) pairs.push([e, read.get(e.item)!]);
  }
  const items = rulesAll.map((e) => e.item);
  const byItem = new Map(pairs.map(([e, result]) => [e.item, { e, result }] as const));
  process.stdout.write(
    `all held out (${items.length}): rules ${line(scoreLabelledSet(items, (item) => byItem.get(item)!.e.reading.result))}\n`,
  );
  process.stdout.write(
    `  with the second reader ${line(scoreLabelledSet(items, (item) => byItem.get(item)!.result))}\n`,
  );
} else {
  const model = trainSecondReader(examples, digest);
  const out = fileURLToPath(new URL('./second-reader.json', import.meta.url));
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stdout.write(`trained on ${examples.length} messages from ${files.length} files\n`);
}
