import { beforeAll, expect, it } from 'vitest';
import { statsPeriod } from '../../src/desk/stats/stats-period.ts';
import { statsRoutes } from '../../src/desk/stats/stats-routes.tsx';
import { niceTicks } from '../../src/desk/stats/svg-charts.tsx';
import { readTicketStats } from '../../src/desk/stats/ticket-stats.ts';
import { DEFAULT_SLA_MINUTES, PRIORITIES, type Priority } from '../../src/triage/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn } from '../support/desk.ts';
import { insertTestTickets, type TestTicket } from '../support/insert-test-tickets.ts';

// The clock of these tests: 31 March 2026, noon in Jakarta.
const NOW = '2026-03-31T05:00:00.000Z';
const KL = 'kbri-kuala-lumpur';
const PP = 'kbri-phnom-penh';
const STATUSES = ['new', 'open', 'waiting', 'referred', 'closed'] as const;
const CATEGORIES = ['online_scam_compound', 'domestic_servitude', 'labour_dispute', null] as const;
const COUNTRIES = ['MY', 'KH', 'SA', 'TW', null] as const;
const MINUTE = 60_000;

/** A small deterministic generator, so the seed is the same on every run and both databases. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

interface Seeded extends TestTicket {
  id?: string;
}

/** Tickets from late February to now, in two missions and the central desk, some on Jakarta day edges. */
function seedTickets(assignees: (string | null)[]): Seeded[] {
  const next = random(7);
  const tickets: Seeded[] = [];
  const start = Date.parse('2026-02-25T00:00:00Z');
  const span = Date.parse(NOW) - start;
  const edges = [
    '2026-03-10T16:59:59Z',
    '2026-03-10T17:00:00Z',
    '2026-03-01T16:59:00Z',
    '2026-03-01T17:00:00Z',
  ];
  for (let i = 0; i < 90; i++) {
    const created = new Date(edges[i] ? Date.parse(edges[i]!) : start + Math.floor(next() * span));
    const priority = pick(next, PRIORITIES);
    const due = new Date(created.getTime() + DEFAULT_SLA_MINUTES[priority] * MINUTE);
    const answered = next() < 0.6;
    const status = pick(next, STATUSES);
    tickets.push({
      created_at: created,
      priority,
      category: pick(next, CATEGORIES),
      country: pick(next, COUNTRIES),
      mission_id: pick(next, [KL, PP, null]),
      assignee_id: pick(next, assignees),
      status,
      status_changed_at:
        status === 'closed' ? new Date(created.getTime() + Math.floor(next() * 4000) * MINUTE) : null,
      sla_due_at: due,
      first_response_at: answered ? new Date(created.getTime() + Math.floor(next() * 3000) * MINUTE) : null,
    });
  }
  return tickets;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** What the page should show, computed from the seed in plain code (not by the SQL under test). */
function expected(tickets: Seeded[], from: Date, to: Date, missionId: string | null, now: Date) {
  const scoped = tickets.filter((t) => missionId === null || t.mission_id === missionId);
  const inPeriod = scoped.filter((t) => t.created_at >= from && t.created_at < to);
  const perDay = new Map<string, Record<Priority, number>>();
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const t of inPeriod) {
    // Jakarta is UTC+7 all year.
    const day = new Date((t.created_at as Date).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const counts = perDay.get(day) ?? { P1: 0, P2: 0, P3: 0, P4: 0 };
    counts[t.priority] += 1;
    perDay.set(day, counts);
    count(`category:${t.category}`);
    count(`country:${t.country}`);
  }
  const response = PRIORITIES.map((priority) => {
    const of = inPeriod.filter((t) => t.priority === priority && !t.merged_into);
    const answered = of.filter((t) => t.first_response_at);
    const at = (d: unknown) => (d as Date).getTime();
    return {
      priority,
      tickets: of.length,
      responded: answered.length,
      medianSeconds: median(answered.map((t) => (at(t.first_response_at) - at(t.created_at)) / 1000)),
      late: answered.filter((t) => at(t.first_response_at) > at(t.sla_due_at)).length,
      unansweredOverdue: of.filter((t) => {
        if (t.first_response_at) return false;
        const until =
          t.status === 'closed' ? Math.min(at(t.status_changed_at ?? now), now.getTime()) : now.getTime();
        return at(t.sla_due_at) < until;
      }).length,
    };
  });
  const open = scoped.filter((t) => t.status !== 'closed' && !t.merged_into);
  const openBy = (key: 'mission_id' | 'assignee_id') => {
    const counts = new Map<string | null, number>();
    for (const t of open) counts.set(t[key] ?? null, (counts.get(t[key] ?? null) ?? 0) + 1);
    return counts;
  };
  return {
    total: inPeriod.length,
    perDay,
    tally,
    response,
    openByMission: openBy('mission_id'),
    openByAssignee: openBy('assignee_id'),
  };
}

it('reads a period of whole Jakarta days, 30 by default, and refuses a bad one', () => {
  const now = new Date(NOW);
  expect(statsPeriod({}, now)).toMatchObject({
    from: '2026-03-02',
    to: '2026-03-31',
    start: new Date('2026-03-01T17:00:00Z'),
    end: new Date('2026-03-31T17:00:00Z'),
  });
  // 23:30 UTC is already the next day in Jakarta.
  expect(statsPeriod({}, new Date('2026-03-31T23:30:00Z'))).toMatchObject({ to: '2026-04-01' });
  expect(statsPeriod({ from: '2026-02-30' }, now)).toEqual({ problem: 'from: not a date (YYYY-MM-DD)' });
  expect(statsPeriod({ from: '2026-03-05', to: '2026-03-04' }, now)).toHaveProperty('problem');
  expect(statsPeriod({ from: '2025-01-01', to: '2026-01-02' }, now)).toHaveProperty('problem');
  expect(statsPeriod({ from: '2025-01-01', to: '2026-01-01' }, now)).toHaveProperty('from', '2025-01-01');
});

it('chooses axis steps of 1, 2 or 5 times a power of ten that reach the largest value', () => {
  expect(niceTicks(0)).toEqual([0, 1]);
  expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
  expect(niceTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
});

describeEachDatabase('desk statistics', (database) => {
  let tickets: Seeded[];
  let agentIds: string[];

  beforeAll(async () => {
    const db = database().db;
    const a = await addTestStaff(db, { name: 'Ayu' });
    const b = await addTestStaff(db, { name: 'Budi', missionId: KL });
    agentIds = [a.id, b.id];
    tickets = seedTickets([a.id, b.id, null]);
    const ids = await insertTestTickets(db, tickets);
    ids.forEach((id, i) => {
      tickets[i]!.id = id;
    });
    // Two merged tickets: they count as reports, but not in response figures or open work.
    for (const i of [5, 6]) {
      tickets[i]!.merged_into = ids[0]!;
      await db.updateTable('tickets').set({ merged_into: ids[0]! }).where('id', '=', ids[i]!).execute();
    }
  });

  for (const missionId of [null, KL]) {
    it(`computes every figure as the seed says (${missionId ?? 'all missions'})`, async () => {
      const now = new Date(NOW);
      const period = statsPeriod({}, now);
      if ('problem' in period) throw new Error(period.problem);
      const stats = await readTicketStats(database().db, {
        start: period.start,
        end: period.end,
        missionId,
        now,
      });
      const want = expected(tickets, period.start, period.end, missionId, now);
      expect(want.total).toBeGreaterThan(10);
      expect(stats.total).toBe(want.total);
      expect(Object.fromEntries(stats.perDay)).toEqual(Object.fromEntries(want.perDay));
      for (const c of stats.byCategory) expect(c.count).toBe(want.tally.get(`category:${c.key}`));
      for (const c of stats.byCountry) expect(c.count).toBe(want.tally.get(`country:${c.key}`));
      expect(stats.byCategory.reduce((a, c) => a + c.count, 0)).toBe(want.total);
      expect(stats.byCountry.reduce((a, c) => a + c.count, 0)).toBe(want.total);
      expect(stats.byCountry.map((c) => c.count)).toEqual(
        stats.byCountry.map((c) => c.count).sort((a, b) => b - a),
      );
      expect(stats.response).toHaveLength(4);
      for (const [i, r] of stats.response.entries()) {
        const w = want.response[i]!;
        expect({ ...r, medianSeconds: null }).toEqual({ ...w, medianSeconds: null });
        if (w.medianSeconds === null) expect(r.medianSeconds).toBeNull();
        else expect(r.medianSeconds).toBeCloseTo(w.medianSeconds, 3);
      }
      expect(new Map(stats.openByMission.map((m) => [m.key, m.count]))).toEqual(want.openByMission);
      expect(new Map(stats.openByAssignee.map((a) => [a.key, a.count]))).toEqual(want.openByAssignee);
      expect(stats.openByAssignee.find((a) => a.key === agentIds[0])?.name).toBe('Ayu');
    });
  }

  it('counts a ticket on the Jakarta day it arrived (23:59 WIB and 00:00 WIB fall on two days)', async () => {
    const now = new Date(NOW);
    const stats = await readTicketStats(database().db, {
      start: new Date('2026-03-09T17:00:00Z'),
      end: new Date('2026-03-11T17:00:00Z'),
      missionId: null,
      now,
    });
    const want = expected(
      tickets,
      new Date('2026-03-09T17:00:00Z'),
      new Date('2026-03-11T17:00:00Z'),
      null,
      now,
    );
    expect(Object.fromEntries(stats.perDay)).toEqual(Object.fromEntries(want.perDay));
    expect([...stats.perDay.keys()].sort()).toEqual(['2026-03-10', '2026-03-11']);
  });

  it('shows supervisors the charts with a caption, a summary and a table each; agents get 403', async () => {
    const { app } = deskTestApp(database(), [statsRoutes], { start: NOW });
    const agent = await addTestStaff(database().db, { role: 'agent' });
    const supervisor = await addTestStaff(database().db, { role: 'supervisor' });
    expect((await (await signIn(app, agent.email, agent.password)).get('/desk/stats')).status).toBe(403);
    const browser = await signIn(app, supervisor.email, supervisor.password);
    const page = await browser.get('/desk/stats');
    expect(page.status).toBe(200);
    const html = await page.text();
    const want = expected(
      tickets,
      new Date('2026-03-01T17:00:00Z'),
      new Date('2026-03-31T17:00:00Z'),
      null,
      new Date(NOW),
    );
    expect(html).toContain(`${want.total} laporan masuk, 2 Mar 2026 – 31 Mar 2026 (WIB).`);
    const charts = [...html.matchAll(/<figure class="chart" aria-labelledby="([\w-]+)-caption">/g)].map(
      (m) => m[1],
    );
    expect(charts).toEqual([
      'per-day',
      'by-category',
      'by-country',
      'median-response',
      'sla',
      'open-by-mission',
      'open-by-agent',
    ]);
    for (const id of charts) {
      expect(html).toContain(`<figcaption id="${id}-caption">`);
      expect(html).toContain(`role="img" aria-labelledby="${id}-title ${id}-desc"`);
      expect(html).toContain(`<desc id="${id}-desc">`);
    }
    expect(html.match(/<details class="chart-table">/g)).toHaveLength(charts.length);
    expect(html).not.toMatch(/style=|<script>/);
    const english = await browser.get('/desk/stats', { cookie: `${browser.cookie}` });
    expect(english.status).toBe(200);
  });

  it("shows a mission supervisor only their mission's figures, and refuses another mission", async () => {
    const { app } = deskTestApp(database(), [statsRoutes], { start: NOW });
    const supervisor = await addTestStaff(database().db, { role: 'supervisor', missionId: KL });
    const browser = await signIn(app, supervisor.email, supervisor.password);
    const html = await (await browser.get('/desk/stats')).text();
    const now = new Date(NOW);
    const mine = expected(
      tickets,
      new Date('2026-03-01T17:00:00Z'),
      new Date('2026-03-31T17:00:00Z'),
      KL,
      now,
    );
    const all = expected(
      tickets,
      new Date('2026-03-01T17:00:00Z'),
      new Date('2026-03-31T17:00:00Z'),
      null,
      now,
    );
    expect(mine.total).toBeLessThan(all.total);
    expect(html).toContain(`${mine.total} laporan masuk`);
    expect(html).toContain('Hanya laporan untuk KBRI Kuala Lumpur.');
    expect(html).not.toContain('id="mission"');
    expect((await browser.get(`/desk/stats?mission=${PP}`)).status).toBe(403);
    expect((await browser.get(`/desk/stats?mission=${KL}`)).status).toBe(200);
  });

  it('lets central staff pick a mission, and answers a bad period or mission with 400', async () => {
    const { app } = deskTestApp(database(), [statsRoutes], { start: NOW });
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const browser = await signIn(app, admin.email, admin.password);
    const now = new Date(NOW);
    const from = new Date('2026-02-24T17:00:00Z');
    const to = new Date('2026-03-31T17:00:00Z');
    const pp = expected(tickets, from, to, PP, now);
    const html = await (await browser.get(`/desk/stats?from=2026-02-25&to=2026-03-31&mission=${PP}`)).text();
    expect(html).toContain(`${pp.total} laporan masuk, 25 Feb 2026 – 31 Mar 2026 (WIB).`);
    expect(html).toContain(`<option value="${PP}" selected="">`);
    for (const bad of [
      'from=yesterday',
      'from=2026-03-10&to=2026-03-01',
      'from=2024-01-01&to=2026-01-01',
      'mission=nowhere',
    ]) {
      expect((await browser.get(`/desk/stats?${bad}`)).status).toBe(400);
    }
  });
});
