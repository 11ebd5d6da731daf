import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';
import { normalizeAnswer } from './normalize.ts';

const units: Record<string, number> = {
  nol: 0,
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
};

/** Reads Indonesian or English number words: "dua puluh lima", "tujuh belas", "twenty five". */
export function parseNumberWords(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (word in units) {
      seen = true;
      current += units[word]!;
    } else if (word.startsWith('se') && (word === 'sepuluh' || word === 'sebelas')) {
      seen = true;
    } else if (word === 'belas' && seen) {
      current += 10;
    } else if (word === 'puluh' && seen) {
      current *= 10;
    } else if ((word === 'ratus' || word === 'hundred') && seen) {
      current *= 100;
    } else if (seen && (word === 'and' || word === 'dan')) {
      continue;
    } else if (seen) {
      break;
    }
    if (next === undefined) break;
  }
  total += current;
  return seen ? total : null;
}

/** Reads a whole number from "25", "umur 16 thn", "sekitar 30", "dua puluh lima"; checks min and max. */
export const parseNumber: AnswerParser = (input, context) => {
  if (!input.text) return NOT_UNDERSTOOD;
  const said = normalizeAnswer(input.text);
  const digits = said.match(/\d+(?:[.,]\d+)?/g);
  let value: number | null = null;
  if (digits) {
    // Two different numbers ("16 atau 17", "25 30") are not one answer; a range keeps its lower end.
    const first = Number(digits[0]!.replace(',', '.'));
    const isRange = digits.length === 2 && /\d\s*(-|sampai|to|atau|or)\s*\d/.test(said);
    if (digits.length > 1 && !isRange) return NOT_UNDERSTOOD;
    value = Math.floor(first);
  } else {
    value = parseNumberWords(said.split(' ').filter((w) => w !== 'kira' && w !== 'sekitar'));
  }
  if (value === null || !Number.isFinite(value)) return NOT_UNDERSTOOD;
  if (context.min !== undefined && value < context.min) return NOT_UNDERSTOOD;
  if (context.max !== undefined && value > context.max) return NOT_UNDERSTOOD;
  return understood(value);
};
