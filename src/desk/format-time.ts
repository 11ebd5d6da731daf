import type { DeskLanguage } from './desk-texts.ts';

// The same words desk.js writes when it keeps these current in the browser.

function unit(lang: DeskLanguage, name: 'minute' | 'hour' | 'day', value: number): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
}

/** A length of time: "12 menit", "5 jam", "3 hari". */
export function formatSpan(ms: number, lang: DeskLanguage): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes >= 2880) return unit(lang, 'day', Math.floor(minutes / 1440));
  if (minutes >= 120) return unit(lang, 'hour', Math.floor(minutes / 60));
  return unit(lang, 'minute', minutes);
}

/** Time left to a due time, or how late it is: "sisa 12 menit" / "terlambat 5 menit". */
export function formatDue(due: Date, now: Date, lang: DeskLanguage): string {
  const span = formatSpan(due.getTime() - now.getTime(), lang);
  if (due < now) return lang === 'en' ? `${span} overdue` : `terlambat ${span}`;
  return lang === 'en' ? `${span} left` : `sisa ${span}`;
}

// Building an Intl formatter costs far more than using one (a page of the audit log formats 50 times, its
// CSV export once per entry): one per language and zone, made on first use.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as staff read it, in Jakarta time (the desk's working clock), e.g. "30 Nov 2026 18.15 WIB". */
export function formatDateTime(at: Date, lang: DeskLanguage, timeZone = 'Asia/Jakarta'): string {
  const key = `${lang}:${timeZone}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(at);
}
