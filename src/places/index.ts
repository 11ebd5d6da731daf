export { countryName } from './country-name.ts';
export { countryOfPhone } from './country-of-phone.ts';
export { findPlaceInAnswer, findPlacesInText, type Place } from './find-places.ts';
export { placeOfPoint } from './place-of-point.ts';
