export { countryName } from './country-name.ts';
export { countryOfPhone } from './country-of-phone.ts';
export { VESSEL_KIND_WORDS } from './country-variants.ts';
export { findPlaceInAnswer, findPlacesInText, type Place } from './find-places.ts';
export type {
  EmergencyNumbers,
  MentalHealthLine,
  Mission,
  MissionCoverage,
  MissionDirectory,
} from './missions.ts';
export { placeWords } from './normalize-place-text.ts';
export { placeOfPoint } from './place-of-point.ts';
export { type MissionContact, resolveMission } from './resolve-mission.ts';
export { isTerritoryOf } from './territories.ts';
