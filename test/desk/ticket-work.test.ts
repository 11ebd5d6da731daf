import { expect, it } from 'vitest';
import { releaseDueHeldReplies } from '../../src/casework/staff-replies.ts';
import type { Database } from '../../src/db/database.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, webchatPerson } from '../support/desk.ts';
import { SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';

// 2026-03-01 10:00 UTC is 18:00 in Malaysia: inside the "evening" window the self report answers with.
const EVENING_IN_MALAYSIA = '2026-03-01T10:00:00.000Z';
// 02:00 UTC is 10:00 in Malaysia: outside it.
const MORNING_IN_MALAYSIA = '2026-03-01T02:00:00.000Z';

async function reportedTicket(database: Database, start: string) {
  const desk = deskTestApp(database, undefined, { start });
  const person = await webchatPerson(desk.app);
  for (const answer of SELF_REPORT_ANSWERS) await person.say(answer);
  const ticket = await database.db
    .selectFrom('tickets')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .selectAll('tickets')
    .where('contacts.address', '=', person.id)
    .executeTakeFirstOrThrow();
  return { ...desk, person, ticket };
}

const auditCount = async (database: Database, ticketId: string, action: string) =>
  (
    await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('ticket_id', '=', ticketId)
      .where('action', '=', action)
      .execute()
  ).length;

describeEachDatabase('working a ticket on the desk', (database) => {
  it('takes a report from the queue, replies through the web chat, hears back, refers and closes it', async () => {
    const { app, ticket, person, advance } = await reportedTicket(database(), EVENING_IN_MALAYSIA);
    expect(ticket.safe_time).toBe('evening');
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);

    const queue = await (await browser.get('/desk')).text();
    expect(queue).toContain(ticket.ref);

    const page = await browser.get(`/desk/tickets/${ticket.ref}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sari'); // the subject's name
    expect(html).toContain('Malam (18–22)'); // the safe window, in words
    expect(await auditCount(database(), ticket.id, 'ticket.view')).toBe(1);

    expect((await browser.post(`/desk/tickets/${ticket.ref}/take`)).status).toBe(303);
    const reply = await browser.post(`/desk/tickets/${ticket.ref}/reply`, {
      text: 'Halo Sari, kami dari KBRI. Kami baca laporanmu.',
    });
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toContain('done=sent');
    expect((await person.read()).at(-1)).toBe('Halo Sari, kami dari KBRI. Kami baca laporanmu.');

    // Before the reply the intake's answers are the report, not news: no badge. The answer after it is.
    expect(queue).not.toContain('class="badge"');
    advance(60_000);
    await person.say('terima kasih, saya masih di mess pabrik');
    expect(await (await browser.get('/desk')).text()).toContain('<span class="badge">1</span>');
    const transcript = await (await browser.get(`/desk/api/tickets/${ticket.ref}/transcript`)).text();
    expect(transcript).toContain('saya masih di mess pabrik');
    expect(await (await browser.get('/desk')).text()).not.toContain('class="badge"');

    for (const to of ['referred', 'closed']) {
      expect((await browser.post(`/desk/tickets/${ticket.ref}/status`, { to, reason: '' })).status).toBe(303);
    }
    const after = await database()
      .db.selectFrom('tickets')
      .selectAll()
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: 'closed', assignee_id: agent.id });
    expect(after.first_response_at).not.toBeNull();
    const events = (
      await database()
        .db.selectFrom('ticket_events')
        .select(['type', 'actor'])
        .where('ticket_id', '=', ticket.id)
        .orderBy('id')
        .execute()
    ).filter((e) => e.actor === `staff:${agent.id}`);
    expect(events.map((e) => e.type)).toEqual([
      'assigned',
      'status_changed',
      'reply_sent',
      'status_changed',
      'status_changed',
    ]);
    for (const action of ['ticket.take', 'ticket.reply', 'ticket.status']) {
      expect(await auditCount(database(), ticket.id, action)).toBe(action === 'ticket.status' ? 2 : 1);
    }
    // A closed ticket takes no reply until it is reopened.
    expect((await browser.post(`/desk/tickets/${ticket.ref}/reply`, { text: 'halo?' })).status).toBe(403);
    expect((await browser.post(`/desk/tickets/${ticket.ref}/status`, { to: 'open' })).status).toBe(303);
  });

  it('holds a reply outside the safe window and sends it when the window opens', async () => {
    const { app, ticket, person, advance, ctx } = await reportedTicket(database(), MORNING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    const before = await person.read();
    const reply = await browser.post(`/desk/tickets/${ticket.ref}/reply`, { text: 'Pesan dari petugas' });
    expect(reply.headers.get('location')).toContain('done=held');
    expect(await person.read()).toEqual(before);
    const page = await (await browser.get(`/desk/tickets/${ticket.ref}`)).text();
    expect(page).toContain('Pesan dari petugas');
    expect(page).toContain('jam 18.00 waktu setempat');

    advance(7 * 3600_000); // 17:00 there: still closed
    expect(await releaseDueHeldReplies(database().db, ctx.clock())).toBe(0);
    advance(3600_000); // 18:00 there
    expect(await releaseDueHeldReplies(database().db, ctx.clock())).toBe(1);
    expect((await person.read()).at(-1)).toBe('Pesan dari petugas');
    expect(await releaseDueHeldReplies(database().db, ctx.clock())).toBe(0);
  });

  it('sends a held reply first when the person writes, before the bot answers them', async () => {
    const { app, ticket, person } = await reportedTicket(database(), MORNING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    await browser.post(`/desk/tickets/${ticket.ref}/reply`, { text: 'Kami sudah baca' });
    const count = (await person.read()).length;
    await person.say('halo, ada kabar?');
    const after = await person.read();
    expect(after[count]).toBe('Kami sudah baca');
    expect(after.length).toBeGreaterThanOrEqual(count + 1);
  });

  it('sends outside the window only with a recorded reason', async () => {
    const { app, ticket, person } = await reportedTicket(database(), MORNING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    const reply = await browser.post(`/desk/tickets/${ticket.ref}/reply`, {
      text: 'Polisi sedang menuju ke sana',
      override: 'Penyelamatan sedang berjalan, dia harus tahu sekarang',
    });
    expect(reply.headers.get('location')).toContain('done=sent');
    expect((await person.read()).at(-1)).toBe('Polisi sedang menuju ke sana');
    const entry = await database()
      .db.selectFrom('audit_log')
      .select(['detail'])
      .where('ticket_id', '=', ticket.id)
      .where('action', '=', 'ticket.reply_override')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toMatchObject({ override: 'Penyelamatan sedang berjalan, dia harus tahu sekarang' });
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    const { app, ticket } = await reportedTicket(database(), EVENING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    const cases: [string, Record<string, string>][] = [
      ['status', { to: 'archived' }],
      ['status', { to: 'new' }],
      ['priority', { to: 'P1', reason: '   ' }],
      ['priority', { to: 'P9', reason: 'x' }],
      ['reply', { text: '' }],
      ['reply', { text: 'x'.repeat(5000) }],
      ['note', { text: '' }],
      ['link', { ref: 'not-a-ref', kind: 'related' }],
      ['assign', { assignee: 'someone' }],
    ];
    const before = await database()
      .db.selectFrom('ticket_events')
      .select('id')
      .where('ticket_id', '=', ticket.id)
      .execute();
    for (const [action, fields] of cases) {
      const response = await browser.post(`/desk/tickets/${ticket.ref}/${action}`, fields);
      expect(response.status, `${action} ${JSON.stringify(fields).slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    const oversize = await browser.post(`/desk/tickets/${ticket.ref}/note`, { text: 'x'.repeat(70_000) });
    expect(oversize.status).toBe(400);
    const after = await database()
      .db.selectFrom('ticket_events')
      .select('id')
      .where('ticket_id', '=', ticket.id)
      .execute();
    expect(after.length).toBe(before.length);
  });

  it("hides another mission's ticket from mission staff (404), in the queue and by reference", async () => {
    const { app, ticket } = await reportedTicket(database(), EVENING_IN_MALAYSIA);
    expect(ticket.mission_id).not.toBeNull();
    const elsewhere = await addTestStaff(database().db, { missionId: 'kbri-phnom-penh' });
    const own = await addTestStaff(database().db, { missionId: ticket.mission_id });
    const other = await signIn(app, elsewhere.email, elsewhere.password);
    const mine = await signIn(app, own.email, own.password);
    expect((await other.get(`/desk/tickets/${ticket.ref}`)).status).toBe(404);
    expect((await other.post(`/desk/tickets/${ticket.ref}/take`)).status).toBe(404);
    expect(await (await other.get('/desk')).text()).not.toContain(ticket.ref);
    expect((await mine.get(`/desk/tickets/${ticket.ref}`)).status).toBe(200);
    // An agent cannot assign others (403); a supervisor can.
    expect((await mine.post(`/desk/tickets/${ticket.ref}/assign`, { assignee: own.id })).status).toBe(403);
  });

  it('gives two staff pressing "take next" at once two different tickets', async () => {
    const desk = deskTestApp(database());
    for (let i = 0; i < 2; i++) {
      const person = await webchatPerson(desk.app);
      for (const answer of SELF_REPORT_ANSWERS.slice(0, 6)) await person.say(answer);
      await person.say('tolong saya dikurung majikan');
    }
    const a = await addTestStaff(database().db);
    const b = await addTestStaff(database().db);
    const [first, second] = await Promise.all([
      (await signIn(desk.app, a.email, a.password)).post('/desk/take-next'),
      (await signIn(desk.app, b.email, b.password)).post('/desk/take-next'),
    ]);
    const refs = [first.headers.get('location'), second.headers.get('location')];
    expect(refs.every((r) => r?.startsWith('/desk/tickets/SUAR-'))).toBe(true);
    expect(refs[0]).not.toBe(refs[1]);
  });
});

describeEachDatabase('finding a report', (database) => {
  it('finds a ticket by a local phone number, by the start of a name, and by reference', async () => {
    const { app, ticket } = await reportedTicket(database(), EVENING_IN_MALAYSIA);
    expect(ticket.contact_phone).toBe('+60123456789');
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    const found = async (q: string) =>
      (await (await browser.get(`/desk?q=${encodeURIComponent(q)}`)).text()).includes(ticket.ref);
    expect(await found('012-345 6789')).toBe(true);
    expect(await found('+60 12 345 6789')).toBe(true);
    expect(await found('sar')).toBe(true);
    expect(await found(ticket.ref.toLowerCase())).toBe(true);
    expect(await found(ticket.ref.slice(0, 9))).toBe(true);
    expect(await found('0199999999')).toBe(false);
    expect(await found('budi')).toBe(false);
    const searches = await database()
      .db.selectFrom('audit_log')
      .select('detail')
      .where('staff_id', '=', agent.id)
      .where('action', '=', 'queue.search')
      .execute();
    expect(searches).toHaveLength(7);
  });
});

describeEachDatabase('supervising a ticket', (database) => {
  it('assigns, changes priority with its reason, notes, links and merges — one event and one audit entry each', async () => {
    const desk = deskTestApp(database(), undefined, { start: EVENING_IN_MALAYSIA });
    const people = [await webchatPerson(desk.app), await webchatPerson(desk.app)];
    for (const person of people) for (const answer of SELF_REPORT_ANSWERS) await person.say(answer);
    const [first, second] = await database()
      .db.selectFrom('tickets')
      .selectAll()
      .where(
        'contact_id',
        'in',
        database()
          .db.selectFrom('contacts')
          .select('id')
          .where(
            'address',
            'in',
            people.map((p) => p.id),
          ),
      )
      .orderBy('created_at')
      .orderBy('ref')
      .execute();
    const supervisor = await addTestStaff(database().db, { role: 'supervisor' });
    const agent = await addTestStaff(database().db, { missionId: first!.mission_id, name: 'Agen Misi' });
    const browser = await signIn(desk.app, supervisor.email, supervisor.password);
    const ref = first!.ref;
    const post = (action: string, fields: Record<string, string>) =>
      browser.post(`/desk/tickets/${ref}/${action}`, fields);

    expect((await post('assign', { assignee: agent.id, reason: 'dia di Johor Bahru' })).status).toBe(303);
    expect(
      (await post('priority', { to: 'P1', reason: 'dikurung, dikonfirmasi lewat telepon' })).status,
    ).toBe(303);
    expect((await post('note', { text: 'Sudah hubungi KJRI Johor Bahru.' })).status).toBe(303);
    // The second report, from the same phone number, is offered as a duplicate, then merged.
    const page = await (await browser.get(`/desk/tickets/${ref}`)).text();
    expect(page).toContain(second!.ref);
    expect(page).toContain('mungkin sama: nomor HP sama');
    expect(page).toContain('Sudah hubungi KJRI Johor Bahru.');
    expect((await post('link', { ref: second!.ref, kind: 'duplicate' })).status).toBe(303);
    expect((await post('link', { ref: second!.ref, kind: 'duplicate' })).status).toBe(409);
    expect((await post('merge', { ref: second!.ref })).status).toBe(303);

    const after = await database()
      .db.selectFrom('tickets')
      .selectAll()
      .where('id', 'in', [first!.id, second!.id])
      .orderBy('created_at')
      .orderBy('ref')
      .execute();
    expect(after[0]).toMatchObject({ assignee_id: agent.id, priority: 'P1', status: 'open' });
    expect(after[0]!.priority_reason).toContain('dikurung, dikonfirmasi lewat telepon');
    expect(after[0]!.sla_due_at.getTime()).toBeLessThanOrEqual(first!.sla_due_at.getTime());
    expect(after[1]).toMatchObject({ merged_into: first!.id, status: 'closed' });
    // The merged report's conversation shows on the ticket that carries the case on.
    const transcript = await (await browser.get(`/desk/api/tickets/${ref}/transcript`)).text();
    const lines = transcript.match(/data-id="/g)?.length ?? 0;
    expect(lines).toBeGreaterThan(40);
    // A merged ticket takes no reply and cannot be merged again.
    expect((await browser.post(`/desk/tickets/${second!.ref}/reply`, { text: 'halo' })).status).toBe(403);

    const events = await database()
      .db.selectFrom('ticket_events')
      .select('type')
      .where('ticket_id', '=', first!.id)
      .where('actor', '=', `staff:${supervisor.id}`)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'assigned',
      'status_changed',
      'priority_changed',
      'note_added',
      'linked',
      'merged_from',
    ]);
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action'])
      .where('staff_id', '=', supervisor.id)
      .where('action', '<>', 'ticket.view')
      .where('action', 'not like', 'staff.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'ticket.assign',
      'ticket.priority',
      'ticket.note',
      'ticket.link',
      'ticket.merge',
    ]);
  });

  it('cancels a held reply, or sends it now with a reason', async () => {
    const { app, ticket, person } = await reportedTicket(database(), MORNING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    await browser.post(`/desk/tickets/${ticket.ref}/reply`, { text: 'yang dibatalkan' });
    await browser.post(`/desk/tickets/${ticket.ref}/reply`, { text: 'yang dikirim sekarang' });
    const held = await database()
      .db.selectFrom('held_replies')
      .select(['id', 'body'])
      .where('ticket_id', '=', ticket.id)
      .orderBy('id')
      .execute();
    expect(held).toHaveLength(2);
    expect((await browser.post(`/desk/tickets/${ticket.ref}/held/${held[0]!.id}/cancel`)).status).toBe(303);
    expect((await browser.post(`/desk/tickets/${ticket.ref}/held/${held[0]!.id}/cancel`)).status).toBe(409);
    expect(
      (await browser.post(`/desk/tickets/${ticket.ref}/held/${held[1]!.id}/send`, { reason: '' })).status,
    ).toBe(400);
    expect(
      (
        await browser.post(`/desk/tickets/${ticket.ref}/held/${held[1]!.id}/send`, {
          reason: 'dia minta dihubungi pagi ini',
        })
      ).status,
    ).toBe(303);
    const read = await person.read();
    expect(read).toContain('yang dikirim sekarang');
    expect(read).not.toContain('yang dibatalkan');
  });

  it('speaks English to a staff member who switches', async () => {
    const { app, ticket } = await reportedTicket(database(), EVENING_IN_MALAYSIA);
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    expect(
      (await browser.post('/desk/language', { lang: 'en', back: `/desk/tickets/${ticket.ref}` })).headers.get(
        'location',
      ),
    ).toBe(`/desk/tickets/${ticket.ref}`);
    const page = await (await browser.get(`/desk/tickets/${ticket.ref}`)).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('How to reach them safely');
    expect(page).toContain('Evenings (18–22)');
  });
});
