import { resumeSession } from '../engine/index.ts';
import { writtenLanguage } from '../language/index.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import { applyEvents } from './apply-events.ts';
import { lockContactById } from './contacts.ts';
import { engineEnvAt, type Host } from './host.ts';
import { findSessionWithTexts, findTimedOutContacts, saveSession } from './sessions.ts';

/**
 * Resumes every session whose wait has timed out: what was gathered becomes an (incomplete) ticket.
 * Each contact in its own transaction under the contact's lock, so it never races that person's messages.
 */
export async function sweepTimeouts(host: Host, limit = 50): Promise<number> {
  const now = host.clock();
  const due = await findTimedOutContacts(host.db, now, limit);
  let swept = 0;
  for (const contactId of due) {
    try {
      const done = await host.db.transaction().execute(async (trx) => {
        const contact = await lockContactById(trx, contactId);
        const { stored, texts } = contact
          ? await findSessionWithTexts(trx, contactId, now)
          : { stored: undefined, texts: [] };
        const session = stored?.session;
        if (!contact || !stored || !session?.timeoutAt || new Date(session.timeoutAt) > now) return false;
        if (session.status !== 'waiting') return false;
        const output = resumeSession(host.content, engineEnvAt(host, now), session, { type: 'timeout' });
        const written = stored.languageState ? writtenLanguage(stored.languageState) : null;
        const replies = await applyEvents(
          {
            host,
            trx,
            now,
            to: { contactId, channel: contact.channel, address: contact.address },
            session: output.session,
            texts,
            writtenLanguage: written,
          },
          output.events,
        );
        const to = { contactId, channel: contact.channel, address: contact.address };
        await saveSession(
          trx,
          contactId,
          { session: output.session, languageState: stored.languageState },
          now,
          {
            to,
            batches: [replies],
          },
        );
        return true;
      });
      if (done) swept++;
    } catch (error) {
      host.logger.error({ event: 'timeout_sweep_failed', contact: contactId, ...errorForLog(error) });
    }
  }
  return swept;
}
