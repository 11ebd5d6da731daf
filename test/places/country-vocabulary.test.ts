import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import {
  CONVERSATIONS,
  COUNTRY_VOCABULARY,
  EVERYDAY_FORMS,
  EVERYDAY_PLACE_WORDS,
  LAST_HEARD_FROM,
  MOVED_ON,
  NAMED_AGAIN_NOW,
  NATIONALITY_AND_PLACE,
  PROMISED_THEN_HERE,
  REPORT_FORMS,
  TOWN_WITH_COUNTRY,
  TRANSIT_THEN_HERE,
  WORKER_OF_COUNTRY,
  WRITTEN_BY_OTHERS,
} from './country-vocabulary/index.ts';

function countryOf(text: string): string | null {
  return triage({ texts: [text], answers: {} }).country;
}

// Each word for a country, or for a place in it, in each short report form, gives that country: the reports
// differ only in the word, so a miss is a gap in the place data or in how a name is matched.
describe.each(COUNTRY_VOCABULARY)('$region', ({ countries, noPlace }) => {
  const words = countries.flatMap(({ country, names, places }) =>
    [...names, ...places].map((word) => ({ country, word })),
  );

  it.each(words)('$word → $country', ({ country, word }) => {
    const misses = REPORT_FORMS.map((form) => form(word)).filter((text) => countryOf(text) !== country);
    expect(misses).toEqual([]);
  });

  it.each(noPlace)('no country: %s', (text) => {
    expect(countryOf(text)).toBeNull();
  });
});

describe.each([
  { label: 'promised there, now here', cases: PROMISED_THEN_HERE },
  { label: 'on the way there, now here', cases: TRANSIT_THEN_HERE },
  { label: 'a nationality, and a place', cases: NATIONALITY_AND_PLACE },
  { label: 'named again, now', cases: NAMED_AGAIN_NOW },
  { label: 'last heard from there', cases: LAST_HEARD_FROM },
  { label: 'moved on from there', cases: MOVED_ON },
  { label: 'a town with its country', cases: TOWN_WITH_COUNTRY },
  { label: 'a migrant worker of a country', cases: WORKER_OF_COUNTRY },
  { label: 'written by a helper who saw no code', cases: WRITTEN_BY_OTHERS },
])('$label', ({ cases }) => {
  it.each(cases)('$text → $country', ({ text, country }) => {
    expect(countryOf(text)).toBe(country);
  });
});

describe('several messages of one report', () => {
  it.each(CONVERSATIONS)('$texts → $country', ({ texts, country }) => {
    expect(triage({ texts: [...texts], answers: {} }).country).toBe(country);
  });
});

// A word for a room, a workplace or the landscape, after a locative, is where someone is, never a country.
describe.each(Object.entries(EVERYDAY_PLACE_WORDS))('everyday words for where, %s', (language, words) => {
  it.each(words)('no country: %s', (word) => {
    expect(countryOf(EVERYDAY_FORMS[language]!(word))).toBeNull();
  });
});
