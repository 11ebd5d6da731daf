/**
 * What of an unexpected error may go into a log line. Why not its message: a PostgreSQL error's message can
 * quote the value it refused (`invalid input syntax for type uuid: "…"`) and a JSON SyntaxError quotes the body
 * it could not read — both can be what a person wrote; a channel adapter's message can quote what was being
 * sent. The name, the codes (the database's SQLSTATE, a network error's errno, an HTTP status or Telegram's
 * error_code), the names of the constraint, table and column, and where in our code it was thrown say what
 * failed without any of it.
 */
export function errorForLog(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { err: typeof error };
  const fields: Record<string, string> = { err: error.name };
  const details = error as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  for (const key of ['code', 'constraint', 'table', 'column'] as const) {
    if (typeof details[key] === 'string') fields[key] = details[key];
  }
  const status = statusOf(error);
  if (status !== undefined) fields.status = String(status);
  // A wrapper (grammY's HttpError, fetch's TypeError) says little; what it wraps names the network failure.
  const inner = wrappedError(error);
  if (inner) {
    fields.cause = inner.name;
    const code = (inner as { code?: unknown }).code;
    if (typeof code === 'string' && !fields.code) fields.code = code;
  }
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  // Only the file and line: the frame's text names our code, never data.
  const where = frame?.match(/\(?((?:file:\/\/)?[^\s()]+:\d+:\d+)\)?\s*$/)?.[1];
  if (where) fields.at = where.replace(/^.*\/(src|dist|node_modules)\//, '$1/');
  return fields;
}

/** The status number an error carries: Telegram's error_code, an HTTP status, or a Boom error's (Baileys). */
function statusOf(error: Error): number | undefined {
  const carrier = error as {
    error_code?: unknown;
    status?: unknown;
    statusCode?: unknown;
    output?: { statusCode?: unknown };
  };
  for (const value of [carrier.error_code, carrier.status, carrier.statusCode, carrier.output?.statusCode]) {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
  }
  return undefined;
}

function wrappedError(error: Error): Error | undefined {
  const inner = (error as { error?: unknown }).error ?? error.cause;
  if (!(inner instanceof Error)) return undefined;
  // fetch's "fetch failed" wraps the socket error one level further down.
  return inner.cause instanceof Error ? inner.cause : inner;
}
