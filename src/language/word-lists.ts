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
daripada selepas semasa baharu kereta teksi bas polis hospital pejabat kedai wang ringgit
percuma bilik jabatan kerajaan beritahu cakap lepas dah korang kitorang diorang depa ni tu kat
lelaki kawan betul amat ramai esok semalam syarikat mesyuarat telefon nombor universiti kualiti
aktiviti bahagian berjaya dijangka kewangan jawatan jawatankuasa
menerusi mengikut pasport lah kot je tengok faham jom takde tiada xde xnak xleh kene cik
encik kilang imigresen budak rehat borang sila doktor berehat bertolak awam sesiapa sekejap kejap mcm
sgt tgk kpd jugak pelbagai berkenaan sebarang kanak lagipun sekiranya manakala bagaimanapun
`;

/**
 * How sure a word is of Malay or of Indonesian, for telling the two apart on short text. Most of their words
 * are shared; these are the ones that differ in spelling (wang/uang, kerana/karena, pasport/paspor), in
 * vocabulary (percuma/gratis, kereta/mobil, pejabat/kantor, nak/mau) or in chat forms (tak, dah, kat, je,
 * camne / nggak, udah, banget, dong). Each weight says how sure the word is: a sure word outweighs a handful
 * of shared ones; a word the other language also uses now and then ("tak", "boleh", "ramai") counts less.
 * These weights override the marker lists above for Malay and Indonesian. Sure Malay words include its own
 * spellings of loans (minit, peratus, lesen, akaun, projek, insurans), everyday words Indonesian says otherwise
 * (petang, kasut, seluar, kerusi, isteri, sejuk, dadah, jenayah), chat forms (takpe, pulak, jer, pastu) and
 * northern, Kelantan, Sabah and Brunei forms (awat, gapo, inda, bisai, kamurang).
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
    wad disyaki dipercayai berdepan majistret lokap ahad isnin khamis jumaat bekerjasama bas ubat
    petang minit peratus bilion kelmarin seluar kasut tuala pinggan kerusi almari tingkap basikal motosikal
    lori lesen cukai saman yuran siasatan siasat menyiasat disiasat pengarah timbalan kakitangan lawatan
    melawat rasmi akaun sindiket pemerdagangan penyeludupan seludup diseludup dahaga seronok
    tumpang puan fikir berfikir fikiran fasal kempen projek televisyen bajet insurans ansuran caj muzium
    muzik zon pakej mesej elaun jimat baiki membaiki dibaiki basuh membasuh penderaan rogol dirogol
    merogol pengsan jururawat bomba jenayah penjenayah dadah peguam pendakwaan susulan seramai kesemua
    sebahagian walaubagaimanapun bermula memulakan menyertai sertai memperolehi perolehi berjumpa
    sentiasa pastu lepastu harini pulak kut jer borak sembang berbual bergaduh teruk lawa hensem comel
    kelakar sejuk kuih kek ais pakcik makcik atuk isteri awek pakwe makwe sempadan kastam jeti pasaraya
    gerai takpe takpa takpelah takdelah xpe xtau xboleh camana macamana apahal apesal ker inda bisai
    ganya kamurang awat pasaipa guane gapo rm hendaklah levi`,
  ],
  [
    'ms',
    1.6,
    `tak dah lepas esok lelaki budak semasa hendak awak cakap tengok sikit macam ni kene mahkamah pemandu tambang
    boleh kereta risau bimbang sedap kawasan bandar berhubung memaklumkan mendapati didapati dera didera kecemasan
    patut sudi bising senyap gaduh ribut hang bah jua tamat membenarkan benarkan dibenarkan nk dh tk
    blh ckp jgk lps cmtu cmni camtu camni mcmtu mcmni alamak adoi ek taw warganegara perlukan ape mane sape
    saye nape kenape ngape pape`,
  ],
  // Why "sy", "yg", "dgn", "skrg" here: Malaysians abbreviate saya, yang, dengan and sekarang the same way, so in
  // "sy nak balik tapi majikan tak bagi" they must not outvote "nak" and "tak"; they still lean Indonesian.
  [
    'ms',
    1,
    `betul daripada berkata perlu padang amat ramai kawan semalam lah kena bagi sebab apabila pula nampak
    letih la sbb mula jumpa tukar permit agensi tengah lambat berkuasa pas sy yg dgn skrg`,
  ],
  [
    'id',
    3,
    `nggak ngga gak ga enggak engga udah udh banget bgt aja gimana gmn dong sih nih kok deh lho loh kalo klo
    karena krn karna uang mobil kantor gratis polisi bilang ngomong gini gitu kayak jgn gue gw lu nyuruh
    disuruh ketemu nunggu makasih capek cape doang cuman dikit paspor taksi besok kemarin kmrn cowok cewek
    mas mbak ntar ongkos sopir warung razia lembur calo rusak kabar ngapain bikin pengen kangen bareng
    dikasih ngasih jagain nyariin ngerti paham apotek mengizinkan pengaduan kamar
    mksh bgmn aj gk bs smpe nyampe ampe bener beneran emang emg lo elo ane ente bokap nyokap kaga kagak ogah napa yuk tante
    kakek paman sepatu celana handuk piring kursi lemari jendela sepeda bandara perbatasan kasus narkoba
    pemerkosaan diperkosa perkosa pingsan dokter perawat obat berobat menit persen miliar entar barusan
    belom blom gajian thr libur liburan penyalur pjtki tki tkw kbri kjri kemnaker kemlu disnaker bpjs ktp
    ijin perpanjang diperpanjang ngurusin nomor hape kuota bingung males sebel rp rb deket temen pinter cepet ama bales rewel
    stasiun nanya pinjem dituding`,
  ],
  [
    'id',
    1.6,
    `bisa mau teman kerjaan agen kabur lalu sejak tau nanti setelah izin ayo om bibi motor kejahatan korban
    puskesmas darurat biaya perusahaan pulsa pusing parah ngeri blm sore jt petugas`,
  ],
];

/** Chat abbreviations (lg, tp, utk, msh) and loans Indonesian and Malay both write: evidence for the family only. */
const SHARED_CHAT_WORDS = `lg lgi tp tpi td trs msh dmn pdhl jd jdi utk bkn tmn kmn knp sdh bru tdk dpt konsulat migran`;

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
    'luar negara',
    'oleh itu',
    'lepas ni',
    'lepas tu',
    'lapangan terbang',
    'balai polis',
    'pasar raya',
    'lebuh raya',
    'macam ni',
    'macam tu',
    'anak saudara',
    'jangan risau',
    'namun begitu',
    'tambahan pula',
    'ke belum',
    'ke tak',
    'ke tidak',
    'boleh ke',
    'balik kampung',
    'nasi lemak',
    'tepi jalan',
    'tambah nilai',
    'pihak berkuasa',
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
    'luar negeri',
    'kereta api',
    'bea cukai',
    'oleh karena',
    'kayak gini',
    'kayak gitu',
    'namun demikian',
  ].map((pair) => [pair, ['id', 2.5]] as const),
]);

/** Javanese function words and chat words (ngoko, krama, Surabaya, Banyumas ngapak); absent from stopwords-iso. */
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
koen kon rek cak ndek nang lek ojok mosok isih sik sek disik engko sakiki mbiyen emben njuk ambek mbek
kalih utawa opoo lapo kenopo yaopo yoopo nandi seng kui iko ngunu ngeneki mrene mrono mrana mrika mriki
isoh biso meh arek cah bojoku ibuk pakdhe budhe paklik bulik lik sedulur batur yatra utang jaluk
tulungono madhang tangi adus muleh mangkat lungguh ngadeg eruh omong ngomel ngamuk nesu ngguyu guyu
ngelu mriyang keselen isin ngenteni golek nggoleki nemu ilang kelangan jupuk njupuk gowo nggowo digowo
gawa nggawa digawa wenehi menehi diwenehi ngekei dikei tuku tumbas dodol adol mbayar takok tekok
ngapusi diapusi nyolong dicolong ngantem diantemi gebuk mbukak bukak kerjo prei leren elek dawa
cendhak adoh parek thithik titik kabèh lawas larang adhem atis kadhemen abot entheng suwe sedhela
sediluk rodo temen pol jane sakjane sebenere mesisan ae tok thok mek inyong nyong rika kencot kiye
kuwe maning priwe pimen kepriwe kepriben teyeng ndean jere rangerti batir piyambakipun dalem griya
dereng napa saking dhateng teng kangge lajeng sakmenika sakderengipun sasampunipun sedaya siyang
padamelan kondur dhahar ngunjuk sare priksa pirsa mirsani mireng midhanget ngendika paring maringi
ngaturaken maturnuwun estu lepat saweg taksih tasih kersa purun pareng mekaten ngoten ngaten meniko
wekdal mbenjang entek rasah telung dino iyo rung ngaku saben kangen banget pak mas mbak bu siji telu
papat limo enem wolu songo sanga sepuluh sewelas rolas selawe seket satus sewu rong
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
nanaon jang tong beak hilap poho salamet kintun dikintun ngintun moal tacan ari geura gancang lila
sakedap kedap beurang peuting pasosore karek kakara parantos kungsi reuwas keuheul hariwang melang
bungah resep bogoh nyaah hanaang udur ubar dewek maranéhna kunaon pedah nalika bari sanajan ngarah
kadieu miang cicing linggih calik diuk nangtung lumpat neda ngaleueut kulem hudang gugah ngabersihan
beberes nyeuseuh ngasuh nempo ngadangu ngawangkong ngajawab ngawaler nitah dititah mere masihan
dibere dipasihan nampi narima nyandak nyokot dicokot meuli ngagaleuh ngajual ngical mayar neangan
milarian manggihan leungit inget émut apal nyaho ngarti ngartos pagawean bumi rorompok nagara nagri
aki nini aa euceu pamajikan salaki batur sobat hade awon deukeut caket awis mirah tiis haneut capé
bageur hese gampil babari enggal lami kénéh keneh hungkul wungkul atawa atanapi hiji tilu opat genep
dalapan salapan sapuluh sabelas saratus sarébu sarebu
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
grabe init na muna tapos pagkatapos bawal pumunta umuwi uuwi makauwi umalis aalis sumahod sweldo
suweldo bayad binayaran wag huwag hwag may ikaw kanila amin atin inyo sya cya ung un nung nun dun jan
dyan sayo sakin saken kc lng nmn tlga aq pra pano bkt cge katulong kasambahay ofw poea dmw owwa
embahada konsulado kontrata magtrabaho nagtrabaho pagod gutom uhaw masakit lagnat takot natatakot
kinakabahan malungkot masaya galit nagagalit sinaktan sinasaktan sinampal binubugbog pinapalo
kinulong ikinulong nakakulong takas pakiusap pakitulungan kumain kain pagkain tubig kanin tulog
natutulog puyat linggo buwan taon oras minuto mamaya kanina palagi minsan dalawa tatlo apat anim
pito walo siyam sampu libo piso nasaan anong lahat iba ibang ganito ganyan ganoon ganun kapag pag
habang tungkol mula galing hanggang bago mag nag
`;

/**
 * Function words that one language alone writes: pronouns, negations, question words, aspect and linking
 * words of Javanese, Sundanese and Tagalog. They weigh more than any content word, because a loan such as
 * "paspor", "kantor" or "doktor" is written across the region while "ora", "teu" or "ng" is not.
 */
const SURE_FUNCTION_WORDS: ReadonlyArray<readonly [LatinLanguage, string]> = [
  [
    'jv',
    `ora opo piye kowe iso wis wes durung karo neng ning iki kuwi kae arep gelem ngono ngene mboten sampun
    kula panjenengan nggih dereng wonten menika niki niku pripun badhe saged yen nek mergo amarga dhewe
    saiki mengko sesuk wingi ngendi endi sopo pira ngopo lapo koen awakmu dheweke`,
  ],
  [
    'su',
    `teu henteu euweuh naon kumaha abdi anjeun geus keur jeung sareng ieu éta oge ogé deui pisan kitu kieu
    bade hoyong hayang tiasa moal acan ulah kamana timana iraha saha sabaraha atuh euy nuju dupi punten
    hatur nuhun kedah sanes`,
  ],
  [
    'tl',
    `ng mga ang yung naman hindi po opo siya niya sila nila ikaw kayo tayo natin namin ninyo ito iyan iyon
    dito diyan doon wala walang meron mayroon gusto ayaw kailangan pwede puwede paano bakit saan kailan
    sino magkano ngayon kahapon talaga lang din rin daw raw nga kung yun kanya akin atin`,
  ],
];
const SURE_FUNCTION = 3.5;

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
// Rank under which a curated marker counts as a common Indonesian word too, and the share it then gives it.
const SHARED_MARKER_RANK = 3000;
const SHARED_MARKER = 0.8;
const JAVA_SHARE = 0.5;

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
  add(splitWords(SHARED_CHAT_WORDS), 'id', STOPWORD);
  add(splitWords(SHARED_CHAT_WORDS), 'ms', MALAY_SHARE * STOPWORD);
  add(splitWords(INDONESIAN_MARKERS), 'id', MARKER);
  add(splitWords(MALAY_MARKERS), 'ms', MARKER);
  add(splitWords(JAVANESE_MARKERS), 'jv', MARKER);
  add(splitWords(SUNDANESE_MARKERS), 'su', MARKER);
  add(splitWords(TAGALOG_MARKERS), 'tl', MARKER);
  add(splitWords(ENGLISH_MARKERS), 'en', MARKER);
  add(splitWords(VIETNAMESE_EXTRA), 'vi', MARKER);
  // Why: a marker of Malay, Javanese, Sundanese or Tagalog that is also among the commonest Indonesian words
  // ("aku", "perlu", "teh", "anak") is shared, not characteristic: Indonesian gets nearly its weight too.
  const common = new Map(INDONESIAN_COMMON.slice(0, SHARED_MARKER_RANK).map((word, rank) => [word, rank]));
  for (const list of [JAVANESE_MARKERS, SUNDANESE_MARKERS, TAGALOG_MARKERS]) {
    const shared = splitWords(list).filter((word) => common.has(word));
    add(shared, 'id', SHARED_MARKER * MARKER);
    add(shared, 'ms', SHARED_MARKER * MALAY_SHARE * MARKER);
  }
  for (const [lang, list] of SURE_FUNCTION_WORDS) add(splitWords(list), lang, SURE_FUNCTION);
  for (const [lang, weight, list] of TELLING_WORDS) {
    for (const word of splitWords(list)) {
      const entry = table.get(word) ?? {};
      entry[lang] = weight;
      // Why lower the other one: a word sure of Malay is, for that reason, weak evidence of Indonesian.
      const other = lang === 'ms' ? 'id' : 'ms';
      if (weight >= 3 && entry[other] !== undefined) entry[other] = Math.min(entry[other]!, 0.5);
      // Why share with Javanese and Sundanese: what tells Indonesian from Malay (paspor, kantor, banget, kok)
      // is what people in Java write too; it must not outvote their own words.
      if (lang === 'id') {
        for (const cousin of ['jv', 'su'] as const) {
          entry[cousin] = Math.max(entry[cousin] ?? 0, JAVA_SHARE * weight);
        }
      }
      table.set(word, entry);
    }
  }
  return table;
}

/** Evidence per known word, lower-cased and NFC-normalised. */
export const WORD_EVIDENCE: ReadonlyMap<string, WordEvidence> = buildWordEvidence();
