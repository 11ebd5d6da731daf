import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { isReportRef } from '../../src/conversations/host.ts';
import { sweepTimeouts } from '../../src/conversations/sweep-timeouts.ts';
import { InvalidInboundError } from '../../src/conversations/validate-inbound.ts';
import { findTicketByRef, listTicketEvents } from '../../src/intake/tickets.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';
import { outboxTexts, testHost, ticketOf, webchatMessage } from '../support/test-host.ts';

const selfReport = SELF_REPORT_ANSWERS;

describeEachDatabase('handleInbound', (database) => {
  it('turns a whole conversation into one complete ticket with a readable reference', async () => {
    const { host, advance } = testHost(database().db);
    const address = randomUUID();
    for (const text of selfReport) {
      await handleInbound(host, webchatMessage(address, text));
      advance(60_000);
    }
    const texts = await outboxTexts(host.db, address);
    const ref = texts.at(-1)!.match(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];
    expect(isReportRef(ref)).toBe(true);
    const ticket = (await findTicketByRef(host.db, ref))!;
    expect(ticket).toMatchObject({
      complete: true,
      reporter: 'self',
      subject_name: 'Sari',
      subject_age: 23,
      minor: false,
      country: 'MY',
      passport_held: true,
      contact_phone: '+60123456789',
      calls_safe: false,
      consent_share: null,
      channel: 'webchat',
      language: 'id',
      status: 'new',
    });
    expect(['P2', 'P3']).toContain(ticket.priority);
    expect(ticket.sla_due_at.getTime()).toBeGreaterThan(ticket.created_at.getTime());
    const events = (await listTicketEvents(host.db, ticket.id)).map((e) => e.type);
    expect(events).toContain('ticket_created');
    expect(events).toContain('report_submitted');
  });

  it('processes the same external id once: a redelivery gets no second reply', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    await handleInbound(host, webchatMessage(address, 'halo', 'same-id'));
    const first = await outboxTexts(host.db, address);
    const again = await handleInbound(host, webchatMessage(address, 'halo', 'same-id'));
    expect(again.status).toBe('duplicate');
    expect(await outboxTexts(host.db, address)).toEqual(first);
  });

  it('keeps one person’s messages in order when they arrive at once', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    await handleInbound(host, webchatMessage(address, 'halo'));
    await Promise.all([
      handleInbound(host, webchatMessage(address, 'ya')),
      handleInbound(host, webchatMessage(address, 'saya sendiri')),
    ]);
    const session = await host.db
      .selectFrom('sessions')
      .innerJoin('contacts', 'contacts.id', 'sessions.contact_id')
      .select(['sessions.node'])
      .where('contacts.address', '=', address)
      .executeTakeFirstOrThrow();
    // Whichever came first answered "safe to chat?", the other the next question; neither was lost.
    expect(['danger_now', 'reporter']).toContain(session.node);
    const inbound = await host.db
      .selectFrom('messages')
      .innerJoin('contacts', 'contacts.id', 'messages.contact_id')
      .select('messages.id')
      .where('contacts.address', '=', address)
      .where('direction', '=', 'in')
      .execute();
    expect(inbound).toHaveLength(3);
  });

  it('raises a P1 ticket and sends emergency help at once on SOS, then carries on', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    await handleInbound(host, webchatMessage(address, 'halo'));
    await handleInbound(host, webchatMessage(address, 'SOS'));
    const texts = await outboxTexts(host.db, address);
    // The help first, then straight to where they are (the emergency path), not the next intake question.
    expect(texts.at(-3)).toContain('+62 812 9007 0027'.replace(/ /g, '').slice(0, 3));
    expect(texts.at(-3)).toMatch(/bahaya/);
    expect(texts.at(-2)).toMatch(/DARURAT/);
    expect(texts.at(-1)).toMatch(/negara atau kota/);
    const ticket = (await ticketOf(host.db, address))!;
    expect(ticket).toMatchObject({ priority: 'P1', emergency: true, complete: false });
  });

  it('raises P1 when triage reads danger in free text mid-flow', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    await handleInbound(host, webchatMessage(address, 'halo'));
    await handleInbound(host, webchatMessage(address, 'ya'));
    await handleInbound(host, webchatMessage(address, 'saya dikunci di kamar, majikan pukul saya tadi pagi'));
    const ticket = (await ticketOf(host.db, address))!;
    expect(ticket.priority).toBe('P1');
    const texts = await outboxTexts(host.db, address);
    expect(texts.some((t) => t.includes('darurat'))).toBe(true);
  });

  it('makes an incomplete ticket when the person goes silent, and adds later messages to it', async () => {
    const { host, advance } = testHost(database().db);
    const address = randomUUID();
    for (const text of ['halo', 'ya', 'keluarga', 'Bu Yati', 'tidak', 'taiwan']) {
      await handleInbound(host, webchatMessage(address, text));
    }
    advance(31 * 60_000);
    expect(await sweepTimeouts(host)).toBeGreaterThanOrEqual(1);
    const ticket = (await ticketOf(host.db, address))!;
    expect(ticket).toMatchObject({
      complete: false,
      reporter: 'relative',
      reporter_name: 'Bu Yati',
      country: 'TW',
    });
    advance(60 * 60_000);
    await handleInbound(host, webchatMessage(address, 'anak saya namanya Rina'));
    const events = await listTicketEvents(host.db, ticket.id);
    expect(events.find((e) => e.type === 'info_added')?.data).toEqual({ text: 'anak saya namanya Rina' });
    expect((await outboxTexts(host.db, address)).at(-1)).toContain(ticket.ref);
  });

  it('refuses a message with no content before storing anything', async () => {
    const { host } = testHost(database().db);
    await expect(
      handleInbound(host, { channel: 'webchat', externalId: 'x', address: randomUUID() }),
    ).rejects.toThrow(InvalidInboundError);
  });
});

describeEachDatabase('handleInbound with a session the flows no longer know', (database) => {
  it('starts afresh instead of failing every later message', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    const { contactId } = await handleInbound(host, webchatMessage(address, 'halo'));
    const row = await host.db
      .selectFrom('sessions')
      .select('state')
      .where('contact_id', '=', contactId)
      .executeTakeFirstOrThrow();
    const broken = { ...(row.state as object), flow: 'removed_flow' };
    await host.db
      .updateTable('sessions')
      .set({ state: JSON.stringify(broken) })
      .where('contact_id', '=', contactId)
      .execute();
    await handleInbound(host, webchatMessage(address, 'ya'));
    expect((await outboxTexts(host.db, address)).at(-1)).toMatch(/aman untuk chat/);
  });
});

describeEachDatabase('handleInbound with a deep link', (database) => {
  it('records the link on the ticket and routes to its mission when the place names none', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    await handleInbound(host, {
      channel: 'telegram',
      externalId: randomUUID(),
      address,
      startPayload: 'kbri_kuala_lumpur',
    });
    // Opened again mid-flow: the open question is asked again, not answered.
    await handleInbound(host, { channel: 'telegram', externalId: randomUUID(), address, startPayload: '' });
    expect((await outboxTexts(host.db, address)).slice(-2).map((t) => t.slice(0, 7))).toEqual([
      '(1/21) ',
      '(1/21) ',
    ]);
    await handleInbound(host, { channel: 'telegram', externalId: randomUUID(), address, text: 'SOS' });
    const ticket = await ticketOf(host.db, address);
    expect(ticket).toMatchObject({ mission: 'KBRI Kuala Lumpur', country: null });
    expect((ticket!.answers as Record<string, { value: unknown }>).start_payload?.value).toBe(
      'kbri_kuala_lumpur',
    );
  });
});

describeEachDatabase('handleInbound with chat requests', (database) => {
  it('queues the delete and disappearing-messages requests for the channel, in order', async () => {
    const { host } = testHost(database().db);
    const address = randomUUID();
    for (const text of ['halo', 'hapus', 'pesan hilang'])
      await handleInbound(host, webchatMessage(address, text));
    const kinds = await host.db
      .selectFrom('outbox')
      .select('kind')
      .where('address', '=', address)
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => k.kind).filter((k) => k !== 'message')).toEqual(['delete', 'disappearing']);
  });
});
