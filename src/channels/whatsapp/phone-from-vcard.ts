import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The phone number in a shared contact card, in E.164: the `waid` WhatsApp adds (the number's WhatsApp
 * id, digits with country code) when present, else the first TEL value that parses as an international number.
 */
export function phoneFromVcard(vcard: string): string | undefined {
  const waid = /waid=(\d{6,15})/i.exec(vcard)?.[1];
  if (waid) return `+${waid}`;
  for (const line of vcard.split(/\r?\n/)) {
    if (!/^(item\d+\.)?TEL\b/i.test(line)) continue;
    const value = line.slice(line.indexOf(':') + 1).trim();
    const parsed = parsePhoneNumberFromString(value);
    if (parsed?.isPossible()) return parsed.number;
  }
  return undefined;
}
