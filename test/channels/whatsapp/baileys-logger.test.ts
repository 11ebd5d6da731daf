import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { baileysLogger } from '../../../src/channels/whatsapp/baileys/baileys-logger.ts';

it('passes Baileys warnings on without the JIDs and message keys attached to them', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = baileysLogger(pino({ level: 'trace' }, sink));
  logger
    .child({ class: 'socket' })
    .warn({ key: { remoteJid: '6281234567890@s.whatsapp.net' } }, 'failed to decrypt');
  logger.error({ node: { attrs: { from: '6281234567890@s.whatsapp.net' } } });
  logger.info({ jid: '6281234567890@s.whatsapp.net' }, 'connected');
  logger.debug('noise');
  expect(lines).toHaveLength(2);
  expect(lines.join('')).not.toContain('6281234567890');
  expect(lines[0]).toContain('failed to decrypt');
});
