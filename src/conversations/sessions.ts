import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Session } from '../engine/index.ts';
import type { ReplyLanguageState } from '../language/index.ts';

/** A stored conversation: the engine's session and the language module's state. */
export interface StoredSession {
  session: Session;
  languageState: ReplyLanguageState | null;
}

/** Loads a contact's session (the caller holds the contact's lock). */
export async function findSession(db: Kysely<DB>, contactId: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['state', 'language_state'])
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { session: row.state as Session, languageState: (row.language_state as ReplyLanguageState) ?? null };
}

/** Saves a contact's session, with the columns the timeout sweep and the desk query. */
export async function saveSession(
  db: Kysely<DB>,
  contactId: string,
  stored: StoredSession,
  now: Date,
): Promise<void> {
  const { session, languageState } = stored;
  const values = {
    flow: session.flow,
    node: session.node,
    status: session.status,
    state: JSON.stringify(session),
    language_state: languageState ? JSON.stringify(languageState) : null,
    timeout_at: session.timeoutAt,
    updated_at: now,
  };
  await db
    .insertInto('sessions')
    .values({ contact_id: contactId, ...values })
    .onConflict((oc) => oc.column('contact_id').doUpdateSet(values))
    .execute();
}

/** Contacts whose wait has timed out, oldest first. */
export async function findTimedOutContacts(db: Kysely<DB>, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('sessions')
    .select('contact_id')
    .where('timeout_at', '<=', now)
    .orderBy('timeout_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.contact_id);
}
