import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../src/db/schema.ts';
import {
  jointStatistics,
  jointStatisticsCsv,
  parseDimensions,
  suppressSmallCells,
} from '../../src/referral/joint-statistics.ts';
import { applyRetention } from '../../src/retention/retention.ts';
import { describeEachDatabase } from '../support/databases.ts';

describe('k-anonymity (k = 11)', () => {
  it('suppresses every count under k', () => {
    const cells = suppressSmallCells(
      [
        { values: { category: 'forced_labour' }, count: 40 },
        { values: { category: 'online_scam_compound' }, count: 25 },
        { values: { category: 'fishing_vessel' }, count: 10 },
        { values: { category: 'forced_marriage' }, count: 3 },
      ],
      ['category'],
      11,
    );
    expect(cells.map((c) => c.count)).toEqual([40, 25, null, null]);
  });

  it('suppresses a second cell where one hidden count could be worked out from the published total', () => {
    const cells = suppressSmallCells(
      [
        { values: { category: 'forced_labour' }, count: 40 },
        { values: { category: 'online_scam_compound' }, count: 25 },
        { values: { category: 'fishing_vessel' }, count: 4 },
      ],
      ['category'],
      11,
    );
    // 69 in total minus 40 and 25 would give away the 4: the smallest published cell goes too.
    expect(cells.map((c) => c.count)).toEqual([40, null, null]);
  });

  it('does so in every row and column of a two-way table', () => {
    const cells = suppressSmallCells(
      [
        { values: { month: '2026-01', sex: 'female' }, count: 30 },
        { values: { month: '2026-01', sex: 'male' }, count: 5 },
        { values: { month: '2026-02', sex: 'female' }, count: 20 },
        { values: { month: '2026-02', sex: 'male' }, count: 15 },
      ],
      ['month', 'sex'],
      11,
    );
    const hidden = cells.filter((c) => c.count === null).map((c) => `${c.values.month} ${c.values.sex}`);
    // The January row and the male column each keep two hidden cells.
    expect(hidden.sort()).toEqual(
      ['2026-01 female', '2026-01 male', '2026-02 female', '2026-02 male'].sort(),
    );
  });

  it('reads the dimensions asked for, refusing unknown ones', () => {
    expect(parseDimensions('month,category')).toEqual(['month', 'category']);
    expect(parseDimensions('month,name')).toMatch(/unknown dimension name/);
    expect(parseDimensions('month,country,sex,outcome')).toMatch(/one to three/);
  });
});

async function insertTickets(
  db: Kysely<DB>,
  count: number,
  values: Partial<{
    category: string;
    country: string;
    subject_gender: string;
    subject_age: number;
    indicators: string[];
    status: 'open' | 'closed';
    closedDaysAgo: number;
    now: Date;
  }>,
) {
  const now = values.now ?? new Date('2026-03-01T00:00:00Z');
  const ids: string[] = [];
  const closedAt =
    values.closedDaysAgo === undefined ? null : new Date(now.getTime() - values.closedDaysAgo * 86_400_000);
  for (let i = 0; i < count; i++) {
    const contact = await db
      .insertInto('contacts')
      .values({ channel: 'webchat', address: randomUUID(), last_seen_at: closedAt ?? now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('tickets')
      .values({
        ref: `SUAR-T${randomUUID().slice(0, 3).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
        contact_id: contact.id,
        priority: 'P2',
        priority_reason: 'test',
        category: values.category ?? 'forced_labour',
        channel: 'webchat',
        language: 'id',
        reporter: 'self',
        subject_name: 'Nama Orang',
        subject_age: values.subject_age ?? 30,
        subject_gender: values.subject_gender ?? 'female',
        country: values.country ?? 'MY',
        contact_phone: '+60123456789',
        narrative: 'cerita panjang',
        indicators: JSON.stringify(values.indicators ?? ['withholding_of_wages']),
        status: values.status ?? 'open',
        status_changed_at: closedAt,
        sla_due_at: now,
        created_at: new Date('2026-02-10T00:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('messages')
      .values({
        contact_id: contact.id,
        ticket_id: row.id,
        direction: 'in',
        channel: 'webchat',
        body: 'tolong',
      })
      .execute();
    ids.push(row.id);
  }
  return ids;
}

describeEachDatabase('joint statistics and retention', (database) => {
  it('counts by dimension with small cells suppressed, as JSON and CSV, without a person in them', async () => {
    const db = database().db;
    await insertTickets(db, 30, {
      category: 'forced_labour',
      subject_gender: 'female',
      indicators: ['debt_bondage'],
    });
    await insertTickets(db, 12, { category: 'online_scam_compound', subject_gender: 'male', country: 'KH' });
    await insertTickets(db, 3, { category: 'forced_marriage', country: 'CN', subject_age: 16 });
    const byCategory = await jointStatistics(db, ['category']);
    expect(byCategory.total).toBe(45);
    expect(byCategory.cells).toEqual([
      { values: { category: 'forced_labour' }, count: 30 },
      { values: { category: 'forced_marriage' }, count: null },
      // Complementary: 45 − 30 would give the 3 away.
      { values: { category: 'online_scam_compound' }, count: null },
    ]);
    const byIndicator = await jointStatistics(db, ['indicator']);
    expect(byIndicator.cells).toContainEqual({ values: { indicator: 'debt_bondage' }, count: 30 });
    const csv = jointStatisticsCsv(await jointStatistics(db, ['country', 'age_band']));
    expect(csv.split('\r\n')[0]).toBe('country,age_band,count');
    expect(csv).toContain('CN,12-17,<11');
    expect(csv).toContain('MY,25-34,30');
    expect(csv).not.toContain('Nama Orang');
  });

  it('purges each class of a closed case after its time, keeps the counts, and logs it', async () => {
    const db = database().db;
    const now = new Date('2026-03-01T00:00:00Z');
    const before = await jointStatistics(db, ['category', 'age_band']);
    const [recent] = await insertTickets(db, 1, { status: 'closed', closedDaysAgo: 10, category: 'other' });
    const old = await insertTickets(db, 11, {
      status: 'closed',
      closedDaysAgo: 400,
      category: 'domestic_servitude',
      subject_age: 41,
    });
    const settings = { transcriptDays: 30, contactDays: 365, identityDays: 365, reportDays: 730 };
    const counts = await applyRetention(db, settings, now);
    expect(counts).toEqual({ transcript: 11, contact: 11, identity: 11, report: 0 });
    const oldRows = await db.selectFrom('tickets').selectAll().where('id', 'in', old).execute();
    for (const t of oldRows) {
      expect(t).toMatchObject({
        subject_name: null,
        subject_age: null,
        age_band: '35-44',
        contact_phone: null,
        narrative: 'cerita panjang', // the report is kept for 730 days
      });
      expect(t.anonymised_at).not.toBeNull();
    }
    expect(await db.selectFrom('messages').select('id').where('ticket_id', 'in', old).execute()).toEqual([]);
    const kept = await db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', recent!)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ subject_name: 'Nama Orang', contact_phone: '+60123456789' });
    // Nobody's chat address stays behind a forgotten case.
    const contacts = await db
      .selectFrom('contacts')
      .innerJoin('tickets', 'tickets.contact_id', 'contacts.id')
      .select('contacts.address')
      .where('tickets.id', 'in', old)
      .execute();
    expect(contacts.every((c) => c.address.startsWith('forgotten:'))).toBe(true);
    // A second run finds nothing more to do.
    expect(await applyRetention(db, settings, now)).toEqual({
      transcript: 0,
      contact: 0,
      identity: 0,
      report: 0,
    });
    // The anonymous statistics still count them, in the same age band.
    const after = await jointStatistics(db, ['category', 'age_band']);
    expect(after.cells).toContainEqual({
      values: { category: 'domestic_servitude', age_band: '35-44' },
      count: 11,
    });
    expect(after.total).toBe((before.total ?? 0) + 12);
    const log = await db
      .selectFrom('processing_log')
      .select(['action'])
      .where('ticket_id', '=', old[0]!)
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.action)).toEqual([
      'retention.purge',
      'retention.anonymise',
      'retention.anonymise',
    ]);

    // Two years on, the report goes too.
    const later = new Date(now.getTime() + 400 * 86_400_000);
    expect((await applyRetention(db, settings, later)).report).toBe(11);
    const purged = await db
      .selectFrom('tickets')
      .select(['narrative', 'answers', 'purged'])
      .where('id', '=', old[0]!)
      .executeTakeFirstOrThrow();
    expect(purged).toMatchObject({ narrative: null, answers: {} });
    expect(purged.purged.sort()).toEqual(['contact', 'identity', 'report', 'transcript']);
  });
});
