import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';

/** Parses a phone number in international or local format; local formats use the known country, then Indonesia's. */
export function parsePhone(
  raw: string,
  knownCountry: string | null,
): { e164: string; country: string | null } | null {
  const text = raw.replace(/[^\d+()\-.\s]/g, ' ').trim();
  if (!/\d{6,}/.test(text.replace(/[^\d]/g, ''))) return null;
  const tries: (CountryCode | undefined)[] = [];
  if (knownCountry) tries.push(knownCountry as CountryCode);
  tries.push('ID');
  for (const country of tries) {
    const number = parsePhoneNumberFromString(text, country);
    if (number?.isValid()) return { e164: number.number, country: number.country ?? null };
  }
  return null;
}

/** A phone number typed or shared as a contact. */
export const parsePhoneAnswer: AnswerParser = (input, context) => {
  const raw = input.phone ?? input.text;
  if (!raw) return NOT_UNDERSTOOD;
  const parsed = parsePhone(raw, context.knownCountry);
  return parsed ? understood(parsed) : NOT_UNDERSTOOD;
};
