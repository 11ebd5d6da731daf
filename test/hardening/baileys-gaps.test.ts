import { describe, expect, it } from 'vitest';
import { deliveryStatusOf } from '../../src/channels/whatsapp/baileys/baileys-delivery-status.ts';
import { mapBaileysMessage } from '../../src/channels/whatsapp/baileys/map-baileys-message.ts';
import { findSentMessage, recordSentMessage } from '../../src/channels/whatsapp/sent-messages.ts';
import { moveContactAddress } from '../../src/conversations/contacts.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

const PN = '6281234567890@s.whatsapp.net';
const LID = '1234567890123@lid';

describe('Baileys details', () => {
  it('reads delivery statuses: error, server ack, delivered, read and played', () => {
    expect([0, 1, 2, 3, 4, 5, null].map(deliveryStatusOf)).toEqual([
      'failed',
      null,
      'sent',
      'delivered',
      'read',
      'read',
      null,
    ]);
  });

  it('names the LID of a person whose message also gives their phone number', () => {
    const mapped = mapBaileysMessage({
      key: { remoteJid: LID, remoteJidAlt: PN, id: 'M1', fromMe: false },
      message: { conversation: 'halo' },
    } as never);
    expect(mapped).toMatchObject({ type: 'message', message: { address: PN }, lid: LID });
  });
});

describeEachDatabase('Baileys details with storage', (database) => {
  it('moves a contact first seen by LID to the phone number, once, and never onto another contact', async () => {
    const { host } = testHost(database().db);
    await handleInbound(host, { channel: 'whatsapp', externalId: 'L1', address: LID, text: 'halo' });
    expect(await moveContactAddress(database().db, 'whatsapp', LID, PN)).toBe(true);
    // The same person writing by phone number now continues the same conversation.
    await handleInbound(host, { channel: 'whatsapp', externalId: 'P1', address: PN, text: 'ya' });
    const contacts = await database()
      .db.selectFrom('contacts')
      .select('address')
      .where('address', 'in', [LID, PN])
      .execute();
    expect(contacts.map((c) => c.address)).toEqual([PN]);
    await handleInbound(host, { channel: 'whatsapp', externalId: 'L2', address: LID, text: 'halo lagi' });
    expect(await moveContactAddress(database().db, 'whatsapp', LID, PN)).toBe(false);
  });

  it('finds what Suar sent under a WhatsApp message id, for a decryption retry', async () => {
    const { host } = testHost(database().db);
    await handleInbound(host, {
      channel: 'whatsapp',
      externalId: 'G1',
      address: '628999@s.whatsapp.net',
      text: 'halo',
    });
    const row = await database()
      .db.selectFrom('outbox')
      .innerJoin('contacts', 'contacts.id', 'outbox.contact_id')
      .select(['outbox.id', 'outbox.contact_id', 'outbox.payload'])
      .where('contacts.address', '=', '628999@s.whatsapp.net')
      .orderBy('outbox.id')
      .executeTakeFirstOrThrow();
    await recordSentMessage(database().db, {
      transport: 'baileys',
      contactId: row.contact_id,
      outboxId: row.id,
      waMessageId: 'BOT-1',
      messageKey: { id: 'BOT-1' },
      sentAt: new Date(),
    });
    expect(await findSentMessage(database().db, 'BOT-1')).toMatchObject({
      text: (row.payload as { text: string }).text,
    });
    expect(await findSentMessage(database().db, 'unknown')).toBeUndefined();
  });
});
