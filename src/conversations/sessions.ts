import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Session } from '../engine/index.ts';
import type { ReplyLanguageState } from '../language/index.ts';
import { logAndEnqueueRepliesSql, type Recipient, type ReplyBatch } from '../outbox/enqueue-outbound.ts';

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

/**
 * Saves a contact's session, with the columns the timeout sweep and the desk query, and logs and queues the
 * replies of the same turn in the same statement (one round trip for everything a turn writes).
 */
export async function saveSession(
  db: Kysely<DB>,
  contactId: string,
  stored: StoredSession,
  now: Date,
  replies?: { to: Recipient; batches: ReplyBatch[] },
): Promise<void> {
  const { session, languageState } = stored;
  const queued = replies?.batches.some((batch) => batch.replies.length > 0) ? replies : undefined;
  await sql`
    with ${queued ? sql`${logAndEnqueueRepliesSql(queued.to, queued.batches, now)},` : sql``}
    saved as (
      insert into sessions (contact_id, flow, node, status, state, language_state, timeout_at, updated_at)
      values (${contactId}, ${session.flow}, ${session.node}, ${session.status}, ${JSON.stringify(session)}::jsonb,
              ${languageState ? JSON.stringify(languageState) : null}::jsonb, ${session.timeoutAt}, ${now})
      on conflict (contact_id) do update set
        flow = excluded.flow, node = excluded.node, status = excluded.status, state = excluded.state,
        language_state = excluded.language_state, timeout_at = excluded.timeout_at,
        updated_at = excluded.updated_at
      returning 1
    )
    select 1
  `.execute(db);
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
