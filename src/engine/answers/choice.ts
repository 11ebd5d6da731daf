import type { ChoiceOption } from '../definitions.ts';
import { type AnswerParser, NOT_UNDERSTOOD, understood } from './answer-types.ts';
import { collapseRepeats, editDistance, normalizeAnswer, typoAllowance } from './normalize.ts';

const numberPrefix = /^(?:no|nomor|nomer|number|pilihan|option|#)?\s*(\d{1,2})(?:\s|$)/;

/** Picks an option by its number, its label in any language, its value, or a synonym (small typos forgiven). */
export const parseChoice: AnswerParser = (input, context) => {
  if (!input.text) return NOT_UNDERSTOOD;
  const said = normalizeAnswer(input.text);
  if (!said) return NOT_UNDERSTOOD;
  const { options } = context;

  const numbered = numberPrefix.exec(said);
  if (numbered) {
    const option = options[Number(numbered[1]) - 1];
    return option ? understood(option.value) : NOT_UNDERSTOOD;
  }

  const namesOf = (option: ChoiceOption) =>
    [option.value.replace(/_/g, ' '), ...context.labelsOf(option.label), ...(option.synonyms ?? [])].map(
      (n) => collapseRepeats(normalizeAnswer(n)),
    );
  const candidates = options.map((option) => ({ option, names: namesOf(option) }));
  const plain = collapseRepeats(said);

  const exact = candidates.filter(
    (c) =>
      c.names.includes(plain) ||
      (c.option.exact ?? []).some((w) => collapseRepeats(normalizeAnswer(w)) === plain),
  );
  if (exact.length === 1) return understood(exact[0]!.option.value);

  // A longer answer that names exactly one option: "untuk adik saya" → relative.
  const padded = ` ${plain} `;
  const contained = candidates.filter((c) => c.names.some((n) => n.length >= 3 && padded.includes(` ${n} `)));
  if (contained.length === 1) return understood(contained[0]!.option.value);

  const close = candidates.filter((c) =>
    c.names.some((n) => {
      const allowed = typoAllowance(Math.min(n.length, plain.length));
      return allowed > 0 && editDistance(n, plain, allowed) <= allowed;
    }),
  );
  if (close.length === 1) return understood(close[0]!.option.value);
  return NOT_UNDERSTOOD;
};
