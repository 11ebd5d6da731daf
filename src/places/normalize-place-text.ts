// Why: NFKD leaves these letters whole, and dropping them as punctuation split names ("Łódź" became "odz",
// "Wrocław" "wroc aw", "Sumqayıt" "sumqay t") so no one could write them.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Lower-cases, strips accents and punctuation, and collapses spaces, so "Kuala-Lumpur!" and "kuala lumpur" compare equal. */
export function normalizePlaceText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (letter) => UNDECOMPOSED[letter]!)
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits normalised text into words; a chat doubling "2" is dropped ("kapal cumi2 china" reads "cumi china"). */
export function placeWords(text: string): string[] {
  const normalized = normalizePlaceText(text);
  return normalized === '' ? [] : normalized.split(' ').map((word) => word.replace(/(?<=[a-z])2$/, ''));
}
