import type { Json } from '../definitions.ts';
import { type AnswerParser, NOT_UNDERSTOOD, type Place, understood } from './answer-types.ts';

function toJson(place: Place, text: string | null): Json {
  const value: Record<string, Json> = { country: place.country, matched: place.matched };
  if (place.city !== undefined) value.city = place.city;
  if (place.area !== undefined) value.area = place.area;
  if (place.latitude !== undefined) value.latitude = place.latitude;
  if (place.longitude !== undefined) value.longitude = place.longitude;
  if (text !== null) value.text = text.trim();
  return value;
}

/** A place: a shared map pin, or a country or city typed in Indonesian or English. */
export const parseLocation: AnswerParser = (input, context) => {
  if (input.location) {
    const { latitude, longitude } = input.location;
    const place = context.places.placeOfPoint(latitude, longitude);
    return understood(toJson({ ...place, latitude, longitude }, null));
  }
  if (!input.text) return NOT_UNDERSTOOD;
  const place = context.places.findPlaceInAnswer(input.text);
  return place ? understood(toJson(place, input.text)) : NOT_UNDERSTOOD;
};
