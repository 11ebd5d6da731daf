// Calendar days as the desk counts them: in Jakarta time (WIB, the desk's working clock). Jakarta keeps UTC+7
// all year (no daylight saving), so a day's bounds are fixed offsets.

/** Western Indonesian Time, the zone the desk counts days in. */
export const DESK_TIME_ZONE = 'Asia/Jakarta';
const WIB_OFFSET = '+07:00';
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

// en-CA writes dates as YYYY-MM-DD. Made once: building an Intl formatter costs far more than using it.
const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: DESK_TIME_ZONE });

/** The Jakarta date of an instant, YYYY-MM-DD. */
export function jakartaDay(at: Date): string {
  return DAY_FORMAT.format(at);
}

/** The instant a Jakarta day starts. */
export function startOfJakartaDay(day: string): Date {
  return new Date(`${day}T00:00:00${WIB_OFFSET}`);
}

/** The day `n` days after (or before, when negative) a day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text;
}
