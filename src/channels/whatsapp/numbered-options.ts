// WhatsApp (Baileys) has no buttons, so options travel as numbered lines and a bare number comes back.
// The adapter turns that number into the option's label before the host sees it, exactly as a tapped
// button would send the label: then "1" works for yes/no questions and for the "skip" option too,
// which the engine's own number reading (choices only, flow options only) does not cover.

import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OutboundMessage } from '../inbound-message.ts';

/** Kinds of question whose options are numbered: for any other, a number is an answer in its own right. */
export const NUMBERED_EXPECTS: readonly string[] = ['choice', 'yes_no'];

/** True when a message's options are shown as numbers a person can answer with. */
export function hasNumberedOptions(message: Pick<OutboundMessage, 'options' | 'expects'>): boolean {
  return message.options.length > 0 && NUMBERED_EXPECTS.includes(message.expects ?? '');
}

/** The text of the options block: "1 · Ya" lines for numbered questions, "· Lewati" lines otherwise. */
export function renderOptionLines(message: Pick<OutboundMessage, 'options' | 'expects'>): string {
  if (message.options.length === 0) return '';
  const numbered = hasNumberedOptions(message);
  return message.options.map((label, i) => (numbered ? `${i + 1} · ${label}` : `· ${label}`)).join('\n');
}

/** The option a bare number ("2", "2.", " 2 ") picks from the last question, or undefined. */
export function optionForNumber(
  text: string,
  lastQuestion: Pick<OutboundMessage, 'options' | 'expects'> | undefined,
): string | undefined {
  if (!lastQuestion || !hasNumberedOptions(lastQuestion)) return undefined;
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  if (!number) return undefined;
  return lastQuestion.options[Number(number) - 1];
}

/**
 * The latest question said to a contact (the last logged bot message that expects an answer). Read outside
 * the host's transaction: a number answers what the person saw, and that was logged before they replied.
 * Why the message log and not the outbox: it is indexed by contact and keeps every message.
 */
export async function findLastQuestion(
  db: Kysely<DB>,
  channel: 'whatsapp',
  address: string,
): Promise<Pick<OutboundMessage, 'options' | 'expects'> | undefined> {
  const row = await db
    .selectFrom('messages as m')
    .innerJoin('contacts as c', 'c.id', 'm.contact_id')
    .select('m.payload')
    .where('c.channel', '=', channel)
    .where('c.address', '=', address)
    .where('m.direction', '=', 'out')
    .where(sql<boolean>`m.payload->>'expects' is not null`)
    .orderBy('m.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const payload = row.payload as Partial<OutboundMessage>;
  return { options: Array.isArray(payload.options) ? payload.options : [], expects: payload.expects ?? null };
}

/** Replaces a bare option number with the option's label, when the person's last question had numbered options. */
export async function resolveNumberedReply<T extends { channel: string; address: string; text?: string }>(
  db: Kysely<DB>,
  message: T,
): Promise<T> {
  if (!message.text || !/^\s*\d{1,2}\s*[.)]?\s*$/.test(message.text)) return message;
  const label = optionForNumber(message.text, await findLastQuestion(db, 'whatsapp', message.address));
  return label ? { ...message, text: label } : message;
}
