// Flow definitions: immutable data read from flows/*.yaml. The engine only reads them.

/** Languages Suar can speak in (locales that are complete). */
export type Locale = 'id' | 'en';

/** The kinds of answer a wait can expect; also what a client is told to show. */
export type AnswerKind = 'choice' | 'yes_no' | 'text' | 'phone' | 'location' | 'number' | 'date';

/** A JSON value, as stored in session results. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One option of a choice question. */
export interface ChoiceOption {
  value: string;
  /** Text key of the label shown to the person. */
  label: string;
  /** Other words that pick this option, alone or inside a longer answer, in any language. */
  synonyms?: string[];
  /** Words that pick this option only as the whole answer ("saya" alone, but not "adik saya"). */
  exact?: string[];
}

/** A question the flow waits on. */
export interface Wait {
  /** Name of the result the answer is saved under. */
  result: string;
  expects: AnswerKind;
  /** Text key of the question. */
  question: string;
  options?: ChoiceOption[];
  /** Free text that may come in several messages. */
  multi?: boolean;
  /** Bounds for number answers. */
  min?: number;
  max?: number;
  /** Position in the progress counter ("3/12"). */
  step?: number;
  /** Offer the other language in one tap on this question (used on the first question). */
  offerLanguage?: boolean;
  /** Wait without asking anything (a flow that only listens). */
  silent?: boolean;
  /** Ask only while the result is not saved: a detour (the emergency path) may have asked it already. */
  once?: boolean;
}

/** Something a node does when entered. */
export type Action =
  | { type: 'send_msg'; text: string }
  | { type: 'raise_emergency' }
  | { type: 'submit_report'; complete: boolean }
  | { type: 'send_summary'; text: string }
  | { type: 'enter_flow'; flow: string }
  | { type: 'append_to_report'; result: string }
  /** Ends a detour: goes back to the node the detour interrupted (the node's exits apply when there is none). */
  | { type: 'resume_flow' };

/** A test on a saved result (or on whether an emergency was raised), used to pick a node's exit. */
export interface Condition {
  result?: string;
  /** Holds when the conversation has (true) or has not (false) raised an emergency. */
  emergency?: boolean;
  /** The result's value equals this. */
  equals?: Json;
  /** The result's value is one of these. */
  in?: Json[];
}

/** Where to go next: the first exit whose condition holds (an exit without one always holds). */
export interface Exit {
  when?: Condition;
  next: string;
}

/** One step of a conversation. */
export interface FlowNode {
  id: string;
  actions?: Action[];
  wait?: Wait;
  exits?: Exit[];
}

/** What a timed-out wait does. */
export interface TimeoutRule {
  /** Node to run when the person has gone silent with something gathered. */
  node: string;
  /** Results that do not count as "something gathered". */
  ignore?: string[];
}

/** Kinds of danger short of an emergency that the host can report, each with its own safety question. */
export type ConcernKind = 'self_harm' | 'medical' | 'danger';

/**
 * Detours the engine takes before the next question, each at most once per conversation, returning to that
 * question afterwards (action resume_flow): the emergency path after a danger signal, and one direct safety
 * question per kind of concern. Values are node ids.
 */
export type Detours = { emergency?: string } & { [kind in ConcernKind]?: string };

/** One item of the end-of-flow summary. */
export interface SummaryItem {
  result: string;
  /** Text key of the item's label. */
  label: string;
}

/** A whole conversation, one per file in flows/. */
export interface Flow {
  spec: number;
  id: string;
  start: string;
  /** Number of questions shown in the progress counter. */
  steps?: number;
  timeout?: TimeoutRule;
  summary?: SummaryItem[];
  /** Wording chosen by an answer: texts `key.<variant>` replace `key` when present. */
  variant?: { result: string; values: Record<string, string> };
  detours?: Detours;
  nodes: FlowNode[];
}

/** Flat texts of one language: key → text with {placeholders}. */
export type Texts = Record<string, string>;

/** Everything the engine reads: flows and texts, loaded and validated by content/. */
export interface Content {
  flows: Record<string, Flow>;
  /** The flow a new conversation (and a restart) begins in. */
  entry: string;
  /** `id` is complete; other languages may be partial and fall back to `id`. */
  texts: Record<Locale, Texts>;
}
