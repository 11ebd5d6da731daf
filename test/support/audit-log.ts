import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../src/db/schema.ts';

/** How many entries the audit log holds. */
export async function auditCount(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest audit entry (fails when the log is empty). */
export function lastAuditEntry(db: Kysely<DB>) {
  return db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

/** Runs a refused request and expects the given status and no new audit entry; returns the response. */
export async function expectRefusedUnaudited(db: Kysely<DB>, status: number, run: () => Promise<Response>) {
  const before = await auditCount(db);
  const response = await run();
  expect(response.status).toBe(status);
  expect(await auditCount(db)).toBe(before);
  return response;
}
