import { type Kysely, sql } from 'kysely';

// Telegram: the ids of messages in each private chat (the delete command needs them; Telegram cannot list a
// chat's messages), and the group chats already told that Suar only works in private chats.
// Ids and times only, never text. Forward-only; never edit once landed (a fix is a new migration).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table telegram_messages (
      chat_id text not null,
      message_id bigint not null,
      direction text not null check (direction in ('in', 'out')),
      outbox_id bigint,
      part integer,
      sent_at timestamptz not null,
      primary key (chat_id, message_id)
    );
    create index telegram_messages_outbox on telegram_messages (outbox_id) where outbox_id is not null;

    create table telegram_group_notices (
      chat_id text primary key,
      noticed_at timestamptz not null default now()
    );
  `.execute(db);
}
