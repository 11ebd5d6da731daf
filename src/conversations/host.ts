import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.ts';
import type { Content, EngineEnv } from '../engine/index.ts';
import type { Fairness } from '../fairness/inbound-fairness.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { countryName, findPlaceInAnswer, type MissionDirectory, placeOfPoint } from '../places/index.ts';
import type { Priority } from '../triage/index.ts';

/** What the host needs to handle messages: the database, the content and the rules that are configurable. */
export interface Host {
  db: Kysely<DB>;
  /** The same database for bookkeeping that may be lost in a crash and redone (see Database.relaxed). */
  relaxed: Kysely<DB>;
  content: Content;
  clock: () => Date;
  logger: Logger;
  sessionTimeoutMs: number;
  slaMinutes: Record<Priority, number>;
  /** Missions and emergency numbers, loaded from the reference tables at start. */
  missions: MissionDirectory;
  /** Per-contact lanes and rate limits; without it, only the hourly cap (at its default) applies. */
  fairness?: Fairness;
  /** Counters and latency of the message path, when metrics are on. */
  metrics?: Metrics;
}

// Capital letters and digits a person can read over the phone: no 0/O, 1/I.
const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A new report reference like SUAR-7K3M-9PQ4: 8 random characters (40 bits), unique by database constraint. */
export function newReportRef(): string {
  let chars = '';
  for (let i = 0; i < 8; i++) chars += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return `SUAR-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** True for a reference in the SUAR-XXXX-XXXX shape (letters checked against the alphabet). */
export function isReportRef(text: string): boolean {
  return /^SUAR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(text);
}

/** The engine's environment for one host call, fixed at one instant. */
export function engineEnvAt(host: Host, now: Date): EngineEnv {
  return {
    now: () => now,
    newId: randomUUID,
    newReportRef,
    places: {
      findPlaceInAnswer,
      placeOfPoint,
      countryName: (code, language) => countryName(code, language === 'en' ? 'en' : 'id'),
    },
    waitTimeoutMs: host.sessionTimeoutMs,
  };
}
