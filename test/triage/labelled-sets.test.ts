import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreLabelledSet } from '../../src/triage/labelled-sets.ts';
import { readByRules } from '../../src/triage/triage.ts';
import { type DevSetScore, loadLabelledSet, scoreDevSet } from './score-dev-set.ts';

type Rate =
  | 'p1Recall'
  | 'priorityExact'
  | 'categoryExact'
  | 'indicatorMicroF1'
  | 'countryAccuracy'
  | 'suicidalRecall';
type Count = 'p1OnInformation' | 'p1FalseAlarms';

/** One labelled set in this folder and what triage must hold on it. */
interface LabelledSet {
  /** Printed before the figures: "triage <name> set {…}". */
  name: string;
  file: string;
  size: number;
  /**
   * Sealed sets are never tuned on: their test prints figures only — no ids, no texts, no misses — so nobody is
   * tempted to read their failures and write rules for them.
   */
  sealed: boolean;
  /** Rates that must not fall under these (a little under a measured figure, so a regression shows). */
  floors: Partial<Record<Rate, number>>;
  /** Counts that must not rise over these. */
  ceilings: Partial<Record<Count, number>>;
}

// How each set was written and split is in the commit that added it and in docs/triage.md ("Figures"). Tuning sets
// had rules written while reading their misses, so their figures are optimistic; the sealed sets are the estimates
// to trust. Every set keeps P1 off greetings, tests and plain questions, except where a sealed set's first score
// already had one (the bar is 0; the set stays sealed, so the ceiling holds it from rising).
const SETS: readonly LabelledSet[] = [
  {
    // The first set, tuned on from the start.
    name: 'dev',
    file: 'dev-set.jsonl',
    size: 191,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.95,
      categoryExact: 0.9,
      indicatorMicroF1: 0.94,
      countryAccuracy: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Written after the lexicon was tuned on the dev set; floors are the first issue's targets.
    name: 'check',
    file: 'check-set.jsonl',
    size: 40,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.99,
      categoryExact: 0.94,
      indicatorMicroF1: 0.99,
      countryAccuracy: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    name: 'round-2 tuning',
    file: 'round2-tuning.jsonl',
    size: 196,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.91,
      categoryExact: 0.88,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.96,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Split from the tuning part before any result was seen; reported, not floored.
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-2 retired',
    file: 'round2-retired.jsonl',
    size: 129,
    sealed: false,
    floors: {},
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    name: 'round-3 tuning',
    file: 'round3-tuning.jsonl',
    size: 71,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.96,
      categoryExact: 0.97,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.99,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // 143 messages from public material not used in rounds 1–2, split by random.Random(20261130) before triage ran.
    // Floors a little under the figures main had before any round-3 rule (P1 recall 74.3%, priority 83.3%,
    // category 70.8%, indicator F1 0.854, country 95.5%).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-3 retired',
    file: 'round3-retired.jsonl',
    size: 72,
    sealed: false,
    floors: {
      p1Recall: 0.87,
      priorityExact: 0.87,
      categoryExact: 0.76,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Floors a little under the figures after round 4 (P1 recall 98.5%, priority 96.9%, category 88.5%, F1 0.838).
    name: 'round-4 tuning',
    file: 'round4-tuning.jsonl',
    size: 130,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.99,
      categoryExact: 0.93,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.97,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // 260 messages by two writers who had seen neither the rules nor any set, split by random.Random(20261201)
    // before triage ran. Before any round-4 rule: P1 recall 74.6%, priority 78.5%, category 79.2%, indicator F1
    // 0.812, country 87.3%; floors a little under the figures after round 6 and the country vocabulary (83.1%,
    // 83.8%, 81.5%, 0.836, 94.9%).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-4 retired',
    file: 'round4-retired.jsonl',
    size: 130,
    sealed: false,
    floors: {
      p1Recall: 0.85,
      priorityExact: 0.89,
      categoryExact: 0.83,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.94,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // 120 messages by a third writer, all sealed. First score (P1 recall 81.7%, priority 79.2%, category 76.7%,
    // indicator F1 0.752, country 81.0%; main before that round: 78.3%, 77.5%, 75.8%, 0.755, 80.0%); floors a little
    // under the figures after round 6 and the country vocabulary (86.7%, 85.0%, 79.2%, 0.793, 87.0%).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-5 retired',
    file: 'round5-retired.jsonl',
    size: 120,
    sealed: false,
    floors: {
      p1Recall: 0.87,
      priorityExact: 0.85,
      categoryExact: 0.78,
      indicatorMicroF1: 0.78,
      countryAccuracy: 0.86,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // First score, before any rule was drawn from it: P1 recall 67.6%, priority 68.9%, category 62.8%, F1 0.72,
    // country 74.0%, suicidal recall 25%. After round 6: P1 100%, priority 100%, category 97.3%, F1 0.92, country
    // 97.7%, suicidal 100%.
    name: 'round-6 tuning',
    file: 'round6-tuning.jsonl',
    size: 148,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.99,
      categoryExact: 0.96,
      indicatorMicroF1: 0.91,
      countryAccuracy: 0.96,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // 300 messages by two writers who had seen neither the rules nor any set, split per writer and priority by
    // random.Random(20261130) before triage ran. First score (P1 recall 76.3%, priority 72.4%, category 69.7%,
    // indicator F1 0.728, country 79.7%); floors a little under the end of round 6 (84.2%, 80.3%, 77.6%, 0.768,
    // 86.2%).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-6 retired',
    file: 'round6-retired.jsonl',
    size: 152,
    sealed: false,
    floors: {
      p1Recall: 0.84,
      priorityExact: 0.8,
      categoryExact: 0.76,
      indicatorMicroF1: 0.75,
      countryAccuracy: 0.85,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // 120 messages by a third writer, all sealed, committed before triage ran. First score (P1 recall 65.0%,
    // priority 70.8%, category 62.5%, indicator F1 0.719, country 88.5%, P1 on 1 question or greeting); floors a
    // little under the end of round 6 (73.3%, 77.5%, 69.2%, 0.758, 93.8%).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-7 retired',
    file: 'round7-retired.jsonl',
    size: 120,
    sealed: false,
    floors: {
      p1Recall: 0.75,
      priorityExact: 0.79,
      categoryExact: 0.7,
      indicatorMicroF1: 0.75,
      countryAccuracy: 0.92,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 2 },
  },
  {
    // 120 messages by a fourth writer, all sealed, committed before triage ran, scored at the end of round 6: P1
    // recall 80.0%, priority 75.0%, category 67.5%, indicator F1 0.709, country 90.1%, P1 on 1 question or
    // greeting (on the rules before round 6: 75.0%, 70.8%, 61.7%, 0.673, 89.1%, 1). Floors a little under.
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-8 retired',
    file: 'round8-retired.jsonl',
    size: 120,
    sealed: false,
    floors: {
      p1Recall: 0.79,
      priorityExact: 0.76,
      categoryExact: 0.7,
      indicatorMicroF1: 0.7,
      countryAccuracy: 0.9,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 9: 420 messages by three writers who had seen neither the rules nor any set (the third wrote near
    // misses), split per writer and priority by random.Random(20261201) before triage ran. First score of this
    // tuning half: P1 recall 81.2%, priority 76.7%, category 75.7%, indicator F1 0.784, country 87.6%, P1 on 5
    // questions or greetings and 14 false alarms. Floors a little under the figures after the round's work.
    name: 'round-9 tuning',
    file: 'round9-tuning.jsonl',
    size: 210,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.94,
      categoryExact: 0.86,
      indicatorMicroF1: 0.81,
      countryAccuracy: 0.94,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 10: 450 messages by three more writers (one of emergencies told mid-crisis, one of near misses), split
    // the same way before triage ran. First score of this tuning half on the rules at round 9's start: P1 recall
    // 89.3%, priority 79.8%, category 78.5%, indicator F1 0.807, country 91.2%, 7 P1 on questions or greetings
    // and 11 false alarms. Floors a little under the figures after the round's work.
    name: 'round-10 tuning',
    file: 'round10-tuning.jsonl',
    size: 223,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.94,
      categoryExact: 0.88,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.96,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 11: 450 messages by three more writers (voice-to-text, code-switching, the Indonesian of the east and
    // of Madura and Sulawesi), split the same way. First score of this tuning half on the rules at round 9's
    // start: P1 recall 79.8%, priority 76.7%, category 72.6%, indicator F1 0.756, country 93.8%, 5 P1 on
    // questions or greetings, 10 false alarms, suicidal 43%. Floors a little under the figures after the work.
    name: 'round-11 tuning',
    file: 'round11-tuning.jsonl',
    size: 223,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.89,
      categoryExact: 0.78,
      indicatorMicroF1: 0.78,
      countryAccuracy: 0.95,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 12: 450 messages by three more writers (formal and long, very short, Malay and Javanese), split the same
    // way. First score of this tuning half on the rules at round 9's start: P1 recall 84.0%, priority 78.1%,
    // category 70.1%, indicator F1 0.727, country 93.3%, 5 P1 on questions or greetings, 10 false alarms.
    name: 'round-12 tuning',
    file: 'round12-tuning.jsonl',
    size: 224,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.88,
      categoryExact: 0.77,
      indicatorMicroF1: 0.76,
      countryAccuracy: 0.94,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 13: 450 messages by three more writers (Sundanese and Gulf households, men and boys at work, near misses
    // from third parties), split the same way. First score of this tuning half on the rules at round 12's end: P1
    // recall 84.5%, priority 79.4%, category 77.6%, indicator F1 0.800, country 96.7%, 4 P1 on questions or
    // greetings, 9 false alarms, suicidal 64% (at round 9's start: 83.1%, 73.5%, 73.1%, 0.760, 95.4%, 6, 14, 64%).
    name: 'round-13 tuning',
    file: 'round13-tuning.jsonl',
    size: 223,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.87,
      categoryExact: 0.79,
      indicatorMicroF1: 0.8,
      countryAccuracy: 0.95,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 14: 450 messages by three more writers (scam compounds, relatives at home, English), split the same way.
    // First score of this tuning half on the rules at round 13's end: P1 recall 86.2%, priority 80.7% (at round
    // 9's start: 84.0%, 77.1%). One message a guard makes P1 that its writer labelled P2 stays a false alarm.
    name: 'round-14 tuning',
    file: 'round14-tuning.jsonl',
    size: 223,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.86,
      categoryExact: 0.72,
      indicatorMicroF1: 0.77,
      countryAccuracy: 0.94,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 9's sealed half (210): three writers (new sources; near misses), never tuned on, scored only at the end of
    // the session that wrote it, with the emergency-likeness backstop: P1 recall 92.8%, priority 81.9%, category 80%,
    // indicator F1 0.790, country 90.9%, P1 on 1 questions or greetings, 6 false alarms (on the rules at that session's
    // start: 82.6%, 73.3%, 72.4%, 0.774, 90.3%, 5, 14).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-9 retired',
    file: 'round9-retired.jsonl',
    size: 210,
    sealed: false,
    floors: {
      p1Recall: 0.88,
      priorityExact: 0.79,
      categoryExact: 0.78,
      indicatorMicroF1: 0.77,
      countryAccuracy: 0.89,
    },
    ceilings: { p1OnInformation: 4, p1FalseAlarms: 9 },
  },
  {
    // Round 10's sealed half (227): three writers (new sources; emergencies told mid-crisis; near misses), never tuned
    // on, scored only at the end of the session that wrote it, with the emergency-likeness backstop: P1 recall 88.2%,
    // priority 84.1%, category 80.2%, indicator F1 0.818, country 95.8%, P1 on 2 questions or greetings, 6 false alarms
    // (on the rules at that session's start: 80%, 78%, 76.7%, 0.802, 93.5%, 5, 9).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-10 retired',
    file: 'round10-retired.jsonl',
    size: 227,
    sealed: false,
    floors: {
      p1Recall: 0.83,
      priorityExact: 0.81,
      categoryExact: 0.79,
      indicatorMicroF1: 0.8,
      countryAccuracy: 0.94,
    },
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 5 },
  },
  {
    // Round 11's sealed half (227): three writers (voice-to-text; code-switching; eastern Indonesian), never tuned on,
    // scored only at the end of the session that wrote it, with the emergency-likeness backstop: P1 recall 93.7%,
    // priority 87.7%, category 76.7%, indicator F1 0.827, country 90.6%, P1 on 1 questions or greetings, 2 false alarms
    // (on the rules at that session's start: 88.4%, 80.2%, 71.8%, 0.813, 90.1%, 1, 6).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-11 retired',
    file: 'round11-retired.jsonl',
    size: 227,
    sealed: false,
    floors: {
      p1Recall: 0.9,
      priorityExact: 0.85,
      categoryExact: 0.76,
      indicatorMicroF1: 0.81,
      countryAccuracy: 0.89,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 2 },
  },
  {
    // Round 12's sealed half (226): three writers (formal and long; very short; Malay and Javanese), never tuned on,
    // scored only at the end of the session that wrote it, with the emergency-likeness backstop: P1 recall 91.5%,
    // priority 80.5%, category 76.1%, indicator F1 0.764, country 93.4%, P1 on 1 questions or greetings, 6 false alarms
    // (on the rules at that session's start: 85.1%, 74.3%, 74.3%, 0.758, 92.7%, 4, 14).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-12 retired',
    file: 'round12-retired.jsonl',
    size: 226,
    sealed: false,
    floors: {
      p1Recall: 0.86,
      priorityExact: 0.77,
      categoryExact: 0.75,
      indicatorMicroF1: 0.75,
      countryAccuracy: 0.92,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 6 },
  },
  {
    // Round 13's sealed half (227): three writers (Sundanese and Gulf households; men and boys at work; third parties),
    // never tuned on, scored only at the end of the session that wrote it, with the emergency-likeness backstop: P1
    // recall 87.5%, priority 82.4%, category 75.3%, indicator F1 0.789, country 93.7%, P1 on 2 questions or greetings,
    // 7 false alarms (on the rules at that session's start: 84.7%, 77.5%, 72.2%, 0.769, 93.1%, 3, 13).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-13 retired',
    file: 'round13-retired.jsonl',
    size: 227,
    sealed: false,
    floors: {
      p1Recall: 0.83,
      priorityExact: 0.8,
      categoryExact: 0.74,
      indicatorMicroF1: 0.77,
      countryAccuracy: 0.92,
    },
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 8 },
  },
  {
    // Round 14's sealed half (227): three writers (scam compounds; relatives at home; English), never tuned on, scored
    // only at the end of the session that wrote it, with the emergency-likeness backstop: P1 recall 89.5%, priority
    // 81.5%, category 69.2%, indicator F1 0.727, country 96.4%, P1 on 0 questions or greetings, 5 false alarms (on the
    // rules at that session's start: 72.6%, 70.9%, 66.5%, 0.725, 95.8%, 2, 9).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-14 retired',
    file: 'round14-retired.jsonl',
    size: 227,
    sealed: false,
    floors: {
      p1Recall: 0.75,
      priorityExact: 0.74,
      categoryExact: 0.67,
      indicatorMicroF1: 0.71,
      countryAccuracy: 0.95,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 6 },
  },
  {
    // Round 15: 360 messages by three more writers, all sealed, committed before triage ran and scored once, on the
    // final rules and backstop, as a fresh estimate of a new writer: P1 recall 94.4%, priority 89.4%, category
    // 83.9%, indicator F1 0.814, country 96.4%, P1 on 1 question or greeting, 5 false alarms (rules alone at the end:
    // 91.0%, 88.3%, 83.9%, 0.814, 96.4%, 1, 4; at the session's start: 86.8%, 83.6%, 79.4%, 0.800, 95.4%, 6, 11).
    // Retired on 2026-12-01 into the second reader's training, after that score; its floors are the rules' alone.
    name: 'round-15 retired',
    file: 'round15-retired.jsonl',
    size: 360,
    sealed: false,
    floors: {
      p1Recall: 0.89,
      priorityExact: 0.87,
      categoryExact: 0.82,
      indicatorMicroF1: 0.8,
      countryAccuracy: 0.95,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 4 },
  },
  {
    // Round 16: 737 messages by five writers who had read neither the rules nor any set, all sealed, committed before
    // triage ran on it and scored once, on the rules and second reader at the end of the session that wrote it, as a
    // fresh estimate of a new writer: P1 recall 98.1%, priority 93.1%, category 88.2%, indicator F1 0.852, country
    // 95.9%, self-harm flagged 100%, P1 on 4 questions or greetings, 21 false alarms (rules alone: 89.6%, 83.0%,
    // 82.1%, 0.789, 95.9%, 88.9%, 4, 22; rules and likeness at the session's start: 95.2%, 85.5%, 82.2%, 0.789,
    // 95.9%, 88.9%, 1, 16). The second reader never trained on it; its floors hold triage as shipped. After the
    // next session's rules (self-harm supposed by the writer, rumours asked about, forced sex work, guards at the
    // gate) and retraining, the second reader no longer flags one of its 18 self-harm messages (17 of 18; the rules
    // alone flag 16 as before): the floor says so rather than hide it.
    name: 'round-16 sealed',
    file: 'round16-sealed.jsonl',
    size: 737,
    sealed: true,
    floors: {
      p1Recall: 0.97,
      priorityExact: 0.92,
      categoryExact: 0.87,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.95,
      suicidalRecall: 0.94,
    },
    ceilings: { p1OnInformation: 4, p1FalseAlarms: 21 },
  },
  {
    // Round 17: 735 messages by five writers who had read neither the rules nor any set (news of 2024-25 TPPO
    // cases, Migrant CARE and SBMI case notes, Greenpeace/EJF/DFW on distant-water crews, IOM/UNODC case studies
    // and court decisions, and the questions, rumours and calm emergencies a hotline receives), all sealed,
    // committed before triage ran on it and scored once, at the end of the session that wrote it: P1 recall 97.0%,
    // priority 93.5%, category 88.0%, indicator F1 0.870, country 93.2%, self-harm flagged 80.8% (21 of 26), P1 on
    // 1 question or greeting, 11 false alarms (rules alone 86.4%, 81.8%, 77.1%, 0.809, 93.2%, 76.9%, 3, 14; triage
    // at the session's start 96.6%, 92.8%, 87.2%, 0.868, 93.3%, 88.5%, 1, 13). Floors hold triage as shipped.
    // After the next session (rounds 18 and 19 trained on, self-harm said in other words): P1 96.6%, priority
    // 93.2%, category 87.9%, F1 0.875, self-harm flagged 23 of 26, 12 false alarms (one more): the ceiling says so.
    name: 'round-17 sealed',
    file: 'round17-sealed.jsonl',
    size: 735,
    sealed: true,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.92,
      categoryExact: 0.87,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.93,
      suicidalRecall: 0.8,
    },
    // Read after the second reader was retrained with rounds 21 and 22 (held out a round at a time, its false
    // alarms fell from 23 to 21 and those on a question from 1 to 0): one more on a question here, two more in all.
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 13 },
  },
  {
    // Round 18: 739 messages by five writers who had read neither the rules nor any set (merchant and cruise crews
    // and abandoned ships, fishing crews in foreign ports, domestic workers in Kuwait, Oman, Lebanon, Sudan and
    // Kurdistan, scam centres beyond the known compounds and drug couriers, brides, fake internships and hostesses,
    // Malaysian depots and Malay chat), split by random.Random(20261202) into this tuning half and a sealed half
    // before triage ran on either. First score of this half, on triage as shipped at the session's start: P1 recall
    // 97.0%, priority 95.4%, category 88.1%, indicator F1 0.856, country 91.3%, P1 on 1 question, 4 false alarms,
    // self-harm flagged 91.3% (rules alone 90.9%, 85.6%, 81.0%, 0.807, 91.3%, 1, 4, 87.0%).
    name: 'round-18 tuning',
    file: 'round18-tuning.jsonl',
    size: 369,
    sealed: false,
    floors: {
      p1Recall: 0.93,
      priorityExact: 0.87,
      categoryExact: 0.82,
      indicatorMicroF1: 0.8,
      countryAccuracy: 0.98,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 19: 444 messages by three more writers (domestic workers and caregivers in Hong Kong, Taiwan and
    // Singapore; Ukraine, Russia and Europe's farms, shipyards and care homes, Gulf construction and Hajj; PALM, RSE,
    // Pacific logging, southern Thai boats and Japan's technical interns), split by random.Random(20261203) into
    // this tuning half and a sealed half before triage ran on either. First score of this half, on triage as
    // shipped at the time (round 18's fixes in): P1 recall 94.6%, priority 89.2%, category 85.6%, indicator F1
    // 0.863, country 92.9%, P1 on 1 question, 4 false alarms, self-harm flagged 66.7% (rules alone 91.9%, 82.4%,
    // 76.1%, 0.798, 92.9%, 1, 4, 58.3%).
    name: 'round-19 tuning',
    file: 'round19-tuning.jsonl',
    size: 222,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.85,
      categoryExact: 0.76,
      indicatorMicroF1: 0.79,
      countryAccuracy: 0.96,
      suicidalRecall: 0.9,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 18's sealed half (370), never trained or tuned on, scored once at the end of the session that wrote it:
    // P1 recall 100%, priority 95.9%, category 88.4%, indicator F1 0.853, country 91.4%, self-harm flagged 22 of
    // 24, P1 on no question or greeting, 2 false alarms (rules alone 94.8%, 85.9%, 78.4%, 0.797, 91.4%, 21 of 24,
    // 1, 2; triage at the session's start 100%, 94.9%, 86.5%, 0.843, 90.4%, 21 of 24, 0, 3).
    name: 'round-18 sealed',
    file: 'round18-sealed.jsonl',
    size: 370,
    sealed: true,
    // Category 88.1% at the end of round 31's session, 87.8% after the next retraining (one message).
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.95,
      categoryExact: 0.87,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.91,
      suicidalRecall: 0.9,
    },
    // 2 false alarms when first scored; 3 after the second reader was retrained with rounds 21 and 22 (see round 17).
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 3 },
  },
  {
    // Round 19's sealed half (222), never trained or tuned on, scored once at the end of the session that wrote it:
    // P1 recall 96.5%, priority 93.7%, category 87.4%, indicator F1 0.872, country 95.7%, self-harm flagged 16 of
    // 18, P1 on 1 question or greeting, 5 false alarms (rules alone 91.8%, 82.9%, 77.5%, 0.787, 95.7%, 15 of 18,
    // 1, 4; triage at the session's start 96.5%, 91.9%, 85.1%, 0.862, 94.1%, 16 of 18, 1, 6).
    name: 'round-19 sealed',
    file: 'round19-sealed.jsonl',
    size: 222,
    sealed: true,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.93,
      // 87.4% when first scored; 85.6% after the second reader learned rounds 23 and 24's writers, who file a domestic
      // worker made to work in a shop or salon, or held by an agency, as forced labour (P1 recall 98.8%, priority
      // 94.6%, country 96.8% at the same time). Held out a round at a time, category moved as docs/triage.md says.
      categoryExact: 0.85,
      // 0.872 when first scored; 0.866 after the retraining named at round 17, with P1 recall up from 96.5%.
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.95,
      suicidalRecall: 0.88,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 5 },
  },
  {
    // Round 21: 598 messages by four writers who had read only TRIAGE.md (German ferienjob students, Central
    // European factory agencies, UK care visas and au pairs; Nunukan-Tawau and Batam-Johor crossings, Sabah and
    // Sarawak estates and Malay chat; scam compounds in Laos, the Philippines, Myawaddy, Bavet and Dubai; Gulf domestic
    // workers, caregivers, distant-water crews, hostesses), split by random.Random(20261204) into this tuning half
    // and a sealed half before triage ran on either. First score of this half, on triage as shipped at the session's
    // start: P1 recall 94.1%, priority 91.3%, category 86.0%, indicator F1 0.868, country 91.4%, P1 on 1 question, 5
    // false alarms, self-harm flagged 62.5%.
    name: 'round-21 tuning',
    file: 'round21-tuning.jsonl',
    size: 299,
    sealed: false,
    floors: {
      p1Recall: 0.86,
      priorityExact: 0.8,
      categoryExact: 0.73,
      indicatorMicroF1: 0.8,
      countryAccuracy: 0.97,
      suicidalRecall: 0.87,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 22: 296 messages by two writers who had read only TRIAGE.md (Korea's EPS farms and the undocumented,
    // Japan's interns and skilled workers, Taiwan's factories, Australian and New Zealand farms; women and girls sold
    // for sex in Sarawak, Singapore, Macau, Japan, Dili and Papua New Guinea, child brides, women in depots with their
    // babies), all for tuning, first scored on triage as shipped after round 21's fixes: P1 recall 95.1%, priority
    // 90.9%, category 81.1%, indicator F1 0.816, country 78.9%, P1 on 2 questions, 10 false alarms.
    name: 'round-22 tuning',
    file: 'round22-tuning.jsonl',
    size: 296,
    sealed: false,
    floors: {
      p1Recall: 0.88,
      priorityExact: 0.8,
      categoryExact: 0.72,
      indicatorMicroF1: 0.75,
      countryAccuracy: 0.89,
      suicidalRecall: 0.93,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 20 (596 messages by four writers who had read only TRIAGE.md: sexual exploitation and sextortion,
    // relatives in NTT, Papua and other regional Indonesian, domestic workers at night, the line between a dispute and
    // forced labour), sealed whole and never trained or tuned on. Scored at the start of the session after it was
    // written: P1 recall 97.2%, priority 93.8%, category 84.9%, F1 0.843, country 94.0%, self-harm 34 of 37, P1 on 4
    // questions, 12 false alarms; at its end: 97.6%, 94.3%, 84.1%, 0.846, 94.2%, 34 of 37, 3, 11; at the end of the
    // next session (rounds 23 and 24 learned): 97.2%, 94.5%, 84.6%, 0.848, 94.6%, 34 of 37, 2, 9.
    name: 'round-20 sealed',
    file: 'round20-sealed.jsonl',
    size: 596,
    sealed: true,
    floors: {
      p1Recall: 0.97,
      priorityExact: 0.93,
      categoryExact: 0.83,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.94,
      suicidalRecall: 0.9,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 11 },
  },
  {
    // Round 21's sealed half (299), never trained or tuned on. At the session's start: P1 recall 96.4%, priority
    // 90.6%, category 81.6%, F1 0.825, country 89.9%, self-harm 20 of 23, P1 on 4 questions, 11 false alarms; at its
    // end: 95.5%, 90.3%, 82.3%, 0.835, 91.5%, 20 of 23, 4, 11; at the end of the next session: 95.5%, 91.0%, 83.6%,
    // 0.837, 91.9%, 20 of 23, 4, 10.
    name: 'round-21 sealed',
    file: 'round21-sealed.jsonl',
    size: 299,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.89,
      categoryExact: 0.81,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.91,
      suicidalRecall: 0.86,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 6 },
  },
  {
    // Round 23: 400 messages by four writers who had read only TRIAGE.md (Gulf, Jordan, Türkiye and Egypt domestic
    // workers, court cases, brides sent to China and Taiwan; distant-water crews, Korean EPS, Japanese interns and
    // seasonal farms; scam compounds, a third in English; Malaysia, Singapore and Brunei in Malay chat and very short
    // first messages), split by random.Random(20261202) into this tuning half and a sealed half before triage ran on
    // either. First score of this half, on triage as shipped at the session's start: P1 recall 100%, priority 93.0%,
    // category 89.0%, indicator F1 0.926, country 96.1%, no P1 on a question, 4 false alarms, self-harm 8 of 9; the
    // rules alone 98.3%, 89.0%, 83.5%, 0.836, 96.1%, 0, 4, 7 of 9.
    name: 'round-23 tuning',
    file: 'round23-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.93,
      categoryExact: 0.88,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.96,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 3 },
  },
  {
    // Round 24: 400 messages by four more writers who had read only TRIAGE.md (sexual exploitation, forged ages and
    // kidney offers told by mothers and village heads; medical danger and self-harm with as many hard
    // non-emergencies; journeys through several places, districts, ports and border posts; the line between
    // categories), split by random.Random(20261206). First score of this half, on triage as shipped at the session's
    // start: P1 recall 98.4%, priority 93.0%, category 86.0%, F1 0.887, country 96.8%, P1 on 1 question, 7 false
    // alarms, self-harm 13 of 13; the rules alone 95.2%, 90.0%, 83.0%, 0.835, 96.8%, 1, 5, 11 of 13.
    name: 'round-24 tuning',
    file: 'round24-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.91,
      categoryExact: 0.84,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.98,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 5 },
  },
  {
    // Round 25: 400 messages by four more writers who had read only TRIAGE.md (the line between P1 and not-P1 across
    // languages; the line between categories; places far from the usual ones; village voices, Malay chat, English
    // and Gulf words), split by random.Random(20261208). First score of this half, on triage as shipped at the
    // session's start: P1 recall 97.1%, priority 94.0%, category 89.5%, F1 0.865, country 98.4%, P1 on 1 question,
    // 2 false alarms, self-harm 5 of 7; the rules alone 90.0%, 77.0%, 74.0%, 0.797, 98.4%, 3, 8, 3 of 7.
    name: 'round-25 tuning',
    file: 'round25-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.95,
      categoryExact: 0.92,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.98,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 26: 400 messages by four more writers who had read only TRIAGE.md (questions on both sides of the line;
    // sexual exploitation and its neighbours; places made hard on purpose; bodies and minds with look-alike
    // non-emergencies, and minors' ages told many ways), split by random.Random(20261210). First score of this half,
    // on triage as shipped at the session's start: P1 recall 96.6%, priority 90.5%, category 87.5%, F1 0.850,
    // country 97.4%, P1 on 1 question, 5 false alarms, self-harm 5 of 6; the rules alone 88.1%, 79.5%, 74.5%, 0.807,
    // 97.4%, 1, 4, 5 of 6.
    name: 'round-26 tuning',
    file: 'round26-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.91,
      categoryExact: 0.87,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.96,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 27: 300 messages by three more writers who had read only TRIAGE.md (voice-to-text run-ons from
    // relatives in NTT, Papua, Madura, Bugis, Batak, Banjar and Sasak villages; crossings and estates from Nunukan to
    // Brunei in Malay chat; scam compounds and online harms), split by random.Random(20261212). First score of this
    // half, on triage as shipped at the session's start: P1 recall 97.5%, priority 91.3%, category 89.3%, F1 0.888,
    // country 95.7%, P1 on 1 question, 5 false alarms; the rules alone 95.0%, 81.3%, 76.7%, 0.859, 95.7%, 1, 5.
    name: 'round-27 tuning',
    file: 'round27-tuning.jsonl',
    size: 150,
    sealed: false,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.85,
      categoryExact: 0.78,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.96,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 23's sealed half (200), never trained or tuned on. At the session's start: P1 recall 96.8%, priority
    // 93.5%, category 94.0%, F1 0.867, country 98.0%, self-harm 4 of 5, P1 on 1 question, 3 false alarms; at its end:
    // 96.8%, 95.0%, 93.0%, 0.866, 98.0%, 4 of 5, 1, 1 (rules alone 95.2%, 90.5%, 86.5%, 0.821, 98.0%, 4 of 5, 1, 1).
    name: 'round-23 sealed',
    file: 'round23-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.94,
      categoryExact: 0.92,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.97,
      suicidalRecall: 0.8,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 2 },
  },
  {
    // Round 24's sealed half (200), never trained or tuned on. At the session's start: P1 recall 97.1%, priority
    // 93.0%, category 89.5%, F1 0.888, country 95.5%, self-harm 10 of 10, P1 on 2 questions, 7 false alarms; at its
    // end: 97.1%, 93.5%, 91.0%, 0.893, 95.5%, 10 of 10, 2, 6 (rules alone 95.6%, 87.0%, 83.0%, 0.842, 95.5%, 10 of 10,
    // 2, 7).
    name: 'round-24 sealed',
    file: 'round24-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.92,
      categoryExact: 0.9,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.95,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 7 },
  },
  {
    // Round 25's sealed half (200), never trained or tuned on. At the session's start: P1 recall 98.0%, priority
    // 91.5%, category 92.5%, F1 0.873, country 97.3%, self-harm 3 of 5, P1 on 3 questions, 5 false alarms; at its end:
    // 98.0%, 94.5%, 95.0%, 0.872, 97.3%, 3 of 5, 2, 3 (rules alone 84.0%, 82.5%, 83.0%, 0.825, 97.3%, 3 of 5, 3, 5).
    // The session of rounds 29 and 30 retrained the second reader on 400 more messages; with it the set reads 96.0%,
    // 93.5%, 95.0%, 0.866, 97.3%, 3 of 5, 2, 3: one emergency the rules miss and the old reader caught, the new one
    // does not (the old reader with the new rules still reads 98.0%), so the floor is where it now stands.
    name: 'round-25 sealed',
    file: 'round25-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.92,
      categoryExact: 0.92,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.96,
      suicidalRecall: 0.6,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 26's sealed half (200), never trained or tuned on. At the session's start: P1 recall 96.7%, priority
    // 95.0%, category 90.0%, F1 0.879, country 97.3%, self-harm 7 of 7, P1 on 1 question, 3 false alarms; at its end:
    // 96.7%, 95.5%, 90.0%, 0.887, 97.3%, 7 of 7, 0, 2 (rules alone 91.8%, 88.0%, 79.5%, 0.834, 97.3%, 7 of 7, 0, 2).
    name: 'round-26 sealed',
    file: 'round26-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.94,
      categoryExact: 0.88,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.96,
      suicidalRecall: 0.85,
    },
    ceilings: { p1OnInformation: 1, p1FalseAlarms: 3 },
  },
  {
    // Round 27's sealed half (150), never trained or tuned on. At the session's start: P1 recall 100%, priority
    // 95.3%, category 92.0%, F1 0.887, country 92.3%, self-harm 4 of 5, P1 on no question, 1 false alarm; at its end:
    // 98.0%, 94.0%, 92.0%, 0.883, 92.3%, 4 of 5, 0, 1 (rules alone 86.0%, 86.7%, 86.7%, 0.851, 92.3%, 4 of 5, 0, 1).
    name: 'round-27 sealed',
    file: 'round27-sealed.jsonl',
    size: 150,
    sealed: true,
    floors: {
      p1Recall: 0.97,
      priorityExact: 0.93,
      categoryExact: 0.91,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.91,
      suicidalRecall: 0.8,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 28 (100, all sealed): the writer on Europe who finished after round 27 was split. Scored once, on triage
    // at the end of the session that added it: P1 recall 100%, priority 94.0%, category 91.0%, F1 0.883, country
    // 90.7%, self-harm 2 of 2, P1 on 1 question, 1 false alarm (the session's start code: the same but F1 0.878);
    // after that session's review folded the overstay words into one cue: priority 95.0%, category 93.0%.
    name: 'round-28 sealed',
    file: 'round28-sealed.jsonl',
    size: 100,
    sealed: true,
    floors: {
      p1Recall: 0.97,
      priorityExact: 0.92,
      categoryExact: 0.89,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.89,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 29: 400 messages by four more writers who had read only TRIAGE.md (where a person is now against where
    // they were promised or passed through, across the Gulf, Iraq and Turkey; questions on both sides of the
    // emergency line; Europe, the Americas, Africa and Oceania; category borders and border towns), split by
    // random.Random(20261214). First score of this half, on triage as shipped at the session's start: P1 recall 100%,
    // priority 96.0%, category 89.5%, F1 0.904, country 92.3%, P1 on no question, 2 false alarms; the rules alone
    // 100%, 88.0%, 81.5%, 0.868, 92.3%, 0, 2.
    name: 'round-29 tuning',
    file: 'round29-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.87,
      categoryExact: 0.84,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.96,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 29's sealed half (200), never trained or tuned on. At the session's start: P1 recall 95.2%, priority
    // 92.5%, category 92.0%, F1 0.925, country 96.2%, self-harm 4 of 4, P1 on no question, 4 false alarms; after the
    // tuning halves of rounds 29 and 30 were taught: 96.8%, 93.0%, 92.5%, 0.923, 95.6%, 4 of 4, 0, 4 (rules alone
    // 90.3%, 86.0%, 86.0%, 0.870, 95.6%, 3 of 4, 0, 4).
    name: 'round-29 sealed',
    file: 'round29-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.91,
      categoryExact: 0.9,
      indicatorMicroF1: 0.9,
      countryAccuracy: 0.95,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 4 },
  },
  {
    // Round 30: 400 messages by four more writers who had read only TRIAGE.md (emergencies told by description and
    // their look-alikes; self-harm and despair in many forms; places in East and Southeast Asia by district; long
    // run-ons with several places and times), split by random.Random(20261216). First score of this half, on triage
    // as shipped at the session's start: P1 recall 93.5%, priority 92.5%, category 93.5%, F1 0.883, country 94.7%,
    // self-harm 5 of 8, P1 on 2 questions, 6 false alarms; the rules alone 91.9%, 89.0%, 89.5%, 0.841, 94.7%, 5 of 8,
    // 4, 9.
    name: 'round-30 tuning',
    file: 'round30-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.92,
      categoryExact: 0.9,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.96,
      suicidalRecall: 0.85,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 3 },
  },
  {
    // Round 30's sealed half (200), never trained or tuned on. At the session's start: P1 recall 94.8%, priority
    // 91.5%, category 92.0%, F1 0.895, country 98.2%, self-harm 13 of 17, P1 on 3 questions, 9 false alarms; after its
    // tuning half was taught: 94.8%, 91.0%, 92.0%, 0.897, 98.2%, 13 of 17, 3, 9 (rules alone 93.1%, 84.5%, 85.5%,
    // 0.835, 98.2%, 12 of 17, 3, 11): what the tuning half taught about self-harm did not reach this half.
    name: 'round-30 sealed',
    file: 'round30-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.94,
      priorityExact: 0.9,
      categoryExact: 0.91,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.97,
      suicidalRecall: 0.75,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 9 },
  },
  {
    // Round 31: 400 messages by eight more writers who had read only TRIAGE.md (self-harm and its look-alikes;
    // questions next to emergencies asked as questions; Europe and the Middle East by small towns; Asia by district;
    // category borders in labour cases; medical danger at work and at sea; relatives reporting; long mixed-language
    // run-ons), split 25/25 per writer by random.Random(20261202). First score of this half, on triage as shipped at
    // the session's start: P1 recall 98.2%, priority 91.5%, category 86.0%, F1 0.877, country 97.7%, self-harm 13 of
    // 17, P1 on 2 questions, 8 false alarms; the rules alone 94.5%, 83.5%, 78.0%, 0.838, 97.7%, 13 of 17, 2, 7.
    name: 'round-31 tuning',
    file: 'round31-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.88,
      categoryExact: 0.79,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.97,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 31's sealed half (200), never trained or tuned on. At the session's start: P1 recall 92.4%, priority
    // 87.0%, category 89.0%, F1 0.876, country 95.9%, self-harm 13 of 15, P1 on 4 questions, 4 false alarms; after its
    // tuning half was taught: 92.4%, 87.0%, 88.5%, 0.879, 95.9%, 13 of 15, 4, 4 (rules alone 89.4%, 83.0%, 84.0%,
    // 0.831, 95.9%, 13 of 15, 4, 5). One of its messages was seen by mistake before it was scored (docs/triage.md).
    name: 'round-31 sealed',
    file: 'round31-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.91,
      priorityExact: 0.85,
      categoryExact: 0.87,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.94,
      suicidalRecall: 0.8,
    },
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 2 },
  },
  {
    // Round 32: 400 messages by eight more writers who had read only TRIAGE.md (emergencies now beside the same dangers
    // over, supposed, denied or rumoured; questions with danger words beside own cases; the Middle East by small towns;
    // seafarers and where the crew is now; category borders in labour cases; indirect self-harm; scam compounds,
    // forced sex and ransom; relatives' reports), split 25/25 per writer by random.Random(20261203). First score of
    // this half, on triage as shipped at the session's start: P1 recall 98.4%, priority 94.0%, category 91.0%, F1
    // 0.917, country 93.7%, self-harm 11 of 12, P1 on 1 question, 3 false alarms; the rules alone 95.1%, 88.0%,
    // 82.0%, 0.860, 93.7%, 10 of 12, 1, 3. Its writers' brief said "where the person is now" for the country, so
    // questions asked before leaving carry Indonesia, where earlier sets carry the destination (docs/triage.md).
    name: 'round-32 tuning',
    file: 'round32-tuning.jsonl',
    size: 200,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.91,
      categoryExact: 0.84,
      indicatorMicroF1: 0.86,
      countryAccuracy: 0.94,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 32's sealed half (200), never trained or tuned on. At the session's start: P1 recall 97.2%, priority
    // 92.5%, category 92.0%, F1 0.906, country 95.8%, self-harm 12 of 17, P1 on 3 questions, 8 false alarms (rules
    // alone 90.1%, 84.5%, 82.5%, 0.851, 95.8%, 12 of 17, 4, 8); at its end see docs/triage.md.
    name: 'round-32 sealed',
    file: 'round32-sealed.jsonl',
    size: 200,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.9,
      categoryExact: 0.9,
      indicatorMicroF1: 0.89,
      countryAccuracy: 0.95,
      suicidalRecall: 0.7,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 8 },
  },
  {
    // Round 33: 600 messages by six more writers who had read only TRIAGE.md (four on self-harm told indirectly and
    // its look-alikes: domestic workers in the Gulf and Asia; crews and scam-compound workers; relatives writing in
    // Javanese, Sundanese and Malay; students, interns, women in bars and brides in English; two on countries named
    // by districts, ports and towns, and where the person is now), split 50/50 per writer by
    // random.Random('2026120333-<writer>'). First score of this half, on triage as shipped at the session's start:
    // P1 recall 88.3%, priority 85.0%, category 85.0%, F1 0.887, country 89.8%, self-harm 50.5%, P1 on 5 questions,
    // 10 false alarms; the rules alone 74.7%, 73.7%, 80.3%, 0.853, 89.8%, 48.6%, 6, 11. One writer gave a country
    // to messages that name none (from a word like "madam"); those stay misses.
    name: 'round-33 tuning',
    file: 'round33-tuning.jsonl',
    size: 300,
    sealed: false,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.85,
      categoryExact: 0.8,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.92,
      suicidalRecall: 0.92,
    },
    ceilings: { p1OnInformation: 4, p1FalseAlarms: 8 },
  },
  {
    // Round 33's sealed half (300), never trained or tuned on. At the session's start: P1 recall 86.0%, priority
    // 84.0%, category 88.3%, F1 0.882, country 87.4%, self-harm 60.7%, P1 on 2 questions, 13 false alarms (rules alone
    // 76.8%, 77.3%, 82.3%, 0.855, 87.4%, 51.3%, 2, 11); at its end 89.0%, 85.7%, 88.0%, 0.885, 87.4%, 75.2%, 2, 14
    // (rules alone the same but self-harm 52.1%): the rules taught by its tuning half reached almost none of it, the
    // words-only head did (docs/triage.md). At round 34's session end (reader retrained on 2,100 more messages): 89.0%,
    // 86.0%, 88.0%, 0.885, 87.4%, 76.1%, 3 questions read as P1 (one more), 14 (docs/triage.md, round 34).
    name: 'round-33 sealed',
    file: 'round33-sealed.jsonl',
    size: 300,
    sealed: true,
    floors: {
      p1Recall: 0.89,
      priorityExact: 0.85,
      categoryExact: 0.88,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.87,
      suicidalRecall: 0.75,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 14 },
  },
  {
    // Round 34: 600 messages by six more writers who had read only TRIAGE.md (emergencies told without their
    // keywords; relatives reporting from villages; countries hard to tell in the Gulf, East Asia, Europe and Africa;
    // sexual exploitation and brides; seafarers and fishing crews; scam compounds), split 50/50 per writer by
    // random.Random('2026120334-<writer>') and committed before triage read it (c5d732a). First score of this half,
    // as shipped at the session's start: P1 recall 96.5%, priority 94.3%, category 91.7%, F1 0.902, country 98.8%,
    // self-harm 6 of 6, no P1 on a question, 8 false alarms; the rules alone 89.5%, 86.3%, 87.7%, 0.848, 98.8%, 5 of
    // 6, 0, 9.
    name: 'round-34 tuning',
    file: 'round34-tuning.jsonl',
    size: 300,
    sealed: false,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.91,
      categoryExact: 0.89,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.98,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 35: 300 messages by two more writers who had read only TRIAGE.md (a broad week of first messages, with
    // emergencies told plainly or sideways and their look-alikes; voice-to-text run-ons with the danger at the end),
    // written to train the second reader and never read: no rule was written from it. Scored before it trained
    // anything, as shipped at round 34's session start: P1 recall 97.8% and 100% (the two writers), priority 96.7%
    // and 98.0%, category 92.7% and 92.7%; rules alone P1 88.9% and 93.3%. The rules of that session read it the same.
    name: 'round-35 unread',
    file: 'round35-unread.jsonl',
    size: 300,
    sealed: false,
    floors: {
      p1Recall: 0.92,
      priorityExact: 0.89,
      categoryExact: 0.85,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.97,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 0 },
  },
  {
    // Round 34's sealed half (300), never trained or tuned on, scored at the session's start and once at its end. Start:
    // P1 recall 97.3%, priority 95.7%, category 93.0%, F1 0.887, country 96.2%, self-harm 7 of 7, no P1 on a question, 4
    // false alarms (rules alone 91.8%, 86.0%, 82.3%, 0.819, 96.2%, 7 of 7, 0, 4). End: 95.5%, 95.3%, 94.0%, 0.891, 96.2%,
    // 7 of 7, 0, 4; the rules alone read it exactly as at the start (docs/triage.md, round 34).
    name: 'round-34 sealed',
    file: 'round34-sealed.jsonl',
    size: 300,
    sealed: true,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.95,
      categoryExact: 0.93,
      indicatorMicroF1: 0.89,
      countryAccuracy: 0.96,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 2 },
  },
  {
    // Round 38: 400 messages by four more writers who had read only TRIAGE.md (a plain week from NTT, NTB, Lampung and
    // West Java; English from Europe, the Americas and Africa; emergencies, half of them, and their look-alikes; Malay,
    // Javanese and Sundanese chat), written at the end of round 34's session and kept whole as a sealed set: scored
    // once by the session's start code and once by its end code, never read, never trained on. Start: P1 recall 98.1%
    // (152 of 155), priority 95.5%, category 94.3%, F1 0.914, country 98.6%, self-harm 18 of 18, no P1 on a question, 5
    // false alarms (rules alone 92.3%, 84.3%, 85.3%, 0.844, 98.6%, 83.3%, 0, 8). End: 99.4% (154 of 155), 97.3%, 94.5%,
    // 0.914, 98.6%, 18 of 18, 0, 3 (rules alone 92.9%, 84.5%, 85.3%, 0.844, 98.6%, 83.3%, 0, 7).
    name: 'round-38 sealed',
    file: 'round38-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.97,
      categoryExact: 0.94,
      indicatorMicroF1: 0.91,
      countryAccuracy: 0.98,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 3 },
  },
  {
    // Rounds 36 and 37: 1,200 messages by eight more writers who had read only TRIAGE.md (36: emergencies told sideways
    // in Malay, Javanese and Sundanese; self-harm told indirectly and its look-alikes; category boundaries; long
    // letters with the danger buried. 37: the Gulf; Malaysia, Singapore and Brunei; East Asia; children and young
    // people), each scored once by triage as it then was before any was read, then read for its P1 misses and false
    // alarms only. First scores (P1 recall as shipped): round 36 96.8% (184 of 190), round 37 96.7% (174 of 180), the
    // same as triage at the session's start on round 37.
    name: 'round-36 tuning',
    file: 'round36-tuning.jsonl',
    size: 600,
    sealed: false,
    floors: {
      p1Recall: 0.92,
      priorityExact: 0.86,
      categoryExact: 0.82,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.98,
      suicidalRecall: 0.72,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 4 },
  },
  {
    // Round 39's session: one P2 the rules had read right for a wrong reason ("tidak ada laporan kekerasan" read as
    // violence, dated past) is now read denied, and P3: priority 90.0 → 89.8%.
    name: 'round-37 tuning',
    file: 'round37-tuning.jsonl',
    size: 600,
    sealed: false,
    floors: {
      p1Recall: 0.96,
      priorityExact: 0.89,
      categoryExact: 0.84,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.93,
      suicidalRecall: 0.85,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 8 },
  },
  {
    // Round 39: 400 messages by four writers who had read only TRIAGE.md (voice-to-text from East and Central Java;
    // very short WhatsApp lines; the Middle East and North Africa; East and Southeast Asia), scored once before any of it
    // was read (as shipped: P1 recall 97.1%, 136 of 140; priority 93.5%; category 92.0%; P1 on a question 6; 10 false
    // alarms; rules alone P1 92.1%), then read for its P1 misses and false alarms and trained on.
    name: 'round-39 tuning',
    file: 'round39-tuning.jsonl',
    size: 400,
    sealed: false,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.9,
      categoryExact: 0.84,
      indicatorMicroF1: 0.85,
      countryAccuracy: 0.98,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 1 },
  },
  {
    // Round 41: 600 messages by six more writers (emergencies told sideways; their look-alikes; non-native English;
    // Malay; long letters with the danger buried; the body and self-harm told indirectly), scored once before being read:
    // as shipped at the session's start P1 95.8% (182 of 190) on five writers and 97.1% (34 of 35) on the sixth, with the
    // code of that moment 96.3% and 100%. Five writers' misses were read; the sixth (long letters) was not.
    name: 'round-41 tuning',
    file: 'round41-tuning.jsonl',
    size: 600,
    sealed: false,
    floors: {
      p1Recall: 0.93,
      priorityExact: 0.82,
      categoryExact: 0.81,
      indicatorMicroF1: 0.79,
      countryAccuracy: 0.94,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 4, p1FalseAlarms: 19 },
  },
  {
    // Round 42: 600 messages by six more writers (Taiwan, Hong Kong, Singapore and Macau homes; scam compounds;
    // seafarers; children; the Gulf and the Levant; a plain week heavy in questions), written to train the second reader
    // and not read (one chain message was seen among held-out false alarms on questions); scored once first: as shipped at the session's start P1 97.6% (205 of 210), priority 96.2%, 5 false
    // alarms; with the code of that moment 98.6% (207), 96.7%, 4.
    name: 'round-42 unread',
    file: 'round42-unread.jsonl',
    size: 600,
    sealed: false,
    floors: {
      p1Recall: 0.95,
      priorityExact: 0.84,
      categoryExact: 0.75,
      indicatorMicroF1: 0.81,
      countryAccuracy: 0.94,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 7, p1FalseAlarms: 18 },
  },
  {
    // Round 40: 400 messages by four more writers who had read only TRIAGE.md (Malaysia and the borderlands, half in
    // Malay; danger to health and life told indirectly and its look-alikes; fishing crews and workers far from Asia;
    // a plain week from Sumatra, Kalimantan, Sulawesi, Nusa Tenggara and Papua), written at the start of round 39's
    // session and kept whole as a sealed set: scored once by that session's start code and once by its end code,
    // never read, never trained on. Start: P1 recall 94.3% (132 of 140), priority 92.0%, category 91.5%, F1 0.869,
    // country 95.9%, self-harm 20 of 21, P1 on a question 3, 11 false alarms (rules alone 87.1%, 82.3%, 82.3%, 0.804,
    // 95.9%, 16 of 21, 4, 13). At the session's first landing: 94.3% (132 of 140), 92.8%, 91.8%, 0.876, 95.9%, 20 of
    // 21, 2, 10; at its end: 94.3%, 92.8%, 91.8%, 0.877, 95.9%, 20 of 21, 2, 10 (rules alone 87.1%, 82.5%, 82.5%,
    // 0.805, 95.9%, 16 of 21, 3, 12).
    name: 'round-40 sealed',
    file: 'round40-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.94,
      priorityExact: 0.92,
      categoryExact: 0.91,
      indicatorMicroF1: 0.87,
      countryAccuracy: 0.95,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 2, p1FalseAlarms: 9 },
  },
  {
    // Round 43: 400 messages by four more writers who had read only TRIAGE.md (Hong Kong, Taiwan, Singapore and Brunei
    // homes, from relatives in Java; English from people who are not family; online recruitment and compounds; the sea
    // and the estates in Sundanese, Javanese and Malay), written mid-session and kept whole as a sealed set: scored
    // once by the session's start code and once by its end code, never read, never trained on. Start: P1 recall 96.4%
    // (135 of 140), priority 91.8%, category 85.3%, F1 0.842, country 93.5%, self-harm 16 of 17, P1 on a question 1, 12
    // false alarms (rules alone 91.4%, 82.8%, 75.5%, 0.777, 93.5%, 15 of 17, 2, 10). End: 97.9% (137 of 140), 93.3%,
    // 87.3%, 0.841, 93.5%, 16 of 17, 0, 10 (rules alone 91.4%, 83.5%, 76.0%, 0.779, 93.5%, 15 of 17, 1, 7).
    name: 'round-43 sealed',
    file: 'round43-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.97,
      priorityExact: 0.93,
      categoryExact: 0.87,
      indicatorMicroF1: 0.84,
      countryAccuracy: 0.93,
      suicidalRecall: 0.94,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 10 },
  },
  {
    // Round 44: 600 messages by six more writers (Malaysian Malay; Indonesian workers' English; Sundanese relatives;
    // NTT and NTB families; the body in danger; children and parents' questions), written to train the second reader.
    // Held out by round, training on it cost two emergencies of the other rounds (19 → 21 of 4,054 missed) and moved
    // the probes down, so it is not trained on; never read. Marked sealed because triage as shipped is what it measures.
    // First score, start's code: P1 97.6% (205 of 210), priority 92.5%, category 87.0%, 23 false alarms, P1 on a
    // question 4; at the end: 98.6% (207), 93.0%, 88.0%, 22, 3 (rules alone 87.6 → 88.1%).
    name: 'round-44 unread',
    file: 'round44-unread.jsonl',
    size: 600,
    sealed: true,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.93,
      categoryExact: 0.88,
      indicatorMicroF1: 0.83,
      countryAccuracy: 0.94,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 17 },
  },
  {
    // Round 45: 400 messages by four writers who had read only TRIAGE.md, from sources named per writer (Gulf homes
    // from HRW and Amnesty; Taiwanese and Chinese vessels and Malaysian estates from EJF, Greenpeace and AP; scam
    // compounds from UNODC and Indonesian news; court decisions, child trafficking, brides, karaoke and kidney sales),
    // kept whole as a sealed set: scored by the session's start code when written, never read, never trained on. Start:
    // P1 98.6% (138 of 140), priority 96.8%, category 93.8%, F1 0.913, country 95.3% (344 of 361), self-harm 18 of 19,
    // P1 on a question 3, 6 false alarms (rules alone 91.4%, 88.5%, 85.0%, 0.856, 95.3%, 15 of 19, 3, 6).
    name: 'round-45 sealed',
    file: 'round45-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.98,
      priorityExact: 0.96,
      categoryExact: 0.93,
      indicatorMicroF1: 0.9,
      countryAccuracy: 0.95,
      suicidalRecall: 0.94,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 6 },
  },
  {
    // Round 46: 400 messages by four more writers (Malaysia, Brunei and Singapore in Malay and Javanese; Japan's trainee
    // scheme, Korea's permits and Taiwan's factories; Europe and the US in English; conflict zones, stranded crews and
    // the Gulf in Sundanese and Javanese run-ons), sealed whole as round 45. Start: P1 100% (140 of 140), priority
    // 97.3%, category 92.0%, F1 0.890, country 94.5% (327 of 346), self-harm 20 of 21, P1 on a question 3, 4 false
    // alarms (rules alone 93.6%, 89.3%, 84.8%, 0.827, 94.5%, 19 of 21, 3, 4).
    name: 'round-46 sealed',
    file: 'round46-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.97,
      categoryExact: 0.91,
      indicatorMicroF1: 0.88,
      countryAccuracy: 0.94,
      suicidalRecall: 0.95,
    },
    ceilings: { p1OnInformation: 3, p1FalseAlarms: 4 },
  },
  {
    // Round 47: 400 messages by four writers of the session of 3 December (sixth) who read only TRIAGE.md (Jordan, Oman,
    // Kurdistan and Turkey's homes and the villages left behind; abandoned ships, squid fleets and West African
    // trawlers; police and child-protection releases on online exploitation, surrogacy and begging; Hong Kong, Taiwan,
    // Sabah, Singapore, Korea, Japan and China in Malay, English and Javanese), sealed whole, committed before triage
    // ran. Start: P1 139 of 140, priority 95.0%, category 89.0%, F1 0.904, country 96.2% (333 of 346), self-harm 12 of
    // 12, P1 on a question 0, 4 false alarms (rules alone 131 of 140, 86.0%, 82.0%, 0.851, 96.2%, 11 of 12, 1, 4). The
    // session's end, scored once: the same on every figure.
    name: 'round-47 sealed',
    file: 'round47-sealed.jsonl',
    size: 400,
    sealed: true,
    floors: {
      p1Recall: 0.99,
      priorityExact: 0.95,
      categoryExact: 0.89,
      indicatorMicroF1: 0.9,
      countryAccuracy: 0.96,
      suicidalRecall: 0.99,
    },
    ceilings: { p1OnInformation: 0, p1FalseAlarms: 4 },
  },
];

describe.each(SETS)('triage on the $name set', ({ name, file, size, sealed, floors, ceilings }) => {
  const set = loadLabelledSet(fileURLToPath(new URL(`./${file}`, import.meta.url)));
  const rules = scoreLabelledSet(set, (item) => readByRules({ texts: [item.text], answers: {} }).result);
  const both: DevSetScore = scoreDevSet(set);
  // A sealed set was never trained or tuned on: triage as shipped is what it measures. Every other set trained the
  // second reader, so its figures with it are no estimate; the floors hold the rules' own reading of it.
  const held = sealed ? both : rules;

  it(sealed ? 'is scored and reported as it is' : 'prints its score and holds its floors', () => {
    // Figures only, never message text; a set trained on also gives how many the rules miss.
    for (const [reader, { misses, ...figures }] of [
      ['rules alone', rules],
      ['with the second reader', both],
    ] as const) {
      console.log(
        `triage ${name} set, ${reader}`,
        JSON.stringify(figures),
        ...(sealed ? [] : [`misses: ${misses.length}`]),
      );
    }
    expect(held.size).toBe(size);
    expect(held.p1Recall).toBeGreaterThan(0);
    for (const [rate, floor] of Object.entries(floors))
      expect(held[rate as Rate], rate).toBeGreaterThanOrEqual(floor);
    for (const [count, ceiling] of Object.entries(ceilings))
      expect(held[count as Count], count).toBeLessThanOrEqual(ceiling);
    if (!sealed) {
      // What it was trained on, the second reader must have learned, and never by raising P1 on a question.
      expect(both.p1Recall).toBeGreaterThanOrEqual(0.98);
      expect(both.categoryExact).toBeGreaterThanOrEqual(0.95);
      expect(both.p1OnInformation).toBeLessThanOrEqual(rules.p1OnInformation);
    }
  });
});

describe('the dev set', () => {
  it('has every category and priority', () => {
    const set = loadLabelledSet(fileURLToPath(new URL('./dev-set.jsonl', import.meta.url)));
    expect(new Set(set.map((item) => item.category)).size).toBe(12);
    expect(new Set(set.map((item) => item.priority)).size).toBe(4);
  });
});

describe('reading a labelled set', () => {
  it('names the file and line of a line that is not a labelled message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suar-labelled-'));
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"1","text":"halo","priority":"P4"}\n{"id":"2","text":\n');
    expect(() => loadLabelledSet(broken)).toThrow(`${broken}:2: not JSON`);
    const unlabelled = join(dir, 'unlabelled.jsonl');
    writeFileSync(unlabelled, '{"id":"1","text":"halo"}\nnull\n');
    expect(() => loadLabelledSet(unlabelled)).toThrow(`${unlabelled}:1: not a labelled message`);
  });
});
