import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import {
  cancelHeldReply,
  deliveryForTicket,
  MAX_REPLY_LENGTH,
  replyToPerson,
  sendHeldReplyNow,
} from '../../casework/staff-replies.ts';
import {
  type Act,
  addNote,
  assignTicket,
  CaseworkError,
  changePriority,
  changeStatus,
  linkTickets,
  lockTicketByRef,
  MAX_NOTE_LENGTH,
  mergeTicket,
} from '../../casework/ticket-actions.ts';
import type { DB, Ticket } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { personTimeZone } from '../../safe-contact/person-time-zone.ts';
import { PRIORITIES } from '../../triage/index.ts';
import { TICKET_STATUSES } from '../case-vocabulary.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { EvidenceSummary } from '../evidence/evidence-view.tsx';
import { loadTicketEvidence, ticketIdsWithMerged } from '../evidence/ticket-evidence.ts';
import { can, type DeskAction } from '../permissions.ts';
import { TicketPage, type TicketPageData, Timeline, Transcript } from './ticket-page.tsx';
import {
  assignableStaff,
  listCannedReplies,
  loadHeldReplies,
  loadRelatedTickets,
  loadTimeline,
  loadTranscript,
  markTicketRead,
} from './ticket-store.ts';
import { ticketTexts } from './ticket-texts.ts';

/** A report reference. */
export const REF = /^SUAR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
  z.string().max(MAX_NOTE_LENGTH, `at most ${MAX_NOTE_LENGTH} characters`).nullable(),
);
const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);
const otherRef = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().regex(REF, 'a report reference like SUAR-7K3M-9PQ4'),
);

const forms = {
  status: z.object({ to: z.enum(TICKET_STATUSES), reason: optionalText }),
  priority: z.object({ to: z.enum(PRIORITIES), reason: requiredText(MAX_NOTE_LENGTH) }),
  assign: z.object({
    assignee: z.preprocess((v) => (v === '' ? null : v), z.uuid('a staff member').nullable()),
    reason: optionalText,
  }),
  note: z.object({ text: requiredText(MAX_NOTE_LENGTH) }),
  reply: z.object({ text: requiredText(MAX_REPLY_LENGTH), override: optionalText }),
  link: z.object({ ref: otherRef, kind: z.enum(['duplicate', 'related']) }),
  merge: z.object({ ref: otherRef }),
  heldSend: z.object({ reason: requiredText(MAX_NOTE_LENGTH) }),
};

/** What the permission rules need to know about a ticket. */
export function scopeOf(ticket: Ticket) {
  return { missionId: ticket.mission_id, status: ticket.status, mergedInto: ticket.merged_into };
}

/** Answers "may this staff member do this to this ticket" as HTTP: 404 outside their mission, 403 otherwise. */
export function authorize(c: Context<DeskEnv>, action: DeskAction, ticket: Ticket | undefined): Ticket {
  if (!ticket) throw new HttpProblem(404, 'no such report');
  const answer = can(c.get('staff'), action, scopeOf(ticket));
  if (answer === 'not_found') throw new HttpProblem(404, 'no such report');
  if (answer === 'forbidden') throw new HttpProblem(403, 'you may not do this to this report');
  return ticket;
}

/** The reference in the path, or 404. */
export function refOf(c: Context<DeskEnv>): string {
  const ref = c.req.param('ref')?.toUpperCase() ?? '';
  if (!REF.test(ref)) throw new HttpProblem(404, 'no such report');
  return ref;
}

/** The ticket page, its live fragments, and every action on it. */
export function ticketRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  const act = (c: Context<DeskEnv>): Act => ({
    staff: c.get('staff'),
    origin: c.get('origin'),
    now: ctx.clock(),
  });

  /** Reads a ticket the staff member may view, and records the view. */
  const viewTicket = async (c: Context<DeskEnv>, part: string): Promise<Ticket> => {
    const ticket = authorize(
      c,
      'ticket.view',
      await ctx.db.selectFrom('tickets').selectAll().where('ref', '=', refOf(c)).executeTakeFirst(),
    );
    await recordAudit(ctx.db, {
      staffId: c.get('staff').id,
      action: 'ticket.view',
      ticketId: ticket.id,
      detail: { part },
      origin: c.get('origin'),
    });
    return ticket;
  };

  /** The files people sent to this ticket (and those merged into it), with what is known of each. */
  const evidenceOf = async (ticket: Ticket) =>
    loadTicketEvidence(ctx.db, ctx.evidence, ctx.logger, await ticketIdsWithMerged(ctx.db, ticket));

  /**
   * Runs one action in one transaction: the ticket is locked, the permission checked against what it is
   * now, and the change, its event and its audit entry committed together. Then the person's page opens.
   */
  const perform = async (
    c: Context<DeskEnv>,
    action: DeskAction,
    work: (trx: Kysely<DB>, ticket: Ticket) => Promise<string | undefined>,
  ) => {
    const ref = refOf(c);
    let done: string | undefined;
    try {
      done = await ctx.db
        .transaction()
        .execute(async (trx) => work(trx, authorize(c, action, await lockTicketByRef(trx, ref))));
    } catch (error) {
      if (error instanceof CaseworkError)
        throw new HttpProblem(error.code === 'conflict' ? 409 : 400, error.message);
      throw error;
    }
    ctx.onQueued();
    return c.redirect(`/desk/tickets/${ref}?done=${done ?? 'saved'}`, 303);
  };

  app.get('/tickets/:ref', async (c) => {
    const ticket = await viewTicket(c, 'page');
    const staff = c.get('staff');
    const lang = c.get('lang');
    const now = ctx.clock();
    const [contact, assignee, transcript, evidence, timeline, held, related, assignable, canned, mergedInto] =
      await Promise.all([
        ctx.db
          .selectFrom('contacts')
          .select(['channel'])
          .where('id', '=', ticket.contact_id)
          .executeTakeFirstOrThrow(),
        ticket.assignee_id
          ? ctx.db.selectFrom('staff').select('name').where('id', '=', ticket.assignee_id).executeTakeFirst()
          : undefined,
        loadTranscript(ctx.db, ticket),
        evidenceOf(ticket),
        loadTimeline(ctx.db, ticket.id),
        loadHeldReplies(ctx.db, ticket.id),
        loadRelatedTickets(ctx.db, ticket),
        can(staff, 'ticket.assign', scopeOf(ticket)) === 'allowed'
          ? assignableStaff(ctx.db, ticket.mission_id)
          : [],
        listCannedReplies(ctx.db),
        ticket.merged_into
          ? ctx.db.selectFrom('tickets').select('ref').where('id', '=', ticket.merged_into).executeTakeFirst()
          : undefined,
      ]);
    const lastIn = transcript.filter((l) => l.direction === 'in').at(-1);
    if (lastIn) await markTicketRead(ctx.db, staff.id, ticket.id, lastIn.id, now);
    const location = ticket.location as { latitude?: number; longitude?: number } | null;
    const pin =
      typeof location?.latitude === 'number' && typeof location.longitude === 'number'
        ? { latitude: location.latitude, longitude: location.longitude }
        : null;
    const cannedId = c.req.query('canned');
    const done = c.req.query('done');
    const t = ticketTexts[lang];
    const data: TicketPageData = {
      ticket,
      channel: contact.channel,
      assigneeName: assignee?.name ?? null,
      missionName: ctx.missions.missions.find((m) => m.id === ticket.mission_id)?.name ?? ticket.mission,
      mergedIntoRef: mergedInto?.ref ?? null,
      transcript,
      evidence,
      timeline,
      held,
      related,
      assignable,
      canned,
      zone: personTimeZone(ticket.country, pin, now),
      delivery: deliveryForTicket(ticket, now),
      replyDraft: canned.find((r) => r.id === cannedId)?.body ?? '',
      flash: done === 'held' ? t.doneHeld : done === 'sent' ? t.doneSent : done ? t.done : null,
    };
    return c.html(
      <TicketPage
        data={data}
        staff={staff}
        csrfToken={c.get('session').csrfToken}
        lang={lang}
        now={now}
        content={ctx.content}
      />,
    );
  });

  app.get('/api/tickets/:ref/transcript', async (c) => {
    const ticket = await viewTicket(c, 'transcript');
    const [transcript, evidence] = await Promise.all([loadTranscript(ctx.db, ticket), evidenceOf(ticket)]);
    const lastIn = transcript.filter((l) => l.direction === 'in').at(-1);
    if (lastIn) await markTicketRead(ctx.db, c.get('staff').id, ticket.id, lastIn.id, ctx.clock());
    return c.html(
      <Transcript lines={transcript} evidence={evidence} ticketRef={ticket.ref} lang={c.get('lang')} />,
    );
  });

  // The header's line about files still waiting or refused (a live fragment: it changes as files are fetched).
  app.get('/api/tickets/:ref/evidence-summary', async (c) => {
    const ticket = await viewTicket(c, 'evidence_summary');
    const ids = await ticketIdsWithMerged(ctx.db, ticket);
    const evidence = await loadTicketEvidence(ctx.db, null, ctx.logger, ids);
    return c.html(<EvidenceSummary entries={evidence} lang={c.get('lang')} />);
  });

  app.get('/api/tickets/:ref/timeline', async (c) => {
    const ticket = await viewTicket(c, 'timeline');
    return c.html(<Timeline entries={await loadTimeline(ctx.db, ticket.id)} lang={c.get('lang')} />);
  });

  app.post('/tickets/:ref/take', (c) =>
    perform(c, 'ticket.take', async (trx, ticket) => {
      await assignTicket(trx, act(c), ticket, c.get('staff').id, null, 'took');
      return undefined;
    }),
  );

  app.post('/tickets/:ref/assign', async (c) => {
    const form = await readForm(c, forms.assign);
    return perform(c, 'ticket.assign', async (trx, ticket) => {
      await assignTicket(trx, act(c), ticket, form.assignee, form.reason);
      return undefined;
    });
  });

  app.post('/tickets/:ref/status', async (c) => {
    const form = await readForm(c, forms.status);
    return perform(c, 'ticket.status', async (trx, ticket) => {
      await changeStatus(trx, act(c), ticket, form.to, form.reason);
      return undefined;
    });
  });

  app.post('/tickets/:ref/priority', async (c) => {
    const form = await readForm(c, forms.priority);
    return perform(c, 'ticket.priority', async (trx, ticket) => {
      await changePriority(trx, act(c), ticket, form.to, form.reason, ctx.slaMinutes);
      return undefined;
    });
  });

  app.post('/tickets/:ref/note', async (c) => {
    const form = await readForm(c, forms.note);
    return perform(c, 'ticket.note', async (trx, ticket) => {
      await addNote(trx, act(c), ticket, form.text);
      return undefined;
    });
  });

  app.post('/tickets/:ref/reply', async (c) => {
    const form = await readForm(c, forms.reply);
    // Overriding the safe window is its own permission (it is on the rules table, like every action).
    const action: DeskAction = form.override ? 'ticket.reply_outside_window' : 'ticket.reply';
    return perform(c, action, async (trx, ticket) => {
      const outcome = await replyToPerson(trx, act(c), ticket, form.text, form.override);
      return outcome.type === 'held' ? 'held' : 'sent';
    });
  });

  app.post('/tickets/:ref/held/:id/cancel', (c) =>
    perform(c, 'ticket.reply', async (trx, ticket) => {
      await cancelHeldReply(trx, act(c), ticket, heldIdOf(c));
      return undefined;
    }),
  );

  app.post('/tickets/:ref/held/:id/send', async (c) => {
    const form = await readForm(c, forms.heldSend);
    return perform(c, 'ticket.reply_outside_window', async (trx, ticket) => {
      await sendHeldReplyNow(trx, act(c), ticket, heldIdOf(c), form.reason);
      return 'sent';
    });
  });

  /** The other ticket of a link or merge: it must exist and be visible to the staff member too. */
  const otherTicket = async (c: Context<DeskEnv>, trx: Kysely<DB>, ref: string, action: DeskAction) =>
    authorize(c, action, await lockTicketByRef(trx, ref));

  app.post('/tickets/:ref/link', async (c) => {
    const form = await readForm(c, forms.link);
    return perform(c, 'ticket.link', async (trx, ticket) => {
      await linkTickets(trx, act(c), ticket, await otherTicket(c, trx, form.ref, 'ticket.link'), form.kind);
      return undefined;
    });
  });

  app.post('/tickets/:ref/merge', async (c) => {
    const form = await readForm(c, forms.merge);
    return perform(c, 'ticket.merge', async (trx, ticket) => {
      await mergeTicket(trx, act(c), await otherTicket(c, trx, form.ref, 'ticket.merge'), ticket);
      return undefined;
    });
  });

  return app;
}

function heldIdOf(c: Context<DeskEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!/^\d{1,18}$/.test(id)) throw new HttpProblem(404, 'no such held reply');
  return id;
}
