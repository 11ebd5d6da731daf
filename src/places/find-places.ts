import { COMMON_WORDS } from './common-words.ts';
import {
  FLAG_WORDS_AFTER,
  LOCATIVE_WORDS,
  NEAR_WORDS,
  NON_PLACE_AFTER,
  NON_PLACE_BEFORE,
  PLACE_KIND_WORDS,
  VESSEL_KIND_WORDS,
  WORKER_WORDS,
} from './country-variants.ts';
import { editDistanceWithin } from './edit-distance.ts';
import { everydayWords } from './everyday-words.ts';
import { normalizePlaceText, placeWords } from './normalize-place-text.ts';
import { LONGEST_NAME_FROM, MAX_NAME_WORDS, type NamedPlace, PLACE_NAMES } from './place-names.ts';
import { sovereignOf } from './territories.ts';

/** A place recognised in text or from a map pin. */
export interface Place {
  /** ISO 3166-1 alpha-2, e.g. 'MY', 'HK'; null when a pin falls outside every country. */
  country: string | null;
  /** Canonical English city name. */
  city?: string;
  /** State/province or named zone (e.g. 'Sabah', 'KK Park'). */
  area?: string;
  latitude?: number;
  longitude?: number;
  /** The words that matched. */
  matched: string;
}

interface Hit {
  named: NamedPlace;
  start: number;
  end: number;
  matched: string;
  fuzzy: boolean;
}

/** Words for an employer: a strong country name after one says where the work is. */
const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['majikan', 'bos', 'boss']);

/** Indonesia's missions: the town after one ("KBRI Dili") is where the mission is. */
const MISSION_WORDS: ReadonlySet<string> = new Set(['kbri', 'kjri', 'kdei']);

/** Countries' short names written after "the" ("leaving the UK"); not "the Chinese", a people. */
const NAMES_AFTER_THE: ReadonlySet<string> = new Set(['uk', 'uae', 'usa']);

/** Glued prepositions in chat ("dimalaysia", "kesaudi"): stripped when what remains is a place name. */
const GLUED_PREFIXES = ['dari', 'di', 'ke'] as const;

// Why curated names only: typo tolerance over tens of thousands of world places would find a town in any word.
const FUZZY_CANDIDATES: readonly NamedPlace[] = [...PLACE_NAMES.values()].filter(
  (named) => !named.fromData && named.name.replace(/ /g, '').length >= 5,
);

function lookupExact(phrase: string): NamedPlace | undefined {
  const found = PLACE_NAMES.get(phrase);
  if (found) return found;
  if (!phrase.includes(' ')) {
    for (const prefix of GLUED_PREFIXES) {
      if (phrase.startsWith(prefix) && phrase.length - prefix.length >= 4) {
        const rest = PLACE_NAMES.get(phrase.slice(prefix.length));
        // Why not an everyday word: "kerabat" (relatives) is not "ke Rabat", nor "kemasan" "ke Masan". Asked
        // only once the rest is a place, so the word lists are read on the first such word, not at start.
        if (rest && !rest.weak && !everydayWords().everyday.has(phrase)) return rest;
      }
    }
  }
  return undefined;
}

function allowedEdits(phrase: string, strict: boolean): number {
  const letters = phrase.replace(/ /g, '').length;
  // Why stricter in free text: a long message has many words, and a one-edit match on a short word
  // ("aman" → Amman, "sudah" → Sudan) would invent countries; answers to "where?" are short and on topic.
  if (strict) return letters >= 7 ? 1 : 0;
  if (letters >= 9) return 2;
  if (letters >= 5) return 1;
  return 0;
}

function deletionsOf(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/** Single-word names allowed one edit in free text, by every one-letter deletion (symmetric-delete lookup). */
const STRICT_FUZZY_INDEX: ReadonlyMap<string, readonly NamedPlace[]> = (() => {
  const index = new Map<string, NamedPlace[]>();
  for (const named of FUZZY_CANDIDATES) {
    if (named.wordCount !== 1 || named.weak || allowedEdits(named.name, true) === 0) continue;
    for (const variant of deletionsOf(named.name)) {
      const list = index.get(variant);
      if (list) list.push(named);
      else index.set(variant, [named]);
    }
  }
  return index;
})();

function lookupFuzzy(phrase: string, wordCount: number, strict: boolean): NamedPlace | undefined {
  const max = allowedEdits(phrase, strict);
  if (max === 0) return undefined;
  if (strict) {
    // Why a deletion index here: free text is long and scanned on every message; brute force over every
    // name for every long word cost most of triage's time budget.
    if (wordCount !== 1 || COMMON_WORDS.has(phrase)) return undefined;
    for (const variant of deletionsOf(phrase)) {
      for (const named of STRICT_FUZZY_INDEX.get(variant) ?? []) {
        if (named.name[0] !== phrase[0] || editDistanceWithin(phrase, named.name, 1) > 1) continue;
        // Why: a word of the language is not a misspelt place ("selamat" is not Segamat). Asked only once a
        // name is one edit away, so the word lists are read on the first such word, not at start.
        return everydayWords().everyday.has(phrase) ? undefined : named;
      }
    }
    return undefined;
  }
  // Why: a real word is not a misspelt place ("sekarang" is "now", not Semarang).
  if (phrase.split(' ').some((word) => COMMON_WORDS.has(word))) return undefined;
  let best: NamedPlace | undefined;
  let bestDistance = max + 1;
  for (const named of FUZZY_CANDIDATES) {
    if (named.wordCount !== wordCount || (strict && named.weak)) continue;
    // Why same first letter: typos rarely hit the first letter, and it keeps "selatan" from becoming "Sudan".
    if (named.name[0] !== phrase[0]) continue;
    if (allowedEdits(named.name, strict) === 0) continue;
    const distance = editDistanceWithin(phrase, named.name, Math.min(bestDistance - 1, max));
    if (distance < bestDistance) {
      best = named;
      bestDistance = distance;
    }
  }
  return best;
}

/** Word positions where a sentence (or line) starts, and the end of the text: "…di gudang. Huelva" → 0, 3, 4. */
function sentenceEdges(text: string): Set<number> {
  const edges = new Set<number>([0]);
  let count = 0;
  for (const sentence of text.split(/[.!?\n]+/)) {
    count += placeWords(sentence).length;
    edges.add(count);
  }
  return edges;
}

// A name written with a capital inside a sentence ("kerja di farm deket Perth"): chat rarely capitalises a word
// there unless it is a name.
const CAPITALISED_INSIDE = /(?<=[^.!?\n\s]\s+)\p{Lu}\p{Ll}+/gu;

function scan(text: string, strict: boolean): Hit[] {
  const words = placeWords(text);
  let capitalised: Set<string> | undefined;
  const writtenAsName = (phrase: string) => {
    capitalised ??= new Set([...text.matchAll(CAPITALISED_INSIDE)].map((m) => normalizePlaceText(m[0])));
    return capitalised.has(phrase);
  };
  // Why on demand: only a weak name without "di" before it asks, and most messages have none.
  let edges: Set<number> | undefined;
  const standsAlone = (start: number, end: number) => {
    edges ??= sentenceEdges(text);
    return edges.has(start) && edges.has(end);
  };
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    let hit: Hit | undefined;
    const longest = Math.min(MAX_NAME_WORDS, LONGEST_NAME_FROM.get(words[i]!) ?? 1, words.length - i);
    for (let length = longest; length >= 1 && !hit; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      const before = words[i - 1];
      const exact = lookupExact(phrase);
      // Why only weak names after an employer word: "majikan arab" is an Arab employer, but "majikan taiwan"
      // or "bos malaysia" is an employer there, which is where the worker is.
      if (before !== undefined && NON_PLACE_BEFORE.has(before)) {
        if (!EMPLOYER_WORDS.has(before)) break;
        if (!exact || exact.weak) continue;
      }
      if (exact && NON_PLACE_AFTER.get(phrase)?.has(words[i + length] ?? '')) continue;
      // "kerja di orchard Nelson": a kind of place before a town's name is that kind, not Singapore's Orchard.
      if (
        exact?.weak &&
        PLACE_KIND_WORDS.has(phrase) &&
        i + length < words.length &&
        PLACE_NAMES.has(words[i + length]!)
      )
        continue;
      if (exact) {
        const after = words[i + length];
        const twoBack = words[i - 2];
        const locative =
          // Not "luar negeri, kedah ka mana": "luar negeri" is "abroad", and what follows is no state's name.
          (before !== undefined &&
            LOCATIVE_WORDS.has(before) &&
            !((before === 'negeri' || before === 'negara') && twoBack === 'luar')) ||
          // "in the UK", "leaving the UK": a country's short name after "the".
          (before === 'the' && NAMES_AFTER_THE.has(phrase)) ||
          (after !== undefined && FLAG_WORDS_AFTER.has(after)) ||
          // "di shisetsu Kobe", "pabrik keju cedhak Parma": a kind of place between the locative and the name.
          // So between "near" and the name: "gudang deket pelabuhan Sohar".
          (before !== undefined &&
            PLACE_KIND_WORDS.has(before) &&
            twoBack !== undefined &&
            (LOCATIVE_WORDS.has(twoBack) || (NEAR_WORDS.has(twoBack) && !exact.everyday))) ||
          // "magang di pabrik di Ota Gunma": a prefecture or state the data knows, after a town too small to know.
          // Not after an abbreviation or a word ("di rs Adan" is a hospital).
          (exact.fromData === true &&
            exact.specificity === 1 &&
            !exact.everyday &&
            twoBack !== undefined &&
            LOCATIVE_WORDS.has(twoBack) &&
            before !== undefined &&
            before.length >= 3 &&
            !COMMON_WORDS.has(before) &&
            !everydayWords().everyday.has(before)) ||
          // "Hastings NZ", "Kuching Malaysia": a country written right after a town places it.
          (exact.specificity === 0 &&
            !everydayWords().never.has(phrase) &&
            hits.length > 0 &&
            hits[hits.length - 1]!.end === i &&
            hits[hits.length - 1]!.named.specificity > 0) ||
          // "kat ladang strawberi Caboolture", "di kem balak Kapit": the kind of place and what it grows or does.
          (twoBack !== undefined &&
            PLACE_KIND_WORDS.has(twoBack) &&
            words[i - 3] !== undefined &&
            LOCATIVE_WORDS.has(words[i - 3]!) &&
            !exact.everyday) ||
          // "shelter KBRI Dili", "lapor ke KJRI Kuching": a mission is in the town it is named for.
          (before !== undefined && MISSION_WORDS.has(before)) ||
          (before !== undefined && VESSEL_KIND_WORDS.has(before) && twoBack === 'kapal') ||
          // "the ship is Chinese", "kapalnya china".
          (before === 'is' && twoBack !== undefined && ['ship', 'vessel', 'boat'].includes(twoBack)) ||
          before === 'kapalnya' ||
          // Why not an everyday word: "sekitar lima orang" is about five people; "deket Perth" with its capital is
          // the city.
          (before !== undefined && NEAR_WORDS.has(before) && (!exact.everyday || writtenAsName(phrase))) ||
          // "TKW Arab", "BMI HK": a country after a migrant worker's word is where the work is.
          (before !== undefined && WORKER_WORDS.has(before) && exact.specificity === 0);
        // Why a sentence of its own counts: "tolong sy dikunci di gudang. Huelva" names where, as an answer
        // would; a small town's name is rarely a sentence by chance, an everyday word often is ("Nice.").
        if (strict && exact.weak && !locative && (exact.everyday || !standsAlone(i, i + length))) continue;
        hit = { named: exact, start: i, end: i + length, matched: phrase, fuzzy: false };
      }
    }
    if (!hit) {
      // Why one word in free text: typo tolerance there is for single words only (lookupFuzzy).
      for (let length = Math.min(strict ? 1 : 3, words.length - i); length >= 1 && !hit; length--) {
        const phrase = words.slice(i, i + length).join(' ');
        // Why: a name of its own, left out above for want of "di", is not a misspelling of another place
        // ("gudang Almeria" is not Algeria).
        if (PLACE_NAMES.has(phrase)) continue;
        const fuzzy = lookupFuzzy(phrase, length, strict);
        if (fuzzy) hit = { named: fuzzy, start: i, end: i + length, matched: phrase, fuzzy: true };
      }
    }
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return hits;
}

/**
 * Drops a town or region when the country written right after it is another one: "Victoria, Seychelles",
 * "London, Kanada" name that country's town of the name, not the bigger one elsewhere that the name alone
 * means. The country is still found; a territory written with its state ("Kowloon, China") stays.
 */
function withTheirCountry(hits: readonly Hit[]): Hit[] {
  return hits.filter((hit, k) => {
    const next = hits[k + 1];
    // "di Victoria, Melbourne": a name that is the state of the town written next to it is that state, not the
    // bigger town of the name elsewhere (Victoria in Canada).
    const neighbours = [hits[k - 1], next].filter(
      (other) => other && (other.end === hit.start || other.start === hit.end),
    );
    if (
      neighbours.some(
        (other) =>
          other!.named.country !== hit.named.country &&
          other!.named.area !== undefined &&
          normalizePlaceText(other!.named.area) === hit.matched,
      )
    )
      return false;
    // "hotel at West Bay Doha", "rumah di Auburn Sydney": a quarter the data knows elsewhere, written right before a
    // city of the curated list, is that city's quarter.
    if (
      next &&
      next.start === hit.end &&
      hit.named.fromData &&
      !next.named.fromData &&
      hit.named.specificity > 0 &&
      next.named.specificity > 0 &&
      next.named.country !== hit.named.country
    )
      return false;
    if (!next || next.start !== hit.end || hit.named.specificity === 0 || next.named.specificity !== 0)
      return true;
    const country = next.named.country;
    return country === hit.named.country || sovereignOf(hit.named.country) === country;
  });
}

function toPlace(hit: Hit): Place {
  const place: Place = { country: hit.named.country, matched: hit.matched };
  if (hit.named.city) place.city = hit.named.city;
  if (hit.named.area) place.area = hit.named.area;
  return place;
}

/** Orders hits best first: abroad before Indonesia, exact before fuzzy, specific before general, earlier first. */
function compareHits(a: Hit, b: Hit): number {
  // Why abroad first: Suar serves people abroad; "from Jakarta, now in Malaysia" is about Malaysia.
  const home = Number(a.named.country === 'ID') - Number(b.named.country === 'ID');
  if (home !== 0) return home;
  if (a.fuzzy !== b.fuzzy) return a.fuzzy ? 1 : -1;
  if (a.named.specificity !== b.named.specificity) return b.named.specificity - a.named.specificity;
  return a.start - b.start;
}

/** Finds the best single place named in a short answer such as "malaysia", "di kuala lumpur", "Jedah", "kamboja, poipet"; tolerates small typos (one edit for words of 5+ letters, two for 9+). Returns null when nothing is recognised. */
export function findPlaceInAnswer(text: string): Place | null {
  const hits = withTheirCountry(scan(text.slice(0, 500), false));
  if (hits.length === 0) return null;
  hits.sort(compareHits);
  return toPlace(hits[0]!);
}

/** Finds every place mentioned in free text (for triage), most specific first. Stricter than findPlaceInAnswer (no typo tolerance on short words, ignores common Indonesian words that look like places). */
export function findPlacesInText(text: string): Place[] {
  const hits = withTheirCountry(scan(text, true)).sort(compareHits);
  const seen = new Set<string>();
  const places: Place[] = [];
  for (const hit of hits) {
    // Why the words too: "Kuala Lumpur … sekarang di KL" names one place twice, and triage weighs each mention.
    const key = `${hit.named.country}|${hit.named.city ?? ''}|${hit.named.area ?? ''}|${hit.matched}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(toPlace(hit));
  }
  return places;
}
