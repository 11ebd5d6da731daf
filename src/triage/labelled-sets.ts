/**
 * Suar's labelled sets (test/triage/*.jsonl: one message per line with its expected triage) and how triage is
 * scored on them. Used by the tests' table of figures and by the second reader's trainer.
 */
import { readFileSync } from 'node:fs';
import type { TriageResult } from './types.ts';

/** One labelled message. */
export interface LabelledMessage {
  id: string;
  text: string;
  priority: TriageResult['priority'];
  category: TriageResult['category'];
  indicators: string[];
  flags: string[];
  country: string | null;
}

/** The figures the safety issue's bars are set on. */
export interface LabelledScore {
  size: number;
  p1Recall: number;
  priorityExact: number;
  categoryExact: number;
  indicatorMicroF1: number;
  countryAccuracy: number;
  p1OnInformation: number;
  /** P1 raised on a message labelled P2–P4 (over-triage: negated, past or hypothetical danger). */
  p1FalseAlarms: number;
  /** Share of messages labelled `suicidal` that triage flags `suicidal`. */
  suicidalRecall: number;
  misses: string[];
}

/** Reads a JSON-lines labelled set, naming the line of any that is not a labelled message. */
export function loadLabelledSet(path: string): LabelledMessage[] {
  const messages: LabelledMessage[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let item: LabelledMessage;
      try {
        item = JSON.parse(line) as LabelledMessage;
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
      }
      if (typeof item?.text !== 'string' || typeof item.priority !== 'string') {
        throw new Error(`${path}:${index + 1}: not a labelled message`);
      }
      messages.push(item);
    });
  return messages;
}

/** Scores a triage function on a labelled set. */
export function scoreLabelledSet(
  set: readonly LabelledMessage[],
  triageOf: (item: LabelledMessage) => TriageResult,
): LabelledScore {
  let p1 = 0;
  let p1Hit = 0;
  let priorityHit = 0;
  let categoryHit = 0;
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let countryTotal = 0;
  let countryHit = 0;
  let p1OnInformation = 0;
  let p1FalseAlarms = 0;
  let suicidal = 0;
  let suicidalHit = 0;
  const misses: string[] = [];
  for (const item of set) {
    const result = triageOf(item);
    if (item.priority === 'P1') {
      p1++;
      if (result.priority === 'P1') p1Hit++;
    }
    if (item.priority === 'P4' && result.priority === 'P1') p1OnInformation++;
    if (item.priority !== 'P1' && result.priority === 'P1') p1FalseAlarms++;
    if (item.flags.includes('suicidal')) {
      suicidal++;
      if (result.flags.includes('suicidal')) suicidalHit++;
    }
    if (result.priority === item.priority) priorityHit++;
    if (result.category === item.category) categoryHit++;
    const expected = new Set(item.indicators);
    for (const indicator of result.indicators) {
      if (expected.has(indicator)) truePositive++;
      else falsePositive++;
    }
    for (const indicator of expected) if (!result.indicators.includes(indicator as never)) falseNegative++;
    if (item.country) {
      countryTotal++;
      if (result.country === item.country) countryHit++;
    }
    if (result.priority !== item.priority || result.category !== item.category) {
      misses.push(`${item.id} ${item.priority}/${item.category} → ${result.priority}/${result.category}`);
    }
  }
  const precision = truePositive / Math.max(1, truePositive + falsePositive);
  const recall = truePositive / Math.max(1, truePositive + falseNegative);
  return {
    size: set.length,
    p1Recall: p1Hit / Math.max(1, p1),
    priorityExact: priorityHit / set.length,
    categoryExact: categoryHit / set.length,
    indicatorMicroF1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    countryAccuracy: countryHit / Math.max(1, countryTotal),
    p1OnInformation,
    p1FalseAlarms,
    suicidalRecall: suicidalHit / Math.max(1, suicidal),
    misses,
  };
}
