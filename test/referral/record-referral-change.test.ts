import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { type ReferralChange, recordReferralChange } from '../../src/referral/record-referral-change.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff } from '../support/desk.ts';
import { insertTestTickets } from '../support/insert-test-tickets.ts';

const AT = new Date('2026-03-01T10:00:00.000Z');

async function aReferral(database: Database) {
  const [ticketId] = await insertTestTickets(database.db, [{ priority: 'P2', created_at: AT }]);
  return {
    id: randomUUID(),
    ticket_id: ticketId!,
    partner_id: randomUUID(),
    purpose: 'protection_services',
    basis: 'consent' as const,
  };
}

function revokedBy(staffId: string | null): ReferralChange {
  return {
    event: {
      type: 'referral_revoked',
      actor: staffId ? `staff:${staffId}` : 'contact',
      data: { reason: 'x' },
    },
    audit: {
      staffId,
      // Without a staff member, the person withdrew their consent in their chat: no request address.
      ...(staffId ? {} : { actor: 'contact:telegram' as const }),
      origin: staffId ? { ip: '127.0.0.1', userAgent: 'test' } : null,
      action: 'ticket.referral_revoke',
      subject: 'partner',
      detail: { referral_id: 'r' },
    },
    processing: { actor: staffId ? `staff:${staffId}` : 'contact', action: 'referral.revoke' },
    at: AT,
  };
}

/** A partner agency's status update through the partner API: no staff member acts. */
function statusFromPartner(partnerId: string): ReferralChange {
  return {
    event: { type: 'referral_status', actor: `partner:${partnerId}`, data: { to: 'accepted' } },
    audit: {
      staffId: null,
      actor: `partner:${partnerId}`,
      origin: { ip: '203.0.113.7', userAgent: 'partner-system' },
      action: 'partner.status',
      subject: 'referral',
      detail: { status: 'accepted' },
    },
    processing: { actor: `partner:${partnerId}`, action: 'partner.status', fields: ['status'] },
    at: AT,
  };
}

async function recordsOf(database: Database, ticketId: string) {
  const { db } = database;
  return {
    events: await db
      .selectFrom('ticket_events')
      .select(['type', 'actor'])
      .where('ticket_id', '=', ticketId)
      .execute(),
    audit: await db
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'actor', 'ip'])
      .where('ticket_id', '=', ticketId)
      .execute(),
    processing: await db
      .selectFrom('processing_log')
      .select(['action', 'actor', 'partner_id', 'referral_id', 'purpose', 'basis', 'at'])
      .where('ticket_id', '=', ticketId)
      .execute(),
  };
}

describeEachDatabase('recordReferralChange', (database) => {
  it('writes the timeline event, the audit entry and the processing entry of one referral change', async () => {
    const referral = await aReferral(database());
    const staff = await addTestStaff(database().db, { role: 'supervisor' });
    await database()
      .db.transaction()
      .execute((trx) => recordReferralChange(trx, referral, revokedBy(staff.id)));
    expect(await recordsOf(database(), referral.ticket_id)).toEqual({
      events: [{ type: 'referral_revoked', actor: `staff:${staff.id}` }],
      audit: [
        { action: 'ticket.referral_revoke', staff_id: staff.id, actor: `staff:${staff.id}`, ip: '127.0.0.1' },
      ],
      processing: [
        {
          action: 'referral.revoke',
          actor: `staff:${staff.id}`,
          partner_id: referral.partner_id,
          referral_id: referral.id,
          purpose: referral.purpose,
          basis: 'consent',
          at: AT,
        },
      ],
    });
  });

  it.each([
    ['a staff member’s change', 'staff'],
    ['a partner agency’s change', 'partner'],
  ] as const)(
    'writes all three of %s in the caller’s transaction: a rollback leaves none',
    async (_who, by) => {
      const referral = await aReferral(database());
      const change =
        by === 'staff'
          ? revokedBy((await addTestStaff(database().db, { role: 'supervisor' })).id)
          : statusFromPartner(referral.partner_id);
      await expect(
        database()
          .db.transaction()
          .execute(async (trx) => {
            await recordReferralChange(trx, referral, change);
            throw new Error('the change itself failed');
          }),
      ).rejects.toThrow('the change itself failed');
      expect(await recordsOf(database(), referral.ticket_id)).toEqual({
        events: [],
        audit: [],
        processing: [],
      });
    },
  );

  it('audits a partner agency’s change under the agency, with no staff member, from its address', async () => {
    const referral = await aReferral(database());
    await database()
      .db.transaction()
      .execute((trx) => recordReferralChange(trx, referral, statusFromPartner(referral.partner_id)));
    const records = await recordsOf(database(), referral.ticket_id);
    expect(records.events).toEqual([{ type: 'referral_status', actor: `partner:${referral.partner_id}` }]);
    expect(records.audit).toEqual([
      {
        action: 'partner.status',
        staff_id: null,
        actor: `partner:${referral.partner_id}`,
        ip: '203.0.113.7',
      },
    ]);
    expect(records.processing.map((p) => p.actor)).toEqual([`partner:${referral.partner_id}`]);
  });

  it('audits a change the person made in their chat under their channel, with no address', async () => {
    const referral = await aReferral(database());
    await database()
      .db.transaction()
      .execute((trx) => recordReferralChange(trx, referral, revokedBy(null)));
    const records = await recordsOf(database(), referral.ticket_id);
    expect(records.events).toEqual([{ type: 'referral_revoked', actor: 'contact' }]);
    expect(records.audit).toEqual([
      { action: 'ticket.referral_revoke', staff_id: null, actor: 'contact:telegram', ip: null },
    ]);
    expect(records.processing.map((p) => p.actor)).toEqual(['contact']);
  });

  it('refuses an audited change that names no one, and stores nothing of it', async () => {
    const referral = await aReferral(database());
    const nobody = revokedBy(null);
    const { actor: _, ...unnamed } = nobody.audit!;
    await expect(
      database()
        .db.transaction()
        .execute((trx) => recordReferralChange(trx, referral, { ...nobody, audit: unnamed })),
    ).rejects.toThrow('an audited change needs its actor');
    expect(await recordsOf(database(), referral.ticket_id)).toEqual({
      events: [],
      audit: [],
      processing: [],
    });
  });

  it('leaves no audit entry for what Suar does by itself (a delivery), and still the other two', async () => {
    const referral = await aReferral(database());
    await database()
      .db.transaction()
      .execute((trx) =>
        recordReferralChange(trx, referral, {
          event: { type: 'referral_delivered', actor: 'system', data: {} },
          audit: null,
          processing: { actor: 'system', action: 'referral.deliver' },
          at: AT,
        }),
      );
    const records = await recordsOf(database(), referral.ticket_id);
    expect(records.events).toEqual([{ type: 'referral_delivered', actor: 'system' }]);
    expect(records.audit).toEqual([]);
    expect(records.processing.map((p) => p.actor)).toEqual(['system']);
  });
});
