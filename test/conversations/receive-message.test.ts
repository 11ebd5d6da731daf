import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { receiveMessage } from '../../src/conversations/receive-message.ts';
import { saveSession } from '../../src/conversations/sessions.ts';
import { newSession } from '../../src/engine/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { webchatMessage } from '../support/test-host.ts';

const options = { hourlyCap: 1_000 };

describeEachDatabase('receiveMessage', (database) => {
  it('reads the conversation with the message: its session and the texts so far, this one last', async () => {
    const { db } = database();
    const address = randomUUID();
    const now = new Date();
    const first = await db
      .transaction()
      .execute((trx) => receiveMessage(trx, webchatMessage(address, 'halo'), now, options));
    expect(first.stored).toBeUndefined();
    expect(first.texts).toEqual(['halo']);
    const session = newSession('intake', 'id', now);
    await saveSession(db, first.contactId, { session, languageState: null }, now);
    const second = await db
      .transaction()
      .execute((trx) =>
        receiveMessage(
          trx,
          webchatMessage(address, 'paspor ditahan', `${address}-2`),
          new Date(now.getTime() + 1),
          options,
        ),
      );
    expect(second.stored?.session).toEqual(session);
    expect(second.texts).toEqual(['halo', 'paspor ditahan']);
    const again = await db
      .transaction()
      .execute((trx) =>
        receiveMessage(trx, webchatMessage(address, 'paspor ditahan', `${address}-2`), now, options),
      );
    // A redelivery is absorbed: nothing logged, nothing to read.
    expect([again.messageId, again.texts]).toEqual([null, []]);
  });

  it('on PostgreSQL, reads again what another message of the same person committed while it waited', async () => {
    const { db, kind } = database();
    if (kind !== 'postgres') return;
    const address = randomUUID();
    const now = new Date();
    await db
      .transaction()
      .execute((trx) => receiveMessage(trx, webchatMessage(address, 'halo'), now, options));
    const later = new Date(now.getTime() + 1_000);
    const marker = newSession('intake', 'en', later);
    let secondStarted: Promise<Awaited<ReturnType<typeof receiveMessage>>> | undefined;
    await db.transaction().execute(async (first) => {
      const received = await receiveMessage(first, webchatMessage(address, 'ya'), later, options);
      // The second message's statement starts now and waits for the contact's lock, with a snapshot taken
      // before this transaction commits.
      secondStarted = db
        .transaction()
        .execute((second) => receiveMessage(second, webchatMessage(address, 'saya sendiri'), later, options));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await saveSession(first, received.contactId, { session: marker, languageState: null }, later);
    });
    const second = await secondStarted!;
    expect(second.stored?.session).toEqual(marker);
    expect(second.texts).toEqual(['ya', 'saya sendiri']);
  });
});
