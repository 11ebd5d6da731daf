import type { Priority } from './types.ts';

/** First-response targets in minutes (TRIAGE.md): 15 min, 4 h, 2 working days, 5 working days (as calendar time). */
export const DEFAULT_SLA_MINUTES: Readonly<Record<Priority, number>> = {
  P1: 15,
  P2: 4 * 60,
  P3: 2 * 24 * 60,
  P4: 5 * 24 * 60,
};

/** SLA due time for a priority, given minutes per priority (TRIAGE.md defaults, configurable by the caller). */
export function slaDueAt(
  priority: Priority,
  from: Date,
  minutesByPriority: Readonly<Record<Priority, number>> = DEFAULT_SLA_MINUTES,
): Date {
  // Why calendar minutes: working-day calendars differ per mission (Friday weekends in the Gulf); the caller
  // passes its own figures when it needs them, and P1/P2 run around the clock anyway.
  return new Date(from.getTime() + minutesByPriority[priority] * 60_000);
}
