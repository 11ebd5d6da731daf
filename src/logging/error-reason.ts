import { errorForLog } from './error-for-log.ts';

/**
 * A one-line reason for a failure that is stored, shown to desk staff and logged (an outbox row's last error,
 * a ticket's "not delivered" event): our fixed description of what was being done, then the error's name and
 * codes, e.g. `telegram network error (HttpError, ECONNRESET)`. Never the error's message: an adapter's
 * message can quote the text or the phone number it was sending (see errorForLog).
 */
export function errorReason(description: string, error: unknown): string {
  const fields = errorForLog(error);
  const facts = [fields.err, fields.status, fields.code].filter((fact) => fact !== undefined);
  return `${description} (${facts.join(', ')})`;
}
