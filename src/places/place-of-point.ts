import { iso1A2Code } from '@rapideditor/country-coder';
import type { Place } from './find-places.ts';

/** Country (territory level, so Hong Kong is HK) of a map pin, via @rapideditor/country-coder (which takes [lon, lat]). */
export function placeOfPoint(latitude: number, longitude: number): Place {
  const valid =
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180;
  // Why territory level: the default level folds Hong Kong and Macau into CN, but they have their own
  // consulate (KJRI Hong Kong) and emergency numbers.
  const country = valid ? iso1A2Code([longitude, latitude], { level: 'territory' }) : null;
  return { country, latitude, longitude, matched: 'pin' };
}
