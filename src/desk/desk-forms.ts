import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem } from '../http/http-problem.ts';

/** Largest form body the desk reads (a reply of a few thousand characters fits many times over). */
export const DESK_BODY_LIMIT = 64 * 1024;

/**
 * Reads a urlencoded or multipart form and validates it; anything else, or a field that fails, is a 400
 * naming each problem — and nothing has been changed yet, since routes read the form before they write.
 */
export async function readForm<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
    throw new HttpProblem(400, 'expected a form (application/x-www-form-urlencoded)');
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw new HttpProblem(400, 'the form could not be read');
  }
  // Why refuse rather than clean: PostgreSQL cannot store a NUL in text, and a typed value silently changed (an
  // email, a password, a note) is worse than a clear error.
  for (const [name, value] of Object.entries(form)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.includes('\u0000')))
      throw new HttpProblem(400, `${name}: contains a NUL character`);
  }
  const parsed = schema.safeParse(form);
  if (!parsed.success) {
    throw new HttpProblem(
      400,
      parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}
