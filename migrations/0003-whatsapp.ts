import { type Kysely, sql } from 'kysely';

// WhatsApp: the Baileys auth state (credentials and signal keys, so a linked number survives restarts and
// moves between processes), and the messages Suar sent on WhatsApp (ids, times and delivery status only,
// never text): the delete command needs the ids, the desk needs the statuses.
// Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table whatsapp_auth (
      account text not null,
      kind text not null,
      id text not null,
      -- Why text and not jsonb: BufferJSON output is kept byte for byte, and jsonb rejects the NUL escape.
      value text not null,
      updated_at timestamptz not null default now(),
      primary key (account, kind, id)
    );

    create table whatsapp_sent_messages (
      id bigint generated always as identity primary key,
      transport text not null check (transport in ('baileys', 'cloud')),
      contact_id uuid not null references contacts (id) on delete cascade,
      outbox_id bigint,
      wa_message_id text not null,
      message_key jsonb,
      sent_at timestamptz not null,
      status text not null default 'sent',
      status_at timestamptz,
      error text,
      deleted_at timestamptz,
      unique (transport, wa_message_id)
    );
    create index whatsapp_sent_messages_contact on whatsapp_sent_messages (contact_id, sent_at desc);
  `.execute(db);
}
