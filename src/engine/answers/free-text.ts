import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';

/** Any text with letters or digits is a free-text answer; a bare emoji or punctuation is not. */
export const parseFreeText: AnswerParser = (input) => {
  const text = input.text?.trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return NOT_UNDERSTOOD;
  return understood(text);
};
