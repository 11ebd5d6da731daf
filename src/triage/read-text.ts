import { NO_WORDS as NO_ANSWER_WORDS, YES_WORDS as YES_ANSWER_WORDS } from '../engine/answers/vocabulary.ts';
import { allMatches } from './all-matches.ts';
import {
  INITIAL_QUESTION_WORDS,
  LAW_WORDS,
  NEGATION_COORDINATORS,
  NEGATION_FILLERS,
  NEGATION_STOPS,
  NEGATORS,
  PERSON_WORDS,
  QUESTION_WORDS,
} from './chat-words.ts';
import { cuePrefilter } from './cue-prefilter.ts';
import {
  CONTEXT_CUES,
  CUES,
  type Cue,
  MACROS,
  PAST_PATTERN,
  PRESENT_PATTERN,
  RECENT_PATTERN,
} from './lexicon.ts';
import { type NormalizedText, normalizeChatText } from './normalize-chat-text.ts';

/** When a hit happened, as far as its clause says. */
export type HitTime = 'now' | 'recent' | 'past';

/** One cue found in one message. */
export interface CueHit {
  cue: Cue;
  /** The exact phrase from the original message. */
  evidence: string;
  /** Negated ("tidak dipukul"): raises nothing. */
  negated: boolean;
  /** Inside a general question or a condition in a question ("kalau paspor ditahan, apakah…"): raises nothing. */
  hypothetical: boolean;
  time: HitTime;
}

/** What one message says, before any decision. */
export interface TextReading {
  hits: CueHit[];
  /** The message is a question (a "?" or a question word). */
  isQuestion: boolean;
  /** Every word is a greeting, test or filler. */
  isGreeting: boolean;
  /** Ages stated for a person ("umur 16", "15 years old"), with the phrase; `once` when said of a time ("waktu umur 15"). */
  ages: { age: number; evidence: string; once: boolean }[];
  /** Longest working day stated, in hours, with the phrase. */
  workingHours: { hours: number; evidence: string } | null;
  /** Normalised words, for callers that need more (reporter, vessel flag). */
  normalized: NormalizedText;
}

interface Clause {
  start: number;
  end: number;
  question: boolean;
  conditional: boolean;
  /** Where in the clause the supposition opens: its start, or a "kalau" after a question's opening ("sy mau tau hak
   * TKI kalau…"). */
  supposeAt: number;
  hasPerson: boolean;
  /** Token index of the first word asking about the law or what is allowed ("is it legal…"), or -1. */
  lawAt: number;
  time: HitTime | null;
  /** Answered "no" right after it ("Dalam bahaya sekarang: Tidak"): every cue in it is denied. */
  denied?: boolean;
}

interface CompiledCue {
  cue: Cue;
  regex: RegExp;
}

function expand(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
}

function compile(cue: Cue): CompiledCue {
  // Why a space consumed rather than "(?<= )": V8 then skips straight to the spaces, about one place in five, instead
  // of trying every one of the large alternations at every character (the match's start is moved past it below).
  return { cue, regex: new RegExp(` (?:${expand(cue.pattern)})(?= )`, 'g') };
}

// Why context cues ignore negation: "tidak capai target" still says where the person works. One that raises an
// emergency is negatable like any emergency cue: "never dipaksa tidur sm customer" denies it.
const COMPILED: readonly CompiledCue[] = [
  ...CUES,
  ...CONTEXT_CUES.map((cue) => ({ ...cue, negatable: cue.negatable ?? cue.emergency !== undefined })),
].map(compile);
/** Every cue's expression as reading runs it (for the prefilter's tests). */
export const CUE_EXPRESSIONS: readonly RegExp[] = COMPILED.map(({ regex }) => regex);
const COMPILED_MAY_MATCH = cuePrefilter(CUE_EXPRESSIONS);
const PAST = new RegExp(`(?<= )${PAST_PATTERN}(?= )`);
const RECENT = new RegExp(`(?<= )${RECENT_PATTERN}(?= )`);
const PRESENT = new RegExp(`(?<= )${PRESENT_PATTERN}(?= )`);
// A habit in a dated past ("kabur 3 minggu lalu krn sering ditampar"): "sering" tells how often then, not now.
const HABITUAL =
  /(?<= )(?:sering|selalu|terus|setiap hari|tiap hari|every day|always|saben dina|saben dino|has|have)(?= )/g;
/** Words of a start ("mulai kerja 3 bulan lalu", "arrived last year"): a past that goes on. */
const STARTED: ReadonlySet<string> = new Set([
  'mulai',
  'memulai',
  'started',
  'start',
  'began',
  'sejak',
  'since',
  'tiba',
  'datang',
  'arrived',
  'came',
  'berangkat',
]);
/** How often something happened ("sering dipukul"), not "terus" (also "then", "on and on"). */
const OFTEN =
  /(?<= )(?:sering|selalu|setiap hari|tiap hari|every day|always|often|saben dina|saben dino)(?= )/g;
const DATED_PAST =
  /(?<= )(?:(?:\d+|dua|tiga|empat|lima|beberapa) (?:tahun|bulan|minggu) (?:yang )?lalu|(?:tahun|bulan|minggu) (?:lalu|lepas|kemarin)|last (?:year|month|week)|(?<!(?:minutes?|mins?|hours?|hrs?|menit|jam) )ago|(?<!(?:makan|tunggu|pergi|istirahat|kerja|pulang|mandi|tidur|sholat|off|duluan) )dulu|dulunya|biyen|mbiyen|baheula|used to|(?:tahun|taun|thn|in) (?:19\d\d|20[01]\d|202[0-4]))(?= )/;
/** Whether a clause is told as now: a present word, unless its only one is a habit in a dated past. */
function isPresent(clauseText: string): boolean {
  if (!PRESENT.test(clauseText)) return false;
  return (
    !DATED_PAST.test(clauseText) ||
    PRESENT.test(clauseText.replace(HABITUAL, (word) => '_'.repeat(word.length)))
  );
}
const AGE =
  /(?<= )(?:saya|aku|abdi|dia)(?: (?:cewek|cowok|perempuan|laki|anak))? (\d{1,2}) (?:tahun|thn|th|taun)(?= )|(?<= )(?:saya am|saya m|i am|im|dia is|dia s|looks about|looks|(?<!(?:for|since|selama|sejak|in) )about) (\d{1,2})(?= (?:tahun|thn|th|years?|yo|y o|\||mereka|they|$|(?:and|dan|but|tapi|came|who|is|was|when) ))|(?<= )(?:umur|usia|umurnya|usianya|umurku|usiaku|umure|berumur|berusia|age|aged|umur nya|usia nya)(?: nya)?(?: saya| aku| dia)?(?: asli| aslinya| asli nya| sebenarnya| sebenernya| is| was)?(?: baru| masih| sekitar| kurang lebih| lebih kurang| kira kira| lagi| cuma| cuman| mung| kakara| nembe)? (\d{1,2})(?= )|(?<= )(?:baru|masih|umur|usia|only|just|(?:lagi|kakara|nembe|anyar)(?= \d{1,2} (?:tahun|years?))) (\d{1,2})(?: tahun| years?)?(?! (?:hari|minggu|bulan|jam|menit|kali|orang|juta|ribu|rb|jt|dolar|tahun lalu|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|people|persons|kg|km|am|pm|ringgit|riyal|dinar|dollars?))(?= )|(?<= )(\d{1,2}) (?:tahun |years? )?(?:old|yo|y o)(?= )|(?<= )(?:anak|adik|keponakan|cucu|daughter|son|sister|brother|cousin|niece|nephew|abg|remaja|bocah|budak|gadis|girl|boy|teen\w*|child|kid) (?:(?:saya|kami|perempuan|laki|cewek|cowok|sulung|bungsu|pertama|kedua|ketiga) ){0,3}(?:\| )?(?:is |umur |usia )?(\d{1,2})(?: tahun| years?)?(?! (?:hari|minggu|bulan|jam|kali|orang|juta|ribu|tahun lalu))(?= )/g;
/** An age in brackets with its unit: "(17 tahun)", "(16 thn)", "(15 years old)", "(17 y.o.)". */
const BRACKETED_AGE = /\((\d{1,2}) ?(?:tahun|thn|th|taun|years?(?: old)?|yrs?(?: old)?|yo|y\.o\.?)\)/gi;
const HOURS_PER_DAY =
  /(?<= )(?:\d{1,2} )?(\d{1,2}) (?:jam|hours?|hrs?)(?: kerja)? (?:shifts?|sif|syif|sehari|per hari|perhari|setiap hari|tiap hari|a day|per day|daily|every day|unggal poe|saben dina|saben dino|saben dinten)(?= )|(?<= )(?:kerja|work|working)(?: saben dina| saben dino| unggal poe| setiap hari| tiap hari| every day)? (?:\d{1,2} )?(\d{1,2}) (?:jam|hours?)(?! (?:seminggu|per minggu|a week|per week|lembur))(?= )/g;
const HOURS_SPAN =
  /(?<= )(?:jam|dari|from) (\d{1,2})(?: \d\d)?(?: (pagi|subuh|siang|sore|malam|am|pm))? (?:sampai|sampe|smp|hingga|to|until|ke|\|)(?: jam)? (\d{1,2})(?: \d\d)?(?: (pagi|subuh|siang|sore|malam|am|pm))?(?= )/g;
/** Who employs; with a child word before an age, the age is of the employer's child. */
// A story seen or read ("tadi liat berita ada tki dibunuh", "I saw on TikTok a girl was locked"): what follows in
// the same clause happened to people in the news, not to the writer or their own, unless one of those is named.
// So does a drama ("td malem di sinetron ada tkw disiram air panas") and a nightmare's content ("sering mimpi buruk
// dia dipukul mandor"), but not a nightmare as what the person suffers ("mimpi buruk sejak disekap").
const MEDIA_FRAME =
  / (?:liat|lihat|baca|membaca|moco|maca|nonton|nongton|lalajo|tonton|menonton|tengok|tgk|dengar|denger|dengerin|dengarkan|mendengar|krungu|ngrungokke|ngrungokake|ningali|nempo|ndelok|ndeleng|saw|see|read|watched|watch|watching|heard|listen to|listening to) (?:di |in |on |the |a |kat |nang |neng |ning |ing |teng |dina )?(?:berita|beritane|warta|wartane|news|video|film|filem|pilem|movie|dokumentari|sinetron|drama|drakor|series|serial|documentary|dokumenter|artikel|article|postingan|post|koran|tv|tiktok|youtube|fb|facebook|medsos|instagram|ig|lagu|lagune|song)(?= )|(?<= )(?:(?:sinetron|drakor|film|movie) (?:tadi|semalam|kemarin|kemaren|last night)|(?:mimpi|ngimpi|dreamt|dreamed)(?! (?:buruk|jelek|bad|nightmares?))|(?:mimpi|ngimpi) (?:buruk|jelek) (?:tentang |soal |kalau |bahwa )?(?:dia|suami|istri|anak|adik|kakak|ibu|bapak|ayah|mama|papa)(?= )|(?:bad dreams?|nightmares?) (?:about |that )(?:he|she|him|her|my)(?= )|(?:lirik|lirike|liriknya|lyrics?)|lagu (?:dangdut|koplo|pop|lama|campursari|tentang|soal|about|yang|yg|sing|judul\w*)|(?:film|filem|movie|sinetron|drama) (?:yang|yg|sing|nu|tentang|soal|pasal|about|where|that)|(?:di|dalam|in|kat|ning|nang) (?:sinetron|drakor|film|filem|movie|drama|series|serial|novel)(?: [a-z]+){0,2} (?:ada|ana|aya|there is|there was)|ada berita|katanya di berita|viral di|(?:banyak|ada) (?:yang |orang )?(?:jadi |menjadi )?korban|(?:hati|waspada) (?:lowongan|modus|penipuan|tawaran)|berita (?:hari ini|tadi|kemarin|di tv|semalam)|berita (?:[a-z]+ ){0,2}(?:pasal|tentang|soal|about|mengenai)|berita (?:ada|kalau|bahwa)|news that|news (?:about|of|on)|(?:kayak|kaya|seperti|spt|kyk|like|macam) (?:yang |yg |in the |di )?(?:di |in |the )?(?:berita|news|video|film|sinetron)|beritane (?:jarene|jare|ana)|(?:cerita|crita|cerito|nyarios) ada)(?= )/g;
// Something heard asked about ("jarene kancaku nek ning kapal iso dipukuli, bener ora?", "di tiktok ada video org
// bilang 'ginjal kalian bakal diambil', itu hoax gk?"): with a question whether it is true (TRUTH_QUESTION), what
// follows the frame repeats a rumour, not a case, unless one of the writer's own is named after it. Never without
// that question: "katanya dikunci" from a relative is what the person told them.
const HEARSAY_FRAME =
  / (?:katanya|kata orang|kabarnya|khabarnya|khabar angin|kabar angin|gosip|krungu|saurna|dengar kata|denger|dengar|jarene|jare|cenah|ceunah|ceuk batur|(?:saya|kami) (?:heard|dengar|denger)|mereka (?:say|said)|people (?:say|said)|rumou?r|isu|ada yang bilang|orang bilang|(?:ada )?(?:video|postingan|post|berita) (?:orang )?(?:bilang|ngomong|yang bilang|katanya|kata|cakap|says|said)|mengutip|quoted?)(?: (?:teman|kawan|tetangga|orang|banyak orang|ibu|bapak)(?: saya| kami)?)?(?= )/g;
const TRUTH_QUESTION =
  / (?:benar|bener|betul|leres|beneran|bener an|true|real|fakta) (?:tidak|ya|atau tidak|or not|kah|ke)?(?: sih| ya| nih)?(?: min| kak| mbak| pak| bu)? ?\?| (?:apa|apakah|is it|is that|is this|emang|memang) (?:benar|betul|bener|true|real) | (?:benarkah|betulkah|hoax|hoaks|hoak|mitos|myth) | info (?:resmi|rasmi|official)| (?:benar|bener|betul|leres|tenan) (?:tidak|kitu|teu|pora|ora|opo ora|ke)(?: kuwi| itu| eta)? | (?:really|actually) happen| (?:asli|beneran|nyata) (?:tidak|atau tidak|or not) /;
/** Words that open a question whether a claim is true ("benarkah…", "apa benar…", "is it true…"). */
const TRUTH_OPENER =
  /^ (?:benarkah|betulkah|apakah benar|apa benar|apa betul|apakah betul|emang benar|emang bener|is it true|is that true|bener tidak|benar tidak) /;
/** The writer says they themselves are safe ("tp sy sih aman2 aja", "but I'm fine"). */
const WRITER_SAFE =
  / (?:tapi|but) (?:saya|kami) (?:sih |mah |kok |am )?(?:aman|baik saja|fine|safe|ok|oke)(?= )/;
// A rumour the person concerned has since denied ("rame katanya keponakan sy dikurung… tp td sy vc sama dia, katanya
// gk bener"): what the rumour said is not what is happening, even of one's own people.
const RUMOUR_DENIED =
  / (?:katanya|kata dia|dia bilang|ternyata|jarene|cenah|she said|he said|she says|he says|turns out)(?: [a-z]+){0,2} (?:tidak|bukan|not) (?:benar|bener|betul|true)(?= )| (?:cuma|hanya|only|just) (?:hoax|hoaks|gosip|isu|rumou?r)(?= )/;
// Words that open a supposition, in Indonesian, Javanese, Sundanese and English ("nek misale ana kanca dikunci…?").
const CONDITIONAL_STARTS: ReadonlySet<string> = new Set([
  'kalau',
  'jika',
  'seandainya',
  'andai',
  'misalnya',
  'umpama',
  'nek',
  'yen',
  'lamun',
  'upami',
  'if',
  'suppose',
  // "andaikan nanti…", "seumpama majikan nanti ngunci aku…", Javanese krama "menawi", Sundanese "saupami".
  'andaikan',
  'andaikata',
  'seumpama',
  'seumpamanya',
  'umpamanya',
  'misal',
  'semisal',
  'misale',
  'upamane',
  'menawi',
  'saupami',
  'umpami',
  'sekiranya',
]);
/**
 * "apakah wajar klo nahkoda ngunci kami di palka?", "is it legal that my boss locked us in the dorm?": asking whether
 * something is normal or lawful takes it as it is; with the writer in it, it is their case, not a supposition.
 */
const ASKED_AS_IT_IS: ReadonlySet<string> = new Set([
  'wajar',
  'normal',
  'biasa',
  'lumrah',
  'legal',
  'sah',
  'ok',
  'okay',
  'fair',
]);
/** The word after ASKED_AS_IT_IS that opens what is asked about ("kalau", "that", "bahwa"). */
const AS_IT_IS_OPENERS: ReadonlySet<string> = new Set(['kalau', 'that', 'bahwa']);
/** The writer among the people of what is asked about ("…kami", "…us"); not "kita", which also speaks of anyone. */
const WRITER_IN_IT: ReadonlySet<string> = new Set([
  'saya',
  'kami',
  'aku',
  'abdi',
  'kula',
  'we',
  'i',
  'me',
  'us',
  'my',
  'our',
]);
/**
 * Words that put what is asked about ahead ("apakah wajar kalau saya nanti dikunci?"): a supposition after all. Not a
 * day named ("lusa", "besok"): a move fixed for a day is a plan told, not supposed.
 */
const AHEAD_WORDS: ReadonlySet<string> = new Set([
  'nanti',
  'akan',
  'bakal',
  'kelak',
  'will',
  'would',
  'going',
  'gonna',
  'later',
  'arep',
  'engke',
  'rek',
]);
/**
 * Where a clause opens what it asks about as the writer's own case ("apakah normal kalau kami…"), or -1; `before` is
 * the clause before it when the text broke the frame off ("apakah wajar | kalau nahkoda kunci kami…").
 */
function askedAsItIsAt(words: readonly string[], before: () => readonly string[]): number {
  const at = words.findIndex(
    (w, k) =>
      k <= 4 &&
      AS_IT_IS_OPENERS.has(w) &&
      (k === 0 ? framedBefore(before()) : ASKED_AS_IT_IS.has(words[k - 1] ?? '')),
  );
  if (at < 0) return -1;
  const writerInIt = words.slice(at + 1, at + 5).some((w) => WRITER_IN_IT.has(w));
  return writerInIt && !words.slice(at + 1).some((w) => AHEAD_WORDS.has(w)) ? at : -1;
}
/** A short clause that ends by asking whether something is normal ("apakah wajar"). */
function framedBefore(before: readonly string[]): boolean {
  return before.length <= 4 && ASKED_AS_IT_IS.has(before[before.length - 1] ?? '');
}
/** "I (just) ask", right before a supposition. */
const ASKING_WORDS: ReadonlySet<string> = new Set(['tanya', 'nanya', 'takon', 'ask', 'asking', 'tanyakan']);
// "kalau majikan bilang…", "yen bos ngomong…": a supposition that reports what the boss said.
const REPORTED_SPEECH =
  / (?:kalau|nek|yen|if|jika|lamun|mun) (?:[a-z]+ )?(?:majikan|bos|boss|mandor|kapten|agen|calo|employer|captain|manager|manajer|tekong|dunungan) (?:[a-z]+ )?(?:bilang|ngomong|omong|kata|nyarios|says|said|tells|told) /;
// A worry about what may happen ("takut adik disekap kayak di berita"): the feared event is not told as done,
// unless a reason joins them ("takut karena dikunci") or it is feared again ("takut dipukul lagi").
const WORRY_WORDS: ReadonlySet<string> = new Set([
  'takut',
  'khawatir',
  'kuatir',
  'cemas',
  'risau',
  'bimbang',
  'wedi',
  'sieun',
  'worried',
  'afraid',
  'scared',
  'fear',
]);
// "awalnya sy kira diculik, trnyata dia emang minta pindah": what the writer thought had happened, then found was
// not so, is no danger told.
const BELIEF_WORDS: ReadonlySet<string> = new Set([
  'kira',
  'kirain',
  'kukira',
  'sangka',
  'nyangka',
  'thought',
]);
const DISPELLED = / (?:ternyata|trnyata|ternyta|rupanya|rupane|jebule|jebulna|turns out|turned out) /;
const REASON_WORDS: ReadonlySet<string> = new Set(['karena', 'sebab', 'soalnya', 'because', 'since', 'krn']);
const AGAIN_WORDS: ReadonlySet<string> = new Set([
  'lagi',
  'again',
  'maneh',
  'deui',
  'terus',
  'terus terusan',
]);
// "kalau orang tidak bisa napas, bibirnya biru, harus bagaimana? teman saya begitu": a clause that says someone
// of the writer's is "like that" makes the supposition a case.
const LIKE_THAT =
  / (?:saya|kami|aku|teman|tmn|temen|kawan|adik|kakak|anak|suami|istri|ibu|bapak|ayah|friend|sister|brother|husband|wife|son|daughter)\b.* (?:begitu|begini|gitu|gini|kayak (?:gitu|gini|itu|ini)|seperti (?:itu|ini)|like (?:that|this))(?: sekarang| now)? $/;
const FAMILY_AT_HOME =
  / (?:bapak|ibu|ayah|emak|mak|mama|papa|nenek|kakek|mbah|simbok|bapa|ema|abah|umi|bapakku|ibuku|father|mother|dad|mom)\b.* (?:di rumah(?! (?:majikan|agen|agency|bos|orang|sakit|tekong|calo))|di kampung|ning omah|neng omah|nang omah|di omah|di indonesia|di lembur|at home|in indonesia|in java|di jawa) /;
// "jaga nenek lumpuh", "rawat akong yang stroke": the illness of the person a carer looks after, not the carer's.
const CARED_FOR_PERSON =
  / (?:jaga|rawat|urus|asuh|menjaga|merawat|ngurus|ngerawat|ngurusin|care for|caring for|look after|looking after|take care of) (?:[a-z]+ )?(?:nenek|kakek|akong|ahkong|ama|ahma|oma|opa|lansia|pasien|orang tua|mbah|grandma|grandpa|grandmother|grandfather|elderly|patient)\w*(?: (?:yang|yg|who is|who has|sudah|udah))?$/;
/**
 * The employer named just before an illness ("my old lady boss is very sick in hospital", "majikan saya lagi sakit
 * keras"): the person cared for or worked for is ill, not the worker the report is about.
 */
const EMPLOYER_ILL =
  / (?:my |saya |our )?(?:old |lady |tua )*(?:majikan|employer|boss|bos|madam|nyonya|ama|ahma|amah|ahkong|akong|lao ban|laoban|sajang\w*)(?: (?:saya|kami|ku|nya|lady|man|woman))?(?: (?:yang|yg|sedang|lagi|lg|is|was|masih|juga|now|skrg|sekarang))*$/;
/** Words before the employer that make them the one who did it ("di pukul majikan", "sama bos"), not the one ill. */
const EMPLOYER_AS_AGENT = / (?:di [a-z]+|sama|sm|oleh|by|dari|from|dengan|ama|kena)$/;
/** How an employer's own illness or death is told, first word ("sakit keras", "very sick"), not "dog bite my leg". */
const ILL_STATE =
  /^(?:sakit|sakitnya|gerah|gering|very|sick|ill|meninggal|wafat|died|dies|dead|passed|koma|coma|stroke|kritis|sekarat|dirawat|opname|masuk|in hospital|hospitali[sz]ed|parah|lumpuh|pingsan|jatuh|fell)\b/;
/** Whether the words just before an illness (`evidence`) name the employer as the one ill. */
function employerIsIll(before: string, evidence: string): boolean {
  const match = EMPLOYER_ILL.exec(before);
  return (
    match !== null &&
    ILL_STATE.test(evidence.toLowerCase()) &&
    !EMPLOYER_AS_AGENT.test(before.slice(0, match.index))
  );
}
/** A parent named as the reason, just before an illness ("pulang karena ibu sakit keras", "because my mother is sick"). */
const PARENT_AS_REASON =
  / (?:karena|krn|because|soalnya|sebab|kerana|amargi|margi|mergo|merga) (?:my |saya |[a-z]+ )?(?:bapak|ibu|ayah|emak|mak|mama|papa|nenek|kakek|mbah|father|mother|dad|mom)\w*(?: (?:saya|nya|dia|kami|is|was))?$/;
// "kalau saya lompat dari balkon biar bisa keluar dari sini": a jump to get out is an escape, not a wish to die.
const ESCAPE_PURPOSE =
  /^ (?:[a-z0-9]+ ){0,4}(?:biar|supaya|agar|untuk|buat|to|so i can|so that i can|in order to) (?:bisa |can |could )?(?:keluar|kabur|lari|escape|get out|turun|pergi|leave|pulang) /;
/** A period and the word that puts it behind ("bulan kemarin", "2 minggu lalu"), and the words that make it a start. */
const PERIODS: ReadonlySet<string> = new Set(['tahun', 'taun', 'bulan', 'minggu', 'pekan', 'sasi', 'sasih']);
const PERIOD_AGO: ReadonlySet<string> = new Set(['lalu', 'kemarin', 'lepas', 'kapengker', 'wingi']);
const SINCE_WORDS: ReadonlySet<string> = new Set(['sejak', 'semenjak', 'since', 'wiwit', 'ket', 'dari']);
/** Words that, right before a cue, put it in the past ("yang dulu disekap", "sempat dipukul", "once beaten"). */
const PAST_RIGHT_BEFORE: ReadonlySet<string> = new Set([
  'dulu',
  'dulunya',
  'pernah',
  'biyen',
  'mbiyen',
  'baheula',
  'kapungkur',
  'riyin',
  // Sundanese "kungsi ditajong", krama "nate": once.
  'kungsi',
  'nate',
  // "sy sempet nekat loncat dr jendela": once, as far as it went.
  'sempat',
  'sempet',
  'once',
  'formerly',
]);
/** "kalau tidak dia…", "nek ora kowe…": with a person or a time after it, "if not" is "otherwise". */
const OTHERWISE_BEFORE: ReadonlySet<string> = new Set(['kalau', 'nek', 'yen', 'lamun', 'mun', 'if', 'or']);
const OTHERWISE_AFTER: ReadonlySet<string> = new Set(['nanti', 'bakal', 'akan', 'langsung', 'besok', 'then']);
/** Words asked about with a "not" after them ("normal gak sih…", "wajar tidak…"): the "not" is the question's. */
const TAG_BEFORE_NOT: ReadonlySet<string> = new Set([
  'normal',
  'wajar',
  'biasa',
  'lumrah',
  'legal',
  'benar',
  'bener',
  'betul',
  'aman',
  'oke',
  'ok',
]);
// "… gk boleh keluar gedung? skrg sy masih didalem": after a question, "still inside" tells the writer's own case.
const STILL_INSIDE =
  / (?:masih|still|isih|tetep|tetap) (?:di )?(?:dalam|dalem|didalem|didalam|jero|di jero|njero|jerone|inside|in here|in there|disini|di sini|here)(?: sekarang| now| ayeuna| saiki)? $/;
/** "terakhir kena sy 2 minggu lalu", "the last time was a month ago": the last of a habit, weeks or more ago. */
const LAST_TIME_LONG_AGO =
  / (?:terakhir|the last time|last time)(?: [a-z]+){0,4} (?:\d+|dua|tiga|empat|beberapa|a|one|two|three|several|se) ?(?:minggu|bulan|tahun|weeks?|months?|years?) (?:yang )?(?:lalu|ago|kemarin|kepungkur|kapengker)(?= )/;
/**
 * Words before a "kalau" in the same clause that make it no question's opening: time and aspect ("sudah", "lagi",
 * "now"), a place or a person ("di", "dia", "mereka"), and reported speech ("jarene nek kabur ilang" is the agent's
 * word on what will be done). A question's opening ("sy mau tau hak TKI kalau…", "nomer darurat … upami") has none.
 */
const CASE_BEFORE_SUPPOSITION: ReadonlySet<string> = new Set([
  'sudah',
  'udah',
  'lagi',
  'sedang',
  'sekarang',
  'skrg',
  'now',
  'currently',
  'am',
  'is',
  'are',
  'was',
  'were',
  'di',
  'dia',
  'mereka',
  // Reported speech: "jarene nek kabur ilang" is the agent's word on what will be done.
  'jarene',
  'jare',
  'katanya',
  'kata',
  'bilang',
  'ngomong',
  'cenah',
  'said',
  'says',
]);
/** Words that carry a supposition on into the next clause ("kalau …, tapi majikan…", "if …, then they…"). */
const SUPPOSITION_GOES_ON: ReadonlySet<string> = new Set([
  'tapi',
  'but',
  'terus',
  'lalu',
  'then',
  'trus',
  'dan',
  'and',
  'atau',
  'or',
]);
/** How many words after "kalau" a supposition reaches when nothing ends the clause. */
const SUPPOSITION_REACH = 12;
/** Words for "or", which carry a supposition on to its next case ("upami … dikonci ku majikan atanapi paspor na ditahan"). */
const OR_WORDS: ReadonlySet<string> = new Set(['atau', 'ato', 'atanapi', 'utawa', 'or']);

/** Whether a word at `first` is still inside the supposition opened at `start`. */
function withinSupposition(words: readonly string[], start: number, first: number): boolean {
  let reachEnd = start + SUPPOSITION_REACH;
  // Why two past the reach: the passive "di" is a word of its own here ("di kunci"), so a reach of words is shorter.
  for (let k = start; k < first && k <= reachEnd + 2; k++) {
    if (OR_WORDS.has(words[k]!)) reachEnd = k + SUPPOSITION_REACH;
  }
  return first <= reachEnd;
}
const FIRST_PERSON: ReadonlySet<string> = new Set(['saya', 'kami', 'kita', 'aku', 'abdi', 'we', 'i']);
/**
 * The writer's own employer or agent ("my employer", "majikan saya", English "my" read as "saya"): not "an employer
 * there" or "majikan kita", anyone's.
 */
const OWN_EMPLOYER =
  / (?:saya|kami|aku|abdi) (?:majikan|agen|agent|agency|agensi|bos|boss|sponsor|company|perusahaan|madam|mam|manager|supervisor|broker|calo|pt|tokey|taukeh|sajang|laoban)\w* | (?:majikan|agen|agent|agency|agensi|bos|boss|sponsor|perusahaan|madam|manager|supervisor|broker|calo|pt|tokey|taukeh|sajang|laoban)(?:nya)? (?:saya|kami|aku|abdi) /;
// Someone other than the writer as the subject of a supposition ("kalau ada teman yg mau bunuh diri…",
// "kenapa banyak TKW bunuh diri?").
const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  ...[...PERSON_WORDS].filter((word) => !FIRST_PERSON.has(word)),
  'orang',
  'seseorang',
  'tkw',
  'tki',
  'pmi',
  'pekerja',
  'banyak',
  'someone',
  'somebody',
  'people',
  'batur',
  // Relatives in general ("upami aya baraya nu damel…", "kalau ada keluarga yang…"): anyone's, not the writer.
  'baraya',
  'dulur',
  'sedulur',
  'kulawarga',
  'keluarga',
  'relatives',
  'relative',
]);
/** The bare word for suicide, which a question can ask about as a topic ("bunuh diri dosa gak?"). */
const SUICIDE_WORD = /^(?:bunuh diri|suicide|suicidal|bundir)$/i;
// "dikunci gara2 nanya gaji", "because we ask salary": asking told as what someone did, not a question now.
const ASKED_FOR_A_REASON = new Set([
  'karena',
  'gara',
  'soalnya',
  'sebab',
  'because',
  'since',
  'pas',
  'waktu',
]);
// English auxiliaries ask only when a subject follows ("is it legal", "can my employer"): "…, is paid half and is
// never allowed out" continues a statement.
const INVERTED_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'can',
  'could',
  'should',
  'do',
  'does',
]);
const SUBJECTS_AFTER_AUXILIARY: ReadonlySet<string> = new Set([
  ...FIRST_PERSON,
  'dia',
  'mereka',
  'you',
  'kamu',
  'anda',
  'it',
  'there',
  'this',
  'that',
  'the',
  'a',
  'an',
  'my',
  'our',
  'her',
  'his',
  'their',
  'someone',
  'anyone',
  'somebody',
  'anybody',
]);
/** Whether a clause opens with a word that asks there ("apa…", "how…", "is it…"). */
function opensQuestion(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (!INITIAL_QUESTION_WORDS.has(first)) return false;
  return !INVERTED_AUXILIARIES.has(first) || SUBJECTS_AFTER_AUXILIARY.has(words[1] ?? '');
}
/** Whether a clause's words ask something: a question word that is not a reason told ("gara2 nanya gaji"). */
function hasQuestionWord(words: readonly string[]): boolean {
  return words.some(
    (w, k) =>
      QUESTION_WORDS.has(w) &&
      !((w === 'tanya' || w === 'nanya') && ASKED_FOR_A_REASON.has(words[k - 1] ?? '')),
  );
}
// Phrases that ask without a question word or mark ("sy harus jawab apa", "mesti bilang apa ya").
// Also where or to whom to turn ("harus lapor ke mana", "aku kudu telpon sopo", "report to who").
const QUESTION_PHRASE =
  / (?:jawab|bilang|ngomong|lakukan|berbuat|balas|respon|jelaskan) apa(?: ya)? | (?:lapor|melapor|mengadu|ngadu|hubungi|menghubungi|telepon|kontak|minta tolong|report|call|contact) (?:ke |kemana |ke mana |kepada |sama |ning |nang |neng |to )?(?:mana|siapa|sopo|sapa|saha|endi|ngendi|pundi|who|where)(?: ya| nih| sih)? | mana (?:ya|yah|sih|nih) | (?:asli|aman|benar|bener|betul|legal|resmi|wajar|normal|beneran) (?:tidak|atau tidak)(?: ya| sih| nih| kah)? $/;
const OWN_PEOPLE: ReadonlySet<string> = new Set(['saya', 'kami', 'aku', 'my', 'our', 'kita']);

const EMPLOYERS: ReadonlySet<string> = new Set(['majikan', 'bos', 'nyonya', 'tuan', 'sir']);
const CHILDREN: ReadonlySet<string> = new Set(['anak', 'bayi', 'cucu', 'kids', 'children', 'child', 'baby']);
/** "waktu umur 15", "when I was 15": an age at some time, which a past clause puts in the past. */
const AGE_AT_A_TIME: ReadonlySet<string> = new Set(['waktu', 'ketika', 'saat', 'sewaktu', 'pas', 'when']);
/** A child at home or at school, in the clause that gives the age. */
// Not a school's papers: "her school certificate shows she is 16" dates her, it does not put her at school.
const CHILD_AT_HOME =
  / (?:di kampung|di rumah(?! (?:majikan|agen|bos|tekong|calo|orang|penampungan))|tinggal (?:dengan|sama|bersama)|ikut (?:nenek|kakek|ibu|ayah|saya)|(?<!(?:ijazah|rapor|raport|surat|akta|akte|kartu) )sekolah|kuliah|lives with|at home|studies|studying|school(?! (?:certificate|cert|records?|report|papers|id|card|documents?))|di indonesia) /;
/** Work or something done to the person, in the clause that gives the age. */
// Why not after 'saya'/'kami': "saya kerja di taiwan" is the writer's own work.
const AT_WORK =
  / (?<!(?:saya|kami) )(?:kerja|work\w*|di (?:paksa|suruh|jual|bawa|kirim|jadi|ajak|rekrut|nikah|kawin|kunci|kurung|sekap|culik)|forced|made|sold|taken|recruited|bantu|prt|pelayan|akademi|academy) /;
const GREETING_WORDS = new Set([
  'halo',
  'hallo',
  'hello',
  'helo',
  'hai',
  'hi',
  'hey',
  'assalamualaikum',
  'asalamualaikum',
  'assalamu',
  'alaikum',
  'salam',
  'selamat',
  'pagi',
  'siang',
  'sore',
  'malam',
  'permisi',
  'test',
  'tes',
  'testing',
  'coba',
  'ping',
  'p',
  'min',
  'admin',
  'kakak',
  'terima',
  'kasih',
  'makasih',
  'thanks',
  'thank',
  'you',
  'ok',
  'oke',
  'baik',
  'siap',
  'ya',
  'iya',
  'yes',
  'dong',
  'saya',
  'wr',
  'wb',
  'warahmatullahi',
  'wabarakatuh',
  'good',
  'morning',
  'evening',
  'afternoon',
  'bot',
  'suar',
  'apa',
  'kabar',
  'ada',
  'orang',
  'disini',
  'sini',
  'di',
  'nih',
  'ini',
  'yang',
  'om',
  'pak',
  'bu',
  'bapak',
  'ibu',
  'mas',
  'bang',
  'sis',
  'gan',
  'dear',
  'there',
  'anyone',
  'here',
  'hallo2',
  '123',
  'tolong',
  'bantu',
  'mohon',
  'bantuan',
  'butuh',
  'perlu',
  'need',
  'please',
  'pls',
  'plis',
  'mau',
  'bicara',
  'ngobrol',
  'chat',
  'sama',
  'dengan',
  'petugas',
  'hmm',
  'hm',
  'oh',
  'wkwk',
  'haha',
  'asdf',
  'tidak',
  'jadi',
  // "mau tanya2 boleh?", "is this the hotline?": asking whether one may ask is an opener, not a question yet.
  'tanya',
  'nanya',
  'bertanya',
  'boleh',
  'afwan',
  'warahmatullah',
  'ask',
  'question',
  'can',
  'i',
  'is',
  'this',
  'the',
  'hotline',
  // "ieu leres nomer Suar?", "niki leres nomer kedutaan nggih?", "is this the right number?": checking the number.
  'ieu',
  'niki',
  'iki',
  'leres',
  'benar',
  'bener',
  'betul',
  'nomer',
  'nomor',
  'number',
  'right',
  'correct',
  'nggih',
  'kedutaan',
  'embassy',
  'wilujeng',
  'enjing',
  'sugeng',
  'punten',
]);

// Why the flow's own answer words: a question answered in pasted text ("…bahaya sekarang? Ya") is the same answer
// the intake flow reads to its yes/no questions. Single words only: an answer here is read token by token, after
// spelling ("nggak", "gk" and "ora" are already "tidak"); and the Tagalog and Arabic words pasted from a chat abroad
// ("opo", "hindi", "naam"), which the flow does not take as answers.
const single = (words: readonly string[]) => new Set(words.filter((word) => !/[\s']/.test(word)));
/** A whole answer that says no. */
const NO_WORDS: ReadonlySet<string> = single([...NO_ANSWER_WORDS, 'hindi']);
/** What may follow the "no" of an answer ("tidak ada", "belum pernah"). */
const NO_TAIL: ReadonlySet<string> = new Set(['ada', 'pernah', 'sih', 'kok', 'sama', 'sekali']);
/** A whole answer that says yes. */
const YES_WORDS: ReadonlySet<string> = single([...YES_ANSWER_WORDS, 'iyah', 'iye', 'oo', 'opo', 'naam']);

function tokenAt(offsets: readonly number[], charIndex: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= charIndex) low = middle;
    else high = middle - 1;
  }
  return low;
}

function clausesOf(
  text: NormalizedText,
  messageIsQuestion: boolean,
): { clauses: Clause[]; clauseOf: number[] } {
  const clauses: Clause[] = [];
  const clauseOf: number[] = [];
  const { tokens } = text;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const word = tokens[i]?.word;
    if (i < tokens.length && word !== '|' && word !== '?') {
      clauseOf.push(clauses.length);
      continue;
    }
    const words = tokens.slice(start, i).map((token) => token.word);
    const asText = ` ${words.join(' ')} `;
    const question =
      word === '?' || hasQuestionWord(words) || opensQuestion(words) || QUESTION_PHRASE.test(asText);
    // "sy mau tau hak2 TKI kalau sakit … tp majikan gk mau bawa ke RS, ada aturannya gk?", "nomer darurat KBRI
    // sabaraha? … kanggo jaga2 upami disekap": a supposition opened inside a clause that tells no case before it.
    // The clause before is read only where this one opens with "kalau"/"that" (a few per message at most).
    const previousWords = () => {
      const before = clauses[clauses.length - 1];
      return before ? tokens.slice(before.start, before.end).map((token) => token.word) : [];
    };
    const asItIsAt = askedAsItIsAt(words, previousWords);
    const midAt = words.findIndex((w, k) => k > 0 && k !== asItIsAt && CONDITIONAL_STARTS.has(w));
    // "…kabeh apik ora ono masalah, aku mung takon nek misale mengko dipukuli…": a supposition right after "I ask"
    // is what is asked, however long the case told before it.
    const askedRightBefore = midAt > 0 && ASKING_WORDS.has(words[midAt - 1] ?? '');
    const openedMid =
      midAt > 0 &&
      (askedRightBefore ||
        (!words.slice(0, midAt).some((w) => CASE_BEFORE_SUPPOSITION.has(w)) && midAt <= 12));
    const clause: Clause = {
      start,
      end: i,
      question,
      // Why only in a question: "kalau saya minta pulang, dipukul" is a habit ("whenever"), not a supposition.
      // An offer someone asks about ("ditawari kerja …, aman?") is not a case yet (TRIAGE.md P4).
      conditional:
        messageIsQuestion &&
        // Why not a boss's words: "yen bos ngomong 'sesuk kowe tak dol'…, piye?" asks what was really said.
        !REPORTED_SPEECH.test(` ${words.slice(0, 5).join(' ')} `) &&
        ((CONDITIONAL_STARTS.has(words[0] ?? '') && asItIsAt !== 0) ||
          openedMid ||
          words.some(
            (w, k) =>
              w === 'tawar' ||
              w === 'tawaran' ||
              w === 'offered' ||
              w === 'offer' ||
              (w === 'di' && words[k + 1] === 'tawar'),
          )),
      supposeAt: CONDITIONAL_STARTS.has(words[0] ?? '') || !openedMid ? 0 : midAt,
      hasPerson:
        words.some((w) => PERSON_WORDS.has(w)) || REPORTED_SPEECH.test(` ${words.slice(0, 5).join(' ')} `),
      // Not the law word that asks about the writer's own case ("is it legal that my boss locked us…").
      lawAt: question ? words.findIndex((w, k) => LAW_WORDS.has(w) && k !== asItIsAt - 1) : -1,
      time: isPresent(asText) ? 'now' : RECENT.test(asText) ? 'recent' : PAST.test(asText) ? 'past' : null,
    };
    // "kalau sakit parah sampe pingsan, tp majikan gk mau bawa ke RS, ada aturannya?": a clause that goes on with
    // "but" or "then" after a supposition is still supposed, unless it turns to now.
    const previous = clauses[clauses.length - 1];
    // "tetangga sy dulu th 2016 jd ABK kapal taiwan, sering dipukul": a habit ("sering", "always") told right after a
    // past clause goes on with that past; only a word of now of its own makes it now.
    // Not after a start ("3 bulan lalu sy mulai kerja, majikan sering pukul saya"): that past opens what goes on.
    if (
      clause.time === 'now' &&
      previous?.time === 'past' &&
      !tokens.slice(previous.start, previous.end).some((token) => STARTED.has(token.word)) &&
      !PRESENT.test(asText.replace(OFTEN, (word) => '_'.repeat(word.length)))
    )
      clause.time = 'past';
    if (
      previous?.conditional &&
      !clause.conditional &&
      SUPPOSITION_GOES_ON.has(words[0] ?? '') &&
      clause.time !== 'now' &&
      tokens[start - 1]?.word !== '?'
    ) {
      clause.conditional = true;
      clause.supposeAt = 0;
    }
    clauses.push(clause);
    if (i < tokens.length) clauseOf.push(clauses.length - 1);
    start = i + 1;
  }
  // A question answered "yes" right after it ("Apakah Anda dalam bahaya sekarang? Ya", a flow transcript pasted
  // as text) states what it asks (TRIAGE.md: structured answers count as much as free text); a question or a
  // summary line answered "no" ("Dalam bahaya sekarang: Tidak") denies it.
  for (const [index, clause] of clauses.entries()) {
    const next = clauses[index + 1];
    const breakToken = tokens[clause.end];
    if (!next || !breakToken || next.end === next.start) continue;
    const asked = breakToken.word === '?';
    const labelled = text.source.slice(breakToken.start, breakToken.end).includes(':');
    if (!asked && !labelled) continue;
    const answer = tokens.slice(next.start, next.end).map((token) => token.word);
    if (answer.length > 3) continue;
    if (asked && answer.every((word) => YES_WORDS.has(word))) {
      clause.question = false;
      clause.conditional = false;
      clause.lawAt = -1;
    } else if (NO_WORDS.has(answer[0]!) && answer.slice(1).every((word) => NO_TAIL.has(word))) {
      clause.denied = true;
    }
  }
  return { clauses, clauseOf };
}

function isNegated(words: readonly string[], first: number, last: number, clause: Clause): boolean {
  // Why a filler list and not a fixed window: negation reaches the next predicate ("tidak ada yang memukul")
  // but not past it ("tidak capai target, dijual"), except across "atau" ("tidak dipukul atau dikunci").
  let contentAllowance = 0;
  // Why longer across "or": "nobody is locked in or beaten" denies the beating six words after "nobody".
  let reach = 6;
  for (let i = first - 1, seen = 0; i >= clause.start && seen < reach; i--, seen++) {
    const word = words[i]!;
    if (NEGATION_STOPS.has(word)) break;
    // "normal gk sih dijaga satpam…?", "wajar tidak dikunci?": the "not" asks whether it is normal; it denies nothing.
    if (NEGATORS.has(word)) {
      // "klo gk dia dijual ke myanmar": "if not" is "otherwise", and what follows it is threatened, not denied.
      const otherwise =
        OTHERWISE_BEFORE.has(words[i - 1] ?? '') &&
        i + 1 < first &&
        (PERSON_WORDS.has(words[i + 1] ?? '') || OTHERWISE_AFTER.has(words[i + 1] ?? ''));
      return !otherwise && !(clause.question && TAG_BEFORE_NOT.has(words[i - 1] ?? ''));
    }
    if (NEGATION_COORDINATORS.has(word)) {
      contentAllowance = 2;
      reach = seen + 1 + 6;
      continue;
    }
    if (NEGATION_FILLERS.has(word)) continue;
    if (contentAllowance > 0) {
      contentAllowance--;
      continue;
    }
    break;
  }
  // Post-posed negation, common in chat: "dipukul sih nggak", "kekerasan tidak ada".
  for (let i = last + 1; i < clause.end && i <= last + 2; i++) {
    // "asma kambuh dan tidak ada obat": a negation after "dan" belongs to the next predicate.
    if (NEGATION_STOPS.has(words[i]!)) break;
    if (!NEGATORS.has(words[i]!)) continue;
    const next = words[i + 1];
    if (i + 1 >= clause.end || next === 'pernah' || next === 'ada' || next === 'sih' || next === 'kok')
      return true;
  }
  return false;
}

/**
 * Whether the writer is who a supposition or a fear is about: the nearest person before the cue is "saya"/"aku"/"I"
 * as a subject (not "teman saya"), or, unless the cue is the bare word for suicide, nobody is named at all.
 */
function writerIsSubject(
  words: readonly string[],
  clauseStart: number,
  first: number,
  bareWord: boolean,
): boolean {
  for (let i = first - 1; i >= clauseStart; i--) {
    const word = words[i]!;
    if (FIRST_PERSON.has(word))
      return !PERSON_WORDS.has(words[i - 1] ?? '') || FIRST_PERSON.has(words[i - 1]!);
    if (OTHER_PEOPLE.has(word)) return false;
  }
  return !bareWord;
}

function toHour(hour: number, part: string | undefined): number {
  // "jam 1 malam" is one in the morning, after the working day, not one in the afternoon.
  if (part === 'malam' && hour <= 4) return hour + 24;
  if ((part === 'malam' || part === 'sore' || part === 'pm') && hour < 12) return hour + 12;
  if (part === 'siang' && hour <= 6) return hour + 12;
  if ((part === 'malam' || part === 'pagi' || part === 'subuh' || part === 'am') && hour === 12)
    return part === 'malam' ? 24 : 0;
  return hour;
}

function longestWorkingDay(text: NormalizedText, evidenceOf: (from: number, to: number) => string) {
  let best: { hours: number; evidence: string } | null = null;
  const consider = (hours: number, index: number, length: number) => {
    if (hours > 0 && hours <= 24 && (!best || hours > best.hours)) {
      best = { hours, evidence: evidenceOf(index, index + length) };
    }
  };
  for (const match of allMatches(HOURS_PER_DAY, text.joined))
    consider(Number(match[1] ?? match[2]), match.index, match[0].length);
  for (const match of allMatches(HOURS_SPAN, text.joined)) {
    const from = toHour(Number(match[1]), match[2]);
    let to = toHour(Number(match[3]), match[4]);
    if (to <= from) to += match[4] ? 24 : 12;
    if (to <= from) to += 12;
    consider(to - from, match.index, match[0].length);
  }
  return best;
}

/** Reads one message: every cue that matches, with negation, supposition and time worked out. */
export function readText(source: string): TextReading {
  // Same-length rewrite so offsets still point into the source: "05.00" → "05 00".
  const text = normalizeChatText(source.replace(/(\d)[.:](\d)/g, '$1 $2'));
  const normalized: NormalizedText = { ...text, source };
  const words = text.tokens.map((token) => token.word);
  const isQuestion =
    words.includes('?') ||
    hasQuestionWord(words) ||
    opensQuestion(words) ||
    QUESTION_PHRASE.test(text.joined);
  const { clauses, clauseOf } = clausesOf(text, isQuestion);
  const messageTime: HitTime | null = clauses.some((c) => c.time === 'now' || c.time === 'recent')
    ? null
    : clauses.some((c) => c.time === 'past')
      ? 'past'
      : null;
  const evidenceOf = (from: number, to: number): string => {
    const first = tokenAt(text.offsets, from);
    const last = tokenAt(text.offsets, Math.max(from, to - 1));
    return source.slice(text.tokens[first]!.start, text.tokens[last]!.end).trim();
  };

  const stories: { clause: number; after: number; hearsay?: boolean; deniedAt?: number }[] = [];
  for (const match of allMatches(MEDIA_FRAME, text.joined)) {
    const last = tokenAt(text.offsets, match.index + match[0].length - 1);
    stories.push({ clause: clauseOf[last] ?? 0, after: last + 1 });
  }
  // A rumour repeated to be checked ("jarene … bener ora?"), or one of others beside the writer's word that they are
  // safe ("katanya di pabrik sebelah ada yg dipukul mandor, tp sy sih aman2 aja"), is a story; so is what a rumour
  // said before the person denied it, whoever it was said of.
  const hearsayAsked = TRUTH_QUESTION.test(text.joined) || WRITER_SAFE.test(text.joined);
  const denial = RUMOUR_DENIED.exec(text.joined);
  const deniedAt = denial ? tokenAt(text.offsets, denial.index + 1) : -1;
  if (hearsayAsked || denial) {
    for (const match of allMatches(HEARSAY_FRAME, text.joined)) {
      const last = tokenAt(text.offsets, match.index + match[0].length - 1);
      if (hearsayAsked) stories.push({ clause: clauseOf[last] ?? 0, after: last + 1, hearsay: true });
      if (last < deniedAt)
        stories.push({ clause: clauseOf[last] ?? 0, after: last + 1, hearsay: true, deniedAt });
    }
  }
  // A clause that opens by asking whether something is true ("benarkah di kamboja orang disetrum…?", "is it true they
  // lock people in…?") repeats a claim to be checked, as a rumour does.
  for (const [index, clause] of clauses.entries()) {
    if (TRUTH_OPENER.test(` ${words.slice(clause.start, clause.start + 3).join(' ')} `))
      stories.push({ clause: index, after: clause.start, hearsay: true });
  }
  const inStory = (first: number) =>
    stories.some((story) => {
      // A denied rumour covers what it said, up to the denial, whoever it was said of.
      if (story.deniedAt !== undefined) return first >= story.after && first < story.deniedAt;
      return (
        // The clause of the frame and the one after it ("nonton sinetron, ada TKW dikunci di gudang").
        (clauseOf[first] ?? 0) - story.clause <= 1 &&
        (clauseOf[first] ?? 0) >= story.clause &&
        first >= story.after &&
        // Why not "they" in a rumour: "I heard they lock workers…" names who does it, not whom.
        !words
          .slice(story.after, first + 1)
          .some((w) => OWN_PEOPLE.has(w) || (PERSON_WORDS.has(w) && !(story.hearsay && w === 'mereka')))
      );
    });

  const toldAsOwn = clauses.some(
    (clause) =>
      !clause.conditional &&
      (LIKE_THAT.test(` ${words.slice(clause.start, clause.end).join(' ')} `) ||
        (!clause.question && STILL_INSIDE.test(` ${words.slice(clause.start, clause.end).join(' ')} `))),
  );
  const feared = (first: number, last: number) => {
    const clauseStart = clauses[clauseOf[first] ?? 0]!.start;
    const before = words.slice(Math.max(clauseStart, first - 4), first);
    if (
      before.some((w) => BELIEF_WORDS.has(w)) &&
      DISPELLED.test(` ${words.slice(last + 1, last + 30).join(' ')} `)
    )
      return true;
    // "sy takut, kalo nanti majikan marah trs mukul": the worry just before a clause that opens a supposition.
    if (
      before.length > 0 &&
      CONDITIONAL_STARTS.has(words[clauseStart] ?? '') &&
      WORRY_WORDS.has(words[clauseStart - 2] ?? '')
    )
      return true;
    const worry = before.findLastIndex((w) => WORRY_WORDS.has(w));
    return (
      worry >= 0 &&
      !before.slice(worry + 1).some((w) => REASON_WORDS.has(w)) &&
      !AGAIN_WORDS.has(words[last + 1] ?? '')
    );
  };

  const hits: CueHit[] = [];
  const supposedByWriter = new Set<CueHit>();
  /** Hits in a clause that asks something: they tell no case of their own. */
  const askedHits = new Set<CueHit>();
  const mayMatch = COMPILED_MAY_MATCH.mayMatch(text.joined);
  for (const [index, { cue, regex }] of COMPILED.entries()) {
    if (!mayMatch[index]) continue;
    for (const spaced of allMatches(regex, text.joined)) {
      if (spaced[0] === ' ') continue;
      const match = { index: spaced.index + 1, 0: spaced[0].slice(1) };
      const first = tokenAt(text.offsets, match.index);
      const last = tokenAt(text.offsets, match.index + match[0].length - 1);
      const clause = clauses[clauseOf[first] ?? 0]!;
      const negated =
        clause.denied === true ||
        (cue.negatable !== false && isNegated(words, first, last, clause)) ||
        (cue.emergency === 'suicidal' &&
          ESCAPE_PURPOSE.test(` ${words.slice(last + 1, clause.end).join(' ')} `));
      // Why "before": "is it legal for an employer to lock the door?" asks about the law, while "saya dikunci
      // majikan apakah ini legal" reports the locking first and asks after. Not of the writer's own: "is my
      // employer allowed to deduct from my salary?" tells a live case and asks whether it is lawful (TRIAGE.md P4
      // is a question with no live case); a supposition ("kalau majikan…") is read as one whoever it is of.
      const aboutTheLaw =
        clause.lawAt >= 0 &&
        clause.start + clause.lawAt < first &&
        // Why not an emergency's cue: "is it legal for my employer to lock the door at night?" asks about a house
        // rule, and P1 needs the danger told, not asked about.
        (cue.emergency !== undefined ||
          !OWN_EMPLOYER.test(` ${words.slice(clause.start, clause.end).join(' ')} `));
      // Why near its start: in a voice message with no stops, "kalau" opens a supposition, not the whole story.
      const supposed =
        (clause.conditional &&
          first >= clause.start + clause.supposeAt &&
          withinSupposition(words, clause.start + clause.supposeAt, first)) ||
        (clause.question && (!clause.hasPerson || aboutTheLaw));
      const evidence = evidenceOf(match.index, match.index + match[0].length);
      // Why not one's own death: "kalau aku bunuh diri siapa yg urus anakku?", "apa boleh minum racun biar mati?",
      // "saya takut saya akan bunuh diri" are thoughts of it, which crisis lines treat as a wish (TRIAGE.md P1:
      // any stated wish, plan or means). Only someone else's, or the bare word asked about, stays supposed.
      const ownDeath =
        cue.emergency === 'suicidal' &&
        writerIsSubject(words, clause.start, first, SUICIDE_WORD.test(evidence));
      // Why only emergencies are feared: "takut dipecat" is still a labour worry worth a case. Why not a killing:
      // fearing to be killed ("sieun dipaehan", "scared they will kill me") is fear for one's life now (TRIAGE.md P1).
      const hypothetical =
        ((supposed && !toldAsOwn) ||
          inStory(first) ||
          (cue.emergency !== undefined && cue.emergency !== 'kill_threat' && feared(first, last))) &&
        !ownDeath;
      // Why a body's state reads only its own clause's time: in "dioperasi 5 hari lalu, lukanya bernanah" the
      // past belongs to the operation; the infected wound is now.
      // So does a threat or a move to come: "sponsor ancam mau bakar saya…, dia bilang sudah pernah bunuh" is a
      // threat now, whatever past the rest of the message tells.
      const bodyState =
        cue.emergency === 'serious_medical' ||
        cue.emergency === 'untreated' ||
        cue.emergency === 'kill_threat' ||
        cue.emergency === 'imminent_move' ||
        // "penculiknya kirim video…, adik sy ilang waktu kerja di poipet": a kidnapping told without a time of its
        // own is going on, whatever the story around it dates.
        cue.emergency === 'kidnapping';
      // Why the clause just before: a clause with no time word goes on the story of the one before it ("dulu
      // suami saya kerja di kapal, dipukuli, tapi sudah pulang").
      // Only within a sentence: after a full stop the story may have moved on ("…taken months ago. Tonight she…").
      const breakToken = text.tokens[clause.start - 1];
      const sameSentence =
        breakToken !== undefined && !/[.!?\n]/.test(source.slice(breakToken.start, breakToken.end));
      const previous = sameSentence ? clauses[(clauseOf[first] ?? 0) - 1] : undefined;
      // "temen sy yg dulu disekap di mess udh bisa ketawa lagi skrg": a past word right before the cue dates that
      // cue, whatever "now" the rest of its clause tells.
      const markedPast =
        [words[first - 1], words[first - 2]].some(
          (w, k) => first - 1 - k >= clause.start && w !== undefined && PAST_RIGHT_BEFORE.has(w),
        ) ||
        // "sasi wingi ditabok bosun… saiki wis ora": a dated period right before an act dates it, unless "since"
        // opens it ("sejak 2 bulan lalu dikurung" goes on). Not a body's state: "2 minggu lalu kakinya bengkak".
        (!bodyState &&
          first - 2 >= clause.start &&
          PERIODS.has(words[first - 2]!) &&
          PERIOD_AGO.has(words[first - 1]!) &&
          !words.slice(Math.max(clause.start, first - 5), first - 2).some((w) => SINCE_WORDS.has(w)));
      // "luka kena kaca dua minggu kapengker, ayeuna hideung sareng bau": a body's state told across clauses is as
      // of the clause that tells the state, where the phrase ends.
      const endClause = clauses[clauseOf[last] ?? 0]!;
      const ownTime = bodyState && endClause !== clause && endClause.time ? endClause.time : clause.time;
      // "sering nendang kaki kami…, terakhir kena sy 2 minggu lalu": habitual violence whose last time is weeks ago
      // is not going on now.
      const lastTimeLongAgo = cue.emergency === 'violence' && LAST_TIME_LONG_AGO.test(text.joined);
      const time: HitTime = cue.timeless
        ? 'now'
        : markedPast || lastTimeLongAgo
          ? 'past'
          : (ownTime ?? (bodyState ? null : (previous?.time ?? messageTime)) ?? 'now');
      // "bapak lara stroke ning omah": a parent ill at home in Indonesia is not the person the report is for.
      // So is a parent's death at home ("since her father passed away in Java"), and a parent's illness given as the
      // reason to go home ("minta pulang krn ibu sakit keras").
      const justBefore = () => ` ${words.slice(Math.max(clause.start, first - 5), first).join(' ')}`;
      const familyAtHome =
        (cue.emergency === 'serious_medical' ||
          cue.signals?.includes('illness') === true ||
          cue.signals?.includes('death') === true) &&
        (FAMILY_AT_HOME.test(` ${words.slice(clause.start, clause.end).join(' ')} `) ||
          [CARED_FOR_PERSON, PARENT_AS_REASON].some((whose) => whose.test(justBefore())) ||
          employerIsIll(justBefore(), evidence));
      const hit: CueHit = {
        cue,
        evidence,
        negated,
        hypothetical: hypothetical || familyAtHome,
        time,
      };
      hits.push(hit);
      if (clause.question) askedHits.add(hit);
      if (hypothetical && clause.conditional && !inStory(first)) {
        // "Min kalo pintu kamar dikunci dr luar…, hp ini sy pinjem diem2… sy hrs gmn": danger supposed of nobody
        // else is the writer's own when the message tells their case.
        const clauseWords = words.slice(clause.start, clause.end);
        if (
          clauseWords.some((w) => FIRST_PERSON.has(w)) ||
          (cue.emergency !== undefined && !clauseWords.some((w) => OTHER_PEOPLE.has(w)))
        )
          supposedByWriter.add(hit);
      }
    }
  }

  // "kalo kita gk boleh keluar kebun… gmn ya? sy sm 20 org di ladang sawit, gaji 5 bln gk dikasih": a supposition
  // in the first person, in a message that tells the writer's own case, is that case.
  // Why not a hit in a question: "kalau majikan pukul saya nanti, saya boleh lari ke kbri?" asks what to do, and
  // its question tells no case that would make the supposition one.
  const ownCase = hits.some(
    (hit) =>
      !hit.hypothetical &&
      !hit.negated &&
      !askedHits.has(hit) &&
      (hit.cue.emergency || (hit.cue.indicators?.length ?? 0) > 0),
  );
  if (ownCase) for (const hit of supposedByWriter) hit.hypothetical = false;

  const ages: { age: number; evidence: string; once: boolean }[] = [];
  // The normalised text's age phrases, and an age in brackets after a name as letters give it ("adik saya, Sdr. Yusuf
  // (17 tahun)"), whose brackets the normalised text no longer has; each read by the same guards.
  const candidates = [
    ...allMatches(AGE, text.joined).map((match) => ({
      age: Number(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6]),
      first: tokenAt(text.offsets, match.index),
      evidence: evidenceOf(match.index, match.index + match[0].length),
    })),
    ...allMatches(BRACKETED_AGE, source).map((match) => {
      const after = text.tokens.findIndex((token) => token.start > match.index);
      return { age: Number(match[1]), first: after < 0 ? words.length - 1 : after, evidence: match[0] };
    }),
  ];
  for (const { age, first, evidence } of candidates) {
    const before = words.slice(Math.max(0, first - 4), first);
    // Why: "saya jaga anak majikan umur 5 tahun" is the employer's child, not the person concerned.
    if (before.some((w) => EMPLOYERS.has(w)) && before.some((w) => CHILDREN.has(w))) continue;
    // Why: "dulu saya kerja waktu umur 15" is an age once, not now (TRIAGE.md: the minor flag is under 18 now).
    const clause = clauses[clauseOf[first] ?? 0]!;
    const once = before.some((w) => AGE_AT_A_TIME.has(w));
    if (once && (clause.time ?? messageTime) === 'past') continue;
    // Why: "anak saya umur 10 sekolah di kampung, saya kerja di taiwan" is a child at home; the work is the writer's.
    const clauseText = ` ${words.slice(clause.start, clause.end).join(' ')} `;
    if (CHILD_AT_HOME.test(clauseText) && !AT_WORK.test(clauseText)) continue;
    if (age > 0 && age < 100) ages.push({ age, evidence, once });
  }
  const isGreeting = words.length > 0 && words.every((w) => w === '|' || w === '?' || GREETING_WORDS.has(w));
  return {
    hits,
    isQuestion,
    isGreeting,
    ages,
    workingHours: longestWorkingDay(text, evidenceOf),
    normalized,
  };
}
