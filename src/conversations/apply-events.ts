import type { Kysely } from 'kysely';
import type { OutboundMessage } from '../channels/inbound-message.ts';
import { chatConsentOf } from '../consent/chat-consent.ts';
import type { DB, Ticket } from '../db/schema.ts';
import type { EngineEvent, Result, Session } from '../engine/index.ts';
import { higherPriority, priorityOf, projectTicket } from '../intake/ticket-projection.ts';
import {
  addTicketEvent,
  findTicketByRefForUpdate,
  hasTicketEvent,
  insertTicket,
  updateTicket,
} from '../intake/tickets.ts';
import { answerOf, triageInputOf } from '../intake/triage-input.ts';
import { enqueueChatRequest, type Recipient, type ReplyBatch } from '../outbox/enqueue-outbound.ts';
import { slaDueAt, type TriageResult, triage } from '../triage/index.ts';
import { recordChatConsent, withdrawConsentInChat } from './consent-in-chat.ts';
import { emergencyHelp } from './emergency-help.ts';
import type { Host } from './host.ts';
import { linkMessagesToTicket } from './message-log.ts';

/** What applying one engine call needs besides the events. */
export interface ApplyContext {
  host: Host;
  trx: Kysely<DB>;
  now: Date;
  to: Recipient;
  /** The session after the engine call. */
  session: Session;
  /** The person's texts in this conversation (what triage reads). */
  texts: string[];
  /** Language the person mostly writes in, for staff. */
  writtenLanguage: string | null;
}

/**
 * Applies one engine call's events inside the message's transaction: opens and updates tickets with their
 * audit trail, and returns the replies for the caller to log and queue with the session (saveSession). One
 * handler per event type; sending happens after commit.
 */
export async function applyEvents(ctx: ApplyContext, events: EngineEvent[]): Promise<ReplyBatch> {
  const tickets = new TicketWork(ctx);
  // Why lazily: most messages touch no ticket, and triage is the costliest pure step of the message path.
  let reading: TriageResult | undefined;
  const analysis = () => {
    reading ??= triage(triageInputOf(ctx.session, ctx.texts));
    return reading;
  };
  // Replies are collected and written in one statement at the end, in the order they were created.
  const replies: OutboundMessage[] = [];
  let deleted = false;
  const help = (update: boolean) =>
    emergencyHelp(ctx.host.content, ctx.host.missions, ctx.session.language, {
      ...placeOf(ctx.session),
      country: analysis().country,
      selfHarm: analysis().flags.includes('suicidal'),
      update,
    });
  // Consent given in the intake is recorded once its report's ticket is up to date (reporter, age).
  const filed: { ticketId: string; results: Record<string, Result> }[] = [];
  const consentContext = { channel: ctx.to.channel, language: ctx.session.language, now: ctx.now };

  for (const event of events) {
    switch (event.type) {
      case 'msg_created': {
        const { id: _id, ...message } = event.msg;
        replies.push(message);
        break;
      }
      case 'emergency_raised': {
        const ticket = await tickets.open(event.ref, analysis(), 'P1');
        await addTicketEvent(ctx.trx, ticket.id, 'emergency_raised', 'contact', {
          source: event.source,
          country: analysis().country,
        });
        replies.push(help(false));
        tickets.helpSent = true;
        break;
      }
      case 'report_submitted': {
        const ticket = await tickets.open(event.ref, analysis());
        tickets.snapshot(event.ref, event.results);
        const changes = event.complete ? { complete: true, submitted_at: ctx.now } : {};
        if (event.complete) await updateTicket(ctx.trx, ticket.id, changes);
        await addTicketEvent(ctx.trx, ticket.id, 'report_submitted', 'contact', { complete: event.complete });
        filed.push({ ticketId: ticket.id, results: event.results });
        break;
      }
      case 'consent_withdrawal_confirmed': {
        // Agreed in this conversation: withdrawn even when no report holds it yet (the answers are voided).
        const answered = { ...ctx.session.results, consent_withdrawn: undefined };
        const agreed = (chatConsentOf(answered)?.groups.length ?? 0) > 0;
        replies.push(
          await withdrawConsentInChat(ctx.trx, ctx.host.content, ctx.to.contactId, agreed, consentContext),
        );
        break;
      }
      case 'info_added': {
        const ticket = await tickets.open(event.ref, analysis());
        await addTicketEvent(ctx.trx, ticket.id, 'info_added', 'contact', { text: event.text });
        break;
      }
      case 'delete_requested':
        await enqueueChatRequest(ctx.trx, ctx.to, 'delete');
        await tickets.note('delete_requested', {});
        deleted = true;
        break;
      case 'disappearing_requested':
        await enqueueChatRequest(ctx.trx, ctx.to, 'disappearing');
        await tickets.note('disappearing_requested', {});
        break;
      case 'attachment_noted':
        await tickets.note('attachment_received', { count: event.count });
        break;
      case 'language_changed':
        await tickets.note('language_changed', { from: event.from, to: event.to, chosen: event.chosen });
        break;
      case 'session_paused':
      case 'session_resumed':
      case 'session_restarted':
        await tickets.note(event.type, {});
        break;
      case 'error':
        // Flow problems name keys and nodes, never what the person wrote.
        ctx.host.logger.warn(
          { event: 'flow_error', detail: event.text, contact: ctx.to.contactId },
          'flow problem',
        );
        break;
      case 'result_saved':
      case 'answer_rejected':
      case 'flow_entered':
        break;
    }
  }
  if (deleted) addDeleteHint(ctx, replies);
  await tickets.sync(analysis);
  // The help went out before anyone knew the country; now it is known: the local numbers follow, once.
  const found = tickets.countryFound;
  if (found && !(await hasTicketEvent(ctx.trx, found.ticketId, 'emergency_help_updated'))) {
    // Before the next question, so the numbers are not buried under it.
    const question = replies.findIndex((reply) => reply.expects !== null);
    replies.splice(question === -1 ? replies.length : question, 0, help(true));
    await addTicketEvent(ctx.trx, found.ticketId, 'emergency_help_updated', 'system', {
      country: found.country,
    });
  }
  for (const report of filed)
    await recordChatConsent(ctx.trx, report.ticketId, report.results, consentContext);
  return { ticketId: tickets.current?.id ?? null, replies };
}

/** The city of the location answer and the area answer: they pick the mission where a country has several. */
function placeOf(session: Session): { city?: string; area?: string } {
  const place: { city?: string; area?: string } = {};
  const location = answerOf(session, 'location');
  if (
    location &&
    typeof location === 'object' &&
    !Array.isArray(location) &&
    typeof location.city === 'string'
  ) {
    place.city = location.city;
  }
  const area = answerOf(session, 'area');
  if (typeof area === 'string') place.area = area;
  return place;
}

/**
 * What else the person can do about messages on their platform, added to the delete confirmation (the one
 * message left in the chat). Why here and not in the flow: the engine does not know the channel, and a
 * Telegram user must not be told about a WhatsApp command.
 */
function addDeleteHint(ctx: ApplyContext, replies: OutboundMessage[]): void {
  const key = `host.delete_hint.${ctx.to.channel}`;
  const texts = ctx.host.content.texts;
  const hint = texts[ctx.session.language]?.[key] ?? texts.id[key];
  const confirmation = replies.find((reply) => reply.clear);
  if (hint && confirmation) confirmation.text = `${confirmation.text}\n${hint}`;
}

/** The tickets one engine call touches: opened at most once each, synced once at the end. */
class TicketWork {
  private readonly touched = new Map<string, Ticket>();
  private readonly snapshots = new Map<string, Record<string, Result>>();
  current: Ticket | undefined;
  /** The emergency help went out in this call (with whatever country was known then). */
  helpSent = false;
  /** The conversation's emergency ticket had no country and has one now (set by sync, when no help went out). */
  countryFound: { ticketId: string; country: string } | null = null;

  constructor(private readonly ctx: ApplyContext) {}

  /** Finds or creates the ticket for a reference. */
  async open(ref: string, analysis: TriageResult, atLeast?: 'P1'): Promise<Ticket> {
    const { trx, now, to, session, host } = this.ctx;
    let ticket = this.touched.get(ref) ?? (await findTicketByRefForUpdate(trx, ref));
    if (!ticket) {
      const { priority, reason } = priorityOf(session, analysis);
      const initial = atLeast ? higherPriority(priority, atLeast) : priority;
      ticket = await insertTicket(trx, {
        ref,
        contact_id: to.contactId,
        priority: initial,
        priority_reason: atLeast && initial !== priority ? 'emergency raised in the conversation' : reason,
        channel: to.channel,
        language: session.language,
        sla_due_at: slaDueAt(initial, now, host.slaMinutes),
        created_at: now,
        updated_at: now,
      });
      await addTicketEvent(trx, ticket.id, 'ticket_created', 'system', { priority: initial });
    }
    this.touched.set(ref, ticket);
    if (ref === session.reportRef) this.current = ticket;
    return ticket;
  }

  snapshot(ref: string, results: Record<string, Result>): void {
    this.snapshots.set(ref, results);
  }

  /** Records something on the conversation's current ticket, when it has one. */
  async note(type: string, data: Record<string, unknown>): Promise<void> {
    const ref = this.ctx.session.reportRef;
    if (!ref) return;
    const ticket = this.touched.get(ref) ?? (await findTicketByRefForUpdate(this.ctx.trx, ref));
    if (ticket) await addTicketEvent(this.ctx.trx, ticket.id, type, 'contact', data);
  }

  /** Brings every touched ticket (and the conversation's own) up to date with what was gathered. */
  async sync(analysis: () => TriageResult): Promise<void> {
    const { trx, now, session, host, texts } = this.ctx;
    if (session.reportRef && !this.touched.has(session.reportRef)) {
      const existing = await findTicketByRefForUpdate(trx, session.reportRef);
      if (existing) this.touched.set(session.reportRef, existing);
      this.current = existing;
    }
    for (const [ref, ticket] of this.touched) {
      // A report left behind by a restart keeps the answers it had; the live one follows the session.
      const results = ref === session.reportRef ? session.results : this.snapshots.get(ref);
      if (!results) continue;
      const view: Session =
        ref === session.reportRef ? session : { ...session, results, emergency: ticket.emergency };
      const reading = ref === session.reportRef ? analysis() : triage(triageInputOf(view, texts));
      const { priority, reason } = priorityOf(view, reading);
      const raised = higherPriority(ticket.priority, priority);
      const changes = {
        ...projectTicket(view, reading, host.missions),
        emergency: ticket.emergency || view.emergency,
        written_language: this.ctx.writtenLanguage,
        updated_at: now,
      };
      if (
        ref === session.reportRef &&
        ticket.emergency &&
        ticket.country === null &&
        changes.country &&
        !this.helpSent
      ) {
        this.countryFound = { ticketId: ticket.id, country: changes.country };
      }
      // Automatic triage only ever raises priority: lowering it is a staff decision.
      if (raised !== ticket.priority) {
        const due = slaDueAt(raised, now, host.slaMinutes);
        Object.assign(changes, {
          priority: raised,
          priority_reason: reason,
          sla_due_at: new Date(Math.min(due.getTime(), ticket.sla_due_at.getTime())),
        });
        await addTicketEvent(trx, ticket.id, 'priority_changed', 'system', {
          from: ticket.priority,
          to: raised,
          reason,
          reasons: reading.reasons,
        });
      }
      await updateTicket(trx, ticket.id, changes);
      await linkMessagesToTicket(trx, this.ctx.to.contactId, ticket.id, new Date(session.startedAt));
    }
  }
}
