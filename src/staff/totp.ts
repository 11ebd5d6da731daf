import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { DB } from '../db/schema.ts';

// The second factor: RFC 6238 time-based codes (6 digits, 30 seconds, SHA-1 — what every authenticator app
// reads from a QR code), through the otpauth package.

const PERIOD_SECONDS = 30;

function totpOf(secret: string, label = 'staff'): TOTP {
  return new TOTP({
    issuer: 'Suar',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * The time step a code belongs to, or null when it is not a current code. One step either side is accepted
 * (a phone's clock a little off, a code typed as it changes). The caller must still refuse a step already
 * used (acceptTotpStep): a code is good once.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
}

/**
 * Records a time step as used, unless it (or a later one) was used before: true once per step, so a code
 * seen over a shoulder or replayed is refused. One statement, so two requests with one code cannot both pass.
 */
export async function acceptTotpStep(db: Kysely<DB>, staffId: string, step: number): Promise<boolean> {
  const row = await db
    .updateTable('staff')
    .set({ totp_last_step: String(step) })
    .where('id', '=', staffId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
