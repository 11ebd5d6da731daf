import { isIn } from '@rapideditor/country-coder';

/** Whether a country code is, or lies within, another: New Caledonia (NC) within France (FR), via country-coder. */
export function isTerritoryOf(inner: string, outer: string): boolean {
  return inner === outer || isIn(inner, outer) === true;
}
