import { describe, expect, it } from 'vitest';
import { errorForLog } from '../../src/logging/error-for-log.ts';

describe('errorForLog', () => {
  it('keeps what failed and drops the value a database error quotes', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "Siti Aminah 0812345678"'), {
      code: '22P02',
      table: 'tickets',
      detail: 'Key (phone)=(+62812345678) already exists.',
    });
    const fields = errorForLog(error);
    expect(fields).toMatchObject({ err: 'Error', code: '22P02', table: 'tickets' });
    expect(JSON.stringify(fields)).not.toMatch(/Siti|0812345678|62812345678/);
    expect(fields.at).toMatch(/error-for-log\.test\.ts:\d+:\d+$/);
  });

  it('drops the body a JSON syntax error quotes', () => {
    let thrown: unknown;
    try {
      JSON.parse('saya disekap di Dubai, nomor saya 0812');
    } catch (error) {
      thrown = error;
    }
    const fields = errorForLog(thrown);
    expect(fields.err).toBe('SyntaxError');
    expect(JSON.stringify(fields)).not.toMatch(/disekap|Dubai|0812/);
  });

  it('keeps the status a platform answered and the code of the network error a wrapper holds', () => {
    const refused = Object.assign(new Error('Call failed (403: Forbidden: "Siti")'), { error_code: 403 });
    expect(errorForLog(refused)).toMatchObject({ err: 'Error', status: '403' });
    const boom = Object.assign(new Error('Connection Closed 6281234567890'), { output: { statusCode: 428 } });
    expect(errorForLog(boom)).toMatchObject({ status: '428' });
    const socket = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
    const fields = errorForLog(new TypeError('fetch failed', { cause: socket }));
    expect(fields).toMatchObject({ err: 'TypeError', cause: 'Error', code: 'ECONNREFUSED' });
    expect(JSON.stringify([errorForLog(refused), errorForLog(boom), fields])).not.toMatch(/Siti|628|10\.0/);
  });

  it('names what was thrown when it is not an Error', () => {
    expect(errorForLog('Budi, Kuala Lumpur')).toEqual({ err: 'string' });
  });
});
