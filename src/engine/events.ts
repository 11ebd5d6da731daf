import type { AnswerKind, Json, Locale } from './definitions.ts';
import type { Result } from './session.ts';

/** A message the engine wants sent to the person. */
export interface OutboundMsg {
  id: string;
  text: string;
  /** Quick-reply labels, in order. */
  options: string[];
  /** The kind of answer this message asks for, or null when it asks nothing. */
  expects: AnswerKind | null;
  /** The report reference, on the message that announces it. */
  reference?: string;
  /** Confirms the chat was cleared: a client that keeps the history drops what came before this message. */
  clear?: boolean;
}

/** Past-tense facts returned by one engine call; the host decides what to do with each. */
export type EngineEvent =
  | { type: 'msg_created'; msg: OutboundMsg }
  | { type: 'result_saved'; name: string; value: Json; skipped: boolean }
  | { type: 'answer_rejected'; name: string; attempt: number }
  | { type: 'language_changed'; from: Locale; to: Locale; chosen: boolean }
  | { type: 'emergency_raised'; ref: string; source: 'command' | 'answer' | 'triage' }
  /** `results` is the report's content at submission (a restart clears the session right after). */
  | { type: 'report_submitted'; ref: string; complete: boolean; results: Record<string, Result> }
  | { type: 'info_added'; ref: string; text: string }
  | { type: 'attachment_noted'; count: number }
  | { type: 'session_paused' }
  | { type: 'session_resumed' }
  | { type: 'delete_requested' }
  | { type: 'disappearing_requested' }
  | { type: 'session_restarted' }
  /** The person confirmed they take back their consent to share; the host withdraws what is recorded. */
  | { type: 'consent_withdrawal_confirmed' }
  | { type: 'flow_entered'; flow: string }
  | { type: 'error'; text: string };

/** The type string of each event. */
export type EngineEventType = EngineEvent['type'];
