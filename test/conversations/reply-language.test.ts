import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { outboxTexts, testHost, ticketOf, webchatMessage } from '../support/test-host.ts';

// Golden-style transcripts of the reply language through the host (issue: language detection plugs in here).
describeEachDatabase('reply language', (database) => {
  async function converse(messages: string[]) {
    const { host } = testHost(database().db);
    const address = randomUUID();
    const replies: string[][] = [];
    for (const text of messages) {
      const before = (await outboxTexts(host.db, address)).length;
      await handleInbound(host, webchatMessage(address, text));
      replies.push((await outboxTexts(host.db, address)).slice(before));
    }
    return { replies, address, host };
  }

  it('answers an English conversation in English', async () => {
    const { replies } = await converse(['Hello, I need help, my sister is missing in Malaysia', 'yes']);
    expect(replies[0]!.join('\n')).toContain('Is it safe for you to chat now?');
    expect(replies[1]!.join('\n')).toContain('Who is this report about?');
  });

  it('keeps an Indonesian conversation in Indonesian despite an English loan word', async () => {
    const { replies } = await converse([
      'halo saya mau lapor',
      'ya',
      'saya',
      'tidak',
      'malaysia',
      'di office agency',
    ]);
    expect(replies.at(-1)!.join('\n')).toContain('Siapa nama Anda?');
  });

  it('answers an ambiguous first message in the most likely language and offers the other in one tap', async () => {
    for (const first of ['halo', 'p', 'tolong', 'ok']) {
      const { host, address } = await converse([first]);
      const rows = await host.db
        .selectFrom('messages')
        .innerJoin('contacts', 'contacts.id', 'messages.contact_id')
        .select('messages.payload')
        .where('contacts.address', '=', address)
        .where('direction', '=', 'out')
        .orderBy('messages.id')
        .execute();
      const question = rows
        .map((r) => r.payload as { options?: string[] })
        .findLast((p) => p.options?.length);
      // "tolong" is a cry for help: its first question is where they are (the emergency path).
      expect({ first, options: question?.options }).toEqual({
        first,
        options: first === 'tolong' ? ['Lewati', 'English'] : ['Ya', 'Tidak', 'Lewati', 'English'],
      });
    }
  });

  it('sticks to a language the person chose, whatever they write next', async () => {
    const { replies, host, address } = await converse(['halo', 'English', 'saya mau lapor untuk adik saya']);
    expect(replies[1]!.join('\n')).toContain("we'll continue in English");
    // Indonesian text after an explicit switch: still English (the answer is not understood, re-asked in English).
    expect(replies[2]!.join('\n')).toMatch(/YES or NO/);
    const session = await host.db
      .selectFrom('sessions')
      .innerJoin('contacts', 'contacts.id', 'sessions.contact_id')
      .select('sessions.language_state')
      .where('contacts.address', '=', address)
      .executeTakeFirstOrThrow();
    expect(session.language_state).toMatchObject({ reply: 'en', chosenByPerson: true });
  });

  it('stores the language the person writes in on the ticket', async () => {
    const { host, address } = await converse([
      'SOS',
      'kulo mboten saged medal, paspor kulo dipun bekta majikan',
    ]);
    const ticket = (await ticketOf(host.db, address))!;
    expect(ticket.written_language).toBe('jv');
  });
});
