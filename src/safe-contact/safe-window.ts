// When it is safe to write to a person, as they said in the intake, and when a staff reply may go out.
// Pure: the clock and the person's time zone are passed in.

/** The intake's answer to "when is it safe for us to write to you?" (flows/intake.yaml, safe_time). */
export type SafeTime = 'any' | 'morning' | 'afternoon' | 'evening' | 'night' | 'reply_only';

/** The answers, in the order the intake offers them. */
export const SAFE_TIMES: readonly SafeTime[] = [
  'any',
  'morning',
  'afternoon',
  'evening',
  'night',
  'reply_only',
];

/** Local hours of each window, [from, to): "night" wraps past midnight. */
export const SAFE_HOURS: Record<'morning' | 'afternoon' | 'evening' | 'night', readonly [number, number]> = {
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 22],
  night: [22, 6],
};

/** The safe time a ticket holds, or null when the person did not say (or said it before it was a choice). */
export function safeTimeOf(value: unknown): SafeTime | null {
  return typeof value === 'string' && (SAFE_TIMES as readonly string[]).includes(value)
    ? (value as SafeTime)
    : null;
}

/** When a staff reply may be delivered. */
export type Delivery =
  /** Inside the window (or no window was given): at once. */
  | { type: 'now' }
  /** Outside the window: held until it opens. */
  | { type: 'at'; at: Date }
  /** "Only after I write first", or a window whose local time cannot be known: when the person next writes. */
  | { type: 'when_they_write' };

/** The local hour and minute at an instant in a time zone. */
export function localClock(at: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const read = (type: 'hour' | 'minute') => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hour: read('hour'), minute: read('minute') };
}

function insideHours(hour: number, [from, to]: readonly [number, number]): boolean {
  return from < to ? hour >= from && hour < to : hour >= from || hour < to;
}

/** True when the local time at `at` is inside the window. */
export function isInsideWindow(safeTime: SafeTime, at: Date, timeZone: string): boolean {
  if (safeTime === 'any') return true;
  if (safeTime === 'reply_only') return false;
  return insideHours(localClock(at, timeZone).hour, SAFE_HOURS[safeTime]);
}

/**
 * When a reply written now may be delivered. No answer means no limit was asked for (the desk shows that
 * it is unknown). A window in an unknown time zone cannot be checked, so it waits for the person to write:
 * sending at the wrong hour could put someone in danger; waiting costs time, and staff may override.
 */
export function deliveryFor(safeTime: SafeTime | null, timeZone: string | null, now: Date): Delivery {
  if (safeTime === null || safeTime === 'any') return { type: 'now' };
  if (safeTime === 'reply_only' || timeZone === null) return { type: 'when_they_write' };
  if (isInsideWindow(safeTime, now, timeZone)) return { type: 'now' };
  const [from] = SAFE_HOURS[safeTime];
  const { hour, minute } = localClock(now, timeZone);
  const minutesToOpen = (from * 60 - (hour * 60 + minute) + 24 * 60) % (24 * 60);
  // To the start of the minute the window opens, then checked: a daylight-saving change on the way moves
  // the local clock by an hour, and the window must really be open when the reply goes.
  let at = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + minutesToOpen * 60_000);
  for (const shift of [0, 60, -60, 120]) {
    const candidate = new Date(at.getTime() + shift * 60_000);
    if (candidate > now && isInsideWindow(safeTime, candidate, timeZone)) {
      at = candidate;
      break;
    }
  }
  return { type: 'at', at };
}
