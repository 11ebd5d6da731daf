import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';
import { collapseRepeats, normalizeAnswer } from './normalize.ts';
import { NO_WORDS, YES_WORDS } from './vocabulary.ts';

const yes = new Set(YES_WORDS.map(collapseRepeats));
const no = new Set(NO_WORDS.map(collapseRepeats));

/** Reads yes or no from "iya", "gk", "tidak pernah", "ya, aman"… The first words decide. */
export const parseYesNo: AnswerParser = (input) => {
  if (!input.text) return NOT_UNDERSTOOD;
  const words = normalizeAnswer(input.text).split(' ').map(collapseRepeats);
  const whole = words.join(' ');
  if (yes.has(whole)) return understood(true);
  if (no.has(whole)) return understood(false);
  // Why only the first two words: "tidak, saya aman" and "ya tapi takut" lead with the answer; later
  // words are explanation, and a "tidak" deep in a sentence must not flip a yes.
  const [first, second] = words;
  if (first && no.has(first)) return understood(false);
  if (first && yes.has(first)) return second && no.has(second) ? understood(false) : understood(true);
  return NOT_UNDERSTOOD;
};
