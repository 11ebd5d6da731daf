import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB, Ticket } from '../../src/db/schema.ts';
import type { DerivativeStore } from '../../src/evidence/derivatives/index.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { keepEvidenceBytes } from '../../src/evidence/keep-evidence.ts';

/** A sample file of test/fixtures/evidence-desk/. */
export function evidenceFixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/evidence-desk/${name}`, import.meta.url));
}

/** Evidence storage in a fresh temporary folder with a random key; `remove` deletes the folder. */
export function testEvidenceStore(): DerivativeStore & { remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-desk-'));
  return {
    storage: folderStorage(folder),
    keys: evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`)),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** A file that came with the person's message: stored with its bytes, or left as the fetch left it. */
export type TestEvidence =
  | { kind: string; bytes: Buffer; mime: string }
  | { kind: string; status: 'pending' | 'too_large' | 'failed'; reason?: string };

/** Files sent with the ticket's last inbound message, as the fetch worker leaves them; their ids in order. */
export async function addTestEvidence(
  db: Kysely<DB>,
  store: DerivativeStore,
  ticket: Pick<Ticket, 'id' | 'contact_id'>,
  files: TestEvidence[],
): Promise<string[]> {
  const message = await db
    .selectFrom('messages')
    .select('id')
    .where('ticket_id', '=', ticket.id)
    .where('direction', '=', 'in')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (const file of files) {
    const row = await db
      .insertInto('evidence_items')
      .values({
        contact_id: ticket.contact_id,
        message_id: message.id,
        ticket_id: ticket.id,
        channel: 'webchat',
        kind: file.kind,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if ('bytes' in file) {
      const kept = await keepEvidenceBytes(store.storage, store.keys, row.id, file.bytes);
      await db
        .updateTable('evidence_items')
        .set({
          status: 'stored',
          detected_mime: file.mime,
          size: kept.size,
          sha256: kept.sha256,
          storage_key: kept.storageKey,
          key_id: kept.keyId,
          stored_at: new Date(),
        })
        .where('id', '=', row.id)
        .execute();
    } else if (file.status !== 'pending') {
      await db
        .updateTable('evidence_items')
        .set({ status: file.status, reason: file.reason ?? null })
        .where('id', '=', row.id)
        .execute();
    }
    ids.push(row.id);
  }
  return ids;
}
