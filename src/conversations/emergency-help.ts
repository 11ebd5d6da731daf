import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { OutboundMessage } from '../channels/inbound-message.ts';
import type { Content, Locale } from '../engine/index.ts';
import { type MissionDirectory, resolveMission } from '../places/index.ts';

function render(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** "+6281290070027" as "+62 812-9007-0027"; short local numbers ("999") stay as they are. */
function readable(number: string): string {
  return number.startsWith('+')
    ? (parsePhoneNumberFromString(number)?.formatInternational() ?? number)
    : number;
}

/** The help a person in danger gets at once: the local emergency number and the mission's hotline. */
export function emergencyHelp(
  content: Content,
  missions: MissionDirectory,
  language: Locale,
  country: string | null,
  city?: string,
): OutboundMessage {
  const texts = content.texts[language];
  const text = (key: string) => texts[key] ?? content.texts.id[key] ?? key;
  const contact = resolveMission(missions, country, city);
  const emergencyNumber = contact.emergency
    ? [contact.emergency.police, contact.emergency.ambulance].filter(Boolean).join(' / ')
    : text('emergency.unknown_number');
  const params = {
    emergency_number: emergencyNumber,
    mission: contact.mission?.name ?? '',
    mission_hotline: readable(contact.hotline),
    central_hotline: readable(contact.centralHotline),
  };
  // Why two templates: when the mission has no verified hotline of its own, the same central number
  // twice would only confuse.
  const template =
    contact.mission && !contact.hotlineIsCentral ? text('emergency.help') : text('emergency.help_central');
  return { text: render(template, params), options: [], expects: null };
}
