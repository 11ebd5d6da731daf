import { AFRICA } from './africa.ts';
import { AMERICAS } from './americas.ts';
import { EAST_ASIA } from './east-asia.ts';
import { EUROPE } from './europe.ts';
import { MIDDLE_EAST_NORTH_AFRICA } from './middle-east-north-africa.ts';
import { OCEANIA } from './oceania.ts';
import { SECOND_BATCH } from './second-batch.ts';
import { SOUTH_AND_CENTRAL_ASIA } from './south-and-central-asia.ts';
import { SOUTHEAST_ASIA } from './southeast-asia.ts';
import type { RegionWords } from './types.ts';

export { EVERYDAY_FORMS, EVERYDAY_PLACE_WORDS } from './everyday-places.ts';
export {
  CONVERSATIONS,
  LAST_HEARD_FROM,
  MOVED_ON,
  NAMED_AGAIN_NOW,
  NATIONALITY_AND_PLACE,
  PROMISED_THEN_HERE,
  TOWN_WITH_COUNTRY,
  TRANSIT_THEN_HERE,
  WORKER_OF_COUNTRY,
} from './hard-cases.ts';
export type { CountryWords, RegionWords } from './types.ts';
export { WRITTEN_BY_OTHERS } from './written-by-others.ts';

/**
 * Country vocabulary by region: every country where Indonesians work, travel, fish or transit, under the names
 * Indonesians, Malaysians and English speakers write for it, and its capital, largest cities and best-known
 * workplaces and ports. Written from knowledge of the languages and public gazetteers (Indonesian exonyms as
 * Kemlu writes them, Malay as Wisma Putra does, GeoNames' largest cities), never from any labelled message.
 * Left out: adjectives for a people or language ("German", "Greek", "Portugis"); words of the language
 * ("muara", an estuary, is also a Bruneian port; "kreta", Crete, is chat's "kereta", a train; "ganja", Azerbaijan's
 * second city); and names a
 * bigger or as well-known place elsewhere shares (Hamilton, Victoria, Freeport, Stanley, Rota, Fuji): a report
 * naming only those does not say which country.
 */
export const COUNTRY_VOCABULARY: readonly RegionWords[] = [
  SOUTHEAST_ASIA,
  EAST_ASIA,
  SOUTH_AND_CENTRAL_ASIA,
  MIDDLE_EAST_NORTH_AFRICA,
  EUROPE,
  OCEANIA,
  AMERICAS,
  AFRICA,
  SECOND_BATCH,
];

/** Short reports of where someone is now, each with one place word in it: self, relative, English, sent there. */
export const REPORT_FORMS: readonly ((place: string) => string)[] = [
  (place) => `sy skrg kerja di ${place}, gaji tdk dibayar`,
  (place) => `anak saya di ${place} gk bisa dihubungi`,
  (place) => `I am in ${place}, please help`,
  (place) => `dikirim ke ${place} minggu lalu, paspor ditahan`,
];
