import {
  countryOfPhone,
  findPlaceInAnswer,
  findPlacesInText,
  isTerritoryOf,
  type Place,
  placeOfPoint,
  placeWords,
  VESSEL_KIND_WORDS,
} from '../places/index.ts';
import { LAW_WORDS } from './chat-words.ts';
import type { Emergency, Signal } from './lexicon.ts';
import { type CueHit, readText, type TextReading } from './read-text.ts';
import { type RulesReading, secondReading } from './second-reader.ts';
import {
  type Category,
  type Concern,
  FLAGS,
  type Flag,
  INDICATORS,
  type Indicator,
  type Priority,
  type TriageInput,
  type TriageReason,
  type TriageResult,
} from './types.ts';

/**
 * Emergencies where a life or a body is at stake: the second reader never takes P1 away from them. Sexual violence
 * too (TRIAGE.md P1, with no time to wait): a reader retrained on more questions had read "my wife just got raped by
 * her employer's son tonight…, ada lawyer gak?" as a question with no case.
 */
const LIFE_AT_STAKE: readonly Emergency[] = [
  'suicidal',
  'kill_threat',
  'serious_medical',
  'starving',
  'sexual_violence',
];

/** Scam-compound zones: naming one is context for `online_scam_compound`. */
const SCAM_AREAS = new Set([
  'KK Park',
  'Shwe Kokko',
  'Dongmei',
  'Myawaddy',
  'Poipet',
  'Sihanoukville',
  'Bavet',
  'Golden Triangle',
  'Tonpheung',
  'Tachileik',
  'Laukkaing',
  'Jin Bei',
  'Chrey Thom',
  "O'Smach",
  'Mong La',
  'Payathonzu',
]);

/** Countries where a worker who names no sector is, in the cases that reach the desk, a domestic worker. */
const HOUSEHOLD_WORK_COUNTRIES: ReadonlySet<string> = new Set([
  'SA',
  'KW',
  'BH',
  'QA',
  'AE',
  'OM',
  'JO',
  'LB',
]);

/** Categories that are trafficking by their nature. */
const TRAFFICKING_CATEGORIES: ReadonlySet<Category> = new Set([
  'organ_removal',
  'child_trafficking',
  'sexual_exploitation',
  'forced_marriage',
  'online_scam_compound',
]);

/** Illnesses named and injuries that, treated, are in a doctor's hands (not a body's state now). */
const CARED_FOR =
  / (?:tipes|tifus|typhoid|demam berdarah|dbd|denggi|dengue|malaria|tbc|tb|usus buntu|appendicitis|patah|broken|fractur\w*|retak|luka bakar|burns?|jahit\w*|jepit|kejepit|terjepit|ketimpa|tertimpa|ketiban|kejatuhan|jatuh|kecelakaan|accident|kemalangan|remuk|crushed|demam|fever|panas tinggi|panas tiris|badan panas|pingsan|pengsan|semaput|fainted|collapsed|heat ?stroke|kejang\w*|sawan|seizures?|epilep\w*|ayan)\b/;

/** Emergencies that a "danger is over" statement ends (suicidal wishes are not ended by leaving a place). */
const ENDED_BY_SAFETY: ReadonlySet<Emergency> = new Set([
  'confined',
  'violence',
  'kill_threat',
  'sexual_violence',
  'imminent_move',
  'kidnapping',
  'starving',
  'danger_words',
]);

/** Emergencies that a past-time clause ("dulu", "pernah", "two years ago") keeps from being P1. */
const NEED_PRESENT: ReadonlySet<Emergency> = new Set([
  'confined',
  'violence',
  'kill_threat',
  'sexual_violence',
  'kidnapping',
  'serious_medical',
  'untreated',
  'suicidal',
  'starving',
  'pursued',
  'danger_words',
]);

/** Signals that describe how the person feels now: a past-time clause keeps them out. */
const FELT_NOW: ReadonlySet<Signal> = new Set(['distress', 'fear']);

const PERSON_RELATIVE =
  /(?<= )(?:kakak|adik|anak|suami|istri|ibu|ayah|saudara|keponakan|teman|kawan|pacar|tunangan|cucu|menantu|ipar|bibi|paman|tante|om|mama|papa|sister|brother|daughter|son|wife|husband|friend|mother|father|cousin|niece|nephew)(?: perempuan| laki| kandung| sepupu)? (?:saya|kami)(?= )|(?<= )saya (?:sister|brother|daughter|son|wife|husband|friend|mother|father|cousin|niece|nephew)(?= )/;
const FIRST_PERSON = /(?<= )(?:saya|kami)(?= )/;

interface Evidence {
  source: TriageReason['source'];
  evidence: string;
}

interface Findings {
  indicators: Map<Indicator, Evidence>;
  flags: Map<Flag, Evidence>;
  emergencies: Map<Emergency, Evidence>;
  pastEmergencies: Map<Emergency, Evidence>;
  signals: Map<Signal, Evidence>;
}

function note<K>(map: Map<K, Evidence>, key: K, evidence: Evidence): void {
  if (!map.has(key)) map.set(key, evidence);
}

function collect(findings: Findings, hit: CueHit): void {
  if (hit.negated || hit.hypothetical) return;
  const evidence: Evidence = { source: 'text', evidence: hit.evidence };
  for (const signal of hit.cue.signals ?? []) {
    // Distress or fear that is over is no reason to ask about now.
    if (hit.time === 'past' && FELT_NOW.has(signal)) continue;
    note(findings.signals, signal, evidence);
  }
  for (const indicator of hit.cue.indicators ?? []) note(findings.indicators, indicator, evidence);
  const emergency = hit.cue.emergency;
  const past = hit.time === 'past' && emergency !== undefined && NEED_PRESENT.has(emergency);
  for (const flag of hit.cue.flags ?? []) {
    // Why: TRIAGE.md flags describe now (confined now, suicidal, a move within days); injury keeps its flag.
    if (past && flag !== 'injury_or_medical') continue;
    note(findings.flags, flag, evidence);
  }
  if (emergency) note(past ? findings.pastEmergencies : findings.emergencies, emergency, evidence);
}

function chooseCountry(
  input: TriageInput,
  readings: readonly TextReading[],
  placesByReading: readonly Place[][],
  vesselAtSea: boolean,
  returned: boolean,
  married: boolean,
  caseTold: boolean,
): { country: string | null; reason: Evidence | null } {
  if (input.pin) {
    const place = placeOfPoint(input.pin.latitude, input.pin.longitude);
    if (place.country) return { country: place.country, reason: { source: 'pin', evidence: 'pin' } };
  }
  if (input.answers.country)
    return {
      country: input.answers.country.toUpperCase(),
      reason: { source: 'answer', evidence: 'country' },
    };
  if (input.answers.location_text) {
    const place = findPlaceInAnswer(input.answers.location_text);
    if (place?.country)
      return { country: place.country, reason: { source: 'answer', evidence: 'location_text' } };
  }
  const fromText =
    countryFromTexts(readings, placesByReading, vesselAtSea, returned, caseTold) ??
    (married ? spouseCountry(readings) : null);
  // Why after places and only against home: "minta balik indonesia … ganti rugi 5000 ringgit" is Malaysia.
  if (!fromText || fromText.country === 'ID') {
    const currency = countryFromNationalWords(readings);
    if (currency)
      return { country: currency.country, reason: { source: 'text', evidence: currency.matched } };
  }
  if (fromText) return { country: fromText.country, reason: { source: 'text', evidence: fromText.matched } };
  if (input.phone) {
    const country = countryOfPhone(input.phone);
    // Why skip +62: an Indonesian number says where the phone was bought, not where the person is.
    if (country && country !== 'ID') return { country, reason: { source: 'phone', evidence: 'phone' } };
  }
  return { country: null, reason: null };
}

const NOW_WORDS: ReadonlySet<string> = new Set([
  'sekarang',
  'skrg',
  'skrng',
  'skarang',
  'saiki',
  'ayeuna',
  'kini',
  'now',
  'currently',
  'lagi',
  'masih',
  'msh',
  'still',
  // Sundanese "nuju di": "is at".
  'nuju',
]);

/** What may stand between a town and the country that places it ("Stanley harbour Falkland", "Victoria, Seychelles"). */
const QUALIFYING_GAP = /^ (?:(?:harbour|harbor|port|city|town|island|islands|pulau|kota) )?$/;

/** Words of being moved on: sold, sent, taken, handed over. */
const MOVE_WORDS: ReadonlySet<string> = new Set([
  'dijual',
  'dikirim',
  'dibawa',
  'dipindah',
  'dipindahkan',
  'dioper',
  'diserahkan',
  'hantar',
  'dihantar',
  'sold',
  'sent',
  'taken',
  'moved',
  'transferred',
  'digowo',
  'didol',
]);

/** Words that put a place in a supposition ("kalau sakit di Jepang…"): not where the person is. */
const SUPPOSING_WORDS: ReadonlySet<string> = new Set([
  'kalau',
  'kalo',
  'klo',
  'kl',
  'if',
  'upami',
  'nek',
  'misal',
  'misalnya',
  'seandainya',
  'andai',
]);

/** Words that put a place in the past of the story ("dulu berangkat ke Moskow"). */
const EARLIER_WORDS: ReadonlySet<string> = new Set([
  'dulu',
  'dulunya',
  'awalnya',
  'mulanya',
  'biyen',
  // Sundanese "formerly" ("baheula angkatna ka Abu Dhabi").
  'baheula',
  'kapungkur',
  'originally',
  'first',
]);
/** "cm nanya", "just asking": a question said to be only that. */
const JUST_ASKING = / (?:cuma nanya|cm nanya|hanya bertanya|just asking) /;
/** "just asking in general", "secara umum saja": a question said to be about no one's case. */
const ASKED_IN_GENERAL = / (?:in general|generally speaking|secara umum|pertanyaan umum|umumnya saja) /;
// An illness that was the cause of a death at home ("sdh meninggal krn sakit di kampung"): no one is sick now.
const DIED_OF_ILLNESS_AT_HOME =
  / (?:meninggal|wafat|died|passed away)\w*(?: [a-z]+){0,2} (?:karena|krn|akibat|because of|of) (?:sakit|penyakit|illness)\w*(?: [a-z]+){0,2} (?:di|at|in) (?:kampung|rumah|home|indonesia) /;
/** A death in hospital ("meninggal … di rumah sakit karena serangan jantung"): the illness told is the one who died. */
const DIED_IN_HOSPITAL =
  / (?:meninggal|wafat|died|passed away)\w*(?:(?: [a-z0-9]+){0,6} (?:di|at|in) (?:rumah sakit|rs|hospital|klinik|clinic))?(?: [a-z0-9]+){0,3} (?:karena|krn|akibat|because of|of) (?:[a-z]+ ){0,2}(?:sakit|penyakit|serangan jantung|jantung|stroke|kanker|covid|tbc|paru|ginjal|diabetes|heart|illness|disease|cancer)(?:(?: [a-z0-9]+){0,3} (?:di|at|in) (?:rumah sakit|rs|hospital|klinik|clinic))? /;
/** The writer's own family member died ("ayah saya meninggal"): a "kami" after it is the family, not crewmates. */
const FAMILY_MEMBER_DIED =
  / (?:ayah|bapak|ibu|mama|papa|suami|istri|anak|adik|kakak|paman|bibi|om|tante|sepupu|keponakan|kakek|nenek|mertua) saya (?:[a-z]+ )?(?:meninggal|wafat|died|passed away)/;
/** Farewell kinds that weigh more than thanks or regards: two of them together are a farewell said twice over. */
const WEIGHTY_FAREWELLS: ReadonlySet<string> = new Set([
  'farewell_absence',
  'farewell_entrust',
  'farewell_giving',
  'farewell_last',
  'farewell_apology',
]);
/** Words of coming home ("pulang dari Malaysia", "balik", "dideportasi"): the home reached is not the case's place. */
const CAME_HOME_WORDS: ReadonlySet<string> = new Set([
  'pulang',
  'plg',
  'balik',
  'bali',
  'mulih',
  'wangsul',
  'kembali',
  'back',
  'came',
  'dipulangkan',
  'dipulangin',
  'dideportasi',
]);
/** "from" in Indonesian, chat, English, Javanese (ngoko and krama) and Sundanese. */
const FROM_WORDS: ReadonlySet<string> = new Set([
  'dari',
  'dr',
  'dri',
  'from',
  'saka',
  'seka',
  'soko',
  'teko',
  'saking',
  'ti',
]);
/** Words that tell a place as part of a story already over ("pernah kerja di Taiwan", "kabur dari", "worked in"). */
const PAST_STORY_WORDS: ReadonlySet<string> = new Set([
  'pernah',
  'kantos',
  'mbiyen',
  'biyen',
  'worked',
  'was',
  'ago',
  'keluar',
  'kabur',
  'escaped',
  'lolos',
]);
/** Words that move a story on ("lalu", "then"): a place after one is later than those before it. */
const THEN_WORDS: ReadonlySet<string> = new Set([
  'lalu',
  'terus',
  'trus',
  'trs',
  'kemudian',
  'kmd',
  'akhirnya',
  'then',
  'later',
  'afterwards',
]);
const ON_THE_WAY_WORDS: ReadonlySet<string> = new Set([
  'transit',
  'via',
  'lewat',
  'lwt',
  'lwat',
  'liwat',
  'melalui',
  'through',
]);
/**
 * Calls and messages sent to someone ("chat sy ke lampung", "nelpon ke rumah di Blitar"). Not "kirim": "dikirim ke
 * Jakarta" is where the person was sent.
 */
const CONTACTED_WORDS: ReadonlySet<string> = new Set([
  'chat',
  'ngechat',
  'telepon',
  'nelpon',
  'menelpon',
  'menelepon',
  'sms',
  'wa',
  'hubungi',
  'menghubungi',
  'called',
  'texted',
  'messaged',
]);
/** Words for an agency's seat: a place after them is where the agency is, not the person. */
const AGENCY_SEAT_WORDS: ReadonlySet<string> = new Set([
  'kantornya',
  'headquarters',
  'agensi',
  'agensinya',
  'agen',
  'agennya',
  'agency',
  'agent',
  'sponsor',
  'sponsornya',
]);
/** Houses named for a stop on the way ("hotel transit", "rumah transit"): where someone stays, not passes. */
const TRANSIT_HOUSE_WORDS: ReadonlySet<string> = new Set([
  'hotel',
  'rumah',
  'penampungan',
  'shelter',
  'mess',
  'camp',
  'kamp',
]);

/** Words of leaving home for work abroad ("mau brgkt ke Saudi", "arep budhal neng Taiwan", "diberangkatin ke arab"). */
const DEPARTURE_WORDS: ReadonlySet<string> = new Set([
  'berangkat',
  'brangkat',
  'brgkt',
  'brkt',
  'berangkatin',
  'diberangkatkan',
  'diberangkatin',
  'memberangkatkan',
  'budhal',
  'budal',
  'mangkat',
  'indit',
  'terbang',
  'fly',
  'flying',
  'depart',
  'departing',
  'leave',
  'leaving',
]);

/** Still at home or in the training camp before leaving ("sy msh di kampung", "still at the PT's shelter"). */
const STILL_AT_HOME =
  / (?:masih|msh|still|isih|iseh|nuju) (?:di |neng |ning |nang |in |at |kat |ing )?(?:the )?(?:kampung|kampong|rumah|omah|imah|desa|indonesia|indo|penampungan|home|asrama|pt|lpk|blk|shelter) /;

/** Ways of travelling said after "lewat" ("lewat darat", "lewat jalur laut"): the route's kind, not a place passed. */
const TRAVEL_MODE_WORDS: ReadonlySet<string> = new Set(['darat', 'laut', 'udara', 'land', 'sea', 'air']);

/** Words right before a place that put the person at or bound for it; docked too ("lg sandar Busan"). */
const AT_OR_TO_WORDS: ReadonlySet<string> = new Set([
  'di',
  'ke',
  'kat',
  'in',
  'to',
  'at',
  'sampai',
  'tiba',
  'neng',
  'nang',
  'ning',
  'ka',
  'sandar',
  'bersandar',
  'berlabuh',
  'docked',
]);
/** A place right after these is denied: "bukan di Thailand", "not in Bangkok", "ora neng Malaysia". */
const DENIED_PLACE_BEFORE =
  / (?:bukan|not|ora|sanes|teu|tak|tidak) (?:di|ke|in|at|to|neng|nang|ning|kat|ka) $/;
/** Words of a writer correcting themselves around a denied place ("eh bukan di makau", "bukan di Latvia maksudnya"). */
const CORRECTION_WORDS: ReadonlySet<string> = new Set([
  'eh',
  'ehh',
  'eeh',
  'maaf',
  'sorry',
  'salah',
  'maksudnya',
  'maksud',
]);
/** The employer went somewhere without the person: "majikan pergi liburan ke london", "sponsor family go holiday to". */
const EMPLOYER_WENT =
  / (?:majikan|madam|mam|bos|boss|sir|employer|sponsor|baba|mama|family|keluarga majikan)(?: [a-z]+)? (?:pergi|pegi|angkat|lunga|went|go|goes|gone|travel\w*|liburan|holiday|vacation|fly|flew|terbang)(?: [a-z]+){0,2} (?:ke|ka|to|nang|neng|menyang) $/;

/** Words for a promise ("dijanjiin kerja di Bangkok", "katanya kerja di Dubai"): the place named after one was promised. */
const PROMISE_WORDS: ReadonlySet<string> = new Set([
  'dijanjikan',
  'dijanjiin',
  'dijanjikannya',
  'janji',
  'janjinya',
  'katanya',
  // "bilangnya kerja di bangkok": what they were told. Not "ditawari": an offer asked about before leaving is
  // where the case would be.
  'bilangnya',
  'promised',
  // Chat English and regional forms: "they promise me job in bangkok", Javanese "dijanjeni", Sundanese "dijangjikeun".
  'promise',
  'promises',
  'menjanjikan',
  'dijanji',
  'dijanjeni',
  'dijanjekke',
  'dijangjikeun',
  'dijangjian',
  'supposed',
  'seharusnya',
  'harusnya',
  'mestinya',
]);

/** Words of saying, a promise when a recruiter says it ("agen bilang kerja di Dubai"). */
const SAID_WORDS: ReadonlySet<string> = new Set([
  'bilang',
  'ngomong',
  'said',
  'told',
  'cakap',
  'jare',
  'nyarios',
]);
/** Who recruits: an agent, a broker, a sponsor, a recruiting company. */
const RECRUITER_WORDS: ReadonlySet<string> = new Set([
  'agen',
  'agennya',
  'agent',
  'agency',
  'calo',
  'calonya',
  'sponsor',
  'sponsornya',
  'pt',
  'perekrut',
  'recruiter',
  'broker',
  'tekong',
]);

/** Words that turn from the promise to what happened ("dijanjikan X tapi sekarang di Y"). */
const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'tapi',
  'tp',
  'tetapi',
  'ternyata',
  'trnyata',
  'malah',
  'padahal',
  'but',
  'instead',
]);

/** The place after these words was promised, not reached: a promise word comes before it, no turn between. */
function promisedBefore(before: readonly string[]): boolean {
  const window = before.slice(-6);
  for (let k = window.length - 1; k >= 0; k--) {
    const word = window[k]!;
    if (CONTRAST_WORDS.has(word) || NOW_WORDS.has(word)) return false;
    // "katanya kapalnya di Seychelles", "katanya posisinya di Mae Sot": word of where someone is, not a promise.
    // "agen bilang kerja di Dubai": what a recruiter said is a promise.
    if (PROMISE_WORDS.has(word) || (SAID_WORDS.has(word) && RECRUITER_WORDS.has(window[k - 1] ?? '')))
      return !window
        .slice(k + 1)
        .some((w) => POSITION_WORDS.has(w) || VESSEL_WORDS.has(w.replace(/nya$/, '')));
  }
  return false;
}

/** Words that report where someone or something is ("posisinya", "lokasinya"). */
const POSITION_WORDS: ReadonlySet<string> = new Set([
  'posisi',
  'posisinya',
  'lokasi',
  'lokasinya',
  'posisine',
]);

/** Indonesian administrative words: the name after one is a place at home. */
const INDONESIAN_DIVISION_WORDS: ReadonlySet<string> = new Set([
  'kabupaten',
  'kab',
  'kecamatan',
  'kec',
  'desa',
  'kelurahan',
  'kel',
  'dusun',
]);

/** Words for a move still to come ("nunggu speedboat ke malaysia", "besok diberangkatkan ke Medan lalu ke Malaysia"). */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  // Javanese and Sundanese "will", "tomorrow" (krama "badhe", "ajeng", "mbenjang").
  'badhe',
  'ajeng',
  'mbenjang',
  'ngenteni',
  'arep',
  'sesuk',
  'esok',
  'isuk',
  'bade',
  'rek',
  'akan',
  'mau',
  'bakal',
  'besok',
  'besoknya',
  'lusa',
  'nanti',
  'rencana',
  'rencananya',
  'nunggu',
  'tunggu',
  'menunggu',
  'arep',
  'sesuk',
  'will',
  'tomorrow',
  'tonight',
  'waiting',
  // Wanting to go: "hoyong uih ka Garut", "pengen pulang ke Kupang".
  'hoyong',
  'hayang',
  'pengen',
  'pingin',
  'ingin',
  'want',
]);

/** Words for working somewhere, after a future word in "mau kerja di …". */
const WORK_WORDS: ReadonlySet<string> = new Set(['kerja', 'bekerja', 'kerjo', 'gawe', 'work', 'ditempatkan']);

/** The place after these words is where a move not yet made will go: "ke/to" after a future word, no turn between. */
function destinationAhead(before: readonly string[]): boolean {
  const previous = before[before.length - 1] ?? '';
  // "katanya mau kerja di dili": work still to come is somewhere the person has not reached; so is where someone
  // is to be sold or sent ("mau dijual ke majikan di Kuching").
  if (['di', 'in', 'at', 'kat'].includes(previous)) {
    const recent = before.slice(-10);
    return (
      (FUTURE_WORDS.has(before[before.length - 3] ?? '') &&
        WORK_WORDS.has(before[before.length - 2] ?? '')) ||
      (recent.some((w) => FUTURE_WORDS.has(w)) &&
        recent.some((w) => MOVE_WORDS.has(w)) &&
        !recent.some((w) => NOW_WORDS.has(w)))
    );
  }
  // "kapal bendera Taiwan mau ke perairan Somalia": the waters a vessel is heading for.
  const headedFor = ['perairan', 'waters', 'laut'].includes(previous)
    ? (before[before.length - 2] ?? '')
    : previous;
  if (
    !['ke', 'to', 'menuju', 'nyebrang', 'lalu', 'nang', 'neng', 'ning', 'ka', 'dhateng'].includes(headedFor)
  )
    return false;
  // Why nine words: "tomorrow they say we go by car to oman" puts the time eight words before the place.
  const window = before.slice(-9);
  for (let k = window.length - 1; k >= 0; k--) {
    const word = window[k]!;
    if (CONTRAST_WORDS.has(word) || NOW_WORDS.has(word) || word === '.') return false;
    if (FUTURE_WORDS.has(word)) return true;
    // "bulan depan pindah ke Perth": next month, week or year.
    if (
      (word === 'depan' || word === 'next') &&
      ['bulan', 'minggu', 'tahun', 'pekan', 'month', 'week', 'year'].some(
        (w) => window[k - 1] === w || window[k + 1] === w,
      )
    )
      return true;
  }
  return false;
}

/** Words for being near a coast rather than on it ("perairan dkt New Zealand", "off Argentina"). */
const NEAR_COAST_WORDS: ReadonlySet<string> = new Set([
  'dekat',
  'dkt',
  'deket',
  'near',
  'off',
  'perairan',
  'waters',
  'lepas',
  'coast',
  // Javanese, Sundanese and Malay "near" and "off".
  'cedhak',
  'cedak',
  'caket',
  'luar',
  'outside',
  'sekitar',
  'around',
]);

/** An adult's age said of now ("skrg umur 20", "saiki wis 19", "now she is 21"). */
const GROWN_UP_NOW =
  / (?:sekarang|now|kini) (?:saya |aku |dia )?(?:sudah |dia |she is |he is |is |umurnya |usianya )?(?:umur |usia |berumur |aged )?(?:1[89]|[2-9]\d)(?: tahun| thn| th| years?)?(?= (?:\||$|tahun|thn|years?|old|kerja|masih|dan|tapi))| (?:sekarang|now|kini)(?: [a-z]+){1,4} (?:umur|usia|umurnya|usianya|aged|is) (?:sudah )?(?:1[89]|[2-9]\d)(?= )/;

/** The writer giving an adult age of their own ("sy Rina 19 thn", "aku umur 23"). */
const ADULT_WRITER = / (?:saya|aku) (?:[a-z]+ )?(?:umur |usia |sudah )?(?:1[89]|[2-9]\d) (?:tahun|thn)(?= )/;

/** Subjects that open a clause: a "now" before one starts that clause. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'my',
  'our',
  'saya',
  'aku',
  'dia',
  'kami',
  'mereka',
]);

/** "kemarin", "yesterday": a "still" after one is no longer now ("kmrn masih di Dubai, td malam ke Muscat"). */
const YESTERDAY_WORDS: ReadonlySet<string> = new Set([
  'kemarin',
  'kemaren',
  'kmrn',
  'kmarin',
  'yesterday',
  'wingi',
  'kamari',
  'semalam',
]);

/** A crossing or arrival not made yet, said right before a place ("blm masuk Entikong") or right after it. */
const NOT_YET_BEFORE =
  / (?:belum|blm|durung|urung|teu acan|not yet|yet to) (?:bisa |boleh |iso |tiasa |able to )?(?:masuk|nyebrang|sampai|sampe|tiba|reach|cross|enter|ke|ka|menyang)(?: ke| ka| di)? $/;
/** A home one wants to go back to ("sekarang dia nak balik Lombok"): a place ahead, not where one is. */
const HOME_AHEAD_BEFORE =
  / (?:mau|nak|ingin|pengen|pingin|arep|hoyong|hayang|rencana|want to|plan to|wants to)(?: [a-z]+ (?:dan|and|terus|trus|lalu|then))? (?:balik|pulang|mudik|mulih|bali|uih|wangsul|go back|go home|return)(?: ke| ka| to| neng| nang| ning)? $/;
const NOT_YET_AFTER =
  /^ (?:(?:tapi|tp|but) )?(?:belum|blm|durung|urung|teu acan|not yet) (?:nyebrang|menyebrang|nyabrang|sampai|sampe|tiba|masuk|sandar|berlabuh|crossed|arrived|docked)/;

/** Words of boarding a vessel ("ke Busan naik kapal"): the town before them is where the crew joined it. */
const BOARDING_WORDS: ReadonlySet<string> = new Set([
  'naik',
  'boarded',
  'board',
  'join',
  'joined',
  'ikut',
  'numpak',
  'tumpak',
]);

/** The writer as typed, before the normaliser ("sy", "aq", "we"): place scoring reads the words as written. */
const WRITER_AS_WRITTEN = / (?:saya|sy|aku|aq|ak|kami|kmi|i|we) /;

/** Words for crew sent ashore ("diturunkan di Montevideo"): where those put ashore are, not the vessel still at sea. */
const PUT_ASHORE_WORDS: ReadonlySet<string> = new Set([
  'diturunkan',
  'diturunin',
  'turunkan',
  'disembarked',
  'offloaded',
  'dropped',
]);

/** Words for a port or an anchorage: a town named right after or before one is where a vessel lies. */
const PORT_WORDS: ReadonlySet<string> = new Set([
  'pelabuhan',
  'port',
  'harbour',
  'harbor',
  'dermaga',
  'anchorage',
]);

/** Words for a vessel: a country named right before or after one is its flag. */
const VESSEL_WORDS: ReadonlySet<string> = new Set([
  'kapal',
  'vessel',
  'boat',
  'ship',
  'cumi',
  'squid',
  'tuna',
  'longliner',
  'trawler',
]);

/**
 * A message's words as the place finder splits them, one space between words and at each end: what place rules
 * read. Why the same words: a place's matched words ("osmach" for O'Smach, "quebec" for Québec) are looked up in it.
 */
function plainWordsOf(reading: TextReading): string {
  // Why a "." between sentences: "3 weeks no contact now. the agent in Jakarta…" says "now" of the sentence before,
  // not of Jakarta.
  const sentences = reading.normalized.source
    .split(/[.!?\n]+/)
    .map((sentence) => placeWords(sentence).join(' '))
    .filter((words) => words !== '');
  return ` ${sentences.join(' . ')} `;
}

/** Currencies and national offices that name one country: a wage in ringgit says Malaysia when no place does. */
const CURRENCIES: readonly [RegExp, string][] = [
  // Why first: a riyal, rial or dinar written with its country's name says that country, not the Saudi riyal.
  [/ (?:riyal|rial) (?:oman|omani)| omr /, 'OM'],
  [/ (?:riyal|rial) (?:qatar|katar|qatari)| qar /, 'QA'],
  [/ dinar (?:kuwait|kuwaiti|kuweit)| kwd /, 'KW'],
  [/ dinar (?:bahrain|bahraini)| bhd /, 'BH'],
  [/ dinar (?:yordania|jordania|jordan|jordanian)| jod /, 'JO'],
  [/ (?:lira (?:turki|turkiye)|turkish lira)/, 'TR'],
  [/ (?:\d+ ?|juta |ribu |rb |jt |man )won | won \d+| krw /, 'KR'],
  [/ (?:pataca|mop \d)/, 'MO'],
  [/ (?:ringgit|rm ?\d+)/, 'MY'],
  [/ (?:riyal|real saudi|sar \d)/, 'SA'],
  [/ (?:dirham|aed)/, 'AE'],
  [/ (?:ntd|nt ?\d+|nt (?:dollar|dolar)|dolar taiwan)/, 'TW'],
  [/ (?:hkd|hk ?\d+|dolar hk|dolar hongkong)/, 'HK'],
  [/ (?:yuan|rmb|renminbi)/, 'CN'],
  [/ baht/, 'TH'],
  // Why digits: bare "yen" is also Javanese for "if" ("yen aku lapor").
  [/ (?:\d+ ?yen|yen \d+|jpy) /, 'JP'],
  [/ (?:sgd|dolar singapura)/, 'SG'],
  [/ (?:kyat)/, 'MM'],
  [/ (?:riel)/, 'KH'],
  [/ (?:\d+ ?pounds?|pounds? sterling|poundsterling|gbp) /, 'GB'],
  [/ (?:zloty|zlotych|pln) /, 'PL'],
  [/ (?:koruna|czk) /, 'CZ'],
  [/ (?:forint|huf) /, 'HU'],
  // Saudi Arabia's residence card and the platforms that hold it ("iqama udah expired", "musaned"): the Gulf's other
  // states say "iqama" too, but name their own place more often than Saudi workers do.
  [/ (?:iqama|iqamah|ikama|muqeem|absher|musaned) /, 'SA'],
  // Malaysia's labour and immigration offices, named by workers who report to them.
  [
    / (?:jabatan tenaga kerja|jabatan imigresen|depoh imigresen|depot imigresen|imigresen|pdrm|perkeso|kwsp|socso|rekalibrasi) /,
    'MY',
  ],
  // Taiwan's hotline for foreign workers and its word for a worker who ran away ("I call 1955", "takut jd kaburan");
  // not "ARC", which Korea's residence card is called too.
  [/ (?:kaburan|(?:telp|telpon|telepon|call|called|calling|hubungi|lapor|ke) 1955) /, 'TW'],
  // Words Indonesians in Korea and Japan use for the boss, the site and the schemes ("sajang", "oyakata",
  // "genba", "jisshusei", "zairyu card", "kumiai").
  [/ (?:sajang|sajangnim|bulbeop|vinyl house) /, 'KR'],
  [
    / (?:oyakata|genba|kumiai|jisshusei|kenshusei|zairyu|kanri dantai|otit|tokutei ginou|rousai|apato) /,
    'JP',
  ],
];

function countryFromNationalWords(
  readings: readonly TextReading[],
): { country: string; matched: string } | null {
  for (const reading of readings) {
    // Why the source: "S$ 900" loses its dollar sign in plain words, and a lone "s" says nothing.
    const singapore = /\b(?:S|SG)\$ ?\d/i.exec(reading.normalized.source);
    if (singapore) return { country: 'SG', matched: singapore[0] };
    const pound = /£ ?\d/.exec(reading.normalized.source);
    if (pound) return { country: 'GB', matched: pound[0] };
    const text = plainWordsOf(reading);
    for (const [pattern, country] of CURRENCIES) {
      const match = pattern.exec(text);
      if (match) return { country, matched: match[0].trim() };
    }
  }
  return null;
}

/** A bride's husband's nationality ("nikah sm org korea", "married to a Taiwanese man"): where she lives, when no place is named. */
function spouseCountry(readings: readonly TextReading[]): Place | null {
  for (const reading of readings) {
    const text = plainWordsOf(reading);
    const match =
      / (?:nikah|kawin|menikah|dinikahkan|married|suami|husband|caroge|bojo|istri|isteri|wife)\w* (?:[a-z]+ ){0,2}(?:org|orang|warga|pria|laki|cowok|urang|wong|a|to a) ([a-z]+) /.exec(
        text,
      );
    const place = match ? findPlaceInAnswer(match[1]!) : null;
    if (place?.country && place.country !== 'ID') return place;
  }
  return null;
}

function countryFromTexts(
  readings: readonly TextReading[],
  placesByReading: readonly Place[][],
  vesselAtSea: boolean,
  returned: boolean,
  caseTold: boolean,
): Place | null {
  let best: { place: Place; score: number; homeNow: boolean; homeAhead: boolean } | null = null;
  // Whether every place abroad is only where the person is about to leave for ("besok mau brgkt ke Saudi").
  let onlyDeparting = true;
  // The best place abroad told as past ("pernah kerja di Taiwan", "pulang dari Malaysia"), for when home wins.
  let pastAbroad: { place: Place; score: number } | null = null;
  let order = 0;
  for (const [index, reading] of readings.entries()) {
    const normalizedSource = plainWordsOf(reading);
    for (const place of placesByReading[index] ?? []) {
      if (!place.country) continue;
      order++;
      // Why every mention: "dari KL ke Brunei, sekarang dikembalikan ke KL" names KL twice, and the mention
      // that says where the person is now is the one that counts, not only the first.
      let at = normalizedSource.indexOf(` ${place.matched} `);
      // Spans of longer places that contain this one's words ("inggris" in "kampung inggris", Pare's village).
      const within = (placesByReading[index] ?? [])
        .filter((other) => other.matched !== place.matched && other.matched.includes(place.matched))
        .flatMap((other) => {
          const spans: [number, number][] = [];
          for (
            let o = normalizedSource.indexOf(` ${other.matched} `);
            o >= 0;
            o = normalizedSource.indexOf(` ${other.matched} `, o + 1)
          )
            spans.push([o, o + other.matched.length + 1]);
          return spans;
        });
      // Where other places are named: a "now" said before one of them is said of it, not of a place after it.
      const others = (placesByReading[index] ?? []).filter(
        (other) => other !== place && other.matched !== place.matched,
      );
      const otherMentions = others.map((other) => ` ${other.matched} `);
      const townMentions = others.map((other) => Boolean(other.city || other.area));
      do {
        if (within.some(([from, to]) => at >= from && at < to)) {
          at = normalizedSource.indexOf(` ${place.matched} `, at + 1);
          continue;
        }
        const before =
          at > 0
            ? normalizedSource
                .slice(Math.max(0, at - 60), at)
                .trim()
                .split(' ')
            : [];
        const previous = before[before.length - 1] ?? '';
        const twoBack = before.slice(-2).join(' ');
        let score = place.city || place.area ? 2 : 0;
        // A returned person's case is where it happened, never the home they came back to (TRIAGE.md country).
        if (place.country === 'ID') score -= returned ? 30 : 10;
        // "dari Kabupaten Malaka", "Desa Juntinyuat": an Indonesian regency, district or village, whatever town abroad
        // shares its name (Malaka in NTT is not Melaka).
        if (INDONESIAN_DIVISION_WORDS.has(previous)) score -= 30;
        // "dijanjiin kerja CS di bangkok", "padahal dijanjiin ke Abu Dhabi": the promised place is not where the
        // person is, whatever else points at it; the place they were sent to or held in is.
        // Why not a flag: "katanya kapal taiwan" reports which vessel, it promises no place.
        const afterVesselWord =
          VESSEL_WORDS.has(previous) ||
          ['berbendera', 'bendera', 'benderanya', 'flag', 'flagged'].includes(previous) ||
          (previous === 'is' && VESSEL_WORDS.has(before[before.length - 2] ?? '')) ||
          (VESSEL_KIND_WORDS.has(previous) && before[before.length - 2] === 'kapal');
        const promised = promisedBefore(before) && !afterVesselWord;
        if (promised) score -= 8;
        // "kami di pondok di Dumai, nunggu speedboat ke Malaysia": a destination not yet reached is not where they are.
        const ahead = destinationAhead(before);
        if (ahead) score -= 15;
        if (place.country !== 'ID' && !(ahead && before.slice(-7).some((w) => DEPARTURE_WORDS.has(w))))
          onlyDeparting = false;
        if (AT_OR_TO_WORDS.has(previous)) score += 2;
        // "sekarang di rumah tekong di Tanjung Pinang": where the person is now beats where they came from,
        // passed through or were promised, even at home.
        // The time word nearest the place decides: "skrg demam tinggi, dulu berangkat ke Moskow" left Moscow behind.
        const recentWords = before.slice(Math.max(before.length - 6, before.lastIndexOf('.') + 1));
        const nearestAt = recentWords.findLastIndex((w) => NOW_WORDS.has(w) || EARLIER_WORDS.has(w));
        // "kemarin masih di Johor, skrg udh dibawa ke Singapura": "still" yesterday is no longer now.
        const nearestTime =
          nearestAt < 0
            ? undefined
            : YESTERDAY_WORDS.has(recentWords[nearestAt - 1] ?? '')
              ? 'dulu'
              : recentWords[nearestAt];
        // Why not after a promise: "sy di tachileik skrg, bilangnya kerja di bangkok" says now of Tachileik.
        // "I'm in Semarang now": English puts "now" after the place.
        // Not "now" that opens the next clause: "promised him a job in thailand, now he is in myawaddy".
        const nowAfter =
          at >= 0 &&
          normalizedSource.startsWith(' now ', at + place.matched.length + 1) &&
          !SUBJECT_WORDS.has(normalizedSource.slice(at + place.matched.length + 6).split(' ')[0] ?? '');
        // "saya masih di Ngurah Rai, tiket ke Bangkok": the "still" is Ngurah Rai's, named between it and Bangkok.
        // Not a country that places the town before it: "now in Victoria harbour Seychelles" is now of both.
        const nowOfAnother =
          nearestAt >= 0 &&
          otherMentions.some(
            (mention, k) =>
              (place.city || place.area || !townMentions[k]) &&
              ` ${recentWords.slice(nearestAt + 1).join(' ')} `.includes(mention),
          );
        // "… saiki aku ndhelik neng kamar mandi. Taipei": a place written as a sentence of its own answers "where".
        const standsAlone =
          (before.length === 0 || before[before.length - 1] === '.') &&
          /^ (?:\. |$)/.test(normalizedSource.slice(at + place.matched.length + 1) || ' ');
        if (standsAlone) score += 4;
        const saidNow =
          (nearestTime !== undefined && NOW_WORDS.has(nearestTime) && !promised && !nowOfAnother) ||
          (nowAfter && !nearestTime);
        if (saidNow) score += 12;
        else if (nearestTime) score -= 4;
        // "kerja di Riyadh, lalu dikirim ke Kuwait": a place the story moves on to is later than the last one.
        if (before.slice(-10).some((w) => THEN_WORDS.has(w))) score += 3;
        // "transit di KL", "lewat Batam": a place on the way is not where the person is ("dikirim ke Riyadh" is where
        // they were sent; one still to be sent to is a destination ahead).
        // Not the way one travels: "dibawa lewat darat ke Duhok" is taken by land to Duhok.
        // Nor a kind of house: "di sebuah hotel transit di Kuala Lumpur" is where she is.
        const wayAt = before.length - 3 + before.slice(-3).findIndex((w) => ON_THE_WAY_WORDS.has(w));
        // Nor the way one was sent: "lwt P3MI ke Taiwan" went to Taiwan, through an agency.
        if (
          wayAt >= before.length - 3 &&
          !(wayAt < before.length - 1 && ['ke', 'to', 'menuju'].includes(previous)) &&
          !before.slice(-3).some((w) => TRAVEL_MODE_WORDS.has(w)) &&
          !TRANSIT_HOUSE_WORDS.has(before[wayAt - 1] ?? '')
        )
          // Why more than a promise's 8: "dijanjiin kerja di erbil, berangkat lewat istanbul" went through Istanbul
          // to the place promised. Unless said of now: "sekarang di hotel transit di Kuala Lumpur".
          score -= saidNow ? 4 : 10;
        if (FROM_WORDS.has(previous) && !/kabur|lari|escape|pulang|balik/.test(twoBack)) score -= 3;
        if (before.slice(-4).some((w) => SUPPOSING_WORDS.has(w))) score -= 8;
        // "sy di Tebedu, blm masuk Entikong", "dikon kerja neng Singapur tapi durung nyebrang": a place not reached yet.
        const following =
          at >= 0
            ? normalizedSource.slice(at + place.matched.length + 1, at + place.matched.length + 40)
            : '';
        // "kantornya di laos bukan di thailand kyk di iklan", "not in Bangkok but in Poipet": a place denied. Not a
        // correction: "kerja di hongkong eh bukan di makau", "di belanda?? eh bukan di Latvia maksudnya".
        if (
          DENIED_PLACE_BEFORE.test(` ${before.slice(-3).join(' ')} `) &&
          !CORRECTION_WORDS.has(before[before.length - 3] ?? '') &&
          !CORRECTION_WORDS.has(following.trim().split(' ')[0] ?? '')
        )
          score -= 15;
        // "majikan pergi liburan ke london", "Majikan angkat ka macau": where the employer went, not the person, unless
        // the person went along ("majikan bawa sy ke Zhuhai").
        if (EMPLOYER_WENT.test(` ${before.slice(-6).join(' ')} `)) score -= 15;
        const homeAhead = place.country === 'ID' && HOME_AHEAD_BEFORE.test(` ${before.slice(-6).join(' ')} `);
        if (
          NOT_YET_BEFORE.test(` ${before.slice(-4).join(' ')} `) ||
          NOT_YET_AFTER.test(following) ||
          homeAhead
        )
          score -= 15;
        // "I'm at Changi airport, flight to Phnom Penh tonight", "lagi di KLIA nunggu pesawat": an airport someone
        // is at is where they are, ahead of where the flight goes.
        if (
          (place.area?.endsWith(' airport') ||
            /^ (?:airport|bandara|international airport) /.test(following)) &&
          ['di', 'at', 'in', 'kat', 'neng', 'ning'].includes(previous)
        )
          score += 8;
        // "kena serpihan deket Bakhmut": near a town on land is where the person is.
        // Not a landmark near where the person already said they are: "sy di Tachileik, myanmar, dekat Mae Sai".
        if (
          !vesselAtSea &&
          NEAR_COAST_WORDS.has(previous) &&
          previous !== 'luar' &&
          !otherMentions.some((mention) => ` ${before.slice(-7, -1).join(' ')} `.includes(mention))
        )
          score += 2;
        // "Stanley harbour, Falkland": a town the writer places in another country by naming it right after.
        const qualified = (placesByReading[index] ?? []).some(
          (other) =>
            other !== place &&
            !isTerritoryOf(place.country!, other.country!) &&
            !other.city &&
            !other.area &&
            at >= 0 &&
            QUALIFYING_GAP.test(
              normalizedSource.slice(
                at + place.matched.length + 1,
                normalizedSource.indexOf(` ${other.matched} `, at) + 1,
              ),
            ),
        );
        if (qualified) score -= 6;
        // "cambodia near vietnam border": the border someone is near is the next country's, not theirs.
        if (NEAR_COAST_WORDS.has(previous) && /^ (?:border|perbatasan) /.test(following)) score -= 6;
        // A vessel's flag ("kapal taiwan", "Taiwanese vessel") is the country while at sea; in port, the port wins.
        // "a Chinese squid boat", "Taiwanese longliner": the flag said before the vessel word.
        const after = normalizedSource
          .slice(at + place.matched.length + 2)
          .split(' ')
          .slice(0, 2);
        // "terbang ke Busan naik kapal": the port where the crew boarded, not the vessel's flag; behind a vessel at sea.
        const boardedHere = at >= 0 && BOARDING_WORDS.has(after[0] ?? '');
        const flagAfter = at >= 0 && after.some((w) => VESSEL_WORDS.has(w)) && !boardedHere;
        if (afterVesselWord || flagAfter) score += vesselAtSea ? 5 : -1;
        if (vesselAtSea && boardedHere) score -= 8;
        // "2 teman sudah diturunkan di Montevideo, kami masih di laut": those put ashore are in port, the writer
        // is still aboard, so the port is not where the crew is. Not the writer put ashore: "sy diturunkan di …".
        // The writer put ashore is in that port: "sy sudah diturunkan di Montevideo".
        const ashoreAt = before.slice(-3).findIndex((w) => PUT_ASHORE_WORDS.has(w));
        if (vesselAtSea && ashoreAt >= 0) {
          const writerAshore = WRITER_AS_WRITTEN.test(
            ` ${before.slice(-7, before.length - 3 + ashoreAt).join(' ')} `,
          );
          score += writerAshore ? 14 : -16;
        }
        // A vessel in port: the port is where the crew is, even an Indonesian one ("di pelabuhan Benoa", "a
        // Taiwanese longliner in Suva port", "anchorage Fujairah"), whatever flag it flies.
        const namedAsPort = PORT_WORDS.has(previous) || (at >= 0 && PORT_WORDS.has(after[0] ?? ''));
        if (!vesselAtSea && (place.area?.endsWith(' port') || (namedAsPort && !qualified))) score += 12;
        // "kapal ikan korea di las palmas", "longliner at Suva": a town said to be where the vessel is, is a port it
        // lies in, whatever "now" said of the vessel before. Not at home: "kapal ikan lewat agen di Pemalang" is
        // where the crew was hired; Indonesian ports are named as such ("pelabuhan Benoa").
        if (
          vesselAtSea &&
          place.city &&
          place.country !== 'ID' &&
          !qualified &&
          ['di', 'in', 'at', 'neng', 'nang', 'ning', 'kat'].includes(previous) &&
          before.slice(-5, -1).some((w) => VESSEL_WORDS.has(w))
        )
          score += 14;
        // "kapal di laut dekat Mauritius", "a boat near Argentina": at sea, a coast the vessel is near is not
        // where the crew is; the flag state is (TRIAGE.md).
        // "skrg di perairan dkt new zealand": waters near a country are not that country, even "now".
        if (vesselAtSea && !afterVesselWord && before.slice(-2).some((w) => NEAR_COAST_WORDS.has(w)))
          score -= 15;
        // "agensi yang kantornya berada di Kuala Lumpur", "agency office in Jakarta": where the agency sits is not
        // where the person is; a place of their own named beside it is.
        // Not a house of the agency's where the person is held: "sy di rumah agen di batam" is in Batam.
        const seatWords = before.slice(-4, -1);
        if (
          ['di', 'in', 'at', 'kat', 'neng', 'nang'].includes(previous) &&
          seatWords.some((w) => AGENCY_SEAT_WORDS.has(w)) &&
          !seatWords.some((w) => TRANSIT_HOUSE_WORDS.has(w))
        )
          score -= 6;
        // "mereka chat sy ke lampung minta tebusan": where a call or a message reached the family at home is not
        // where the person is, whatever "now" was said before it.
        if (place.country === 'ID' && before.slice(-4).some((w) => CONTACTED_WORDS.has(w))) score -= 12;
        score += order * 0.01;
        // "sudah pulang dari Malaysia, sekarang di Pemalang": home now, and a case told of a place before it.
        const homeNow =
          place.country === 'ID' && (saidNow || before.slice(-3).some((w) => CAME_HOME_WORDS.has(w)));
        const toldAsPast =
          place.country !== 'ID' &&
          !promised &&
          ((nearestTime !== undefined && EARLIER_WORDS.has(nearestTime)) ||
            before.slice(-8).some((w) => PAST_STORY_WORDS.has(w) || EARLIER_WORDS.has(w)) ||
            (FROM_WORDS.has(previous) && CAME_HOME_WORDS.has(before[before.length - 2] ?? '')) ||
            /^ (?:19|20)\d\d /.test(following));
        if (toldAsPast && (!pastAbroad || score > pastAbroad.score)) pastAbroad = { place, score };
        if (!best || score > best.score) best = { place, score, homeNow, homeAhead };
        at = at < 0 ? -1 : normalizedSource.indexOf(` ${place.matched} `, at + 1);
      } while (at >= 0);
    }
  }
  // Why: a person home again who tells what happened abroad is a case of that country (TRIAGE.md country), even
  // when "sekarang di Pemalang" outscores it; without a case told, home is where the question is asked from.
  if (best?.homeNow && pastAbroad && (caseTold || returned)) return pastAbroad.place;
  // "skrg dia pengen cerai dan pulang ke indo": a home only wished for names no place the person is in.
  if (best?.homeAhead) return pastAbroad?.place ?? null;
  // "sy msh di kampung, bulan depan mau brgkt ke saudi", "msh di penampungan PT… mau diberangkatin ke arab": the
  // person says they have not left, so what happens, happens at home (TRIAGE.md country). Why only when said: a
  // question before leaving ("besok berangkat ke Taiwan, lapor diri gmn?") is filed under where the person is going.
  if (
    best &&
    best.place.country !== 'ID' &&
    onlyDeparting &&
    !vesselAtSea &&
    readings.some((reading) => STILL_AT_HOME.test(plainWordsOf(reading)))
  )
    return { country: 'ID', matched: best.place.matched };
  return best?.place ?? null;
}

function reporterOf(
  input: TriageInput,
  readings: readonly TextReading[],
): { reporter: TriageResult['reporter']; reason: Evidence | null } {
  const answer = input.answers.reporter;
  if (answer)
    return {
      reporter: answer === 'self' ? 'self' : 'relative',
      reason: { source: 'answer', evidence: 'reporter' },
    };
  for (const reading of readings) {
    const match = PERSON_RELATIVE.exec(reading.normalized.joined);
    if (match) return { reporter: 'relative', reason: { source: 'text', evidence: match[0] } };
  }
  for (const reading of readings) {
    if (FIRST_PERSON.test(reading.normalized.joined)) return { reporter: 'self', reason: null };
  }
  return { reporter: 'unknown', reason: null };
}

// Why remember readings: triage re-reads every message of a conversation each time a new one arrives, so
// without this a 25-message report reads its first message 25 times. Reading is pure, so a bounded cache of
// recent texts changes nothing but the cost. Texts live only in this process's memory, never in logs.
const REMEMBERED = 5_000;
const remembered = new Map<string, { reading: TextReading; places: ReturnType<typeof findPlacesInText> }>();

function rememberedReading(text: string) {
  let entry = remembered.get(text);
  if (entry) {
    remembered.delete(text);
  } else {
    entry = { reading: readText(text), places: findPlacesInText(text) };
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
  }
  remembered.set(text, entry);
  return entry;
}

/** Words that make what follows a rule of the place rather than an event ("kalo sakit", "when we are sick"). */
const HABIT_BEFORE =
  / (?:kalo|kalau|klo|kl|if|when|whenever|tiap|setiap|pas|nek|lamun|upami|bila|apabila|kalu)(?: (?:ada|ada yg|ada yang|we are|someone is|kami|kita|orang))? $/;

/** The phrase is said of any time the thing happens ("kalo sakit gk dikasih obat"), not of now. */
function saidAsHabit(reading: TextReading, evidence: string): boolean {
  const source = ` ${reading.normalized.source.toLowerCase()} `;
  const at = source.indexOf(` ${evidence.toLowerCase()} `);
  return at >= 0 && HABIT_BEFORE.test(source.slice(Math.max(0, at - 30), at + 1));
}

/** A denial of self-harm told as before ("kemarin … bukan mau bunuh diri") and a wish to die told as now. */
function deniedThenWished(reading: TextReading): boolean {
  const denials = reading.hits.filter((hit) => hit.cue.id === 'denies_self_harm');
  return (
    denials.length > 0 &&
    denials.every((hit) => hit.time !== 'now') &&
    reading.hits.some(
      (hit) => hit.cue.emergency === 'suicidal' && !hit.negated && !hit.hypothetical && hit.time === 'now',
    )
  );
}

/** Triage of one report: priority, category, ILO indicators, flags, reporter and country, each with its reasons (TRIAGE.md). */
export function readByRules(input: TriageInput): RulesReading {
  const { answers } = input;
  const texts = [...input.texts];
  if (answers.narrative) texts.push(answers.narrative);
  const read = texts
    .filter((text) => typeof text === 'string' && text.trim() !== '')
    .map((text) => rememberedReading(text.slice(0, 5000)));
  const readings = read.map((r) => r.reading);

  const findings: Findings = {
    indicators: new Map(),
    flags: new Map(),
    emergencies: new Map(),
    pastEmergencies: new Map(),
    signals: new Map(),
  };
  for (const reading of readings) for (const hit of reading.hits) collect(findings, hit);
  const placesByReading = read.map((r) => r.places);

  // Structured answers count as much as free text (TRIAGE.md, rules of interpretation).
  const fromAnswer = (name: string): Evidence => ({ source: 'answer', evidence: name });
  if (answers.danger_now === true) note(findings.emergencies, 'danger_words', fromAnswer('danger_now'));
  if (answers.passport_held === true)
    note(findings.indicators, 'retention_of_documents', fromAnswer('passport_held'));
  if (answers.wages_unpaid === true)
    note(findings.indicators, 'withholding_of_wages', fromAnswer('wages_unpaid'));
  if (answers.free_to_leave === false)
    note(findings.indicators, 'restriction_of_movement', fromAnswer('free_to_leave'));
  if (answers.threats_violence === true)
    note(findings.indicators, 'intimidation_threats', fromAnswer('threats_violence'));
  if (answers.debt === true) note(findings.indicators, 'debt_bondage', fromAnswer('debt'));
  if (answers.departure_route === 'recruiter' || answers.departure_route === 'own') {
    note(findings.signals, 'suspicious_recruitment', fromAnswer('departure_route'));
  }
  for (const reading of readings) {
    if (reading.workingHours && reading.workingHours.hours >= 14) {
      note(findings.indicators, 'excessive_overtime', {
        source: 'text',
        evidence: reading.workingHours.evidence,
      });
    }
  }

  // Minor: under 18 now (TRIAGE.md flags).
  let minorEvidence: Evidence | null = null;
  if (typeof answers.subject_age === 'number' && answers.subject_age < 18)
    minorEvidence = fromAnswer('subject_age');
  for (const reading of readings) {
    // "dulu direkrut umur 17 …, skrg umur 20": an age once, and the person grown up now.
    if (GROWN_UP_NOW.test(reading.normalized.joined)) continue;
    // "sy Rina 19 thn … waktu umur 15 sy dibawa tante": the writer is grown up, so the age at that time is past.
    const writerGrownUp = ADULT_WRITER.test(reading.normalized.joined);
    const young = reading.ages.find(
      (entry) => entry.age < 18 && entry.age >= 5 && !(entry.once && writerGrownUp),
    );
    if (!minorEvidence && young) minorEvidence = { source: 'text', evidence: young.evidence };
  }
  if (!minorEvidence && findings.signals.has('minor')) minorEvidence = findings.signals.get('minor')!;
  if (minorEvidence) note(findings.flags, 'minor', minorEvidence);

  const signals = findings.signals;
  const has = (signal: Signal) => signals.has(signal);
  // "kmrn sy blg bukan mau bunuh diri, tp skrg beneran pengen mati": a denial told of before a turn to now, then a
  // wish to die now, denies nothing now.
  if (has('denies_self_harm') && has('reversal') && readings.some(deniedThenWished))
    signals.delete('denies_self_harm');

  // "sudah dideportasi ke Nunukan, tapi sekarang ditampung orang, pintu dikunci": danger told after a turn
  // ("tapi sekarang", "malah") that follows the return or escape is new danger the return did not end.
  const told = readings.map((reading) => reading.normalized.source).join('\n');
  const endedAt = Math.max(
    ...(['over', 'returned'] as const).map((s) => (has(s) ? told.indexOf(signals.get(s)!.evidence) : -1)),
  );
  const turnAt = has('reversal') ? told.indexOf(signals.get('reversal')!.evidence, endedAt + 1) : -1;
  const toldAfterTurn = (evidence: Evidence) =>
    // ">=": the turn may be the danger itself ("disekap lagi").
    turnAt > endedAt && endedAt >= 0 && told.indexOf(evidence.evidence, turnAt) >= turnAt;
  const turned = [...findings.emergencies].some(
    ([emergency, evidence]) => ENDED_BY_SAFETY.has(emergency) && toldAfterTurn(evidence),
  );
  // "Saya sudah kembali, tetapi adik saya masih di sana": the writer came home, the person reported for did not.
  const returned = has('returned') && !turned && !has('still_there');
  // "aku udah keluar dari KK Park…, tapi temenku masih di dalam, locked in": the writer's escape ends nothing for one
  // who is still there.
  const over = returned || (has('over') && !turned && !has('still_there'));

  // Danger that is over is not P1 (TRIAGE.md: present tense decides P1).
  const emergencies = new Map<Emergency, Evidence>();
  for (const [emergency, evidence] of findings.emergencies) {
    if (over && ENDED_BY_SAFETY.has(emergency)) continue;
    emergencies.set(emergency, evidence);
  }
  if (over) {
    findings.flags.delete('confined_now');
    findings.flags.delete('imminent_move');
  }
  // A move the person says they agreed to is not against their will (TRIAGE.md P4).
  if (has('consents')) {
    emergencies.delete('imminent_move');
    findings.flags.delete('imminent_move');
  }
  // "ora dikunci, nanging ora iso lunga": a rule to stay, said not to be a lock and with no guard, is a
  // restriction (P2), not confinement.
  if (has('not_locked') && !has('guard')) {
    emergencies.delete('confined');
    findings.flags.delete('confined_now');
  }
  // A man of the house who came into her room and "forced" her: sexual violence told without its word.
  // So is such a man coming in at night when she says she is afraid ("abdi sieun wengi ieu deui").
  if (has('intrusion') && (has('forced_on_me') || has('fear')) && !over) {
    const evidence = signals.get('forced_on_me') ?? signals.get('intrusion')!;
    note(emergencies, 'sexual_violence', evidence);
    note(findings.indicators, 'physical_sexual_violence', evidence);
  }
  // A locked gate or a guard with the person free to come and go is not confinement (TRIAGE.md P1 needs it).
  // "minta turun tp gk dibolehin" is someone held in a car, unless it is crew refused leave to go ashore (a
  // restriction of movement, TRIAGE.md P2).
  const confinedHits = readings.flatMap((reading) =>
    reading.hits.filter((hit) => hit.cue.emergency === 'confined' && !hit.negated && !hit.hypothetical),
  );
  const refusedAshore =
    has('vessel') && confinedHits.length > 0 && confinedHits.every((hit) => /^minta/i.test(hit.evidence));
  if (has('free_to_leave') || refusedAshore) {
    emergencies.delete('confined');
    findings.flags.delete('confined_now');
  }
  // A rape in the past with the person pregnant now and still abroad is sexual violence still at work on the body
  // (TRIAGE.md P1: sexual violence; bleeding in pregnancy and the like), not danger that is over.
  const pastRape = findings.pastEmergencies.get('sexual_violence');
  if (pastRape && has('pregnant') && !returned && !over) {
    emergencies.set('sexual_violence', pastRape);
  }
  // Untreated care is an emergency only with an illness or injury to treat; serious injury that is over is not,
  // nor a rule of the place ("kalo sakit gk dikasih obat": when someone falls ill, no medicine is given).
  const illnessToTreat = readings.some((reading) =>
    reading.hits.some(
      (hit) =>
        hit.cue.signals?.includes('illness') &&
        !hit.negated &&
        !hit.hypothetical &&
        !saidAsHabit(reading, hit.evidence),
    ),
  );
  if (
    emergencies.has('untreated') &&
    !illnessToTreat &&
    !findings.emergencies.has('serious_medical') &&
    !findings.indicators.has('physical_sexual_violence')
  ) {
    emergencies.delete('untreated');
  }
  if (emergencies.has('serious_medical') && returned) emergencies.delete('serious_medical');
  // A death by suicide told of someone else is no wish, plan or means of the person the report is for, when every
  // self-harm phrase is inside its telling ("saurna gantung diri", a viral video of a worker jumping).
  const othersSuicide = readings.flatMap((reading) =>
    reading.hits.filter((hit) => hit.cue.id === 'suicide_of_other').map((hit) => hit.evidence.toLowerCase()),
  );
  const ownSelfHarm = readings.flatMap((reading) =>
    reading.hits.filter(
      (hit) =>
        hit.cue.emergency === 'suicidal' &&
        !hit.negated &&
        !othersSuicide.some((told) => told.includes(hit.evidence.toLowerCase())),
    ),
  );
  if (
    othersSuicide.length > 0 &&
    ownSelfHarm.length === 0 &&
    emergencies.get('suicidal')?.source !== 'answer'
  ) {
    emergencies.delete('suicidal');
    findings.flags.delete('suicidal');
  }
  // An illness by name or an injury that a doctor already treats ("dokter wis nangani, tipes", "patah tangan tapi
  // wis dioperasi") is cared for, not untreated; a body's state (breathing, bleeding, unconscious) stays an
  // emergency until it is better.
  // Every one of them: "demam tinggi, sudah minum obat tapi sesak napas" still has a body's state told.
  const seriousHits = readings.flatMap((reading) =>
    reading.hits.filter(
      (hit) => hit.cue.emergency === 'serious_medical' && !hit.negated && !hit.hypothetical,
    ),
  );
  if (
    has('treated') &&
    seriousHits.length > 0 &&
    seriousHits.every((hit) => CARED_FOR.test(` ${hit.evidence.toLowerCase()} `))
  )
    emergencies.delete('serious_medical');
  // "sepupu sy meninggal … di rumah sakit karena serangan jantung": the illness ended in a hospital's care, and no one
  // else is told to be at risk ("kami", fear of dying).
  const diedInCare = readings.some((r) => DIED_IN_HOSPITAL.test(r.normalized.joined));
  // "ayah saya meninggal…, kami": the "kami" is the family, not others at risk.
  const familyMemberDied = readings.some((r) => FAMILY_MEMBER_DIED.test(r.normalized.joined));
  const saysKami = readings.some((r) => / kami /.test(r.normalized.joined));
  if (diedInCare && !has('fear_of_dying') && (!saysKami || familyMemberDied))
    emergencies.delete('serious_medical');
  // Healed ("sesak napas kemarin, sudah dibawa ke dokter dan sudah sembuh") is over, like a return home.
  if (has('recovered')) {
    emergencies.delete('serious_medical');
    emergencies.delete('untreated');
  }
  // A stated absence of self-harm ("tapi aku ga ada pikiran nyakitin diri") outweighs tired-of-life words.
  // So does a joke ("rasa nak mati, tapi gurau je").
  if (has('denies_self_harm') || has('joking')) {
    emergencies.delete('suicidal');
    findings.flags.delete('suicidal');
  }
  // "Not a case", a dream, news shared, a training scenario: the writer says no one is in danger now, so nothing
  // named in it is an emergency (TRIAGE.md P4), whatever words it uses. Except self-harm: a wish to die said beside
  // such words is still asked about as one.
  if (has('not_real')) {
    for (const [emergency, evidence] of emergencies) {
      if (evidence.source === 'text' && emergency !== 'suicidal') emergencies.delete(emergency);
    }
    for (const flag of ['confined_now', 'imminent_move'] as const) findings.flags.delete(flag);
  }
  const asking = readings.some((reading) => reading.isQuestion);
  // A question for a school assignment, or a chain message with nobody of the writer's own in it, tells no case.
  // (Not "kami": "kita" reads "kami", and "jangan sampai keluarga kita jadi korban" is everyone's.)
  // "Anak" alone is children at large in a chain message ("5 anak hilang…, jgn biarkan anak main sendirian").
  const ownPeople = readings.some((reading) =>
    / (?:saya|aku|adik|kakak|suami|istri|anak (?:saya|aku|kami|ku|nya|dia))(?= )/.test(
      reading.normalized.joined,
    ),
  );
  const asksForInformation =
    asking ||
    readings.some((reading) =>
      / (?:mohon|minta|request|nyuhunkeun|tolong) (?:informasi|info|data|narasumber|materi|koreksi|cek|periksa) /.test(
        reading.normalized.joined,
      ),
    );
  const toldOfNoOne = (has('study') && asksForInformation) || (has('broadcast') && !ownPeople);
  if (toldOfNoOne) {
    emergencies.clear();
    findings.flags.delete('confined_now');
    findings.flags.delete('imminent_move');
    findings.flags.delete('minor');
    findings.indicators.clear();
  }
  // A hotline test tries the words of an emergency without one (TRIAGE.md P4: a test).
  if (has('test_message')) {
    emergencies.clear();
    findings.flags.clear();
    findings.indicators.clear();
  }
  // Hopelessness with means at hand or words of leave-taking ("sy udh beli baygon, gk kuat lagi", "pamit ya mak,
  // aku wis ra kuat"): a plan or a farewell, which crisis lines treat as high risk (TRIAGE.md P1: any stated
  // wish, plan or means).
  const preparation = signals.get('means_at_hand') ?? signals.get('farewell');
  // So do means at hand and then silence ("kirim foto obat nyamuk cair …, abis itu gk bisa dihubungi").
  // So does leave-taking that names one's absence for good ("aku mung arep pamit … ojo kabari bapak yen aku ora
  // bali maneh", a letter for the child "kalo sy udh gk ada").
  const farewellKinds = new Set(
    readings.flatMap((reading) =>
      reading.hits
        .filter((hit) => hit.cue.signals?.includes('farewell') && !hit.negated && !hit.hypothetical)
        .map((hit) => hit.cue.id),
    ),
  );
  // And leave-taking with means at hand, or followed by silence ("pamit yo mbak, titip anakku' terus hp ne mati").
  const warning =
    has('distress') ||
    // Despair at an edge or with pills set aside ("sy di pinggir dermaga skrg, gk ada yg peduli"): a plan with its
    // means, as crisis lines read it; despair alone only asks.
    (has('despair') && has('means_at_hand')) ||
    (has('farewell') && (has('withdrawn') || has('contact_lost') || has('means_at_hand'))) ||
    (has('means_at_hand') && has('contact_lost')) ||
    (farewellKinds.has('farewell_absence') && farewellKinds.size >= 2) ||
    // Two of the weightier kinds: an apology by one's family role with children left in care ("maafin ibu ya nak…
    // jaga adikmu"), a last letter with things given away.
    [...farewellKinds].filter((kind) => WEIGHTY_FAREWELLS.has(kind)).length >= 2 ||
    // Thanks for all this time, regards to one's mother and no more need of help, all in one report.
    farewellKinds.size >= 3;
  if (warning && preparation && !over && !has('denies_self_harm') && !has('joking')) {
    note(emergencies, 'suicidal', preparation);
    note(findings.flags, 'suicidal', preparation);
  }
  // Sold and now out of reach ("gak bisa dihubungi, terakhir dia bilang dia dijual ke orang"): whoever bought her
  // holds her where nobody knows, as in a kidnapping (TRIAGE.md P1).
  if (has('sold') && has('contact_lost') && !over && !toldOfNoOne)
    note(emergencies, 'kidnapping', signals.get('sold')!);
  // The flow's safety questions answered "yes" (TRIAGE.md: structured answers count as much as free text).
  if (answers.self_harm_now === true) {
    note(emergencies, 'suicidal', fromAnswer('self_harm_now'));
    note(findings.flags, 'suicidal', fromAnswer('self_harm_now'));
  }
  if (answers.medical_now === true) {
    note(emergencies, 'serious_medical', fromAnswer('medical_now'));
    note(findings.flags, 'injury_or_medical', fromAnswer('medical_now'));
  }
  // Someone has died and others are sick or afraid, or the writer fears dying: a medical emergency now.
  if (!returned && !over) {
    // Why a workplace with "kami": "teman kami meninggal di kapal" puts the others at risk; "ayah saya meninggal di
    // kampung, kami sedih" is grief, not danger.
    // Not a death in hospital of an illness: "ayah saya meninggal di rumah sakit karena stroke…, kami belum mendapat
    // kepastian" is a family's "kami", and an illness endangers no one else at work.
    const othersAtWork =
      !(diedInCare && familyMemberDied) &&
      saysKami &&
      (['vessel', 'labour_sector', 'scam', 'domestic', 'work'] as const).some((s) => has(s));
    // Why not for a talk or a paper: "prosedur pemulangan jenazah PMI, untuk bahan sosialisasi" asks about the topic.
    const deathWithOthers =
      has('death') &&
      !has('study') &&
      !readings.some((r) => DIED_OF_ILLNESS_AT_HOME.test(r.normalized.joined)) &&
      // Why not an illness alone after a death in hospital: it is what the person died of, cared for to the end.
      // Not a coworker's suicide alone ("diduga karena bunuh diri. Kami semua masih bekerja seperti biasa"): no one else is
      // told to be at risk by it.
      ((has('illness') && !diedInCare) ||
        has('fear_of_dying') ||
        has('fear') ||
        (othersAtWork && !has('suicide_of_other')));
    if (deathWithOthers) note(emergencies, 'serious_medical', signals.get('death')!);
    if (has('fear_of_dying')) note(emergencies, 'serious_medical', signals.get('fear_of_dying')!);
    // In a war with someone already killed there, or held there (passport kept, not let go): danger to life now.
    const heldThere = ['restriction_of_movement', 'retention_of_documents', 'intimidation_threats'].some(
      (indicator) => findings.indicators.has(indicator as Indicator),
    );
    if (has('war_zone') && (has('death') || has('fear_of_dying') || heldThere))
      note(emergencies, 'danger_words', signals.get('war_zone')!);
    // Sold with the day set ("dijual ke bos lain…, besok pagi dijemput"), or made to go soon against one's will
    // ("must go with them to Dubai next week, I don't want"): a move against the person's will within days.
    const soldSoon = has('sold') && has('soon');
    const madeToGo = has('made_to_go') && (has('unwilling') || has('wants_off'));
    if (soldSoon || madeToGo) {
      const evidence = signals.get(soldSoon ? 'sold' : 'made_to_go')!;
      note(emergencies, 'imminent_move', evidence);
      note(findings.flags, 'imminent_move', evidence);
    }
    // The vessel sails within days with the crew held on it and asking to go home: a move against their will.
    if (has('sailing_soon') && has('wants_off') && heldThere) {
      note(emergencies, 'imminent_move', signals.get('sailing_soon')!);
      note(findings.flags, 'imminent_move', signals.get('sailing_soon')!);
    }
  }

  // A question before departure about a placement being planned ("ponakanku arep dikirim kerja ning Malaysia, apa
  // oleh? durung mangkat") asks for information: a move with no day and nothing against the person's will.
  const move = emergencies.get('imminent_move');
  if (
    move &&
    emergencies.size === 1 &&
    has('pre_departure') &&
    asking &&
    !/jual|dol|sold|sell|besok|lusa|malam|paksa|forced|tomorrow|tonight|sesuk|isuk/i.test(move.evidence)
  ) {
    emergencies.delete('imminent_move');
    findings.flags.delete('imminent_move');
  }
  // Hostess work said to stop short of sex ("nemenin tamu minum…, gk sampe disuruh yg aneh2") is no forced sex.
  if (
    has('denies_sex') &&
    !emergencies.has('sexual_violence') &&
    !findings.indicators.has('physical_sexual_violence')
  )
    signals.delete('sex_work');
  // Someone reported missing, found and well ("udh ketemu, dia aman"): no longer missing (TRIAGE.md); an update.
  if (has('found_safe') && emergencies.size === 0) signals.delete('contact_lost');
  const indicators = INDICATORS.filter((indicator) => findings.indicators.has(indicator));
  // An illness or injury already treated, with nothing else wrong, is no case ("sudah dikasih obat").
  if (has('treated') && emergencies.size === 0 && findings.indicators.size === 0) {
    findings.flags.delete('injury_or_medical');
    signals.delete('illness');
  }
  const flags = FLAGS.filter((flag) => findings.flags.has(flag));

  const reasons: TriageReason[] = [];
  const reason = (conclusion: string, evidence: Evidence) => reasons.push({ conclusion, ...evidence });

  // ── category (first that fits, TRIAGE.md order) ───────────────────────────────────────────────
  const placesInText = placesByReading.flat();
  const scamPlace =
    placesInText.find((place) => place.area && SCAM_AREAS.has(place.area)) ??
    placesInText.find((place) => place.city && SCAM_AREAS.has(place.city));
  if (
    scamPlace &&
    !has('scam') &&
    (indicators.length > 0 || has('labour_issue') || has('contact_lost') || emergencies.size > 0)
  ) {
    note(signals, 'scam', { source: 'text', evidence: scamPlace.matched });
  }
  // Why: a wife in China who names her husband or his family is, in the cases that reach the desk, a bride sent
  // there through a broker (TRIAGE.md 4, "pengantin pesanan"), whatever words she uses for the marriage.
  const inChina = placesInText.find((place) => place.country === 'CN');
  // Not when the spouse is the one at work there ("my husband is on a chinese squid boat").
  if (inChina && !has('marriage') && !has('vessel') && !has('scam') && !has('labour_sector')) {
    const spouse = readings.some((reading) =>
      / (?:suami|caroge|carogena|bojo|bojone|husband|mertua|mitoha|in law|in laws) /.test(
        reading.normalized.joined,
      ),
    );
    if (spouse) note(signals, 'marriage', { source: 'text', evidence: inChina.matched });
  }
  // A ship that is no fishing vessel, or a shipyard, is a workplace like a factory (TRIAGE.md 6 is fishing crew).
  if (has('not_fishing')) {
    note(signals, 'labour_sector', signals.get('not_fishing')!);
    signals.delete('vessel');
  }
  // Why: in migrant workers' Indonesian "majikan" is the household employer; factories have "bos", "perusahaan".
  if (!has('domestic') && !has('labour_sector') && !has('vessel') && !has('scam')) {
    for (const reading of readings) {
      const match = / (majikan|nyonya|madam|sir|tuan) /.exec(reading.normalized.joined);
      if (match) {
        note(signals, 'domestic', { source: 'text', evidence: match[1]! });
        break;
      }
    }
    // In the Arab world "mama" and "baba" are the household's employers, and a worker who names no sector there
    // is, in the cases that reach the desk, a domestic worker.
    const arabWorld = placesInText.find(
      (place) => place.country && HOUSEHOLD_WORK_COUNTRIES.has(place.country),
    );
    if (!has('domestic') && arabWorld && !has('sex_work') && !has('agency')) {
      const household = readings.some((reading) =>
        / (?:mama|baba|kafil|kafeel) /.test(reading.normalized.joined),
      );
      // Not one who names a company as the employer ("kerja cleaner di company di riffa"): a workplace, not a house.
      const company = readings.some((reading) =>
        / (?:company|perusahaan|kompeni|syarikat|firm) /.test(reading.normalized.joined),
      );
      if ((household || has('work')) && !company)
        note(signals, 'domestic', { source: 'text', evidence: arabWorld.matched });
    }
  }
  const live =
    indicators.length > 0 ||
    emergencies.size > 0 ||
    flags.length > 0 ||
    [
      'organ',
      'sex_work',
      'marriage',
      'scam',
      'contact_lost',
      'welfare',
      'labour_issue',
      'returned',
      'over',
      'distress',
      'intrusion',
      'overstay',
    ].some((s) => has(s as Signal));
  // A question whose only case words are topics ("kontrak", "pindah majikan", a treated illness, a former
  // migrant) and that reports no indicator, danger or lost contact asks for information (TRIAGE.md P4). So
  // does a question about an offer or a departure that has not happened yet.
  const topicOnly =
    asking &&
    indicators.length === 0 &&
    emergencies.size === 0 &&
    !minorEvidence &&
    !['contact_lost', 'welfare', 'sold', 'organ', 'marriage', 'scam', 'sex_work', 'dispute_now'].some((s) =>
      has(s as Signal),
    );
  const preDepartureQuestion =
    asking && has('pre_departure') && emergencies.size === 0 && !has('contact_lost');
  // An opener ("mau tanya boleh?", "is this the hotline?") asks nothing yet: a greeting, not a request.
  const opener = readings.length > 0 && readings.every((reading) => reading.isGreeting);
  // A question for a paper or a talk, or about a case that is settled, asks for information (TRIAGE.md P4).
  const aboutTheTopic =
    emergencies.size === 0 &&
    !has('contact_lost') &&
    ((has('study') && indicators.length === 0) || (asking && has('settled')));
  // Asked as a point of law, or "just asking" ("legal gk sih…", "is it legal…", "cm nanya").
  const lawAsked = readings.some(
    (reading) =>
      reading.normalized.tokens.some((token) => LAW_WORDS.has(token.word)) ||
      JUST_ASKING.test(reading.normalized.joined),
  );
  const noCaseTold = indicators.length === 0 && emergencies.size === 0 && !has('contact_lost');
  // An organ sale asked about as a point of law, or an offer not taken up ("legal gk sih jual ginjal…? sy blm setuju
  // apa2 cm nanya"); a minor asking whether she may go to work abroad ("sy masih 16 thn blh gk kerja ke jepang?", "i
  // am 17, is it legal to work as a helper…?"): questions with no live case (TRIAGE.md P4).
  const organQuestion = asking && has('organ') && noCaseTold && lawAsked;
  const minorQuestion = asking && minorEvidence !== null && noCaseTold && (has('pre_departure') || lawAsked);
  // "what documents do I need to report a relative who is missing…? Just asking in general": no one is missing yet.
  const generalQuestion =
    asking &&
    indicators.length === 0 &&
    emergencies.size === 0 &&
    readings.some((reading) => ASKED_IN_GENERAL.test(reading.normalized.joined));
  const informationOnly =
    (topicOnly ||
      preDepartureQuestion ||
      aboutTheTopic ||
      organQuestion ||
      minorQuestion ||
      generalQuestion) &&
    !opener;
  // Sold from one employer or agent to another ("dijual agen ke majikan lain"): with one indicator, trafficking on
  // its face, as two indicators would be.
  const soldOn = has('sold') && indicators.length >= 1 && !over;
  const strong = indicators.length >= 2 || emergencies.size > 0 || soldOn;
  // Why an agency outside a question: a child taken by a broker or agent ("dibawa calo") is being moved to work,
  // while a question about a child and an agency ("boleh daftar lewat agen?") is information (TRIAGE.md P4).
  const exploitative =
    indicators.length > 0 ||
    (minorEvidence !== null && (has('work') || has('labour_sector') || (has('agency') && !asking))) ||
    has('sex_work') ||
    has('marriage') ||
    has('organ') ||
    has('scam') ||
    has('sold') ||
    // A man of the house or a coach coming into a child's room at night.
    has('intrusion') ||
    [...emergencies.keys()].some((e) => e !== 'suicidal' && e !== 'serious_medical');

  // Why: a domestic worker whose indicators come from the agency or broker (fees, debt, a held passport),
  // with no household named, is forced labour by an agency (TRIAGE.md 8), not domestic servitude.
  const household = readings.some((reading) =>
    // Not an employer praised ("majikan baik, agensi potong gaji"): the household is not who exploits; nor the one
    // to change to ("bayar dulu baru boleh pindah majikan").
    / (?:(?<!(?:pindah|ganti|tukar|change) )majikan(?! (?:saya |kami |aku )?(?:pun |juga |sih |nya )?(?:baik|ok|oke|fine|bagus|good|nice))|nyonya|tuan|madam|family|keluarga|sponsor|mertua|house|household) /.test(
      reading.normalized.joined,
    ),
  );
  // Why not with overtime: the household's hours are its doing, whoever holds the debt.
  const byAgency = has('agency') && !household && !findings.indicators.has('excessive_overtime');
  // Contact lost and nothing known of what happened: a missing person, even after a casino or online job.
  const onlyMissing =
    has('contact_lost') &&
    emergencies.size === 0 &&
    indicators.every((indicator) => indicator === 'deception') &&
    !has('organ');
  // Wanting to go home before the contract ends, with nothing wrong at work, is a welfare worry, not a dispute.
  // Why the words: "mau pulang tapi majikan bilang tunggu kontrak habis" is a dispute over leaving; missing home
  // ("kangen rumah", "homesick") with the employer fine is not.
  const homesickWithinContract =
    indicators.length === 0 &&
    /kontrak|contract/i.test(signals.get('labour_issue')?.evidence ?? '') &&
    readings.some((reading) =>
      / (?:kangen|rindu|homesick|kangen rumah|miss (?:home|(?:my|saya) (?:family|children|kids|son|daughter|husband|wife|anak))|tidak betah|(?:cuma|cm|hanya|just|only) (?:mau|ingin|want to|wanna) (?:pulang|to go home|go home)|mau pulang saja) /.test(
        reading.normalized.joined,
      ),
    );
  let category: Category;
  let categoryEvidence: Evidence | null = null;
  const pick = (value: Category, evidence: Evidence | null | undefined) => {
    category = value;
    categoryEvidence = evidence ?? null;
  };
  // Why not with a ransom: "pay in 3 days or we take his kidney" is leverage over a kidnapped worker, and the organ
  // is not what the person was moved for (TRIAGE.md 1).
  const ransomed = readings.some((reading) =>
    reading.hits.some((hit) => hit.cue.id === 'ransom' && !hit.negated && !hit.hypothetical),
  );
  if (has('organ') && !ransomed) pick('organ_removal', signals.get('organ'));
  else if (minorEvidence && exploitative) pick('child_trafficking', minorEvidence);
  else if (has('sex_work') && (exploitative || indicators.length > 0))
    pick('sexual_exploitation', signals.get('sex_work'));
  else if (has('marriage')) pick('forced_marriage', signals.get('marriage'));
  else if (onlyMissing && (has('scam') || has('suspicious_recruitment') || has('work')))
    pick('missing_person', signals.get('contact_lost'));
  else if (has('scam') && (live || has('suspicious_recruitment')))
    pick('online_scam_compound', signals.get('scam'));
  // Why violence too: violence on board is the "P1 danger on board" of TRIAGE.md even once it is over (a
  // returned crewman reporting a beating at sea is a fishing-vessel case, not a labour dispute).
  else if (has('vessel') && (strong || findings.indicators.has('physical_sexual_violence')))
    pick('fishing_vessel', signals.get('vessel'));
  else if (has('domestic') && strong && !byAgency) pick('domestic_servitude', signals.get('domestic'));
  else if (
    strong &&
    !has('work') &&
    !has('labour_issue') &&
    !has('labour_sector') &&
    !has('agency') &&
    !findings.indicators.has('debt_bondage') &&
    !findings.indicators.has('retention_of_documents')
  )
    // Taken by strangers with no work named ("diculik ... paksa naik bot"): where and why unknown, a missing person.
    pick(has('contact_lost') || emergencies.has('kidnapping') ? 'missing_person' : 'other', null);
  else if (
    strong ||
    findings.indicators.has('debt_bondage') ||
    (findings.indicators.has('retention_of_documents') && has('agency') && !has('domestic'))
  )
    pick('forced_labour', signals.get('labour_sector') ?? signals.get('agency'));
  else if (has('contact_lost') && indicators.length <= 1) pick('missing_person', signals.get('contact_lost'));
  else if (has('overstay') && indicators.length <= 1) pick('other', signals.get('overstay'));
  else if (indicators.length === 1 || (has('labour_issue') && !homesickWithinContract))
    pick('labour_dispute', signals.get('labour_issue'));
  else if (live) pick('other', signals.get('welfare') ?? null);
  else if (asking && !readings.every((reading) => reading.isGreeting)) pick('information_request', null);
  else pick('other', null);

  // ── priority ─────────────────────────────────────────────────────────────────────────────────
  let priority: Priority;
  let priorityEvidence: Evidence | null = null;
  const firstEmergency = [...emergencies.values()][0];
  const childInDanger = minorEvidence !== null && exploitative;
  // Danger that is over stays P2 only while the exploiter still holds a passport, wages or a "debt" (TRIAGE.md).
  const stillHeld = (['retention_of_documents', 'withholding_of_wages', 'debt_bondage'] as const).some((i) =>
    findings.indicators.has(i),
  );
  const missingAfterSuspiciousRecruitment =
    has('contact_lost') &&
    (has('suspicious_recruitment') ||
      findings.indicators.has('deception') ||
      has('scam') ||
      // A bride sent abroad through a matchmaker is a suspicious recruitment (TRIAGE.md 4).
      has('marriage')) &&
    !has('years');
  if (informationOnly && !firstEmergency) {
    priority = 'P4';
    category = 'information_request';
  } else if (firstEmergency) {
    priority = 'P1';
    priorityEvidence = firstEmergency;
  } else if (childInDanger && !returned) {
    priority = 'P1';
    priorityEvidence = minorEvidence;
  } else if (returned) {
    // A returned person seeking justice is P3 (TRIAGE.md), however grave what happened was; thanks for a safe
    // return with nothing else to report closes a case rather than opening one.
    const thanks = readings.some((reading) =>
      / (?:makasih|terima kasih|thank|thanks|matur nuwun|hatur nuhun|syukran|alhamdulillah) /.test(
        reading.normalized.joined,
      ),
    );
    // So is news of someone home and healed ("sudah sembuh dan sehat di rumah").
    const closed = thanks || has('recovered') || has('treated');
    priority = indicators.length > 0 || (live && !closed) ? 'P3' : 'P4';
    priorityEvidence = signals.get('returned') ?? null;
  } else if (
    indicators.length >= 2 ||
    missingAfterSuspiciousRecruitment ||
    // Being in a scam compound, a forced marriage or forced sex work is trafficking on its face: one indicator
    // there weighs as two elsewhere.
    (indicators.length >= 1 && TRAFFICKING_CATEGORIES.has(category!) && (!over || stillHeld)) ||
    soldOn
  ) {
    priority = 'P2';
    priorityEvidence = missingAfterSuspiciousRecruitment
      ? (signals.get('contact_lost') ?? null)
      : (findings.indicators.get(indicators[0]!) ?? null);
  } else if (live) {
    priority = 'P3';
    priorityEvidence = indicators[0] ? findings.indicators.get(indicators[0])! : null;
  } else {
    priority = 'P4';
  }
  // Advertising or spam with no indicator or danger in it is no case (TRIAGE.md P4).
  if (
    (has('spam') || has('test_message') || has('broadcast')) &&
    indicators.length === 0 &&
    emergencies.size === 0
  ) {
    priority = 'P4';
    category = 'other';
  }
  // A question that is no case asks for information, whatever its words ("bener gk berita WNI dijual…?"); an opener,
  // spam or a test is no request.
  const spamLike = has('spam') || has('test_message') || has('broadcast');
  if (priority === 'P4' && category! !== 'information_request')
    category = asking && !opener && !spamLike ? 'information_request' : 'other';
  if (category! === 'information_request' && priority !== 'P4') category = 'other';

  // Ask, don't guess: cues short of P1 that a direct question should settle. None for a kind that is already
  // an emergency, or that the person has ruled out ("ga ada pikiran nyakitin diri", "sudah diobati").
  const concerns: Concern[] = [];
  const concern = (kind: Concern['kind'], signal: Signal) =>
    concerns.push({ kind, evidence: signals.get(signal)!.evidence });
  const selfHarmCue = (['distress', 'means_at_hand', 'farewell', 'despair'] as const).find(has);
  const selfHarmAllowed = !emergencies.has('suicidal') && !has('denies_self_harm') && !has('joking');
  if (selfHarmCue && selfHarmAllowed) concern('self_harm', selfHarmCue);
  // Suicide named but supposed of someone else or feared ("kalau ada teman yg mau bunuh diri, sy harus jawab apa",
  // "takut adik saya bunuh diri"): crisis lines ask directly whenever it comes up. Not for a paper, news shared or
  // a test, which say no one is in danger.
  const supposedSuicide = selfHarmCue
    ? undefined
    : readings
        .flatMap((reading) => reading.hits)
        .find((hit) => hit.cue.emergency === 'suicidal' && hit.hypothetical && !hit.negated);
  if (supposedSuicide && selfHarmAllowed && !has('study') && !has('not_real') && !has('test_message'))
    concerns.push({ kind: 'self_harm', evidence: supposedSuicide.evidence });
  const stillActive = !over && !returned && !informationOnly;
  if (
    stillActive &&
    has('illness') &&
    !emergencies.has('serious_medical') &&
    !emergencies.has('untreated') &&
    !has('treated')
  ) {
    concern('medical', 'illness');
  }
  const dangerCue = (['fear', 'intrusion'] as const).find(has);
  if (stillActive && dangerCue && emergencies.size === 0) concern('danger', dangerCue);

  const { reporter, reason: reporterReason } = reporterOf(input, readings);
  const vesselAtSea = has('vessel') && !has('in_port');
  const { country, reason: countryReason } = chooseCountry(
    input,
    readings,
    placesByReading,
    vesselAtSea,
    returned,
    has('marriage'),
    indicators.length > 0,
  );

  reason(
    `priority:${priority}`,
    priorityEvidence ?? { source: 'text', evidence: priority === 'P4' ? 'no case described' : 'context' },
  );
  reason(`category:${category!}`, categoryEvidence ?? { source: 'text', evidence: 'context' });
  for (const indicator of indicators) reason(`indicator:${indicator}`, findings.indicators.get(indicator)!);
  for (const flag of flags) reason(`flag:${flag}`, findings.flags.get(flag)!);
  if (reporterReason) reason(`reporter:${reporter}`, reporterReason);
  if (country && countryReason) reason(`country:${country}`, countryReason);
  for (const { kind, evidence } of concerns) reason(`concern:${kind}`, { source: 'text', evidence });

  const joinedText = readings.map((reading) => reading.normalized.joined).join(' ');
  return {
    result: { priority, category: category!, indicators, flags, reporter, country, concerns, reasons },
    joinedText,
    signals: [...signals.keys()],
    asking,
    wordCount: joinedText.split(' ').filter((word) => /[a-z0-9]/.test(word)).length,
    dangerRuledOut:
      readings.some((reading) =>
        reading.hits.some((hit) => hit.cue.emergency && (hit.negated || hit.hypothetical)),
      ) ||
      findings.pastEmergencies.size > 0 ||
      emergencies.size < findings.emergencies.size ||
      ['denies_self_harm', 'joking', 'spam', 'test_message', 'broadcast', 'study'].some((s) =>
        has(s as Signal),
      ),
    indicatorsRuledOut: INDICATORS.filter(
      (indicator) =>
        !findings.indicators.has(indicator) &&
        readings.some((reading) =>
          reading.hits.some(
            (hit) => (hit.negated || hit.hypothetical) && hit.cue.indicators?.includes(indicator),
          ),
        ),
    ),
    // Why the answer itself and not only its evidence: an emergency the text named first keeps the text's evidence
    // ("tolong saya dalam bahaya" answered "yes"), and the answer must still stand.
    lifeAtStake:
      answers.danger_now === true ||
      LIFE_AT_STAKE.some((emergency) => emergencies.has(emergency)) ||
      [...emergencies.values()].some((evidence) => evidence.source === 'answer'),
    dangerAnswered: answers.danger_now === true,
  };
}

/** Triage of one report (TRIAGE.md): the rules' reading, then the second reader's (see second-reader.ts). */
export function triage(input: TriageInput): TriageResult {
  return secondReading(readByRules(input));
}
