import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';

// DATABASE_URL=postgres://user@localhost/db?host=/var/run/postgresql reaches PostgreSQL through its Unix-domain
// socket: no TCP stack on either side, which is cheaper per round trip when both run on one machine.
const socketDir = '/var/run/postgresql';
const url = process.env.TEST_DATABASE_URL;
const hasSocket = existsSync(`${socketDir}/.s.PGSQL.${url ? new URL(url).port || '5432' : '5432'}`);

it.skipIf(!url || !hasSocket)(
  'connects through the Unix-domain socket the URL names, listener included',
  async () => {
    const target = new URL(url!);
    target.searchParams.set('host', socketDir);
    const database = await openDatabase({ url: target.toString(), poolSize: 1 });
    try {
      const { rows } = await sql<{ addr: string | null }>`select inet_server_addr() as addr`.execute(
        database.db,
      );
      // No server address: the session came in over the socket, not TCP.
      expect(rows).toEqual([{ addr: null }]);
      const channel = `test_${randomBytes(6).toString('hex')}`;
      const heard = new Promise<string>((resolve) => {
        void database.listen(channel, resolve).then(async () => {
          await sql`select pg_notify(${channel}, 'over the socket')`.execute(database.relaxed);
        });
      });
      expect(await heard).toBe('over the socket');
    } finally {
      await database.close();
    }
  },
);
