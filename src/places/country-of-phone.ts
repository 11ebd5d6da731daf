import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Country calling-code → ISO country of a phone number in E.164, via libphonenumber-js/max; null when unknown. */
export function countryOfPhone(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164.startsWith('+') ? e164 : `+${e164}`);
  return parsed?.country ?? null;
}
