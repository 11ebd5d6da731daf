import { addDays, DAY_MS, isCalendarDay, jakartaDay, startOfJakartaDay } from '../desk-days.ts';

// The period a statistics page covers: whole days in Jakarta time (the desk's working clock), from and to
// inclusive.

/** Days shown when none are chosen: the last 30, today included. */
export const DEFAULT_PERIOD_DAYS = 30;
/** Longest period one page covers (a year and a day, so a whole leap year fits). */
export const MAX_PERIOD_DAYS = 366;

/** A period of whole Jakarta days. */
export interface StatsPeriod {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (included), YYYY-MM-DD. */
  to: string;
  /** The instant the first day starts. */
  start: Date;
  /** The instant after the last day ends (exclusive bound). */
  end: Date;
}

/** Every day of a period, first to last. */
export function daysOf(period: Pick<StatsPeriod, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The period asked for, or why it cannot be used. Missing ends default to the last 30 days up to today;
 * a start after the end, or a period longer than MAX_PERIOD_DAYS, is refused.
 */
export function statsPeriod(
  asked: { from?: string | undefined; to?: string | undefined },
  now: Date,
): StatsPeriod | { problem: string } {
  for (const [name, value] of Object.entries(asked)) {
    if (value && !isCalendarDay(value)) return { problem: `${name}: not a date (YYYY-MM-DD)` };
  }
  const to = asked.to || (asked.from ? addDays(asked.from, DEFAULT_PERIOD_DAYS - 1) : jakartaDay(now));
  const from = asked.from || addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) return { problem: 'from: must not be after to' };
  const days = Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1;
  if (days > MAX_PERIOD_DAYS) return { problem: `the period is longer than ${MAX_PERIOD_DAYS} days` };
  return { from, to, start: startOfJakartaDay(from), end: startOfJakartaDay(addDays(to, 1)) };
}
