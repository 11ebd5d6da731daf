/**
 * What of an unexpected error may go into a log line. Why not its message: a PostgreSQL error's message can
 * quote the value it refused (`invalid input syntax for type uuid: "…"`) and a JSON SyntaxError quotes the body
 * it could not read — both can be what a person wrote. The name, the database's code and names of the
 * constraint, table and column, and where in our code it was thrown say what failed without any of it.
 */
export function errorForLog(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { err: typeof error };
  const fields: Record<string, string> = { err: error.name };
  const details = error as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };
  for (const key of ['code', 'constraint', 'table', 'column'] as const) {
    if (typeof details[key] === 'string') fields[key] = details[key];
  }
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  // Only the file and line: the frame's text names our code, never data.
  const where = frame?.match(/\(?((?:file:\/\/)?[^\s()]+:\d+:\d+)\)?\s*$/)?.[1];
  if (where) fields.at = where.replace(/^.*\/(src|dist|node_modules)\//, '$1/');
  return fields;
}
