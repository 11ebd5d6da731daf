import {
  type AuthenticationCreds,
  type AuthenticationState,
  BufferJSON,
  initAuthCreds,
  proto,
  type SignalDataSet,
  type SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { withWhatsapp } from '../whatsapp-schema.ts';

/** A Baileys auth state kept in PostgreSQL, with the calls the connection needs around it. */
export interface PostgresAuthState {
  state: AuthenticationState;
  /** Persists the credentials (call on every `creds.update`). */
  saveCreds(): Promise<void>;
  /** Forgets the linked device entirely (after a logout): the next connection shows a new QR code. */
  clear(): Promise<void>;
}

const CREDS = 'creds';

function encode(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

function decode(text: string): unknown {
  return JSON.parse(text, BufferJSON.reviver);
}

/** True when this account has linked credentials stored (a QR code was scanned once). */
export async function hasStoredCreds(db: Kysely<DB>, account: string): Promise<boolean> {
  const row = await withWhatsapp(db)
    .selectFrom('whatsapp_auth')
    .select('id')
    .where('account', '=', account)
    .where('kind', '=', CREDS)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Loads (or starts) the auth state of one WhatsApp account from the `whatsapp_auth` table, modelled on
 * Baileys' useMultiFileAuthState: one row per key, values as BufferJSON text so Buffers round-trip. Every
 * `keys.set` is written in one transaction before it resolves; a null value deletes the key.
 */
export async function usePostgresAuthState(db: Kysely<DB>, account = 'default'): Promise<PostgresAuthState> {
  const wdb = withWhatsapp(db);
  const stored = await wdb
    .selectFrom('whatsapp_auth')
    .select('value')
    .where('account', '=', account)
    .where('kind', '=', CREDS)
    .where('id', '=', CREDS)
    .executeTakeFirst();
  const creds = stored ? (decode(stored.value) as AuthenticationCreds) : initAuthCreds();

  const keys: AuthenticationState['keys'] = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      if (ids.length === 0) return found;
      const rows = await wdb
        .selectFrom('whatsapp_auth')
        .select(['id', 'value'])
        .where('account', '=', account)
        .where('kind', '=', type)
        .where('id', 'in', ids)
        .execute();
      for (const row of rows) {
        let value = decode(row.value);
        // Why: Baileys calls methods on this one, so it must be the protobuf class, not a plain object.
        if (type === 'app-state-sync-key' && value) {
          value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
        }
        found[row.id] = value as SignalDataTypeMap[T];
      }
      return found;
    },
    async set(data: SignalDataSet) {
      const upserts: { account: string; kind: string; id: string; value: string }[] = [];
      const deletes = new Map<string, string[]>();
      for (const [kind, entries] of Object.entries(data)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          if (value === null || value === undefined) deletes.set(kind, [...(deletes.get(kind) ?? []), id]);
          else upserts.push({ account, kind, id, value: encode(value) });
        }
      }
      if (upserts.length === 0 && deletes.size === 0) return;
      await wdb.transaction().execute(async (trx) => {
        for (let i = 0; i < upserts.length; i += 500) {
          await trx
            .insertInto('whatsapp_auth')
            .values(upserts.slice(i, i + 500))
            .onConflict((oc) =>
              oc.columns(['account', 'kind', 'id']).doUpdateSet((eb) => ({
                value: eb.ref('excluded.value'),
                updated_at: new Date(),
              })),
            )
            .execute();
        }
        for (const [kind, ids] of deletes) {
          await trx
            .deleteFrom('whatsapp_auth')
            .where('account', '=', account)
            .where('kind', '=', kind)
            .where('id', 'in', ids)
            .execute();
        }
      });
    },
    async clear() {
      await wdb
        .deleteFrom('whatsapp_auth')
        .where('account', '=', account)
        .where('kind', '!=', CREDS)
        .execute();
    },
  };

  return {
    state: { creds, keys },
    async saveCreds() {
      await wdb
        .insertInto('whatsapp_auth')
        .values({ account, kind: CREDS, id: CREDS, value: encode(creds) })
        .onConflict((oc) =>
          oc.columns(['account', 'kind', 'id']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            updated_at: new Date(),
          })),
        )
        .execute();
    },
    async clear() {
      await wdb.deleteFrom('whatsapp_auth').where('account', '=', account).execute();
    },
  };
}
