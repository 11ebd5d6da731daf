import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { dictionary as indonesianDictionary } from '@zxcvbn-ts/language-id';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { LatinLanguage } from './languages.ts';

/** Evidence one known word gives each Latin-script language (higher is stronger). */
export type WordEvidence = Partial<Record<LatinLanguage, number>>;

// Weights: a word from a general stop-word list is weak evidence (1); a hand-picked marker that is
// characteristic of one language is strong (2.5). Shared words give every language that uses them the
// same weight, so they count for the family without deciding between its members.
const STOPWORD = 1;
const MARKER = 2.5;

/**
 * Indonesian chat spellings and everyday words that Malay, Javanese and Sundanese do not use (or spell
 * otherwise). stopwords-iso's Indonesian list is formal; people on the hotline write like this.
 */
const INDONESIAN_MARKERS = `
sy gk gak ga nggak ngga enggak engga udh udah sdh tdk bgt banget yg dgn aja kok sih dong deh nih
tuh lho loh kalo klo gmn gimana knp kapan bisa bs tlg mau mw pengen bahwa karena krn karna blm
nanti ntar besok kemarin kmrn skrg uang polisi kantor mobil paspor dipukul disiksa kabur capek
cape tolongin bantuin makasih trims mas mbak pak bu kakak teman cowok cewek laki kalian gitu gini
kayak hrs jgn nggk gpp dapet disini kemana bilang ngomong ngasih kasi ketemu nunggu dlu abis trus
pnya suami istri ortu hp telepon telpon calo dikurung gatau ngerti mengerti yaitu tersebut
merupakan terhadap melalui sebuah ketika namun cuma cuman doang dikit sampai sampe udahan bantu
lagi minta nyuruh disuruh dikasih kerjaan tau
`;

/** Malay words and spellings that Indonesian does not use, or uses far less. */
const MALAY_MARKERS = `
tak boleh awak sikit macam nak hendak mahu sahaja saje kerana bila apasal camne bahawa iaitu ialah
daripada selepas semasa baharu kereta teksi bas polis hospital klinik pejabat kedai wang ringgit
percuma bilik jabatan kerajaan beritahu cakap lepas dah korang kitorang diorang depa ni tu kat
lelaki kawan betul amat ramai esok semalam syarikat mesyuarat telefon nombor universiti kualiti
aktiviti bahagian berjaya dijangka kewangan keselamatan kesihatan jawatan jawatankuasa kenyataan
menerusi mengikut negeri pasport lah kot je tengok faham jom takde tiada xde xnak xleh kene cik
encik kilang imigresen budak rehat borang sila doktor berehat bertolak awam padang sesiapa sekejap kejap mcm sgt tgk kpd jugak pelbagai berkenaan sebarang bersedia
memberitahu pekerjaan berkata kanak perlu lagipun sekiranya manakala walau bagaimanapun selain
`;

/**
 * How sure a word is of Malay or of Indonesian, for telling the two apart on short text. Most of their words
 * are shared; these are the ones that differ in spelling (wang/uang, kerana/karena, pasport/paspor), in
 * vocabulary (percuma/gratis, kereta/mobil, pejabat/kantor, nak/mau) or in chat forms (tak, dah, kat, je,
 * camne / nggak, udah, banget, dong). Each weight says how sure the word is: a sure word outweighs a handful
 * of shared ones; a word the other language also uses now and then ("tak", "boleh", "ramai") counts less.
 * These weights override the marker lists above for Malay and Indonesian.
 */
const TELLING_WORDS: ReadonlyArray<readonly [LatinLanguage, number, string]> = [
  [
    'ms',
    3,
    `kerana bahawa iaitu ialah wang percuma jabatan nak camne apasal sahaja saje beritahu bagitau bagitahu
    mahu kereta teksi polis pejabat kedai bilik syarikat kilang ejen aduan balai mangsa ugut diugut tempoh
    penat talian maklumat guaman dekad stesen hantar dihantar menghantar ingkar imigresen korang kitorang
    diorang depa takde tiada xde xnak xleh kot je jom mesyuarat universiti kualiti aktiviti bahagian kewangan
    keselamatan kesihatan jawatan jawatankuasa kenyataan menerusi berkenaan sebarang sesiapa sekejap kejap
    mcm sgt tgk kpd jugak pelbagai lagipun sekiranya manakala bagaimanapun doktor borang sila baharu rakan
    dakwa didakwa mendakwa kononnya terbabit berhampiran perbicaraan reman membanteras memperbaharui
    selepas kat encik rehat berehat faham pasport ringgit rosak khabar kongsi tandas lif kaunter kenderaan
    wad disyaki dipercayai berdepan majistret lokap ahad isnin khamis jumaat bekerjasama bas ubat`,
  ],
  [
    'ms',
    1.6,
    `tak dah lepas esok lelaki budak semasa hendak awak cakap tengok sikit macam ni kene mahkamah pemandu tambang`,
  ],
  ['ms', 1, `boleh betul daripada berkata amat ramai kawan semalam lah kena bagi`],
  [
    'id',
    3,
    `nggak ngga gak ga enggak engga udah udh banget bgt aja gimana gmn dong sih nih kok deh lho loh kalo klo
    karena krn karna uang mobil kantor gratis polisi bilang ngomong gini gitu kayak jgn gue gw lu nyuruh
    disuruh ketemu nunggu makasih capek cape doang cuman dikit paspor taksi besok kemarin kmrn cowok cewek
    mas mbak ntar ongkos sopir warung razia lembur calo rusak kabar ngapain bikin pengen kangen bareng
    dikasih ngasih jagain nyariin ngerti paham apotek mengizinkan pengaduan kamar`,
  ],
  ['id', 1.6, `bisa mau teman kerjaan agen kabur lalu sejak tau nanti setelah izin`],
];

/** Word pairs whose order or pairing tells Malay from Indonesian ("minggu lepas" / "minggu lalu"). */
export const TELLING_PAIRS: ReadonlyMap<string, readonly [LatinLanguage, number]> = new Map<
  string,
  readonly [LatinLanguage, number]
>([
  ...[
    'minggu lepas',
    'bulan lepas',
    'tahun lepas',
    'malam tadi',
    'pagi tadi',
    'petang tadi',
    'tengah hari',
    'lebih masa',
    'kapal terbang',
    'rumah kongsi',
    'rindu sangat',
    'penat sangat',
    'susah sangat',
    'sikit sangat',
    'terima kasih banyak',
    'tidak apa',
    'tak apa',
    'macam mana',
  ].map((pair) => [pair, ['ms', 2.5]] as const),
  ...[
    'minggu lalu',
    'bulan lalu',
    'tahun lalu',
    'tadi malam',
    'tadi pagi',
    'tadi sore',
    'rumah sakit',
    'kamar mandi',
    'kasih tahu',
    'nggak apa',
    'tidak apa-apa',
    'sekali banget',
  ].map((pair) => [pair, ['id', 2.5]] as const),
]);

/** Javanese (ngoko and krama) function words and chat words; absent from stopwords-iso. */
// Why hand-curated: stopwords-iso has no Javanese list, and franc's Javanese trigrams come from one formal
// text, which is blind to the chat register (ora, wis, piye) people actually write in.
const JAVANESE_MARKERS = `
aku kowe koe sampeyan panjenengan kula dheweke deweke awakdhewe ora ra ono ana wonten iki iku kuwi
kae niki niku menika punika meniko lan karo kaliyan ing ning neng nang saka soko seko teko tekan
menyang marang kanggo kangge amarga amargi mergo merga sing ingkang yo wis wes uwis sampun durung
dereng arep ape badhe pengen kepengin iso isa saged gelem emoh opo punapa menapa sapa sopo sinten
piye kepiye pie pripun kados endi ngendi pundi pira piro pinten ngapa ngopo tho wae mawon mung
namung mbok sanget tenan temenan akeh kathah sithik sitik sekedhik gedhe cilik alit apik sae elek
awon omah griya bocah lare wong tiyang uwong simbah mbah kanca konco rencang nyambut gawe mangan
nedha maem ngombe turu tilem mlaku mlayu lunga kesah mulih bali wangsul teka rawuh metu mlebu ndelok
ndeleng weruh ningali ngerti mangertos krungu mireng kandha matur takon nyuwun njaluk jaluk tulung
tulungi tulungen pitulungan duwe nduwe gadhah duwit dhuwit arta dina dinten sasi wulan taun warsa
esuk enjing awan sonten bengi dalu saiki sakniki samenika mengko mangke sesuk benjing wingi biyen
rumiyin kabeh sedaya sadaya dhewe dewe maneh meneh malih uga ugi yen nek menawi nanging banjur nuli
ben dene kudu kudune ojo aja wedi ajrih lara loro seneng nangis urip leres bojo garwa nggih inggih
injih mboten boten enggih nuwun suwun sugeng monggo mangga dadi dados kepriye ngene ngono mengkene
mengkono ngapunten sewu pangapunten bapake ibune anake bojone omahe dhuwite gajine paspore majikane
juragan digebugi digebuki ngelak luwe ngelih kesel mumet nelpon kabare nemoni ndak anyar babagan
dijupuk nyilih ngaso sepur pitu maca awake dina regane hawane budhal padha cedhak neng kene kono
kana nulungi ngongkon mangsuli kanthi nganti udan deres gampang angel ngomah pitakon dhisik
`;

/** Sundanese function words and chat words; absent from stopwords-iso. */
// Why hand-curated: no Sundanese list exists in stopwords-iso; these are its commonest words, including the
// loma (everyday) and lemes (polite) registers, which tell it from Indonesian even in one or two words.
const SUNDANESE_MARKERS = `
abdi urang anjeun maneh manéh aing sia manehna manéhna anjeunna arurang teu henteu aya euweuh naon
saha kamana timana iraha sabaraha kumaha naha keur nuju bade badé rek arek hayang hoyong tos geus
atos acan encan mah teh téh oge ogé deui wae waé bae baé pisan teuing kacida jeung sareng kana tina
dina pikeun sabab margi kusabab lamun upami mun namung sarta nu anu ieu éta eta kitu kieu kituna
kedah meunang tiasa daek embung hoream sieun gering cageur hatur nuhun punten mangga wilujeng enjing
sonten wengi dinten poe poé ayeuna engke isukan kamari baheula kabeh kabéh sadaya loba seueur
saeutik sakedik gede gedé ageung leutik alus saé goreng imah budak murangkalih jalma jelema indung
bapa ema akang teteh lanceuk dulur baraya babaturan rerencangan réréncangan damel digawe dahar
tuang nginum leumpang indit mulih sumping kaluar asup lebet nenjo ningal ngadenge nguping nyarios
ngobrol nanya naros menta nyuhunkeun tulungan gaduh boga artos gajih sangkan supados ambeh nepi
dugi ngan ukur mung atuh euy kuring indungna bapana imahna gajihna pasporna dunungan dununganana
dikonci hente ulah entong mangkaning sakali sakitu rada kawas siga sapertos meureun panginten
tangtu leres nya nyaeta nyaéta saur cenah ceuk carita nelepon damang pangapunten lepat ka ti ku
unggal barudak ulin lembur isuk béja beja sono dicandak anyar gawé hawa terang pamaréntah tanaga
karéta dieu dinya ditu aranjeunna nembe ngeunaan sok diajar ngabantu ngabantosan kaayaan
`;

/** Tagalog words stopwords-iso lacks, mostly chat and politeness ("po", "salamat"). */
const TAGALOG_MARKERS = `
ang ng mga po opo salamat maraming hindi ako ikaw siya tayo ka sila kayo niya nila ko mo namin
natin ninyo ito iyan iyon dito diyan doon oo paano bakit ano sino saan kailan ilan magkano gusto
ayaw kailangan pwede puwede mayroon meron wala walang kasi pero kung dahil lang din rin naman ba
nga daw raw yung yun nang kanya akin tao bahay trabaho amo pera sahod araw gabi umaga ngayon bukas
kahapon tulong tulungan talaga sobra malaki maliit maganda pangit mabuti masama kumusta kamusta
ingat paalam sige tama mali nasa ay si sina kay kina ho pasaporte kinuha binugbog tumakas
nagtatrabaho trabahador pinapasahod ate kuya nanay tatay anak asawa pamilya kapatid pinsan kaibigan
`;

/** Common English words in chat, beyond the stop-word list. */
const ENGLISH_MARKERS = `
i im i'm me my you your he she we they it is are was were am be been have has had do does did not
dont don't can can't cannot cant will would should could the a an and or but if of to in on at for
with from by about help please pls plz thanks thank hello hi hey yes no my name where what when why
how who passport employer agent boss work job salary money police embassy home family mother father
sister brother son daughter husband wife phone number safe unsafe scared afraid hurt beaten locked
trapped escape run need want go going come coming here there now today tomorrow yesterday sorry
okay morning night day week month year country city house room food sick hospital paid pay unpaid
`;

/** Vietnamese syllables from stopwords-iso plus everyday words; its entries are phrases, split here. */
const VIETNAMESE_EXTRA = `
tôi bạn anh chị em không có là và của được cho với này đó người làm việc tiền giúp xin cảm ơn
chào hộ chiếu chủ nhà công an sứ quán gia đình mẹ cha con vợ chồng đi về ở đây đâu sao gì
`;

// Why English stop-words are filtered: stopwords-iso's English list carries every two-letter country
// code ("id", "ms", "ke", "sa"), which would make short Indonesian or Tagalog words look English.
const ENGLISH_SHORT_WORDS = new Set(
  'a i am an as at be by do go he if in is it me my no of oh ok on or so to up us we'.split(' '),
);

/** Splits a hand-written list into words. */
function splitWords(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

// Frequency-ranked vocabularies (OpenSubtitles, via zxcvbn-ts): they make ordinary content words ("panas",
// "buku", "weather") count as evidence, which stop-word lists cannot. The tail of each list carries
// foreign names and loan words, so evidence fades with rank and the lists are cut.
const INDONESIAN_COMMON = (indonesianDictionary['commonWords-id'] as string[]).slice(0, 15000);
const ENGLISH_COMMON = (englishDictionary['commonWords-en'] as string[]).slice(0, 25000);
// Malay shares most of Indonesian's vocabulary; slightly less weight keeps Indonesian the winner on shared
// words, so the telling words below decide (a Malay pair of shared words reads as Indonesian: same reply).
const MALAY_SHARE = 0.9;

/** Evidence of a word at `rank` in a frequency list: 1.5 for the commonest, about 0.35 at 15,000. */
function rankWeight(rank: number): number {
  return Math.max(0.3, 1.5 - 0.12 * Math.log(rank + 1));
}

/** Builds the word → evidence table once, at module load. */
function buildWordEvidence(): Map<string, WordEvidence> {
  const table = new Map<string, WordEvidence>();
  const add = (words: Iterable<string>, lang: LatinLanguage, weight: number): void => {
    for (const raw of words) {
      const word = raw.normalize('NFC').toLowerCase();
      const entry = table.get(word) ?? {};
      entry[lang] = Math.max(entry[lang] ?? 0, weight);
      table.set(word, entry);
    }
  };
  INDONESIAN_COMMON.forEach((word, rank) => {
    add([word], 'id', rankWeight(rank));
    add([word], 'ms', MALAY_SHARE * rankWeight(rank));
  });
  ENGLISH_COMMON.forEach((word, rank) => {
    add([word], 'en', rankWeight(rank));
  });
  add(stopwordsIso.id, 'id', STOPWORD);
  // Why Malay's list only where Indonesian shares it: the rest of stopwords-iso's Malay list is news
  // vocabulary (negara, orang, kerja) that Indonesian uses just as much; real Malay markers are curated.
  const indonesian = new Set(stopwordsIso.id);
  add(
    stopwordsIso.ms.filter((word) => indonesian.has(word)),
    'ms',
    STOPWORD,
  );
  add(
    stopwordsIso.en.filter((word) => word.length > 2 || ENGLISH_SHORT_WORDS.has(word)),
    'en',
    STOPWORD,
  );
  add(stopwordsIso.tl, 'tl', STOPWORD);
  add(
    stopwordsIso.vi.flatMap((phrase) => phrase.split(/\s+/)),
    'vi',
    STOPWORD,
  );
  add(splitWords(INDONESIAN_MARKERS), 'id', MARKER);
  add(splitWords(MALAY_MARKERS), 'ms', MARKER);
  add(splitWords(JAVANESE_MARKERS), 'jv', MARKER);
  add(splitWords(SUNDANESE_MARKERS), 'su', MARKER);
  add(splitWords(TAGALOG_MARKERS), 'tl', MARKER);
  add(splitWords(ENGLISH_MARKERS), 'en', MARKER);
  add(splitWords(VIETNAMESE_EXTRA), 'vi', MARKER);
  for (const [lang, weight, list] of TELLING_WORDS) {
    for (const word of splitWords(list)) {
      const entry = table.get(word) ?? {};
      entry[lang] = weight;
      // Why lower the other one: a word sure of Malay is, for that reason, weak evidence of Indonesian.
      const other = lang === 'ms' ? 'id' : 'ms';
      if (weight >= 3 && entry[other] !== undefined) entry[other] = Math.min(entry[other]!, 0.5);
      table.set(word, entry);
    }
  }
  return table;
}

/** Evidence per known word, lower-cased and NFC-normalised. */
export const WORD_EVIDENCE: ReadonlyMap<string, WordEvidence> = buildWordEvidence();
