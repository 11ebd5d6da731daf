import { type Kysely, sql } from 'kysely';

// The core tables: contacts, sessions, the message log, inbound dedupe, tickets and their events, outbox.
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table contacts (
      id uuid primary key default gen_random_uuid(),
      channel text not null,
      address text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      unique (channel, address)
    );

    create table sessions (
      contact_id uuid primary key references contacts (id) on delete cascade,
      flow text not null,
      node text,
      status text not null check (status in ('waiting', 'ended')),
      state jsonb not null,
      language_state jsonb,
      timeout_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index sessions_timeout_at on sessions (timeout_at) where timeout_at is not null;

    create table tickets (
      id uuid primary key default gen_random_uuid(),
      ref text not null unique,
      contact_id uuid not null references contacts (id),
      status text not null default 'new' check (status in ('new', 'open', 'waiting', 'referred', 'closed')),
      complete boolean not null default false,
      priority text not null check (priority in ('P1', 'P2', 'P3', 'P4')),
      priority_reason text not null,
      category text,
      emergency boolean not null default false,
      channel text not null,
      language text not null,
      written_language text,
      reporter text not null default 'unknown',
      reporter_name text,
      subject_name text,
      subject_age integer,
      subject_gender text,
      minor boolean,
      country text,
      location jsonb,
      area text,
      passport_held boolean,
      employer text,
      departure jsonb,
      departure_route text,
      narrative text,
      indicators jsonb not null default '[]',
      flags jsonb not null default '[]',
      triage jsonb,
      contact_phone text,
      safe_time text,
      calls_safe boolean,
      consent_share boolean,
      answers jsonb not null default '{}',
      mission text,
      sla_due_at timestamptz not null,
      submitted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index tickets_queue on tickets (status, priority, sla_due_at);
    create index tickets_contact on tickets (contact_id, created_at desc);

    create table ticket_events (
      id bigint generated always as identity primary key,
      ticket_id uuid not null references tickets (id) on delete cascade,
      type text not null,
      actor text not null,
      data jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index ticket_events_ticket on ticket_events (ticket_id, id);

    create table messages (
      id bigint generated always as identity primary key,
      contact_id uuid not null references contacts (id) on delete cascade,
      ticket_id uuid references tickets (id) on delete set null,
      direction text not null check (direction in ('in', 'out')),
      channel text not null,
      external_id text,
      body text,
      payload jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index messages_contact on messages (contact_id, id);

    create table inbound_receipts (
      channel text not null,
      external_id text not null,
      contact_id uuid not null references contacts (id) on delete cascade,
      received_at timestamptz not null default now(),
      primary key (channel, external_id)
    );

    create table outbox (
      id bigint generated always as identity primary key,
      contact_id uuid not null references contacts (id) on delete cascade,
      channel text not null,
      address text not null,
      message_id bigint references messages (id) on delete set null,
      kind text not null check (kind in ('message', 'delete')),
      payload jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index outbox_due on outbox (next_attempt_at, id) where status = 'pending';
    create index outbox_contact_pending on outbox (contact_id, id) where status = 'pending';

    create table webchat_conversations (
      id uuid primary key,
      token_hash text not null,
      contact_id uuid not null unique references contacts (id) on delete cascade,
      created_at timestamptz not null default now()
    );
  `.execute(db);
}
