import type { ChoiceOption, Json } from '../definitions.ts';

/**
 * A place recognised in an answer or from a map pin. Declared here, not imported from places/, so the engine
 * depends on nothing outside itself; places/ returns values of the same shape.
 */
export interface Place {
  country: string | null;
  city?: string;
  area?: string;
  latitude?: number;
  longitude?: number;
  matched: string;
}

/** Place lookups the engine needs; passed in so the engine stays pure and self-contained. */
export interface PlaceFinder {
  findPlaceInAnswer(text: string): Place | null;
  placeOfPoint(latitude: number, longitude: number): Place;
  /** A country's name for a person reading in `language` (a pin gives only the code). */
  countryName?(code: string, language: string): string;
}

/** What the person sent, as far as answers are concerned. */
export interface AnswerInput {
  text: string | null;
  location?: { latitude: number; longitude: number };
  phone?: string;
}

/** What a parser may look at besides the input. */
export interface AnswerContext {
  options: ChoiceOption[];
  /** Every label of an option text key, in every language (the person may answer in either). */
  labelsOf: (key: string) => string[];
  min?: number;
  max?: number;
  now: Date;
  /** The country already known from earlier answers, for local phone formats. */
  knownCountry: string | null;
  places: PlaceFinder;
}

/** A parser's verdict: a value to save, or not understood. */
export type ParseOutcome = { ok: true; value: Json } | { ok: false };

/** Turns one input into a value of one answer kind. */
export type AnswerParser = (input: AnswerInput, context: AnswerContext) => ParseOutcome;

/** Constructor for a successful parse. */
export function understood(value: Json): ParseOutcome {
  return { ok: true, value };
}

/** Constructor for an input that is not an answer of this kind. */
export const NOT_UNDERSTOOD: ParseOutcome = { ok: false };
