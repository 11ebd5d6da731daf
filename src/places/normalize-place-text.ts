/** Lower-cases, strips accents and punctuation, and collapses spaces, so "Kuala-Lumpur!" and "kuala lumpur" compare equal. */
export function normalizePlaceText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits normalised text into words. */
export function placeWords(text: string): string[] {
  const normalized = normalizePlaceText(text);
  return normalized === '' ? [] : normalized.split(' ');
}
