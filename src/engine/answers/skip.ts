import { collapseRepeats, normalizeAnswer } from './normalize.ts';
import { SKIP_WORDS } from './vocabulary.ts';

const skipPhrases = new Set(SKIP_WORDS.map((w) => collapseRepeats(normalizeAnswer(w) || w)));

/** True when the person wants to skip the question ("lewati", "gak tau", "skip"). */
export function isSkip(text: string | null): boolean {
  if (text === null) return false;
  const trimmed = text.trim();
  if (trimmed === '-' || trimmed === '?') return true;
  const words = normalizeAnswer(text).split(' ').map(collapseRepeats).join(' ');
  return skipPhrases.has(words);
}
