import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordAudit } from '../../src/audit/audit-log.ts';
import { adminRoutes } from '../../src/desk/admin/admin-routes.tsx';
import { csvField } from '../../src/desk/admin/audit-csv.ts';
import {
  type LiveMissionDirectory,
  startLiveMissionDirectory,
} from '../../src/missions/live-mission-directory.ts';
import { resolveMission } from '../../src/places/index.ts';
import { auditCount, expectRefusedUnaudited, lastAuditEntry } from '../support/audit-log.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { addTestStaff, deskTestApp, signIn, type TestBrowser } from '../support/desk.ts';
import { insertTestTickets } from '../support/insert-test-tickets.ts';

const NOW = new Date().toISOString();

/** Parses RFC 4180 CSV (quoted fields with doubled quotes, CRLF lines) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function waitFor(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('writes CSV fields quoted where needed, and defuses cells a spreadsheet would run as a formula', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField(null)).toBe('');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
  expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
});

describeEachDatabase('desk admin area', (database) => {
  let live: LiveMissionDirectory;
  let otherProcess: LiveMissionDirectory;
  let app: ReturnType<typeof deskTestApp>['app'];
  let host: ReturnType<typeof deskTestApp>['host'];
  let admin: TestBrowser;
  let adminId: string;

  const countAudit = () => auditCount(database().db);
  const lastAudit = () => lastAuditEntry(database().db);

  /** Runs a change and expects exactly one new audit entry, of this action; returns the response. */
  const changes = async (action: string, run: () => Promise<Response>) => {
    const before = await countAudit();
    const response = await run();
    expect(await countAudit()).toBe(before + 1);
    expect((await lastAudit()).action).toBe(action);
    return response;
  };
  /** Runs a refused change and expects no audit entry and the given status. */
  const refused = (status: number, run: () => Promise<Response>) =>
    expectRefusedUnaudited(database().db, status, run);

  beforeAll(async () => {
    const logger = pino({ level: 'silent' });
    live = await startLiveMissionDirectory(database().db, database().listen, logger);
    otherProcess = await startLiveMissionDirectory(database().db, database().listen, logger);
    ({ app, host } = deskTestApp(database(), [adminRoutes], { start: NOW, missions: live }));
    const staff = await addTestStaff(database().db, { role: 'admin', name: 'Admin Satu' });
    adminId = staff.id;
    admin = await signIn(app, staff.email, staff.password);
  });

  afterAll(async () => {
    await live?.stop();
    await otherProcess?.stop();
  });

  it('is for admins only: agents and supervisors get 403 on every page and action', async () => {
    const agent = await addTestStaff(database().db, { role: 'agent' });
    const supervisor = await addTestStaff(database().db, {
      role: 'supervisor',
      missionId: 'kbri-kuala-lumpur',
    });
    for (const who of [agent, supervisor]) {
      const browser = await signIn(app, who.email, who.password);
      for (const path of [
        '/desk/admin',
        '/desk/admin/missions',
        '/desk/admin/missions/kbri-kuala-lumpur',
        '/desk/admin/canned',
        '/desk/admin/channels',
        '/desk/admin/audit',
      ]) {
        expect((await browser.get(path)).status, path).toBe(403);
      }
      await refused(403, () => browser.post('/desk/admin/canned', { language: 'id', title: 'x', body: 'y' }));
      await refused(403, () => browser.post('/desk/admin/audit/export'));
      await refused(403, () =>
        browser.post('/desk/admin/missions/kbri-kuala-lumpur', {
          name: 'x',
          city: 'y',
          country: 'MY',
          hotline: '',
        }),
      );
    }
    const page = await admin.get('/desk/admin');
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const path of ['staff', 'missions', 'canned', 'channels', 'audit'])
      expect(html).toContain(`href="/desk/admin/${path}"`);
  });

  it('adds, edits and deletes canned replies, one audit entry each; bad input changes nothing', async () => {
    await changes('canned_reply.created', () =>
      admin.post('/desk/admin/canned', {
        language: 'en',
        title: 'We called',
        body: 'We tried to call you.\nAre you safe?',
      }),
    );
    const row = await database()
      .db.selectFrom('canned_replies')
      .selectAll()
      .where('title', '=', 'We called')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      language: 'en',
      body: 'We tried to call you.\nAre you safe?',
      updated_by: adminId,
    });
    expect(await (await admin.get('/desk/admin/canned')).text()).toContain('We tried to call you.');

    await changes('canned_reply.updated', () =>
      admin.post(`/desk/admin/canned/${row.id}`, {
        language: 'id',
        title: 'Sudah ditelepon',
        body: 'Kami sudah menelepon.',
      }),
    );
    expect(
      await database()
        .db.selectFrom('canned_replies')
        .select(['language', 'title'])
        .where('id', '=', row.id)
        .executeTakeFirst(),
    ).toEqual({
      language: 'id',
      title: 'Sudah ditelepon',
    });

    const count = async () =>
      (await database().db.selectFrom('canned_replies').select('id').execute()).length;
    const before = await count();
    for (const bad of [
      { language: 'fr', title: 'x', body: 'y' },
      { language: 'id', title: '', body: 'y' },
      { language: 'id', title: 'x', body: '   ' },
      { language: 'id', title: 'x', body: 'y'.repeat(4001) },
      { language: 'id', title: 'bell\u0007', body: 'y' },
    ]) {
      await refused(400, () => admin.post('/desk/admin/canned', bad));
      await refused(400, () => admin.post(`/desk/admin/canned/${row.id}`, bad));
    }
    expect(await count()).toBe(before);
    expect(
      (
        await database()
          .db.selectFrom('canned_replies')
          .select('title')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).title,
    ).toBe('Sudah ditelepon');
    await refused(404, () => admin.post('/desk/admin/canned/not-an-id/delete'));
    await refused(404, () => admin.post('/desk/admin/canned/00000000-0000-4000-8000-000000000000/delete'));

    await changes('canned_reply.deleted', () => admin.post(`/desk/admin/canned/${row.id}/delete`));
    expect(await count()).toBe(before - 1);
  });

  it('confirms a change named by ?done=, and shows nothing for a name it does not know', async () => {
    const flashOf = async (path: string) =>
      /<div class="flash ok" role="status">([^<]*)<\/div>/.exec(await (await admin.get(path)).text())?.[1];
    expect(await flashOf('/desk/admin/missions/kbri-kuala-lumpur?done=covered')).toBe('Wilayah ditambahkan.');
    expect(await flashOf('/desk/admin/canned?done=deleted')).toBe('Balasan dihapus.');
    for (const unknown of ['constructor', 'toString', 'nothing', '']) {
      expect(
        await flashOf(`/desk/admin/missions/kbri-kuala-lumpur?done=${unknown}`),
        unknown,
      ).toBeUndefined();
      expect(await flashOf(`/desk/admin/canned?done=${unknown}`), unknown).toBeUndefined();
    }
  });

  it('edits a mission; routing, emergency help and another process see the change at once', async () => {
    const id = 'kbri-kuala-lumpur';
    const old = await database()
      .db.selectFrom('missions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect((await admin.get(`/desk/admin/missions/${id}`)).status).toBe(200);
    const response = await changes('mission.updated', () =>
      admin.post(`/desk/admin/missions/${id}`, {
        name: old.name,
        city: old.city,
        country: 'my',
        hotline: '+60 12-345 6789',
      }),
    );
    expect(response.status).toBe(303);
    expect((await lastAudit()).detail).toEqual({ hotline: { from: old.hotline, to: '+60123456789' } });
    // The host's directory is the live one: the next message is routed with the new hotline.
    expect(resolveMission(host.missions, 'MY').hotline).toBe('+60123456789');
    await waitFor(() => otherProcess.directory.missions.find((m) => m.id === id)?.hotline === '+60123456789');

    // Saving unchanged fields changes nothing and records nothing.
    const before = await countAudit();
    await admin.post(`/desk/admin/missions/${id}`, {
      name: old.name,
      city: old.city,
      country: 'MY',
      hotline: '+60123456789',
    });
    expect(await countAudit()).toBe(before);

    for (const hotline of ['0812 3456 789', '+62 1', 'call us', '+1 555 0100 0000 0000']) {
      await refused(400, () =>
        admin.post(`/desk/admin/missions/${id}`, { name: old.name, city: old.city, country: 'MY', hotline }),
      );
    }
    await refused(400, () =>
      admin.post(`/desk/admin/missions/${id}`, { name: '', city: old.city, country: 'MY', hotline: '' }),
    );
    await refused(400, () =>
      admin.post(`/desk/admin/missions/${id}`, {
        name: old.name,
        city: old.city,
        country: 'XX',
        hotline: '',
      }),
    );
    expect(
      (
        await database()
          .db.selectFrom('missions')
          .select('hotline')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).hotline,
    ).toBe('+60123456789');
    await refused(404, () =>
      admin.post('/desk/admin/missions/nowhere', { name: 'x', city: 'y', country: 'MY', hotline: '' }),
    );

    // Emptied: back to the central hotline, in this process and the other.
    await changes('mission.updated', () =>
      admin.post(`/desk/admin/missions/${id}`, {
        name: old.name,
        city: old.city,
        country: 'MY',
        hotline: '',
      }),
    );
    expect(resolveMission(host.missions, 'MY')).toMatchObject({ hotlineIsCentral: true });
    await waitFor(() => otherProcess.directory.missions.find((m) => m.id === id)?.hotline === null);
  });

  it('adds a mission and its coverage, refuses an area another mission covers, and removes coverage', async () => {
    await changes('mission.created', () =>
      admin.post('/desk/admin/missions', {
        id: 'kri-test-sandakan',
        name: 'KRI Uji Sandakan',
        city: 'Sandakan',
        country: 'MY',
        hotline: '+60 89 212 345',
      }),
    );
    await refused(400, () =>
      admin.post('/desk/admin/missions', {
        id: 'kri-test-sandakan',
        name: 'Again',
        city: 'x',
        country: 'MY',
        hotline: '',
      }),
    );
    await refused(400, () =>
      admin.post('/desk/admin/missions', { id: 'Bad Id!', name: 'x', city: 'y', country: 'MY', hotline: '' }),
    );
    expect(resolveMission(host.missions, 'MY', 'Sandakan').mission?.id).not.toBe('kri-test-sandakan');
    await changes('mission.coverage_added', () =>
      admin.post('/desk/admin/missions/kri-test-sandakan/coverage', { country: 'MY', area: 'Sandakan' }),
    );
    expect(resolveMission(host.missions, 'MY', 'Sandakan')).toMatchObject({
      mission: { id: 'kri-test-sandakan' },
      hotline: '+6089212345',
    });
    await waitFor(
      () => resolveMission(otherProcess.directory, 'MY', 'Sandakan').mission?.id === 'kri-test-sandakan',
    );
    // Malaysia as a whole is KBRI Kuala Lumpur's: refused, named, nothing changed.
    const response = await refused(400, () =>
      admin.post('/desk/admin/missions/kri-test-sandakan/coverage', { country: 'MY', area: '' }),
    );
    expect(await response.text()).toContain('KBRI Kuala Lumpur');
    await refused(400, () =>
      admin.post('/desk/admin/missions/kri-test-sandakan/coverage', { country: 'ZZ', area: '' }),
    );
    await refused(404, () =>
      admin.post('/desk/admin/missions/kri-test-sandakan/coverage/remove', { country: 'MY', area: 'Tawau' }),
    );
    await changes('mission.coverage_removed', () =>
      admin.post('/desk/admin/missions/kri-test-sandakan/coverage/remove', {
        country: 'MY',
        area: 'Sandakan',
      }),
    );
    expect(resolveMission(host.missions, 'MY', 'Sandakan').mission?.id).not.toBe('kri-test-sandakan');
    expect(await (await admin.get('/desk/admin/missions')).text()).toContain('KRI Uji Sandakan');
  });

  it('shows which channels are on', async () => {
    const { app: withChannels } = deskTestApp(database(), [adminRoutes], {
      start: NOW,
      channels: {
        telegram: { mode: 'polling' },
        whatsapp: { baileys: { status: () => ({ state: 'open' }) }, cloud: false },
      },
    });
    const staff = await addTestStaff(database().db, { role: 'admin' });
    const browser = await signIn(withChannels, staff.email, staff.password);
    const html = await (await browser.get('/desk/admin/channels')).text();
    expect(html).toContain('Menyala, mode polling');
    expect(html).toContain('Tersambung.');
    expect(html).toContain('WHATSAPP_CLOUD_');
    const link = await browser.get('/desk/admin/channels/whatsapp');
    expect(await link.text()).toContain('Tidak ada kode untuk dipindai sekarang.');
    // Baileys off: no linking page.
    expect((await admin.get('/desk/admin/channels/whatsapp')).status).toBe(404);
  });

  it('filters the audit log by staff, action, ticket and date, and pages through it', async () => {
    const db = database().db;
    const other = await addTestStaff(db, { role: 'agent', name: 'Agent Lain' });
    const [ticketId] = await insertTestTickets(db, [{ priority: 'P2', created_at: new Date(NOW) }]);
    const ref = (
      await db.selectFrom('tickets').select('ref').where('id', '=', ticketId!).executeTakeFirstOrThrow()
    ).ref;
    await db
      .insertInto('audit_log')
      .values([
        ...Array.from({ length: 120 }, (_, i) => ({
          staff_id: other.id,
          action: 'test.page',
          at: new Date(Date.parse('2026-01-05T03:00:00Z') + i * 60_000),
          subject: `n${i}`,
        })),
        {
          staff_id: adminId,
          action: 'ticket.view',
          ticket_id: ticketId!,
          at: new Date('2026-01-04T16:59:00Z'),
        },
        {
          staff_id: adminId,
          action: 'ticket.view',
          ticket_id: ticketId!,
          at: new Date('2026-01-04T17:00:00Z'),
        },
      ])
      .execute();
    const rowsOf = (html: string) => [...html.matchAll(/<code>([\w.]+)<\/code>/g)].map((m) => m[1]);

    let page = await (await admin.get('/desk/admin/audit?action=test.page')).text();
    expect(rowsOf(page)).toHaveLength(50);
    expect(page).toContain('n119');
    let seen = 50;
    for (;;) {
      const older = /href="(\/desk\/admin\/audit\?[^"]*before=\d+)"/.exec(page)?.[1];
      if (!older) break;
      page = await (await admin.get(older.replaceAll('&amp;', '&'))).text();
      seen += rowsOf(page).length;
    }
    expect(seen).toBe(120);
    expect(page).toContain('n0<');

    // "test" matches the family test.…, a staff filter only theirs.
    expect(
      rowsOf(await (await admin.get(`/desk/admin/audit?action=test&staff=${adminId}`)).text()),
    ).toHaveLength(0);
    expect(
      rowsOf(await (await admin.get(`/desk/admin/audit?action=test&staff=${other.id}`)).text()),
    ).toHaveLength(50);
    // By ticket reference (any case), and by Jakarta day: 16:59 UTC is still 4 January in Jakarta.
    expect(rowsOf(await (await admin.get(`/desk/admin/audit?ref=${ref.toLowerCase()}`)).text())).toEqual([
      'ticket.view',
      'ticket.view',
    ]);
    expect(
      rowsOf(await (await admin.get(`/desk/admin/audit?ref=${ref}&from=2026-01-05&to=2026-01-05`)).text()),
    ).toEqual(['ticket.view']);
    expect(rowsOf(await (await admin.get(`/desk/admin/audit?ref=${ref}&to=2026-01-04`)).text())).toEqual([
      'ticket.view',
    ]);
    expect(rowsOf(await (await admin.get('/desk/admin/audit?ref=SUAR-0000-0000')).text())).toHaveLength(0);
    for (const bad of [
      'staff=nobody',
      'action=DROP TABLE',
      'ref=12345',
      'from=2026-13-01',
      'from=2026-02-01&to=2026-01-01',
      'before=x',
    ]) {
      expect((await admin.get(`/desk/admin/audit?${bad}`)).status, bad).toBe(400);
    }
  });

  it('names who acted when no staff member did: a partner agency by name, the person by their channel', async () => {
    const db = database().db;
    const polri = await db
      .selectFrom('partners')
      .select(['id', 'name'])
      .where('code', '=', 'polri')
      .executeTakeFirstOrThrow();
    const nowhere = { ip: null, userAgent: null };
    await recordAudit(db, {
      staffId: null,
      actor: `partner:${polri.id}`,
      action: 'actor.check',
      origin: nowhere,
    });
    await recordAudit(db, {
      staffId: null,
      actor: 'contact:telegram',
      action: 'actor.check',
      origin: nowhere,
    });
    const page = await (await admin.get('/desk/admin/audit?action=actor.check')).text();
    expect(page).toContain(`Lembaga mitra: ${polri.name}`);
    expect(page).toContain('Pelapor, lewat telegram');
    const response = await admin.post('/desk/admin/audit/export', { action: 'actor.check' });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const [header, ...rows] = parseCsv(text.slice(1));
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(rows.map((r) => [column(r, 'actor'), column(r, 'partner_name')])).toEqual([
      ['contact:telegram', ''],
      [`partner:${polri.id}`, polri.name],
    ]);
  });

  it('exports the filtered log as CSV, escaping commas, quotes, line breaks and formulas, and audits the export', async () => {
    const db = database().db;
    const origin = { ip: '@10.0.0.1', userAgent: '+cmd|calc' };
    await recordAudit(db, {
      staffId: adminId,
      action: 'csv.check',
      subject: '=SUM(A1:A9)',
      detail: { note: 'a,b "c"' },
      origin,
    });
    await recordAudit(db, {
      staffId: adminId,
      action: 'csv.check',
      subject: 'line one\nline two',
      origin: { ip: null, userAgent: '-2+3' },
    });
    const response = await changes('audit.exported', () =>
      admin.post('/desk/admin/audit/export', { action: 'csv.check' }),
    );
    expect((await lastAudit()).detail).toEqual({ action: 'csv.check' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="suar-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // Read as bytes: Response.text() would drop the byte-order mark.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\ufeffid,at_utc,')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const [second, first] = rows as [string[], string[]];
    expect(column(first, 'subject')).toBe("'=SUM(A1:A9)");
    expect(column(first, 'detail')).toBe('{"note":"a,b \\"c\\""}');
    expect(column(first, 'ip')).toBe("'@10.0.0.1");
    expect(column(first, 'user_agent')).toBe("'+cmd|calc");
    expect(column(first, 'staff_name')).toBe('Admin Satu');
    expect(column(second, 'subject')).toBe('line one\nline two');
    expect(column(second, 'user_agent')).toBe("'-2+3");
    await refused(400, () => admin.post('/desk/admin/audit/export', { from: 'soon' }));
    await refused(403, async () =>
      app.request('/desk/admin/audit/export', {
        method: 'POST',
        headers: {
          cookie: admin.cookie,
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'http://localhost',
        },
        body: 'action=csv.check',
      }),
    );
  });

  it('refuses to update, delete or truncate the audit log', async () => {
    const db = database().db;
    const before = await countAudit();
    await expect(sql`update audit_log set action = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await countAudit()).toBe(before);
  });
});
