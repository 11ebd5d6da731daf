import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { releaseDueHeldReplies } from '../../src/casework/staff-replies.ts';
import { webchatSender } from '../../src/channels/webchat/webchat-sender.ts';
import type { Host } from '../../src/conversations/host.ts';
import type { Database } from '../../src/db/database.ts';
import { createDeskApp } from '../../src/desk/desk-app.tsx';
import { DESK_AREAS } from '../../src/desk/desk-areas.ts';
import { startDeskLive } from '../../src/desk/live/desk-live.ts';
import type { DerivativeStore } from '../../src/evidence/derivatives/index.ts';
import { createApp } from '../../src/http/app.ts';
import { clientIpReader } from '../../src/http/client-ip.ts';
import { loadMissionDirectory } from '../../src/missions/mission-directory-store.ts';
import { startOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import { DEFAULT_SLA_MINUTES } from '../../src/triage/index.ts';

import { testDeskConfig } from './desk.ts';
import { content } from './engine-env.ts';

/**
 * Suar as `main.ts` composes it — host, outbox worker, live desk, HTTP on a real port — on a given
 * database, with the real clock: what a browser test or the screenshot script drives.
 */
export async function startDeskServer(database: Database, options: { evidence?: DerivativeStore } = {}) {
  const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
  const missions = await loadMissionDirectory(database.db);
  const clock = () => new Date();
  const host: Host = {
    db: database.db,
    relaxed: database.relaxed,
    content,
    clock,
    logger,
    sessionTimeoutMs: 30 * 60_000,
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    missions,
  };
  const outbox = startOutboxWorker({
    db: database.relaxed,
    senders: { webchat: webchatSender },
    logger,
    pollMs: 100,
  });
  const live = await startDeskLive({ db: database.db, listen: database.listen, logger, clock });
  const desk = createDeskApp(
    {
      db: database.db,
      clock,
      logger,
      config: testDeskConfig,
      content,
      missions,
      reloadMissions: async () => {},
      channels: { telegram: null, whatsapp: { baileys: null, cloud: false } },
      slaMinutes: host.slaMinutes,
      listen: database.listen,
      onQueued: outbox.wake,
      live,
      clientIp: clientIpReader(),
      evidence: options.evidence ?? null,
    },
    DESK_AREAS,
  );
  const app = createApp({ host, logger, desk, onQueued: outbox.wake });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    host,
    /** Sends what the safe window now lets go (main.ts does this on a timer). */
    releaseDue: () => releaseDueHeldReplies(database.db, clock()),
    async stop() {
      server.close();
      await live.stop();
      await outbox.stop();
    },
  };
}

/** A person on the web chat, through its public HTTP API. */
export async function httpWebchatPerson(base: string) {
  const created = await fetch(`${base}/api/webchat/conversations`, { method: 'POST' });
  if (created.status !== 201) throw new Error(`create: ${created.status}`);
  const { id, token } = (await created.json()) as { id: string; token: string };
  const auth = { authorization: `Bearer ${token}` };
  return {
    id,
    async say(text: string) {
      const response = await fetch(`${base}/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      if (response.status !== 202) throw new Error(`say: ${response.status}`);
    },
    async read(): Promise<string[]> {
      const response = await fetch(`${base}/api/webchat/conversations/${id}/messages?after=0`, {
        headers: auth,
      });
      return ((await response.json()) as { messages: { text: string }[] }).messages.map((m) => m.text);
    },
  };
}
