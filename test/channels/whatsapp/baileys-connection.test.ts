import { randomInt, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { WAMessage } from '@whiskeysockets/baileys';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { expect, it } from 'vitest';
import {
  type BaileysSocket,
  type MakeBaileysSocket,
  startBaileysConnection,
} from '../../../src/channels/whatsapp/baileys/baileys-connection.ts';
import { baileysSender } from '../../../src/channels/whatsapp/baileys/baileys-sender.ts';
import { hasStoredCreds } from '../../../src/channels/whatsapp/baileys/postgres-auth-state.ts';
import { postgresSocketLock, type SocketLock } from '../../../src/channels/whatsapp/baileys/socket-lock.ts';
import { channelRoutes } from '../../../src/desk/admin/channel-routes.tsx';
import { drainOutboxOnce } from '../../../src/outbox/outbox-worker.ts';
import { createSendPacer } from '../../../src/outbox/send-pacer.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { addTestStaff, deskTestApp, signIn } from '../../support/desk.ts';
import { outboxTexts, testHost } from '../../support/test-host.ts';

/** A socket that does what the test tells it: emits Baileys' events, records what was sent. */
class FakeSocket {
  readonly emitter = new EventEmitter();
  readonly ev = {
    on: (event: string, listener: (...args: any[]) => void) => this.emitter.on(event, listener),
    off: (event: string, listener: (...args: any[]) => void) => this.emitter.off(event, listener),
  };
  readonly sent: { jid: string; content: any }[] = [];
  ended = false;
  pairingRequests: string[] = [];
  constructor(readonly auth: Parameters<MakeBaileysSocket>[0]) {}
  async sendMessage(jid: string, content: any) {
    this.sent.push({ jid, content });
    return { key: { remoteJid: jid, fromMe: true, id: `BOT${this.sent.length}${randomInt(1e6)}` } };
  }
  end() {
    this.ended = true;
  }
  async requestPairingCode(phone: string) {
    this.pairingRequests.push(phone);
    return 'ABCD1234';
  }
  emit(event: string, data: unknown) {
    this.emitter.emit(event, data);
  }
  qr(code: string) {
    this.emit('connection.update', { connection: 'connecting', qr: code });
  }
  open() {
    this.emit('connection.update', { connection: 'open' });
  }
  close(statusCode: number) {
    const error = Object.assign(new Error('closed'), { output: { statusCode } });
    this.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
  }
  say(jid: string, text: string, id = `3EB0${randomUUID().slice(0, 12)}`) {
    const message: WAMessage = {
      key: { remoteJid: jid, fromMe: false, id },
      message: { conversation: text },
    };
    this.emit('messages.upsert', { messages: [message], type: 'notify' });
  }
}

function fakeFactory() {
  const sockets: FakeSocket[] = [];
  const make: MakeBaileysSocket = (auth) => {
    const socket = new FakeSocket(auth);
    sockets.push(socket);
    return socket as unknown as BaileysSocket;
  };
  return { sockets, make };
}

/** Two processes' view of one advisory lock, in memory. */
function sharedLock() {
  let owner: object | null = null;
  return () => {
    const me = {};
    const lock: SocketLock = {
      tryAcquire: async () => {
        if (owner === null) owner = me;
        return owner === me;
      },
      release: async () => {
        if (owner === me) owner = null;
      },
      onLost: () => {},
    };
    return lock;
  };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const fast = { backoffMs: 5, maxBackoffMs: 20, standbyPollMs: 10, inboundRetryMs: [5] };

describeEachDatabase('Baileys connection', (database) => {
  it('goes QR → open → close → reconnect with backoff, and hands messages to the host', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const { sockets, make } = fakeFactory();
    const codes: string[] = [];
    const connection = startBaileysConnection({
      host,
      lock: sharedLock()(),
      account: randomUUID(),
      makeSocket: make,
      onLinkCode: (s) => codes.push(s.qr),
      ...fast,
    });
    await waitFor(() => sockets.length === 1);
    sockets[0]!.qr('QR-1');
    expect(connection.status()).toEqual({ state: 'qr', qr: 'QR-1' });
    expect(codes).toEqual(['QR-1']);
    sockets[0]!.open();
    expect(connection.status().state).toBe('open');
    expect(connection.socket()).toBe(sockets[0]);

    sockets[0]!.close(DisconnectReason.connectionLost);
    expect(connection.socket()).toBeUndefined();
    await waitFor(() => sockets.length === 2);
    sockets[1]!.open();
    expect(connection.status().state).toBe('open');

    // A person writes; the reply goes out over the open socket, and a bare number picks the option.
    const jid = `6281${randomInt(10_000_000, 99_999_999)}@s.whatsapp.net`;
    sockets[1]!.say(jid, 'halo');
    await waitFor(async () => (await outboxTexts(host.db, jid)).length > 0);
    // Pacing is tested on its own; here a burst to one chat goes out at once.
    const sender = baileysSender(
      host.db,
      connection.socket,
      host.clock,
      createSendPacer({ perAddressPerSecond: 1000, perAddressBurst: 1000, overallPerSecond: 100_000 }),
    );
    const drain = async () => {
      while (
        (await drainOutboxOnce({
          db: host.db,
          senders: { whatsapp: sender },
          logger: host.logger,
          clock: () => new Date(Date.now() + 1000),
        })) > 0
      ) {}
    };
    await drain();
    const first = sockets[1]!.sent.at(-1)!;
    expect(first.jid).toBe(jid);
    expect(first.content.text).toMatch(/\n1 · /);
    const before = (await outboxTexts(host.db, jid)).length;
    sockets[1]!.say(jid, '1');
    await waitFor(async () => (await outboxTexts(host.db, jid)).length > before);
    const inbound = await host.db
      .selectFrom('messages')
      .select('body')
      .where('direction', '=', 'in')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(inbound.body).not.toBe('1');

    // Group and own messages never reach the host.
    const count = (await outboxTexts(host.db, jid)).length;
    sockets[1]!.emit('messages.upsert', {
      type: 'notify',
      messages: [
        { key: { remoteJid: '1203630@g.us', participant: jid, id: 'G1' }, message: { conversation: 'halo' } },
        { key: { remoteJid: jid, fromMe: true, id: 'OWN1' }, message: { conversation: 'halo' } },
      ],
    });
    // The delete command removes the bot's messages for everyone.
    await drain();
    const contact = await host.db
      .selectFrom('contacts')
      .select('id')
      .where('address', '=', jid)
      .executeTakeFirstOrThrow();
    await host.db
      .insertInto('outbox')
      .values({ contact_id: contact.id, channel: 'whatsapp', address: jid, kind: 'delete', payload: '{}' })
      .execute();
    const sentBefore = sockets[1]!.sent.length;
    await drain();
    const deletes = sockets[1]!.sent.slice(sentBefore).filter((s) => s.content.delete);
    expect(deletes.length).toBeGreaterThanOrEqual(2);
    expect(deletes.every((d) => d.content.delete.fromMe === true && d.jid === jid)).toBe(true);
    expect((await outboxTexts(host.db, jid)).length).toBe(count + 1);
    // Asked for afterwards, disappearing messages are turned on for the chat: 24 hours.
    await host.db
      .insertInto('outbox')
      .values({
        contact_id: contact.id,
        channel: 'whatsapp',
        address: jid,
        kind: 'disappearing',
        payload: '{}',
      })
      .execute();
    const beforeTimer = sockets[1]!.sent.length;
    await drain();
    expect(sockets[1]!.sent.slice(beforeTimer)).toEqual([
      { jid, content: { disappearingMessagesInChat: 86_400 } },
    ]);
    await connection.stop();
    expect(connection.status().state).toBe('stopped');
  });

  it('clears the stored state after a logout and offers a new QR code; links by pairing code when asked', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const { sockets, make } = fakeFactory();
    const account = randomUUID();
    const codes: { qr: string; pairingCode?: string }[] = [];
    const connection = startBaileysConnection({
      host,
      lock: sharedLock()(),
      account,
      makeSocket: make,
      pairingPhone: '628123456789',
      onLinkCode: (s) => codes.push(s),
      ...fast,
    });
    await waitFor(() => sockets.length === 1);
    sockets[0]!.qr('QR-A');
    await waitFor(() => codes.some((c) => c.pairingCode === 'ABCD1234'));
    expect(sockets[0]!.pairingRequests).toEqual(['628123456789']);
    sockets[0]!.auth.state.creds.registered = true;
    sockets[0]!.emit('creds.update', {});
    await waitFor(() => hasStoredCreds(host.db, account));
    sockets[0]!.open();

    sockets[0]!.close(DisconnectReason.loggedOut);
    await waitFor(() => sockets.length === 2);
    expect(await hasStoredCreds(host.db, account)).toBe(false);
    expect(sockets[1]!.auth.state.creds.registered).toBe(false);
    sockets[1]!.qr('QR-B');
    expect(connection.status()).toMatchObject({ state: 'qr', qr: 'QR-B' });
    await connection.stop();
  });

  it('lets one process own the socket; the standby takes over when the owner stops', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const lockFor = sharedLock();
    const a = fakeFactory();
    const b = fakeFactory();
    const account = randomUUID();
    const first = startBaileysConnection({ host, lock: lockFor(), account, makeSocket: a.make, ...fast });
    const second = startBaileysConnection({ host, lock: lockFor(), account, makeSocket: b.make, ...fast });
    await waitFor(() => a.sockets.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(b.sockets).toHaveLength(0);
    expect(second.status().state).toBe('standby');
    await first.stop();
    await waitFor(() => b.sockets.length === 1);
    b.sockets[0]!.open();
    expect(second.status().state).toBe('open');
    await second.stop();
  });

  it('serves the QR code on the desk to signed-in admins only', async () => {
    const { host } = testHost(database().db, new Date().toISOString());
    const { sockets, make } = fakeFactory();
    const connection = startBaileysConnection({
      host,
      lock: sharedLock()(),
      account: randomUUID(),
      makeSocket: make,
      ...fast,
    });
    await waitFor(() => sockets.length === 1);
    sockets[0]!.qr('2@abc,def,ghi');
    const { app } = deskTestApp(database(), [channelRoutes], {
      start: new Date().toISOString(),
      channels: { telegram: null, whatsapp: { baileys: connection, cloud: false } },
    });
    expect((await app.request('/desk/admin/channels/whatsapp')).status).toBe(303);
    const supervisor = await addTestStaff(database().db, { role: 'supervisor' });
    const notAdmin = await signIn(app, supervisor.email, supervisor.password);
    expect((await notAdmin.get('/desk/admin/channels/whatsapp')).status).toBe(403);
    const admin = await addTestStaff(database().db, { role: 'admin' });
    const browser = await signIn(app, admin.email, admin.password);
    const page = await browser.get('/desk/admin/channels/whatsapp');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<svg');
    const json = await browser.get('/desk/admin/channels/whatsapp?format=json');
    expect(await json.json()).toEqual({ state: 'qr', qr: '2@abc,def,ghi' });
    await connection.stop();
  });
});

it.runIf(process.env.TEST_DATABASE_URL)(
  'holds the socket lock as a PostgreSQL advisory lock that frees when its owner dies',
  async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const account = randomUUID();
    const a = postgresSocketLock(url, account);
    const b = postgresSocketLock(url, account);
    expect(await a.tryAcquire()).toBe(true);
    expect(await b.tryAcquire()).toBe(false);
    await a.release();
    expect(await b.tryAcquire()).toBe(true);
    let lost = false;
    b.onLost(() => {
      lost = true;
    });
    // Kill b's connection from outside, as a crashed process would lose it: a takes over, b learns it lost.
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = $1::bigint::oid and pid <> pg_backend_pid()`,
      [(await import('../../../src/channels/whatsapp/baileys/socket-lock.ts')).socketLockKey(account) >>> 0],
    );
    await admin.end();
    await waitFor(() => lost);
    await waitFor(() => a.tryAcquire());
    await a.release();
    await b.release();
  },
);
