import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { type Logger, pino } from 'pino';
import type { DeskConfig } from '../../src/config.ts';
import type { Host } from '../../src/conversations/host.ts';
import type { Database } from '../../src/db/database.ts';
import type { DB } from '../../src/db/schema.ts';
import { createDeskApp, type DeskArea } from '../../src/desk/desk-app.tsx';
import { DESK_AREAS } from '../../src/desk/desk-areas.ts';
import type { DeskChannels, DeskContext } from '../../src/desk/desk-context.ts';
import { startDeskLive } from '../../src/desk/live/desk-live.ts';
import type { DerivativeStore } from '../../src/evidence/derivatives/index.ts';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { createApp } from '../../src/http/app.ts';
import { clientIpReader } from '../../src/http/client-ip.ts';
import type { LiveMissionDirectory } from '../../src/missions/live-mission-directory.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import type { StaffRole } from '../../src/staff/staff-roles.ts';
import { insertStaff } from '../../src/staff/staff-store.ts';
import { DEFAULT_SLA_MINUTES } from '../../src/triage/index.ts';
import { content } from './engine-env.ts';
import { missionDirectory } from './missions.ts';
import { testHost } from './test-host.ts';

/** Desk settings for tests: plain http, 30 minutes idle, 12 hours at most. */
export const testDeskConfig: DeskConfig = {
  publicUrl: undefined,
  secureCookies: false,
  idleMinutes: 30,
  sessionHours: 12,
};

/** The origin app.request() gives requests (the CSRF check compares the Origin header with it). */
export const TEST_ORIGIN = 'http://localhost';

/** The whole HTTP app with the desk mounted, on a test database, with a clock the test moves. */
export function deskTestApp(
  database: Database,
  areas: DeskArea[] = DESK_AREAS,
  options: {
    start?: string;
    config?: Partial<DeskConfig>;
    /** Further sub-apps (a channel's webhook), built on the app's host. */
    mounts?: (host: Host) => { path: string; app: Hono }[];
    /** Captures the desk's log (silent otherwise). */
    logger?: Logger;
    /** Reverse proxies whose X-Forwarded-For the desk trusts (as TRUST_PROXY_HOPS). */
    proxyHops?: number;
    /** A directory kept current with the database (default: the seed's, fixed). */
    missions?: LiveMissionDirectory;
    channels?: DeskChannels;
    /** Evidence storage and keys (default: none, the desk lists files without serving them). */
    evidence?: DerivativeStore;
  } = {},
) {
  const { host, advance } = testHost(database.db, options.start);
  if (options.missions) host.missions = options.missions.directory;
  const queued: number[] = [];
  const ctx: DeskContext = {
    db: database.db,
    clock: host.clock,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG ?? 'silent' }),
    config: { ...testDeskConfig, ...options.config },
    content,
    missions: options.missions?.directory ?? missionDirectory,
    reloadMissions: options.missions?.reload ?? (async () => {}),
    channels: options.channels ?? { telegram: null, whatsapp: { baileys: null, cloud: false } },
    slaMinutes: { ...DEFAULT_SLA_MINUTES },
    listen: database.listen,
    onQueued: () => queued.push(1),
    live: null,
    clientIp: clientIpReader(options.proxyHops ?? 0),
    evidence: options.evidence ?? null,
  };
  const desk = createDeskApp(ctx, areas);
  const app = createApp({
    host,
    logger: ctx.logger,
    desk,
    mounts: options.mounts?.(host) ?? [],
    // The web chat takes uploads into the same storage the desk reads.
    ...(options.evidence
      ? {
          evidence: {
            ...options.evidence,
            limits: DEFAULT_EVIDENCE_LIMITS,
            uploadMaxBytes: 20 * 1024 * 1024,
          },
        }
      : {}),
  });
  return { app, ctx, host, advance, queued };
}

/** Starts the live hub for a test desk (stop it at the end of the test). */
export async function startTestLive(ctx: DeskContext) {
  ctx.live = await startDeskLive({ db: ctx.db, listen: ctx.listen, logger: ctx.logger, clock: ctx.clock });
  return ctx.live;
}

let staffCounter = 0;

/** A staff account with a known password (already changed, so it signs straight in). */
export async function addTestStaff(
  db: Kysely<DB>,
  options: { role?: StaffRole; missionId?: string | null; mustChangePassword?: boolean; name?: string } = {},
) {
  const n = ++staffCounter;
  const email = `staff${n}.${Math.random().toString(36).slice(2, 8)}@desk.test`;
  const password = `correct horse battery ${n}`;
  const row = await insertStaff(db, {
    email,
    name: options.name ?? `Staff ${n}`,
    role: options.role ?? 'agent',
    missionId: options.missionId ?? null,
    passwordHash: await hashPassword(password),
    mustChangePassword: options.mustChangePassword ?? false,
  });
  return { id: row.id, email, password, role: row.role };
}

/** A signed-in browser: its cookie and CSRF token, and helpers that send them. */
export interface TestBrowser {
  cookie: string;
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a form with the CSRF token and the same-origin header a browser sends. */
  post(
    path: string,
    fields?: Record<string, string | string[]>,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return body.toString();
}

/** Posts the sign-in form as a browser on the desk's origin would. */
export async function postSignIn(
  app: Hono,
  email: string,
  password: string,
  headers: Record<string, string> = {},
  extra: Record<string, string> = {},
): Promise<Response> {
  return await app.request('/desk/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN, ...headers },
    body: formBody({ email, password, ...extra }),
  });
}

/** The `name=value` part of a response's session cookie. */
export function sessionCookieOf(response: Response): string | undefined {
  return /^([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
}

/** A browser carrying a session cookie; its CSRF token is read from the page at `landing`. */
export async function browserOf(app: Hono, cookie: string, landing = '/desk/account'): Promise<TestBrowser> {
  const page = await app.request(landing, { headers: { cookie } });
  const csrf = /name="csrf-token" content="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return {
    cookie,
    csrf,
    get: async (path, headers = {}) => app.request(path, { headers: { cookie, ...headers } }),
    post: async (path, fields = {}, headers = {}) =>
      app.request(path, {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          origin: TEST_ORIGIN,
          ...headers,
        },
        body: formBody({ _csrf: csrf, ...fields }),
      }),
  };
}

/** Signs in through the real sign-in form and returns a browser that carries the session. */
export async function signIn(app: Hono, email: string, password: string): Promise<TestBrowser> {
  const response = await postSignIn(app, email, password);
  if (response.status !== 303) throw new Error(`sign-in failed with ${response.status}`);
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error('sign-in set no cookie');
  // The page sign-in leads to (the queue, or the password change a one-time password requires) carries the token.
  return browserOf(app, cookie, response.headers.get('location') ?? '/desk/account');
}

/** The audit actions recorded after this call, oldest first (read them with the returned function). */
export async function auditMark(db: Kysely<DB>) {
  const last = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const after = String(last?.id ?? 0);
  return () =>
    db
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'subject', 'detail', 'ip'])
      .where('id', '>', after)
      .orderBy('id')
      .execute();
}

/** A person on the web chat, driven through the public API of the same app. */
export async function webchatPerson(app: Hono) {
  const created = await app.request('/api/webchat/conversations', { method: 'POST' });
  if (created.status !== 201) throw new Error(`create: ${created.status}`);
  const { id, token } = (await created.json()) as { id: string; token: string };
  const auth = { authorization: `Bearer ${token}` };
  return {
    id,
    async say(text: string) {
      const response = await app.request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      if (response.status !== 202) throw new Error(`say: ${response.status}`);
    },
    /** Sends a file as the web chat page does (the body is the file); the new item's id. */
    async upload(bytes: Uint8Array, name?: string): Promise<string> {
      const response = await app.request(`/api/webchat/conversations/${id}/files`, {
        method: 'POST',
        headers: {
          ...auth,
          'content-type': 'application/octet-stream',
          ...(name ? { 'x-file-name': encodeURIComponent(name) } : {}),
        },
        body: new Blob([new Uint8Array(bytes)]),
      });
      if (response.status !== 202) throw new Error(`upload: ${response.status}`);
      return ((await response.json()) as { file: string }).file;
    },
    /** Every bot and staff message the page would show, oldest first. */
    async read(): Promise<string[]> {
      const response = await app.request(`/api/webchat/conversations/${id}/messages?after=0`, {
        headers: auth,
      });
      const body = (await response.json()) as { messages: { text: string }[] };
      return body.messages.map((m) => m.text);
    },
  };
}
