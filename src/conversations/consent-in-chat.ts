import type { Kysely } from 'kysely';
import type { OutboundMessage } from '../channels/inbound-message.ts';
import { chatConsentOf } from '../consent/chat-consent.ts';
import { CONSENT_MONTHS, monthsAfter, recordConsent, withdrawConsents } from '../consent/consent-records.ts';
import { parseScopes, scopesFor } from '../consent/consent-scope.ts';
import type { DB } from '../db/schema.ts';
import type { Content, Locale, Result } from '../engine/index.ts';
import { revokeReferralsOnConsents } from '../referral/referrals.ts';

// The host's side of consent given and withdrawn in the chat: the engine reads the answers and the
// confirmation; here they become consent records and revoked referrals, in the message's transaction.

/** Where and how the person spoke. */
export interface ChatConsentContext {
  channel: string;
  language: Locale;
  now: Date;
}

/**
 * Records the consent the person gave in the intake when their report is filed: the groups, the data, the
 * term, whether they want news, given by them or by a relative on the subject's behalf, and — for a child —
 * that a guardian's consent is still needed. Nothing is recorded when they skipped the question, or when
 * the report already holds the same answer: a report can be filed more than once (the danger path files it
 * early, a restart files an unfinished one), and only a changed answer is a new record (the newest decides).
 */
export async function recordChatConsent(
  trx: Kysely<DB>,
  ticketId: string,
  results: Record<string, Result>,
  ctx: ChatConsentContext,
): Promise<void> {
  const consent = chatConsentOf(results);
  if (!consent) return;
  const scopes = scopesFor(consent.groups, consent.data);
  const latest = await trx
    .selectFrom('consents')
    .select(['scopes', 'notify_person', 'wording_version', 'withdrawn_at'])
    .where('ticket_id', '=', ticketId)
    .where('method', '=', 'chat')
    .orderBy('given_at', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (latest) {
    const same =
      JSON.stringify(parseScopes(latest.scopes)) === JSON.stringify(scopes) &&
      latest.notify_person === consent.notifyPerson &&
      latest.wording_version === consent.wordingVersion;
    // A withdrawn record stands for a no: recording the voided answers again would add nothing.
    if (latest.withdrawn_at === null ? same : consent.groups.length === 0) return;
  }
  // Read after the ticket was brought up to date, so reporter and age are the report's own.
  const ticket = await trx
    .selectFrom('tickets')
    .select(['reporter', 'minor'])
    .where('id', '=', ticketId)
    .executeTakeFirstOrThrow();
  const onBehalf = ticket.reporter === 'relative' || ticket.reporter === 'friend';
  await recordConsent(
    trx,
    {
      ticketId,
      givenBy: onBehalf ? 'relative' : 'subject',
      method: 'chat',
      channel: ctx.channel,
      wordingVersion: consent.wordingVersion,
      language: ctx.language,
      scopes,
      notifyPerson: consent.notifyPerson,
      // A child's word, or a relative's, is not a guardian's (UU 27/2022 Pasal 25).
      guardianRequired: ticket.minor === true,
      givenAt: ctx.now,
      expiresAt: monthsAfter(ctx.now, CONSENT_MONTHS),
      recordedBy: null,
      giverDescription: null,
    },
    'contact',
  );
}

/**
 * Withdraws every consent of the person's reports and revokes every referral resting on one (partners
 * with a webhook get `referral.revoked` through the partners' outbox), each change audited under the person
 * through their channel, in the message's transaction; returns the plain message that tells
 * them what it means. `agreedInSession`: this conversation's answers had agreed to share (the engine has
 * voided them); that counts as a consent withdrawn until a filed report recorded it.
 */
export async function withdrawConsentInChat(
  trx: Kysely<DB>,
  content: Content,
  contactId: string,
  agreedInSession: boolean,
  ctx: ChatConsentContext,
): Promise<OutboundMessage> {
  const ticketIds = (
    await trx.selectFrom('tickets').select('id').where('contact_id', '=', contactId).execute()
  ).map((t) => t.id);
  // The person acts through their chat: the audit log names the channel (never their address), and there is
  // no request address to record.
  const by = { actor: 'contact', staffId: null, auditActor: `contact:${ctx.channel}`, origin: null } as const;
  const withdrawn = await withdrawConsents(trx, ticketIds, 'chat', by, ctx.now);
  const onlyInSession =
    withdrawn.length === 0 && agreedInSession && !(await chatConsentRecorded(trx, ticketIds));
  const revoked = await revokeReferralsOnConsents(
    trx,
    withdrawn.map((w) => w.id),
    by,
    ctx.now,
  );
  const texts = content.texts[ctx.language];
  const text = (key: string) => texts[key] ?? content.texts.id[key] ?? key;
  let message: string;
  if (withdrawn.length === 0 && !onlyInSession) message = text('consent.none_to_withdraw');
  else {
    message = text('consent.withdrawn');
    if (revoked > 0)
      message += `\n${text('consent.withdrawn_referrals').replace('{count}', String(revoked))}`;
  }
  return { text: message, options: [], expects: null };
}

/** Whether any of these reports has its consent from the chat on record (in force or not). */
async function chatConsentRecorded(trx: Kysely<DB>, ticketIds: string[]): Promise<boolean> {
  if (ticketIds.length === 0) return false;
  const row = await trx
    .selectFrom('consents')
    .select('id')
    .where('ticket_id', 'in', ticketIds)
    .where('method', '=', 'chat')
    .executeTakeFirst();
  return row !== undefined;
}
