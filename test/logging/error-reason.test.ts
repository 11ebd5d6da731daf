import { describe, expect, it } from 'vitest';
import { errorReason } from '../../src/logging/error-reason.ts';

describe('errorReason', () => {
  it('is our description with the error’s name and codes, never its message', () => {
    const error = Object.assign(new Error('could not send "Siti disekap di Dubai" to +6281234567890'), {
      code: 'ETIMEDOUT',
      status: 504,
    });
    expect(errorReason('webchat adapter failed', error)).toBe(
      'webchat adapter failed (Error, 504, ETIMEDOUT)',
    );
    expect(errorReason('webchat adapter failed', 'Siti')).toBe('webchat adapter failed (string)');
  });
});
