import type { Kysely } from 'kysely';
import { releaseHeldRepliesFor } from '../casework/staff-replies.ts';
import { type Cleaning, cleanInbound } from '../channels/clean-inbound.ts';
import type { InboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';
import {
  EngineError,
  type EngineOutput,
  type MessageInput,
  newSession,
  resumeSession,
  type Session,
  startSession,
} from '../engine/index.ts';
import { evidenceOfMessage } from '../evidence/evidence-of-message.ts';
import { type NewEvidence, recordEvidence } from '../evidence/evidence-store.ts';
import { DEFAULT_FAIRNESS_LIMITS } from '../fairness/inbound-fairness.ts';
import { RateLimitedError } from '../fairness/rate-limited-error.ts';
import { triageInputOf } from '../intake/triage-input.ts';
import {
  chooseReplyLanguage,
  initialReplyLanguage,
  type LanguageHints,
  observeMessage,
  type ReplyLanguageState,
  writtenLanguage,
} from '../language/index.ts';
import type { Recipient, ReplyBatch } from '../outbox/enqueue-outbound.ts';
import { countryOfPhone } from '../places/index.ts';
import { triage } from '../triage/index.ts';
import { applyEvents } from './apply-events.ts';
import { engineEnvAt, type Host } from './host.ts';
import { claimCapNotice, receiveMessage } from './receive-message.ts';
import { saveSession } from './sessions.ts';
import { sendSlowDownNotice } from './slow-down-notice.ts';
import { InvalidInboundError, validateInbound } from './validate-inbound.ts';

/** What became of one inbound message. */
export type InboundOutcome =
  | { status: 'processed'; contactId: string }
  | { status: 'duplicate'; contactId: string }
  /** Stored, not run through the conversation: the person wrote faster than the limit (told once). */
  | { status: 'throttled'; contactId: string }
  /** Not stored: the conversation's hourly cap was reached (told once an hour). */
  | { status: 'limited'; contactId: string };

/** How a channel wants limits applied. */
export interface InboundOptions {
  /**
   * 'refuse': over a limit, throw RateLimitedError and store nothing (a client that retries: the web chat).
   * 'notify' (the default, for platforms that do not retry on our say): take the message in as far as the
   * limits allow and tell the person, once, to slow down.
   */
  whenLimited?: 'refuse' | 'notify';
}

const MAX_TRIES = 3;

/**
 * Handles one message from a person in one transaction: dedupe, per-contact lock, engine, events, session.
 * Resolves only after commit, so a channel can acknowledge the platform then; a throw means nothing was
 * stored and the platform should redeliver.
 */
export async function handleInbound(
  host: Host,
  raw: InboundMessage,
  options: InboundOptions = {},
): Promise<InboundOutcome> {
  const metrics = host.metrics;
  if (!metrics) return handleAndLimit(host, raw, options);
  const started = performance.now();
  let outcome = 'failed';
  try {
    const result = await handleAndLimit(host, raw, options);
    outcome = result.status;
    return result;
  } catch (error) {
    if (error instanceof RateLimitedError) outcome = 'limited';
    else if (error instanceof InvalidInboundError) outcome = 'refused';
    throw error;
  } finally {
    metrics.inbound.inc({ channel: raw.channel, outcome });
    metrics.handlerSeconds.observe({ channel: raw.channel }, (performance.now() - started) / 1000);
  }
}

async function handleAndLimit(
  host: Host,
  raw: InboundMessage,
  options: InboundOptions,
): Promise<InboundOutcome> {
  const tally: Cleaning = { replaced: 0, removed: 0 };
  const message = cleanInbound(raw, tally);
  if (tally.replaced + tally.removed > 0) {
    host.logger.info({ event: 'inbound_text_cleaned', channel: message.channel, ...tally });
  }
  validateInbound(message);
  const key = `${message.channel}:${message.address}`;
  const limits: Limits = { policy: options.whenLimited ?? 'notify', throttled: false, noticeRate: false };
  const taken = host.fairness?.contacts.take(key) ?? { ok: true };
  // A message that signals danger by itself is never held back by the rate (the hourly cap still holds).
  if (!taken.ok && !signalsDanger(message)) {
    if (limits.policy === 'refuse') throw new RateLimitedError('contact', taken.retryAfterMs, taken.first);
    limits.throttled = true;
    limits.noticeRate = taken.first;
    if (taken.first) host.logger.info({ event: 'inbound_throttled', channel: message.channel });
  }
  const run = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await host.db.transaction().execute((trx) => processMessage(host, trx, message, limits));
      } catch (error) {
        // A report reference collided (40 random bits: rare) or two first messages raced: run it again.
        if (attempt < MAX_TRIES && isRetryable(error)) continue;
        throw refusedByDatabase(host, message, error) ?? error;
      }
    }
  };
  // One at a time per contact, waiting here rather than on a pool connection (see Lanes).
  return host.fairness ? host.fairness.lanes.run(key, run) : run();
}

/** How limits apply to one message. */
interface Limits {
  policy: 'refuse' | 'notify';
  throttled: boolean;
  /** This is the first throttled message of a stretch: tell the person to slow down. */
  noticeRate: boolean;
}

function signalsDanger(message: InboundMessage): boolean {
  return message.text !== undefined && triage({ texts: [message.text], answers: {} }).priority === 'P1';
}

/**
 * A data exception (SQLSTATE class 22: a character or value the database cannot store) fails the same way
 * on every retry: it is the input's fault, so it becomes a refusal the channel answers, never an endless 503.
 * Cleaning should leave none; this is the net under it.
 */
function refusedByDatabase(host: Host, message: InboundMessage, error: unknown): InvalidInboundError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  host.logger.error({ event: 'inbound_refused_by_database', channel: message.channel, code });
  return new InvalidInboundError(`the message could not be stored (database code ${code})`);
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === '23505' || code === '40001' || code === '40P01';
}

function hintsOf(message: InboundMessage): LanguageHints {
  const hints: LanguageHints = {};
  if (message.languageHint) hints.clientLanguage = message.languageHint;
  const phoneCountry = message.phone ? countryOfPhone(message.phone) : null;
  if (phoneCountry) hints.phoneCountry = phoneCountry;
  return hints;
}

function engineInputOf(message: InboundMessage, evidence: NewEvidence[]): MessageInput {
  const input: MessageInput = { type: 'msg', text: message.text ?? null };
  if (message.location) input.location = message.location;
  if (message.phone) input.phone = message.phone;
  const first = message.attachments?.[0];
  if (first) {
    input.attachments = message.attachments!.length;
    input.attachmentKind = first.kind === 'sticker' ? 'other' : first.kind;
    if (first.group) input.attachmentGroup = first.group;
    if (evidence.length > 0 && evidence.every((e) => e.settled?.status === 'too_large')) {
      input.attachmentTooLarge = true;
    }
  }
  if (message.startPayload !== undefined) input.startPayload = message.startPayload;
  return input;
}

async function processMessage(
  host: Host,
  trx: Kysely<DB>,
  message: InboundMessage,
  limits: Limits,
): Promise<InboundOutcome> {
  const now = host.clock();
  const hourlyCap = host.fairness?.limits.messagesPerHour ?? DEFAULT_FAIRNESS_LIMITS.messagesPerHour;
  const received = await receiveMessage(trx, message, now, { hourlyCap, throttled: limits.throttled });
  const contact = { id: received.contactId };
  const to: Recipient = { contactId: contact.id, channel: message.channel, address: message.address };
  if (received.overCap) {
    const resetMs = received.hourStartedAt.getTime() + 3_600_000 - now.getTime();
    // Refused, the transaction rolls back: the count stays at the cap, and the client retries after the hour.
    if (limits.policy === 'refuse') throw new RateLimitedError('hourly_cap', resetMs);
    if (await claimCapNotice(trx, contact.id, now)) {
      host.logger.warn({
        event: 'inbound_hourly_cap_reached',
        channel: message.channel,
        contact: contact.id,
      });
      await sendSlowDownNotice(host, trx, to, now);
    }
    return { status: 'limited', contactId: contact.id };
  }
  if (received.messageId === null) return { status: 'duplicate', contactId: contact.id };
  // Files are recorded with their message, throttled or not: the fetch worker downloads them after commit.
  const evidence = evidenceOfMessage(message);
  if (evidence.length > 0) {
    await recordEvidence(
      trx,
      { contactId: contact.id, messageId: received.messageId, channel: message.channel },
      evidence,
      now,
    );
  }
  if (limits.throttled) {
    if (limits.noticeRate) await sendSlowDownNotice(host, trx, to, now);
    return { status: 'throttled', contactId: contact.id };
  }
  // Staff replies held for the person's safe window go now, before the bot answers: they are writing.
  if (received.hasHeldReplies) await releaseHeldRepliesFor(trx, contact.id, now);
  const { stored, texts } = received;
  const replies: ReplyBatch[] = [];
  const env = engineEnvAt(host, now);

  // Language: detection folds every message in, unless the person chose a language themselves.
  const hints = hintsOf(message);
  let languageState: ReplyLanguageState = stored?.languageState ?? initialReplyLanguage(hints);
  if (message.text) languageState = observeMessage(languageState, message.text, hints).state;

  const input = engineInputOf(message, evidence);
  if (!languageState.chosenByPerson) input.language = languageState.reply;

  let session: Session | undefined = stored?.session.status === 'waiting' ? stored.session : undefined;
  const context = { host, trx, now, to, writtenLanguage: null as string | null };

  // A wait that timed out before the sweep got to it is closed first, as the sweep would have.
  if (session?.timeoutAt && new Date(session.timeoutAt) <= now) {
    const timedOut = resumeSession(host.content, env, session, { type: 'timeout' });
    session = timedOut.session;
    replies.push(
      await applyEvents(
        { ...context, session, texts, writtenLanguage: writtenLanguage(languageState) },
        timedOut.events,
      ),
    );
  }

  // Emergency interrupt, wherever the flow is: danger read in this message with everything said before
  // raises the emergency once; after that, only a message that signals danger by itself sends help again
  // (so an old danger does not make every later answer a cry for help).
  const current = session ?? newSession(host.content.entry, 'id', now);
  const inContext = !current.emergency && triage(triageInputOf(current, texts)).priority === 'P1';
  const alone = message.text !== undefined ? triage({ texts: [message.text], answers: {} }) : null;
  if (inContext || alone?.priority === 'P1') input.emergency = true;
  // Ask, don't guess: a cue short of an emergency (hopelessness, fear, someone sick) gets the flow's direct
  // safety question, once per kind; the flow decides what to ask and where to go back to.
  else if (alone?.concerns.length) input.concerns = alone.concerns.map((concern) => concern.kind);

  let output: EngineOutput | undefined;
  if (session) {
    try {
      output = resumeSession(host.content, env, session, input);
    } catch (error) {
      // A session the current flows cannot resume (its flow was removed or renamed in a deploy) must not
      // turn every later message into an error: start afresh; any report it fed keeps what it had.
      if (!(error instanceof EngineError)) throw error;
      host.logger.warn({ event: 'session_restarted_by_host', code: error.code, contact: contact.id });
    }
  }
  output ??= startSession(
    host.content,
    env,
    host.content.entry,
    input.language ?? languageState.reply,
    input,
  );
  // A language the person chose in the flow sticks in the language state too, so detection leaves it be.
  const chosen = output.session.languageChosen;
  if (chosen && (!languageState.chosenByPerson || languageState.reply !== output.session.language)) {
    languageState = chooseReplyLanguage(languageState, output.session.language);
  }

  replies.push(
    await applyEvents(
      { ...context, session: output.session, texts, writtenLanguage: writtenLanguage(languageState) },
      output.events,
    ),
  );
  await saveSession(trx, contact.id, { session: output.session, languageState }, now, {
    to,
    batches: replies,
  });
  return { status: 'processed', contactId: contact.id };
}
