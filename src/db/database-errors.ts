/** Why a database call failed when the database, not the input, is at fault. */
export type DatabaseFailure = 'pool_timeout' | 'statement_timeout' | 'connection';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * Classifies an error from pg: no free connection in time, a statement that took too long (or got no answer),
 * a lost or refused connection; null for anything else. The HTTP edge answers all three with 503 and
 * Retry-After, and the log names the class.
 */
export function classifyDatabaseFailure(error: unknown): DatabaseFailure | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  const message = error.message;
  if (/timeout exceeded when trying to connect|connection timeout/i.test(message)) return 'pool_timeout';
  // 57014: statement timeout; 25P03: idle in transaction too long; 55P03: lock not available.
  if (message === 'Query read timeout' || code === '57014' || code === '25P03' || code === '55P03') {
    return 'statement_timeout';
  }
  if (
    typeof code === 'string' &&
    (CONNECTION_CODES.has(code) || code.startsWith('08') || code.startsWith('57P'))
  ) {
    return 'connection';
  }
  if (
    /Connection terminated|connection has been discarded|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return 'connection';
  }
  return null;
}

/** True when an insert or update broke a unique constraint (PostgreSQL 23505): the input, not the database. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
