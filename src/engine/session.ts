import type { Json, Locale } from './definitions.ts';

/** One saved answer. */
export interface Result {
  /** The parsed value (null when skipped). */
  value: Json;
  /** What the person wrote, kept so a skipped or odd answer is never lost. */
  input: string | null;
  skipped: boolean;
  at: string;
}

/** The serialisable state of one person's conversation. */
export interface Session {
  v: 1;
  flow: string;
  /** The node the session waits at; null once it has nowhere to go. */
  node: string | null;
  status: 'waiting' | 'ended';
  language: Locale;
  /** The person chose the language explicitly; detection must not override it. */
  languageChosen: boolean;
  results: Record<string, Result>;
  /** Invalid answers given to the current question. */
  attempts: number;
  /** For a multi-message text question: pieces received so far. */
  pieces: number;
  /** When the current wait times out (ISO time), or null. */
  timeoutAt: string | null;
  /** Paused by the person: the next message resumes without being taken as an answer. */
  paused: boolean;
  emergency: boolean;
  /** Reference of the report this conversation feeds, once it has one. */
  reportRef: string | null;
  reportComplete: boolean;
  startedAt: string;
  /** A detour (the flow's `detours` key) to take before the next question; absent in older sessions. */
  detour?: string | null;
  /** The detour in progress, if any. */
  inDetour?: string | null;
  /** The node a detour goes back to. */
  returnTo?: string | null;
  /** Detours already taken in this conversation: each is taken once. */
  taken?: string[];
  /** A command waits for the person to confirm it (the next yes carries it out; anything else drops it). */
  confirming?: 'withdraw_consent';
  /** When files were last thanked for, and their album: a burst is thanked for once. Absent in older sessions. */
  acknowledged?: { at: string; group: string | null } | null;
}

/** A coded error for host misuse of the engine (problems inside a flow are events instead). */
export class EngineError extends Error {
  constructor(
    readonly code: 'flow_not_found' | 'node_not_found' | 'session_not_waiting' | 'unsupported_session',
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
