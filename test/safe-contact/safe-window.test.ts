import { describe, expect, it } from 'vitest';
import { personTimeZone } from '../../src/safe-contact/person-time-zone.ts';
import { deliveryFor, isInsideWindow, safeTimeOf } from '../../src/safe-contact/safe-window.ts';

// 2026-11-30 11:00 UTC is 19:00 in Kuala Lumpur / Kuching (UTC+8), 14:00 in Riyadh (UTC+3).
const now = new Date('2026-11-30T11:00:00Z');

describe('the safe window', () => {
  it.each([
    ['any', 'Asia/Kuching', { type: 'now' }],
    ['evening', 'Asia/Kuching', { type: 'now' }],
    ['morning', 'Asia/Kuching', { type: 'at', at: new Date('2026-11-30T22:00:00Z') }],
    ['afternoon', 'Asia/Kuching', { type: 'at', at: new Date('2026-12-01T04:00:00Z') }],
    ['night', 'Asia/Kuching', { type: 'at', at: new Date('2026-11-30T14:00:00Z') }],
    ['afternoon', 'Asia/Riyadh', { type: 'now' }],
    ['evening', 'Asia/Riyadh', { type: 'at', at: new Date('2026-11-30T15:00:00Z') }],
    ['reply_only', 'Asia/Kuching', { type: 'when_they_write' }],
  ] as const)('%s in %s', (safeTime, zone, expected) => {
    expect(deliveryFor(safeTime, zone, now)).toEqual(expected);
  });

  it('sends at once when the person did not say, and waits for them when their local time is unknown', () => {
    expect(deliveryFor(null, null, now)).toEqual({ type: 'now' });
    expect(deliveryFor('evening', null, now)).toEqual({ type: 'when_they_write' });
  });

  it('wraps "late at night" past midnight and opens on the hour', () => {
    expect(isInsideWindow('night', new Date('2026-11-30T17:30:00Z'), 'Asia/Kuching')).toBe(true); // 01:30
    expect(isInsideWindow('night', new Date('2026-11-30T22:00:00Z'), 'Asia/Kuching')).toBe(false); // 06:00
    expect(isInsideWindow('night', new Date('2026-11-30T13:59:00Z'), 'Asia/Kuching')).toBe(false); // 21:59
    expect(isInsideWindow('night', new Date('2026-11-30T14:00:00Z'), 'Asia/Kuching')).toBe(true); // 22:00
  });

  it('opens a window at the right hour across a daylight-saving change', () => {
    // New York leaves daylight saving on 2026-11-01 at 02:00; at 2026-10-31 23:00 EDT the next morning is EST.
    const at = deliveryFor('morning', 'America/New_York', new Date('2026-11-01T03:00:00Z'));
    expect(at).toEqual({ type: 'at', at: new Date('2026-11-01T11:00:00Z') }); // 06:00 EST
  });

  it('reads only the intake choice as a window (old free-text answers are not one)', () => {
    expect(safeTimeOf('evening')).toBe('evening');
    expect(safeTimeOf('malam jam 10')).toBeNull();
    expect(safeTimeOf(null)).toBeNull();
  });
});

describe("a person's time zone", () => {
  it("is the country's, one clock even under several names", () => {
    expect(personTimeZone('KH', null, now)).toEqual({ timeZone: 'Asia/Bangkok', approximate: false });
    expect(personTimeZone('MY', null, now)?.approximate).toBe(false);
    expect(personTimeZone(null, null, now)).toBeNull();
  });

  it('in a country of several zones, follows the map pin, or says it is a guess', () => {
    expect(personTimeZone('US', { latitude: 34.05, longitude: -118.24 }, now)?.timeZone).toBe(
      'America/Los_Angeles',
    );
    expect(personTimeZone('US', null, now)).toEqual({ timeZone: 'America/New_York', approximate: true });
    expect(personTimeZone('ID', { latitude: -2.53, longitude: 140.7 }, now)?.timeZone).toBe('Asia/Jayapura');
  });
});
