import type { AnswerKind } from '../definitions.ts';
import type { AnswerParser } from './answer-types.ts';
import { parseChoice } from './choice.ts';
import { parseDate } from './date.ts';
import { parseFreeText } from './free-text.ts';
import { parseLocation } from './location.ts';
import { parseNumber } from './number.ts';
import { parsePhoneAnswer } from './phone.ts';
import { parseYesNo } from './yes-no.ts';

/** Every answer kind and its parser; a kind added to AnswerKind fails to compile until it is here. */
export const answerParsers: Record<AnswerKind, AnswerParser> = {
  choice: parseChoice,
  yes_no: parseYesNo,
  text: parseFreeText,
  phone: parsePhoneAnswer,
  location: parseLocation,
  number: parseNumber,
  date: parseDate,
};

export type { AnswerContext, AnswerInput, Place, PlaceFinder } from './answer-types.ts';
export { isSkip } from './skip.ts';
