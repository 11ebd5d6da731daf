export { countryName } from './country-name.ts';
export { countryOfPhone } from './country-of-phone.ts';
export { findPlaceInAnswer, findPlacesInText, type Place } from './find-places.ts';
export {
  CENTRAL_HOTLINE,
  EMERGENCY_NUMBERS,
  type EmergencyNumbers,
  MISSION_COVERAGE,
  MISSIONS,
  type Mission,
  type MissionCoverage,
} from './missions.ts';
export { placeOfPoint } from './place-of-point.ts';
export { type MissionContact, resolveMission } from './resolve-mission.ts';
