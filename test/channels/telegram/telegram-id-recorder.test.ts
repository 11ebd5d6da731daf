import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { createTelegramIdRecorder } from '../../../src/channels/telegram/telegram-id-recorder.ts';
import { listMessagesSince } from '../../../src/channels/telegram/telegram-store.ts';
import { describeEachDatabase } from '../../support/databases.ts';

/** Counts the statements a Kysely instance runs. */
function counting() {
  const counter = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      counter.statements++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  return { counter, plugin };
}

describeEachDatabase('Telegram id recorder', (database) => {
  it('writes what is recorded at the same time in one statement, and each call resolves once written', async () => {
    const { counter, plugin } = counting();
    const recorder = createTelegramIdRecorder(database().db.withPlugin(plugin));
    const chatId = String(Date.now());
    const sentAt = new Date();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recorder.record({ chatId, messageId: i + 1, direction: i % 2 ? 'out' : 'in', sentAt }),
      ),
    );
    expect(counter.statements).toBe(1);
    expect(await listMessagesSince(database().db, chatId, new Date(sentAt.getTime() - 1))).toHaveLength(20);
  });

  it('flushes what waits before the ids are read back, and costs nothing when there is nothing', async () => {
    const { counter, plugin } = counting();
    const recorder = createTelegramIdRecorder(database().db.withPlugin(plugin));
    await recorder.flush();
    expect(counter.statements).toBe(0);
    const chatId = `${Date.now()}1`;
    const sentAt = new Date();
    void recorder.record({ chatId, messageId: 7, direction: 'out', sentAt });
    await recorder.flush();
    expect(await listMessagesSince(database().db, chatId, new Date(sentAt.getTime() - 1))).toEqual([7]);
  });

  it('rejects the calls of a batch that could not be written', async () => {
    const recorder = createTelegramIdRecorder(database().db);
    await expect(
      // The table allows only 'in' and 'out'.
      recorder.record({ chatId: '1', messageId: 1, direction: 'sideways' as 'out', sentAt: new Date() }),
    ).rejects.toThrow();
  });
});
