import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';
import { normalizeAnswer } from './normalize.ts';
import { parseNumberWords } from './number.ts';

const months: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  ags: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const spans: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  hari: 'day',
  day: 'day',
  days: 'day',
  hr: 'day',
  minggu: 'week',
  pekan: 'week',
  week: 'week',
  weeks: 'week',
  mgg: 'week',
  bulan: 'month',
  bln: 'month',
  month: 'month',
  months: 'month',
  tahun: 'year',
  thn: 'year',
  th: 'year',
  year: 'year',
  years: 'year',
};

/** A date as precise as the person gave it. */
export interface FuzzyDate {
  year: number;
  month: number | null;
  day: number | null;
  /** Worked out from a relative phrase ("3 bulan lalu"), so only approximately right. */
  approximate: boolean;
}

function back(now: Date, amount: number, span: 'day' | 'week' | 'month' | 'year'): FuzzyDate {
  const d = new Date(now.getTime());
  if (span === 'day') d.setUTCDate(d.getUTCDate() - amount);
  if (span === 'week') d.setUTCDate(d.getUTCDate() - 7 * amount);
  if (span === 'month') d.setUTCMonth(d.getUTCMonth() - amount);
  if (span === 'year') d.setUTCFullYear(d.getUTCFullYear() - amount);
  const precise = span === 'day' || span === 'week';
  return {
    year: d.getUTCFullYear(),
    month: span === 'year' && amount > 0 ? null : d.getUTCMonth() + 1,
    day: precise ? d.getUTCDate() : null,
    approximate: true,
  };
}

function plausibleYear(year: number, now: Date): boolean {
  return year >= 1950 && year <= now.getUTCFullYear() + 1;
}

/** Reads "Januari 2026", "3 bulan lalu", "tahun lalu", "kemarin", "12/03/2025", "2024", "last month". */
export function parseFuzzyDate(text: string, now: Date): FuzzyDate | null {
  const said = normalizeAnswer(text);
  const words = said.split(' ');
  const thisYear = now.getUTCFullYear();

  if (/^(hari ini|today|tadi|barusan|sekarang|now)\b/.test(said)) return back(now, 0, 'day');
  if (/^(kemarin|kemaren|kmrn|yesterday)\b/.test(said)) return back(now, 1, 'day');
  const last = /^(tahun|bulan|minggu|pekan|last)\s*(lalu|kemarin|kemaren|kmrn|year|month|week)?$/.exec(said);
  if (last) {
    const unit = last[1] === 'last' ? last[2] : last[1];
    if (unit && unit in spans && (last[1] !== 'last' || last[2])) return back(now, 1, spans[unit]!);
  }

  // "3 bulan lalu", "tiga minggu yang lalu", "setahun lalu", "2 years ago"
  const agoMatch = /(?:^|\s)(lalu|yang lalu|yg lalu|ago|kemarin|sebelumnya)$/.test(said);
  if (agoMatch) {
    const spanIndex = words.findIndex((w) => w in spans || /^se(hari|minggu|bulan|tahun)$/.test(w));
    if (spanIndex >= 0) {
      const word = words[spanIndex]!;
      if (word.startsWith('se') && !(word in spans)) return back(now, 1, spans[word.slice(2)]!);
      const before = words
        .slice(0, spanIndex)
        .filter((w) => !['sekitar', 'kira', 'kira2', 'about', 'around'].includes(w));
      const n =
        before.length === 0
          ? 1
          : /^\d+$/.test(before.at(-1)!)
            ? Number(before.at(-1))
            : parseNumberWords(before);
      if (n !== null && n >= 0 && n < 100) return back(now, n, spans[word]!);
    }
  }

  // Numeric dates: 12/03/2025, 12-3-25, 2025-03-12 (day first, as written in Indonesia).
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(said);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null];
    if (plausibleYear(year, now) && month >= 1 && month <= 12)
      return { year, month, day, approximate: false };
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(said);
  if (dmy) {
    // Day first, as written in Indonesia; month first only when day-first cannot be a date (01/15/2025).
    const [first, second] = [Number(dmy[1]), Number(dmy[2])];
    const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    let year = dmy[3] ? Number(dmy[3]) : thisYear;
    if (year < 100) year += 2000;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && plausibleYear(year, now)) {
      return { year, month, day, approximate: false };
    }
  }
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(said);
  if (my) {
    const month = Number(my[1]);
    const year = Number(my[2]);
    if (month >= 1 && month <= 12 && plausibleYear(year, now))
      return { year, month, day: null, approximate: false };
  }

  // Words: "12 maret 2025", "januari 2026", "awal 2025", "bulan mei", "2024".
  let month: number | null = null;
  let year: number | null = null;
  let day: number | null = null;
  for (const word of words) {
    if (word in months && month === null) month = months[word]!;
    else if (/^\d{4}$/.test(word) && year === null) year = Number(word);
    else if (/^\d{1,2}$/.test(word) && day === null) day = Number(word);
  }
  if (month === null && year === null) return null;
  if (year !== null && !plausibleYear(year, now)) return null;
  if (year === null) {
    // A month alone means its most recent occurrence.
    year = month! > now.getUTCMonth() + 1 ? thisYear - 1 : thisYear;
  }
  if (day !== null && (month === null || day < 1 || day > 31)) day = null;
  return { year, month, day, approximate: false };
}

/** A date-ish answer: the parsed parts plus the words the person used. */
export const parseDate: AnswerParser = (input, context) => {
  if (!input.text) return NOT_UNDERSTOOD;
  const date = parseFuzzyDate(input.text, context.now);
  if (!date) return NOT_UNDERSTOOD;
  return understood({ ...date, text: input.text.trim() });
};
