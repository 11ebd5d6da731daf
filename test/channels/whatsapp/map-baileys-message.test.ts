import { BufferJSON, type WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { mapBaileysMessage } from '../../../src/channels/whatsapp/baileys/map-baileys-message.ts';
import { renderBaileysMessage } from '../../../src/channels/whatsapp/baileys/render-baileys-message.ts';
import { optionForNumber } from '../../../src/channels/whatsapp/numbered-options.ts';

const PN = '6281234567890@s.whatsapp.net';
const LID = '123456789012345@lid';

function wa(message: WAMessage['message'], key: Partial<WAMessage['key']> = {}): WAMessage {
  return {
    key: { remoteJid: PN, fromMe: false, id: '3EB0C0FFEE0001', addressingMode: 'pn', ...key },
    message,
    messageTimestamp: 1_767_000_000,
    pushName: 'Someone',
  };
}

describe('mapBaileysMessage', () => {
  it('maps plain text with the message key id as dedupe key and the PN JID as address', () => {
    expect(mapBaileysMessage(wa({ conversation: ' tolong saya ' }))).toEqual({
      type: 'message',
      message: { channel: 'whatsapp', externalId: '3EB0C0FFEE0001', address: PN, text: 'tolong saya' },
    });
  });

  it('maps extended text, and a reply to a quoted message by its own text', () => {
    const reply = wa({
      extendedTextMessage: {
        text: '2',
        contextInfo: {
          stanzaId: 'BOT1',
          participant: 'me@s.whatsapp.net',
          quotedMessage: { conversation: 'q?' },
        },
      },
    });
    expect(mapBaileysMessage(reply)).toMatchObject({ type: 'message', message: { text: '2' } });
  });

  it('unwraps ephemeral and view-once wrappers', () => {
    const ephemeral = wa({
      ephemeralMessage: { message: { extendedTextMessage: { text: 'paspor ditahan' } } },
    });
    expect(mapBaileysMessage(ephemeral)).toMatchObject({ message: { text: 'paspor ditahan' } });
    const viewOnce = wa({
      viewOnceMessageV2: {
        message: { imageMessage: { mimetype: 'image/jpeg', fileLength: 2048, caption: 'kontrak' } },
      },
    });
    expect(mapBaileysMessage(viewOnce)).toMatchObject({
      message: {
        text: 'kontrak',
        attachments: [{ kind: 'photo', ref: '3EB0C0FFEE0001', size: 2048, mimeType: 'image/jpeg' }],
      },
    });
    const nested = wa({
      ephemeralMessage: { message: { viewOnceMessage: { message: { conversation: 'hi' } } } },
    });
    expect(mapBaileysMessage(nested)).toMatchObject({ message: { text: 'hi' } });
  });

  it('maps location and live location', () => {
    const pin = wa({ locationMessage: { degreesLatitude: 1.4655, degreesLongitude: 103.7578, name: 'JB' } });
    expect(mapBaileysMessage(pin)).toMatchObject({
      message: { location: { latitude: 1.4655, longitude: 103.7578 } },
    });
    const live = wa({ liveLocationMessage: { degreesLatitude: 11.55, degreesLongitude: 104.92 } });
    expect(mapBaileysMessage(live)).toMatchObject({
      message: { location: { latitude: 11.55, longitude: 104.92 } },
    });
    const broken = wa({ locationMessage: { degreesLatitude: 123, degreesLongitude: 5 } });
    expect(mapBaileysMessage(broken)).toEqual({ type: 'ignored', reason: 'unhandled content' });
  });

  it('takes a shared contact number from the vCard waid, else from TEL', () => {
    const card = wa({
      contactMessage: {
        displayName: 'Kakak',
        vcard:
          'BEGIN:VCARD\nVERSION:3.0\nFN:Kakak\nTEL;type=CELL;type=VOICE;waid=60123456789:+60 12-345 6789\nEND:VCARD',
      },
    });
    expect(mapBaileysMessage(card)).toMatchObject({ message: { phone: '+60123456789' } });
    const plain = wa({
      contactsArrayMessage: {
        contacts: [{ vcard: 'BEGIN:VCARD\nVERSION:3.0\nFN:A\nTEL;type=CELL:+62 812-3456-7890\nEND:VCARD' }],
      },
    });
    expect(mapBaileysMessage(plain)).toMatchObject({ message: { phone: '+6281234567890' } });
  });

  it('keeps what the download needs (media key, path, hashes), never the caption or the preview picture', () => {
    const mediaKey = new Uint8Array([1, 2, 3, 4]);
    const mapped = mapBaileysMessage(
      wa({
        documentMessage: {
          mimetype: 'application/pdf',
          fileName: 'kontrak.pdf',
          caption: 'ini kontrak saya',
          jpegThumbnail: new Uint8Array([9, 9, 9]),
          mediaKey,
          directPath: '/v/t62/abc',
          url: 'https://mmg.whatsapp.net/v/t62/abc',
          fileLength: 1234,
        },
      }),
    );
    const attachment = mapped.type === 'message' ? mapped.message.attachments?.[0] : undefined;
    expect(attachment).toMatchObject({ kind: 'document', name: 'kontrak.pdf' });
    const kept = JSON.stringify(attachment?.fetch);
    expect(JSON.parse(kept, BufferJSON.reviver)).toMatchObject({
      key: { remoteJid: PN, id: '3EB0C0FFEE0001' },
      message: { documentMessage: { directPath: '/v/t62/abc', mimetype: 'application/pdf' } },
    });
    expect(Buffer.from(JSON.parse(kept, BufferJSON.reviver).message.documentMessage.mediaKey)).toEqual(
      Buffer.from(mediaKey),
    );
    expect(kept).not.toContain('ini kontrak saya');
    expect(kept).not.toContain('jpegThumbnail');
  });

  it('keeps documents, voice notes and videos by reference', () => {
    expect(
      mapBaileysMessage(wa({ documentMessage: { mimetype: 'application/pdf', fileLength: 10 } })),
    ).toMatchObject({
      message: { attachments: [{ kind: 'document', mimeType: 'application/pdf' }] },
    });
    expect(mapBaileysMessage(wa({ audioMessage: { ptt: true, mimetype: 'audio/ogg' } }))).toMatchObject({
      message: { attachments: [{ kind: 'voice' }] },
    });
    expect(mapBaileysMessage(wa({ videoMessage: { mimetype: 'video/mp4' } }))).toMatchObject({
      message: { attachments: [{ kind: 'video' }] },
    });
  });

  it('keeps the phone number of a LID-addressed message when WhatsApp provides it', () => {
    const withPn = wa(
      { conversation: 'halo' },
      { remoteJid: LID, remoteJidAlt: '6281234567890:3@s.whatsapp.net', addressingMode: 'lid' },
    );
    expect(mapBaileysMessage(withPn)).toEqual({
      type: 'message',
      message: { channel: 'whatsapp', externalId: '3EB0C0FFEE0001', address: PN, text: 'halo' },
      // The LID goes along, so a contact first seen by it moves to the phone number.
      lid: LID,
    });
    const lidOnly = wa({ conversation: 'halo' }, { remoteJid: LID, addressingMode: 'lid' });
    expect(mapBaileysMessage(lidOnly)).toEqual({
      type: 'message',
      message: { channel: 'whatsapp', externalId: '3EB0C0FFEE0001', address: LID, text: 'halo' },
      lidOnly: LID,
    });
  });

  it('drops the device part of a JID so one person is one contact', () => {
    expect(
      mapBaileysMessage(wa({ conversation: 'x' }, { remoteJid: '6281234567890:7@s.whatsapp.net' })),
    ).toMatchObject({
      message: { address: PN },
    });
  });

  it('ignores groups, status, own, protocol and empty messages without throwing', () => {
    const cases: [WAMessage, string][] = [
      [wa({ conversation: 'x' }, { remoteJid: '120363025246125888@g.us', participant: PN }), 'group'],
      [wa({ conversation: 'x' }, { remoteJid: 'status@broadcast', participant: PN }), 'broadcast or status'],
      [wa({ conversation: 'x' }, { fromMe: true }), 'own message'],
      [wa({ protocolMessage: { type: 0, key: { id: 'X' } } }), 'protocol message'],
      [wa({ reactionMessage: { text: '👍', key: { id: 'X' } } }), 'protocol message'],
      [wa({ pollCreationMessage: { name: 'x' } }), 'unhandled content'],
      [wa({ conversation: '   ' }), 'unhandled content'],
      [wa(null), 'no content'],
      [wa({ conversation: 'x' }, { id: null }), 'no chat or id'],
      [wa({ conversation: 'x' }, { remoteJid: '123@newsletter' }), 'newsletter'],
    ];
    for (const [message, reason] of cases)
      expect(mapBaileysMessage(message)).toEqual({ type: 'ignored', reason });
  });
});

describe('renderBaileysMessage', () => {
  it('numbers the options of a choice or yes/no question, and the number comes back as the label', () => {
    const question = { text: 'Apakah aman?', options: ['Ya', 'Tidak', 'Lewati'], expects: 'yes_no' };
    expect(renderBaileysMessage(question)).toEqual({ text: 'Apakah aman?\n\n1 · Ya\n2 · Tidak\n3 · Lewati' });
    expect(optionForNumber('3', question)).toBe('Lewati');
    expect(optionForNumber(' 2. ', question)).toBe('Tidak');
    expect(optionForNumber('4', question)).toBeUndefined();
  });

  it('does not number options where a number is an answer (age, counts)', () => {
    const age = { text: 'Umur?', options: ['Lewati'], expects: 'number' };
    expect(renderBaileysMessage(age)).toEqual({ text: 'Umur?\n\n· Lewati' });
    expect(optionForNumber('1', age)).toBeUndefined();
    expect(renderBaileysMessage({ text: 'Terima kasih', options: [], expects: null })).toEqual({
      text: 'Terima kasih',
    });
  });
});
