import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Session } from '../engine/index.ts';
import type { ReplyLanguageState } from '../language/index.ts';

/** A stored conversation: the engine's session and the language module's state. */
export interface StoredSession {
  session: Session;
  languageState: ReplyLanguageState | null;
}

/**
 * Loads a contact's session together with the person's texts since it started (what triage reads), in one
 * round trip. Without a session, the texts are those since `now` (the message being handled).
 */
export async function findSessionWithTexts(
  db: Kysely<DB>,
  contactId: string,
  now: Date,
): Promise<{ stored: StoredSession | undefined; texts: string[] }> {
  const { rows } = await sql<{
    state: Session | null;
    language_state: ReplyLanguageState | null;
    texts: string[];
  }>`
    select s.state, s.language_state,
      coalesce((
        select json_agg(t.body order by t.id)
        from (
          select m.id, m.body from messages m
          where m.contact_id = ${contactId} and m.direction = 'in' and m.body is not null
            and m.created_at >= coalesce((s.state->>'startedAt')::timestamptz, ${now})
          order by m.id desc
          limit 100
        ) t
      ), '[]'::json) as texts
    from (select 1) as one
    left join sessions s on s.contact_id = ${contactId}
  `.execute(db);
  const row = rows[0]!;
  const stored = row.state ? { session: row.state, languageState: row.language_state ?? null } : undefined;
  return { stored, texts: row.texts };
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
