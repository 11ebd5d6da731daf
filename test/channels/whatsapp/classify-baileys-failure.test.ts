import { describe, expect, it } from 'vitest';
import { classifyBaileysFailure } from '../../../src/channels/whatsapp/baileys/baileys-sender.ts';

/** An error shaped like Baileys' (Boom: the status in output.statusCode). */
const boom = (message: string, statusCode?: number) =>
  Object.assign(new Error(message), statusCode === undefined ? {} : { output: { statusCode } });

describe('classifyBaileysFailure', () => {
  it('says what failed in fixed words with the status, never the error’s message', () => {
    expect(classifyBaileysFailure(boom('item-not-found 6281234567890@s.whatsapp.net', 404))).toEqual({
      type: 'permanent',
      reason: 'baileys send failed: not found (Error, 404)',
    });
    expect(classifyBaileysFailure(boom('rate-overlimit', 429))).toEqual({
      type: 'retry',
      reason: 'baileys send failed: rate limited (Error, 429)',
      afterMs: 30_000,
    });
    expect(classifyBaileysFailure(boom('Connection Closed', 428))).toEqual({
      type: 'retry',
      reason: 'baileys send failed: connection closed (Error, 428)',
    });
    expect(classifyBaileysFailure(new TypeError('cannot render "Siti disekap di Dubai"'))).toEqual({
      type: 'retry',
      reason: 'baileys send failed: unexpected error (TypeError)',
    });
  });
});
