import { type Kysely, sql } from 'kysely';

// Evidence: the photos, documents, voice notes and videos people send. Each attachment becomes a row in the
// same transaction that takes its message in; a worker fetches the file after commit (claiming due rows
// with FOR UPDATE SKIP LOCKED, like the outbox), stores it encrypted and records what it found.
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table evidence_items (
      id uuid primary key default gen_random_uuid(),
      contact_id uuid not null references contacts (id) on delete cascade,
      -- The message it came with (null once retention removed the transcript: ticket_id keeps the link).
      message_id bigint references messages (id) on delete set null,
      ticket_id uuid references tickets (id) on delete set null,
      channel text not null,
      -- What the platform called it: photo, document, voice, audio, video, sticker, other.
      kind text not null,
      -- What the fetch needs: the platform's file id, media id or message (never shown to staff).
      source jsonb not null default '{}',
      declared_mime text,
      declared_name text,
      declared_size integer,
      -- Read from the bytes, not the name: the type the allowlist judged.
      detected_mime text,
      size integer,
      sha256 text check (sha256 is null or sha256 ~ '^[0-9a-f]{64}$'),
      width integer,
      height integer,
      duration_ms integer,
      storage_key text,
      key_id text,
      status text not null default 'pending' check (status in
        ('pending', 'fetching', 'stored', 'too_large', 'refused_type', 'failed', 'deleted')),
      reason text,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      stored_at timestamptz,
      deleted_at timestamptz,
      check (status <> 'stored' or (storage_key is not null and key_id is not null and sha256 is not null))
    );
    -- The worker's claim reads only rows still to fetch.
    create index evidence_items_due on evidence_items (next_attempt_at) where status in ('pending', 'fetching');
    create index evidence_items_ticket on evidence_items (ticket_id) where ticket_id is not null;
    create index evidence_items_message on evidence_items (message_id) where message_id is not null;
    create index evidence_items_contact on evidence_items (contact_id, created_at);
  `.execute(db);
}
