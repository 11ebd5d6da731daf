import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import {
  type AttachmentKind,
  type ConcernKind,
  type EngineEvent,
  type Locale,
  type MessageInput,
  resumeSession,
  type Session,
  startSession,
} from '../../src/engine/index.ts';
import { content, testEnv } from '../support/engine-env.ts';

/** One step of a golden transcript: what the person did, and what the engine answered. */
export interface GoldenStep {
  start?: string | null;
  send?: string;
  location?: { latitude: number; longitude: number };
  phone?: string;
  attachments?: number;
  /** What the attachment is (photo, voice…), and the album it belongs to. */
  attachment?: AttachmentKind;
  group?: string;
  /** The platform will not serve the file (too large). */
  tooLarge?: boolean;
  /** Language the host's detector decided for this message. */
  language?: Locale;
  /** The host's triage read immediate danger in this message. */
  emergency?: boolean;
  /** Cues of danger short of an emergency the host's triage read in this message. */
  concerns?: ConcernKind[];
  /** Minutes of silence before this step; a timeout step resumes with a timeout. */
  wait?: number;
  timeout?: boolean;
  expect?: string[];
}

/** A golden file: a conversation as data. */
export interface Golden {
  description: string;
  language?: Locale;
  steps: GoldenStep[];
  /** Results expected at the end (a subset). */
  results?: Record<string, unknown>;
}

/** One event as a short readable line, so a reviewer can read the transcript. */
export function describeEvent(event: EngineEvent): string {
  switch (event.type) {
    case 'msg_created': {
      const { text, options, expects, reference, clear } = event.msg;
      const extras = [
        options.length ? `options: ${options.join(' | ')}` : '',
        expects ? `expects: ${expects}` : '',
        reference ? `reference: ${reference}` : '',
        clear ? 'clears the chat' : '',
      ].filter(Boolean);
      return `bot: ${text}${extras.length ? `  [${extras.join('; ')}]` : ''}`;
    }
    case 'result_saved':
      return `result ${event.name} = ${JSON.stringify(event.value)}${event.skipped ? ' (skipped)' : ''}`;
    case 'report_submitted':
      return `report_submitted ${JSON.stringify({ ref: event.ref, complete: event.complete })}`;
    default: {
      const { type, ...rest } = event;
      return Object.keys(rest).length ? `${type} ${JSON.stringify(rest)}` : type;
    }
  }
}

/** Plays a golden file through the engine, round-tripping the session through JSON between steps. */
export function playGolden(golden: Golden): { steps: GoldenStep[]; session: Session } {
  const { env, advance } = testEnv();
  let stored: string | null = null;
  const played: GoldenStep[] = [];
  for (const step of golden.steps) {
    advance((step.wait ?? 1) * 60_000);
    const input: MessageInput = { type: 'msg', text: step.send ?? null };
    if (step.location) input.location = step.location;
    if (step.phone) input.phone = step.phone;
    if (step.attachments) input.attachments = step.attachments;
    if (step.attachment) {
      input.attachments ??= 1;
      input.attachmentKind = step.attachment;
    }
    if (step.group) input.attachmentGroup = step.group;
    if (step.tooLarge) input.attachmentTooLarge = true;
    if (step.language) input.language = step.language;
    if (step.emergency) input.emergency = true;
    if (step.concerns) input.concerns = step.concerns;
    let output: { session: Session; events: EngineEvent[] };
    if (stored === null) {
      const trigger: MessageInput = { ...input, text: step.start ?? null };
      output = startSession(content, env, content.entry, golden.language ?? 'id', trigger);
    } else {
      const session = JSON.parse(stored) as Session;
      output = resumeSession(content, env, session, step.timeout ? { type: 'timeout' } : input);
    }
    stored = JSON.stringify(output.session);
    const { expect: _old, ...rest } = step;
    played.push({ ...rest, expect: output.events.map(describeEvent) });
  }
  return { steps: played, session: JSON.parse(stored!) as Session };
}

/** Reads a golden file. */
export function readGolden(path: string): Golden {
  return parse(readFileSync(path, 'utf8')) as Golden;
}

/** Rewrites a golden file with what the engine does now (UPDATE_GOLDEN=1); the diff is reviewed like code. */
export function writeGolden(path: string, golden: Golden, steps: GoldenStep[]): void {
  writeFileSync(path, stringify({ ...golden, steps }, { lineWidth: 0 }));
}
