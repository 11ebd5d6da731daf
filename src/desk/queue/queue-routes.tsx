import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { takeNextTicket } from '../../casework/ticket-actions.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { CATEGORIES, PRIORITIES } from '../../triage/index.ts';
import { TICKET_STATUSES } from '../case-vocabulary.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { can } from '../permissions.ts';
import { QueuePage, QueueRows } from './queue-page.tsx';
import { listQueue, NO_FILTERS, type QueueFilters } from './queue-store.ts';

const empty = (value: unknown) => (value === '' ? undefined : value);

const filtersSchema = z.object({
  status: z.preprocess(empty, z.enum(['active', ...TICKET_STATUSES]).default('active')),
  priority: z.preprocess(empty, z.enum(PRIORITIES).nullable().default(null)),
  category: z.preprocess(empty, z.enum(CATEGORIES).nullable().default(null)),
  country: z.preprocess(
    (v) => (typeof v === 'string' && v !== '' ? v.toUpperCase() : undefined),
    z
      .string()
      .regex(/^[A-Z]{2}$/, 'a two-letter country code')
      .nullable()
      .default(null),
  ),
  mission: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[a-z0-9-]{1,60}$/, 'a mission id')
      .nullable()
      .default(null),
  ),
  assigned: z.preprocess(empty, z.enum(['me', 'unassigned']).nullable().default(null)),
  emergency: z.preprocess(empty, z.enum(['1', 'on', 'true']).optional()).transform((v) => v !== undefined),
  q: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z.string().max(100, 'at most 100 characters').nullable().default(null),
  ),
  page: z.preprocess(empty, z.coerce.number().int().min(1).max(2000).default(1)),
});

/** Reads the queue's filters from a query string; anything malformed is a 400 that names it. */
export function parseQueueFilters(query: Record<string, string>): QueueFilters {
  const parsed = filtersSchema.safeParse(query);
  if (!parsed.success) {
    throw new HttpProblem(
      400,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return { ...NO_FILTERS, ...parsed.data };
}

/** The queue: the page, its live fragment, and "take next". */
export function queueRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  const countries = [...new Set(ctx.missions.coverage.map((c) => c.country))];

  const load = async (
    staff: DeskEnv['Variables']['staff'],
    filters: QueueFilters,
    origin: DeskEnv['Variables']['origin'],
  ) => {
    if (can(staff, 'queue.view') !== 'allowed') throw new HttpProblem(403, 'not allowed');
    // A mission's staff filter within their own mission only.
    if (staff.missionId !== null && filters.mission && filters.mission !== staff.missionId) {
      throw new HttpProblem(404, 'not found');
    }
    const result = await listQueue(ctx.db, staff, filters);
    // Looking people up by name or phone is recorded: it reaches personal data outside any one ticket.
    if (filters.q && filters.page === 1) {
      await recordAudit(ctx.db, {
        staffId: staff.id,
        action: 'queue.search',
        detail: { q: filters.q, found: result.rows.length },
        origin,
      });
    }
    return result;
  };

  app.get('/', async (c) => {
    const staff = c.get('staff');
    // A partner agency's account has no queue: its home is what was referred to its agency.
    if (staff.role === 'partner') return c.redirect('/desk/partner', 303);
    const filters = parseQueueFilters(c.req.query());
    const { rows, hasMore } = await load(staff, filters, c.get('origin'));
    return c.html(
      <QueuePage
        staff={staff}
        csrfToken={c.get('session').csrfToken}
        lang={c.get('lang')}
        filters={filters}
        rows={rows}
        hasMore={hasMore}
        now={ctx.clock()}
        missions={ctx.missions.missions}
        countries={countries}
        flash={c.req.query('nothing') !== undefined ? 'nothingToTake' : undefined}
      />,
    );
  });

  app.get('/api/queue', async (c) => {
    const filters = parseQueueFilters(c.req.query());
    const staff = c.get('staff');
    const { rows } = await listQueue(ctx.db, staff, filters);
    return c.html(
      <QueueRows
        rows={rows}
        lang={c.get('lang')}
        now={ctx.clock()}
        missionNames={new Map(ctx.missions.missions.map((m) => [m.id, m.name]))}
      />,
    );
  });

  app.post('/take-next', async (c) => {
    const staff = c.get('staff');
    if (can(staff, 'queue.view') !== 'allowed') throw new HttpProblem(403, 'not allowed');
    const ticket = await ctx.db
      .transaction()
      .execute((trx) => takeNextTicket(trx, { staff, origin: c.get('origin'), now: ctx.clock() }));
    return c.redirect(ticket ? `/desk/tickets/${ticket.ref}` : '/desk?nothing', 303);
  });

  return app;
}
