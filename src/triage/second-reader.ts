/**
 * The second reader: after the rules have read a report, a model trained on Suar's labelled sets reads it again,
 * with the rules' conclusions as part of what it sees, and settles priority, category and indicators. Rules name
 * what they were taught by kind; held out a writer's round at a time, they alone got 79% of categories and 86% of
 * priorities right, and the two readers together 87% and 94% (docs/triage.md, "The second reader"). It is a linear
 * model over hashed words, word pairs and letter runs of the normalised text plus the rules' conclusions, trained by
 * `npm run triage:train`; safety stays with the rules where a life or a body is at stake or an answer said so.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { Signal } from './lexicon.ts';
import stored from './second-reader.json' with { type: 'json' };
import {
  CATEGORIES,
  type Category,
  type Concern,
  FLAGS,
  type Flag,
  INDICATORS,
  type Indicator,
  PRIORITIES,
  type Priority,
  type TriageReason,
  type TriageResult,
} from './types.ts';

/** What the rules concluded, with what the second reader needs beside it. */
export interface RulesReading {
  result: TriageResult;
  /** The normalised text of every message, joined (what the model's words are taken from). */
  joinedText: string;
  /** What the rules noticed short of a conclusion (a vessel, a return, a question for a school assignment...). */
  signals: Signal[];
  /** It asks something (a "?" or a question word). */
  asking: boolean;
  /** Words in it, as the rules count them. */
  wordCount: number;
  /** The rules saw danger denied, asked about, past, over, joked about or in a test or advert. */
  dangerRuledOut: boolean;
  /** Indicators the rules saw only denied or asked about ("paspor sudah dikembalikan", "kalau gaji ditahan?"). */
  indicatorsRuledOut: Indicator[];
  /** Self-harm, a killing threatened, a medical emergency, days without food, or an answer said "in danger". */
  lifeAtStake: boolean;
  /** The person answered "yes" to "are you in danger now?": whatever the text says, that stands. */
  dangerAnswered: boolean;
}

/** One output of the model: a softmax over labels (priority, category) or one yes/no per label (indicators). */
export interface StoredHead {
  labels: string[];
  softmax: boolean;
  bias: number[];
  scale: number;
  /** Base64 of one signed byte per slot and label, slot-major. */
  weights: string;
}

/** The trained model as stored in second-reader.json. */
export interface SecondReaderModel {
  /** Number of hashed feature slots (a power of two). */
  dimensions: number;
  priority: StoredHead;
  category: StoredHead;
  indicators: StoredHead;
  flags: StoredHead;
  /**
   * P1 and self-harm read from the words alone, without the rules' conclusions: what the text is like where the rules
   * have no word for it. Absent from a model trained before it, which then has no such opinion.
   */
  text?: StoredHead;
  /** SHA-1 of the training lines and the rules' conclusions on them, so a test can tell when it is stale. */
  trainedOn: string;
  messages: number;
}

/** Rules' P1 stands unless the second reader gives it less than this. */
const KEEP_EMERGENCY_BELOW = 0.1;
/**
 * A question of twelve words or more that the rules call an emergency is asked about ("are you in danger now?")
 * when the second reader finds an emergency less likely than not: held out, that undid 2 false alarms and cost none.
 */
const QUESTION_EMERGENCY_BELOW = 0.5;
/**
 * A question of twelve words or more whose life-at-stake words the second reader finds this unlikely an emergency is
 * asked about too ("kalau ada keluarga yang disekap … harus bawa apa saja KTP KK atau apa koma soalnya…": a voice
 * message's spoken comma read as a coma). Held out five ways by round (11,054 messages), from 0.02 to 0.48 it undid 2
 * false alarms and cost no emergency (the lowest held-out emergency of this kind scored 0.49); on the question probes'
 * read halves, which the reader never trained on, it undid 3 of 13 questions read as P1 and lost none of 93
 * emergencies asked as questions (the lowest 0.51). Never self-harm: a thought of it asked about is P1 (TRIAGE.md);
 * never after a "yes" to "are you in danger now?".
 */
const QUESTION_LIFE_AT_STAKE_BELOW = 0.3;
/** Fewer words than this and the model raises nothing to P1 nor adds an indicator: one heavy word would decide. */
const MIN_WORDS = 12;
/** Under this many words, danger the rules saw denied, past or asked about is not raised to P1 by the model. */
const SHORT_DENIAL_WORDS = 25;
/** Signals of the writer saying there is no case now (a test, "not a case, just asking", a dream told). */
const STATED_NO_CASE: ReadonlySet<Signal> = new Set(['not_real', 'test_message']);
/**
 * Flags the model may add. Only self-harm, the one measured held out (flagged 86.7% by the rules alone, 94.1% with
 * it) and the one TRIAGE.md makes an emergency whatever else is said; the model learns the others but adds none.
 */
const LEARNED_FLAGS: readonly Flag[] = ['suicidal'];
/** A flag the model gives at least this is added. */
const FLAG_AT = 0.5;
/**
 * The words-only head (trained without the rules' conclusions) reads self-harm the rules have no word for. Held out
 * five ways over the labelled rounds, raising at 0.5 found 3 more of 409 self-harm messages for 2 false ones, and
 * 9 of the 49 self-harm messages of round 33's tuning writers that the rules then missed; asking from 0.3 asks
 * about 12 more of 6,945 messages without self-harm, one question each.
 */
const WORDS_SELF_HARM_AT = 0.5;
const WORDS_SELF_HARM_ASK_AT = 0.3;
/**
 * Under this many words the words-only head asks rather than raises: in a short message one phrase decides ("mati
 * aja lu" said by an employer, a mother "sudah tidak ada lagi di dunia ini"); every message it raised held out had 17
 * words or more.
 */
const WORDS_RAISE_MIN_WORDS = 16;
/**
 * Words that read like an emergency the rules did not see are asked about ("are you in danger now?"), not raised:
 * held out, raising from 0.9 found 4 of 11 missed emergencies for 19 false alarms; asking costs one question.
 */
const WORDS_EMERGENCY_ASK_AT = 0.8;
/**
 * A report that asks nothing is raised to P1 from this score, short of P1 being the reader's most likely priority.
 * Held out five ways by round (11,054 messages, eight training orders), raising from 0.25 in a message of 16 words
 * or more found 9 of 31 missed emergencies for 16 more false alarms, none on a P4; on writers no code had read it
 * found 4 of the unread emergency probe's 15 misses and 1 of round 39's 4 for no false alarm. A missed emergency
 * costs more than a false alarm (TRIAGE.md P1 is answered in 15 minutes). Not on a question: P1 on a question has a
 * bar of zero (held out, of 7 questions it would have raised 2 were emergencies and 2 asked only).
 */
const RAISE_EMERGENCY_AT = 0.25;
/** Indicators of something done to a person's body or freedom (ILO), as against their papers, pay or debts. */
const HARM_TO_BODY_OR_FREEDOM: ReadonlySet<Indicator> = new Set([
  'restriction_of_movement',
  'physical_sexual_violence',
  'intimidation_threats',
  'isolation',
  'abusive_conditions',
]);
/** Signals of self-harm denied or joked about: the model never reads it in. */
const SELF_HARM_RULED_OUT: ReadonlySet<Signal> = new Set(['denies_self_harm', 'joking']);
/** Signals that tell what kind of work or exploitation a case is. */
const KIND_OF_WORK: ReadonlySet<Signal> = new Set([
  'work',
  'scam',
  'labour_sector',
  'domestic',
  'vessel',
  'sex_work',
  'agency',
  'suspicious_recruitment',
]);
/** An indicator the model gives at least this is concluded. */
const INDICATOR_AT = 0.5;
/** An indicator the rules found stays while the model gives it at least this (or the message is short). */
const RULES_INDICATOR_KEPT_AT = 0.1;
/** The rules' category, when it comes first in TRIAGE.md's order, stays while the model gives it at least this. */
const RULES_CATEGORY_KEPT_AT = 0.1;
/** TRIAGE.md's first five categories: a specific cue for one of them outranks what the rest of the text is like. */
const LEADING_CATEGORIES = 5;

// Why: "dia", "in", "tidak" may weigh, but they explain nothing to the person reading the reason.
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...(stopwordsIso as Record<string, string[]>).id!,
  ...(stopwordsIso as Record<string, string[]>).en!,
  ...(stopwordsIso as Record<string, string[]>).ms!,
]);

/** FNV-1a, continued over characters start…end of a string. */
function fnv(hash: number, text: string, start = 0, end = text.length): number {
  let state = hash;
  for (let i = start; i < end; i++) {
    state ^= text.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return state;
}
const FNV_START = 0x811c9dc5;

/** FNV-1a over the feature's characters: the same slot in training and at run time, with no dependency. */
export function featureSlot(feature: string, dimensions: number): number {
  return (fnv(FNV_START, feature) >>> 0) & (dimensions - 1);
}

const WORD = fnv(FNV_START, 'u:');
const PAIR = fnv(FNV_START, 'b:');
const RUN = fnv(FNV_START, 'c:');

/**
 * The slots of `readerFeatures(reading)`, hashed straight from the text without building a string per feature:
 * what training and reading use (the strings are for reasons and tests).
 */
export function readerSlots(reading: RulesReading, dimensions: number): number[] {
  return withConclusions(textSlots(reading.joinedText, dimensions), reading, dimensions);
}

/** The text's slots followed by those of the rules' conclusions that are not among them. */
export function withConclusions(
  text: readonly number[],
  reading: RulesReading,
  dimensions: number,
): number[] {
  const slots = new Set<number>(text);
  for (const feature of conclusionFeatures(reading)) slots.add(featureSlot(feature, dimensions));
  return [...slots];
}

/** The slots of `textFeatures(joined)` alone, in the order `readerSlots` puts them first. */
export function textSlots(joined: string, dimensions: number): number[] {
  const mask = dimensions - 1;
  const slots = new Set<number>();
  const words = joined.split(' ').filter((word) => word !== '');
  for (let i = 0; i < words.length; i++) {
    slots.add((fnv(WORD, words[i]!) >>> 0) & mask);
    if (i + 1 < words.length) {
      slots.add((fnv(fnv(fnv(PAIR, words[i]!), ' '), words[i + 1]!) >>> 0) & mask);
    }
  }
  const spaced = ` ${words.join(' ')} `;
  for (const size of [4, 5]) {
    for (let i = 0; i + size <= spaced.length; i++) slots.add((fnv(RUN, spaced, i, i + size) >>> 0) & mask);
  }
  return [...slots];
}

/** The words, word pairs and 4- and 5-letter runs of normalised text (as `normalizeChatText(...).joined`). */
export function textFeatures(joined: string): string[] {
  const words = joined.split(' ').filter((word) => word !== '');
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]} ${words[i + 1]}`);
  }
  const spaced = ` ${words.join(' ')} `;
  for (const size of [4, 5]) {
    for (let i = 0; i + size <= spaced.length; i++) features.add(`c:${spaced.slice(i, i + size)}`);
  }
  return [...features];
}

/** Everything the model sees of a report: its text's features and the rules' conclusions. */
export function readerFeatures(reading: RulesReading): string[] {
  const text = textFeatures(reading.joinedText);
  return [...text, ...conclusionFeatures(reading)];
}

/** What the model sees of the rules' reading: their conclusions and what they noticed or ruled out. */
export function conclusionFeatures(reading: RulesReading): string[] {
  const rules = reading.result;
  return [
    ...(reading.dangerRuledOut ? ['rx'] : []),
    ...reading.signals.map((signal) => `rs:${signal}`),
    ...reading.indicatorsRuledOut.map((indicator) => `rn:${indicator}`),
    `rp:${rules.priority}`,
    `rc:${rules.category}`,
    `rcp:${rules.category}:${rules.priority}`,
    ...rules.indicators.map((indicator) => `ri:${indicator}`),
    ...rules.flags.map((flag) => `rf:${flag}`),
  ];
}

/** The distinct slots of a feature list. */
export function slotsOf(features: readonly string[], dimensions: number): number[] {
  return [...new Set(features.map((feature) => featureSlot(feature, dimensions)))];
}

/** Sums to probabilities: a softmax over the labels, or one logistic per label. */
function squash(sums: number[], softmax: boolean): number[] {
  if (!softmax) return sums.map((sum) => 1 / (1 + Math.exp(-sum)));
  const top = Math.max(...sums);
  const exps = sums.map((sum) => Math.exp(sum - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/** Scores of one head for a report's slots (weights slot-major, one per label): probabilities per label. */
export function headScores(
  slots: readonly number[],
  weights: Float32Array,
  bias: readonly number[],
  softmax: boolean,
): number[] {
  const width = bias.length;
  const sums = [...bias];
  for (const slot of slots) {
    const row = slot * width;
    for (let k = 0; k < width; k++) sums[k]! += weights[row + k]!;
  }
  return squash(sums, softmax);
}

/** One head of a reader: its labels and where its weights sit in each slot's row. */
export interface Head {
  labels: readonly string[];
  softmax: boolean;
  bias: readonly number[];
  scale: number;
  /** Index of the head's first label in a row. */
  offset: number;
}

/** A model ready to read with: every head's signed bytes for a slot side by side in one row. */
export interface Reader {
  dimensions: number;
  /** Labels of all heads together (4 + 12 + 11 + 5, and 2 for the words-only head). */
  width: number;
  // Why one row per slot for all heads: a report touches a few hundred random slots; one 34-byte row each is one
  // memory fetch, where three separate float tables were three, and that fetching was most of the reader's time.
  rows: Int8Array;
  priority: Head;
  category: Head;
  indicators: Head;
  flags: Head;
  /** The words-only head (P1, suicidal), or null for a model without one. */
  text: Head | null;
}

let storedReader: Reader | undefined;
/** The model trained into second-reader.json, decoded on first use. */
export function storedSecondReader(): Reader {
  storedReader ??= toReader(stored as SecondReaderModel);
  return storedReader;
}

/** Decodes a stored model into one row of signed bytes per slot. */
export function toReader(model: SecondReaderModel): Reader {
  const heads = [
    model.priority,
    model.category,
    model.indicators,
    model.flags,
    ...(model.text ? [model.text] : []),
  ];
  const width = heads.reduce((sum, head) => sum + head.labels.length, 0);
  const rows = new Int8Array(model.dimensions * width);
  let offset = 0;
  const placed = heads.map((head) => {
    const bytes = Buffer.from(head.weights, 'base64');
    const labels = head.labels.length;
    if (bytes.length !== model.dimensions * labels)
      throw new Error('second reader: a head of the wrong size');
    for (let slot = 0; slot < model.dimensions; slot++) {
      for (let k = 0; k < labels; k++)
        rows[slot * width + offset + k] = (bytes[slot * labels + k]! << 24) >> 24;
    }
    const decoded: Head = {
      labels: head.labels,
      softmax: head.softmax,
      bias: head.bias,
      scale: head.scale,
      offset,
    };
    offset += labels;
    return decoded;
  });
  return {
    dimensions: model.dimensions,
    width,
    rows,
    priority: placed[0]!,
    category: placed[1]!,
    indicators: placed[2]!,
    flags: placed[3]!,
    text: placed[4] ?? null,
  };
}

/**
 * Every head's probabilities for a report's slots, in one pass over the rows (priority, category, indicators, flags,
 * and the words-only head over the first `textCount` slots, the text's own: `[0, 0]` for a model without it).
 */
export function scoresOf(
  reader: Reader,
  slots: readonly number[],
  textCount = slots.length,
): [number[], number[], number[], number[], number[]] {
  const { width, rows } = reader;
  const totals = new Int32Array(width);
  let textTotals: Int32Array | null = null;
  for (let i = 0; i < slots.length; i++) {
    if (i === textCount) textTotals = totals.slice();
    const row = slots[i]! * width;
    for (let k = 0; k < width; k++) totals[k]! += rows[row + k]!;
  }
  textTotals ??= totals;
  const head = ({ bias, scale, offset, softmax }: Head, from: Int32Array = totals) =>
    squash(
      bias.map((b, k) => b + from[offset + k]! * scale),
      softmax,
    );
  return [
    head(reader.priority),
    head(reader.category),
    head(reader.indicators),
    head(reader.flags),
    reader.text ? head(reader.text, textTotals) : [0, 0],
  ];
}

/** The index of the highest score among the allowed labels. */
function best(scores: readonly number[], allowed: (index: number) => boolean): number {
  let top = -1;
  for (let i = 0; i < scores.length; i++) if (allowed(i) && (top < 0 || scores[i]! > scores[top]!)) top = i;
  return top;
}

/** A word or word pair of the text that could explain a conclusion, with its slot. */
interface Phrase {
  phrase: string;
  slot: number;
}

/** The words and word pairs of a text's features worth showing a person (no function words, no punctuation). */
function phrasesOf(text: readonly string[], dimensions: number): Phrase[] {
  return text
    .filter((feature) => !feature.startsWith('c:'))
    .map((feature) => ({ phrase: feature.slice(2), slot: featureSlot(feature, dimensions) }))
    .filter(
      ({ phrase }) =>
        !phrase.includes('|') &&
        !phrase.includes('?') &&
        phrase.split(' ').some((word) => word.length > 2 && !FUNCTION_WORDS.has(word)),
    );
}

/** The phrases that pushed one label up most (for the reason shown). */
function phrasesFor(reader: Reader, head: Head, label: number, phrases: readonly Phrase[]): string[] {
  return phrases
    .map(({ phrase, slot }) => ({ phrase, weight: reader.rows[slot * reader.width + head.offset + label]! }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map(({ phrase }) => phrase);
}

const URGENCY = (priority: Priority) => PRIORITIES.indexOf(priority);

/** The rules' reading, read again by the model: priority, category and indicators settled, reasons to match. */
export function secondReading(reading: RulesReading, reader: Reader = storedSecondReader()): TriageResult {
  const rules = reading.result;
  const ownSlots = textSlots(reading.joinedText, reader.dimensions);
  const slots = withConclusions(ownSlots, reading, reader.dimensions);
  const [priorityScores, categoryScores, indicatorScores, flagScores, [wordsEmergency, wordsSelfHarm]] =
    scoresOf(reader, slots, ownSlots.length);
  let phrasesOfText: Phrase[] | undefined;
  const learned = (head: Head, label: number, what: string) => {
    phrasesOfText ??= phrasesOf(textFeatures(reading.joinedText), reader.dimensions);
    const phrases = phrasesFor(reader, head, label, phrasesOfText);
    return {
      source: 'text' as const,
      evidence: `reads like labelled reports ${what}${phrases.length > 0 ? ` (${phrases.join(', ')})` : ''}`,
    };
  };
  const reasonOf = (conclusion: string) => rules.reasons.find((reason) => reason.conclusion === conclusion);
  const answered = (conclusion: string) => reasonOf(conclusion)?.source === 'answer';

  // Why the guards on anything it raises: held out a round at a time they cost no emergency, and a short "tidak
  // dikunci" or a test message must never be raised on the strength of a word the rules saw denied.
  const mayRaise =
    reading.wordCount >= MIN_WORDS &&
    !(reading.dangerRuledOut && reading.wordCount < SHORT_DENIAL_WORDS) &&
    !reading.signals.some((signal) => STATED_NO_CASE.has(signal));

  // ── flags the rules missed: self-harm (always P1, TRIAGE.md) ──
  const addedFlags = LEARNED_FLAGS.filter(
    (flag) =>
      mayRaise &&
      !rules.flags.includes(flag) &&
      (flagScores[FLAGS.indexOf(flag)]! >= FLAG_AT ||
        (flag === 'suicidal' &&
          wordsSelfHarm! >= WORDS_SELF_HARM_AT &&
          reading.wordCount >= WORDS_RAISE_MIN_WORDS)) &&
      !(flag === 'suicidal' && reading.signals.some((signal) => SELF_HARM_RULED_OUT.has(signal))),
  );
  const selfHarmRead = addedFlags.includes('suicidal');
  // Which head read it: the whole model's flag, or the words alone.
  const selfHarmEvidence = (what: string) =>
    flagScores[FLAGS.indexOf('suicidal')]! >= FLAG_AT || !reader.text
      ? learned(reader.flags, FLAGS.indexOf('suicidal'), what)
      : learned(reader.text, 1, what);

  // ── priority: the rules' P1 stands where a life is at stake or the model does not rule it out ──
  // "agen … minta denda 15 juta kalo dia batal berangkat, adik sy skrg di rumah": the person is home and the rules saw
  // nothing done to body or freedom (no confinement, violence, threat, isolation or harsh conditions, no flag). Over
  // the 11,285 training messages no emergency the model raised was of this kind; self-harm is still read.
  const toldHome = reading.signals.includes('returned');
  const homeAndUnharmed =
    (rules.priority === 'P3' || rules.priority === 'P4') &&
    toldHome &&
    rules.flags.length === 0 &&
    !rules.indicators.some((indicator) => HARM_TO_BODY_OR_FREEDOM.has(indicator));
  const p1 = PRIORITIES.indexOf('P1');
  const rulesPriorityAnswered = answered(`priority:${rules.priority}`);
  let priority = rules.priority;
  let priorityReason: TriageReason['evidence'] | null = null;
  let demoted = false;
  const bestOfRest = PRIORITIES[best(priorityScores, (i) => i !== p1)]!;
  if (rules.priority === 'P1') {
    if (
      (!reading.lifeAtStake ||
        (reading.asking &&
          reading.wordCount >= MIN_WORDS &&
          priorityScores[p1]! < QUESTION_LIFE_AT_STAKE_BELOW &&
          !rules.flags.includes('suicidal') &&
          !reading.dangerAnswered)) &&
      !selfHarmRead &&
      !rulesPriorityAnswered &&
      (priorityScores[p1]! < KEEP_EMERGENCY_BELOW ||
        (reading.asking && reading.wordCount >= MIN_WORDS && priorityScores[p1]! < QUESTION_EMERGENCY_BELOW))
    ) {
      // Why a question rather than silence: the rules saw danger words; the model reads no emergency. Asking
      // "are you in danger now?" settles it, and a yes raises P1 again through the answer.
      priority = bestOfRest;
      demoted = true;
    }
  } else if (
    selfHarmRead ||
    (mayRaise &&
      !homeAndUnharmed &&
      (best(priorityScores, () => true) === p1 ||
        // Not for a person told home: nothing is raised on a score short of P1's being the highest. A danger told
        // over ("escaped last night") does not stop it: held out, such a guard lost two people who had fled and
        // were hunted.
        (!reading.asking &&
          reading.wordCount >= WORDS_RAISE_MIN_WORDS &&
          !toldHome &&
          priorityScores[p1]! >= RAISE_EMERGENCY_AT)))
  ) {
    priority = 'P1';
  } else if (!rulesPriorityAnswered || URGENCY(bestOfRest) < URGENCY(rules.priority)) {
    priority = bestOfRest;
  }
  if (priority !== rules.priority) {
    priorityReason = selfHarmRead
      ? selfHarmEvidence('of self-harm').evidence
      : learned(reader.priority, PRIORITIES.indexOf(priority), `of ${priority}`).evidence;
  }

  // ── flags: a demoted emergency's "confined now" / "moved within days" go with it ──
  const flags: Flag[] = FLAGS.filter(
    (flag) =>
      addedFlags.includes(flag) ||
      (rules.flags.includes(flag) && !(demoted && (flag === 'confined_now' || flag === 'imminent_move'))),
  );

  // ── category: the model's, kept consistent with the priority (TRIAGE.md: a question has no live case) ──
  const information = CATEGORIES.indexOf('information_request');
  const other = CATEGORIES.indexOf('other');
  const allowed = (i: number) => (priority === 'P4' ? i === information || i === other : i !== information);
  // A ship the rules know is no fishing vessel (cargo, tanker, shipyard) keeps its crew out of fishing_vessel.
  const fishing = CATEGORIES.indexOf('fishing_vessel');
  const notFishing = reading.signals.includes('not_fishing') && rules.category !== 'fishing_vessel';
  let categoryIndex = best(categoryScores, (i) => allowed(i) && !(notFishing && i === fishing));
  const rulesCategory = CATEGORIES.indexOf(rules.category);
  if (
    rulesCategory < LEADING_CATEGORIES &&
    rulesCategory < categoryIndex &&
    allowed(rulesCategory) &&
    categoryScores[rulesCategory]! >= RULES_CATEGORY_KEPT_AT
  ) {
    categoryIndex = rulesCategory;
  }
  // "adik sy diculik tiga lelaki tadi malam…": someone taken with no work, trade or recruiter told is a missing
  // person (TRIAGE.md: the kind of exploitation unknown); the model may not guess which kind.
  if (
    rules.category === 'missing_person' &&
    allowed(CATEGORIES.indexOf('missing_person')) &&
    !reading.signals.some((signal) => KIND_OF_WORK.has(signal))
  )
    categoryIndex = CATEGORIES.indexOf('missing_person');
  const category: Category = CATEGORIES[categoryIndex]!;

  // ── indicators: the model's, with the rules' own where the model does not rule them out ──
  const indicators: Indicator[] = INDICATORS.filter((indicator, index) => {
    const fromRules = rules.indicators.includes(indicator);
    if (fromRules && answered(`indicator:${indicator}`)) return true;
    if (indicator === 'restriction_of_movement' && flags.includes('confined_now')) return true;
    const score = indicatorScores[index]!;
    if (fromRules) return score >= RULES_INDICATOR_KEPT_AT || reading.wordCount < MIN_WORDS;
    return (
      score >= INDICATOR_AT &&
      reading.wordCount >= MIN_WORDS &&
      !reading.indicatorsRuledOut.includes(indicator)
    );
  });

  // ── concerns: a demoted emergency is asked about ──
  // A self-harm read as such is an emergency now, no longer a question to ask.
  const concerns: Concern[] = rules.concerns.filter(
    (concern) => !(selfHarmRead && concern.kind === 'self_harm'),
  );
  const rulesPriorityReason = reasonOf(`priority:${rules.priority}`);
  if (demoted && !concerns.some((concern) => concern.kind === 'danger')) {
    concerns.push({ kind: 'danger', evidence: rulesPriorityReason?.evidence ?? '' });
  }
  // Ask, don't guess: words like those of self-harm or of an emergency, short of raising either, get the direct
  // question crisis lines ask. Not where the person ruled it out, nor in a test or a story.
  const askable =
    reader.text !== null &&
    reading.wordCount >= MIN_WORDS &&
    !reading.signals.some((signal) => STATED_NO_CASE.has(signal));
  const has = (kind: Concern['kind']) => concerns.some((concern) => concern.kind === kind);
  if (
    askable &&
    !flags.includes('suicidal') &&
    !has('self_harm') &&
    wordsSelfHarm! >= WORDS_SELF_HARM_ASK_AT &&
    !reading.signals.some((signal) => SELF_HARM_RULED_OUT.has(signal))
  ) {
    concerns.push({ kind: 'self_harm', evidence: learned(reader.text!, 1, 'of self-harm').evidence });
  }
  if (
    askable &&
    priority !== 'P1' &&
    !has('danger') &&
    wordsEmergency! >= WORDS_EMERGENCY_ASK_AT &&
    !reading.dangerRuledOut
  ) {
    concerns.push({ kind: 'danger', evidence: learned(reader.text!, 0, 'of P1').evidence });
  }

  // ── reasons: the rules' where they still hold, the model's where it decided ──
  const reasons: TriageReason[] = [];
  reasons.push(
    priorityReason === null && rulesPriorityReason
      ? rulesPriorityReason
      : { conclusion: `priority:${priority}`, source: 'text', evidence: priorityReason ?? 'context' },
  );
  reasons.push(
    reasonOf(`category:${category}`) ?? {
      conclusion: `category:${category}`,
      ...learned(reader.category, categoryIndex, `of ${category}`),
    },
  );
  for (const indicator of indicators) {
    reasons.push(
      reasonOf(`indicator:${indicator}`) ?? {
        conclusion: `indicator:${indicator}`,
        ...learned(reader.indicators, INDICATORS.indexOf(indicator), `with ${indicator}`),
      },
    );
  }
  for (const reason of rules.reasons) {
    const [kind, value] = reason.conclusion.split(':') as [string, string];
    if (kind === 'priority' || kind === 'category' || kind === 'indicator') continue;
    if (kind === 'flag' && !flags.includes(value as Flag)) continue;
    if (kind === 'concern') continue;
    reasons.push(reason);
  }
  for (const flag of addedFlags) {
    reasons.push({
      conclusion: `flag:${flag}`,
      ...(flag === 'suicidal'
        ? selfHarmEvidence(`with ${flag}`)
        : learned(reader.flags, FLAGS.indexOf(flag), `with ${flag}`)),
    });
  }
  for (const { kind, evidence } of concerns) {
    reasons.push({ conclusion: `concern:${kind}`, source: 'text', evidence });
  }
  return { ...rules, priority, category, indicators, flags, concerns, reasons };
}
