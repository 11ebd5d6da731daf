import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { OutboundMessage } from '../channels/inbound-message.ts';
import type { Content, Locale } from '../engine/index.ts';
import { countryName, type MissionDirectory, resolveMission } from '../places/index.ts';

function render(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** "+6281290070027" as "+62 812-9007-0027"; short local numbers ("999") stay as they are. */
function readable(number: string): string {
  return number.startsWith('+')
    ? (parsePhoneNumberFromString(number)?.formatInternational() ?? number)
    : number;
}

/** Where the person is, as far as the conversation knows, and what the help must cover. */
export interface HelpRequest {
  /** ISO2 of where the danger is, or null while unknown. */
  country: string | null;
  /** City from the location answer, and the area answer: they pick a mission where a country has several. */
  city?: string;
  area?: string;
  /** The person spoke of ending their life: the help adds the country's mental-health line, where known. */
  selfHarm?: boolean;
  /** The country became known after the first help: say these are the numbers for it. */
  update?: boolean;
}

/**
 * The help a person in danger gets at once: the local police and ambulance numbers, the responsible mission
 * and its hotline (or the ministry's central one), and for self-harm a mental-health line of that country.
 */
export function emergencyHelp(
  content: Content,
  missions: MissionDirectory,
  language: Locale,
  request: HelpRequest,
): OutboundMessage {
  const texts = content.texts[language];
  const text = (key: string, params: Record<string, string> = {}) =>
    render(texts[key] ?? content.texts.id[key] ?? key, params);
  const contact = resolveMission(missions, request.country, request.city, request.area);
  const country = contact.country ? countryName(contact.country, language) : null;

  const lines = [
    request.update && country ? text('emergency.update_lead', { country }) : text('emergency.lead'),
  ];
  const numbers = contact.emergency;
  if (numbers && country) {
    const number = numbers.ambulance
      ? text('emergency.police_ambulance', { police: numbers.police, ambulance: numbers.ambulance })
      : numbers.police;
    lines.push(text('emergency.country_number', { country, number }));
  } else {
    lines.push(text('emergency.local_number', { number: text('emergency.unknown_number') }));
  }
  // Why two lines for a mission: a hotline of its own only once verified; until then the central hotline
  // reaches it, and the person still learns which mission is theirs.
  if (contact.mission && !contact.hotlineIsCentral) {
    lines.push(
      text('emergency.mission_hotline', {
        mission: contact.mission.name,
        hotline: readable(contact.hotline),
      }),
    );
  } else if (contact.mission) {
    lines.push(text('emergency.mission', { mission: contact.mission.name }));
  }
  lines.push(text('emergency.central', { central_hotline: readable(contact.centralHotline) }));
  const mentalHealth =
    request.selfHarm && contact.country ? missions.mentalHealthLines[contact.country] : undefined;
  if (mentalHealth) {
    const hours =
      mentalHealth.hours === '24h'
        ? text('emergency.hours_24h')
        : mentalHealth.hours === 'office'
          ? text('emergency.hours_office')
          : mentalHealth.hours;
    lines.push(
      text('emergency.mental_health', { name: mentalHealth.name, number: mentalHealth.number, hours }),
    );
  }
  lines.push(text(request.selfHarm ? 'emergency.advice_self_harm' : 'emergency.advice'));
  return { text: lines.join('\n'), options: [], expects: null };
}
