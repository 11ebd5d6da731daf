import { type Kysely, sql } from 'kysely';

// The protection desk: staff and their sign-in sessions, the append-only audit log, what staff add to tickets
// (assignee, mission by id, first response, links, merges, reads), canned replies, replies held until the
// person's safe window opens, and the notifications that keep open desks live.
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table staff (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      name text not null,
      role text not null check (role in ('agent', 'supervisor', 'admin')),
      mission_id text references missions (id),
      password_hash text not null,
      must_change_password boolean not null default true,
      totp_secret text,
      totp_last_step bigint,
      totp_required boolean not null default false,
      language text not null default 'id' check (language in ('id', 'en')),
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      disabled_at timestamptz,
      last_sign_in_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table staff_sessions (
      token_hash text primary key,
      staff_id uuid not null references staff (id) on delete cascade,
      csrf_token text not null,
      second_factor_pending boolean not null default false,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index staff_sessions_staff on staff_sessions (staff_id);

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      staff_id uuid references staff (id),
      action text not null,
      ticket_id uuid,
      subject text,
      detail jsonb not null default '{}',
      ip text,
      user_agent text
    );
    create index audit_log_at on audit_log (at desc, id desc);
    create index audit_log_staff on audit_log (staff_id, id desc);
    create index audit_log_ticket on audit_log (ticket_id, id desc) where ticket_id is not null;

    -- Why a trigger and not only grants: the application's role may own the table (PGlite always does), and
    -- an owner can be granted nothing away. A trigger refuses every role that does not first drop it.
    create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = '42501';
    end
    $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_refuse_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_refuse_change();

    alter table tickets
      add column assignee_id uuid references staff (id),
      add column mission_id text references missions (id),
      add column first_response_at timestamptz,
      add column merged_into uuid references tickets (id),
      add column status_changed_at timestamptz;
    update tickets t set mission_id = m.id from missions m where m.name = t.mission;

    -- The queue reads open tickets by priority then due time, whole or per mission or per assignee.
    create index tickets_open_queue on tickets (priority, sla_due_at) where status <> 'closed';
    create index tickets_open_mission on tickets (mission_id, priority, sla_due_at) where status <> 'closed';
    create index tickets_open_assignee on tickets (assignee_id, priority, sla_due_at) where status <> 'closed';
    create index tickets_phone on tickets (contact_phone) where contact_phone is not null;
    create index tickets_created on tickets (created_at);
    create index messages_ticket on messages (ticket_id, id) where ticket_id is not null;
    create index outbox_message on outbox (message_id) where message_id is not null;

    create table ticket_links (
      ticket_id uuid not null references tickets (id) on delete cascade,
      linked_id uuid not null references tickets (id) on delete cascade,
      kind text not null check (kind in ('duplicate', 'related')),
      created_by uuid references staff (id),
      created_at timestamptz not null default now(),
      primary key (ticket_id, linked_id),
      check (ticket_id <> linked_id)
    );
    create index ticket_links_linked on ticket_links (linked_id);

    create table ticket_reads (
      staff_id uuid not null references staff (id) on delete cascade,
      ticket_id uuid not null references tickets (id) on delete cascade,
      last_message_id bigint not null,
      read_at timestamptz not null default now(),
      primary key (staff_id, ticket_id)
    );

    create table canned_replies (
      id uuid primary key default gen_random_uuid(),
      language text not null check (language in ('id', 'en')),
      title text not null,
      body text not null,
      updated_by uuid references staff (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    -- A staff reply waits here while the person's safe window is closed; releasing it logs and queues it
    -- through the same path as every other reply. release_at null: when the person next writes.
    create table held_replies (
      id bigint generated always as identity primary key,
      ticket_id uuid not null references tickets (id) on delete cascade,
      contact_id uuid not null references contacts (id) on delete cascade,
      staff_id uuid not null references staff (id),
      body text not null,
      release_at timestamptz,
      created_at timestamptz not null default now(),
      released_at timestamptz,
      message_id bigint references messages (id) on delete set null,
      cancelled_at timestamptz,
      cancelled_by uuid references staff (id)
    );
    create index held_replies_due on held_replies (release_at)
      where released_at is null and cancelled_at is null and release_at is not null;
    create index held_replies_contact on held_replies (contact_id, id)
      where released_at is null and cancelled_at is null;

    -- Live desks: every change to a ticket, its timeline or its transcript sends the ticket ids on the
    -- suar_desk channel when the transaction commits (one notification per statement, ids deduplicated).
    create function desk_notify_tickets() returns trigger language plpgsql as $$
    declare ids text;
    begin
      if tg_table_name = 'messages' then
        select string_agg(distinct n.ticket_id::text, ',') into ids
          from new_rows n
          where n.ticket_id is not null;
      elsif tg_table_name = 'tickets' then
        select string_agg(distinct n.id::text, ',') into ids from new_rows n;
      else
        select string_agg(distinct n.ticket_id::text, ',') into ids from new_rows n;
      end if;
      if ids is not null then
        perform pg_notify('suar_desk', left(ids, 7900));
      end if;
      return null;
    end
    $$;
    create trigger tickets_desk_notify_insert after insert on tickets
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
    create trigger tickets_desk_notify_update after update on tickets
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
    create trigger ticket_events_desk_notify after insert on ticket_events
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
    create trigger messages_desk_notify_insert after insert on messages
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
    create trigger messages_desk_notify_update after update on messages
      referencing new table as new_rows for each statement execute function desk_notify_tickets();
  `.execute(db);

  // A few replies to start from; admins edit them on the desk.
  await db
    .insertInto('canned_replies')
    .values([
      {
        language: 'id',
        title: 'Laporan sudah dibaca',
        body: 'Halo, kami petugas pelindungan WNI. Laporan Anda sudah kami baca. Kami sedang mengurusnya. Kalau Anda dalam bahaya, ketik SOS.',
      },
      {
        language: 'id',
        title: 'Minta lokasi',
        body: 'Supaya kami bisa membantu, di mana Anda sekarang? Kalau bisa, kirim lokasi (share location) atau nama kota dan tempatnya.',
      },
      {
        language: 'id',
        title: 'Aman ditelepon?',
        body: 'Kami ingin menelepon Anda. Kapan waktu yang aman, dan di nomor berapa?',
      },
      {
        language: 'en',
        title: 'Report read',
        body: 'Hello, we are the Indonesian citizen protection desk. We have read your report and are working on it. If you are in danger, type SOS.',
      },
      {
        language: 'en',
        title: 'Ask for location',
        body: 'So we can help, where are you now? If you can, share your location, or tell us the city and the place.',
      },
      {
        language: 'en',
        title: 'Safe to call?',
        body: 'We would like to call you. When is a safe time, and on which number?',
      },
    ])
    .execute();
}
