import type { EmergencyKind } from '../p1-coverage-matrix.ts';
import { ASKED_AND_NEAR_THE_LINE_VOCABULARY } from './asked-and-near-the-line.ts';
import { DANGER_WORDS_VOCABULARY } from './danger-words.ts';
import { DESCRIBED_VOCABULARY } from './described.ts';
import { DESCRIBED_BY_OTHERS_VOCABULARY } from './described-by-others.ts';
import { FOUND_IN_ROUNDS_VOCABULARY } from './found-in-rounds.ts';
import { HELD_AND_MOVED_VOCABULARY } from './held-and-moved.ts';
import { MEDICAL_AND_SELF_HARM_VOCABULARY } from './medical-and-self-harm.ts';
import { SELF_HARM_FORMS_VOCABULARY } from './self-harm-forms.ts';
import { VIOLENCE_VOCABULARY } from './violence.ts';

/**
 * P1 vocabulary by kind: where the coverage matrix varies the phrasing, these vary the word. Each kind lists
 * the words the languages people write to us in (Indonesian and its chat forms, Javanese, Sundanese, Malay,
 * English) have for it, taken from dictionaries and word lists rather than from any labelled message, each in a
 * short report of now; and the same words negated, over, or asked about, which must not be P1.
 */
export const P1_VOCABULARY: readonly EmergencyKind[] = [
  ...VIOLENCE_VOCABULARY,
  ...MEDICAL_AND_SELF_HARM_VOCABULARY,
  ...HELD_AND_MOVED_VOCABULARY,
  ...DANGER_WORDS_VOCABULARY,
  ...DESCRIBED_VOCABULARY,
  ...FOUND_IN_ROUNDS_VOCABULARY,
  ...SELF_HARM_FORMS_VOCABULARY,
  ...DESCRIBED_BY_OTHERS_VOCABULARY,
  ...ASKED_AND_NEAR_THE_LINE_VOCABULARY,
];
