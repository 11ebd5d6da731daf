import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { RequestOrigin } from '../audit/audit-log.ts';
import type { BaileysStatus } from '../channels/whatsapp/baileys/baileys-connection.ts';
import type { DeskConfig } from '../config.ts';
import type { Listen } from '../db/notifications.ts';
import type { DB } from '../db/schema.ts';
import type { Content } from '../engine/index.ts';
import type { DerivativeStore } from '../evidence/derivatives/index.ts';
import type { ClientIp } from '../http/client-ip.ts';
import type { MissionDirectory } from '../places/index.ts';
import type { StaffMember } from '../staff/staff-roles.ts';
import type { Priority } from '../triage/index.ts';
import type { DeskLanguage } from './desk-texts.ts';
import type { DeskLive } from './live/desk-live.ts';

/** What the desk runs on: the database, the clock, and the settings it honours. */
export interface DeskContext {
  db: Kysely<DB>;
  clock: () => Date;
  logger: Logger;
  config: DeskConfig;
  /** The bot's flows and texts (the desk shows answers with the labels the person saw). */
  content: Content;
  /** The live directory routing and emergency help use (the same object): edits show in it after reloadMissions. */
  missions: MissionDirectory;
  /** Reads the missions tables again into `missions` (other processes reload on the change's notification). */
  reloadMissions: () => Promise<void>;
  /** Which channels run, for the admin pages. */
  channels: DeskChannels;
  slaMinutes: Record<Priority, number>;
  /** LISTEN/NOTIFY for live desks (Database.listen). */
  listen: Listen;
  /** Called after a reply was queued, so the outbox worker sends it without waiting for its next poll. */
  onQueued: () => void;
  /** The client's address (the same reader as the rate limits: proxies counted by TRUST_PROXY_HOPS). */
  clientIp: ClientIp;
  /** The evidence storage and its keys, for the files people sent; null: the desk lists them without files. */
  evidence: DerivativeStore | null;
  /** The process's live hub (started by main.ts); without it the desk works, only without live updates. */
  live: DeskLive | null;
}

/** The channels as the desk's admin pages see them. */
export interface DeskChannels {
  /** null: Telegram is off. */
  telegram: { mode: 'webhook' | 'polling' } | null;
  whatsapp: {
    /** The Baileys link's state (and its QR or pairing code while one is on offer); null when Baileys is off. */
    baileys: { status(): BaileysStatus } | null;
    /** The Cloud API is configured. */
    cloud: boolean;
  };
}

/** A signed-in browser's session, as the desk's middleware found it. */
export interface DeskSession {
  tokenHash: string;
  csrfToken: string;
  /** Password accepted, code still due: only the code page (and sign-out) is open. */
  secondFactorPending: boolean;
}

/** Per-request values the desk's middleware sets, typed for every route (Hono's Env generic). */
export interface DeskEnv {
  Variables: {
    /** The signed-in staff member (routes behind requireStaff only). */
    staff: StaffMember;
    session: DeskSession;
    /** The language the page is rendered in. */
    lang: DeskLanguage;
    /** Client address and browser, for the audit log. */
    origin: RequestOrigin;
  };
}
