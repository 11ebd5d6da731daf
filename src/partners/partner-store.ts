import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ConsentGroup } from '../consent/consent-scope.ts';
import type { DB, PartnersTable } from '../db/schema.ts';
import type { PartnerType } from './partner-types.ts';

/** A partner row as read. */
export type Partner = Selectable<PartnersTable>;

/** What an API token may do. */
export type PartnerScope = 'referrals:read' | 'referrals:update' | 'statistics:read';

/** Every scope a token can carry. */
export const PARTNER_SCOPES: readonly PartnerScope[] = [
  'referrals:read',
  'referrals:update',
  'statistics:read',
];

/** Token and secret prefixes say what a leaked string is (secret scanners match them). */
const TOKEN_PREFIX = 'suar_pt_';
const SECRET_PREFIX = 'suar_whsec_';

/** How a token is kept: SHA-256 is enough for 256 random bits (no dictionary to guess from). */
export function hashPartnerToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Every partner, agencies before their units, by name. */
export async function listPartners(
  db: Kysely<DB>,
  options: { activeOnly?: boolean } = {},
): Promise<Partner[]> {
  let query = db.selectFrom('partners').selectAll();
  if (options.activeOnly) query = query.where('active', '=', true);
  const rows = await query.orderBy('agency').orderBy('parent_id', 'desc').orderBy('name').execute();
  return rows;
}

/** A partner by id (undefined for an id that is not a uuid, too). */
export async function findPartner(db: Kysely<DB>, id: string): Promise<Partner | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A unit an admin adds under an agency (a provincial police unit, a P2TP2A centre). */
export interface NewPartnerUnit {
  parentId: string;
  code: string;
  name: string;
  type: PartnerType;
  consentGroup: ConsentGroup;
  contactEmail: string | null;
  contactPhone: string | null;
  delivery: 'webhook' | 'pull';
  webhookUrl: string | null;
}

/** Adds a unit under an agency; it shares the agency's name and is active at once. */
export async function createPartnerUnit(trx: Kysely<DB>, unit: NewPartnerUnit): Promise<Partner> {
  const parent = await trx
    .selectFrom('partners')
    .select(['agency'])
    .where('id', '=', unit.parentId)
    .executeTakeFirstOrThrow();
  return trx
    .insertInto('partners')
    .values({
      code: unit.code,
      agency: parent.agency,
      name: unit.name,
      parent_id: unit.parentId,
      type: unit.type,
      consent_group: unit.consentGroup,
      contact_email: unit.contactEmail,
      contact_phone: unit.contactPhone,
      delivery: unit.delivery,
      webhook_url: unit.webhookUrl,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes how a partner is reached and whether it is active. */
export async function updatePartnerDelivery(
  trx: Kysely<DB>,
  id: string,
  changes: {
    delivery: 'webhook' | 'pull';
    webhookUrl: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    active: boolean;
  },
  now: Date,
): Promise<void> {
  await trx
    .updateTable('partners')
    .set({
      delivery: changes.delivery,
      webhook_url: changes.webhookUrl,
      contact_email: changes.contactEmail,
      contact_phone: changes.contactPhone,
      active: changes.active,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Issues a new API token for a partner and returns it — the only time it is seen; only its hash is kept.
 * Tokens issued before it stay valid for `graceHours` (0: they stop at once), so a partner can switch.
 */
export async function rotatePartnerToken(
  trx: Kysely<DB>,
  partnerId: string,
  scopes: readonly PartnerScope[],
  staffId: string | null,
  now: Date,
  graceHours = 24,
): Promise<string> {
  const until = new Date(now.getTime() + graceHours * 3_600_000);
  await trx
    .updateTable('partner_tokens')
    .set(graceHours > 0 ? { expires_at: until } : { revoked_at: now })
    .where('partner_id', '=', partnerId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', until)]))
    .execute();
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await trx
    .insertInto('partner_tokens')
    .values({
      partner_id: partnerId,
      token_hash: hashPartnerToken(token),
      scopes: [...scopes],
      created_by: staffId,
      created_at: now,
    })
    .execute();
  return token;
}

/** Stops every token of a partner now. */
export async function revokePartnerTokens(trx: Kysely<DB>, partnerId: string, now: Date): Promise<void> {
  await trx
    .updateTable('partner_tokens')
    .set({ revoked_at: now })
    .where('partner_id', '=', partnerId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Sets a new signing secret for a partner and returns it (shown once to the admin, given to the partner). */
export async function rotateSigningSecret(trx: Kysely<DB>, partnerId: string, now: Date): Promise<string> {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  await trx
    .updateTable('partners')
    .set({ signing_secret: secret, updated_at: now })
    .where('id', '=', partnerId)
    .execute();
  return secret;
}

/** The partner an API token belongs to, with the token's scopes — only for a live token of an active partner. */
export async function findPartnerByToken(
  db: Kysely<DB>,
  token: string,
  now: Date,
): Promise<{ partner: Partner; scopes: PartnerScope[]; tokenId: string } | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  const row = await db
    .selectFrom('partner_tokens as t')
    .innerJoin('partners as p', 'p.id', 't.partner_id')
    .selectAll('p')
    .select(['t.id as token_id', 't.scopes as token_scopes'])
    .where('t.token_hash', '=', hashPartnerToken(token))
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('p.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_id, token_scopes, ...partner } = row;
  return {
    partner,
    scopes: token_scopes.filter((s): s is PartnerScope => PARTNER_SCOPES.includes(s as PartnerScope)),
    tokenId: token_id,
  };
}
