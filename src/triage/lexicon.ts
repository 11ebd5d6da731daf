import type { Flag, Indicator } from './types.ts';

/**
 * What a cue says when it matches. Everything here is data: a cue is a regular expression over normalised
 * text (see normalize-chat-text.ts: words are canonical, passive prefixes are a separate 'di', clause breaks
 * are '|'), written with the macros in MACROS, plus what it raises.
 */

/** An emergency ground from TRIAGE.md's P1 list. */
export type Emergency =
  | 'confined'
  | 'violence'
  | 'kill_threat'
  | 'sexual_violence'
  | 'serious_medical'
  | 'untreated'
  | 'suicidal'
  | 'imminent_move'
  | 'kidnapping'
  | 'starving'
  | 'pursued'
  | 'danger_words';

/** Context a cue gives for category, time and who is writing. */
export type Signal =
  | 'organ'
  | 'sex_work'
  | 'marriage'
  | 'scam'
  | 'vessel'
  | 'not_fishing'
  | 'spam'
  | 'dispute_now'
  | 'in_port'
  | 'domestic'
  | 'labour_sector'
  | 'labour_issue'
  | 'agency'
  | 'contact_lost'
  | 'suspicious_recruitment'
  | 'welfare'
  | 'illness'
  | 'over'
  | 'returned'
  | 'years'
  | 'minor'
  | 'sold'
  | 'work'
  | 'death'
  | 'fear_of_dying'
  | 'denies_self_harm'
  | 'distress'
  | 'fear'
  | 'treated'
  | 'recovered'
  | 'pre_departure'
  | 'detained'
  | 'consents'
  | 'free_to_leave'
  | 'pregnant'
  | 'means_at_hand'
  | 'farewell'
  | 'intrusion'
  | 'reversal'
  | 'war_zone'
  | 'found_safe'
  | 'denies_sex'
  | 'despair'
  | 'sailing_soon'
  | 'wants_off'
  | 'still_there'
  | 'study'
  | 'not_real'
  | 'settled'
  | 'test_message'
  | 'joking'
  | 'soon'
  | 'made_to_go'
  | 'unwilling'
  | 'not_locked'
  | 'suicide_of_other'
  | 'guard'
  | 'forced_on_me'
  | 'broadcast'
  | 'withdrawn'
  | 'overstay';

/** One pattern and what it raises. */
export interface Cue {
  /** Stable name, shown nowhere but handy in tests. */
  id: string;
  /** Regular expression source over normalised text; macros in braces. */
  pattern: string;
  indicators?: readonly Indicator[];
  flags?: readonly Flag[];
  emergency?: Emergency;
  signals?: readonly Signal[];
  /** False when the pattern already contains its own negation ("tidak dibayar"), or negation is irrelevant. */
  negatable?: boolean;
  /** True when time words must not weaken it (context signals, a past marker of its own). */
  timeless?: boolean;
}

/** Building blocks for patterns. {gap} skips up to three words in the same clause. */
export const MACROS: Readonly<Record<string, string>> = {
  gap: '(?:[a-z0-9]+ ){0,3}',
  gap1: '(?:[a-z0-9]+ ){0,1}',
  gap5: '(?:[a-z0-9]+ ){0,5}',
  /** {gap} with no negation in it: "paspor saya tidak ditahan" says the opposite of "paspor saya ditahan". */
  gapKept: '(?:(?!tidak |belum |bukan |no |not |never )[a-z0-9]+ ){0,3}',
  neg: '(?:tidak|belum|bukan|tanpa|no)',
  who: '(?:majikan|nakhoda|nahkoda|nakoda|bosun|mualim|tekong|taikong|agen|agency|agensi|sponsor|perusahaan|company|pt|kapten|captain|mandor|bos|nyonya|tuan|suami|dia|mereka|orang|calo|penjaga|boss|mami|mamasan|papi|germo|mucikari|tokey|taukeh|towkay|kafil|mudir|supervisor|manager|pengawas|juragan|dunungan|madam|employer|kafeel|kafiil|sajang\\w*|shachou|shacho|laoban|lou ban|zhongjie|caporale|host|baba|mama|tauke|ejen|syarikat|koordinator|coordinator|broker|maam|ma am|mem|puan)',
  doc: '(?:paspor|dokumen|ijazah|ic|permit|visa|ktp|kartu identitas|id card|identity card|buku pelaut\\w*|seaman books?|seamans books?|arc|resident card|kartu izin|iqama|ikama|zairyu(?: card)?|residence (?:card|permit)|izin tinggal|huzhao|hu zhao|jawaz(?: safar)?|kitas|alien (?:registration )?card|permesso(?: di soggiorno)?|work permit)',
  person: '(?:saya|kami|dia|mereka|kakak|adik|anak|suami|istri|ibu|ayah|saudara|keponakan|teman|kawan)',
  med: '(?:dokter|doktor|doctor|rumah sakit|rs|hospital|klinik|clinic|berobat|obat|medicine|puskesmas|ambulans|ambulance)',
  /** Places a group is held in (not a household: a domestic worker kept home is restriction, TRIAGE.md). */
  /** A span of days: "3 hari", "dua hari", "berhari hari", "telung dino", "tilu poe", "three days". */
  days: '(?:[2-9]|[1-9]\\d|dua|tiga|empat|lima|enam|tujuh|beberapa|telung|telu|tilu|opat|papat|rong|patang|limang|two|three|four|five|several|many) (?:hari|dino|dina|poe|dinten|days?)|berhari hari|berhari|days|seminggu|sepekan|a week|(?:dua|2|beberapa|two) (?:minggu|weeks)|berminggu',
  /** After "tidak makan": what makes it a poor meal rather than none ("tidak makan nasi", "not eaten properly"). */
  fed: '(?! (?:properly|well|enough|much|proper|teratur|enak|cukup|benar|bener|layak|dengan baik|nasi|daging|siang|pagi|malam|sayur|buah))',
  /** Within days: "besok", "lusa", "hari kamis ini", "hujung minggu ni", "ba'da bukra", "this weekend". */
  soon: '(?:(?:poe|dinten) (?:senen|senin|salasa|selasa|rebo|rabu|kemis|kamis|jumaah|jumat|saptu|sabtu|minggu|ahad) (?:ini|payun|depan)|besok|lusa|nanti malam|malam ini|hari ini|minggu ini|minggu depan|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:hujung|akhir) minggu ini|weekend ini|this weekend|(?:hari )?(?:senin|selasa|rabu|kamis|jumat|sabtu|ahad|isnin|khamis|jumaat) (?:ini|depan)|(?<!(?:setiap|tiap|saben|every) )hari (?:senin|selasa|rabu|kamis|jumat|sabtu|ahad)(?= (?:\\||$))|tomorrow|tonight|next week|this week|(?:dua|tiga|2|3) hari lagi|in (?:two|three|2|3) days|(?<= )(?:senin|selasa|rabu|kamis|jumat|sabtu)(?= (?:kamu|kami|saya|aku|dia|mereka|kita|you|we|they|ikut|di ?bawa|di ?pindah|di ?oper|di ?jemput|berangkat)))',
  /** Parts of the body a blow lands on ("gigit tangan saya"). */
  body: '(?:tangan|kaki|kepala|muka|wajah|badan|punggung|perut|lengan|telinga|kuping|rambut|mata|pipi|mulut|bibir|hidung|leher|dada|sirah|raray|sirahku)',
  /** Who a blow lands on. */
  victim: '(?:saya|kami|dia|mereka|kakak|adik|anak|istri|suami|ibu|teman|kawan)',
  /** Substances swallowed to die or by accident: cleaners, bleach, pesticides, rat poison. */
  poison:
    '(?:racun(?: tikus| serangga| rumput)?|pembasmi (?:serangga|hama|nyamuk|kecoa)|baygon|wipol|bayclin|bayklin|klorox|chlorox|dettol|harpic|super ?pel|soklin|vixal|kispray|pemutih|pembersih(?: lantai)?|cair pembersih|obat (?:serangga|nyamuk|rumput|tikus)|pestisida|insektisida|bleach|rat poison|pesticides?|insecticides?|paraquat|potas|clorox|porstex|karbol|detergen|racun rumpai|rumpai|ubat rumput|racun lalang|obat (?:semprot )?(?:suket|hama|kecoa|semut)|semprot (?:suket|rumput|hama)|racun suket|weed ?killer|herbicides?|gramoxone|roundup)',
  /** Workers' own quarters: a rule to stay there is a restriction, not confinement, without a lock or a guard. */
  quarters: '(?:mess|asrama|kamp|camp|kem|dorm\\w*|kompleks|hostel|barak|kongsi)(?= )',
  hold: '(?:gedung|bangunan|bilik|palka|kompleks|compound|kantor|asrama|mess|gudang|ruangan|camp|kamp|kem|barak|stor|loteng|penampungan|ruko|kontainer|container|building|rumah agen|rumah tekong|rumah calo|area kebun|hotel|flat|dorm\\w*|warehouse)',
  /** Drugs that are no medicine, in Indonesian, Malay, chat and English. */
  drug: '(?:narkoba|narkotika|sabu|shabu|ekstasi|inex|drugs?|meth|methamphetamine|heroin|ganja|yaba|dadah|pil khayal|pil koplo|tramadol|kokain|cocaine|putaw|ketamin|ketamine|marijuana)',
  /** A vessel, in Indonesian, Malay and English. */
  vessel:
    '(?:kapal|perahu|bot|boat|ship|vessel|sampan|speedboat|longboat|pompong|jukung|klotok|kelotok|tongkang|sekoci|lifeboat|rakit|raft|ferry|feri)',
  /** Someone who can be thrown, taken or held: a pronoun, a relative or a crewmate. */
  someone:
    '(?:saya|kami|kamu|dia|mereka|teman|kawan|abk|crew\\w*|orang|adik|kakak|suami|istri|anak|ayah|ibu|siapa saja|siapapun|anyone|whoever|everyone)',
  /** Weapons that kill: firearms, blades, axes, in Indonesian, Malay, Javanese and English. */
  weapon:
    '(?:pistol|pistols|senapan|senapang|bedil|senjata(?: api)?|pisau|parang|golok|celurit|clurit|arit|kapak|kampak|samurai|pedang|badik|keris|gun|guns|rifle|shotgun|revolver|knife|knives|machete|axe|hatchet|cleaver|sword|blade|gunting|scissors|linggis|crowbar)',
  /** Means kept to end one's life: poisons, sleeping pills, blades (not a rope: a rope has many uses). */
  lethal:
    '(?:racun(?: tikus| serangga| rumput| hama)?|rat poison|poison|potas|paraquat|gramoxone|obat (?:tidur|penenang)|pil (?:tidur|penenang)|sleeping (?:pills?|tablets)|silet|razor blades?)',
  /** Who takes people: strangers, thugs, gangs, syndicates. */
  takers:
    '(?:orang|preman|sindikat|sindiket|penculik|geng|gang|gangster|mafia|orang (?:tidak|tak) (?:di )?dikenal|orang asing)',
};

/** Indicator and emergency cues. */
export const CUES: readonly Cue[] = [
  // ── confinement now (P1) ────────────────────────────────────────────────────────────────────────────
  {
    id: 'locked_in',
    pattern:
      // "Door code only they know", Tagalog and Visayan "kulong kami sa bodega".
      'door code (?:only )?(?:they|mereka|the boss|the manager|bos) (?:know|tahu|tau)|(?:only|cuma|hanya) (?:they|mereka) (?:know|tahu|tau) (?:the )?(?:door )?(?:code|kode|password)|(?:amo |gi )?kulong (?:kami|ako|kita|saya)(?= )|(?:di )?(?:dalam|dalem|inside|in) (?:the |a )?(?:kontainer|container|truk kontainer|bagasi|boot)(?: [a-z0-9|]+){0,12} (?:tidak|cannot|can t) (?:bisa |bs )?(?:buka|keluar|open|get out)|(?:saya|kami|dia|mereka|orang|kita|we|they)(?: [a-z0-9]+){0,3} (?:di ?masukin|di ?masukkan|di ?kurung|di ?sekap|di ?kunci|di ?tahan|were put|was put|are kept|were kept|locked) (?:ke |di |dalam |di dalam |ke dalam |in |into |inside )?(?:a |the )?(?:kontainer|container|peti kemas)(?= )|(?:di ?paku|dipaku|nailed) (?:dari|ti|from) (?:luar|outside)|terperangkap|stuck inside|(?:kunci|key)\\w* (?:[a-z]+ ){0,2}(?:bawa|dibawa|took|take|takes|brought) (?:[a-z]+ ){0,3}(?:pergi|ofis|office|kerja|work|away|out)|(?:took|take|takes|bawa) (?:the |her |his )?(?:kunci|key)\\w* (?:[a-z]+ ){0,3}(?:saya|i) (?:am )?(?:stuck|terkunci|trapped)|di ?jaga (?:[a-z]+ ){0,3}(?:di |on |at )(?:pintu|tangga|stairs|door|gate)|aya nu ngajaga|guards? (?:[a-z]+ ){0,2}on the stairs|minta (?:di ?)?turun\\w* (?:dari (?:mobil|van|bus|truk) )?(?:\\| )?(?:tapi|but) (?:tidak|not) (?:di ?)?(?:bolehin|boleh|izinin|izinkan|kasih|allowed)|(?<!(?:wifi|wifinya|wifi nya|hp|password|akun|kulkas|lemari|laci|koper|motor|mobil) )di (?:kunci|kurung|sekap|kerangkeng|gembok)(?! (?:hp|di luar|luar|neng njobo|outside))|(?<!(?:polisi|imigrasi|immigration|police) )di tahan (?:di|dalam) (?:rumah|kamar|{hold})(?! (?:sakit|tahanan|detensi))|(?:kami|saya) (?:are|am|m|re) locked(?! out)|di penjara (?:di |dalam )(?:kamar|gudang|rumah|ruang\\w*|{hold})|(?:pintu|gerbang|jendela|gate|door|window)\\w* (?:(?!ada |punya |pegang |kasih |minta |bawa |pakai |saya |aku |kami )[a-z0-9]+ ){0,2}(?:dan (?:pintu|jendela|gerbang) )?(?:di )?(?:kunci|gembok|paku|las)|di isolasi (?:di |dalam )?(?:sebuah |satu )?(?:{hold}|kamar|ruang)(?!(?: [a-z0-9]+){0,4} (?:rumah sakit|hospital|covid|karantina|isolasi))|teralis|kawat berduri|barbed wire|di tahan (?:paksa )?(?:di|dalam) (?:sebuah |satu )?(?:{hold}|kamar|ruangan|ruang|gedung|rumah|gudang|mess|asrama|kantor|kompleks|compound|kamp|camp)|(?:held|kept|detained) (?:in|inside) (?:a |the )?(?:room|building|house|compound|camp)|ruang (?:gelap|hukuman)|kamar gelap|dark room|di (?:ikat(?! (?:kontrak|perjanjian|janji|hutang|utang|kerja))|rantai|borgol|pasung)|tied up|chained|handcuffed|shackled|(?:held|kept) (?:as )?(?:a )?prisoners?|imprisoned|sekap|(?:mengalami|korban) kurung|(?:held|kept) against (?:saya|dia|kami|mereka) will|captivity|trapped (?:in|inside) (?:the |a |this )?(?:room|building|house|compound|camp|container|{hold})|terjebak (?:di )?(?:dalam )?(?:{hold}|kamar|ruangan)|guards? (?:outside|di luar)',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    id: 'locked_in_active',
    pattern: '{who} {gap1}(?:kunci|kurung|sekap) {gap1}(?:saya|kami|dia|mereka|kakak|adik|anak|pintu)',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    id: 'locked_in_en',
    pattern:
      'confined(?! space)|(?:lock|locks|locked|locking) (?:saya|kami|dia|mereka) (?:di|dalam)(?= )|(?:locked|lock|locks|locking|shut) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|all|some|many|several) (?:of )?(?:kami|mereka|saya)(?: [a-z]+){0,5} (?:in|inside|into|up)|(?:locked|lock|locks|locking) (?:saya |kami |dia |mereka )?(?:in|up|inside)|held captive|kept captive|locked (?:in|inside) (?:a |the )?room|(?<!(?:saya|kami|aku) )(?:lock|locks|locked|locking) (?:the |kami |saya )?(?:door|gate|room)(?!(?: [a-z]+){0,2} (?:from (?:the )?inside|dari dalam|for (?:safety|privacy)))|(?:door|gate) (?:is |was |are )?locked|(?:doors?|gates?|windows?) (?:is |are |was |were )?(?:bolted|barricaded|padlocked|nailed shut|welded shut)|(?:barricad\\w*|bolt\\w*|padlock\\w*|nail\\w*) (?:the )?(?:doors?|gates?|room)|(?:shut|shuts|shutting) (?:saya |kami |dia |mereka )?(?:in|inside)(?! (?:saya |dia |the )?face)|(?:keep|keeps|kept|keeping) (?:saya |kami |dia |mereka )?(?:inside|locked|tied|chained|caged)|(?:tidak|tidak pernah) let (?:saya|kami|dia|mereka) out (?:of )?(?:the |this |a )?(?:room|kamar|building|{hold})|(?:saya|kami|dia|mereka|wife|husband|sister|brother|daughter|son|cousin|niece|nephew|anak|adik|kakak|istri|suami) (?:is |are |am |was |were |being |been )*caged|caged (?:saya|kami|dia|mereka)|(?:in|inside) a cage|(?:am|is|are|was|were|being|been|majikan|mereka|bos) confined|confined (?:saya|kami|dia|mereka)|tied (?:up|to (?:the |a )?(?:bed|chair|tree|pole|post|pipe|bars?|rail))|under (?:armed )?guard|(?:watched|guarded|monitored) by (?:armed )?(?:guards?|men|thugs|security)|(?:held|kept) (?:in|inside) (?:a |the )?(?:locked \\w+|cell|cage)|imprison(?:s|ing)? (?:saya|kami|dia|mereka)',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    // Held by description: tied to a tree or a post, men posted at the door, food passed under the door, a person
    // locked "since Friday", Tagalog "nakakandado" / "nakakulong" (TRIAGE.md P1: confined or guarded now).
    id: 'confined_described',
    pattern:
      // "pintu kabin dipalang dari luar", "bilikipun dipun slot saking njawi", "pintunya diganjel", no handle inside, shut in and not opened since, opened only to pass food.
      '(?:di ?)?(?:palang(?!\\w* merah)|slot|selot|ganjel|ganjal|grendel|gerendel|selarak|rantai|kancing)\\w* (?:[a-z]+ ){0,2}(?:dari|saking|saka|ti|from|soko|seko) (?:luar|njawi|njaba|outside|jaba)(?= )|(?:pintu|door|kamar|bilik|lawang|panto)\\w* (?:[a-z]+ ){0,2}di ?(?:ganjel|ganjal|palang)(?! merah)(?= )|(?:dipalang|diganjel|diganjal)(?= )|(?:tidak ada|no) (?:gagang|handle|kenop|knob)\\w* (?:pintu |door )?(?:dari |di |on the )?(?:dalam|dalem|inside)|(?:di ?tutup|di ?kurung|di ?suruh masuk)(?: [a-z|]+){0,8} (?:belum|tidak) (?:di ?)?buka\\w*|(?:yang|yg|who) (?:bukain|buka|bukakan|membuka|opens?) (?:pintu |the door )?(?:cuma|hanya|only) (?:pas|waktu|saat|when|kalau) (?:kasih|antar|anter|bring\\w*|give\\w*) (?:makan|food)|(?:pintu|lawang|lawange|panto|door|doors)\\w*(?!(?: [a-z]+){0,1} (?:macet|rusak|jammed|stuck|broken|seret|error|eror))(?: [a-z]+){0,2} (?:tidak|ra|ora|teu|wont|won t|cannot|can t|cant|tak|do not|don t) (?:bisa |iso |tiasa |boleh |dapat )?(?:di ?buka\\w*|dibukak|kabuka|open)(?: (?:from|dari) (?:inside|dalam|jero))?|(?:pintu|lawang|panto|door)\\w* (?:[a-z]+ ){0,2}(?:cuma|hanya|only) (?:bisa |can )?(?:di ?buka|open\\w*) (?:dari|from) (?:luar|outside)|padlock (?:on|di) (?:the )?(?:outside|luar)|(?:nailed|paku|dipaku|di paku) (?:boards?|papan) (?:over|di|ke) (?:the )?(?:windows?|jendela)|(?:semua|sadaya|kabeh|all|sedaya) (?:the )?(?:pintu|panto|lawang|doors?) (?:di ?gembok|di ?kunci|locked|bermangga|padlocked)|(?:pintu|door) (?:ber)?mangga|(?:gate|pagar|gerbang|pintu|door)\\w* (?:has|have|with|pakai|ada|di) (?:a )?(?:padlock|gembok)|(?:foreman|boss|bos|majikan|agent|agen|mandor|dia|mereka|contractor|employer|madam|supervisor|manager|tekong|calo) lock\\w* (?:the |our )?(?:[a-z]+ )?(?:gate|door|pintu|pagar)|(?:kami|saya) (?:tidak bisa|can not) get out(?! of (?:the |this |my |our )?(?:debt|utang|contract|kontrak))|(?:pintu|door|gate)\\w* (?:[a-z]+ ){0,3}(?:di )?(?:kunci|gembok|lock\\w*|padlock\\w*) (?:dari )?luar|(?:pintu|door)\\w* dari luar (?:[a-z]+ ){0,2}(?:di )?(?:kunci|gembok)|makan\\w* (?:di )?(?:kasih|beri|kirim|masuk\\w*|antar) (?:lewat|dari|melalui|through) (?:jendela|bawah pintu|celah|lubang|window)|(?:kept|held|locked|hidden) in (?:the |a |an )?(?:basement|cellar|bunker|back room|storeroom|warehouse|apartment|flat|room|house|container)|lock\\w* (?:[a-z0-9]+ ){0,4}(?:inside|in) (?:their |the |a |our |his |her )?(?:fish |cargo )?(?:cabin|room|kamar|container|hold|house|dorm\\w*)|(?:tie|ties|tied|tying|ikat|rantai) (?:up )?(?:[a-z0-9]+ ){0,3}(?:to|on|at|ke|di|pada|neng|ka) (?:a |the )?(?:tree|pole|post|chair|bed|pillar|mast|pipe|fence|tiang|pohon|kursi|ranjang|wit|tangkal|pokok)|(?:\\d+|dua|tiga|empat|beberapa|two|three|four|some|several) (?:orang|laki|cowok|pria|preman|men|man|guys) (?:yang )?(?:jaga|berjaga|tunggu|nunggu|standby|guard\\w*|watch\\w*|stand\\w*|sit\\w*|duduk) (?:di )?(?:depan |luar |outside |at |in front of |by )?(?:the )?(?:apartment |flat |room |kamar |rumah |house )?(?:pintu|gerbang|door|gate|kamar|room)|(?:makan|makanan|roti|nasi|food|bread|meals?|water|air|kasih|give|gives|gave|slide\\w*|slid|sodor\\w*|selip\\w*|push\\w*)(?: [a-z0-9]+){0,4} (?:lewat |dari |di |via )?(?:bawah|celah|kolong|lubang|under|through) (?:the )?(?:pintu|door)|(?:lock|locks|locked|locking) (?:saya|kami|dia|mereka)(?= (?:since|for|sejak|selama|dari|every|all|day|night|\\d+|[|?]) )|(?:only|cuma|hanya) (?:buka|open\\w*) (?:the )?(?:pintu|door) (?:[a-z]+ ){0,2}(?:give|bring|kasih|antar|untuk|to give) (?:[a-z]+ )?(?:food|makan\\w*)|(?:lock\\w*|kunci|gembok|padlock\\w*) (?:[a-z]+ ){0,3}(?:from (?:the )?outside|dari luar|from outside)|nakakandado|nakakulong|kinulong|ikinulong|kinandado|nakakadena|ikinandado',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    id: 'guarded',
    signals: ['guard'],
    pattern:
      // "dijaga bos ora oleh metu soko mess": kept under watch and not let out; "nyuruh org jagain tangga kapal biar
      // kita gk bisa turun"; "suruh sawwaq jaga pintu 24 jam"; "a house with high gate and guards".
      // Not the writer's own job ("saya kerja jaga pintu 24 jam").
      // "di dekat tangga selalu ada mandor yang berjaga".
      // "nang ngisor tangga kapal dijogo wong loro terus", "di panto aya jelema nu ngajaga unggal wengi".
      '(?:tangga|pintu|gerbang|pagar|door|gate) (?:[a-z]+ ){0,3}di ?jaga (?:oleh |sama |by )?(?:orang|jelema|men|guards?) (?:\\d+|dua|tiga|loro|telu|tilu|two|three)(?= )|(?:pintu|gerbang|door|gate) (?:ada|aya|ana) (?:orang|jelema|wong|men|people)(?: [a-z]+){0,2} (?:yang|nu|sing|who) (?:jaga|ngajaga|njaga|berjaga|guards?)(?= )|' +
      'di ?jaga (?:oleh |sama |by )?(?:[a-z0-9]+ ){0,2}(?:anjing|penjaga|satpam|security|guards?|dogs?|preman|orang bersenjata|armed men)(?: [a-z0-9|]+){0,6} (?:tidak|gak|not) (?:boleh|bisa|allowed|di izinkan|di bolehin) (?:to )?(?:keluar|pergi|leave|go out)(?= )|(?:rumah|mess|asrama|gedung|tempat|house|building|compound)\\w* (?:nya )?(?:di ?jaga|guarded)(?: [a-z0-9|]+){0,6} (?:tidak|gak|not) (?:boleh|bisa|allowed|di izinkan|di bolehin) (?:to )?(?:keluar|pergi|leave|go out)(?= )|(?:tangga|gangway|ladder)\\w* (?:[a-z]+ ){0,3}(?:mandor|kapten|bosun|boatswain|security|satpam|penjaga|guards?|orang agen|orang)\\w* (?:yang |yg |who )?(?:jaga|menjaga|berjaga|guarding|guards)|(?:tangga|gangway|ladder)\\w* (?:[a-z]+ ){0,3}(?:security|satpam|penjaga|guards?|orang) (?:jaga|menjaga|berjaga|guarding)|guards? (?:sits?|stands?|sitting|standing|is|are) (?:at|by|outside) (?:the )?(?:door|gate)|(?:24 7|24 jam|siang malam|day and night) (?:di ?jaga|dijaga|guarded) (?:oleh |sama |by )?(?:bodyguard|penjaga|guards?|preman)\\w*|di ?jaga (?:oleh |sama |by )?(?:bodyguard|preman)\\w*|(?<!(?:saya|aku|kami) (?:kerja |bekerja |jadi )?)jaga (?:pintu|gerbang|door|gate) (?:24 jam|siang malam|24 hours|day and night|terus)|(?:gates?|walls?|pagar|gerbang|tembok) (?:and|dan|sama) (?:armed )?(?:guards?|penjaga|satpam)(?= )|(?:jaga|jagain|jagaan|menjaga|guard\\w*) (?:[a-z]+ ){0,2}(?:tangga|gangway|ladder)(?= )|(?:di ?jaga|dijaga) (?:ku |oleh |sama |karo |by )?(?:bos|boss|penjaga|satpam|guards?|mami|mucikari|germo|majikan|agen|mandor)\\w* (?:[a-z]+ )?(?:tidak|ora|not) (?:boleh|oleh|bisa|entuk|allowed to) (?:metu|keluar|go out|leave)(?= )|(?:tiap|setiap|every|each|saban|unggal) (?:pintu|door|lawang|panto) (?:ada )?(?:orang|org|penjaga|guards?|satpam|wong|jalma)|(?:satpam|penjaga|jaga|guards?|orang|wong|jalma|nu|sing|security) (?:nggowo|nggawa|mawa|membawa|carrying|carry|nyekel|nyangking|bawa|pegang|memegang|holding|hold|with) (?:bedil|senapan|senapang|senjata|pistol|bedog|golok|parang|arit|guns?|rifles?)|di ?jaga (?:ku|oleh|sama|karo|by) (?:[a-z]+ ){0,2}(?:24 jam|siang malam|terus|day and night|24 hours)|armed (?:men|guards?|people|orang) (?:outside|at the (?:door|gate)|downstairs|di luar|di depan)|(?:gate|pagar|gerbang|pintu|door) (?:ada )?(?:guard|satpam|penjaga|jaga|security)s? (?:24 jam|24 hours|siang malam|day and night)|(?:guard|satpam|penjaga|jaga) (?:sleeps?|sleeping|tidur) (?:[a-z]+ ){0,3}(?:door|pintu|gate)|(?:ada|there is|there are) (?:orang|org|someone|people|men) (?:yang )?(?:jaga|menjaga|guarding)(?= (?:\\||$))|(?:men|people|guys|orang) (?:with|bawa|pakai) (?:guns?|rifles?|weapons?|senjata|senapan|pistol) (?:downstairs|outside|at the (?:door|gate|entrance|stairs)|di (?:bawah|luar|depan|pintu|gerbang|tangga))|(?:ada )?(?:kawal|pengawal|penjaga|jaga|satpam|guards?|security) (?:kat|di|at|dekat|depan|in front of) (?:pintu|pagar|gerbang|gate|door|tangga)|(?:somebody|someone|ada yang|ada orang) (?:guard\\w*|jaga) (?:(?:di |the )?(?:tangga|pintu|pagar|gerbang|gate|door|stairs)|us|kami)|(?:somebody|someone) guard\\w*(?= (?:\\||$))|di (?:jaga|kawal|awas|pantau) {gap1}(?:ketat|terus|24 jam|penjaga|satpam|orang bersenjata|pakai senjata|bersenjata|preman|centeng)|(?:penjaga|jaga|satpam|security|guards?) (?:di )?(?:tiap|setiap|every|each) (?:lantai|pintu|floor|door)|(?:penjaga|jaga|satpam|guards?|orang) (?:bawa|dengan|pakai|with) (?:senjata|pistol|parang|golok|pentungan|tongkat listrik|tongkat setrum|guns?|electric batons?|batons?)|(?:ada |banyak )?(?:penjaga|jaga|satpam|security|preman|centeng) (?:bersenjata|pakai senjata|bawa senjata|jaga (?:di )?(?:pintu|gerbang|kami|kita))|(?:guards?|penjaga|jaga|satpam) (?:have|has|carry|carries|carrying|hold|holding|punya|pegang) (?:guns?|weapons?|rifles?|senjata|pistol|sticks?|batons?)|armed guards?|(?:we are|are being|being) guarded|(?:satpam|penjaga|jaga|kawal|pengawal|security|guards?|orang|preman) (?:yang )?(?:jaga|menjaga|guard\\w*) (?:di )?(?:pintu|gerbang|door|gate)|(?:a |one |two |men |man )?guard(?:ing|s)? (?:the )?(?:door|gate|entrance|room)|(?:man|men|someone) (?:is |are )?guarding|di (?:jaga|kawal) (?:\\d+|dua|tiga|empat|beberapa|banyak) (?:orang|penjaga|preman|men|guards?)|(?:ada|orang) (?:yang )?jaga (?:di )?(?:pintu|gerbang|depan pintu|luar pintu)|(?:penjaga|jaga|satpam|guards?|mandor|orang|jaga) (?:[a-z]+ )?(?:bawa|dengan|pakai|with) (?:anjing|dogs?)|(?:kemana|ke mana|everywhere|wherever)(?: mana)? (?:di ikut|di kawal|di kuntit|followed|di buntut)\\w*(?: oleh| sama| by)? (?:jaga|penjaga|guards?|preman|orang)|(?:di ikut|di kawal|di kuntit|followed|di buntut)\\w* (?:oleh |sama |by )?(?:jaga|penjaga|guards?|preman) (?:kemana|ke mana|everywhere|wherever)|(?:orang|jaga|penjaga|guards?|someone|people|men) (?:yang )?(?:jaga|guard\\w*|watch\\w*) {gap1}(?:apartemen|apartment|rumah|pintu|kamar|door|gate|flat|unit|mess|asrama)\\w* {gap1}(?:24 jam|24 hours|siang malam|day and night|terus|all the time|setiap saat)|guards? (?:with guns|everywhere|at the (?:door|gate))',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    // Why an emergency: a group held inside a building or compound is confinement now (TRIAGE.md P1); a
    // domestic worker not allowed out of the household is restriction of movement (below), not this.
    id: 'cannot_leave_building',
    pattern:
      // Why not the workers' own quarters: "tidak boleh keluar mess/kamp/asrama" (a curfew, a rule to stay) is a
      // restriction (P2) unless a lock or a guard makes it confinement; a holding house, a building or a room is.
      // Not out "except on Sundays": a rule with days off is a restriction too.
      '(?:{neg} (?:ada yang )?(?:bisa|boleh|di izin|di boleh|di kasih|di biar|oleh) (?:keluar|turun) (?:dari )?(?!{quarters}){hold}|{neg} (?:ada yang )?(?:bisa|boleh|di izin|di boleh|di kasih|di biar|oleh) (?:keluar|turun) (?:dari )?(?:kamar|area)|(?!{quarters}){hold}(?: [a-z0-9|]+){0,6} (?:tidak ada yang|{neg}) (?:bisa|boleh|di izin|di boleh) (?:keluar|turun)|(?:tidak bisa|tidak boleh|not allowed to) leave (?:the )?(?:building|compound|room))(?! (?:kecuali|except|selain|other than|besides))',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
    negatable: false,
  },
  // ── kidnapping, ransom (P1) ─────────────────────────────────────────────────────────────────────────
  {
    id: 'kidnapped',
    pattern:
      '(?:kena|di) (?:angkut|tangkap|bawa lari|cekup) (?:oleh|sama|dengan|by) (?:lelaki|orang|lalaki|men|jalma|sekumpulan)(?: [a-z]+){0,2} (?:tidak|teu|unknown|asing|bersenjata|armed|dikenali|dikenal)|(?:dicandak|di ?bawa|di ?ambil|taken|di angkut|diangkut) (?:ku|oleh|sama|by) (?:jalma|orang|lelaki|men|people) (?:bersenjata|armed|tidak dikenal|tidak dikenali|asing|unknown)|(?:di ?tarik|di ?seret|di ?masuk\\w*|pull\\w*|push\\w*|dragged|ditarik|diseret) (?:paksa |secara paksa |forcibly )?(?:saya |me |kami |us |dia |her |him )?(?:ke |mlebu |masuk |asup |into |inside |in )(?:dalam )?(?:mobil|van|truk|car|truck|mobil hitam)|(?:tarik|seret|dorong) (?:paksa )?(?:saya|aku|dia|kami|mereka|(?:adik|kakak|anak|istri|suami|teman)(?: saya| kami| dia)?) (?:paksa )?(?:ke |mlebu |masuk |asup |ka )(?:dalam )?(?:mobil|van|truk)(?= )|(?:taken|grabbed|snatched|dragged|pulled|forced) (?:away )?(?:into a (?:car|van|truck) )?by (?:\\d+ |two |three |four |several |some |armed |unknown |strange )?(?:men|guys|strangers|people)(?! (?:from|of) (?:the )?(?:embassy|kbri|kjri|police|polisi|ngo|iom|hospital))|(?:or|kalau tidak|kalo tidak|kalau gak) (?:kami |kamu |anda |you |dia )?(?:will )?(?:tidak pernah|tidak akan|tak akan|tidak bakal) (?:see|lihat|melihat|ketemu|bertemu) (?:dia|mereka|saya|kami|her|him|them)(?: [a-z]+)? (?:again|lagi)|(?:di bawa|di gowo|di gawa|di jemput|di ambil|di candak|dicandak) (?:orang|wong|jalma|lelaki|lalaki|men|people|pria) (?:\\d+|dua|tiga|empat|lima|loro|telu|papat|opat|tilu|beberapa|sababaraha|several|some|two|three|four)(?: [a-z0-9|]+){0,8} (?:dilebokke|dilebokne|di lebokke|di lebokne|diasupkeun|di asupkeun|di masuk\\w*) (?:paksa )?(?:kana |ke |nang |neng |ka |into )?(?:mobil|van|truk|car|truck)(?= )|(?:diasupkeun|di asupkeun|dilebokke|dilebokne|di masuk\\w*) paksa (?:kana |ke |nang |neng |ka |into )?(?:mobil|van|truk|car|truck)(?= )|di (?:bawa|gowo|gawa|jemput|ambil|angkut|seret|tarik) (?:paksa )?(?:oleh |sama |ku |by )?(?:\\d+|dua|tiga|empat|lima|beberapa|sababaraha|loro|telu|papat|opat|tilu) (?:orang |wong |jalma )?(?:laki laki |laki |lelaki |lalaki |pria |cowok |lanang |men )?(?:tidak dikenal |asing )?(?:jam \\d+ (?:malam|pagi|subuh)|tengah malam|malam malam|dini hari|at night|in the night)(?= )|di (?:culik|sandera|tawan(?! hati))|culik|sandera|(?:jadi|sebagai) tawan|di gondol (?:oleh |sama )?{takers}|di (?:bawa (?:lari|kabur)|lari) (?:oleh |sama )?{takers}|di angkut paksa|kidnap\\w*|abduct(?:ed|ion)?|(?:push\\w*|pull\\w*|dragg\\w*|drag|forc\\w*|shov\\w*|bundl\\w*|threw|throw\\w*) (?:dia|saya|kami|mereka|her|him|them|me|us) (?:into|in|inside|ke dalam|masuk) (?:a |the |an )?(?:van|car|truck|vehicle|mobil|suv|black car)(?= )|(?:saya|dia|kami|mereka|anak|adik|kakak|suami|istri|daughter|son|sister|brother|wife|husband|cousin|niece|nephew|child|kid) (?:was |were |has been |have been |got |is |being )?(?:snatched|grabbed by)|(?:grabbed|seized|taken) by (?:strangers|a gang|gangsters|armed men|unknown men|thugs)|(?:took|take|takes|dragged|drag\\w*) (?:[a-z]+ ){0,2}(?:away )?by force|(?:taken|moved|brought|sent) against (?:saya|dia|kami|mereka) will|(?:are|is) holding (?:saya|kami|dia|mereka)(?= (?:[|?] |$))|taken hostage|held hostage|penculikan|di bawa (?:paksa(?! (?:ke |oleh |sama )?(?:polisi|polis|imigrasi|petugas|kantor polisi|rumah sakit))|lari (?:orang|oleh))|(?:taken|dragged) (?:away )?by force|di jemput paksa|di (?:tarik|seret|dorong|paksa) {gap1}(?:masuk|mlebu|naik|munggah|asup) (?:ke )?mobil|di tangkap lagi|(?:tidak|belum) (?:tahu|tau) di bawa (?:ke )?(?:mana|kemana)|(?:di )?bawa (?:ke )?(?:mana|kemana) (?:tidak|belum) (?:tahu|tau)|forcibly taken|(?:di tangkap|di bawa|di culik) (?:oleh |sama )?(?:preman|orang (?:tidak|tak) (?:di )?dikenal|orang asing|gangster|geng|mafia|sindikat|sindiket)',
    emergency: 'kidnapping',
    indicators: ['restriction_of_movement'],
  },
  {
    id: 'ransom',
    pattern:
      // "kalo gk transfer minggu ini adek sy gk dilepas", a caller who claims to hold a son, told to phone the family for money.
      '(?:kalau|kalo|if) (?:tidak|not) (?:di ?)?(?:transfer|bayar|pay|kirim)\\w*(?: [a-z0-9|]+){0,5} (?:tidak|not|won t) (?:akan |bakal |be )?(?:di ?lepas|di ?bebaskan|released|freed|let go)|(?:mengaku|claim\\w*) (?:[a-z]+ ){0,2}(?:menahan|tahan|menyandera|sandera|culik|menculik|holding|held|kidnapp\\w*)|(?:suruh|di suruh|told|make|made) (?:saya |kami |me |us )?(?:telpon|telepon|nelpon|call|hubungi) (?:ke )?(?:keluarga|family|orang tua|ortu|ibu|bapak)\\w*(?: [a-z]+){0,2} (?:minta|untuk minta|for|asking for) (?:uang|duit|money|tebusan|transfer)|(?:minta|demand\\w*|mau|menta|njaluk|asking|ask\\w*) (?:[a-z0-9]+ ){0,3}(?:kalau|kalo|if) (?:mau|nak|ingin|want|hoyong|arep) (?:[a-z]+ )?(?:balik|pulang|kembali|back|bebas|di lepas|released|selamat|alive|hidup)|(?:minta|menta|njaluk|demand\\w*) (?:uang|duit|duwit|money) (?:[a-z0-9]+ ){0,3}(?:ke|to|ka|marang|menyang) (?:keluarga|kulawarga|family|orang tua|ortu)\\w* (?:kalau|kalo|if|lamun|nek|yen) (?:mau|ingin|want|hoyong|arep|pengen) (?:[a-z]+ ){0,2}(?:di ?)?(?:balik|pulang|kembali|back|bebas|lepas|released)\\w*|(?<!{doc} (?:[a-z0-9|]+ ){0,7})(?:di )?tebus(?! (?:[a-z0-9]+ )?{doc})|ransom|(?:took|taken|grabbed|snatched|abducted|di bawa paksa|di culik)(?: [a-z]+){0,10} (?:and |dan )?(?:now |sekarang )?(?:ask|asking|asks|demand\\w*|want|wants|minta) (?:for )?(?:money|uang|duit|payment|usd|dollars?) (?:for|untuk|buat) (?:her|him|them|dia|mereka|saya|my)(?= )|(?:minta|demand\\w*|asking|ask\\w*|mau|menta|njaluk) (?:for )?{gap}(?:to|for|untuk|buat|supaya|agar|biar) (?:release|free|lepas|bebas\\w*|di lepas|membebaskan) (?:saya )?(?:suami|istri|adik|kakak|anak|ayah|ibu|saudara|keponakan|brother|sister|son|daughter|husband|wife|cousin|dia)',
    emergency: 'kidnapping',
    indicators: ['debt_bondage', 'restriction_of_movement'],
  },
  // ── violence ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'beaten',
    pattern:
      '(?:bruise|bruises|lebam|memar)\\w* (?:on|across|di) (?:her |his |the |muka |wajah )?(?:face|muka|wajah|eye|mata)|(?:put|push\\w*|dunk\\w*|hold\\w*|masukkan|benamkan|celup\\w*|tenggelamkan) (?:saya |dia |my |his |her )?(?:head|kepala)\\w* (?:in|into|ke|ke dalam|di dalam) (?:the |a )?(?:water|air|bucket|ember|drum|toilet|bak)|(?:tarik|jambak) rambut (?:saya|aku|kami|dia)|di dorong (?:keluar )?(?:dari|dr) (?:mobil|kendaraan|tangga|lantai|balkon|jendela)|(?:bentur|di bentur) (?:kepala|badan)|(?:di )?(?:pukul(?! \\d)|tampar|tendang|siksa|aniaya|setrum|cambuk|jambak|injak|hajar|keroyok|gampar|tonjok|jotos|sundut|cekik|bacok|tusuk|tembak|sabet|(?<!(?:lagi|sedang|rejeki|rezeki|usaha|bisnis|keuangan|duit|uang|ekonomi|pemasukan|jualan|dagangan|toko) )seret|renjatan elektrik|kejutan elektrik)|di (?:setrika|siram (?:air (?:panas|mendidih)|air keras|bensin|minyak (?:panas|mendidih))|lempar (?:pakai|dengan|piring|gelas|barang|sepatu|kursi))|kekerasan(?! (?:verbal|kata))|penyiksaan|penganiayaan|main tangan|ringan tangan|babak belur|di dorong {gap1}(?:ke )?(?:tembok|dinding|lantai|tangga)|siram (?:saya |kami |dia )?(?:pakai |dengan )?(?:air panas|air keras|minyak panas|bensin)|(?:di )?hukum(?:an)? (?:fisik|squat|push up|lari|jemur|berjemur|berdiri)|ngagebug\\w*|neunggeul\\w*|dipateni|mateni|di gebuk\\w*|gebuki|di antem\\w*|di (?:tempeleng|banting|cubit|tajong|peupeuh|belasah|sepak|tumbuk|keplak|cakar|pecut|gigit|tampol)|(?:tempeleng|cubit|tajong|peupeuh|belasah|sepak|tumbuk|keplak|cakar|gigit|pecut|lempar|siram|seret|banting) (?:dan [a-z]+ )?(?:saya|kami|dia|mereka|kakak|adik|anak)(?! (?:ke laut|tengah laut))|di bentur|bentur (?:kepala|saya|kami|dia)',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    id: 'beaten_en',
    pattern:
      '(?:beat|beaten|beating|beats|hit|hits|hitting|slapped|slap|kicked|kick|kicking|punched|punch|punching|tortured|torture|electrocut\\w*|electric shock|shock kami|shock saya|shocks kami|tasered|choked|stabbed|burned saya|(?<!saya )hurt saya|abused physically|physically abused|assaulted|violence)|slaps|kicks|punches|whip\\w*|(?:pull\\w*|grab\\w*) (?:saya|dia|kami) hair|burn\\w* (?:saya|dia|kami)|strangl\\w*|tried to (?:kill|strangle|choke|stab|drown)|(?:poured|pour\\w*|threw|throw\\w*) (?:boiling|hot) (?:water|oil)|(?:boiling|hot) (?:water|oil) (?:on|over) (?:saya|dia|kami)|(?:electric )?batons? on (?:saya|kami|dia)|us\\w* (?:electric )?(?:batons?|shock\\w*|stun guns?|tasers?) on',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    // Why separate from 'beaten': these words have an everyday sense besides the blow (rotan the cane chair,
    // bakar of food, sebat a smoke, pancal a pedal, terjang of floods, hentak of feet, lempar of a ball), so
    // they count only passive, with a body part, or landing on a person.
    id: 'blow_to_person',
    pattern:
      'di (?:pancal|sebat|hentak|toyor|jewer|rotan|gitik|sayat|terjang(?! (?:banjir|ombak|badai|angin|air)))|(?:pancal|sebat|hentak|toyor|jewer|rotan|gitik) {victim}|di bakar (?:pakai|pake|dengan|sama|oleh)|(?:gigit|cubit|tendang|tampar|pukul|bakar|sayat|sundut|setrika|siram|jambak|cakar|injak|sebat|pecut|cambuk|tusuk|hentak|tonjok|bentur|tempeleng|banting|jewer|toyor) (?:{victim} )?{body} {victim}|{body} {victim} (?:di )?(?:bakar|sayat|sundut|setrika|siram|hentak|jewer|toyor|bentur|gigit|cubit|pukul|tendang|tampar|injak|tonjok)|kdrt|kekerasan dalam rumah tangga|lempar (?:[a-z]+ ){1,2}(?:ke|kena|ke arah) (?:{body} )?{victim}|siram {gap}(?:air|minyak) (?:mendidih|panas)',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    id: 'beaten_en_more',
    pattern:
      // "pushed my head into the wall", "slammed her face against the table".
      '(?:push|pushed|shove|shoved|slam|slammed|bang|banged|smash|smashed|knock|knocked) (?:saya|dia|kami|her|his) (?:head|face|kepala|muka) (?:into|against|on|onto|to) (?:the |a )?(?:wall|floor|door|table|tembok|lantai|pintu|meja)\\w*(?= )|' +
      '(?:electric|electrify|electrified|setrum|nyetrum) (?:saya|kami|dia|mereka)(?= )|(?:customers?|clients?|tamu|pelanggan|guests?) (?:hurt|beat|hit|rape|raped|abuse|abused|pukul|sakiti)\\w* (?:saya|dia|kami|her|him|me|us)(?= )|(?:smack|whack|batter|scald|cane|lash|struck|strikes|assault)\\w* {victim}|(?:smack|whack|batter|scald|cane|lash)(?:ed|ing)|(?:nempel|tempel|sundut|nyundut|setrika|nyetrika|press)\\w* (?:[a-z]+ ){0,2}(?:setrika|rokok|sendok|besi|hot iron|cigarette)\\w*(?: panas| hot)? (?:ke |di |on |to )?(?:{body}|kulit|skin|arm|hand|back)\\w*|(?:hurt|injured|bruised) (?:badly |very badly )?by (?:{who}|the|saya)|bruis\\w* (?:all over )?(?:from|because of|karena)',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    id: 'sexual_violence',
    pattern:
      // "dipeksa turu karo tamu", "dipaksa tidur sama tamu": forced to have sex with customers; "dipaksa bekerja
      // sebagai pelayan seks", "dipeksa ngladosi tiyang jaler": forced into commercial sex.
      // "dipaksa nemenin om2 tiap malem di apartemen": forced "company" every night.
      '(?:di ?paksa|di ?suruh|forced to|made to) (?:nemenin|nemani|menemani|temani|accompany|ngelayanin|layanin) (?:om|laki|pria|lelaki|men|cowok|bapak)\\w* (?![a-z ]{0,12}minum)(?:[a-z]+ ){0,3}(?:tiap|setiap|every|saban) (?:malam|malem|night|wengi|peuting)|(?:di ?paksa|di ?peksa|forced)\\w* (?:[a-z]+ ){0,3}(?:layan seks|pelayan seks|pekerja seks|kerja seks|sex worker|(?:ngladosi|ngladeni) (?:tiyang|wong) (?:jaler|lanang)|ngalayanan (?:lalaki|pameget))(?= )|(?:di ?paksa|di ?peksa|forced)\\w* (?:turu|tidur|sare|kelon|sleep) (?:karo|sama|dengan|with|bareng|jeung) (?:tamu|pelanggan|customers?|guests?|laki|lelaki|pria|men|client\\w*)(?= )|(?:nemenan|nemenin|nemani|menemani|temani|accompany) (?:tamu|guests?|customers?|pelanggan) (?:dugi ka|sampai|sampe|nganti|until|to) (?:ranjang|kasur|tempat tidur|kamar|bed)(?= )|ngagerayangan|gerayang\\w*|di ?gerayangi|grop\\w*|masuk (?:ke )?kamar\\w*(?: [a-z0-9|]+){0,6} (?:maksa|memaksa|paksa)(?= (?:saya|aku|\\||$))|paksa (?:saya |kami |dia |nya )?hubung(?= (?:\\||$|badan|intim|seks|sex))|forc\\w* (?:saya|dia|kami|her) (?:to )?(?:have )?sex|masuk (?:ke )?kamar\\w*(?: [a-z0-9|]+){0,8} paksa\\w* (?:saya |dia |nya |kami )?(?:layan|hubung|tidur|buka baju)|di (?:perkosa|cabul|leceh|gagah|raba)|perkosa|pemerkosaan|pelecehan|leceh|cabul|pencabulan|rudapaksa|di rudapaksa|kekerasan seksual|di paksa (?:berhubungan|tidur dengan|hubungan badan|melayani nafsu)|raped|rape|raping|rapes|sexually (?:assaulted|abused|harassed)|sexual (?:assault|abuse|harassment)|molested|(?:pegang|raba|tepuk|nepuk|remas|colek|grab\\w*|touch\\w*)\\w* (?:pantat|dada|payudara|bokong|butt|breasts?)|di pegang pegang|masuk (?:ke )?kamar (?:saya|kami)(?: [a-z0-9|]+){0,8} (?:paksa|perkosa|pegang|raba)|men come (?:at night|to the room)|sleep with (?:the )?customers|di (?:rogol|rudapaksa|gerayang|grepe|nodai)|rogol|rudapaksa|gerayang|grepe|(?:di )?paksa (?:saya |kami |dia )?(?:hubung badan|hubung intim|hubungan intim|tidur (?:dengan|bareng|sama|bersama)|ml|ngeseks|seks|sex|layani nafsu|layan nafsu)|forc\\w* (?:saya|dia|kami) (?:to )?(?:have sex|sleep with)|(?:have|has) sex with (?:saya|dia)|sexually \\w+|molest\\w*|(?:touches|touched|touching|gropes|groped|groping|fondl\\w*) (?:saya|dia|kami)|forc\\w* diri (?:on|onto)',
    emergency: 'sexual_violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    // Sexual violence by euphemism: taken or called "to the room" then forced, a hand on the body, "forced to
    // date him", and a child or adult made to strip before a camera (TRIAGE.md P1: sexual violence). Why the
    // bare "dipaksa" only at the end of a clause: the unsaid ("kmrn dia paksa sy...") is what the euphemism hides.
    id: 'sexual_violence_described',
    pattern:
      // "madam husband come to my room again last night. I push the chair to the door".
      '(?:husband|suami|tuan|majikan laki\\w*|anak majikan|son|bos|boss)(?: [a-z]+){0,2} (?:come|came|comes|masuk|datang|enter\\w*)(?: ke| to| into)? (?:saya |dia )?(?:kamar|room|bilik)(?: saya)? (?:again|lagi|every night|tiap malam|setiap malam|at night)(?= )|(?:kamar|kamare|room|bedroom|hotel|motel|penginapan|losmen)\\w*(?: [a-z0-9|]+){0,20} (?:di )?(?:paksa|force\\w*)(?: saya| dia| kami| abdi)?(?= (?:[|?] |$))|(?:sering|suka|selalu|tiap|terus|often|always)(?<!(?:anak|bayi|baby|child|kid|cucu|adik)(?: [a-z]+){1,4}) (?:[a-z]+ )?(?:(?:peluk|hug)\\w* (?:dan |and )?)?(?:cium|raba|grepe|elus|colek|kiss|grop)\\w* (?:saya|dia|badan|tubuh)|forc\\w* (?:saya|dia) (?:in|into|inside) (?:the )?(?:[a-z]+ )?(?:room|kamar|bathroom|toilet|storeroom)(?= (?:[|?] |$|last|yesterday|tonight|again))|(?:video|foto|rekam\\w*|film\\w*|photo\\w*|record\\w*) (?:[a-z]+ ){0,3}(?:waktu |saat |pas |while |when )?(?:saya |dia )?(?:mandi|telanjang|ganti baju|bathing|showering|naked|undress\\w*)|(?:ancam|threat\\w*) (?:[a-z]+ ){0,2}(?:sebar|spread|post|upload|share|viral)\\w* (?:[a-z]+ )?(?:foto|video|photos?|videos?|pics?)|(?:harus|mau|suruh|minta|wajib|kudu|kedah) (?:mau )?(?:layan|ngladeni|ladeni|nglayani|temani|tidur sama|tidur dengan|serve|sleep with) (?:dia|bos|mandor|majikan|juragan|him|nafsu\\w*)(?: [a-z0-9|]+){0,20} (?:di )?(?:paksa|force\\w*)|(?:di )?(?:paksa|force\\w*) (?:di|ke|ka|in|into) (?:kamar|bedeng|pondok|gubuk|rumah|mess|hotel|gudang|room|hut) (?:mandor|bos|majikan|juragan|dia|nya|the (?:boss|foreman|employer))|(?:masuk|mlebu|asup|ajak|ngajak|panggil|suruh|tarik|seret|bawa|ambil|came|come|comes|enter\\w*|call\\w*|invit\\w*|took|take|takes|drag\\w*) (?:[a-z0-9]+ ){0,2}(?:ke |ka |neng |dalam |into |to |in )?(?:the )?(?:kamar|kamare|room|bedroom|storage room|gudang)\\w*(?: [a-z0-9|]+){0,20} (?:di )?(?:paksa|force\\w*)(?: saya| dia| kami| abdi)?(?= (?:[|?] |$))|(?:masuk|mlebu|asup|ajak|ngajak|came|come|comes|enter\\w*|in|di) (?:[a-z0-9]+ ){0,2}(?:ke |ka |neng |dalam |into |to )?(?:the )?(?:kamar|kamare|room|bedroom|storage room)\\w*(?: [a-z0-9|]+){0,6} (?:pegang|raba|elus|ngelus|colek|cium|peluk|grepe|gerayang|remas|touch\\w*|grop\\w*|fondl\\w*|kiss\\w*) (?:saya|dia|kami|badan|tubuh|dada|paha|pantat)|(?:pegang|raba|elus|ngelus|colek|cium|peluk|grepe|gerayang|remas|touch\\w*|grop\\w*|fondl\\w*|kiss\\w*) (?:saya|dia|kami|badan|tubuh|dada|paha|pantat)\\w*(?: [a-z0-9|]+){0,8} (?:masuk|mlebu|asup|enter\\w*|came into|comes into) (?:ke )?(?:kamar|room|bedroom)|(?:ngelus|elus|raba|grepe|gerayang|usap|ngusap)\\w* (?:elus |raba |usap )?(?:badan|tubuh|awak|paha|dada|pantat|body|thigh)\\w*|(?:touch|touches|touched|touching) (?:saya|dia|kami)|(?:cium|kiss|peluk|hug|raba|pegang)\\w* (?:secara )?paksa|(?:di )?paksa (?:cium|kiss|peluk|raba|grepe)\\w*|forc\\w* (?:saya|dia|kami) (?:to )?(?:date|go out with|be (?:his|dia) (?:girlfriend|lover)|kiss|hug|sit on)|(?:di )?paksa (?:saya |dia )?(?:jadi |menjadi )?(?:pacar|pacaran|simpan(?:an)?|istri (?:siri|kedua)|gundik|kencan|date)|(?:suruh|paksa|minta|ask\\w*|made|make|makes|tell\\w*|told|forc\\w*)(?<!(?:dokter|doctor|perawat|nurse|bidan|klinik|clinic) [a-z]+) (?:[a-z0-9]+ ){0,3}(?:lepas|buka|copot|tanggal|take off|remove|strip)\\w* (?:[a-z0-9]+ )?(?:baju|pakaian|celana|clothes|clothing|pakean)(?! (?:untuk|buat|for) (?:\\w*periksa|di periksa|check\\w*|medical|mandi|ganti|cuci|x ray|rontgen))|(?:telanjang|bugil|naked|nude|undress\\w*|strip\\w*)(?: [a-z0-9|]+){0,8} (?:depan |di |on |in front of )?(?:the )?(?:kamera|camera|webcam|live|siaran|video call|vc|streaming|livestream\\w*|live stream\\w*|stream\\w*)|(?:live|siaran langsung|livestream\\w*|live stream\\w*|streaming|video call|vc|webcam)(?: [a-z0-9|]+){0,20} (?:telanjang|bugil|naked|nude|undress\\w*|strip\\w*|lepas (?:baju|pakaian|celana)|buka (?:baju|pakaian|celana))|(?:foto|video|pics?|photos?) (?:bugil|telanjang|nude|naked|porno|mesum|syur)|sextortion|(?:ask\\w*|demand\\w*|want\\w*|minta|menuntut|nuntut) (?:saya |dia |me |her )?(?:for )?(?:sex|seks|jatah|hubungan badan|berhubungan badan|tidur bareng)|(?:harus|must|have to|kudu|wajib|should) (?:mau |gelem )?(?:tidur (?:sama|dengan|bareng)|sleep with|have sex with|berhubungan (?:badan )?(?:dengan|sama)) (?:dia|him|bos|boss|agen|agent|mandor|majikan|supervisor|manager|tuan|baba|laoban|shachou|sajangnim)|(?:kalau|if) (?:saya |i )?(?:tidak|don t|do not|won t) (?:mau )?(?:tidur (?:sama|dengan|bareng)|sleep with|have sex with) (?:dia|him|bos|boss|agen|mandor|majikan|supervisor|manager)|(?:kamar|room|pijat|pijit|mijit\\w*|massage)\\w*(?: [a-z0-9|]+){0,10} (?:dia |he )?(?:buka|lepas|pelorot\\w*|open\\w*|took off|unzip\\w*|pulled down) (?:[a-z]+ )?(?:celana|resleting|pants|trousers|zipper)',
    emergency: 'sexual_violence',
    indicators: ['physical_sexual_violence'],
  },
  // ── killing threatened (P1), other threats ─────────────────────────────────────────────────────────
  {
    id: 'kill_threat',
    pattern:
      '(?:nyembelih|menyembelih|sembelih)(?! (?:kambing|ayam|sapi|domba|hewan|qurban|kurban|unta|bebek|ikan))|di ?sembelih(?! (?:kambing|ayam|sapi|domba|hewan|qurban|kurban|unta|bebek|ikan))|(?:ancam|ugut) (?:mau |akan |nak )?(?:siram|nyiram|simbah) (?:air|banyu|cai) panas|(?:ngarep|depan|hareupeun|front of) (?:[a-z]+ ){0,2}(?:nggawa|nyekel|mawa|bawa|pegang|holding|with) (?:[a-z]+ )?(?:lading|peso|bedog|golok|parang|pisau|knife|machete)|(?:nggawa|nyekel|mawa|bawa|pegang|holding|with) (?:[a-z]+ )?(?:lading|peso|bedog|golok|parang|pisau|knife|machete)(?: [a-z]+){0,3} (?:di |neng |at )?(?:depan|ngarep|hareupeun|luar|outside)? ?(?:kamar|pintu|panto|door)|(?:ngagedor|gedor|ngegedor|knock\\w*|bang\\w*) (?:[a-z]+ ){0,3}(?:panto|pintu|door)(?: [a-z]+){0,3} (?:bawa|mawa|with|nggawa) (?:[a-z]+ )?(?:bedog|golok|parang|pisau|peso|lading|knife|machete)|(?:lading|peso|bedog|golok|parang|pisau|knife)(?: [a-z]+){0,4} (?:di |neng )?(?:depan|ngarep|hareupeun) kamar|(?:nguncalke|nguncal|nyemplungke|nyemplungake|mbuwang|buwang|nguwak|guwak|ngalungkeun|alungkeun|malangkeun|balangkeun|miceun) (?:[a-z]+ ){0,2}(?:neng|ning|nang|ing|ka|ke|to|into) (?:laut|sagara|segara)|(?:finish|habisi|habisin|tamatkan) (?:saya|aku|kamu|dia|me|you|him|her|kami|us)(?= (?:\\| |$|tonight|malam|nanti|besok|tomorrow|if|kalau))|(?:saya|i) (?:will |akan )?(?:not|tidak) (?:see|lihat|melihat) (?:tomorrow|besok|hari esok)|(?:ancam|threat\\w*|ugut) (?:mau |akan |bakal |to |arep |rek |nak )?(?:bakar|burn|(?:siram|nyiram|simbah|pour) (?:bensin|air panas|air keras|banyu panas|cai panas|hot water)) (?:saya|kami|dia|me|us|her|him)|(?:pernah|sudah pernah) (?:bunuh|killed|kill) (?:prt|orang|pekerja|tkw|maid|abk|helper|worker)|(?:ancam|mau|akan|bakal|mau di|akan di|bisa di|ancam di|ancam akan di|ancam mau di) ?(?:bunuh|tembak mati)(?! diri)|di bunuh(?! diri)|bunuh (?:saya|kami|kamu|kau|kalian|dia|mereka|kakak|adik)(?! diri)|(?:threat\\w*|will|going to|gonna) (?:to )?kill|throw\\w* (?:saya |kami |dia |you |us |(?:the |a |that |this )?(?:[a-z]+ )?(?:man|men|crew|boy|guy|worker|sick man|one) )?(?:to|in|into) the (?:sea|ocean|water)|kill (?:saya|kami|dia|mereka|you)|di buang (?:ke )?(?:laut|tengah laut)|buang (?:saya |kami |kamu |dia )?ke laut|lempar (?:saya |kami |kamu |dia )?ke laut|throw\\w* (?:saya |kami |dia |you |us )?(?:overboard|into the sea)|maehan|paehan|dipaehan|(?:arep|ape|bakal|mau|akan) (?:di )?pateni|(?:will|would) be (?:shot|killed)|akan di tembak|(?:bawa|pegang|acung\\w*|with|holding|has)(?<!(?:saya|aku|kami|i|we) (?:lagi|sedang|am|was) (?:bawa|pegang|acung\\w*|with|holding|has)) (?:a )?(?:pisau|parang|golok|pistol|senjata api|knife|gun)(?! (?:potong|motong|buat masak|untuk masak|to cook|for cooking|dapur))|(?:ngamuk|marah|mengamuk|rampage\\w*|angry|mad) (?:[a-z]+ )?(?:bawa|pegang|sambil bawa|sambil pegang|acung\\w*|with|holding|carrying) (?:a |an )?{weapon}|(?:kejar|ancam|todong|acung|serang|datang\\w*|chas\\w*|threat\\w*|came at) {gap1}(?:pakai|dengan|bawa|with) (?:a )?(?:pisau|parang|golok|pistol|senjata|gunting|kapak|celurit|arit|knife|gun|machete|axe)|di todong|di habisi|habisi (?:nyawa|saya|kami|dia|mereka)|habis (?:kan )?nyawa|(?:will|would|going to|gonna) (?:be )?(?:kill|shoot|shot)|todong (?:[a-z]+ )?(?:pistol|pisau|senjata|parang|golok|gun|knife)|(?:threw|throw\\w*) (?:[a-z]+ ){0,2}(?:overboard|into the sea)',
    emergency: 'kill_threat',
    indicators: ['intimidation_threats'],
  },
  {
    // A killing threatened by description: a weapon pointed at the head or laid out with a warning, "you go home
    // only as a name" or in a coffin, "if you run I kill you", and the words for "you're dead" in the languages
    // of the places people work (Tagalog "patay ka", Malay "mampus kau") (TRIAGE.md P1: killing threatened).
    id: 'kill_threat_described',
    pattern:
      // "sy bakal 'hilang' kl lapor", "they will make you disappear": to be made to vanish is to be killed; "no one will
      // ever find me"; "majikan arep ngobong aku nganggo setrika": to be burned.
      // "sy jadi makanan buaya di sungai belakang ladang", "jadi makanan hiu": a body for the crocodiles or sharks.
      '(?:jadi|jadikan|dijadikan|buat|untuk|become|be|as) (?:makanan|makan|santapan|food for|food for the|umpan) (?:buaya|hiu|ikan hiu|crocodiles?|sharks?)(?= )|(?:fed|feed you|feed him|feed her|feed them) to (?:the )?(?:crocodiles?|sharks?)(?= )|' +
      '(?:majikan|bos|boss|suami|mandor|madam|employer|husband|dia|he|she|mereka|they)\\w* (?:[a-z]+ ){0,2}(?:ngudag|kejar|ngejar|mengejar|chas\\w*|buru)\\w* (?:saya|kami|aku|me|us)(?: [a-z]+){0,2} (?:bari |sambil |with |while |bawa |pegang |holding |carrying )(?:a )?(?:pegang |bawa |holding )?(?:peso|piso|pisau|knife|golok|parang|machete|gun|pistol|senjata|arit|celurit)(?= )|(?:tidak|won t|will not|never) (?:bakal |akan |will |bisa |can )?(?:pulang|balik|go home|get home|leave|keluar)(?: (?:dari |from )?(?:rumah|sini|tempat|kamar|kapal|kebun|ladang|gedung|here|this house|this place|this ship)(?: ini)?)? (?:dalam keadaan )?(?:hidup|idup|alive|selamat|in one piece)(?= )|(?:no one|nobody|tidak ada yang|tidak ada orang yang) (?:will |would |akan |bakal )?(?:ever )?(?:find|nemu|menemukan|temukan) (?:saya|dia|kami|me|her|him|us)(?= )|(?:mau|akan|arep|bakal|will|going to|gonna) (?:ngobong|bakar|membakar|nyetrika|setrika|burn)\\w* (?:saya|kami|dia|aku|me|her|him|us)(?= )|(?:saya|kamu|kau|lu|lo|dia|kami|kalian|you|she|he|we) (?:bakal|akan|bisa|mau|will|would|could) (?:di )?(?:hilang|lenyap|menghilang|disappear)\\w*(?= (?:\\| |kalau|kalo|kl|klo|jika|if|kayak|seperti|like|$))|(?:make|made|will make) (?:you|me|her|him|us|them|saya|kamu|dia|kami) disappear|(?:todong|acung|arah|tuju|aim|point|pointed|pointing|held|hold|holding|put|press\\w*|tempel)\\w* (?:[a-z0-9]+ ){0,3}{weapon}\\w* (?:[a-z0-9]+ ){0,2}(?:ke|at|di|to|on|against|kat) (?:[a-z]+ )?(?:kepala|muka|wajah|leher|dada|perut|pelipis|head|face|neck|throat|chest|temple)|{weapon} (?:[a-z0-9]+ ){0,3}(?:di )?(?:todong|acung|arah|tempel|tuju)\\w*|{weapon} (?:[a-z0-9]+ ){0,2}(?:di ?)?(?:taruh|letak|tunjuk|perlihat|pamer|asah|put|placed|laid|showed|shown|sharpen\\w*)\\w*(?: [a-z0-9|]+){0,10} (?:bunuh|kill|mati|habisi|pateni|paehan)|(?:bunuh|kill|habisi|pateni|paehan)(?: [a-z0-9|]+){0,10} {weapon} (?:[a-z0-9]+ ){0,2}(?:di ?)?(?:taruh|letak|tunjuk|perlihat|pamer|asah|put|placed|laid|showed|shown)|(?:pulang|balik|mulih|go home|going home|return\\w*) (?:[a-z0-9]+ ){0,3}tinggal nama(?!(?: [a-z]+)? (?:di|dalam|pada|in|on) )|tinggal nama(?= (?:[|?] |$))|(?:pulang|balik|mulih|go home|going home|come home|sent home|return\\w*) (?:[a-z0-9]+ ){0,3}(?:dalam|di dalam|pakai|jadi|tinggal|in a|in) (?:peti(?: mati| jenazah)?|kantong mayat|mayat|jenazah|bangkai|box|coffin|body bag|casket)|(?:tidak|won t|will not|never) (?:akan |pernah )?(?:pulang|balik|go home|leave|keluar) (?:[a-z0-9]+ ){0,3}(?:hidup|alive)(?= (?:[|?] |$|kata|said))|(?:kubur|bury|tanam) (?:kamu|kau|you|saya|kami|dia|kalian) (?:di sini|here|hidup|alive)|nyawa (?:kamu|mu|kau|lu) (?:melayang|hilang|habis)|(?:kalau|kalo|klo|if|mun|lamun|yen|nek|upami) (?:[a-z0-9]+ ){0,4}(?:kabur|lari|lapor|pulang|run|runs|escape\\w*|leave|tell|report\\w*|complain\\w*|ngadu|harab|minggat)\\w*(?: [a-z0-9|]+){0,5} (?:di )?(?:bunuh|habisi|kill|pateni|paehan|maehan|tembak|bacok|patay\\w*|sembelih|gorok)|(?:point\\w*|aim\\w*|todong\\w*|acung\\w*) (?:[a-z]+ ){0,2}{weapon}\\w* (?:at|ke|to|kepada|ke arah|arah) (?:saya|kami|dia|mereka|kamu|my|the)|(?:kalau|if|mun|yen|nek|kung) (?:[a-z0-9]+ ){0,6}(?:kamu|kau|you|lu|koe|sia|anta|ente|kalian) (?:akan |will |bakal |pasti |langsung )?(?:die|mati|mampus|modar|paeh|dead)(?= )|(?:pulang|keluar|balik|leave|go home|come out) (?:[a-z0-9]+ ){0,3}(?:jadi|sebagai|as a|as) (?:mayat|jenazah|bangkai|corpse|dead body)|(?:throw|lempar|buang|feed|kasih makan) (?:[a-z]+ ){0,2}(?:to|ke) (?:the )?(?:sharks?|hiu)|(?:potong|gorok|sembelih|cut|slit|slice) (?:[a-z]+ ){0,2}(?:leher|throat|tenggorokan)|(?:pull\\w*|took|draw\\w*|keluarkan|cabut|hunus|whip\\w*) (?:out )?(?:a |his |the |dia )?{weapon}|(?:bakar|burn\\w*|kubur|bury|buried|tanam) (?:saya |kami |dia |kamu |kalian |mereka |us |you |them )?(?:hidup|alive)|patay ka|papatayin|patayin kita|(?:mampus|mati) (?:kau|kamu|lu|lo|loe|koe|sia)(?= (?:[|?] |$|kalau|nanti))|(?:saya|aku) bunuh (?:kau|kamu|lu|lo|koe|sia|ana|ente)|bunuh (?:ana|ente|ane)|korosu|koroshite|jugyeo|sha (?:le|si) ni|aqtul\\w*|bagtil\\w*',
    emergency: 'kill_threat',
    indicators: ['intimidation_threats'],
  },
  {
    id: 'threats',
    pattern:
      '(?:kalau|if|when) (?:saya |kami |we |i )?(?:protes|protest|complain\\w*|komplain|ngeluh|mengeluh) (?:[a-z]+ ){0,3}(?:di ?)?(?:turun\\w*|buang|lempar|tinggal|pecat|pulangkan|dropped|thrown|fired|left|sent home|beat|pukul)\\w*|di ancam|ancam|ancaman|threat\\w*|intimidasi|di intimidasi|di teror|teror|ugut\\w*|di ugut|ngancam|di kejar|chased',
    indicators: ['intimidation_threats'],
  },
  {
    // Why not negatable: in "klo gk mau dipukul" the "gk" belongs to "mau" (if you refuse, you are beaten).
    id: 'threat_if_refuse',
    pattern:
      'kalau (?:tidak|belum) (?:mau|nurut|ikut|kerja|bayar|capai|setuju) {gap1}(?:\\| )?(?:nanti |akan |bakal |mau |langsung )?(?:di )?(?:pukul|tampar|siksa|setrum|bunuh|jual|kurung|buang|tendang|aniaya|hajar|perkosa|tembak)|if (?:saya|kami|dia) (?:refuse|say no|do not|don t|dont|won t) {gap}(?:beat|hit|kill|sell|lock|punish|hurt)\\w*',
    indicators: ['intimidation_threats'],
    negatable: false,
  },
  {
    id: 'verbal_abuse',
    pattern:
      'maki hamun|di maki hamun|(?:shout|shouts|shouted|shouting|yell\\w*|curse\\w*|scream\\w*|swear\\w*)(?: and (?:shout|curse|yell|scream|swear)\\w*)? (?:at )?(?:us|me|them|kami|saya|mereka)(?= )|di (?:marah|maki|bentak|hina|caci|teriak)|di ?carekan|di ?seneni|(?:nesoni|nyeneni|di ?pisuhi|misuhi|ngatain|ngata ngatain|ngatai)(?= )|(?:marah|maki|bentak|hina|caci) (?:terus|setiap hari|tiap hari|saya|kami)|(?:sering|selalu|suka|terus|tiap hari) (?:marah|maki|bentak|hina|caci|teriak)|(?:suami|majikan|bos|agen|kapten|mandor|nyonya)(?: nya)? (?:kasar|galak|jahat|kejam)|(?:katain|ngatain|ngatain|sebut|panggil|call\\w*) (?:saya |aku |me |kami )?(?:bodoh|goblok|tolol|babi|anjing|bangsat|stupid|idiot|pig|dog|bitch)|kata kasar|kekerasan verbal|ngamuk|nesu|ambek|dimarahin|marah marah|yell\\w*|shout\\w* at|insult\\w*|swear\\w* at|verbal(?:ly)? abuse\\w*',
    indicators: ['intimidation_threats'],
  },
  {
    id: 'report_threat',
    pattern:
      // "kalau sy report MOM dia hantar sy balik indo": sent home named after the person.
      '(?:hantar|kirim|pulangkan|send) (?:saya |kami |us |dia |me )(?:balik |pulang |home )?(?:ke |to )?(?:indonesia|indo)(?= )|(?:ancam|ancam mau|ancam akan|mau di|akan di) lapor\\w* (?:ke )?(?:polisi|imigrasi|police|immigration)|(?:mau|akan|nak|will|bilang mau|cakap nak) (?:lapor|report)\\w* (?:ke |to )?(?:imigresen|imigrasi|immigration|polis|polisi|police)(?= (?:\\||$|biar|supaya|sebab|sbb|kalau|so|if))|(?:ancam|ancam mau|ancam akan|mau di|akan di) deportasi|report\\w* (?:saya |us |her |him )?to (?:the )?(?:police|immigration)|(?:ancam|mau|akan) (?:di )?penjara|di lapor (?:ke )?(?:polisi|polis|imigrasi|imigresen)|lapor (?:polis|polisi|imigrasi|imigresen)|(?:telpon|telepon|call|panggil) (?:the )?(?:imigrasi|immigration|polisi|police)|police will arrest|(?<!(?:barang|paket|uang|duit|gaji|kiriman|dokumen|surat|foto|oleh oleh|parcel|money|goods)(?: [a-z]+){0,3} )(?:hantar|kirim|pulangkan|send) (?:balik |pulang )?(?:saya |kami |us )?(?:ke )?indonesia|(?:ancam|mengancam) (?:akan )?(?:me)?mulangkan|(?:ancam|mengancam) {gap1}pulang',
    indicators: ['intimidation_threats', 'abuse_of_vulnerability'],
  },
  {
    id: 'sell_threat',
    pattern: '(?:ancam|threat\\w*|ngancam) {gap}(?:jual|sell|ngedol|dodol)',
    indicators: ['intimidation_threats'],
  },
  {
    // Threats short of killing: a broken bone, wages or a report if the person refuses or talks, being called
    // illegal for leaving: "next time he break my legs", "mun abdi nolak cenah gajih teu dibayar", "if she refuse no
    // salary", "nek ngomong karo sopo-sopo aku dipulangke", "yen metu saka proyek dianggep ilegal".
    id: 'threat_short_of_killing',
    pattern:
      '(?<!(?:slot|slotnya|kuota|lowongan|kursi|tiket|ticket) )(?:mau|akan|bakal|besok|arep|sesuk|will be|going to be|gonna be|minggu ini) (?:[a-z0-9]+ ){0,3}(?:di )?(?:jual|dol|sold|resold)|(?:kalau|kalo|if) {neg} (?:transfer|bayar|pay|tebus)\\w* (?:[a-z0-9]+ ){0,4}(?:di )?(?:potong|bunuh|jual|sakiti|siksa|pukul|sold|kill\\w*|hurt)|(?:will|akan|mau|bakal|next time|nanti|going to|gonna|ancam\\w*|threat\\w*) (?:[a-z]+ ){0,3}(?:break|patah\\w*|patahin|patahkan) (?:saya |kamu |your |my |his |her )?(?:legs?|arms?|kaki|tangan|bones?|tulang)|(?:kalau|kalo|mun|lamun|yen|nek|if|when) (?:saya |abdi |aku |she |he |i |dia |we |kami )?(?:tidak mau|nolak|menolak|refuse\\w*|tolak|say no|ngomong|cerita|lapor|talk\\w*|tell\\w*|bicara|metu|keluar|leave|kabur|lari) (?:[a-z0-9|]+ ){0,6}(?:no (?:gaji|salary)|gaji\\w* {neg}|tidak di bayar|di pulang|di deportasi|deport\\w*|report\\w*|lapor\\w* (?:ke )?(?:polisi|imigrasi|migration|immigration)|di anggap ilegal|ilegal|illegal)|report\\w* (?:saya |us |her |him )?to (?:the )?migration',
    indicators: ['intimidation_threats'],
    negatable: false,
  },
  // ── imminent move against one's will (P1) ─────────────────────────────────────────────────────────
  {
    id: 'imminent_move',
    pattern:
      // Why the lookaheads: "dikirim pulang" is going home, and a move next month or after the contract is not
      // within days (TRIAGE.md P1).
      // Not a threat without a day ("saben dino diancam arep didol"): intimidation, not a sale arranged.
      '(?<!(?:barang|uang|duit|gaji|paket|{doc}|hp|foto|surat|kiriman|baju|oleh oleh|koper|tas|bagasi|makanan|obat|mobil|motor|tanah|perhiasan|emas|slot|slotnya|kuota|lowongan|kursi)(?: saya| kami| nya| dia| bos| majikan)? )(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|segera|hari (?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|(?<!(?:jare|katanya|konon|janji|janjinya|dijanjikan|di janji|promised) )(?<!(?:ancam|di ancam|mengancam|ngancam|threatened|threaten|threatens|threatening) )(?<!(?:apakah|whether|entah) )(?<!(?:tahun depan|bulan depan|next year|next month)(?: [a-z0-9]+){0,2} )(?<!terakhir (?:[a-z]+ ){0,3})(?:akan|mau|bakal|rencana)) {gap5}di (?:jual|pindah|bawa|oper|kirim|transfer|serah|tukar|beli|operasi|nikah|kawin|jodoh|lelang|selundup|angkut|hantar|terbang|kasih(?= (?:ke|kepada) ))(?! (?:pulang|balik|ke (?:{med}|kbri|kjri|kdei|shelter|polisi)))(?!(?: [a-z0-9]+){0,6} (?:bulan depan|tahun depan|next month|next year|habis kontrak|selesai kontrak|(?:untuk|buat|supaya|biar) pulang))(?<!besok (?:tahun|taun|bulan|sasi) (?:[a-z]+ )?di (?:jual|pindah|bawa|oper|kirim|transfer|serah|tukar|beli|operasi|nikah|kawin|jodoh|lelang|selundup|angkut|hantar|terbang))|(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|this week|tomorrow) {gap5}(?:di )?(?:pindah|jemput|berangkat|bawa|kirim|angkut|hantar|oper|serah) (?:secara )?paksa|(?:di )?(?:pindah|jemput|berangkat|bawa|kirim|angkut|hantar|oper|serah) (?:secara )?paksa (?:[a-z0-9]+ ){0,8}(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|this week|tomorrow)|(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|this week|tomorrow) {gap5}di paksa (?:naik|pindah|pergi|ikut|berangkat|masuk)|di paksa (?:naik|pindah|pergi|ikut|berangkat|masuk) (?:[a-z0-9]+ ){0,8}(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|this week|tomorrow)|(?:am|is|are) being (?:sold|auctioned|trafficked|smuggled|shipped|handed over)|(?:am|is|are) being (?:moved|sent|transferred|taken) {gap5}(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|this week|tomorrow)|operasi(?:nya)? {gap}(?:besok|lusa|minggu depan)|(?:will|going to|gonna|about to) be (?:sold|moved|transferred|taken|sent|auctioned|shipped|handed over|trafficked|smuggled)(?! (?:home|back|pulang|to (?:the )?(?:hospital|embassy|indonesia)))|(?:sold|sell|selling) (?:saya|us|her|him|them) (?:tomorrow|tonight|soon)|(?:sell|selling|transfer|transferring|send|sending|move|moving|ship|shipping|traffic|trafficking|smuggle|smuggling|hand|handing) (?:saya|kami|dia|mereka) {gap5}(?:besok|nanti malam|lusa|soon|next week|this week|minggu ini|minggu depan)|{soon} (?:kowe|kamu|koen) (?:mau )?(?:dol|jual|oper|buang)(?! (?:barang|ikan|hp))|(?:force|forcing|forced|paksa|memaksa) (?:kami|saya|mereka|dia|us|me|them) (?:[a-z]+ ){0,5}{soon}|(?<!(?:ancam|threatened|threaten|threatens|threatening) )(?:mau|akan|bakal|arep) (?:jual|oper|dol) (?:saya|kami|aku|dia|kamu|kowe)(?= (?:\\||$|ke|kepada|to|lagi))(?!(?: [a-z]+){0,3} (?:bulan depan|tahun depan))|(?:besok|tomorrow|sesuk|malam ini|tonight) (?:giliran|turn) (?:saya|kami|aku|my|our)|(?:saya|kami|dia|mereka) (?:sudah |udah )?di (?:bawa|jual|kirim|pindah|oper|angkut|terbang) (?:ke |pakai |naik )?(?:[a-z]+ ){0,3}(?:malam ini|nanti malam|besok|lusa|tonight|tomorrow)(?<! (?:pulang|rumah sakit|dokter|klinik|kbri|kjri|shelter|polisi) (?:malam ini|nanti malam|besok|lusa|tonight|tomorrow))|(?:they|mereka|he|she|dia|boss|bos|agent|agen|majikan|madam|sir|employer) (?:will |are going to |is going to |gonna |want to |wants to |akan |mau )?(?:sell|transfer|send|move|ship|hand)s? (?:saya|kami|dia|mereka|me|us|her|him|them)(?: [a-z]+){0,4} {soon}|{soon} (?:they|mereka|he|she|dia|the boss|boss|bos|the agent|agent|agen|company|the company|driver|the driver|sopir|madam|sir|employer|majikan) (?:will |are going to |is going to |gonna |want to |wants to )?(?:sell|transfer|send|move|ship|take|hand|bring)s? (?:saya|kami|dia|mereka)(?! (?:home|pulang|back home|to (?:the )?(?:hospital|embassy|kbri|kjri|police)))|(?:ginjal|organ|kidney|liver)\\w* {gap}(?:mau|akan|bakal|besok|will be) {gap1}(?:di )?(?:ambil|operasi|jual|taken|removed)|(?:mau|akan|bakal) di ambil (?:ginjal|organ)|(?:mau|akan|bakal) (?:oper|jual|pindah|transfer|kirim|serah|hantar) {victim} (?:[a-z0-9]+ ){0,8}(?:{soon}|paksa)|operasi {gap}{soon}|(?:mau|rek|bade|arek) (?:ngajual|ngical|jual|ngirim|mindahkeun) (?:[a-z]+ ){0,3}(?:ka|ke|to) (?:[a-z]+ ){0,2}{soon}',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
  },
  {
    // A move with its day, then the person's refusal or powerlessness in the same report ("lusa abdi bade
    // dikintunkeun ka dunungan anyar…, abdi teu daek tapi teu tiasa nolak", "this sunday sy dipindah ke factory…, I
    // already said no"), or put on a boat tonight not knowing where: a transfer against their will within days
    // (TRIAGE.md P1). Not a refusal asked about ("should I refuse?").
    id: 'refused_move_soon',
    pattern:
      '(?:go|pergi|pindah|move|moved|moving|sent|send|transfer\\w*|di bawa|di kirim|di pindah|di jual|sold|di berangkat\\w*|diberangkat\\w*|berangkatkan\\w*|memberangkatkan\\w*|di terbang\\w*) (?:ke |to )(?:[a-z|]+ ){0,6}(?:{soon}|besok pagi|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:pada )?hari (?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad))(?: [a-z0-9|]+){0,16} (?<!(?:should|could|can|may|boleh|bisa|apakah|apa|harus|perlu|whether)(?: saya| i| aku| kami| we)? )(?:tidak mau|gak mau|menolak|refuse\\w*|say no|said no|tidak setuju|tidak bersedia|tidak rela|wegah|emoh|tidak daek|tidak hoyong|don t want|do not want|dont want|doesn t want|does not want|doesnt want|tidak bisa nolak|no choice|terpaksa)(?= )|(?:{soon}|besok pagi|rong dino meneh|dua hari lagi|(?:in )?(?:two|2|three|3) days|hari (?:khamis|jumaat|isnin|selasa|rabu|sabtu|ahad|kamis|jumat|senin)(?: ini)?|hari minggu ini|this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (?:[a-z0-9]+ ){0,3}(?:mau |akan |bakal |arep |bade |kena |di )?(?:di ?pindah|pindah|di ?kirim|dikintunkeun|di ?antar|diterke|di ?terke|di ?bawa|di ?jual|di ?oper|di ?terbang\\w*|flight|fly|taking saya|take saya|moving saya|move saya|sending saya|send saya)(?: [a-z0-9|]+){0,24} (?<!(?:should|could|can|may|boleh|bisa|apakah|apa|harus|perlu|whether)(?: saya| i| aku| kami| we)? )(?:tidak mau|gak mau|menolak|refuse\\w*|said no|tidak setuju|wegah|emoh|tidak daek|tidak hoyong|tidak ingin|don t want|do not want|dont want|tidak bisa nolak|tidak bisa menolak|mau cancel|want to cancel|no choice|terpaksa)(?= )|(?:{soon}) (?:[a-z]+ ){0,2}(?:mau |akan |bakal )?(?:di ?naikin|di ?naikkan|di ?masukin|di ?masukkan|di ?angkut|naikin|naikkan|put|loaded|taken) (?:ke |on |onto |into |in )?(?:{vessel}|truk|truck|mobil|van|lori)(?: [a-z0-9|]+){0,4} (?:tidak|don t|do not) (?:tau|tahu|know) (?:ke ?mana|kemana|where)|(?:transferred|moved|sent|sold|taken)(?: [a-z0-9|]+){0,10} (?:{soon}|in (?:2|3|two|three) days)(?: [a-z0-9|]+){0,8} (?:tidak ada yang asked|nobody asked|no one asked|without asking|against (?:kami|saya|our|my) will)',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
  },
  {
    // "sy gak mau dijual besok": not wanting the move is what makes it against the person's will, so the
    // negation here is part of the cue, not of the event.
    id: 'unwilling_move',
    pattern:
      '(?:tidak mau|menolak|refuse\\w*) {gap1}di (?:jual|pindah|oper|kirim|bawa|transfer|serah) {gap}(?:besok|lusa|malam ini|nanti malam|hari ini|minggu ini)',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
    negatable: false,
  },
  {
    // Hunted by the person they fled ("majikan mencari saya", "he is looking for me"): escaping does not end it.
    id: 'pursued',
    pattern:
      // Why not after "takut": fear of being found ("takut dicari orang perusahaan") is a worry to ask about.
      '(?<!(?:takut|khawatir|kuatir|wedi|sieun|afraid|scared|worried|worry) )(?:(?:di kejar|di cari(?! (?:pengganti|kerja|majikan (?:baru|lain)|agen|uang|duit|replacement))|di buru)(?: kejar| cari)? (?:oleh |sama )?(?:majikan|bos|agen|preman|sponsor|calo|mereka|penjaga|orang)|(?:majikan|bos|agen|preman|sponsor|calo|mereka|dia|penjaga) {gap1}(?:sedang |masih )?(?:cari|kejar|buru|ngudag|ngejar) (?:saya|kami)|(?:is|are) (?:looking|searching|hunting) for (?:saya|kami)|(?:chasing|hunting) (?:saya|kami))',
    emergency: 'pursued',
  },
  {
    // "jual ginjal … katanya operasinya hari kamis": the operation to take an organ has a day (TRIAGE.md P1: an
    // "operation" against the person's will within days; a stated consent is read in triage.ts).
    id: 'organ_operation_due',
    pattern:
      '(?:ginjal|kidney|liver|organ)\\w*(?: [a-z0-9|]+){0,25} (?:operasi|operation|surgery)\\w* (?:[a-z]+ )?(?:hari |on |this )?(?:besok|lusa|senin|selasa|rabu|kamis|jumat|sabtu|minggu ini|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week)(?= )|(?:ginjal|kidney|liver|organ)\\w*(?: [a-z0-9|]+){0,25} (?:besok|lusa|malam ini|nanti malam|minggu ini|tomorrow|tonight|this week)(?: [a-z]+){0,6} (?:operasi|operation|surgery)(?= )' +
      // "agen suruh sy tanda tangan jual ginjal minggu ini": made to sell a kidney with its day told.
      '|(?:suruh|paksa|desak|forced|made|told|pressur\\w*) (?:[a-z]+ ){0,4}(?:jual|operasi|ambil|sell|donat\\w*) (?:ginjal|kidney|organ|liver)\\w* (?:[a-z]+ ){0,3}(?:besok|lusa|minggu ini|hari ini|malam ini|tomorrow|this week|today|tonight)(?= )',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
  },
  {
    id: 'sold',
    pattern:
      '(?<!(?:tiket|ticket|tiketnya|tiket pesawat|slot|slotnya|kuota|lowongan|kursi)(?: akan| mau| bakal)? )di (?:jual|beli)(?! (?:barang|hp|rumah|mobil|motor|tiket|ticket|akun|account|followers|tanah|lahan|baju|murah|cepat))|(?:mau |akan |nak |arep )?(?:jual|jualin|ngedol|adol) (?:saya|kami|aku)(?= (?:ke|kat|to|neng|ka|sama|dengan|\\||$))|(?:sold|resold) (?:saya|us|her|him|them|to)' +
      // "sy udh 'dibayar' sama majikan baru": bought by the next employer.
      '|(?:saya|kami|aku|dia) (?:sudah |udah |baru )?di (?:bayar|tebus) (?:sama|oleh|by|dari) (?:majikan|bos|boss|tauke|juragan|agen|orang|employer|madam)\\w* (?:baru|lain|new|other)(?= )',
    signals: ['sold'],
  },
  // ── suicidal (P1) ─────────────────────────────────────────────────────────────────────────────────
  {
    // Wish, plan or means to end one's life in chat Indonesian, Javanese, Sundanese, Malay and English
    // (TRIAGE.md P1). The reader handles negation ("tidak ada niat bunuh diri"), time ("dulu pernah") and
    // questions about someone else ("kalau teman bilang mau bunuh diri…?").
    id: 'suicidal',
    pattern:
      '(?:meninggal|seda|wafat|died|passed away) (?:[a-z|]+ ){0,10}(?:mau|ingin|pengen) (?:nyusul|menyusul) (?:[a-z]+ ){1,2}(?:saja|wae|je)(?= (?:\\||$))|(?<=(?:gantung diri|bunuh diri|hanged (?:himself|herself)|killed (?:himself|herself)) (?:[a-z|0-9]+ ){0,10})(?:mau|ingin|pengen|wants to) (?:nyusul|menyusul|follow)(?= (?:\\||$|saja|aja|wae|je|dia|him|her))|(?:kalau|kalo|yen|lamun|if) (?:saya|aku) (?:sudah )?(?:tidak|euweuh|gone) (?:ada |ana |aya )?(?:lagi )?(?:\\| )?(?:[a-z]+ ){0,3}(?:lebih|luwih|leuwih|better) (?:tenang|tentrem|bahagia|senang|happy|baik|off)|(?:{lethal}|{poison}|obat nyamuk|air aki|obat pel|pembersih lantai|bleach|clorox|baygon) (?:[a-z|]+ ){0,3}tinggal (?:di ?)?(?:minum|telan|tenggak)(?= )|(?:give|gave|kasih|kasi|bagi|bagikan) (?:[a-z]+ ){0,2}(?:barang|baju|hp|phone|clothes)\\w* (?:[a-z0-9|]+ ){0,8}(?:tidak|not) (?:perlu|butuh|need)|(?:lebih baik|lebih bagus|mending|mendingan|luwih becik|lagi baik|better) (?:saya|kami) (?:am )?(?:tidak|never) (?:ada|ana|aya|alive|hidup|exist)(?= )|(?:lebih baik|mending|mendingan|better) (?:saya )?(?:to )?(?:lenyap|menghilang|ngilang|hilang dari dunia|disappear|vanish)|(?:want|mau|pengen|ingin) (?:to )?(?:lenyap|menghilang|ngilang|disappear|vanish)(?= (?:\\||$|dari dunia(?! kerja| maya| nyata)|from the world|forever|selamanya))|(?:malam ini|hari ini|tonight|sekarang) (?:saya )?(?:akhiri|ngakhirin|sudahi)(?= (?:\\||$|saja|semua))|(?:mau|ingin|pengen|akan) (?:akhiri|ngakhirin|sudahi|udahan) (?:saja|semua|semuanya)(?= (?:\\||$))|(?:mau|ingin|want to|pengen) (?:[a-z]+ ){0,1}(?:tidur|turu|sare|sleep) (?:[a-z]+ ){0,2}(?:tidak|tidak pernah) (?:bangun|tangi|hudang|wake up) ?(?:lagi|maneh|deui|again)?(?= )|(?:mau|ingin|pengen) tidur (?:panjang|selamanya|selawase|salamina)|(?:turu|sare|tidur) (?:selawase|salamina|selamanya)|sleep forever|(?:mau |ingin |pengen )?(?:nyusul|menyusul|ikut|follow|join) (?:[a-z]+ ){0,2}(?:almarhum\\w*|alm|arwah|ke surga|ke alam baka|sing wis seda|sing sudah seda|yang sudah seda|sing sudah mati|yang sudah meninggal|my late|late (?:mother|father|mom|dad|husband))|(?:biar|ben|meh|supaya|so|to get) (?:di ?)?(?:ketabrak|tabrak|kena langgar|kena tabrak|hit by)\\w*|run (?:in)?to (?:the )?traffic|(?:lari|mlayu|lumpat|run) (?:[a-z]+ ){0,2}(?:tengah )?(?:jalan|dalan|jalan tol|traffic)\\w* (?:[a-z]+ ){0,3}(?:ketabrak|tabrak|langgar|hit)\\w*|(?:tenggelam|tenggelem|nenggelam|nyemplung|drown)\\w* (?:diri|myself|awak|maneh)|(?:minum|nelen|menelan|telan|ngombe|nginum|take|took|drank|drink|swallow\\w*) (?:[a-z0-9]+ ){0,2}(?:obat|pil|pills?|tablets?|ubar|ubat|parasetamol|paracetamol|panadol) (?:[a-z0-9]+ ){0,2}(?:banyak|akeh|loba|many|sebotol|satu botol|satu strip|se strip|sekaligus|semua\\w*|sadayana|kabeh)(?!(?: [a-z0-9]+){0,3} (?:karena|krn|soalnya|for|because of) (?:[a-z]+ )?(?:flu|demam|batuk|pilek|sakit|pusing|maag|infeksi|fever|cold|cough|pain))|(?:minum|nelen|menelan|telan|ngombe|nginum|drank|drink|swallow\\w*|take|took) (?:[a-z0-9]+ ){0,2}(?:banyak|akeh|loba|many|\\d+ butir|\\d+ (?:pills|tablets)|sebotol|satu strip|sepapan|satu papan|sestrip|sekotak|satu kotak|a strip of|a whole strip of|a box of) (?:[a-z]+ )?(?:obat|pil|pills?|tablets?|ubar|ubat|parasetamol|paracetamol|panadol|butir)(?!(?: [a-z0-9]+){0,3} (?:karena|krn|soalnya|for|because of) (?:[a-z]+ )?(?:flu|demam|batuk|pilek|sakit|pusing|maag|infeksi|fever|cold|cough|pain))|(?:minum|nelen|menelan|telan|ngombe|nginum|drank|drink|swallow\\w*) (?:[a-z0-9]+ ){0,2}(?:air aki|obat pel|pembersih lantai|cairan pembersih|pemutih|bleach|clorox|baygon|obat nyamuk|insektisida|pestisida|rat poison|racun\\w*|poison)|(?:obat|pil|pills?|medicine|ubat|ubar) (?:[a-z|]+ ){0,6}(?:minum|kuminum|telan|nelen|swallow|inum|diinum|di inum|ngombe) (?:semua|semuanya|all|sadayana|kabeh|sekaligus)|(?:silet|sayat|iris|kelar|cut)\\w* (?:[a-z]+ )?(?:tangan|lengan|nadi|pergelangan|arm|arms|wrist|wrists)\\w*|(?:tangan|lengan|nadi|leungeun|arm|wrist)\\w* (?:saya |aku |abdi )?(?:sudah |udah |tos |wis )?(?:di ?|ku|tak |tidak )?(?:silet|sayat|iris|kelar)\\w*|(?:abis|habis|sudah|udah) (?:ku|di ?)?silet\\w*|kusilet\\w*|(?:cara|caranya|carane|carana|how to|how) (?:untuk |buat )?(?:mati|maot|paeh|die|dying|ngakhirin hidup|mengakhiri hidup)(?= )|(?:kapan|kpn) (?:ya )?(?:saya )?(?:bisa |boleh )?(?:mati|maot|paeh)(?= )|(?:ngakhirin|ngakhiri|mungkasi|mengakhirkan) (?:hidup|urip|nyawa|semua|semuanya)\\w*|(?:berhenti|stop) (?:napas|nafas|bernapas|bernafas|breathing)|(?:want|mau|pengen|ingin) (?:it all|everything|semua ini|semuanya) (?:to )?(?:stop|berhenti)|(?:tidak|tak) (?:larat|kuat|sanggup|tahan|mampu) (?:mau |untuk |nak )?hidup(?: lagi)?(?= )|(?:mending|lebih baik|mau|pengen|ingin|hayang|hoyong|rasa) (?:saya )?(?:paeh|maot|modar|mampus)(?= )|(?:kepikiran|kapikiran|kepikir|thinking|think|mikir)\\w* (?:[a-z]+ ){0,3}(?:loncat|lompat|luncat|terjun|jump)|nglalu|ngelalu|(?:nggantung|ngantung|gantung|ngagantung) (?:awak|maneh|awakku)|(?:siapkan|siapin|nyiapin|nyiapke|nyiapkeun|prepare\\w*) (?:the |a )?(?:tali|rope|noose)(?: (?:already|sudah|tos|wis))? (?:di|in|neng) (?:kamar|bathroom|room|toilet)|(?:pergi|lunga|indit)\\w* (?:dulu |jauh |saja |wae |aja )?(?:buat |untuk )?(?:selamanya|selawase|salamina|forever)(?! (?:dari|from|ke|to))|(?:saya|aku) (?:mau|akan|ingin|pengen) pergi (?:[a-z]+ ){0,3}(?:tidak|never) (?:akan |bakal )?(?:balik|pulang|kembali|come back)|(?:pamit|goodbye|selamat tinggal)\\w* (?:[a-z|]+ ){0,4}(?:tidak|moal|never) (?:akan |bakal )?(?:balik|bali|uih|pulang|kembali|come back)|(?:barang|baju|hp|phone|clothes)\\w* (?:[a-z0-9|]+ ){0,3}(?:kasih|kukasih|bagi|kubagiin|bagiin|di bagi|give|gave|wenehke|dibikeun|di bikeun|bagikan|kasi|pasihkeun|pasihan|masihan|bikeun|paringake)\\w* (?:[a-z0-9|]+ ){0,9}(?:tidak|not) (?:akan |bakal |will )?(?:perlu|butuh|need|peryogi)(?!(?: [a-z0-9|]+){0,3} (?:karena|krn|soalnya|because|since|sudah beli|beli baru|ada yang baru|ganti))|(?:jump|jumping|loncat|lompat|terjun) (?:from|off|dari|dr) (?:the |a )?(?:\\d+ )?(?:floor|lantai|storey|roof|atap|balcony|balkon|building|gedung|bridge|jembatan)|(?:akhiri|mengakhiri|end) (?:hidupnya|nyawanya|her life|his life)|(?:easiest|best|only|quickest) way (?:out )?(?:is )?to end it|(?:want|going|plan\\w*|decided|ready) to end it(?: all)?(?= )|(?<!(?:pencegahan|cegah|mencegah|prevention|materi|tentang|topik|penyuluhan|seminar|sosialisasi|kampanye|angka|kasus|berita) )bunuh diri(?! (?:prevention|awareness|rate|statistics|hotline))|(?<!(?:sampe|sampai|hampir|nyaris|kirain|kirai|kukira|kira|ngira|dikira|thought) )(?:mau|lebih baik|lebih baik saya|mending|rasanya mau|rasanya|rasa|pasti|sudah siap|ready to|siap) mati(?! (?:lampu|listrik|hp|baterai|mesin|kepanasan|kedinginan|ketawa|tertawa|kebosanan|bosan|penasaran|kaget|kegelian|gaya))|mati(?<!(?:bilang|ngomong|kata|teriak|suruh|said|says)(?: [a-z]+)? mati) (?:saja|wae|bae|je)(?! (?:lu|lo|loe|kamu|kau|kowe|sia|you|kon))|(?:akhiri|akhir|mengakhiri|sudahi|selesaikan) (?:hidup|nyawa|semua|semuanya|semua ini)|biar selesai (?:semua|semuanya)|gantung (?:diri|leher)|gantungin leher|lompat (?:dari|dr) (?:gedung|lantai|jendela|atap|balkon|jembatan)|nyemplung (?:segara|laut|kali)|terjun (?:dari|ke)|(?:minum|telen|telan|tenggak|nenggak|tegak|minom|drink|swallow) {gap1}(?:racun|baygon|wipol|bayclin|bayklin|klorox|chlorox|dettol|harpic|vixal|pembersih|cairan (?:pembersih|pel|lantai|kimia|pemutih|cuci|racun)|obat nyamuk|bleach|poison|cleaning|cleaner|detergen|sabun|clorox|porstex|karbol|racun rumput|obat rumput)|(?:minum|minom|drink|take|took|taking) (?:banyak|semua|sekaligus|all the|all|a lot of|too many) (?:pil tidur|obat tidur|obat penenang|sleeping pills|pills|tablets)|(?:mau|pengen|pingin|ingin|akan|arep|hoyong|hayang|nak|rasanya mau|kepikiran|want to|going to|gonna|will) (?:minum|telan|telen|tenggak|nenggak|minom|ngombe|nginum|drink|swallow|take) {gap1}(?:obat tidur|pil tidur|obat penenang|sleeping pills)(?! (?:dari|dr|resep|sesuai|sama|sm|biar bisa tidur|supaya bisa tidur|buat tidur|from|as prescribed|to sleep))|(?:menelan|telan) banyak (?:pil|obat)|(?:pegang|bawa|ambil|siapin|siapkan|holding|have) (?:botol |a bottle of )?(?:racun|baygon|wipol|bayclin|pembersih|cairan pembersih|obat tidur|pil|pills|bleach|poison|tali)(?: [a-z0-9|]+){0,6} (?:mau|minum|telen|telan|drink|swallow)|potong (?:nadi|urat)|sayat (?:nadi|tangan)|cut (?:saya |my )?wrists?|(?:tidak|belum) (?:mau|kuat|sanggup) hidup lagi|(?:tidak|belum) kuat (?:lagi )?(?:hidup|urip)|(?:tidak|belum) (?:kuat|kiat) (?:deui )?hirup|(?:tidak|belum) kiat deui hirup|capek hidup|lelah hidup|tidak ada gunanya hidup|hidup (?:saya |gw |aku )?(?:sudah |udah )?(?:tidak|gak) ada artinya|(?:hilang|ilang|lenyap) (?:saja |aja )?dari dunia(?! kerja| maya| nyata| luar)|(?:tidak|gak) ada di dunia ini|(?:tidak|gak) mau bangun lagi|surat wasiat|tulis surat (?:untuk|buat) anak|kill diri|end (?:saya|my) life|ending (?:saya|my) life|end it all|take (?:saya|my) (?:own )?life|suicid\\w*(?! (?:prevention|awareness|rate|rates|statistics|hotline|hotlines))|mau die|mau to die|rather die|better off dead|tidak mau to live|mau (?:to )?jump|(?:mau|pengen|ingin) lompat|(?:will|going to) jump|hoyong paeh|hayang paeh|hoyong maot|ngaleungitkeun nyawa|luwih becik mati|pengen mati|nyakiti diri|nyakitin diri|sakiti diri|menyakiti diri|sakit diri|harm diri|hurt diri|end (?:saya|dia|kami) (?:own )?li(?:fe|ves)|take (?:dia|kami) (?:own )?li(?:fe|ves)|(?:kill|killing) diri|(?:hoyong|hayang|hayan|mending|leuwih hade) (?:paeh|maot)|(?:siapin|siapkan|sediakan|sudah siap) tali(?! (?:jemuran|sepatu|rafia|kapal|tambang|pancing|koper|barang|kardus|paket|tas|tenda|(?:buat|untuk|for) (?:ikat|jemur|mengikat|tie|tying)))|(?:biar|supaya|agar) (?:saya )?(?:mati|cepat mati)|(?:hilang|lenyap) (?:saja )?dari dunia(?! kerja| maya| nyata| luar)|(?:tidak|no longer) (?:mau|want to) (?:to )?live|no reason to live|(?:mending|lebih baik|better) saya mati(?! (?:lampu|listrik|hp))|end(?:ing)? it all|surat terakhir|(?:mau|ingin|akan) terjun|hang\\w* diri|(?:mau|lebih baik|mending) (?:paeh|maot)|maehan diri|(?<!(?:hp|baterai|batre|lampu|mesin)(?: saya| dia| kami)? )(?:mau|ingin) (?:cepat|segera) mati(?! (?:lampu|listrik|hp|baterai|mesin))|(?:minum|telen|telan|tenggak|nenggak|drink|drank|drinks|drinking) {gap1}{poison}(?! (?:by accident|accidentally|tidak sengaja|tak sengaja))|(?:telen|telan|tenggak|nenggak) {gap1}(?:semua|banyak|segenggam|sebotol) (?:pil|obat)|(?:minum|makan) {gap1}(?:segenggam|sebotol) (?:pil|obat)|(?:take|took|taking|swallow\\w*) (?:all the|all|a lot of|lots of|the whole bottle of|a handful of) (?:dia |saya |her |his |my )?(?:pills|tablets|sleeping pills|medicine\\w*|obat)|(?:minum|telan|take|took|swallow\\w*) (?:[a-z]+ ){0,3}(?:obat|pil|pills|medicine\\w*|tablets) (?:[a-z]+ ){0,2}(?:sekaligus|at once|all at once|semua sekaligus)|(?:siapkan|sediakan|sudah siap) {gap1}(?:racun|tali|obat tidur)(?! (?:jemuran|sepatu|rafia|kapal|tambang|pancing|koper|barang|kardus|paket|tas|tenda|(?:buat|untuk|for) (?:ikat|jemur|mengikat|tie|tying)))|rope (?:ready|siap)|(?<!di )(?:potong|sayat|iris|silet|kelar|gores|slit|slash\\w*|cut|cutting|cuts) {gap1}(?:nadi|urat nadi|pergelangan|wrists?)|(?<!di )(?:sayat|silet|iris) (?:tangan|lengan)\\w*|saya (?:have been |been |keep |kept |am |sudah |udah |lagi |suka |sering )?(?:cutting|sayat|silet|gores) (?:saya )?(?:arm|arms|hand|hands|legs?|skin|thighs?|tangan|lengan|kaki|kulit|paha)\\w*(?!(?: [a-z]+){0,4} (?:by accident|accidentally|tidak sengaja|waktu masak|while cooking|kitchen|dapur))|(?:pergi|pamit|lunga|indit) (?:dulu |duluan |disik |ya )?(?:untuk )?selama(?:nya| lamanya)(?! (?:dari|ke|from|to))|(?:luka|cut|cutting|cuts|harm\\w*|hurt\\w*|injur\\w*|tabrak|ceburkan|jatuhkan) diri(?! (?:while|by accident|accidentally|waktu|pas|saat|ketika|when|at work|di tempat kerja))|(?:nyusul|menyusul|susul) {gap1}(?:almarhum\\w*|alm|arwah|akhirat|alam baka)|tidur (?:untuk )?selama(?:nya| lamanya)|sleep forever|never wake up|tidak ada gunanya (?:saya |aku )?hidup|no point (?:in )?living|(?:no|tidak ada) reason to live|(?:tidak bisa )?go on living|(?:kesel|penat|bosan|bosen|jenuh|tired of|sick of) (?:hidup|living|life)(?! (?:di|here|in|at|abroad|as))|(?:tidak|belum) (?:kuat|sanggup|tahan|larat|kiat) (?:lagi |deui )?hidup(?= (?:[|?] |lagi |deui |saya |ini |$))|tamatkan (?:riwayat|hidup|nyawa)|(?:ambil|cabut|habisi) nyawa (?:sendiri|diri)|wish (?:saya|dia) (?:was|were) dead|(?:jump|jumping) (?:off|from) (?:the |a )?(?:bridge|building|roof|balcony|window|floor)|(?:mau|ingin|akan|want to|going to|will|kepikiran|thinking of|thinking about) overdos\\w*|overdos\\w* (?:on|with) (?:pills|tablets|obat|medicine|sleeping)|gantung (?:awak|badan)|nyemplung sumur|(?:mau|akan|ingin|mending|lebih baik)(?: saya| aku)? pergi (?:saja |sahaja |wae )?(?:untuk )?selama(?:nya| lamanya)(?! (?:dari|ke|from|to))|(?:disappear|hilang|lenyap|menghilang) (?:forever|selamanya|untuk selamanya)|(?:lebih baik|mending|better if) (?:saya |aku )?(?:tidak ada|tiada)(?= (?:[|?] |lagi |$))|(?:mending|lebih baik) (?:saya |aku )?(?:tidak usah|tidak perlu|tak payah) hidup|(?:tidak|belum) (?:mau|ingin) (?:ada |hidup )?(?:lagi )?di dunia|(?:tidak usah|tidak perlu) bangun lagi|(?:{poison}|tali|rope) (?:buat|untuk|for) diri|(?:mau|pengen|ingin|akan) (?:nyemplung|nyebur|cebur) (?:ke )?(?:segara|laut|kali|sumur|sungai)(?! (?:buat |untuk |mau |pengen )?(?:berenang|renang|mandi|main|swim\\w*|mancing|snorkel\\w*|diving))|(?:tidak|belum) mau (?:lagi |deui )?hidup(?= (?:[|?] |lagi |deui |saya |ini |$))|end (?:everything|semua|semuanya)|kalau saya (?:mati|maot|paeh|died|die|meninggal) (?:juga |pun )?(?:tidak|tidak akan) (?:ada )?(?:yang )?(?:peduli|tahu|care|miss|kehilangan)|tidak ada yang (?:would |will )?(?:miss|kehilangan|rindu) saya|(?:saving|stockpiling|hoarding|saved|collected|stockpiled|hoarded) (?:saya |up |the |all the |my )?(?:pills|tablets|sleeping pills)|kumpul (?:pil|obat tidur)',
    emergency: 'suicidal',
    flags: ['suicidal'],
  },
  {
    // Preparation rather than words of wish: means bought, kept or hidden by the writer ("sy udh beli racun tikus,
    // sy simpen di bawah kasur"), a noose made ready, the child entrusted "if I am gone", a farewell or an
    // apology for everything, "when I can't bear it I'll drink it" (TRIAGE.md P1: any plan or means).
    id: 'suicidal_preparation',
    pattern:
      '(?:beli|tuku|nuku|meuli|siapkan|siapin|bought|buy|got|punya|ada) (?:[a-z]+ )?(?:arang|charcoal) (?:sama|sm|dan|and|&|karo|jeung|plus|\\+) (?:lakban|selotip|isolasi|solatip|tape|duct tape)|(?:arang|charcoal) (?:[a-z|]+ ){0,4}(?:kamar|room) (?:[a-z]+ )?(?:tutup|ditutup|di tutup|rapat|sealed|closed|kecil)|(?:{poison}|{lethal}|obat|pil|pills|tali|rope) (?:[a-z|]+ ){0,5}(?:cukup|enough|cekap|cukuplah) (?:buat|untuk|for|kanggo|keur|bagi) (?:saya|aku|me|diri|abdi)|(?:saya|kami) (?:have|has|got|punya|ada) (?:[a-z]+ )?(?:pills?|tablets?|obat|ubat|pil) (?:saved|stored|hidden|collected|ready|di ?simpan|di ?kumpul\\w*|simpanan|tersimpan)|(?:saya|kami)(?<!(?:suruh|perintah|minta|told|asked|ask|tell|tells) [a-z]+) (?:sudah |diam diam |udah |baru )?(?:beli|tuku|nuku|meuli|simpan|taruh|bought|buy|keep|kept|have|punya|bawa|carry\\w*|sembunyi\\w*|disembunyi\\w*|kumpul|kumpulkan|siapkan|sediakan|stok|timbun|hid|hide|hidden|hiding|stash\\w*|saved|saving|collect\\w*|stockpil\\w*) (?:[a-z0-9]+ ){0,2}{lethal}(?!(?: [a-z]+){0,3} (?:karena|karna|soalnya|buat|untuk|for|because|dari|from) (?:susah tidur|sulit tidur|tidak bisa tidur|insomnia|can t sleep|cannot sleep|dokter|doctor|resep))(?!(?: [a-z]+){0,3} (?:buat|untuk|for|to kill|biar|kanggo) (?:tikus|nyamuk|kecoa|semut|hama|rumput|kebun|sawah|dapur|gudang|rats?|mice|mouse|insects?|cockroach\\w*|weeds?|ants?|pests?|the (?:rats|mice|kitchen|garden)))|{lethal}(?: [a-z0-9|]+){0,3} (?:sudah |udah )?(?:saya|kami) (?:beli|simpan|taruh|sembunyi\\w*|disembunyi\\w*|kumpul|siapkan|sediakan|stash\\w*|hid|hide)(?! (?:buat|untuk|for) (?:tikus|nyamuk|kecoa|semut|hama|rumput|kebun|sawah))|(?:minum|telan|tenggak|makan|take|took|swallow\\w*) (?:semua|seluruh|sebotol|segenggam|all|all the|the whole bottle of|a handful of) (?:obat|pil) (?:tidur|penenang)|(?:minum|telan|tenggak|take|took|swallow\\w*) (?:semua|seluruh|sebotol|segenggam|all|all the|the whole bottle of|a handful of) sleeping (?:pills?|tablets)|tali(?! (?:jemuran|sepatu|rafia|kapal|tambang|pancing))\\w* (?:[a-z0-9]+ )?(?:sudah |udah )?(?:saya |aku )?(?:siapkan|sediakan|siap)|tali\\w* (?:[a-z0-9]+ ){0,4}(?:siapkan|sediakan|siap|ikat|pasang|gantung)\\w* (?:di|ke|on|to|dari) (?:[a-z]+ )?(?:plafon|loteng|langit|balok|kipas|gudang atap|atap gudang|ceiling|beam|rafters?|attic|fan)|rope (?:[a-z]+ ){0,3}(?:ready|tied to (?:the )?(?:ceiling|beam|fan|rafter))|(?:titip|jaga|jagain|rawat|urus|asuh|look after|take care of|care for) (?:[a-z0-9]+ ){0,3}(?:anak|ibu|bapak|orang tua|keluarga|adik|child|children|kids|son|daughter|mother|family)\\w*(?: [a-z0-9|]+){0,3} (?:kalau|jika|kalo|if|when|once|seandainya|andai|nek|yen|mun|upami) (?:saya|aku) (?:sudah |udah |nanti |is |am |m )?(?:tidak ada|gone|tidak ada lagi|pergi selamanya|mati|meninggal|die|dead)(?= (?:[|?] |lagi |ya |nanti |$))|(?:kalau|jika|if|when|nek|yen|mun|upami) (?:saya|aku) (?:sudah |udah |nanti |is |am |m )?(?:tidak ada|gone|tidak ada lagi|mati|meninggal|die|dead)(?: [a-z0-9|]+){0,6} (?:titip|tolong jaga|jagain|jaga|rawat|urus|look after|take care of)|(?:maafkan|maafin|maaf|ampuni|hampura) (?:saya |aku )?(?:untuk|atas|buat) (?:semua|semuanya|segalanya|segala)(?: kesalahan)?(?= (?:[|?] |$|ya |selamat))|(?:sorry|forgive saya) for everything|selamat tinggal (?:semua|semuanya|selamanya|dunia|untuk selamanya)|(?:goodbye|bye) (?:forever|everyone|world|all)|pesan terakhir(?! (?:saya |aku |dia )?(?:kemarin|tadi|yang|belum|tidak|soal|tentang|di|ke|about|was|yesterday|sudah|udah))|(?:saya|this is saya|my) last message|pamit (?:untuk )?selama(?:nya| lamanya)|(?<=(?:^|\\|) )(?:sudah |udah |baru |diam diam )(?:beli|tuku|nuku|meuli|simpan|sembunyi\\w*|kumpul|stok) (?:[a-z0-9]+ ){0,2}{lethal}(?!(?: [a-z]+){0,3} (?:buat|untuk|for|kanggo|karena|because) (?:tikus|nyamuk|kecoa|semut|hama|rumput|kebun|sawah|dapur|gudang|rats?|mice|insects?|susah tidur|insomnia))|(?:nyayogikeun|sayogikeun|cepakke|nyepakke) (?:[a-z]+ )?(?:tali|racun|{lethal})|tali (?:[a-z]+ ){0,2}(?:cepakke|nyayogikeun|sayogikeun)|(?:tulis|nulis|bikin|buat|write|wrote|written) (?:[a-z]+ ){0,2}(?:surat )?wasiat|(?:besok|nanti malam|malam ini|sebentar lagi|tomorrow|tonight) (?:saya |aku |i )?(?:sudah |udah |will be |will )?(?:tidak ada|gone|tiada)(?= (?:[|?] |lagi |$))|(?:tidak|belum) (?:kuat|tahan|sanggup) lagi(?: [a-z0-9|]+){0,6} (?:jaga|jagain|titip|rawat|urus|look after|take care of) (?:[a-z]+ ){0,2}(?:adik|anak|ibu|bapak|mak|emak|keluarga|kids|children|son|daughter|mother|siblings)\\w*|(?:this is|ini) (?:saya |my )?(?:goodbye|perpisahan|selamat tinggal)|(?:sampaikan|bilang|bilangin|kasih tahu|kasih tau|tell|omong|matur) (?:ke |kepada |sama |to |karo )?(?:saya |my |dia |her |the )?(?:ibu|bapak|mama|papa|ayah|emak|mak|orang tua|anak|suami|istri|keluarga|mother|father|mom|mum|dad|family|kids|children|son|daughter)\\w*(?: saya)?(?: [a-z0-9]+){0,3} (?:saya |aku |i am |i m |mama |ibu )?(?:minta maaf|maaf|maafkan|sorry)|(?:terakhir kali(?:nya)?|the last time|last time) (?:saya |aku |you )?(?:hubung|hubungi|menghubungi|chat|telepon|kabari|hear from|talk to|contact|write to)|(?:surat|pesan|layang|letter|message|note) (?:[a-z]+ )?(?:perpisahan|pamitan|goodbye|farewell)|(?:goodbye|farewell|suicide) (?:letter|note|message)|(?:kalau|jika|if) (?:terjadi )?(?:apa apa|sesuatu|something happens|anything happens) (?:sama |dengan |pada |to )?saya(?: [a-z0-9|]+){0,6} (?:titip|tolong jaga|jagain|jaga|rawat|urus|look after|take care of)|{lethal} (?:[a-z0-9]+ ){0,4}(?:cukup|enough) (?:buat|untuk|for) (?:selamanya|forever|mati|die)|(?:kalau|kalo|if|when|nek|yen|mun) (?:saya |aku )?(?:sudah |udah )?(?:tidak|belum) (?:tahan|kuat|sanggup)(?: lagi)?(?: [a-z0-9|]+){0,3} (?:saya |aku )?(?:minum|telan|tenggak|gantung|lompat|terjun|drink|swallow|jump|hang)\\w*(?= (?:[|?] |saja |aja |wae |sekalian |$))',
    emergency: 'suicidal',
    flags: ['suicidal'],
  },
  {
    // A wish to die said without its words: no reason to go on, better off dead or gone, the family better without
    // me, not wanting to wake up, to disappear from the world, to follow a dead parent; and attempts already made
    // ("sy udah nyoba minum obat banyak") (TRIAGE.md P1: any stated wish, plan or means).
    id: 'suicidal_wish_described',
    pattern:
      // "I already bought pills to end it", "kalau sy takde lagi esok tolong bgtau mak sy": means bought for the
      // end, and a farewell for tomorrow; "I have the knife ready", "beli obat nyamuk cair buat diminum malam ini".
      // "mau nyebur aja ke laut biar selesai": a jump into the sea or off a height so that it ends. "tak nak hidup
      // dah", "lebih baik aku akhiri", "minum obat 20 butir": no wish to live, ending it, pills by the handful.
      // "sy gk akan ada lagi di dunia ini", "hidupku wis rampung", "abdi bade ngantunkeun dunya": gone from the world,
      // a life said to be finished, a wish to leave the world (a death told of someone else names them, not "saya").
      // From a probe of 200 self-harm messages and look-alikes written for it: "kalo besok sy gk bales berarti sy udh
      // gk ada", "mau udahan aja sm hidup ini", "langkung sae kula pejah", "boten kiat malih gesang", praying not to
      // wake, wanting to go with the late father, an attempt to be tried again, pills being collected.
      // "racunnya udah ada, nanti malam aku minum", "racun wis ana, mengko bengi tak ombe", "tonight i drink the
      // bleach", "udh beli cairan pembersih lantai, besok pagi sebelum shift aku minum": a poison to be drunk soon, the drinking said after the time (poisons only: sleeping pills are
      // taken at night to sleep).
      '(?<=(?:^|\\|) saya (?:sudah )?)tidak (?:akan |bakal )?(?:ada|ana|aya) (?:lagi |maneh |deui )?di (?:dunia|donya|dunya)(?= )|(?:barusan|tadi|just now|baru saja|baru|just|already|sudah|udah) (?:saya |aku |i |sy )?(?:minum|nelen|menelan|telan|swallowed|took|drank|ngombe|nginum|makan) (?:[a-z0-9]+ ){0,3}(?:obat penenang|sedatives?|tranquili[sz]ers?|{poison}|poison)(?! (?:by accident|accidentally|tidak sengaja))|(?:buat|untuk|ngapain|ngapai|kanggo) apa (?:lagi )?(?:saya |aku |abdi )?(?:hidup|urip|hirup)(?= )|(?:tidak|gk|no) (?:ada )?(?:alasan|reason) (?:lagi )?(?:buat|untuk|to) (?:bertahan|tahan|hidup|stay alive|live|keep living|tetap hidup)(?= )|sekali (?:loncat|lompat|terjun|jump|nyebur)\\w* (?:beres|selesai|done|rampung|langsung)|(?:tidak|not|won t|gk|moal|ora) (?:mau |akan |ingin |bakal |want to )?(?:[a-z]+ ){0,2}(?:di dunia ini|in this world) (?:lagi|lg|anymore|deui|maneh)(?= )|(?:memikirkan|mikirin|kepikiran|thinking about|considering)\\w* (?:nya |it |hal itu |itu )?(?:untuk|buat|for) (?:diri (?:saya )?sendiri|diri saya|myself)|(?:berharap|harap|hope|wish|semoga|moga|ngarep)\\w* (?:[a-z]+ ){0,3}(?:tidak|not|never|gk) (?:perlu |usah |need to |have to |kudu )?(?:bangun|wake up|tangi|hudang)|(?:akan|mau|bakal|will|arep|rek) (?:melompat|lompat|loncat|terjun|jump|nyebur|nyemplung|minum racun|bunuh diri|gantung diri|luncat|ngaluncat) (?:ke |into |dari |from |off |ka )?(?:[a-z]+ ){0,2}(?:jika|kalau|kalo|if|unless|bila|lamun|yen)|(?:sudah|udah|tos|parantos|geus|wis) (?:nyiapkeun|siapkan|siapin|nyiapin|nyiapke|nyayogikeun|prepared|menyiapkan|nyiapake) (?:[a-z]+ )?(?:tali|rope|noose)(?! (?:jemuran|sepatu|rafia|kapal|tambang|pancing|koper|barang|kardus|paket|tas|tenda|(?:buat|untuk|for) (?:ikat|jemur|mengikat|tie|tying)))|(?:tidak ada|euweuh|teu aya|ora ono|ora ana) (?:gunana|gunanya|gunane|guna) (?:saya |abdi |aku |kula )?(?:hidup|hirup|urip)(?= )|(?:besok|isukan|sesuk|tomorrow)(?: [a-z]+){0,2} (?:tidak|moal|ora|won t|will not) (?:akan )?(?:ada|aya|ana|be here|be around)(?: (?:lagi|deui|maneh))? (?:saya|abdi|aku|kula|i)(?= )|(?:mau|ingin|pengen|arep) (?:beneran|benar benar|bener bener|sungguh|sungguhan|really) (?:mati|modar|mampus|paeh|maot)(?= )|apa gunanya (?:saya |aku )?(?:hidup|urip)(?= )|what s the point (?:of |in )?(?:living|life|going on)|why (?:should|do|would) i (?:even )?(?:live|stay alive|keep living|go on)|(?:lebih baik|mending|mendingan|better) (?:saya |aku |i )?(?:di ?kubur|di ?makamkan|buried|be dead|dead)(?= )|(?:kalau|kalo|if) (?:saya|aku|i) (?:lompat|loncat|terjun|jump|go overboard|nyemplung|nyebur)\\w*(?: [a-z]+){0,6} (?:ada yang|anyone|siapa|would anyone|will anyone) (?:[a-z]+ )?(?:nyari|cari|peduli|care|search|look|notice|miss|kehilangan)|(?:ngancam|mengancam|threaten\\w*) (?:mau |akan |to )?(?:lompat|loncat|terjun|jump|nyebur|nyemplung|minum racun|gantung diri)|tugas (?:saya |aku )?(?:di dunia|di dunia ini|in this world) (?:sudah |udah )?(?:selesai|beres|rampung|done|over)|(?:tidak|not|won t|never) (?:akan |bakal |be )?(?:[a-z]+ ){0,3}(?:ulang tahun|birthday|lebaran|natal)(?: [a-z]+){0,3} (?:di dunia ini|in this world)|(?:kalau|kalo|if|yen|lamun) (?:[a-z]+ ){0,4}(?:tidak|not) (?:balas|bales|reply|jawab|aktif|online|kabari|ngabari)\\w* (?:[a-z|]+ ){0,2}(?:berarti|artinya|means|tegese) (?:saya|aku|i) (?:sudah |udah |am |wis )?(?:tidak ada|tiada|gone|dead|mati|ora ana)(?= )|(?:udahan|sudahan|selesai|berhenti|rampung) (?:saja |aja |wae |bae )?(?:sama|sm|dengan|dari|karo|jeung) (?:hidup|dunia|urip|hirup)(?= )|(?:akhiri|akhirin|sudahi) (?:saja |aja )?(?:semua|semuanya)(?= )|(?:langkung sae|luwih becik|luwih apik|luwih penak) (?:kula|aku|saya) (?:pejah|mati|seda|modar)\\w*|(?:tidak|ora|mboten|boten) (?:kiat|kuat) (?:malih |maneh |lagi )?(?:gesang|urip|hidup)(?= )|(?:ndonga|berdoa|doa|donga|pray\\w*|semoga|moga)(?: [a-z]+){0,5} (?:tidak|never|not|ora|teu) (?:bangun|tangi|hudang|wake up) (?:lagi|maneh|deui|again)(?= )|(?:tidur|turu|sare|bobo|sleep) (?:[a-z]+ ){0,2}(?:tidak|never|ora|teu) (?:kudu |usah |perlu |need to )?(?:bangun|tangi|hudang|wake up) (?:lagi|maneh|deui|again)(?= )|(?:mau|ingin|pengen|pgn|pingin|hayang|hoyong|arep) (?:ikut|ikutan|nyusul|menyusul|papanggih|ketemu|bertemu|kumpul)(?: deui| lagi| maneh)? (?:[a-z]+ ){0,2}(?:almarhum\\w*|alm|arwah)|(?<=(?:almarhum|almarhumah|alm|arwah)(?: [a-z|0-9]+){1,14} )(?:mau|ingin|pengen|pgn|pingin|hayang|hoyong|arep) (?:ikut|ikutan|nyusul|menyusul) (?:bapak|ibu|ayah|emak|mamak|suami|istri|anak|dia|beliau|bapa)\\w*|(?:tried|attempted|nyoba|mencoba|coba|sempat) (?:to )?(?:[a-z]+ ){0,2}(?:jump|lompat|loncat|terjun|gantung|hang|bunuh|kill|drown|minum|telan|nelen|overdos)\\w*(?: [a-z|0-9]+){0,14} (?:mau|akan|will|going to|gonna|bakal|pengen|he ll|she ll|i ll) (?:coba|nyoba|try|do it|ulang|ngulang)\\w* (?:lagi|again|yang lebih|lebih)|(?:tried|attempted) to (?:jump overboard|jump off|kill (?:himself|herself|myself)|hang (?:himself|herself|myself)|end (?:his|her|my) (?:own )?life|drown (?:himself|herself|myself))|(?:collecting|saving|stockpiling|hoarding|ngumpulin|ngumpulke|kumpulin|nyimpen|nyimpan) (?:[a-z]+ ){0,2}(?:pills|tablets|sleeping pills|obat tidur|pil tidur)|tonight is the night|(?:{poison}|poison) (?:[a-z|]+ ){0,4}(?:nanti malam|malam ini|mengko malam|tonight|besok|sesuk|isuk|isukan|tomorrow|sebentar lagi|mengko|engke) (?:[a-z]+ ){0,4}(?:minum|di ?minum|inum|di ?inum|nginum|ombe|ngombe|di ?ombe|drink|telan|di ?telan|swallow)(?= )|(?:nanti malam|malam ini|mengko malam|tonight|besok|sesuk|isuk|isukan|tomorrow|sebentar lagi|mengko|engke) (?:[a-z]+ ){0,2}(?:minum|di ?minum|inum|di ?inum|nginum|ombe|ngombe|di ?ombe|drink|telan|di ?telan|swallow) (?:the |it |[a-z]+ )?(?:{poison}|poison)(?= )|(?:hidupku|hidup saya|uripku|hirup saya) (?:sudah )?(?:selesai|beres|rampung|tamat|berakhir|habis)(?= (?:\\||$|sudah|saja|besok))|(?:mau|ingin|pengen|akan) (?:ninggalkeun|ngantunkeun|ninggalke|ninggalin|meninggalkan|tinggalkan|leave) (?:dunia|dunya|donya|this world)(?= )|(?:{poison}|{lethal})(?: [a-z|]+){0,4} (?:mau|akan) (?:di ?)?(?:minum|ombe|diombe|telan|tenggak|nginum)(?= (?:malam ini|nanti malam|sekarang|besok|saja|biar|tonight))|(?:minum|telan|tenggak|loncat|lompat|terjun|cebur|nyebur) (?:[a-z]+ ){0,3}biar selesai(?= )|(?:bunuh|pateni|paehan|maehan|kill\\w*) (?:dirinya|dirine|diriku|awake|awakku|awakna|badan (?:saya|dia|nya)|badane|badanna) (?:sendiri)?(?= )|(?:tangan|lengan|nadi|pergelangan)\\w* (?:sudah |udah )?(?:saya|aku) (?:sayat|silet|iris|gores)(?= )|titip (?:[a-z]+ ){0,2}(?:ibu|bapak|anak|adik|mak|emak|keluarga)\\w* (?:ya )?(?:\\| )?(?:saya|aku) (?:sudah|udah) (?:selesai|tidak kuat)(?= )|' +
      '(?:tidak|tak) (?:mau|ingin|pengen|pengin|hayang|hoyong) hidup (?:sudah|dah|lagi|lg)(?! (?:di|kat|neng|ning|kayak|kaya|seperti|macam|like|dengan|sama|bersama|in|with|begini|begitu|gini|gitu))(?= )|(?:lebih baik|mending|better) (?:saya |aku |i )?(?:akhiri|akhirin|mengakhiri|end it|end this)(?= (?:\\||saja|semua|semuanya|hidup|hidupku|nyawa|it|this|everything|$))|(?:minum|telan|nelen|swallow\\w*|took|take|makan) (?:[a-z]+ )?(?:obat|pil|pills?|tablets?|panadol|paracetamol|parasetamol|ubat) (?:[a-z]+ )?(?:[1-9]\\d|sebotol|segenggam|se genggam|satu botol|sekaligus)(?: (?:butir|biji|tablet|tablets|pil|pills|sekaligus))?(?= )|(?:cebur|terjun|loncat|lompat|jump\\w*) (?:[a-z]+ ){0,2}(?:laut|sea|sungai|river|jembatan|bridge|balkon|balcony|atap|roof) (?:[a-z]+ ){0,2}(?:biar|supaya|to|so) (?:selesai|mati|tenang|berakhir|end it|it ends|die)(?= )|(?:saya|aku|kula) (?:have|got|punya|pegang|sudah siapkan|sudah siapin) (?:the |my |a )?(?:knife|pisau|silet|razor|rope|tali)\\w* (?:ready|siap)(?= )|(?:{poison}|{lethal}) (?:[a-z]+ ){0,2}(?:buat|untuk|biar|to) (?:di ?minum|di ?telan|minum|telan|drink|swallow) (?:malam ini|nanti malam|sekarang|tonight|now)(?= )|(?:bought|buy|got|beli|tuku|meuli) (?:[a-z]+ ){0,2}(?:pills?|tablets?|obat|pil|ubat|racun\\w*|poison|rope|tali) (?:to|untuk|buat|biar|kanggo) (?:end it|end saya life|end my life|akhiri\\w*|ngakhirin|mati|die)(?= )|(?:kalau|kalo|jika|if) (?:saya|aku) (?:sudah )?(?:tidak ada|gone|not here) (?:lagi )?(?:besok|esok|sesuk|isukan|tomorrow|nanti malam|malam ini|tonight)(?= )|(?:besok|sesuk|esok|isukan|tomorrow)(?: esuk| pagi| morning)? (?:saya|aku) (?:sudah )?(?:tidak (?:akan |bakal )?(?:ada|wonten|ana|aya)|gone|not here)(?= (?:\\||$|lagi|di dunia|selamanya|nggih|ya))|(?:thinking|thought|think|thinks) (?:about|of) (?:jumping|ending it|ending my life|killing my ?self|hanging my ?self|dying)|not safe (?:from|with|around) (?:my ?self|saya sendiri)|(?:keep|kept|keeps|been) (?:looking|staring) at the (?:balcony|window|roof|rope|pills|bridge|river|sea|tracks)|(?:saya |i )?(?:cut|slit|sliced|slashed) (?:saya |my )?(?:own )?wrists?|bleeding from (?:saya |my )wrists?|(?:iris|sayat|silet|potong)\\w* (?:nadi|urat nadi|pergelangan)(?: tangan)?(?: saya| aku| sendiri)?|berdiri di (?:pinggir|tepi|ujung|atas) (?:rel|jembatan|atap|gedung|balkon|jurang|tebing)|(?:stood|standing|stand) (?:on|at) the edge (?:of )?(?:the )?(?:roof|bridge|balcony|building|tracks?|platform)|(?:balcony|balkon|window|jendela|jump\\w*|death|dying|mati|die) (?:[a-z]+ ){0,3}(?:is |adalah )?the only way out|only way out is (?:to )?(?:die|death|jump)|(?:better|lebih baik|mending) (?:saya |i |aku )?(?:jump|lompat|loncat|terjun)(?= )|(?:berdiri|duduk) (?:di |ke )?(?:pinggir|tepi|ujung|pagar) (?:jembatan|atap|gedung|balkon|bridge|roof)|(?:stood|standing|stand|sat|sitting) (?:on |at )?(?:the )?(?:edge|ledge|railing) of (?:the |a )?(?:bridge|roof|building|balcony)|(?:siapkan|sediakan|siapin|nyiapkeun|beli|tuku|meuli) tali\\w*(?: [a-z|]+){0,4} (?:maaf|pamit|selamat tinggal|goodbye|sepurane|hapunten)|mau (?:ngaleungitkeun|ilangkeun|hilangkan) nyawa\\w*|mau (?:ngaleungit|hilang|ngilang) (?:wae |saja |bae )?(?:dari (?:dunya|dunia)(?! kerja| maya| nyata| luar)|saklawase|salamina|selamanya)|mau (?:ngeureunkeun|eureun|ngeureunan|berhenti) (?:hidup|hirup|sadayana|sagala)|megatkeun urat|(?:potong|putus|putuskan|iris) urat nadi|(?:layang|surat) (?:pamit|perpisahan)|tidur terus tidak mau bangun|(?:tidak|never) (?:mau |usah |payah |perlu |akan |will |need to |have to )?(?:bangun|wake up) (?:lagi|sudah|besok|tomorrow|again)|(?:tidur|tido|turu|sare|sleep) (?:[a-z]+ ){0,4}tidak bangun bangun(?= )|(?:saya|kula|aku) (?:have|got|punya|pegang) (?:the |my )?(?:pills|tablets|obat|pil)\\w* (?:ready|siap)|(?:pil|obat|pills|tablets|ubat)\\w* (?:sudah |udah |wis |dah )?(?:kula |saya )(?:cepakaken|cepakke|siapke|siapkan)|(?:pil|obat|pills|tablets|ubat)\\w* (?:sudah |udah |wis |dah )?(?:dalam|di|in) (?:saya )?(?:tangan|hand)(?= (?:\\||$|saya|aku|kula|sekarang|now))|(?:mau|want to|going to|gonna) (?:to )?end it(?= (?:nanti malam|tonight|malam ini|sekarang|now|all|semua|\\||$))|(?:tidak|ora|teu|gak) (?:betah|kerasan) (?:hidup|urip|hirup)|(?:potong|sayat|iris|gores|silet|cut|cutting|slash\\w*) (?:[a-z]+ ){0,2}(?:tangan|lengan|hand|arm|wrist|nadi)\\w* (?:[a-z]+ )?(?:sendiri|own|myself)|(?:saya|i|dia|she|he) (?:cut|cuts|sayat|iris|silet) (?:saya |my |dia |her |his )?(?:hand|arm|wrist|tangan|lengan)\\w*(?!(?: [a-z]+){0,4} (?:by accident|accidentally|tidak sengaja|waktu masak|while cooking|kitchen|dapur|pisau dapur|on (?:the |a )?(?:glass|knife|can)))|(?:better|lebih baik|mending) (?:to )?die(?= )|(?:better|lebih baik|mending|mendingan) (?:saya|aku) (?:to )?(?:die|mati)(?= (?:than|daripada|dari|\\||$|saja|aja))|(?:bought|beli|got|saved|collected|kumpul\\w*) (?:a lot of|lots of|so many|many|banyak|a bunch of|a box of|sebungkus|sekotak) (?:[a-z]+ )?(?:pills|tablets|obat|pil)(?= )|(?:saya|i) (?:tidak|not|don t|dont|do not) (?:want|mau|ingin) (?:to )?(?:be|ada) (?:here|di sini|disini)(?: anymore| lagi)|di atas (?:atap|gedung|jembatan|balkon|roof|genteng)\\w*(?: [a-z|]+){0,6} (?:tidak|gak) mau turun|(?:mau|arep|ingin|will|going to) (?:nyemplung|nyebur|lompat|terjun|loncat|jump) (?:saja |wae |aja )?(?:dari|seka|saka|from|off) (?:kapal|ship|jembatan|gedung|atap|the ship|the boat|boat)|(?:tidak|ora|teu) (?:ada|ana|aya|wonten) (?:guna|gunane|gunanya|artine|artinya|gunana) (?:saya |aku |kula )?(?:urip|hidup|hirup)|(?:finish|end) everything|(?:selesaikan|akhiri|sudahi) (?:semua|semuanya)(?: malam ini| tonight)?|(?:better|lebih baik) (?:for everyone |untuk semua |buat semua )?(?:if|kalau|kalo) (?:saya|i) (?:am )?(?:not here|tidak ada|gone|tiada)(?: anymore| lagi)?|(?:tidak|no|never) (?:see |ada |punya |have )?(?:any |a )?(?:reason|alasan) (?:to |untuk |buat )?(?:continue|go on|keep going|live|living|hidup|terus|lanjut|bertahan)|(?:thinking (?:of|about)|want to|going to|gonna|will|mau|ingin|pengen) (?:ending|end) it(?: all| tonight| now)?(?= )|(?:id |i d |would |i would )?rather (?:be dead|die)|(?:better|lebih baik|lebih bahagia|happier|tenang) (?:off )?(?:without|tanpa) saya|(?:disappear|menghilang|hilang|lenyap)\\w* (?:[a-z]+ ){0,2}(?:and (?:never|tidak pernah) come back|selamanya|selama lamanya|dari (?:dunia|donya)(?! kerja| maya| nyata| luar)|forever|from (?:the|this) world)|(?:tidak|belum) (?:mau|ingin|pengen|pengin|hoyong|hayang) (?:to )?(?:wake up|bangun) (?:lagi|again|besok|tomorrow|deui|maneh)|(?:mati|die|dead|paeh|maot) (?:dari|than|daripada) (?:hidup|live|living|urip|hirup)|(?:tidak|belum) (?:mau|pengin|pengen|hoyong|hayang|ingin) (?:urip|hidup|hirup) (?:maneh|lagi|deui)|(?:hidup|urip|hirup) (?:[a-z]+ )?(?:tidak|teu|ora) (?:ada |ana |aya )?(?:guna|gunana|gunane|gunanya|artinya|arti)(?= )|(?:ikut|nyusul|susul|menyusul|join|be with) (?:[a-z]+ )?(?:ibu|bapak|ayah|mama|emak|mak|suami|anak|mother|father|mom|dad)\\w*(?: saya)? (?:yang |who )?(?:sudah |has |already )?(?:meninggal|almarhum|tiada|di surga|in heaven|died|passed away|dead)|(?:tidak usah|tidak perlu|gak usah) ada (?:di dunia|lagi)|(?:coba|nyoba|mencoba|tried to|attempted to|try to) (?:[a-z]+ ){0,2}(?:bunuh diri|gantung diri|kill diri|hang diri|overdos\\w*|(?:minum|telan|tenggak|swallow\\w*) (?:[a-z]+ ){0,2}(?:racun|{poison}|obat banyak|banyak obat|semua obat|pil banyak|obat tidur|pills|poison)|(?:lompat|loncat|jump) (?:dari|from|off)|(?:potong|sayat|iris|cut|slit) (?:[a-z]+ ){0,2}(?:nadi|wrists?|urat))|tidur (?:saja |aja |wae |bae )?selama(?:nya| lamanya)|(?:keluarga|family|semua orang|everyone|semuanya|orang tua)\\w* (?:[a-z]+ ){0,2}(?:lebih baik|better off|happier|lebih bahagia|lebih tenang) (?:tanpa|without) saya|(?:tidak ada|no one|nobody) (?:yang )?(?:peduli|care\\w*|would care|will care|akan peduli|kehilangan|miss) (?:\\| )?(?:kalau|if|when) saya (?:mati|die|died|dead|tidak ada|gone|meninggal)',
    emergency: 'suicidal',
    flags: ['suicidal'],
  },
  {
    // Round 33's tuning writers, in their words: no wish to go on living, going "my own way", "pulang yang
    // sebenarnya", charcoal bought to burn, a wrist cut by oneself, asking to meet a dead grandmother soon, refusing
    // food so it ends sooner, a floor "high enough", a cord "strong enough", a jump between ship and quay, walking
    // into the sea, poison to be finished tonight. Its own cue: joined to the one above, the large alternation ran
    // seven times slower (V8 reads a big alternation's branches in turn at every space).
    id: 'suicidal_in_other_words',
    pattern:
      '(?:tidak|gak) (?:mau|ingin|pengen) (?:liat|lihat|melihat|ketemu|see) (?:hari )?(?:besok|esok|tomorrow)(?= )|(?:tonight|nanti malam|malam ini) (?:from|off) the (?:window|roof|balcony|bridge|building)|nyusul (?:dia|mereka|teman\\w*|temen\\w*) (?:aja |saja )?ke (?:laut|sungai|segara)|(?:mau |pengen |ingin |want to |gonna )?unalive\\w*|(?:tidak|tak|ora|teu|gak) (?:mau |ingin |akan |pengen |hoyong )?(?:melanjutkan|lanjut|lanjutkan|lanjutin|teruskan|meneruskan|nerusin) (?:hidup|urip)\\w*|(?:sudah |udah |wis |geus )?(?:tidak|tak|ora|teu) (?:mau|ingin|pengen|kepengin|hoyong|daek) (?:hidup|urip|hirup)(?: lagi| maneh| deui)?(?= (?:\\||$|dan|lagi|maneh|deui))|pergi dengan cara (?:saya|ku|aku) sendiri|pulang (?:yang sebenarnya|sing tenan)(?= (?:\\||$))|(?:mau|ingin|pengen|arep|hoyong) pulang (?:yang sebenarnya|sing tenan|ke rahmatullah|ke pangkuan (?:allah|tuhan|illahi)|ke sisi (?:allah|tuhan)|ke akhirat)|(?:beli|tuku|ngagaleuh|meuli|bought|siapkan|nyiapke) (?:[a-z]+ )?(?:areng|arang|charcoal)(?: [a-z|]+){0,5} (?:bakar|duruk|di ?duruk|di ?bakar|burn)\\w*|(?:tangan|leungeun|lengan|pergelangan|nadi|wrist|arm)\\w* (?:[a-z]+ ){0,3}(?:di ?peso|di ?iris|di ?sayat|di ?silet|sayat|iris|cut|silet)\\w*(?: [a-z]+){0,2} (?:ku nyalira|sendiri|dhewe|dewe|myself|herself|himself)(?= )|(?:cepat|cepet|segera|enggal|cepetan) (?:ketemu|bertemu|kumpul|nyusul)(?: [a-z]+){0,2} (?:mbah|nenek|kakek|almarhum\\w*|ibu|bapak|mama|ayah|emak|mak)\\w*(?: [a-z|]+){0,6} (?:sudah|wis|udah|geus) (?:seda|sedo|meninggal|wafat|tiada|almarhum\\w*)|(?:tidak|ora|teu|gak) (?:mau )?(?:makan|mangan|tuang|dahar|minum)(?: [a-z|]+){0,6} (?:supaya|biar|ben|sangkan|so) (?:cepat |cepet |enggal |lekas )?(?:beres|selesai|rampung|mati|over|meninggal)|(?:floor|lantai|balcony|balkon|roof|atap|jembatan|bridge|gedung|building)\\w* (?:[a-z|]+ ){0,4}(?:is )?(?:high enough|cukup tinggi)|(?:tali|rope|kabel|cable|sabuk|belt|selendang|sarung)\\w* (?:[a-z|]+ ){0,5}(?:cukup kuat|strong enough)|(?:saya|i) (?:will |ll |gonna |am going to |akan |mau )?jump (?:(?:off|from)(?! (?:the |a |this )?(?:boat|ship|kapal|vessel))|into|between|over)(?= )|(?:mending|mendingan|lebih baik|better) (?:saya |aku )?(?:jalan|masuk|nyebur|terjun|lompat|loncat|berjalan)\\w* (?:saja |aja |wae )?(?:ke )?(?:tengah )?(?:laut|segara|sea|sungai|kali|jurang)|(?:laut|sea|sungai|river)(?: [a-z|]+){0,6} (?:malam ini|nanti malam|tonight) (?:saya |aku )?(?:masuk|nyebur|terjun|lompat|jalan)\\w* (?:saja |aja )?(?:ke ?sana|ke laut|kesitu)|(?:obat nyamuk|baygon|racun|pembasmi|pemutih|{poison}|{lethal})(?: [a-z0-9|]+){0,6} (?:malam ini|nanti malam|tonight|bengi iki|wengi iki) (?:saya |aku )?(?:entekke|habiskan|habisin|minum|telan|tenggak|ngombe)',
    emergency: 'suicidal',
    flags: ['suicidal'],
  },
  {
    // "ga ada pikiran buat nyakitin diri" (the stemmer reads "sakit diri"), "I'm not suicidal": a stated absence of self-harm (TRIAGE.md: distress
    // that is explicitly not suicidal is not P1).
    id: 'denies_self_harm',
    pattern:
      '(?:bukan|tidak|not) (?:beneran|serius|sungguhan|for real|serious)(?= (?:\\||$|ya|kok|lho))|lebay|sanes (?:mau |ingin |pengen )?(?:bunuh diri|mati|maot|paeh)|(?:lain|bukan) (?:mau |ingin |pengen |hayang )?(?:bunuh diri|mati|maot|paeh)(?= (?:\\||$|nya|atuh|kok|sih|ngan|cuma|hanya|tapi))|{neg} (?:mau |akan |arep )?(?:sakiti|nglarani|lukai|nyakiti) (?:badan|diri|awak)\\w*|{neg} (?:mau |akan |arep )?(?:sakit|sakiti|lukai) badan (?:saya |aku )?sendiri|{neg} (?:ada )?(?:pikiran|niat|keinginan|rencana|kepikiran|maksud|maksudnya|fikir|fikiran|terfikir|pikir|berpikir|berfikir|mikir|berniat|berencana|bermaksud|ingin|mau)? ?(?:buat |untuk |mau |akan |bakal |bakalan |ingin |pengen )?(?:bunuh diri|sakiti diri|nyakiti diri|nyakitin diri|menyakiti diri|sakit diri|harm diri|hurt diri)|{neg} (?:thinking|think|thought|thoughts|planning|plan|plans|going|want\\w*|intend\\w*|intention\\w*|wish\\w*) (?:of |about |to )?(?:hurting|harming|killing|hurt|harm|kill|cutting|cut|injuring|injure|ending|end) (?:diri|saya life|my life|dia life|her life|his life)|{neg} (?:thinking|think|thought|thoughts|planning|plan|plans|going|want\\w*|intend\\w*) (?:of |about |to )?(?:suicide|commit suicide|bunuh diri)|tidak suicidal|not suicidal|tidak bakal macam|tidak bakal macem|tidak akan macam' +
      // "gk bakal aneh2 kok", "ora arep aneh-aneh", "sy gk akan nekat": the normaliser reads "aneh2" as "aneh".
      '|{neg} (?:bakal |bakalan |akan |mau |arep )?(?:aneh|macam|macem|nekat|berbuat nekat)(?= (?:\\||$|kok|kak|ya|kan|lah|sih|koq|mas|mbak))',
    signals: ['denies_self_harm'],
    negatable: false,
  },
  // ── serious or untreated injury, medical emergency (P1) ───────────────────────────────────────────
  {
    id: 'serious_medical',
    pattern:
      // A head struck and no response, a hand caught in a press, blood sugar dropping, speech gone strange, Sundanese "teu tiasa nangtung".
      '(?:kepala|sirah|head)\\w* (?:[a-z]+ ){0,3}(?:tabrak|nabrak|kebentur|kepentok|terbentur|hit|struck|bentur)\\w*(?: [a-z|]+){0,6} (?:tidak|not) (?:ngarespon|merespon|respon\\w*|sadar|moving|gerak)|(?:tangan|jari|kaki|lengan|hand|finger|arm|leg)\\w* (?:[a-z]+ ){0,2}(?:masuk|kejepit|terjepit|di jepit|kelindas|kegiles|ketarik|caught in|crushed in)\\w* (?:ke |in |into )?(?:the )?(?:mesin|machine|press|conveyor|gilingan|roller)|(?:gula darah|blood sugar)\\w* (?:[a-z]+ )?(?:drop|anjlok|low|very low|sangat rendah)|(?:ngomong|bicara|omong|nyarios|ngomonge|talk\\w*|speech) (?:[a-z]+ ){0,3}(?:ngelantur|melantur|pelo|slurred)|(?:tidak|teu) (?:bisa|tiasa) (?:nangtung|ngadeg|leumpang)(?= )|(?:separuh|sebelah|setengah|half) (?:badan|tubuh|body|muka|wajah|face)\\w* (?:[a-z]+ )?(?:tidak|gak|cannot|can t) (?:bisa |bs )?(?:di ?gerak\\w*|gerak\\w*|move|bergerak)|(?:badan|tubuh|awak|awake|muka|wajah|tangan|kaki|body|face|arm|leg)\\w* (?:sebelah|separuh|setengah|sisi|bagian|on one side|one side)(?: (?:kiri|kanan|kiwo|tengen|left|right))? (?:tidak|gak|ora|teu|cannot|can t|could not) (?:bisa |bs |iso |tiasa )?(?:di ?gerak\\w*|gerak\\w*|move|moving|bergerak|obah)|(?:mulut|bibir|muka|wajah|mouth|face)\\w* (?:[a-z]+ )?(?:mencong|perot|merot|drooping|droops|drooped|turun sebelah)(?= )|(?:bicara|ngomong|omong|speech|bicaranya)\\w* (?:(?:jadi |sudah |tiba tiba )(?:pelo|cadel|slurred|tidak jelas)|pelo|cadel|slurred)|(?:acid|chemicals?|bahan kimia|cairan kimia|air keras|soda api|caustic soda) (?:[a-z]+ ){0,2}(?:splash\\w*|spill\\w*|sprayed|kena|tumpah|nyiprat|muncrat|ciprat\\w*|di ?siram) (?:[a-z]+ ){0,3}(?:face|eyes?|muka|wajah|mata|skin|kulit|body|badan|arms?|lengan|tangan)\\w*|(?:leg|arm|bone|hip|ankle|wrist|kaki|tangan|tulang)\\w* (?:[a-z]+ ){0,2}(?:looks?|seems?|like|maybe|probably|might be) (?:very )?(?:broken|fractured|patah)|(?:red|merah|hot|panas|swollen|bengkak) (?:[a-z]+ ){0,2}(?:and|with|dan) (?:pus|nanah)|trombosit\\w* (?:[a-z]+ )?(?:turun|rendah|drop\\w*|anjlok|jatuh)|platelets? (?:[a-z]+ )?(?:dropp\\w*|low|falling)|(?:tidak|tak|ga|gk) (?:boleh|bisa|dapat|iso|tiasa) (?:ber)?na[fp]as|(?:jari|tangan|kaki|finger|fingers|hand|toe)\\w* (?:[a-z]+ ){0,2}(?:terputus|putus|severed|cut off|kepotong)|(?:swollen|filled|full|oozing) (?:with )?pus|pus (?:coming|oozing|keluar)|(?:wound|cut|leg|arm|hand|foot|luka)\\w* (?:[a-z|]+ ){0,6}(?:smells|stinks|rotting|turning black)|(?:dada|dodo|dodoku|chest)\\w* (?:[a-z]+ ){0,3}(?:di ?tindih|ditindhih|tindhih|di ?himpit|himpit|ketat|tight|pressed|crushed)|ambegan\\w* (?:[a-z]+ )?(?:cendhak|sesak|seseg|ngos)|(?:napas|nafas|napasnya|nafasnya|napasna) (?:[a-z]+ )?ngorok|ayeuna ngorok|(?:muka|rai|raine|raiku|beungeut|beungeutna|biwir|mouth|face)\\w* (?:[a-z]+ )?(?:miring|mencong|perot|ngaleos|drooping|droop\\w*)|(?:ngomong|bicara|bercakap|cakap|speech|talk\\w*) (?:[a-z]+ ){0,2}(?:pelo|cadel|slurred)|(?:separuh|sebelah|sabeulah|half) (?:badan|awak|body) (?:[a-z]+ )?(?:lemah|lumpuh|weak)|tiba (?:tidak|teu) bisa ngomong|ngadadak (?:tidak|teu) bisa ngomong|tenggorokan\\w* (?:[a-z]+ ){0,2}(?:ketutup|tertutup|bengkak|closing)|throat (?:[a-z]+ )?(?:closing|swelling|swollen)|(?:kelindes|kegilas|katindih|ketindih|ketimpa|tersepit|terjepit|kejepit|ketimbun|tertimbun|crush\\w*)(?: [a-z|]+){0,6} (?:remuk|hancur|patah|tulang|darah|ngorok|menjerit|teriak|ngajerit|jerit|blood)\\w*|(?:kaki|sikil|suku|tangan|leungeun|arm|leg|jari)\\w* (?:[a-z]+ ){0,3}(?:remuk|hancur|crushed)|(?:machine|mesin|forklift|lori|truk|truck)\\w* (?:[a-z]+ ){0,2}crush\\w*|tulang\\w* (?:[a-z]+ )?(?:keluar|nongol|mencuat|kaluar)|bones? (?:[a-z]+ )?(?:coming out|sticking out)|(?:tidak|teu) (?:eling|emut|inget) (?:[a-z]+ )?(?:lagi|deui)?(?= )|(?<!(?:sponsor|agen|agent|agency|agensi|company|perusahaan|employer|majikan|boss|bos|broker|calo|pt|manager|school|embassy|kbri|email|phone|number|nomor|nomer|hp|wa|they|mereka|agentnya|agennya|sponsornya|bosnya|majikannya|perusahaannya) (?:is |still |masih |sudah |udah |juga |also )?)(?:tidak|tak|teu|not) (?:respon\\w*|responsive|nyambung)(?= )|(?:panas|heat|terik|matahari|bumbung)(?: [a-z|]+){0,8} (?:ngelindur|meracau|ngigau|delirious|pitam|ambruk|tumbang|kolaps)\\w*|(?:ngelindur|meracau|pitam|ambruk|ngagolosor|tigubrag)(?= )|kejang\\w*|ngageter|menggeletar|seizure\\w*|foam (?:from|in) (?:the )?mouth|(?:mulut|sungut) (?:[a-z]+ )?(?:berbusa|busa\\w*)|mata (?:[a-z]+ )?(?:terbalik|mendelik)|(?:pucat|pias|pucet|pale)(?: [a-z|]+){0,4} (?:dingin|tiis|sejuk|cold)|(?:muntah|vomit\\w*) (?:[a-z]+ )?(?:hitam|black|kopi|coffee)|(?:batuk|cough\\w*) (?:[a-z]+ ){0,2}(?:darah|blood)|(?:nyemprot|semprot|spray\\w*) (?:[a-z]+ ){0,3}(?:obat hama|pestisida|pesticide|racun)(?: [a-z|]+){0,8} (?:muntah|pusing|sesak|kaku|pingsan|perih)|(?:asam|acid|kimia|chemical)\\w* (?:[a-z|]+ ){0,6}(?:melepuh|ngelepuh|ngalepuh|burn\\w*)|(?:ular|oray|snake)\\w* (?:[a-z]+ ){0,3}(?:gigit|patuk|macok|mathuk|bite|bit)\\w*|(?:di ?gigit|di ?patuk|di ?pacok) (?:ular|oray|snake)|(?:dog|anjing|asu)\\w* (?:[a-z]+ ){0,2}(?:bite|bit|gigit)\\w*(?: [a-z|]+){0,5} (?:blood|darah|hole|lubang)|usus\\w* (?:[a-z]+ )?(?:keliatan|kelihatan|keluar|terburai)|luka (?:sobek|robek|menganga)|bengkak (?:seluruh|semua) (?:badan|tubuh)|(?:tidak|ga) bisa (?:pipis|kencing) (?:[a-z0-9]+ ){0,2}(?:hari|hr)|(?:cannot|can t|tidak bisa|teu bisa) (?:feel|rasa|ngarasa|gerak\\w*|obah|move) (?:[a-z]+ ){0,2}(?:kaki|legs?|sikil|suku|badan|body)|(?:tidak|ora) iso obah|(?:giving birth|melahirkan|lahiran|ngalahirkeun|bersalin)(?: [a-z|]+){0,8} (?:blood|darah|pendarahan)|(?:baby|bayi|bayine|orok) (?:[a-z]+ ){0,2}(?:not come out|tidak keluar|stuck|nyangkut)|(?:jari|finger\\w*)\\w* (?:[a-z]+ ){0,2}(?:putus|potong|pegat|cut off|severed)|(?<!(?:demam|tekanan|donor|golongan|cek|periksa|tes|test|gula|kadar|transfusi|sampel|hasil) )(?:di )?darah(?! (?:tinggi|rendah|sedikit|dikit))|pendarahan|perdarahan|bleeding|(?:luka|injur\\w*) (?:parah|berat|dalam|bernanah|infeksi|busuk|serius|serious|bad)|(?:di )?nanah|infeksi|infected|(?:di )?patah(?! (?:hati|semangat|arang))(?: tulang| kaki| tangan| rusuk)?|broken (?:arm|leg|bone|rib)\\w*|pingsan|tidak sadar|unconscious|passed out|sesak (?:napas|nafas)|can ?t breathe|tidak bisa (?:napas|nafas|bernafas|bernapas)|kejang|di gugur|keguguran|miscarriage|sekarat|dying(?! (?:to|for|of boredom))|sakit (?:parah|keras|berat)|(?:loro|lara|gering) (?:nemen|banget|parah|pisan)|sakit teruk|gering parah|seriously (?:ill|injured|sick)|muntah darah|batuk darah|luka bakar|melepuh|burns?|lumpuh|tidak bisa (?:jalan|berdiri|bangun|mlaku|leumpang)|(?:can t|cannot|tidak bisa|cant) (?:walk|stand)|teu bisa leumpang|sesek|ambekan sesek|napas {gapKept}sesak|(?:hardly|barely|cannot|can t|cant|tidak bisa) (?:breathe|breath)|short(?:ness)? of breath|susah (?:napas|nafas|bernapas|bernafas|ngambekan|ambekan)|(?:dada|dodo)\\w* {gap1}(?:sakit|nyeri|loro|sesak)|(?:tangan|lengan|arm) (?:kiri\\w* |left )?(?:[a-z]+ )?(?:kebas|mati rasa|numb|kesemutan)|keringe?a?t dingin|cold sweat|chest pain|tak sedar\\w*|ora sadar|(?<!(?:tidur|tido|turu|sare|sleep)(?: [a-z]+){0,3} )tidak bangun bangun(?! (?:lagi|selamanya))|kepala (?:bocor|berdarah)|(?:luka|jahitan|wound|stitches) (?:(?!(?:tidak|belum|bukan|no|not|never|tak|ga|gak) )[a-z0-9]+ ){0,3}(?:infeksi|infected|bau|busuk|smell\\w*|bernanah)|(?:tangan|jari|kaki) (?:nya )?putus|(?:perut|kandungan) {gap1}(?:kencang|sakit|keram)|keluar darah|demam tinggi|high fever|(?:kaki|legs?|feet) {gap1}(?:bengkak|swollen)|elephant|beri beri|beriberi|vomit\\w* everything|(?:tidak|berhenti|stop|stopped) (?:bisa )?(?:napas|nafas|bernafas|bernapas|ambegan|ambekan|ngambekan|breathing)|serangan jantung|heart attack|collaps\\w*|fainted|overdos\\w*|keracunan|poisoned|(?:tidak|belum) (?:mau )?(?:sadar|bangun)(?! (?:pagi|siang|jam|tidur|subuh|telat|kesiangan))|(?:tidak|not) waking up|(?:tangan|kaki|jari|hand|arm|leg|finger)\\w* {gap}(?:crushed|di gilas|kegiles|di lindas)|crushed by|ketuban {gap1}(?:pecah|rembes)|di racun|(?:keluar|ada) flek|(?:perut|kandungan) {gap1}kram|severe (?:pain|bleeding|injur\\w*)|(?:suhu (?:badan|tubuh)|demam|panas badan|fever|body temperature) {gap}(?:39|40|41|42)|(?:asma|asthma|bengek) {gap1}(?:kambuh|attack|parah)|(?:tidak|not) (?:woken|woke|waking) up|vomit\\w* blood|cough\\w* (?:up )?blood|kondisi kritis|critical condition|(?:need|needs|perlu|butuh|memerlukan) (?:a )?(?:dokter|doctor|bantuan medis|medical help|ambulans|ambulance|rumah sakit|hospital) (?:sekarang|now|segera|right now|urgent\\w*|cepat)|koma|coma|cedera (?:parah|berat|serius|teruk)|jatuh dari (?:perancah|atap|ketinggian|gedung)|fell (?:from|off) (?:the )?(?:scaffold\\w*|roof|building|height)|badly (?:injured|hurt|burned|burnt)|(?:napas|breath\\w*) {gap1}(?:tersengal|sengal|berat|pendek|satu|putus|habis)|megap|tersengal|ngos ngosan {gap}(?:terus|tidak berhenti|parah|banget|sekali)|semput|mengi|wheez\\w*|(?:struggl\\w*|trouble|difficulty|hard|labou?red) (?:to |in )?breath\\w*|gasping|choking|tersedak|keselek|(?:chest|dada) (?:hurts?|is hurting|pains?|tight\\w*)|(?:sakit|nyeri) (?:di )?dada|ulu hati {gap}keringat dingin|dada {gap}seperti (?:di )?(?:tekan|ditekan|tindih|ditindih|terhimpit|dihimpit|remas|diremas)|(?:bibir|lips?|muka|wajah|face)\\w* {gap}(?:biru|blue|membiru|kebiruan)|napas\\w* (?:[a-z]+ )?bunyi|ngik|{person} {gap1}tenggelam(?! (?:dalam|di dalam))|drown\\w*(?! in)|(?:having a|kena|serangan|terkena) stroke|stroke {gap}(?:separuh|sebelah|mencong|lumpuh|tidak bisa (?:gerak|bicara|ngomong))|mulut {gap1}(?:mencong|miring|perot)|(?:separuh|sebelah) (?:badan|tubuh) {gap1}(?:tidak bisa|lumpuh|mati rasa|kebas)|(?:ayan|epilepsi|epilepsy|sawan) {gap}(?:kambuh|kumat)|sawan|seizures?|convuls\\w*|having (?:a )?fits?|blacked out|faint(?:ed|ing|s)|terkapar|{person} {gap1}(?:ambruk|kolaps|rebah|tumbang|roboh)|(?:tiba|mendadak) (?:ambruk|kolaps)|(?:tidak|not) (?:merespon|respon|bereaksi|responding|respond\\w*) {gap}(?:\\w*bangun\\w*|\\w*guncang\\w*|\\w*panggil\\w*|wake\\w*)|unresponsive|(?:(?<!(?:kapal|perahu|bot|boat|ship|vessel|mobil|bus|truk|kereta|lori|antrian|antrean|proses|urusan) ){person}|tergeletak|terbaring|badan|tubuh|kaki|tangan|janin\\w*|bayi\\w*|baby|legs?|arms?) {gap}(?:tidak|not) (?:bisa |boleh |dapat |able to )?(?:gerak|move|moving|kicking)(?! (?:bebas|kemana|ke|leluasa|keluar|dari(?! (?:tadi|semalam|kemarin|pagi|siang|sore|malam|jam|\\d))|freely|around|on|to|out|in))|mimisan {gap}(?:tidak|terus|parah|banyak)|(?:losing|lost|lose) (?:a lot of |so much |much |too much )?blood|kontraksi|contractions?|in labou?r|going into labou?r|mules {gap1}(?:mau |akan )?lahir|waters? (?:broke|broken|has broken|have broken|burst)|miscarr\\w*|(?:hamil|mengandung|pregnant) {gap5}(?:sakit|nyeri|kram|keram|mules|mulas|pain|cramps?) {gap1}(?:teruk|parah|hebat|sekali|banget|severe|badly|luar biasa)|(?:luka|jahitan|wound|stitches|cut) (?:(?!tidak |belum |bukan |not )[a-z0-9]+ ){0,3}(?:busuk|meradang|radang|berulat|ulat|berbau|teruk|\\w*jangkit\\w*|kuman|pus|rott\\w*|black|hitam|menghitam|nanah)|rahang {gap1}kaku|tetanus|lockjaw|sepsis|septic|gangren\\w*|(?<!(?:cuaca|udara|hawa|suhu) )panas tinggi|(?:badan|tubuh) {gap1}panas (?:tinggi|banget|sekali|sangat)|(?:badan|tubuh) {gap}panas {gap1}(?:39|40|41|42)|(?:very|seriously|really|so|badly|terribly) (?:ill|sick)(?! (?:of|and tired))|(?:tulang|kaki|tangan|lengan|rusuk|jari|leg|arm) {gap1}retak|(?:broke|broken|fractur\\w*) {gap1}(?:arm|leg|bones?|ribs?|skull|neck|back|hip|wrist|ankle|hand|foot|finger|collarbone)|(?:arm|leg|bone|rib|skull|wrist|ankle|hand|foot|finger)s? (?:is |are |was |were )?(?:broken|fractured)|(?:muka|wajah|badan|tubuh|tangan|kaki|kulit|punggung|lengan|{person}) {gap1}(?:di bakar|terbakar|kebakar|kobong|kaduruk|melecur|hangus)(?! (?:emosi|amarah|cemburu|api cemburu|semangat))|melecur|(?:got|get|was|were|is|am|are|been|badly|severely) (?:badly |severely )?burn(?:ed|t)(?! out)|blister\\w*|(?:disengat|tersengat|sengat|kesengat|stung by) {gap1}(?:listrik|arus|kalajengking|lebah|tawon|ubur|scorpion|bees?|jellyfish|hornets?)|sengatan listrik|gegar otak|concussion|head injury|cedera kepala|pendarahan otak|(?:tangan|jari|kaki|lengan|kepala|rambut|finger|hand|arm|leg|foot) {gap1}di (?:potong|jepit|gilas|lindas|giling|tarik) {gap1}(?:mesin|machine|gergaji|conveyor|forklift)|(?:tertimpa|ketimpa|ketiban|kejatuhan|tertindih|ketindihan)(?! (?:masalah|musibah|sial|rezeki|hutang|utang|beban|tanggung))|(?:kaki|tangan|jari|tulang|kepala|badan|leg|hand|arm|foot) {gap1}(?:remuk|hancur|crushed|smashed)|(?:kaki|badan|tubuh|legs?) {gap1}(?:mati rasa|numb)|di tabrak {gap1}(?:mobil|motor|truk|bus|kereta|lori|car|truck|motorbike|motorcycle)|(?:hit|run over|knocked down) by (?:a |the )?(?:car|truck|motorbike|bus|train)|jatuh (?:dari|ti) (?:bangunan|lantai|atas|pohon|tiang)|tiba dari (?:tinggi|atas)|(?:menghirup|terhirup|terhidu|inhal\\w*|breath\\w* in) {gap1}(?:gas|asap|fumes|smoke|racun|kimia|amonia|chemical\\w*)|gas (?:racun|bocor)|gas leak|poisoning|(?:tertelan|ketelan|keminum|terminum|swallowed|ingested|drank) {gap1}{poison}|(?:di siram|tersiram|terkena|splash\\w*) {gap1}(?:bahan kimia|cairan kimia|chemicals?|air keras|acid|minyak panas|air panas|hot oil|boiling water)|(?:di gigit|bitten by|gigitan) {gap1}(?:ular|snake|kalajengking|scorpion)|snake ?bite|(?:muntaber|diare|cirit birit|diarrh\\w*)(?: [a-z0-9|]+){0,4} (?:lemas|lemah|tidak bisa|parah|teruk|pingsan|dehidrasi)|dehidrasi (?:parah|berat|teruk|hebat)|(?:severely|badly|very) dehydrated|dehydrated and|barely (?:stand|walk|breathe|conscious)|heat ?stroke|hipotermia|hypothermia|frostbite|di stroke|serangan asma|(?:inhaler|obat asma) {gap1}(?:habis|tidak ada)|(?:tangan|jari|kaki|lengan)\\w* {gap1}(?:hampir |nyaris |mau )?putus|(?:tangan|jari|kaki|lengan) {gap1}di (?:gergaji|gerinda)|(?:mata|eyes?) {gap}(?:kimia|chemical\\w*|di tusuk|tertusuk|kawat|serpihan|acid|air keras|tidak bisa (?:lihat|melihat|see)|buta|blind)|(?:chemical\\w*|kimia|acid|bleach) {gap}(?:mata|eyes?)|tipes|tifus|typhoid|demam berdarah|dbd|denggi|dengue|malaria|(?:head|kepala) (?:[a-z0-9|]+ ){0,5}(?:vomit\\w*|muntah)|(?:took|taken|take|minum|makan|pakai) too (?:many|much) (?:drugs|pills|obat)|(?:tidak|not) wake up(?! (?:on time|early|in time))|tidak boleh bangun(?! (?:siang|telat|kesiangan|terlambat|lambat|jam))|(?:kecemplung|kecebur|tercebur) {gap1}(?:segara|laut|sungai|kali|sumur|sea)',
    emergency: 'serious_medical',
    flags: ['injury_or_medical'],
  },
  {
    // A serious injury or illness told by its state rather than named: bone showing, an eye gone white that
    // cannot see, skin peeling from a chemical, a limb swollen purple that cannot move, a wound that smells,
    // fainting, fever with shivering or delirium (TRIAGE.md P1: serious or untreated injury).
    id: 'injury_by_state',
    pattern:
      // "tatu neng sikil wis seminggu, saiki mambu bosok": a wound that smells rotten, told across clauses.
      '(?:luka|wound|borok)\\w*(?: [a-z0-9|]+){0,8} (?:bau busuk|busuk|bau bangkai|rotten|rotting|smells? rotten)(?= )|(?:sekarang|now|masih) (?:dia |sudah )?(?:tidak|gak) (?:bisa )?(?:gerak|bergerak|bangun|sadar|napas|bernapas|bergerak lagi)(?= (?:\\||$|di |lagi ))|(?:kaki|tangan|jari|leg|foot|feet|toes?|fingers?)\\w* (?:[a-z]+ ){0,3}(?:item|hitam|menghitam|kehitaman|turned black|turning black|black)|(?:badan|tubuh|punggung|lengan|body|back)\\w* (?:[a-z]+ ){0,2}(?:biru|lebam|memar|bruis\\w*) (?:semua|semuanya|all over|everywhere)|tulang\\w* (?:[a-z0-9]+ )?(?:kelihatan|keliatan|terlihat|nampak|tampak|mencuat|nongol|menonjol|keluar|di lihat)|(?:bones?) (?:is |are |was |were )?(?:visible|showing|sticking out|exposed|poking out|came out)|(?:see|saw|can see|could see) (?:the |dia |saya )?bones?|open fracture|patah tulang terbuka|(?:kena|terkena|di siram|siram|kesiram|splash\\w*|thrown|di) (?:[a-z]+ ){0,2}(?:air keras|acid|asid|soda api|cuka para)|(?:hitam|biru|membiru|pucat|black|blue|pale) (?:dan |and )?(?:dingin|cold|mati rasa|kebas|numb)|(?:jatuh|fell|fall\\w*|hit by|tertabrak|di tabrak|ketiban|di timpa)(?: [a-z0-9|]+){0,8} (?:tidak|not|no longer|is not|isn t) (?:bisa )?(?:gerak|bergerak|moving|move|respon\\w*|sadar|bangun)(?! (?:bebas|kemana|keluar))|(?:jari|tangan|kaki|lengan|telinga|finger|hand|arm|leg|toe|ear)\\w*(?: [a-z0-9]+){0,3} (?:putus|terpotong|kepotong|di potong|amputat\\w*|cut off|severed|hancur|crushed)(?! (?:gaji|upah|kontrak))|(?:leg|arm|kaki|tangan) (?:[a-z]+ ){0,2}(?:bent the wrong way|bengkok)|belatung|maggots?|mata\\w* (?:[a-z0-9|]+ ){0,10}(?:tidak|belum) (?:bisa |dapat )?(?:lihat|liat|melihat|ningali|ndelok|weruh|see)(?! (?:jauh|dekat|tulisan|huruf|far|clearly|well))|(?:cannot|can t|cant|tidak bisa) open (?:saya |dia )?eyes?|mata\\w* (?:[a-z0-9]+ ){0,6}(?:buta|putih semua|jadi putih|cuma putih|hanya putih)|(?:eyes?|vision) (?:[a-z0-9]+ ){0,6}(?:went |gone |turned |is )?(?:white|blind|blurr?ed)|(?:tidak|cannot|can t|cant|could not) (?:bisa )?see (?:anything|out of|from)|(?:lost|losing) (?:saya |dia |the )?(?:sight|vision)|buta (?:sebelah|mendadak|total)|blind in (?:one|saya|dia|the|left|right)|bleed(?:s|ing)?|bled|(?:kulit|skin) (?:[a-z0-9]+ ){0,3}(?:mengelupas|kelupas|terkelupas|ngelupas|mengelupas|peel\\w*|melepuh|blister\\w*|hancur|lepas|falling off|coming off|rotting|busuk)|(?:luka|burn\\w*) (?:[a-z0-9]+ ){0,2}(?:kimia|chemical\\w*|acid|air keras|soda api)|(?:burn\\w*|panas|melepuh|perih) (?:[a-z0-9]+ ){0,2}(?:from|by|karena|kena|terkena) (?:the )?(?:chemical\\w*|acid|liquid|coating|cairan|bahan kimia|air keras|soda api|cleaner|solvent)|(?:kena|terkena|splash\\w*|spill\\w*) (?:[a-z0-9]+ ){0,2}(?:cairan|bahan) kimia|(?:bengkak|lebam|memar|swollen|bruised)\\w* (?:[a-z0-9]+ )?(?:ungu|biru|hitam|kehitaman|membiru|menghitam|purple|black|blue)|(?:tangan|kaki|jari|lengan|bahu|leher|punggung|pinggang|hand|arm|leg|finger|foot|shoulder|wrist|pergelangan)\\w*(?: [a-z0-9|]+){0,8} (?:tidak|belum) (?:bisa |dapat )?(?:di )?(?:gerak|angkat|tekuk|move|lift|bend)\\w*|(?:cannot|can t|cant|unable to|could not) (?:move|lift|bend) (?:saya |dia )?(?:hand|arm|leg|fingers?|foot|it)|(?:luka|jahitan|wound|stitches|robek|sobek|koyak|gash\\w*|cut)\\w*(?: (?!(?:tidak|belum|bukan|no|not|never|sudah|tak|ga|gak) )[a-z0-9|]+){0,10} (?:bau busuk|busuk|bernanah|nanah|bau|smell\\w*|stink\\w*|pus|(?:panas|hot) (?:dan|and) (?:bengkak|swollen|merah|red))|faint(?<!(?:feel|felt|feeling|rasa) faint)(?:s|ed|ing)?(?! (?:smell|sound|light|hope|voice|bau|suara))|pass(?:es|ing)? out|blacked out|pengsan|kapiuhan|klenger|kelenger|(?:demam|panas badan|panas tinggi|meriang|muriang|fever)\\w*(?: [a-z0-9|]+){0,8} (?:menggigil|gigil|tiris|mengigau|ngigau|igau|meracau|ngelindur|halusinasi|delirious|delirium|hallucinat\\w*|shivering|shaking|convuls\\w*)|(?:menggigil|shivering)(?: [a-z0-9|]+){0,6} (?:demam|fever|mengigau|ngigau|delirious|meracau)',
    emergency: 'serious_medical',
    flags: ['injury_or_medical'],
  },
  {
    id: 'untreated',
    pattern:
      // "bos gk ngizinin ke rs", "tak bagi pergi klinik", "gk bolehin dibawa ke dokter", "tunggu esok baru hantar klinik",
      // "agensi bilang jangan periksa nanti dipulangkan"; "drove him back to the hostel instead of a hospital".
      // "minta ke dokter gk dibolehin", "minta diturunin ke darat tp kapten gk mau": care asked for and refused.
      '(?<=(?:sakit|demam|muntah|bengkak|luka|sesak|batuk|watuk|lara|loro|gering|panas|fever|sick|ill|injured|bleeding|darah|getih|beri beri|beriberi|pingsan|lumpuh|stroke|pelo|kejang|jatuh)(?: [a-z0-9|]+){0,20} )(?:minta|njaluk|menta|mau|pengen) (?:di ?)?(?:ke|berobat ke|periksa ke|turun\\w* ke|turun\\w*|bawa ke|antar ke|nang|neng|ka) (?:darat|pelabuhan|port|shore|{med})\\w* (?:[a-z]+ ){0,2}(?:(?:tapi|tp|but) )?(?:(?:kapten|captain|majikan|bos|boss|mandor|tekong|madam|employer)\\w* )?(?:tidak|ora|teu|won t|refuse\\w*) (?:di ?)?(?:mau|gelem|daek|kasih|izin\\w*|boleh\\w*|oleh|kenging|allow\\w*)(?= )|(?<=(?:sakit|demam|muntah|bengkak|luka|sesak|batuk|watuk|lara|loro|gering|panas|fever|sick|ill|injured|bleeding|darah|getih|beri beri|beriberi|pingsan|lumpuh|stroke|pelo|kejang|jatuh)(?: [a-z0-9|]+){0,20} )(?:kapten|captain|majikan|bos|boss|mandor|tekong|employer)\\w* (?:[a-z]+ )?(?:tidak|ora|teu|won t|refuses? to|refused to) (?:mau |gelem |daek |bersedia )?(?:bawa|antar|nggowo|nggawa|take|bring|hantar|ngantar|nyandak)\\w* (?:[a-z]+ ){0,2}(?:ke |nang |ka |to )?(?:the )?(?:darat|pelabuhan|port|shore|land|{med})|(?<!(?:clinic|klinik|dokter|doctor|hospital|rs|puskesmas) )instead of (?:going to |taking (?:dia |saya |kami )?to )?(?:a |the )?(?:hospital|rumah sakit|doctor|dokter)|bukannya (?:di ?bawa |dibawa |diantar |di antar )?(?:ke )?(?:rumah sakit|rs|dokter|klinik)|jangan (?:di )?(?:periksa|check|cek)(?= (?:\\||$|nanti|later|ke|to|kalau|atau))|patah(?: [a-z0-9|]+){0,8} (?:cuma|hanya|only) (?:di ?)?(?:bebat|balut|ikat|perban|bungkus|kasih kain)\\w*|{neg} (?:ngizinin|izinin|izinkan|bolehin|bagi) (?:saya |dia |kami )?(?:pergi |di bawa |dibawa |bawa |di hantar |hantar )?(?:ke |kat |to )?{med}|(?:tunggu|wait) (?:esok|besok|tomorrow|sampai besok|sampai esok) (?:baru )?(?:hantar|bawa|antar|take|send) (?:ke |kat |to )?{med}|no see (?:a |the )?(?:doctor|dokter)|(?:cannot|can t|not allowed to|tidak boleh|tidak bisa) see (?:a |the )?doctor|(?:nanti|akan|bakal|will) sembuh sendiri|heal (?:by )?itself|{neg} (?:mau |pernah |di )?(?:bawa|boleh|izin|kasih|beri|antar|bisa|dapat|pernah|hantar|gowo|di gowo|periksa|nak hantar|mau hantar|oleh) {gap1}(?:ke |neng |kat |nang |ka |menyang )?{med}|(?:di ?)?jahit\\w* (?:[a-z0-9]+ ){0,2}(?:sendiri|dewe|sorangan)|(?:stitch\\w*|sew\\w*|sewn) (?:[a-z0-9]+ ){0,3}(?:myself|himself|herself|themselves|ourselves|diri)|{neg} (?:boleh|di izin|izin|di kasih|bisa) (?:di )?(?:periksa|berobat)|jangan (?:ke|pergi ke|berobat ke) {med}|jangan (?:di )?(?:bawa|antar|hantar|gowo) {gap1}(?:ke )?{med}|(?:tidak|tak) (?:bagi|kasih|izin|benarkan) (?:jumpa|ketemu|pergi ke|ke|berjumpa) {med}|not to (?:see|go to) (?:a |the )?(?:doctor|hospital|clinic)|no (?:money|uang) for (?:the )?(?:hospital|doctor|clinic|treatment)|(?:only|cuma|hanya|cuman) (?:give|gave|kasih|dikasih|di kasih) (?:him |her |them |us )?(?:painkillers?|obat sakit kepala|obat pereda|ibuprofen|panadol|paracetamol)|(?:refuses|refused|refuse|won t|will not|does not|do not|tidak mau|tak mau|ga mau|gak mau|menolak|tolak|nolak) (?:to )?(?:take|bring|send|let|antar|bawa|hantar|give|kasih|beri) (?:{person} )?(?:saya |kami |dia |her |him |me |us )?(?:back )?(?:to |ke |kat )?(?:the )?{med}|(?:tunggu|ngenteni|ngentosi|wait) {gap1}(?:habis shift|gajian|pay ?day|selesai kerja)|takut (?:panggil|telepon|call) (?:ambulans|ambulance)|{neg} (?:di )?(?:obat|rawat)|(?:obat|dokter|berobat) {gap1}{neg} (?:boleh|di kasih|di izin|di beri)|(?:no|refused|refuse|denied) (?:medical|treatment|doctor|medicine|hospital)|(?:not|never) (?:taken|allowed) to (?:a |the )?(?:doctor|hospital|clinic)|tidak (?:take|bring|send|let|allow) (?:saya |kami |dia |mereka )?(?:to )?(?:see |go to |visit )?(?:a |the )?{med}|(?:tidak mau|refuses? to|refused to) (?:return |go |kembali |balik )?(?:to |ke )?(?:port|darat|pelabuhan|shore|ashore)',
    emergency: 'untreated',
    indicators: ['abusive_conditions'],
    flags: ['injury_or_medical'],
    negatable: false,
  },
  {
    id: 'illness',
    pattern:
      'panas tiris|muriang|meriang|koneng|nanah|bernanah|pus|infeksi|infected|(?:di )?sakit(?! hati)|(?:tangan|kaki|jari|kepala|lengan|kulit|perut|dahi|pelipis|hand|arm|leg|finger|head|skin)\\w* (?:[a-z]+ )?(?:robek|sobek|koyak|torn|gashed)|vomit\\w*|(?:kulit|mata|badan|skin|eyes?) (?:[a-z]+ )?(?:kuning|yellow)|jaundice|sakit kuning|malaria|demam berdarah|dengue|dbd|tifus|tipes|typhoid|kolera|cholera|lara|loro|gering|nyeri|(?:di )?luka|memar|lebam|bengkak|demam|hamil|pregnant|injur\\w*|sick|ill|hurt|pain|wound\\w*|cedera|(?<!(?:maaf|saya|aku|anak|dia|yang|kami|mereka|tki|tkw|pmi) )(?:di )?lahir(?! (?:batin|di|tahun|thn|pada))|melahirkan|kontraksi|diare|muntah|batuk|tbc|kanker|stroke',
    flags: ['injury_or_medical'],
    signals: ['illness'],
  },
  {
    // Pregnant now: after a rape, however long ago, a pregnancy is the violence still at work (see triage.ts).
    id: 'pregnant',
    pattern: 'hamil|pregnant|mengandung|ngandung|bunting|meteng|kakandungan|reuneuh',
    signals: ['pregnant'],
  },
  {
    // Healed or recovered ("sudah sembuh", "has healed"): an injury or illness that is over is no emergency now,
    // while "belum sembuh", "tidak kunjung sembuh" still is (the reader handles the first, the pattern the second).
    id: 'recovered',
    pattern:
      // "it's healing", "udah mulai membaik".
      '(?:is|are|it s|its) (?:healing|getting better|recovering)(?= )|(?:sudah|udah) (?:mulai )?membaik(?= )|(?:already|sudah) heal\\w*|(?:is|are|sudah) healed|sudah sembuh|(?:sudah|udah|dah) sadar(?= )|regain\\w* consciousness|(?:is|are) ok now|discharge\\w*|(?:sudah|tos) (?:di ?)?operasi\\w* (?:[a-z|]+ ){0,3}(?:sudah|tos) (?:bisa|tiasa)|(?:kondisi|keadaan)\\w* (?:sudah |udah |sekarang |dah )?stabil|(?:sudah|udah|dah|wis) stabil|(?:sudah|udah|wis|saiki wis) mari(?= )|(?:sudah|udah|dah|wis) (?:di ?)?(?:infus|rawat|obat|periksa|jahit|operasi|bedah)\\w* (?:dan|terus|trus|lalu) (?:sudah |udah |dah )?(?:pulang|balik|keluar)(?= (?:\\||$|dari|ke|ning))|(?:now|sekarang) (?:sudah )?(?:ok|okay|oke|fine|better|baik|mendingan|baikan|membaik|enakan)(?= )|(?:sudah|telah|udah) (?:sehat|sihat|pulih|membaik|baikan|kering|mendingan|enakan|lebih baik|lebih enak|okey|okay|oke|ok)(?: sikit| sedikit)?|(?:feeling|feel|am|is) better now|(?<!(?:tidak|belum|tak|semoga|moga|cepat|biar|supaya|agar|mau|bisa|nanti|akan|bakal) (?:kunjung |juga |cepat )?)sembuh(?! sendiri)|healed|recovered(?! (?:saya|dia|kami|the|paspor|gaji|uang|money))',
    signals: ['recovered'],
  },
  // ── danger said in so many words (P1) ─────────────────────────────────────────────────────────────
  {
    id: 'danger_words',
    pattern:
      'nyawa (?:saya |kami |dia |kakak |adik )?(?:terancam|dalam bahaya|di ancam)|dalam bahaya|in danger|(?:yes|ya|iya) danger (?:sekarang|right sekarang)|danger sekarang (?:\\| )?(?:yes|ya|iya)|(?:tolong )?selamat\\w* (?:saya|kami|kakak|adik|anak|dia)|di selamatkan (?:segera|secepatnya|cepat)|save (?:saya|us|her|him)|sos|(?<!(?:nomor|nomer|no|kontak|telepon|telpon|paspor|surat|number|hotline|the|an|tombol|sanes|bukan) )darurat(?! (?:number|nomor|paspor|passport))|(?<!(?:nomor|nomer|no|kontak|number|the|an) )emergency(?! (?:travel|passport|certificate|document|number|contact|hotline|line|numbers))|bahaya sekali|sangat bahaya|kapal\\w* {gap1}(?:bocor|tenggelam|karam|terbakar|di bakar)|(?:sinking|sank|capsized)|(?:sembunyi|bersembunyi|ngumpet|hiding) (?:di|dari|in|from)|(?:kunci|barikade|barricad\\w*|locked|lock|shut) (?:diri|ourselves|myself|themselves|herself|himself) (?:[a-z]+ )?(?:di|dalam|in|inside)|di kejar (?:kejar )?(?:sama |oleh )?(?:orang|preman|agen|bos)|nyawa (?:[a-z]+ ){0,2}(?:terancam|dalam bahaya|di ancam)|(?:rescue|save) (?:saya|kami|dia|mereka)|jatuh (?:ke )?(?:laut|sungai)|(?:fell|fallen|thrown) (?:overboard|into the sea)|man overboard|(?:hanyut|terapung|terombang ambing|adrift|drifting) (?:di )?(?:laut|tengah laut|at sea)',
    emergency: 'danger_words',
  },
  {
    // A plea to be taken away from where one is, or a stated fear for one's life or safety there: danger now
    // in so many words, whatever the particulars (TRIAGE.md P1). Leaving a job ("saya mau keluar dari sini")
    // has no one to be fetched, so it does not match.
    id: 'plea_for_rescue',
    pattern:
      '(?:jemput|evakuasi|keluar|bebas|ambil|selamat|metu|kaluar|get|take|pick up|fetch) {victim}(?: saya| kami)? (?:dari|seko|ti|tina|out of|from|away from) (?:sini|sana|tempat ini|tempat ni|rumah ini|rumah ni|kene|kono|dieu|here|this place)|keluar seko kene|come (?:and )?(?:get|pick up|fetch|rescue) (?:saya|kami|dia)|(?:saya|kami|dia|mereka) (?:merasa |am |are |is )?tidak (?:aman|selamat|safe)(?! (?:kok|ya|lah))|tidak (?:aman|selamat|safe) (?:di sini|disini|di kene|di dieu|here|in this)|nyawa\\w+ (?:[a-z]+ ){0,2}(?:di ancam|terancam|dalam bahaya)|dina bahaya|keadaan (?:saya |kami |dia )?(?:genting|gawat|kritis)|(?:fear\\w*|afraid|scared) for (?:saya|our|kami|dia) li(?:fe|ves)|(?:saya|kami|dia) li(?:fe|ves) (?:is |are )?(?:in danger|at risk|threatened)|(?:kami|saya) (?:are |am )?trapped(?! in (?:debt|this job|a contract|utang|hutang))|(?:takut|wedi|sieun|afraid|scared|fear) {gap1}(?:di )?(?:bunuh|pateni|paehan|maehan|killed|murdered)',
    emergency: 'danger_words',
  },
  // ── restriction of movement ───────────────────────────────────────────────────────────────────────
  {
    id: 'not_allowed_out',
    pattern:
      '(?:teu aya|euweuh) (?:nu|anu) (?:kenging|bisa|tiasa|meunang) kaluar|(?:tidak|ora|teu) (?:mau|gelem|daek) (?:buka|bukain|bukak|muka) (?:the )?(?:gate|gerbang|pintu gerbang|pagar)(?= )|tidak ada (?:yang |orang yang )?(?:is allowed to |can |may )?(?:leaves|leave|go out)(?= )|(?:tidak|ra|ora) (?:ada|ono|ana) (?:yang|sing) (?:bisa|iso|oleh|boleh) (?:metu|keluar)|(?:tak|tiada|tidak) (?:siapa|sape) (?:boleh|dapat|bisa) keluar|(?:mau|minta|ingin|pengen|pingin) (?:pulang|keluar|berhenti|balik|turun)(?: [a-z0-9]+){0,8} (?:\\| )?(?:tapi|but) (?:tidak|not) (?:di ?)?(?:bolehin|boleh|izinkan|izinin|kasih|allowed)|{neg} (?:boleh|di boleh|di izin|izin|di kasih|kasih|di beri|di lepas|bisa|di biar|pernah di kasih|pernah boleh|pernah di izin) {gap1}(?:keluar|pulang|pergi|kemana|ke mana|resign|berhenti|libur keluar|lepas|turun)|di larang (?:keluar|pulang|pergi|berhenti|resign)|(?:minta|mau) (?:pulang|berhenti|keluar|resign) {gap}(?:tidak|di tolak|ditolak)|{neg} (?:di )?lepas|(?:tidak|not|never|tidak pernah) (?:allowed|permitted|let) (?:to )?(?:leave|go|go home|go out|quit|get off)|(?:wont|will not) let (?:saya|us|her|him|them) (?:leave|go)|(?:tidak|not|never|wont|will not|dont|do not|doesnt|does not) let (?:saya|us|kami|her|him|them|mereka|dia|anyone|anybody|any of kami|people|workers) (?:leave|go out|go|out|outside|get out|step out)|tidak (?:bisa|boleh) leave|karena (?:minta|mau) (?:pulang|keluar|berhenti|resign)|(?:karena|amarga|krn|lantaran|sebab|gara|because) (?:[a-z]+ ){0,2}(?:minta|njaluk|hayang|hoyong|mau|ingin|pengen|asked to|wanted to|tried to|cuba|coba) (?:keluar|metu|pulang|balik|mulih|uih|kabur|lari|leave|run|go home|escape)|because (?:saya |he |she |we |they )?(?:asked|wanted) to (?:go home|leave|quit)|terjebak|trapped|stuck|kabur|lari(?! pagi)|escape\\w*|run away|ran away|(?:tidak|never) (?:pernah )?(?:pulang|turun|naik|ke|balik|go|goes) (?:ke )?(?:darat|ashore)|(?:tidak|never|no) (?:pernah )?(?:sandar|docks?|port for)|tidak (?:tau|pernah) minggir|(?:tidak mau|teu daek|tak nak|refuses? to|won t) (?:ke |go to |go )?(?:darat|port|ashore|pelabuhan)|minta (?:di )?turun\\w*(?: [a-z0-9|]+){0,6} (?:di tolak|ditolak)|(?:tidak|tak) (?:bagi|kasih|bagi saya) (?:balik|pulang)|tidak let (?:dia |mereka |saya |kami )?(?:go|leave)|(?:majikan|bos|agen|employer) (?:tidak|tak) (?:bagi|kasih|izin|benarkan)(?! (?:libur|cuti|istirahat|hari libur|off|makan|gaji|obat|ke |jumpa|ketemu|pergi ke (?:dokter|doktor|klinik|rumah sakit)))|tidak oleh (?:metu|keluar|mulih|pulang)|tidak bisa (?:pulang|bali|mulih)|cannot go out alone|tidak boleh keluar (?:rumah )?(?:kalau|kalo) tidak',
    indicators: ['restriction_of_movement'],
    negatable: false,
  },
  {
    // Refused leave to go home or to change employer: "minta pindah kerja dia gk mau tanda tangan", "mau pulang tp
    // pengurus gk ngasih".
    id: 'not_let_go',
    pattern:
      // "tiap minta pulang dibilang tunggu kapal transit", "kontrak 1 taun tp udh 2,5 taun blm dipulangin": asking to
      // go home is put off, a contract over and the person still held; "unggal menta wangsul teu kenging", "ora oleh
      // bali", "tak bagi dia naik darat", "mertua melarang saya keluar rumah".
      '(?:minta|menta|nyuwun|njaluk|nyungkeun|mau) (?:pulang|mulih|uih|balik) (?:[a-z]+ ){0,2}tidak (?:boleh|kenging|dikenging|di kenging|oleh|angsal|entuk|di idinan|meunang)(?= )|tidak (?:oleh|entuk|olih|angsal|kenging) (?:bali|mulih|metu|medal|lunga|pulang|kaluar|wangsul)(?= )|{neg} (?:bagi|kasih|bolehin|izinkan|allow\\w*) (?:dia |saya |kami |mereka )?(?:naik darat|turun darat|ke darat|go ashore)|(?:melarang|ngelarang|forbid\\w*) (?:saya|kami|dia|me|her|us) (?:untuk |to )?(?:keluar|pulang|pergi|leave|go out)(?= )|(?:tiap|setiap|kalau|every time|each time|when) (?:saya |kami )?(?:minta|mau|ask\\w*) (?:to )?(?:pulang|turun|keluar|go home|get off) (?:[a-z]+ ){0,3}(?:di ?bilang|bilang|katanya|di suruh|told|says?|said) (?:[a-z]+ ){0,2}(?:tunggu|nanti|sabar|wait|later)(?= )|(?:kontrak|contract)\\w* (?:saya |kami |dia )?(?:\\d+|satu|dua|tiga) (?:tahun|years?|bulan|months?) (?:[a-z0-9|]+ ){0,6}(?:tapi|but) (?:sekarang |now )?(?:sudah |already )?(?:\\d+ )?(?:[a-z0-9|]+ ){0,3}(?:belum|tidak|not) (?:di )?(?:pulang\\w*|sent home|balik\\w*)(?= )|(?:minta|mau|pengen|ingin|want to|asked to) (?:pulang|keluar|berhenti|mundur|pindah|ganti|change|leave|quit) (?:[a-z0-9|]+ ){0,6}(?:tidak|tak|teu|ora) (?:mau )?(?:kasih|ngasih|boleh|izin|di izin|di kasih|tanda tangan|sign|lepas)|(?:refuse\\w*|won t|will not) (?:to )?(?:sign|release|let (?:saya|kami|dia) (?:go|change|transfer))',
    indicators: ['restriction_of_movement'],
    negatable: false,
  },
  // ── isolation ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'phone_taken',
    pattern:
      '(?:took|take|takes|taken|confiscated|keeps?|kept) (?:away )?(?:saya |dia |kami |mereka |her |his |my |their )?(?:hp|phone|handphone|mobile)\\w*|(?:only|cuma|hanya) (?:di ?izinkan|diizinkan|di ?bolehkan|allowed to) (?:telepon|nelepon|menelepon|call|contact)|{neg} (?:let|allow\\w*) (?:saya|dia|kami|mereka) (?:to )?(?:call|phone|contact|telepon)|(?:only|cuma|hanya) (?:boleh )?(?:call|telepon|nelepon|pegang hp|pakai hp) (?:[a-z0-9]+ )?(?:once|sekali|one time|1 kali|satu kali)|(?:hp|telepon genggam\\w*) {gap}(?:di )?(?:sita|ambil|tahan|rampas|simpan|pegang|kunci|kumpul|periksa)|(?:sita|ambil|tahan|rampas|simpan|pegang|kumpul) {gap1}hp|{neg} (?:boleh|di boleh|bisa|di kasih|di izin|pernah) {gap1}(?:pakai|pegang|main|punya|pinjam|bawa|buka|telepon|hubung|kontak) {gap1}(?:hp|keluarga|siapa|orang|internet|wifi)|{neg} (?:boleh|bisa|di izin|pernah di kasih) (?:telepon|hubung|kontak|kabar)|{neg} (?:punya|pegang|ada) hp|(?:hp|phone) (?:was |is |were )?(?:taken|confiscated|seized)|(?:took|take|takes|taken) (?:saya |our |her |his )?hp|{neg} (?:allowed|permitted) to (?:use|have|call|contact) |hp {gap}di (?:awas|pantau|periksa|cek|sita|ambil|pegang)|larang {gap1}(?:telepon|hubung|kontak|pakai hp|pegang hp|main hp)|diam diam|secara diam|(?:chat|telepon|hubung|pakai hp|wa) diam|sembunyi sembunyi|secretly|in secret|pinjam hp (?:teman|orang)|borrowed (?:a )?hp',
    indicators: ['isolation'],
    negatable: false,
  },
  {
    // A phone the person may use only sometimes, in front of someone, or only on someone else's or a hidden one:
    // "hp cm boleh pegang hari jumat", "phone only 5 minute in week", "ini pinjam hp sopir", "hp yg sy umpetin".
    id: 'phone_limited',
    pattern:
      '(?:di ?larang|dilarang|tidak boleh|not allowed to|forbidden to) (?:ber)?(?:komunikasi|berkomunikasi|hubungi|menghubungi|telepon|contact|talk to|call) (?:dengan |sama |with )?(?:keluarga|family|siapa|anyone)|(?:hp|phone)\\w* (?:[a-z0-9]+ ){0,2}(?:only|cuma|hanya|ngan|cuman|just) (?:boleh |bisa |can |di )?(?:pakai|pake|pegang|use|used|di pakai|dipakai|dipake|\\d+|sekali|sebentar|sakeudeung|once|on|hari|di depan|in front|kalau|when)|(?:pinjam|pake|pakai|pinjem|with|use|using|lewat|borrow\\w*) (?:the )?(?:hp|phone) (?!saya)(?:[a-z]+ )?(?:sopir|supir|driver|teman|tetangga|neighbou?r|orang|ibu kos|tukang|majikan)|(?:with|use|using|pakai|pake|pinjam) (?:the )?(?:driver|sopir|supir|teman|tetangga|neighbou?r)\\w* (?:hp|phone)|(?:hp|phone) (?:jadul|cadangan|rahasia|lama|old|second|spare) (?:yang |that )?(?:saya |kami )?(?:di )?(?:sembunyi|hide|hidden|umpet)|(?:tidak ada|no) (?:hp|phone|telepon)(?= )|berbisik|bisik|whisper\\w*|(?:keep|keeps|kept|hold\\w*) (?:saya |our |her |his |my )?(?:hp|phone)',
    indicators: ['isolation'],
    negatable: false,
  },
  // ── retention of documents ───────────────────────────────────────────────────────────────────────
  {
    id: 'documents_held',
    pattern:
      // "paspor sama gaji 6 bulan masih di agen", "paspor di kantor ladang" (not an office that issues it).
      '{doc} (?:sama|dan|and) (?:gaji|salary|uang)(?: [a-z0-9]+){0,3} (?:masih )?(?:di tahan |ditahan |di pegang |held by )?(?:di |sama |dengan |with )?(?:bos|majikan|agen|agency|agensi|perusahaan|kapten|company|boss|syarikat|mereka|them)(?= )|{doc} (?:saya |kami )?(?:masih |ada )?(?:di|kat) (?:kantor|office|pejabat|ofis)(?! (?:imigrasi|immigration|kbri|kjri|polisi|polis|embassy|kedutaan|konsulat|disnaker|bp2mi))|(?:paspor|passport|pasport|paspot)\\w* (?:kami |semua |saya |mereka )?(?:were |was |are |sudah )?(?:di ?kumpul\\w*|collected)|{doc} (?!(?:[a-z]+ ){0,2}(?:(?:saya|aku|kula|abdi)(?: sendiri| dhewe)? (?:yang|sing|nu) |(?:sendiri|dhewe|dewe|sorangan) (?:yang |sing |nu )?)(?:pegang|nyekel|simpan|cepeng|nyepeng|megang))(?!(?:saya|aku|kami|abdi|kula) (?:pegang|simpan|megang|nyekel|cepeng|nyepeng)(?! (?:sama |oleh |sm )?{who})(?= )){gapKept}(?:di )?(?:tahan|sita|ambil|pegang|simpan|rampas|kunci|bawa)(?! sendiri)|(?:tahan|sita|ambil|pegang|simpan|rampas) {gap1}{doc}(?! sendiri)|{doc} (?:saya |kami )?(?:masih )?(?:di|sama|ada di) (?:bos|majikan|agen|agency|agensi|perusahaan|kapten|company|boss|syarikat)|{doc}(?: [a-z0-9]+){0,6} (?:majikan|bos|agen|perusahaan|syarikat|kapten) (?:masih )?(?:pegang|tahan|simpan)|{doc} (?:[a-z]+ ){0,3}masih di (?:sana|situ|sono|kantor|kompleks|compound|mess)|{doc} {gap1}(?:ada |masih )?(?:di|sama|dengan|dipegang|pada) {who}|{neg} (?:pegang|bawa|megang) {gap1}{doc}|{doc} (?:was |is |were |are )?(?:held|taken|kept|confiscated|withheld|seized)|(?:took|take|takes|keep|keeps|kept|keeping|hold|holds|holding|confiscated|have|has) (?:all |both )?(?:saya |kami |dia |mereka |our |her |his |their |the )?(?:all |both )?{doc}',
    indicators: ['retention_of_documents'],
    negatable: false,
  },
  {
    // Documents kept by refusing to give them back: "PT gk mau balikin paspor", "before they return our passports".
    id: 'documents_not_returned',
    pattern:
      '{neg} (?:mau )?(?:balikin|kembalikan|kembali|kasih balik|return|give back|mbalekke|mulangkeun) {gap1}{doc}|(?:before|until|sebelum|baru) (?:they |mereka |agen |agency )?(?:return|give back|balikin|kembalikan) (?:saya |our |kami |the )?{doc}|{doc} {gap}(?:di )?(?:cekel|gawa|candak|cepeng|keep|hold|kept|held)|(?:cekel|candak|cepeng|hold|holds|keep|keeps) {gap1}{doc}',
    indicators: ['retention_of_documents'],
    negatable: false,
  },
  // ── wages ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unpaid',
    pattern:
      // "gaji katanya dibayar nanti pas pulang": pay kept until going home (TRIAGE.md: withholding of wages).
      '(?:gaji|upah|wages?|salary)\\w* (?:[a-z]+ ){0,3}(?:di bayar|di kasih|dikasih|di berikan|paid|given) (?:semua |nanti |later |all )?(?:pas|waktu|kalau|setelah|sesudah|saat|when|after|on) (?:sudah )?(?:pulang|balik|mulih|going home|go home|we go home|return\\w*)(?= )|' +
      'gaji (?:[a-z]+ )?keep|keep\\w* (?:saya |dia |kami |mereka )?gaji|(?:give|pay|kasih|bayar) {gap}(?:when|after|kalau|setelah|sesudah) (?:the )?(?:contract|kontrak) (?:finish|habis|selesai|ends?)|(?:gaji|upah|uang) {gap5}{neg} {gap1}(?:di )?(?:bayar|kasih|kirim|terima|dapat|cair|beri|gaji)|{neg} (?:pernah )?di (?:gaji|bayar)|{neg} (?:pernah )?(?:bayar|kasih|kirim|beri) {gap1}(?:gaji|upah|pesangon)|(?:pesangon|lembur|upah lembur) {gap1}{neg} (?:di )?(?:bayar|kasih|beri)|{neg} (?:pernah )?gaji|{neg} (?:di )?(?:bayar|kasih|terima|dapat|beri) (?:[a-z]+ )?sepeser|(?:gaji|upah) {gap}masih (?:di|sama|ada di) (?:majikan|agen|bos|perusahaan|company|employer|sponsor|mandor)|{neg} (?:pernah )?(?:terima|menerima|dapat|dapet|di kasih|kasih|di beri) {gap1}gaji|(?:gaji|upah) {gap1}(?:di )?(?:tahan|potong|simpan|tunggak|tunda|telat|terlambat|nunggak|lambat)|(?:potong|tahan|tunda) {gap1}gaji|potongan|gaji (?!(?:lancar|aman|ok|oke|bagus|normal|baik|full|penuh) ){gap}(?:telat|terlambat|kurang|cuma|cm|hanya|setengah|separuh|tidak penuh|tidak sesuai|tidak full)|(?:cuma|cuman|cm|hanya|baru|mung|ngan) (?:di )?(?:bayar|kasih) (?:setengah|separuh|sebagian|sedikit)|gaji (?:di )?(?:bagi|kasih|bayar) (?:separuh|setengah|separo) (?:je|saja|aja|only)|(?:contract|kontrak)\\w* (?:says|said|bilang|tulis|tertulis|nya) (?:[a-z0-9|]+ ){0,5}(?:tapi|but) (?:[a-z]+ ){0,3}(?:paid|di bayar|di kasih|dapat|dapet|terima|receive\\w*|get|got)|gaji {gap}(?:nanti|kalau|setelah|waktu) (?:pulang|selesai kontrak|habis kontrak)|unpaid|(?:tidak|never) (?:pernah )?(?:been )?paid|no (?:salary|pay|gaji)|gaji (?:is |was )?(?:withheld|delayed|late|deducted|cut)|deduct\\w*|underpaid|tunggakan|tertunggak|(?:gaji|upah) {gap}{neg} sesuai|di bayar (?:setengah|separuh|separo|sebagian|half)|(?:paid|pay|pays) (?:only |just |about |around |roughly )?(?:half|a third|a quarter)|(?:pays?|paid|bayar|di bayar|gaji) (?:[a-z0-9]+ ){0,3}(?:instead of) (?:the |yang )?(?:agreed|promised|contract|di janji\\w*|janji|kontrak|sepakat\\w*)|tanpa (?:tambahan )?(?:gaji|upah|bayaran|di bayar)|without (?:extra )?pay|(?:gaji|upah|uang|salary)\\w* (?:goes|go|went|masuk|di kirim|di ambil|di terima|di pungut) (?:to |ke |oleh )?(?:the )?(?:agen|agent|agency|majikan|bos|calo)|never see (?:it|the money|kami salary)|(?:gaji|upah|salary) {gap}(?:di )?potong|potong {gap}(?:gaji|upah|salary)|(?:cut|cuts|cutting) (?:saya |kami |dia |his |her |our )?(?:gaji|salary|wages|pay)(?= )|take\\w* half (?:saya |kami )?(?:gaji|salary)|ora di bayar|tidak di bayar|tak dapat|tak bayar|teu di bayar|teu mere gajih|not paid|service fee|tidak (?:pay|paid)|{neg} (?:mau )?bayar (?:lembur|overtime|gaji|upah)',
    indicators: ['withholding_of_wages'],
    signals: ['labour_issue'],
    negatable: false,
  },
  {
    // Wages some months behind, said without a verb or in a workplace language: "gaji 4 bulan blm", "2 tahun gak ada
    // rawatib" (Arabic), "salary late 3 weeks", "lembur teu dibayar", "overtime not counted".
    id: 'wages_behind',
    pattern:
      // "dijanjikan gaji 1000 dolar tapi hanya dibayar 300", "salary only half", "gaji gk pernah full", "3 thn majikan gk
      // pernah bayar".
      '(?:cuma|hanya|only|ngan|mung) (?:di )?(?:kasih|kei|bayar|paid|dapat|dapet|terima) \\d+(?= (?:\\||$|saja|aja|je|only|dolar|dollar|usd|rm|riyal))|(?:gaji|salary|wages?) (?:cuma |hanya |only )(?:half|separuh|setengah)|(?:gaji|salary) (?:[a-z]+ ){0,2}(?:tidak|never|not) (?:pernah )?(?:full|penuh)(?= )|(?:majikan|bos|boss|agen|company|perusahaan|sponsor) (?:tidak|never) (?:pernah )?(?:bayar|gaji|pay)(?= (?:\\||$|saya|kami|dia|sama sekali))|' +
      // "also cut for agency fee every month", "gajine dikirim 3 wulan pisan iku wae dipotong terus"; sick pay refused
      // ("boss tak bayar MC"), part of the pay only, months of pay taken as a fee.
      '{neg} (?:bayar|pay|kasih) (?:saya |dia )?(?:mc|cuti sakit|sick (?:leave|pay)|medical leave)(?= )|(?:gaji|salary|upah|wages) (?:[a-z]+ )?(?:sebahagian|separuh|setengah|sebagian|half|partly|part)\\w* (?:[a-z]+ )?(?:di ?bayar|paid|saja|je|sahaja)(?= )|(?:take|took|ambil|potong|di potong)\\w* (?:\\d+|satu|dua|tiga|empat|lima) (?:month|months|bulan) (?:gaji|salary|wages|pay)(?= )|(?:cut|di potong|potong|deduct\\w*) (?:[a-z]+ ){0,2}(?:for|buat|untuk|kanggo) (?:the )?(?:agency|agen\\w*|agent|broker|calo|sponsor)\\w*|gaji (?:[a-z0-9]+ ){0,7}di potong (?:terus|wae|saja|setiap|tiap|every)(?= )|(?:minta|tanya|nanya|tagih|nagih|menuntut|demand\\w*|ask\\w*) (?:for )?(?:his |her |my |their |our |dia |saya |kami )?(?:gaji|salary|wages|upah)(?= (?:\\d|dua|tiga|empat|lima|enam|yang|yg|that|which|\\|)| ?$)|(?:cuma|hanya|only) (?:di )?(?:kasih|bayar|paid|dapat) (?:\\d+ ?(?:jt|juta|rb|ribu|rm|ringgit|riyal|dolar|dollar|euro|usd|k)|rp)(?= )|(?:gaji|upah|salary) (?:[a-z0-9]+ ){0,4}(?:di )?(?:tahan|withheld|ditahan)|(?:di )?(?:potong|potongan) (?:[a-z]+ ){0,2}(?:ongkos|biaya|transport\\w*|tempat tinggal|makan|mess|asrama|sewa|rent)|(?:gaji|upah|wages?) (?:[a-z0-9]+ ){0,2}(?:bulan|sasi|months?|minggu|weeks?|tahun|years?) (?:{neg}|durung)(?= (?:\\||\\?)| ?$)|(?:{neg}|durung) (?:ada |dapat |terima )?gaji|(?:gaji|salary|wages?|pay\\w*|paid) (?:[a-z0-9]+ ){0,4}(?:late|delayed|not yet|belum)|(?:lembur|overtime)\\w* (?:[a-z0-9]+ ){0,4}(?:{neg}|durung|teu|ora|not) (?:di )?(?:bayar|hitung|itung|count\\w*|paid|kasih)|(?:lembur|overtime)\\w* (?:[a-z0-9]+ ){0,4}(?:di )?bayar (?:kurang|sebagian|setengah)|(?:gaji|upah|salary)\\w* {gap}(?:di )?(?:transfer|kirim) {gap1}(?:ke )?(?:agen|calo|bos|majikan)|(?:keep|keeps|kept|hold\\w*|tahan|simpan) (?:[a-z0-9]+ ){0,5}(?:gaji|salary|wages)|sisa\\w* (?:gaji )?(?:di )?(?:tahan|simpan)|(?:uang|gaji|hasil|penghasilan|money|earnings) {gap1}(?:di )?ambil (?:semua|semuanya|bos|majikan|mereka|all)',
    indicators: ['withholding_of_wages'],
    signals: ['labour_issue'],
    negatable: false,
  },
  // ── debt bondage ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'debt',
    pattern:
      // "minta bayar 15rb riyal kalau mau pindah majikan atau pulang": a price on leaving, across a clause break;
      // "keeping my passport until I work off the bill".
      '{doc}\\w*(?: [a-z0-9|]+){0,7} (?:minta |suruh |harus |di suruh |must )?(?:di )?tebus\\w*|(?:work|kerja) off (?:the |my |his |her |a )?(?:bill|debt|loan|cost|fee)s?(?= )|(?:minta|diminta|harus|suruh|di suruh|wajib|must|kena) (?:bayar|pay) (?:[a-z0-9]+ ){0,4}(?:\\| )?(?:kalau|kalo|if|untuk|biar|to) (?:mau |want to |bisa |can )?(?:pindah|pulang|keluar|berhenti|bebas|change|leave|go home)(?= )|(?:pay|bayar) (?:\\d+ )?(?:usd|dollar|dolar|rm|ringgit|riyal|baht|yuan|\\d+)\\w* (?:\\d+ )?(?:first|dulu|or|atau)(?= )|(?:di )?hutang\\w*(?! (?:pinjol|pinjaman online|bank|kartu kredit|koperasi|credit card))|utang\\w*(?! (?:pinjol|pinjaman online|bank|kartu kredit|koperasi|credit card))|debt|(?<!(?:takut|khawatir|kuatir|afraid|scared|worried) (?:di |kena )?)(?<!(?:overstay|overstayed|kelebihan tinggal|lewat izin|over stay)(?: [a-z0-9|]+){0,5} )(?:di denda|denda)(?! (?:overstay|imigresen|imigrasi|immigration|visa))|fined|fines|(?:a|the|pay|paid|bayar|charged) fine|ganti rugi|uang jaminan|(?:cut|cuts|potong|deduct\\w*) (?:[a-z]+ ){0,2}(?:jaminan|deposit|bond)|(?:harus|wajib|suruh|di suruh) bayar (?:[a-z0-9]+ ){0,5}(?:baru|untuk|supaya|biar) (?:boleh|bisa) (?:pulang|keluar|pergi|bebas|pindah)|(?:biaya penempatan|placement fees?)(?<!(?:soal|tentang|about|mengenai|nanya|tanya|asked about|asking about) (?:biaya penempatan|placement fees?))|deposit|kasbon|(?:minta|bayar|harus bayar) (?:uang )?{gap}(?:\\| )?(?:kalau|untuk|biar|supaya) (?:saya |dia |kami )?(?:mau )?(?:pindah|pulang|keluar|berhenti|bebas)|(?:kalau|jika) {neg} (?:bayar|tebus|lunas)|(?:harus|suruh|di suruh|wajib|minta) (?:bayar|ganti) {gap}(?:kalau |baru |untuk |supaya |biar )?(?:bisa )?(?:pulang|keluar|bebas|lepas|resign|berhenti)|(?:kalau|untuk|biar|supaya) (?:mau )?(?:pulang|keluar|bebas|berhenti) {gap}(?:harus |wajib )?bayar|pay \\w* ?(?:to leave|to go home|before)|bond|owe\\w*|(?:must|have to) pay|(?:balikin|kembalikan|return) (?:the )?(?:mahar|dowry)|surat (?:hutang|utang)|(?:bayar|mayar) deui|(?:harus|wajib|hrs) (?:bayar|ganti rugi|ganti) (?:[a-z0-9]+ ){0,4}dulu|(?:minta|mau|ingin|pengen) pulang(?: [a-z0-9|]+){0,8} (?:harus|wajib|suruh) (?:bayar|ganti)|charged (?:saya |kami )?\\d+|di tebus|tebusan',
    indicators: ['debt_bondage'],
  },
  {
    // A loan or advance deducted or to be repaid, a cost to be refunded before leaving, a fee to get papers back:
    // "repay 2000 euro loan", "dipotong buat dana talangan", "disuruh ganti tiket pesawat dulu", "diancam harus
    // mengganti biaya 15 juta", "kalo mau ambil bayar 5 jt", "pay 5000 AED for visa cancel".
    id: 'debt_to_leave',
    pattern:
      'dana talangan|talangan|di beli (?:[a-z]+ ){0,3}(?:seharga|harga|for|dengan harga)|(?:bought|purchased) (?:her|him|saya|me|us) (?:for|from)|(?:if|kalau|kalo) (?:the |saya |his |her )?(?:family|keluarga) {neg} (?:pay|bayar|transfer)|(?:repay|pay back|bayar|potong|cicil|lunas\\w*) {gap}(?:loan|pinjaman|talangan)|(?:loan|pinjaman) (?:keberangkatan|berangkat|tiket|biaya|agen|agency|broker|pt|kampus|program)|(?:harus|wajib|suruh|di suruh|kena|must|have to|has to|minta) (?:bayar|ganti|mengganti|repay|pay|refund) (?:[a-z0-9]+ ){0,3}(?:tiket|biaya|ongkos|cost|fee|kursus|training|pelatihan|denda|rugi)|(?:kalau|kalo|if|to) (?:mau |want to )?(?:ambil|get|take|balik\\w*) (?:[a-z0-9]+ ){0,3}(?:harus |must )?(?:bayar|pay)|(?:pay|bayar) (?:\\d+ ?[a-z]* ){1,2}(?:for|untuk|buat) (?:visa )?(?:cancel\\w*|release|pembatalan|exit|keluar)|release fee|transfer fee|uang (?:pindah|release|pelepasan)',
    indicators: ['debt_bondage'],
  },
  // ── abusive conditions ───────────────────────────────────────────────────────────────────────────
  {
    id: 'no_food',
    pattern:
      '(?:haram|tidak ada|mafi) (?:makan|akel|akl)|(?:tidak ada|no|without) (?:air bersih|clean water|air minum|drinking water)|{neg} (?:di )?(?:kasih|beri|dapat|boleh|bisa|cukup) {gap1}(?:makan|minum)|makan {gap1}(?:cuma|hanya|sekali) |makan (?:sisa|nasi basi|basi)|(?:makan|food|rice|nasi)\\w* (?:[a-z]+ ){0,4}(?:sekali|once|1 kali|satu kali|one time) (?:sehari|a day|per day|daily)|only (?:rice|nasi|bread|roti) (?:one time|once)|(?:di )?lapar|kelaparan|starv\\w*|no food|not enough food|{neg} ada (?:makanan|makan)|tidur (?:di )?(?:lantai|dapur|gudang|luar|kamar mandi|teras|balkon|garasi|lorong|kandang|jalan|tempat jemuran)|sleep\\w* (?:on the floor|outside|in the kitchen|in a shack|in a tent|in a container)|tidur (?:di )?(?:gubuk|tenda|kontainer)|(?:with|there is) no (?:water|running water|toilet)|{neg} (?:ada |punya )?(?:kamar|tempat tidur|kasur)|(?:mess|tempat tinggal|kamar|asrama) (?:kotor|sempit|penuh|tidak layak)|tidak layak|makan(?:an)? {gap}(?:cuma|hanya|sisa) |(?:cuma|hanya) (?:nasi|mie|mi) |umpan ikan|(?:air|water) (?:laut|asin|salty|sea)|salty|distilled seawater|tidur (?:di )?(?:atap|kapal)|sleep on the boat|makanan (?:sudah |udah |dah )?(?:hampir |mau |mulai )(?:habis|menipis)|makanan (?:menipis|habis|sedikit|tinggal (?:[a-z]+ )?(?:sedikit|dikit))|(?:air|banyu) tawar (?:sudah )?(?:habis|tidak ada)|(?:banyu|air) (?:bersih |resik |minum )?(?:tidak ada|habis)|food (?:almost )?(?:finished|gone|running out)|no food|tidak di kasih makan|tidak di beri makan|tidak dapat makan|jarang (?:di )?kasih makan|belum makan|blm makan|tidak makan|haven t eaten|have not eaten|di usir|(?:put|thrown|kicked) out|di buang (?:di|ke) (?:pasar|jalan)|penuh sesak|overcrowded',
    indicators: ['abusive_conditions'],
    negatable: false,
  },
  {
    // Days without food or water is a danger to life now (TRIAGE.md P1), unlike poor or scarce food (above).
    id: 'starving',
    pattern:
      // Tagalog and Visayan "3 araw walang kain": days without food.
      '(?:\\d+|dalawa|tatlo|apat|duha|tulo) (?:araw|adlaw) (?:na )?(?:walang|wala|walay) (?:kain|pagkain|makaon)|(?:{days}) {gap}(?:kehabisan|kehabisan bahan|ran out of|run out of|out of) (?:bahan )?(?:makanan|makan|food|air|water)|(?:{days}) {gap}(?:tidak|belum|tanpa|without|no) (?:di )?(?:kasih |beri |dapat |boleh |ada |bagi |given )?(?:makan|minum|makanan|air|food|water|eat){fed}|mafi(?:sh)? (?:akl|akel|akil) (?:[a-z]+ )?(?:{days})|(?:tidak|belum|no) (?:di )?(?:kasih |beri |dapat |boleh |ada |bagi |given |gave |give |gives |giving |had |any )?(?:saya |kami |dia |mereka |jatah |any )?(?:makan|minum|makanan|air|eaten|food|water)(?: (?:dan|and|or|atau) (?:tidak |no )?(?:makan|minum|makanan|air|food|water))?{fed}(?: [a-z0-9]+){0,3} (?:selama |sejak |dari |for |since )?(?:{days}|hari (?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:makanan|makan|food) (?:dan|and) (?:air|minum|minuman|water) {gap1}(?:sudah )?(?:habis|entek|finished|ran out|run out|gone)|kelaparan (?:sudah |selama |sejak )?(?:{days})|(?:{days}) {gap}(?:cuma|cuman|cm|hanya|only|just) (?:minum |drink\\w* |di ?kasih |dikasih |di ?beri |dapat |dapet |given |get |got )?(?:air|water)|(?:di )?lapar {gap}(?:sudah |selama |sejak )?(?:{days})|(?:{days}) {gap}(?:di )?(?:lapar|kehausan)|di lapar(?: [a-z0-9|]+){0,6} {neg} (?:di )?(?:kasih|beri|bagi|dapat) (?:saya |kami |dia )?makan{fed}',
    emergency: 'starving',
    indicators: ['abusive_conditions'],
    negatable: false,
  },
  {
    // Being made to take drugs or alcohol ("dicekoki", "dipaksa pakai sabu biar kuat kerja") is violence done to
    // the body now (TRIAGE.md P1).
    id: 'forced_drugs',
    pattern:
      // Why the lookahead: "bos suruh kami jangan pakai narkoba" forbids drugs.
      '(?:di )?(?:paksa|suruh|cekok|force\\w*|made|make|makes) (?!(?:[a-z0-9]+ ){0,2}(?:jangan|tidak|berhenti|stop))(?:[a-z0-9]+ ){0,3}{drug}|(?:di )?(?:kasih|beri|cekok) (?:saya |kami |dia |mereka )?{drug}|(?:minum|makan|kopi|teh|drink|food)\\w* (?:saya |kami |dia |mereka )?di campur (?:dengan |pakai |sama )?(?:obat|sesuatu|{drug})|forc\\w* (?:pills|obat|{drug}) (?:on|into)|drugged (?:saya|kami|dia|mereka)|(?:was|were|been|got) drugged|spiked (?:saya |kami |dia |mereka )?(?:drinks?|minum|food)|(?:di )?(?:paksa|cekok|force\\w*) {gap1}(?:minum |telan |take |to take )?(?:obat|pil|pills|miras|alkohol|alcohol|tuak)|di cekok|di suntik (?:paksa|obat|cairan)|(?:injected|di suntik) {gap1}(?:with )?(?:something|sesuatu|obat|drugs?|cairan)|(?:suruh|paksa) {gap1}nyabu|(?:suruh|paksa|kasih) {gap1}(?:minum |telan )?(?:obat|pil|pills) (?:supaya|biar|agar|to|so) (?:kuat|tahan|tidak tidur|melek|kerja|stay awake|work)|(?:put|slipped|spiked|campur\\w*|masukkan|kasih) {gap1}(?:drugs?|obat|narkoba|sabu) (?:in|into|ke|di|dalam) (?:kami |saya |dia )?(?:drinks?|minuman|makanan|food)',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    // Crowded or unfit lodging and poor food, short of starvation: "satu bilik 10 orang", "hiji kamar 12 urang",
    // "tilam atas lantai", "tidur di kontainer gk ada pemanas", "makan roti sisa", "only give bread under door".
    id: 'poor_lodging_food',
    pattern:
      '(?:satu|1|sa|hiji|one|a|se) (?:bilik|kamar|room|kamer|rumah|house) (?:[a-z]+ )?(?:[6-9]|[1-9]\\d|belasan|puluhan) (?:orang|urang|wong|people|pekerja|workers)|(?:[8-9]|[1-9]\\d|belasan|puluhan) (?:orang|urang|people|workers) (?:in |dalam |di )?(?:satu|1|one|a|se|same) (?:bilik|kamar|room|house|rumah)|(?:tilam|kasur|mattress\\w*) (?:atas|di|on) (?:the )?(?:lantai|floor)|(?:tidur|sleep\\w*) (?:di |neng |nang |in |on )?(?:the )?(?:kontainer|container|pawon|dapur|gubuk|tenda|tent|kandang|karavan|caravan|hut)|(?:{neg}|tak ada) (?:ada )?(?:pemanas|heater|heating|penghangat)|(?:asrama|mess|kamar|bilik|barak|rumah kongsi|kontainer|container)\\w* (?:[a-z]+ )?(?:bocor|kotor|sempit|dingin|leaking|leaks|dirty|cold)|makan {gap1}(?:sisa|basi)|(?:only|cuma|hanya) (?:give|gives|gave|kasih|di kasih|di beri) (?:her |him |me |saya |dia )?(?:bread|roti|nasi)|(?:makan|makanan|food|bread|roti)\\w* {gap}(?:bawah|under) (?:the )?(?:pintu|door)|(?:makan|makanan|food)\\w* {gap}(?:sekali|once) (?:sehari|a day)',
    indicators: ['abusive_conditions'],
    negatable: false,
  },
  // ── danger at sea (P1) ────────────────────────────────────────────────────────────────────────────
  {
    // A vessel sinking, leaking, burning, aground or capsizing, or out of drinking water (TRIAGE.md P1). Why no
    // negation in the gap: "kapal kami tidak bocor" says the opposite.
    id: 'vessel_in_danger',
    pattern:
      '(?:water|air|banyu) (?:[a-z]+ ){0,2}(?:coming in|come in|comes in|came in|coming into|come into|comes into|getting into|masuk|mlebu) (?:ke |to |into |the )?(?:the )?(?:engine room|ruang mesin|kamar mesin|kapal|boat|ship|lambung|hull|dek|deck)|(?:pump|pompa)(?: air)? (?:kapal |of the (?:boat|ship) )?(?:is )?(?:broken|rusak|mati|not working|dead)(?= (?:[a-z]+ ){0,6}(?:kapal|boat|ship|laut|sea|engine|mesin))|{vessel}\\w* (?:(?!tidak |belum |bukan |no |not )[a-z0-9]+ ){0,4}(?:bocor|tenggelam|karam|terbakar|kebakaran|kandas|terbalik|mati mesin|aground|capsiz\\w*|on fire|leaking|leaks|sinking|sank|going down|taking (?:on )?water|breaking up|listing)|lambung (?:kapal )?bocor|{vessel}\\w* (?:(?!sandar |berlabuh |pelabuhan |port |docked |darat )[a-z0-9|]+ ){0,8}(?:air|banyu) (?:minum |bersih |tawar |resik )?(?:sudah |udah )?(?:habis|entek|tidak ada)|(?:air|banyu) (?:minum|bersih|tawar|resik) (?:di|dalam|neng) {vessel}\\w* (?:[a-z0-9]+ ){0,2}(?:habis|entek|tidak ada)|(?:tidak ada|no) (?:drinking |fresh |clean )?(?:air minum|air bersih|air tawar|water|air) (?:left )?(?:di|dalam|on|in) (?:the )?{vessel}',
    emergency: 'danger_words',
  },
  {
    // A small boat in trouble told by what is happening: engine dead, high waves, water coming in, drifting. Two
    // of these after a vessel word, since one alone (a broken engine in port) is no danger to life. Why a negation
    // only right before the first sign blocks it: "perahu kami tidak bisa gerak, mesin mati" is still distress.
    id: 'boat_in_distress',
    pattern:
      '{vessel}\\w*(?: [a-z0-9|]+){0,30}(?<! (?:tidak|belum|bukan|no|not|never|tak|ga|gak|tanpa|without)) (?:mesin (?:mati|rusak|mogok)|mogok|oleng|kemasukan air|(?:di )?masuk air|pompa (?:rusak|mati)|pump (?:broke\\w*|failed|not working)|mati mesin|engine (?:is )?(?:dead|died|failed|failure|broke\\w*|stopped|off|not working)|air\\w* (?:laut )?(?:sudah |udah )?masuk|bocor|water (?:is )?(?:coming|getting|pouring|leaking) in|ombak\\w* (?:tinggi|besar|ganas|kuat)|gelombang\\w* (?:tinggi|besar)|(?:high|big|huge|strong) waves|badai|storm|hanyut|terombang ambing|drift\\w*|adrift)(?: (?!(?:tidak|belum|bukan|no|not|never|tak|ga|gak) )[a-z0-9|]+){0,8} (?:mesin (?:mati|rusak|mogok)|mogok|oleng|kemasukan air|(?:di )?masuk air|pompa (?:rusak|mati)|pump (?:broke\\w*|failed|not working)|mati mesin|engine (?:is )?(?:dead|died|failed|failure|broke\\w*|stopped|off|not working)|air\\w* (?:laut )?(?:sudah |udah )?masuk|bocor|water (?:is )?(?:coming|getting|pouring|leaking) in|ombak\\w* (?:tinggi|besar|ganas|kuat)|gelombang\\w* (?:tinggi|besar)|(?:high|big|huge|strong) waves|badai|storm|hanyut|terombang ambing|drift\\w*|adrift|tenggelam|sinking)',
    emergency: 'danger_words',
  },
  {
    // Thrown into the sea, or threatened with it ("diceburkan", Malay "dicampak", Sundanese "dialungkeun").
    id: 'thrown_into_sea',
    pattern:
      '(?<!(?:sampah|ikan|jaring|umpan|limbah|bangkai|sisa|tali|jangkar|trash|garbage|nets?|fish)(?: [a-z]+)? )(?:di ?(?:lempar|buang|cebur|guwak|uncal)|(?:lempar|buang|cebur) {someone}(?: [a-z0-9]+){0,3}) (?:pisan |juga |sekalian |too )?(?:ke |neng |ka |into )?(?:laut|tengah laut|sea)',
    emergency: 'kill_threat',
    indicators: ['intimidation_threats'],
  },
  // ── excessive overtime ───────────────────────────────────────────────────────────────────────────
  {
    id: 'no_rest',
    pattern:
      'larang {gap1}(?:ambil )?(?:hari )?(?:libur|cuti|off)|{neg} (?:pernah |nate )?(?:ada |di kasih |dapat |boleh |di beri |beri |kasih |ngekei |ngasih |di izin |bagi |di bagi |oleh |entuk )?(?:saya |kami )?(?:hari )?(?:libur|istirahat|off|cuti|prei|fangjia|fang jia)(?! (?:tahunan|tahun|raya|pulang|balik))|{neg} (?:had |have |get |got )?(?:a )?(?:single )?days? off|no days? off|tidak oleh prei|tidak entuk (?:prei|istirahat|libur)|tidak ngekei prei|libur (?:cuma|hanya) (?:sebulan|sekali sebulan|satu kali sebulan)|tanpa (?:hari )?(?:libur|istirahat)|no (?:day|days) off|no rest|without rest|7 hari seminggu|seven days a week|(?:dari )?(?:subuh|pagi buta|jam \\d+ pagi) (?:sampai|hingga) (?:tengah )?malam|(?:kerja|work\\w*) (?:siang malam|day and night|non stop|nonstop)|tidur (?:cuma|hanya) [1-4] jam|lembur (?:terus|setiap hari|tiap hari|paksa|saben dina|saben dino)|di paksa lembur|forced overtime|overtime every day|7 days a week|bangun \\d+ ?(?:x|kali)|(?:ora|tidak) (?:oleh|entuk) prei|(?:until|till|sampai|sampe|smp|ngantos|nganti|tekan|dugi) (?:after |lewat )?(?:midnight|tengah (?:malam|malem|dalu|wengi|peuting))|lembur (?:sampai|sampe) (?:jam (?:1[12]|[1-3]) )?(?:malam|tengah malam)',
    indicators: ['excessive_overtime'],
    negatable: false,
  },
  {
    // Long days and weeks said in other ways: "70 hour week", "50 jam seminggu", "dari subuh sampai jam 1 malam",
    // "tambah Saptu Minggu", "hari minggu juga masuk", "lemburnya kebanyakan", "lembur 3 jam hampir tiap hari".
    id: 'long_hours',
    pattern:
      '(?:[5-9]\\d|1[0-4]\\d) (?:jam|hours?|hrs?) (?:a |per |in a |se)?(?:minggu|week|pekan)|(?:subuh|dini hari|fajar|isuk|esuk|pagi buta|dawn|jam [3-6] pagi) (?:sampai|sampe|smp|hingga|nganti|ngantos|tekan|dugi|until|till|to) (?:jam )?(?:1[0-2]|[1-3]) (?:malam|bengi|wengi|peuting|night|am)|(?:tambah|plus|termasuk|juga|and) (?:hari )?(?:sabtu|saptu) (?:dan |sama |jeung |and )?(?:minggu|ahad|sunday)|(?:hari )?(?:minggu|ahad|sunday) (?:juga |pun |also )?(?:masuk|kerja|work)|lembur\\w* (?:[a-z0-9]+ ){0,1}(?:kebanyakan|terlalu banyak|berlebihan|kelewatan|too much)|(?:too much|excessive) overtime|lembur (?:\\d+ jam )?(?:hampir )?(?:tiap|setiap|every) (?:hari|day)|(?:night|malam) shift (?:then|terus|lalu|and) (?:day|siang) shift|(?:6|7|six|seven|enam|tujuh) (?:hari|days) (?:a |per |se)?(?:minggu|week)',
    indicators: ['excessive_overtime'],
    negatable: false,
  },
  // ── deception ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'deceived',
    pattern:
      'kontrak {gap1}(?:di )?(?:ganti|ubah|tukar)|contracts? (?:was |were )?(?:changed|substituted|switched|replaced)|di (?:janji|iming|tipu|bohong)(?! (?:[a-z]+ )?(?:beli|belanja|olshop|online shop|jual beli|barang|pinjol))|janji(?:nya)? {gap1}(?:kerja|gaji|di)|katanya (?:kerja|jadi|gaji \\d+|di (?:pabrik|restoran|hotel|toko|kantor|kebun))|ternyata {gap}(?:di |bukan|scam|judi|tipu|kerja|jadi|disuruh|harus)|{neg} sesuai (?:janji|kontrak|perjanjian|yang di janji|iklan|lowongan)|beda (?:jauh )?(?:dengan|dari|sama) (?:janji|kontrak|yang di janji|iklan)|bohong|(?<!(?:paksa|suruh|kerja|di paksa|di suruh) )tipu(?! (?:orang|online|korban|customer|target|(?:[a-z]+ )?(?:beli|belanja|olshop|online shop|jual beli|barang|pinjol)))|lowongan palsu|lied|lie to|promised|tricked|deceived|fake job|(?:job|work) (?:was |is )?(?:different|not as promised)|bukan (?:kerja|pekerjaan) (?:yang|seperti|sebagai)|seharusnya (?:kerja|jadi|di)|jebule|jebulane|ternyata|ari pek|horeng|singhoreng|(?:kontrak|contract|job order|perjanjian)\\w* (?:[a-z]+ ){0,2}(?:cuma|cm|hanya|only|untuk|for) (?:[a-z]+ ){1,3}(?:tapi|but) (?:[a-z]+ ){0,3}(?:di ?suruh|di ?paksa|harus|made to|told to|forced to)|di janji\\w*|dijanjiin|tidak sesuai janji|changed (?:saya |kami )?contract|(?:umur|usia)\\w* (?:di )?(?:palsu|tua)|dituakan|dipalsu\\w*|lower salary than promised',
    indicators: ['deception'],
    signals: ['suspicious_recruitment'],
  },
  {
    // The job or programme was something else than said: "agency promise welder job, now i carry boxes", "so-called
    // customer service", "we were told internship", "bukan magang sesuai jurusannya", "gaji separuh je dari kontrak",
    // an age made older in the passport ("dituain").
    id: 'not_as_said',
    pattern:
      // "Contract say 450 dollar but they pay 300 only": the pay written differs from the pay given.
      '(?:kontrak|contract)\\w* (?:[a-z]+ ){0,2}\\d+ (?:[a-z]+ )?(?:\\| )?tapi (?:[a-z]+ ){0,2}(?:pay|paid|bayar|di bayar|kasih|give|gave|dapat)\\w* (?:[a-z]+ )?\\d+(?= )|promise\\w*|so called|(?:were|was) told (?:it was |it is |we would |we will )?(?:an? )?(?:internship|job|work|training|magang)|(?:they|mereka|agen\\w*|agency|calo|sponsor) (?:said|told|say|says) (?:it (?:was|is) )?(?:an? )?(?:hospitality |hotel |factory |office |restaurant )?(?:internship|magang|training|job)|bukan (?:magang|kerja|pekerjaan|training) (?:sesuai|seperti|yang)|malah (?:kerja|jadi|di jadikan|di pekerja)|(?:dapat|dapet|dpt|got|di tawar\\w*|offered) (?:a )?(?:job|kerja|lowongan|pekerjaan) (?:[a-z0-9|]+ ){0,6}(?:sekarang|now|ternyata|tapi) (?:[a-z0-9]+ ){0,2}(?:di suruh|di paksa|forced|made)|visa (?:turis|kunjungan|ziarah|umroh|umrah|tourist|visit|wisata) (?:[a-z0-9|]+ ){0,6}(?:di suruh|di paksa|malah|ternyata) (?:kerja|jadi)|(?:separuh|setengah|half|kurang|less) (?:[a-z]+ ){0,2}(?:dari|than|drpd|daripada) (?:yang )?(?:kontrak|contract|janji|promised|di janji|iklan)|(?:paspor|umur|usia|age)\\w* (?:[a-z]+ ){0,2}di tua|(?:tertulis|di tulis|written) (?:[a-z]+ )?\\d{2} (?:tahun )?(?:padahal|tapi|but)',
    indicators: ['deception'],
    signals: ['suspicious_recruitment'],
  },
  // ── abuse of vulnerability ───────────────────────────────────────────────────────────────────────
  {
    id: 'vulnerability',
    pattern:
      'di manfaat|manfaat (?:keadaan|kondisi|situasi)|tunarungu|tuna rungu|tunanetra|tuna netra|tunawicara|tuna wicara|disabilitas|difabel|penyandang cacat|deaf|blind|disabled|buta huruf|illiterate|(?:tidak|tak) bisa (?:baca|membaca) (?:tulis)?|takut (?:di )?(?:tangkap|lapor) (?:polisi|imigrasi)|take\\w* advantage|because (?:saya am|we are|she is|he is)? ?(?:illegal|undocumented)|{neg} bisa bahasa|(?:tanpa|tidak ada|tidak punya|no|without|tiada) (?:work )?(?:permit|papers)|nanti ketahuan imigrasi|takut (?:panggil|lapor|ke) (?:ambulans|polisi|polis|hospital|rumah sakit)',
    indicators: ['abuse_of_vulnerability'],
    negatable: false,
  },
];

/** Context cues: sector, case type, time and who writes. They raise no indicator by themselves. */
export const CONTEXT_CUES: readonly Cue[] = [
  {
    // An organ to be taken ("ada orang mau ambil ginjalnya", "they will take my kidney"): the "operation" against the
    // person's will that TRIAGE.md P1 names with a sale or a move.
    // Not one's own offer to sell ("temen bilang mau jual ginjal, legal gak?"): a bare "jual ginjal" after "mau" is
    // the speaker's plan; with whose kidney it is ("mau jual ginjal saya", "ginjalnya") it is a threat.
    id: 'organ_threatened',
    pattern:
      '(?:untuk|buat|to) (?:di )?(?:ambil|operasi|jual|take|remove|harvest)\\w* (?:[a-z]+ )?(?:ginjal|organ|kidney|liver)\\w*|(?:mau|akan|bakal|arep|nak|will|want to|wants to|going to|gonna|plan to|ancam\\w*|threat\\w*) (?:[a-z]+ ){0,2}(?:ambil|di ambil|jual(?! (?:ginjal|kidney) (?!saya|aku|dia|kami|adik|kakak|anak|suami|istri|my|his|her|their))|di jual|operasi|di operasi|potong|take|remove|sell|harvest|cut out)\\w* (?:[a-z]+ ){0,2}(?:ginjal|organ|kidney|liver|hati (?:saya|nya|dia))\\w*',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
    signals: ['organ'],
  },
  {
    id: 'organ',
    pattern:
      'ginjal\\w*|organ(?:s|nya)?|kidneys?|liver|hati (?:saya|nya) di ambil|jual (?:ginjal|organ)|transplant\\w*',
    signals: ['organ'],
  },
  {
    id: 'forced_sex_work',
    pattern:
      // "dikon dodolan awak neng panti pijat", "dijual ka lalaki-lalaki unggal peuting", "hrs syuting video dewasa besok".
      '(?:di suruh|di paksa|di peksa|forced to|made to) (?:dodolan|jual|adol|ngedol) (?:awak|badan|tubuh|diri)|(?:di suruh|di paksa|di peksa|di kon) (?:ngaladangan|ngaladenan|ngaladenin|ngeladenin|ngladeni|ngelayani|melayani|layani|ngelayanin) (?:lalaki|lelaki|laki laki|pria|wong lanang|men)(?= )|(?:sells?|sold|selling) (?:her|him|them|dia|saya|kami|mereka|us|me) to (?:the )?(?:customers|clients|men|guests)|(?:di suruh|di paksa|forced to|made to|harus) (?:service|servis|layani|ngelayanin) (?:tamu|pelanggan|customers?|clients?|guests?) (?:sampai|sampe|smp|until|till) (?:pagi|subuh|morning)|di jual (?:ka|ke|kepada) (?:lalaki|laki|lelaki|pria|men)\\w*(?: [a-z]+){0,2} (?:unggal|tiap|setiap|saban|every) (?:peuting|malam|wengi|bengi|night)|(?:harus|must|di suruh|di paksa|forced to|made to) (?:syuting|shoot|main|bikin|rekam|film)\\w* (?:video|film)\\w* (?:dewasa|porno|porn|bokep|adult|xxx|bugil|telanjang)|(?:suruh|paksa|disuruh|dipaksa|di suruh|di paksa|told|forced|made)(?: [a-z]+){0,5} (?:tidur|ml|berhubungan|sleep|have sex|having sex|had sex) (?:dengan|sama|sm|bareng|with) (?:tamu|pelanggan|customer|customers|laki|pria|guests?|men)|(?:make|made|makes|force|forced|forces|making|forcing) (?:her|me|us|them|saya|dia|kami) (?:to )?(?:go|sleep|have sex) with (?:men|guests|customers|clients)|(?:di|{who}) (?:paksa|suruh|jadi|jual) {gap1}(?:jadi )?(?:psk|pelacur|wts|lonte|(?:layan|ngladeni|ladeni) (?:tamu|laki|pria|lelaki|lalaki|lanang|orang lanang|wong lanang|pelanggan|customer|men)\\w*|(?:servis|layanan|service) plus|temani (?:tamu )?sampai (?:pagi|subuh)|temani tamu(?! (?:minum|karaoke|nyanyi|bernyanyi|ngobrol|makan|di meja|drink\\w*|sing\\w*|chat\\w*))|jual diri|tidur (?:dengan|sama|bareng) (?:tamu|pelanggan|customer)|ikut tamu (?:ke )?hotel|kerja seks|prostitu\\w*|lc|open bo)|(?:hantar|kirim|bawa|jual) {gap}untuk (?:layan|temani) (?:pelanggan|tamu|customer) (?:laki|lelaki|pria)|(?:forced|made) (?:into|to do|to work in) (?:prostitution|sex work)|forced to sleep with|forced (?:with|to serve|to see|to have sex with) (?:the )?(?:customers|clients|guests|men)|(?:forcing|forces|force|making|makes) (?:her|me|us|them|dia|saya|kami|mereka) to (?:see|serve|entertain|sleep with|go with|have sex with) (?:the )?(?:customers|clients|guests|men)|(?:must|have to|has to|forced to|made to|harus|wajib) (?:see|serve|go with|sleep with|entertain|layani|melayani) (?:\\d+ |many |banyak )?(?:men|customers|clients|lelaki|laki|pria)(?= )|(?:masuk|masuk ke) (?:bilik|kamar|room) (?:dengan|sama|bareng|with) (?:pelanggan|tamu|customer|client|lelaki|men)|(?:forced|made) to (?:provide|give|do|perform) (?:sexual services|sex|sex work)|(?:rupanya|ternyata|malah) (?:di |kena )?layan (?:lelaki|laki|pria|tamu (?:lelaki|laki|pria))|(?:harus|wajib|mesti|di suruh|di paksa|forced to|must|have to|has to) (?:keluar|ikut|pergi|go out|booking|leave) (?:dengan|sama|bareng|with) (?:tamu|pelanggan|customer|guest|klien|client)\\w*',
    emergency: 'sexual_violence',
    indicators: ['physical_sexual_violence'],
    signals: ['sex_work'],
  },
  {
    // "gk sampe disuruh yg aneh2", "gk disuruh tidur sama tamu", "not forced to sleep with customers": hostess work
    // said to stop short of sex, which writers file as forced labour (TRIAGE.md sexual_exploitation is forced sex).
    id: 'denies_sex',
    pattern:
      '(?:tidak|bukan|not|never) (?:sampai |pernah )?(?:di suruh |di paksa |asked to |forced to |made to )?(?:yang aneh|tidur (?:sama|dengan|bareng) tamu|sleep with (?:the )?(?:customers|guests|clients)|have sex)(?= )',
    signals: ['denies_sex'],
    negatable: false,
  },
  {
    id: 'sex_work',
    pattern:
      // "terapis plus", "disuruh layani laki-laki", "nolak tamu". Not a sauna or snack bar alone: writers file those as
      // forced labour unless sex is said.
      '(?:terapis|pijat|massage|therapist|layanan|layan|servis|service) plus|(?:layan|pelayan|pekerja|budak|kerja) seks(?<!(?:tidak|bukan|tanpa|not) (?:di paksa |di suruh |forced to )?(?:layan|pelayan|pekerja|budak|kerja) seks)|sex (?:worker|slave)|(?:ngladosi|ngladeni) (?:tiyang|wong) (?:jaler|lanang)|ngalayanan (?:lalaki|pameget)|(?:layani|melayani|ngelayanin|ngelayani|layanin|ladenin) (?:laki|lelaki|pria|tamu|om|men|customers?)\\w*|(?:nolak|menolak|tolak|refus\\w*) (?:tamu|customers?|clients?)(?= )|(?:di )?(?:paksa|suruh|jadi|jadikan|jual|kerja) {gap1}(?:psk|pelacur|wts|lonte|wanita penghibur|perempuan penghibur|gadis penghibur|layan tamu|layan laki|temani tamu|jual diri|tidur dengan tamu|kerja seks|prostitu\\w*|lc|pemandu lagu|open bo)|(?:di )?layan (?:tamu|laki|pria|pelanggan|nafsu)|temani (?:tamu|minum)|(?:paksa|di paksa|force\\w*) (?:[a-z]+ ){0,3}(?:servis|service|servise) (?:dengan |with |sama |ke )?(?:pelanggan|customers?|tamu|clients?|laki|lelaki|men)(?= )|prostitu\\w*|pelacuran|lokalisasi|mucikari|germo|sex work\\w*|forced to sleep with|open bo|dohan|douhan|bar ?fines?|chu ?tai|ikut tamu (?:ke )?hotel|(?:keluar|ikut|pergi|go out) (?:sama|sm|dengan|bareng|with) (?:tamu|customers?|clients?|guests?) (?:sampai |sampe |ke |to )(?:the )?hotel|(?:di ?suruh|di ?paksa|harus|forced to|made to) (?:terima|menerima) tamu|rumah bordil|bordil|brothel|karaoke|panti pijat|massage parlou?r|spa plus|(?:nemenin|menemani|temani|nemani|temenin|accompany|drink with) (?:the )?(?:tamu|laki|pria|customers?|guests?)|klub malam|night ?club|hostess|pemandu lagu|(?:dodolan|jual) (?:awak|badan|tubuh)|layanan plus|men come at night|sleep with (?:the )?customers|\\blc\\b|(?:vc|video call|video|live|siaran langsung|camera|kamera|cam)\\w* {gap1}(?:telanjang|bugil|naked|nude|buka baju|lepas baju|strip\\w*)|(?:telanjang|bugil|naked|nude|buka baju|lepas baju) {gap1}(?:di )?(?:depan )?(?:kamera|camera|vc|video call)|cybersex|cyber sex|sex cam|webcam',
    signals: ['sex_work'],
    timeless: true,
  },
  {
    id: 'marriage',
    pattern:
      // "married by broker": a bride arranged.
      'married (?:[a-z]+ ){0,4}(?:by|through|via|lewat) (?:a |an |the )?(?:broker|agent|agency|calo|matchmaker)|matchmak\\w*|agen (?:perjodohan|jodoh)|makcomblang|(?:menikah|nikah|kawin|married) (?:dengan|sama|with) (?:seorang )?(?:warga|orang|pria|laki|cowok|a )?(?:korea|korean|cina|china|chinese|taiwan|taiwanese|tiongkok)|pengantin pesanan|pengantin (?:cina|china|tiongkok|taiwan)|mail order bride|kawin kontrak|nikah kontrak|di (?:jodoh|nikah|kawin)|(?:paksa|suruh) (?:nikah|kawin|menikah)|(?:nikah|kawin|menikah) (?:dengan|sama) (?:orang |pria |laki |cowok )?(?:cina|china|tiongkok|taiwan|asing)|mak comblang|biro jodoh|dijodohkan|calon suami (?:orang )?(?:cina|china|tiongkok)|(?:suami|caroge|bojo|laki) (?:orang |urang |wong )?(?:cina|china|tiongkok)|(?:di )?(?:nikah|kawin) (?:ka|karo|ke) (?:orang |urang |wong )?(?:cina|china|tiongkok|taiwan)',
    signals: ['marriage'],
    timeless: true,
  },
  {
    id: 'scam',
    pattern:
      // "kami dipaksa menipu", "dikon ngapusi": made to cheat people; a "bos cina" is how compound workers name
      // their bosses (an employer is "majikan").
      '(?:di suruh|di paksa|paksa|kon|di kon|dikon|forced|made) (?:[a-z]+ )?(?:tipu|menipu|nipu|ngapusi|scam\\w*)(?= )|(?:bos|boss) (?:cina|china|tiongkok)(?= )|' +
      '(?:operator|admin|dealer|bandar) judi|(?:kerja|jadi|bekerja) (?:di )?(?:tempat |rumah |kantor )?judi|(?:money|uang) mules?|(?:made|forced|told) to open (?:a |an )?(?:bank )?accounts?|(?:suruh|di suruh|paksa|di paksa) (?:buka|bikin|membuat) (?:\\w+ )?rekening|rekening (?:bank )?(?:pake|pakai|atas|dengan) nama|sim (?:card )?farm|investasi palsu|fake (?:investment|profiles?)|scam\\w*|penipuan (?:online|daring)|penipu (?:online|daring)|fake trading|tipu (?:orang|online)|(?:ngapusi|nipu|menipu|tipu) (?:orang|wong|jalma|people) (?:lewat|via|pakai|di|online|from)|sez laos|(?:kakak|kk) (?:park|garden)(?= )|(?:special economic zone|kawasan ekonomi khusus) (?:golden triangle|segitiga emas|laos)|suruh (?:tipu|menipu|scam)|love scam|romance scam|judi (?:online|slot)|judol|online gambling|gambling|slot (?:online|gacor)|(?:kantor|perusahaan|company) game|game online|online game|casino|admin (?:it|online|game|web)|it admin|kasino|crypto|kripto|investasi bodong|trading palsu|pig butchering|fraud|akun palsu|fake account|(?:kerja|work) (?:di )?(?:depan )?(?:komputer|computer|laptop)|target (?:orang|customer|korban|chat)|(?:capai|kejar|penuhi|memenuhi|reach|meet|hit) (?:the )?targets?|di (?:jual|oper) {gap1}(?:ke |kepada )?(?:perusahaan|company|bos|boss) lain|cs judi|admin judi|customer service|chat (?:dengan|sama) (?:orang|customer|korban|target)|perusahaan (?:cina|china|tiongkok)|kk park|shwe kokko|myawaddy|golden triangle|segitiga emas|bokeo|kings romans|tonpheung|(?<!(?:villa|housing|residential|living in a|live in a|lives in a|tinggal di) )compound(?! (?:in|di) (?:riyadh|jeddah|dammam|khobar|doha|kuwait|dubai|abu dhabi|muscat|amman))|pogo|(?:di|ke|dari|dalam|kat) kompleks(?! (?:perumahan|apartemen|rumah|pertokoan|ruko|masjid|sekolah))|kompleks (?:perusahaan|kantor)|online (?:job|kerja)',
    signals: ['scam'],
    timeless: true,
  },
  {
    id: 'vessel',
    pattern:
      'kapal|abk|anak buah kapal|awak kapal|onboard|on board|aboard|nelayan|fishing|vessel|ship|boat|crew|longline|long line|bot (?:ikan|nelayan|pukat)|kapten|captain|di laut|tengah laut|laut lepas|at sea|perahu|buku pelaut|seaman|seamen|pelaut|tuna|cumi',
    signals: ['vessel'],
    timeless: true,
  },
  {
    // A ship that is not a fishing vessel, or a shipyard: its crew or workers are forced labour, not fishing
    // (TRIAGE.md 6 is fishing crew).
    id: 'not_fishing',
    pattern:
      'kapal (?:kargo|barang|tanker|kontainer|container|pesiar|penumpang|tunda|tongkang|curah|feri|ferry)|tanker|(?:deck|engine) cadet|chief cook|anchorage|lng carrier|lpg carrier|car carrier|bulker|(?:2nd|3rd|second|third|chief) (?:officer|mate|engineer)|(?:cargo|general cargo|container|bulk|tanker|cruise|merchant|car carrier) (?:ship|vessel|kapal)|bulk carrier|oiler|galangan|shipyard|dockyard|blok kapal|las kapal',
    signals: ['not_fishing'],
    timeless: true,
  },
  {
    // A term of the contract or a promise broken now, told before a question ("my contract say 6 month but farm
    // tell me finish next week, can i move?", "boss say ok but only after contract end, I want now"): a live
    // dispute, not a question about the rules (TRIAGE.md P3, not P4).
    id: 'dispute_now',
    pattern:
      '(?:contract|kontrak)\\w* (?:[a-z]+ )?(?:say|says|said|bilang|tulis|tertulis|bunyi|state\\w*) (?:[a-z0-9|]+ ){1,8}(?:but|tapi|padahal|however)|(?:boss|bos|majikan|agen\\w*|agency|employer|farm|company|perusahaan)\\w* (?:say|says|said|bilang|tell|told) (?:[a-z0-9|]+ ){0,6}(?:only after|harus tunggu|must wait|tunggu sampai|wait until)',
    signals: ['dispute_now'],
    timeless: true,
  },
  {
    // Advertising and spam ("PROMO!!! klik link di bio"): no report, whatever words it uses.
    id: 'spam',
    pattern:
      'earn (?:usd|rm|rp|up to)? ?\\d+|free (?:flight|visa|ticket|tiket)(?: [a-z]+){0,3} (?:free|gratis|wa|whatsapp)|promo|klik (?:link|disini|di sini)|link (?:di|in) bio|daftar (?:sekarang|segera)|dapatkan (?:penghasilan|bonus|hadiah|uang)|slot terbatas|giveaway|join now|click (?:here|the link)|follow (?:kami|us)|earn \\d+|limited slots?|join (?:our|the) (?:group|channel)|contact admin|(?:nomor|nomer|no) (?:anda|hp anda|kamu) (?:terpilih|menang|beruntung)|balas ya(?= )|di cari (?:tkw|tki|pmi|prt|art|pekerja|karyawan|tenaga kerja|pembantu|pengasuh|babysitter|caregiver)(?= )',
    signals: ['spam'],
    timeless: true,
  },
  {
    id: 'in_port',
    pattern:
      'sandar|berlabuh|di pelabuhan|(?:sampai|tiba|nyampe|nyampai) (?:ke |di )?pelabuhan|(?<!(?:ke|menuju|to) )pelabuhan|docked|berthed|moored|alongside|in port|(?:in|at) [a-z]+ (?:port|harbou?r)|anchorage|at port|at the port|merapat|turun (?:dari )?kapal|disembark\\w*|signed off|sign off|(?:sudah |udah |lagi |sekarang )?di darat|ashore|on (?:the )?land|seafarers? cent(?:re|er)|seamen s (?:club|cent(?:re|er))|mission to seafarers|stella maris',
    signals: ['in_port'],
    // "kapten gk mau sandar", "urung sandar": a vessel not docked is still at sea. So is one only going "ke
    // pelabuhan" ("kapten gk mau ke pelabuhan callao"): a port ahead, not reached.
    negatable: true,
    timeless: true,
  },
  {
    id: 'domestic',
    pattern:
      'prt|art|asisten rumah tangga|pekerja rumah tangga|rumah tangga|domestic (?:helper|worker)|maid|helper|fdh|fdw|(?:jaga|rawat|urus|asuh|ngrawat|ngurus|ngopeni) (?:nenek|kakek|oma|opa|ama|akong|ahma|mbah|simbah|lansia|orang tua|jompo|bayi|anak majikan|orang sakit)|caregiver|care giver|carer|nanny|babysitter|momong|sopir pribadi|tukang kebun|pekerja rumahan|kerja (?:di |kat |neng |nang |ning )?rumah (?:majikan|orang|org|datin|dato|datuk|tauke|madam|mem)|nyonya|tuan rumah|penata laksana|pelaksana rumah tangga|informal|tkw|perawat lansia|jaga (?:anak|ama|akong|kakek|nenek|oma|opa)|works? for a family|akong|ahkong|agong|ahma|amah|popo|gonggong|kerja dengan keluarga|rumah majikan|house of (?:the )?employer|au pair|aupair|host (?:mom|mum|dad|family|mother|father|parents)|fei yung|feiyung|work (?:in )?(?:a )?house|house ?maid|housework|khadama\\w*|shaghala|kasambahay|yaya|maam|ma am|pengasuh|pengasuh anak|baby sitter|(?<!di )(?:jaga|rawat|urus) sama(?= (?:di|dan|yang|umur|\\|) )',
    signals: ['domestic'],
    timeless: true,
  },
  {
    id: 'labour_sector',
    pattern:
      'salon|spa|(?:spa )?(?:therapist|terapis)|pusat urut|panti pijat|massage parlou?r|(?:penggembala|gembala|menggembala)\\w*|(?:camel|unta|kambing|domba) (?:farm|herder|peternakan)|petugas (?:keamanan|di aman|kebersihan)|security guard|(?:kerja|tapak|pekerja) binaan|atolye|bengkel|barista|kafe|cafe|pabrik|factory|kilang|kebun|perkebunan|sawit|ladang|plantation|konstruksi|construction|proyek|project|bangunan|building site|magang|intern\\w*|trainee|restoran|restaurant|rumah makan|hotel|peternakan|farm|tambang|mine|gudang (?:logistik|paket|barang|pabrik|perusahaan|distribusi)|(?:kerja|work\\w*) (?:di )?gudang|warehouse|pertanian|agriculture|las|welder|buruh|pekerja pabrik|operator|tapak (?:binaan|pembinaan|projek)|projek|kaigo|shisetsu|care home|nursing home|panti jompo|packhouse|pack house|packing house|logging|camp kayu|penebangan|sawmill|serre|greenhouse|rumah kaca|galangan|shipyard|dockyard|kapal kargo|cargo ship|oiler|pabrik\\w*|gongchang|kojo|koujou',
    signals: ['labour_sector'],
    timeless: true,
  },
  {
    id: 'work',
    pattern:
      // Why not "atas kerja sama", "kerja sama dengan": cooperation, no one's work ("terima kasih atas kerja sama
      // dalam pemulangan jenazah kakak kami" thanks the desk; it tells no workplace).
      '(?<!(?:atas|atas segala|bentuk|jalin|menjalin|perjanjian|nota) )kerja(?! sama (?:dalam|dengan|yang|antara|antar|tim|baik|semua|nya|\\|))|work\\w*|job|majikan|bos\\w*|mandor|foreman|perusahaan|dorm\\w*|asrama|cleans? for|bersih\\w* rumah|company|gaji|pmi|tkw|tki|abk|buruh|pekerja|prt|magang|(?:jadi|sebagai|dadi) (?:bantu|prt|pelayan|kuli)|jaga (?:toko|warung|kios|kedai|stall|shop)|mengemis|ngemis|to beg|begging',
    signals: ['work'],
    timeless: true,
  },
  {
    id: 'agency',
    pattern:
      'agen|agency|agensi|agent|pt|p3mi|pjtki|sponsor|calo|perekrut|tekong|pengurus|recruiter|penyalur|lpk|broker|kantor agen',
    signals: ['agency'],
    timeless: true,
  },
  {
    id: 'labour_issue',
    pattern:
      'kontrak|contract|lembur|overtime|phk|di pecat|pecat|fired|cuti|asuransi|bpjs|pesangon|kompensasi|upah minimum|jam kerja|working hours|tidak sesuai kontrak|perpanjang|finish kontrak|habis kontrak|selesai kontrak|majikan galak|ganti majikan|pindah majikan|transfer majikan',
    signals: ['labour_issue'],
    timeless: true,
  },
  {
    // "adik sy yg sy laporin hilang udh ketemu, dia aman", "we finally heard from her, she is fine": someone reported
    // missing found, and well. Their silence is explained, so it is no longer a missing person (TRIAGE.md).
    id: 'found_safe',
    pattern:
      '(?:sudah|udah|dah|akhirnya|alhamdulillah|wis|tos|sampun) (?:bisa )?(?:di ?temukan|ketemu|kepanggih|kapendak|ada kabar|ngabarin|ngabari|ngabarkeun|bisa di ?hubungi|di ?hubungi|nelpon|telepon|telpon)(?: [a-z0-9|]+){0,8} (?:aman|selamat|sehat|baik saja|baik|safe|fine|ok|okay|sae|slamet)(?= )|(?:found|heard from|reached|got hold of) (?:her|him|them|my [a-z]+)(?: [a-z|]+){0,6} (?:safe|fine|ok|okay|alive and well|well)(?= )',
    signals: ['found_safe'],
    negatable: true,
  },
  {
    id: 'contact_lost',
    pattern:
      '(?:number|phone|nomor|nomer|hp)\\w* (?:is |was |has been |sudah |udah )?(?:dead|off|switched off|not active|tidak aktif)(?= )|(?:tidak|belum) (?:answered|replied|responded|picked up)(?= )|(?:tidak|teu|ora) (?:di ?)?(?:waler|bales|balas|jawab)\\w* (?:deui|lagi|maneh)(?= )|(?:terus|langsung|lepas tu|lepas itu|then|after that|habis itu|trus|trs) (?:terus |langsung )?(?:offline|tidak aktif|tak aktif|hilang|gone|disappeared|unreachable)(?= )|no (?:reply|answer|response)|(?:tidak|belum) (?:ada )?(?:balas|reply|jawab)(?:an)? (?:sudah |for |selama )|(?:hilang|putus|lost) (?:kontak|contact|komunikasi|kabar)|(?:kontak|contact) (?:sudah |is |was |has been )?(?:hilang|putus|lost)(?= )|{neg} (?:bisa |pernah |ada )?(?:di )?(?:hubung|telepon|kontak)|{neg} (?:ada |pernah |dapat |kasih |ngasih )?kabar|(?:nomor|hp|wa|whatsapp)(?:nya| na)? {gap1}{neg} (?:aktif|aktip|bisa|nyambung)|(?:hp|nomor|wa)(?: nya)? mati|jarang (?:aktif|kabar|ada kabar|bisa di hubung|balas|telepon)|no (?:news|contact)|(?:cannot|can t|could not|tidak bisa) (?:reach|contact)|menghilang|di cari(?! (?:pengganti|kerja|majikan|agen|uang|duit|replacement))|{person} {gap1}hilang|unreachable|hilang (?:tanpa kabar|begitu saja|entah)|missing|lost touch|tidak (?:pernah )?(?:telepon|balas|membalas)|{neg} (?:ada )?respon|centang (?:satu|1)|(?:nomor|nomer|hp|wa)\\w* {gap1}(?:tidak|sudah tidak|gak) aktif|(?:tidak|ora|teu|tak) (?:pernah |tau )?(?:ada|ana|ono|aya|wonten) (?:kabar|kabare|beja|béja|wartos|warta)|teu aya (?:beja|béja)|(?:tidak|tak) ada (?:berita|khabar|news)(?: sama sekali)?|tidak (?:ngabari|ngabarin)|(?:tidak|tak|teu) (?:dapat|tiasa|bisa) (?:di )?hubung\\w*|tidak bisa di telepon|(?:stopped|stop) (?:writing|answering|replying|calling)|(?:not|never) (?:been able to )?(?:reach|heard)|have tidak heard|have not heard|(?:kami|saya|we|i) (?:have )?(?:tidak|not) heard from|komunikasi terakhir|terakhir (?:kali )?(?:kontak|komunikasi|telepon|kabar|ada kabar|hubung\\w*|ketemu)|last (?:contact|heard|message|call)|(?:cari|nyari|looking for|searching for|search for) (?:saudara|keluarga|adik|kakak|anak|ibu|ayah|suami|istri|sister|brother|mother|father|daughter|son|wife|husband|relative)|(?:cannot|can t|could not|tidak bisa) talk to (?:him|her|dia)|(?:hp|phone|number|nomor|nomer|nomere)\\w* (?:[a-z]+ ){0,2}(?:has been |have been |is |was |sudah )?(?:off|switched off|turned off)(?= (?:\\||$|since|sejak|for|selama|sudah|and|dan|tapi|but|already))|(?:blocked|block|ngeblok|blokir|di blok|di blokir) (?:kami|saya|us|me|nomor\\w*)(?= )|inactive',
    signals: ['contact_lost'],
    timeless: true,
    negatable: false,
  },
  {
    id: 'suspicious_recruitment',
    pattern:
      'visa (?:turis|kunjungan|wisata|ziarah|umroh|umrah|holiday|tourist|visit|pelancong|melancong|jalan jalan)|(?:tourist|visit) visa|lewat (?:calo|sponsor|teman|kenalan|facebook|fb|tiktok|ig|instagram|wa|whatsapp|telegram|medsos|online)|(?:lowongan|tawaran|info kerja|iklan) {gap1}(?:dari |di |lewat )?(?:fb|facebook|tiktok|medsos|ig|instagram|telegram|wa|whatsapp|teman|online)|{neg} (?:lewat|melalui|pakai) (?:pt|p3mi|agen resmi|bp2mi|jalur resmi|resmi)|non prosedural|unprocedural|tidak resmi|ilegal|illegal|gaji (?:besar|tinggi|gede|tinggi sekali|menggiurkan)|gaji \\d+ (?:juta|jt)|high salary|berangkat (?:lewat|dari|via) (?:batam|nunukan|entikong|tanjung pinang|dumai|tanjung balai|jalur tikus)|jalur (?:tikus|belakang)|(?:calo|sponsor|tekong)\\w* (?:[a-z]+ ){0,2}(?:tanpa|tidak pakai|tidak nganggo|tidak ada|without|no) (?:dokumen|surat|papers|visa kerja|work visa|izin)|(?:tanpa|tidak pakai|tidak nganggo|without|no) (?:a )?(?:visa kerja|work (?:visa|permit)|dokumen resmi|papers from)|di bawa calo|(?:through|via|melalui) (?:a |an )?(?:calo|sponsor|broker|tekong) (?:in|di|dari|from) (?:kami |saya |the |our |my )?(?:village|kampung|desa)|(?:job|kerja|lowongan|offer\\w*|ditawari|ditawarin|nawarin) (?:[a-z]+ ){0,4}(?:on|di|lewat|via) (?:fb|facebook|tiktok|ig|instagram|telegram|medsos)(?= )',
    signals: ['suspicious_recruitment'],
    timeless: true,
  },
  {
    id: 'welfare',
    pattern:
      '(?:mau|ingin) pulang(?!(?: [a-z]+){0,6} (?:karena|krn|soalnya|because|sebab) (?:kontrak|contract|cuti|libur|lebaran|sudah selesai))(?!(?: [a-z|]+){0,4} (?:majikan|bos|boss|employer) (?:sudah |wis |udah )?(?:ngijini|izinkan|mengizinkan|di izin|setuju|allow\\w*|kasih izin))|kangen|rindu|homesick|tidak betah|stres\\w*|stress\\w*|depresi|depress\\w*|sedih|sad|lonely|kesepian|putus asa|capek|lelah|cemas|takut|paspor {gap1}(?:habis|mati|expired|hilang)|ilegal|want to go home|bantuan pulang|pemulangan|deportasi|di deportasi|tahanan imigrasi|depot imigrasi|rumah detensi|detention|di tangkap (?:polisi|imigrasi)|(?:di )?tahan (?:oleh )?(?:polisi|polis|imigrasi|imigresen)|kantor polisi|depot imigresen|detained|arrested|terdampar|stranded|di tinggal|ditinggal|(?:no|tidak ada|gak ada) (?:money|uang|ongkos)|takut|scared|afraid|hopeless|putus asa|gelap|tidak tahu (?:lagi )?harus (?:bagaimana|gimana)|(?:tidak|gak) kuat lagi|tidak tahan|ora tahan|aneh|check on (?:her|him|them|dia|mereka)|cek keadaan|tengok keadaan|di dagang\\w*|perdagangan orang|trafficked|korban (?:tppo|perdagangan)',
    signals: ['welfare'],
    timeless: true,
  },
  {
    // Despair in words weaker than hopelessness (no hope, no way out, giving up, a burden, no one cares, all alone,
    // a goodbye, sorry for everything), in Indonesian, Javanese, Sundanese, Malay and English, from dictionaries and
    // common speech: never P1 and never part of a farewell, only a reason to ask the direct question crisis lines
    // ask ("Apakah Anda berpikir untuk menyakiti diri sendiri?"), which costs one question (concerns in triage.ts).
    id: 'despair',
    pattern:
      'depresi|depressed|depression|(?:stres|stress) (?:berat|banget|bgt|parah)|(?:nangis|menangis|cry|crying|nangis terus) (?:terus|setiap hari|tiap hari|tiap malam|setiap malam|every day|every night|all the time|saben bengi|unggal peuting)(?= )|(?:capek|cape|lelah|penat|kesel|tired|exhausted)(?<=(?:^|\\|) (?:saya|aku|abdi|kula) (?:sudah |udah |wis |tos )?(?:capek|cape|lelah|penat|kesel|tired|exhausted))(?= (?:\\||$))|(?:tidak|tak|tiada|no|ora|teu|euweuh) (?:ada )?(?:harapan|harepan|pangharepan|hope)(?! (?:dapat|bisa) (?:gaji|kerja))|(?:hilang|putus|kehilangan|lost) (?:semua )?harapan|lost (?:all )?hope|(?:tidak|tak|no|ora) (?:ada )?(?:jalan keluar|way out|dalan metu)|jalan buntu|(?:mau |ingin |pengen |sudah |udah )?(?:menyerah|nyerah|give up|giving up|pasrah) (?:saja|aja|wae|dengan hidup|on everything|on myself)|(?:tidak|tak|no|nobody|no one|ora) (?:ada )?(?:yang |sing |nu |one )?(?:peduli|care|cares|perduli|mikirin|ngurus)(?= (?:\\||$|saya|aku|sama|about|lagi))|(?:saya|aku|i am|i m) (?:cuma|hanya|just|only) (?:jadi |a )?(?:beban|burden)|(?:tidak|tak) berguna|useless|worthless|kesepian|so alone|all alone|hampa|empty inside|(?:semua|everything|dunia) (?:terasa |rasanya |is |feels )?gelap|(?:can t|cannot|cant) go on|(?:pengen|mau|ingin|want to) (?:pergi jauh|menghilang|ngilang|disappear)|(?:maafkan|maafin|maaf|sorry|hampura|ngapunten) (?:saya |aku |abdi )?(?:untuk |atas |for )?(?:semua|semuanya|segalanya|everything|sadayana|kabeh)(?= )|selamat tinggal|goodbye(?! (?:party|acara))|(?:ora|teu|tak|tidak) (?:kuwat|kuat|kiat|larat|sanggup) (?:maneh|deui|lagi|dah)(?= )',
    signals: ['despair'],
  },
  {
    // Hopelessness short of a stated wish to die: not P1, but reason to ask directly (see concerns in triage.ts).
    id: 'distress',
    pattern:
      '(?:takut|afraid|scared|sieun|wedi) (?:sama |dengan |of |ka |karo |ku )?(?:diri (?:saya |aku |abdi |kula )?sendiri|myself|my self)(?= )|(?:so |very |really )?(?:tired|sick) of (?:this |saya |my )?(?:life|living)(?= )|(?:saya|aku|abdi|kula) (?:tidak|tak) (?:sanggup|kuat|tahan|kiat) (?:lagi|maneh|deui)(?= (?:\\||$))|(?:sudah|udah|wis) (?:tidak|gak) (?:mau|ingin) lanjut(?= (?:\\||$))|(?:tidak|tiada) (?:ada )?guna(?:nya)? (?:lagi )?(?:saya )?hidup|(?:tidak bisa|tak boleh) (?:do this |do it |take it |go on )?anymore(?= )|(?:hidup|urip|life)\\w* (?:[a-z]+ )?(?:tidak|takde|no) (?:ada )?(?:makna|arti|artinya|guna|gunane|gunanya|meaning)|nyerah (?:sama|dengan|karo) hidup|give up on life|(?:mau|ingin|pengen|pengin|hayang|want) (?:it to )?(?:selesai|rampung|end)(?= (?:\\||$|saja))|putus asa|hopeless|desperate|(?:sudah|udah|wis|geus) (?:tidak|gak|teu|ora) kiat|(?:can t|cannot|cant|can not) (?:do this |do it |take it )?anymore|(?:capek|cape|lelah|penat|tired|ta ban)\\w* (?:banget |sekali |bgt )?(?:sama|sm|dengan|of) (?:semua|semuanya|everything|hidup)|(?:under )?(?:heavy|severe|great|a lot of) stress|(?:sudah|udah|wis|dah) (?:tidak|gak) (?:kuat|tahan|sanggup|larat)(?! (?:angkat|bawa|jalan|berdiri|pegang|mikul|lift|carry|panas|dingin|makan|pedas))|(?:sudah |udah )?(?:tidak|gak) ada (?:artinya|gunanya)(?: lagi)?(?= (?:\\| |$|lagi ))|nyawa (?:saya |aku |kami )?(?:tidak|tiada) (?:ada )?(?:harga|arti|nilai)\\w*|(?:hidup|nyawa|diri) (?:saya |aku )?(?:tidak|tiada) (?:ber)?(?:harga|guna)\\w*|(?:saya|aku) (?:cuma|hanya|jadi|cuma jadi|hanya jadi) beban|(?:saya|aku) (?:tidak|tiada) (?:ber)?guna(?: lagi)?(?= (?:\\| |$|lagi |di ))|worthless|(?:saya am|saya m|i am|i m) (?:just )?a burden|tidak ada harapan(?: lagi)?|no hope|(?:tidak|belum) (?:kuat|sanggup|tahan|larat|mampu)(?: lagi)?(?: saya| aku)?(?: sudah)?(?= (?:\\| |$))|(?:tidak|belum) (?:kuat|sanggup|tahan|larat) lagi|tidak bisa (?:take it|go on|cope)|cannot (?:take it|go on|cope)|(?:mau|pengen|ingin|rasanya mau) menyerah|give up|stres berat|depresi|depressed|(?:nangis|menangis) (?:terus|tiap hari|setiap hari|tiap malam)|crying (?:all the time|every day|every night)|tidak ada jalan keluar|no way out|tidak (?:tahu|tau) (?:lagi )?harus (?:bagaimana|gimana|apa|berbuat apa) lagi|hidup (?:saya |aku )?(?:hancur|berantakan)|(?:rasanya|mau) gila|(?:tidak mau|don t want|do not want) to (?:do this|do it|go on|live|be here|continue)(?: anymore| any more| lagi)|(?:will|would|it ll|it will) be (?:easier|better) for (?:everyone|everybody|all of (?:you|them)|my (?:family|kids|children))|(?:mending|mendingan|lebih baik|better) (?:saya |aku |i )?(?:minum|telan|tenggak|drink|swallow)(?: [a-z]+){0,2} (?:biar|supaya|agar|so (?:it|everything)) (?:selesai|mati|tenang|beres|ends?|is over)',
    signals: ['distress'],
  },
  {
    // A household poison or lethal means the writer has bought, kept or holds ("sy udh beli baygon", "ada racun
    // tikus di tas saya"), with no pest or chore it is for. Alone it is a reason to ask; with hopelessness it is a
    // plan with its means (TRIAGE.md P1: any stated wish, plan or means), decided in triage.ts.
    id: 'means_at_hand',
    pattern:
      // At an edge or a height now ("sy di pinggir pelabuhan skrg", "ngadeg neng pinggir jembatan", "standing on the roof rn"), walking into the sea, a photo sent from a rooftop, pills set aside, a blade held since a while.
      '(?:cutter|pisau|silet|knife|razor|blade)\\w* (?:sudah |udah |already )?(?:di|in) (?:saku|kantong|tas|my pocket|pocket|bag)\\w*|(?:dia|saya) (?:has|have|got|punya) (?:a )?(?:razor|blade|knife|rope|silet|pisau|tali)(?= )|(?:pills?|obat|pil)\\w* (?:in|di) (?:dia|saya|tangan)\\w*(?: hand)?(?= )|(?:liatin|ngeliatin|ngelihatin|memandangi|mandangin|staring at|stare at) (?:[a-z]+ )?(?:jembatan|laut|sungai|bridge|river|sea|rel|the water|air)|(?:balkon|balcony|roof|atap|jembatan|bridge)(?: [a-z0-9|]+){0,8} (?:i keep standing|keep standing|i stand|berdiri) (?:there|disana|di sana|situ)|(?:sudah|udah) (?:saya |aku )?(?:di atas|diatas) (?:atap|genteng|gedung)(?= )|(?:pisau|piso|knife|silet|cutter|tali|rope|racun|{poison}|areng|arang|charcoal)\\w* (?:[a-z|]+ ){0,3}(?:sudah |udah |wis |dah |geus )?(?:saya |aku |tak )?(?:(?:di ?)?pegang|dicekel|di cekel|cekel|simpan|simpen|siapkan|siapin|siapke|nyiapke|sediakan|sembunyikan)(?= )|(?:pisau|piso|knife|silet|cutter|razor|blade)\\w* (?:[a-z]+ ){0,2}(?:sudah |wis |udah )?(?:di|nang|neng|ing|in) (?:tangan|tanganku|my hand)\\w*|(?:sudah|udah|wis|dah|tadi|baru) (?:saya |aku )?(?:beli|tuku|nuku|ngagaleuh|meuli|siapkan|siapin|nyiapke|menyiapkan|bought) (?:[a-z]+ ){0,2}(?:{poison}|{lethal}|tali|rope|areng|arang|charcoal)|simpan (?:obat|pil)\\w* (?:[a-z]+ ){0,2}banyak|(?:obat|pil)\\w* (?:[a-z]+ ){0,2}banyak (?:di ?)?(?:simpan|kumpul)\\w*|(?:sudah|udah|wis|sampun|lagi|sekarang|now) (?:saya |aku |i m |im )?(?:wonten |ada |naik )?(?:di|neng|nang|ing|on|at|ke) (?:the )?(?:lantai paling atas|lantai teratas|top floor|rooftop|roof|atap|payon|genteng|jembatan|bridge)(?= )|atap(?: [a-z|]+){0,8} (?:sudah |udah )?(?:naik|manjat|climb\\w*) (?:ke ?sana|ke atas|up there)|(?:duduk|berdiri|ngadeg|standing|sitting)\\w* (?:[a-z]+ ){0,2}(?:di |on )?(?:pinggir|tepi|ujung|edge of) (?:the )?(?:kapal|deck|geladak|ship|boat)|(?:berdiri|ngadeg|nangtung|duduk|standing|sitting|stood|sat)\\w* (?:[a-z]+ ){0,2}(?:di|neng|nang|on|at|dina|ing|kat) (?:the )?(?:(?:atas |luhur |top of |the top of )?(?:atap|rooftop|roof|jembatan|bridge|balkon|balcony|ledge|railing|gedong|gedung|tower|jurang|tebing|cliff)|(?:pinggir|tepi|sisi|ujung|edge of) (?:the )?(?:atap|rooftop|roof|jembatan|bridge|balkon|balcony|ledge|railing|gedong|gedung|tower|jurang|tebing|cliff|dermaga|pier|jetty|pelabuhan|harbou?r|port|laut|segara|sea|pantai|beach|sungai|kali|river|rel|railway|tracks))(?= )|(?:pinggir|tepi|sisi|ujung|bibir|edge of) (?:the )?(?:atap|rooftop|roof|jembatan|bridge|balkon|balcony|ledge|railing|gedong|gedung|tower|jurang|tebing|cliff|dermaga|pier|jetty|pelabuhan|harbou?r|port|laut|segara|sea|pantai|beach|sungai|kali|river|rel|railway|tracks)(?: [a-z]+){0,2} (?:sekarang|skrg|now|rn|saiki|ayeuna|right now|dari tadi)(?= )|(?:sekarang|skrg|now|rn|saiki|ayeuna|right now) (?:[a-z]+ ){0,2}(?:di|neng|nang|on|at|dina) (?:pinggir|tepi|sisi|ujung|edge of|atas|luhur) (?:the )?(?:atap|rooftop|roof|jembatan|bridge|balkon|balcony|ledge|railing|gedong|gedung|tower|jurang|tebing|cliff|dermaga|pier|jetty|pelabuhan|harbou?r|port|laut|segara|sea|pantai|beach|sungai|kali|river|rel|railway|tracks)(?= )|(?:jalan|leumpang|mlaku|walk\\w*) (?:[a-z]+ )?(?:ka|ke|to|into) (?:tengah|the middle|the deep|laut|sea|segara)(?= )|(?:foto|photo|gambar|picture)\\w* (?:[a-z]+ )?(?:dari|ti|from|di|on) (?:atas|luhur|top of|the top of) (?:the )?(?:gedung|gedong|atap|roof|building|jembatan|bridge|tower)|(?:pisahin|pisahkan|sisihkan|sembunyikan|kumpulin|kumpulkan|kumpulke|stash\\w*|hid|hiding|set aside|putting aside) (?:[a-z]+ ){0,3}(?:obat|pil|pills|tablets)|(?:obat|pil|pills|tablets)\\w* (?:[a-z|]+ ){0,8}(?:pisahin|pisahkan|sisihkan|sembunyikan|kumpulin|kumpulkan|set aside)|(?:pegang|genggam|holding|hold|nyekel|nyepeng)\\w* (?:[a-z]+ )?(?:pisau|knife|silet|cutter|razor)(?: [a-z]+){0,2} (?:dari tadi|sejak tadi|dari td|for an hour|sekarang|now|rn)(?= )|(?:sekarang|now|lagi|sedang|dari tadi|sejak tadi|sejam|for an hour|right now) (?:[a-z]+ ){0,3}(?:di|on|at|ing|neng|nang|kat) (?:atas )?(?:atap|rooftop|roof|balkon|balcony|jembatan|bridge|tepi laut|pinggir laut|tepi sungai|pinggir sungai|pinggir jembatan|tepi jembatan|pinggir dermaga|tepi dermaga|ujung dermaga|dermaga|pier|jetty|ledge|edge|rel kereta|railway|tracks)(?= )|(?:di|on|at|neng|nang|kat) (?:atas )?(?:atap|rooftop|roof|balkon|balcony|jembatan|bridge|tepi laut|pinggir laut|tepi sungai|pinggir sungai|pinggir jembatan|tepi jembatan|pinggir dermaga|tepi dermaga|ujung dermaga|dermaga|pier|jetty|ledge|edge|rel kereta|railway|tracks) (?:[a-z]+ ){0,3}(?:sekarang|now|lagi|sedang|dari tadi|sejak tadi|sejam|for an hour|right now)(?= )|(?:jalan|walk\\w*|masuk|mlaku) (?:[a-z]+ )?(?:ke |into |nang |ka )?(?:laut|sea|segara|sungai|river|kali)(?= (?:\\||$|sekarang|now|pelan))|(?:pisau|pisaune|knife|silet|tali|rope)\\w* (?:sudah |udah |wis )?(?:di|neng|in) (?:tangan|tanganku|my hand)|(?:siapkan|siapin|sediakan|siapke|nyiapkeun) tali\\w*(?! (?:jemuran|sepatu|rafia|kapal|tambang|pancing|koper|barang|kardus|paket|tas|tenda|(?:buat|untuk|for) (?:ikat|jemur|mengikat|tie|tying)))|(?:foto|photo|gambar|picture|pic) (?:[a-z]+ ){0,2}(?:{poison}|{lethal}|tali|rope)|(?<!(?:suruh|perintah|minta|told|asked|ask)(?: [a-z]+){0,2} )(?:beli|tuku|nuku|meuli|simpan|sembunyi\\w*|pegang|genggam|siapkan|sediakan|ambil|bought|buy|hid|hide|holding|hold|kept|stash\\w*|got) (?:[a-z0-9]+ ){0,2}(?:{poison}|{lethal}|the pills|pills|tablets)(?!(?: [a-z]+){0,3} (?:buat|untuk|for|to kill|biar|kanggo|karena|because) (?:tikus|nyamuk|kecoa|semut|hama|rumput|kebun|sawah|dapur|gudang|lantai|kamar mandi|toilet|baju|cucian|nyuci|bersih\\w*|rats?|mice|mouse|insects?|cockroach\\w*|weeds?|ants?|pests?|mosquito\\w*|the (?:rats|mice|kitchen|garden|floor|toilet)|susah tidur|sulit tidur|insomnia|dokter|doctor|resep))|(?:ada|punya) (?:{poison}|{lethal}) (?:di|dalam) (?:tas|lemari|kamar|tangan|laci|bawah|saku|kantong|beg)|(?:simpan|simpen|sembunyi\\w*|hid|hide|hides|hidden|keeps?|kept) (?:[a-z]+ )?(?:tali|rope) (?:di |under |dalam |in )(?:bawah |under )?(?:kasur|bantal|mattress|pillow|lemari|tas|beg|bed)|(?:tali|rope)\\w* (?:[a-z]+ ){0,4}(?:iket|ikat|pasang|gantung|tied|hung)\\w* (?:di |ke |neng |on |to |in )(?:the )?(?:kamar mandi|plafon|kipas|atap|pintu|jendela|pohon|tiang|balok|ceiling|fan|beam|door|kusen|bathroom)|(?:stand|standing|berdiri|duduk|sitting|sit) (?:[a-z]+ ){0,3}(?:corridor|koridor|balkon|balcony|ledge|roof|rooftop|atap|railing|pagar|jendela|window|pinggir|edge)(?: [a-z0-9]+){0,3} (?:floor|lantai|tingkat)(?= )',
    signals: ['means_at_hand'],
  },
  {
    // Words of leave-taking ("pamit ya mak", "maafin semua salahku", "titip anak2"): alone a reason to ask; with
    // hopelessness a farewell, the warning sign crisis lines name (decided in triage.ts). Not leaving for home,
    // work or sleep.
    id: 'farewell',
    pattern:
      // "sy hanya ingin ada yang tahu alasan saya": wanting the reason known, as a note left behind is.
      '(?:mau|ingin|want|wanted|pengen|hayang|pengin) (?:ada )?(?:yang |yg |orang |someone |somebody |people |everyone )?(?:tahu|tau|to know|know|ngerti|terang) (?:alasan|kenapa|why)(?= )|(?:maaf|maafkan|maafin|hampura|sorry)\\w* (?:saya|aku|me) (?:ya |yah )?(?:[a-z]+ )?(?:\\| )?(?:saya|aku|i) (?:pergi|pamit|go|leave|berangkat) (?:dulu|duluan|first|now)(?= )|pamit(?:an)?(?! (?:dulu |ya |yah |sebentar |mau |untuk |buat )?(?:pulang|kerja|tidur|off|offline|keluar|istirahat|balik|mudik|kerja|masak|mandi|sholat|shalat|solat|ke))|(?:maaf|maafkan|maafin|ampuni|hampura|forgive)\\w* (?:saya |aku |me )?(?:untuk |atas |buat |for )?(?:semua |segala |all )(?:salah|kesalahan|dosa|my (?:mistakes|sins))\\w*|(?:maaf|maafkan|maafin|hampura|sorry|forgive)\\w* (?:saya |aku |me )?(?:ya |yah )?(?:\\| )?(?:[a-z]+ ){0,2}(?:\\| )?(?:jaga|titip|rawat|take care of|look after) (?:mama|ibu|mak|emak|bapak|ayah|papa|anak|adik|keluarga|mum|mom|mother|kids|children)\\w*|(?:sorry|maaf|maafin|maafkan|hampura) (?:mama|mak|emak|ibu|mum|mom|bapak|ayah|papa)(?= (?:\\| )?$)|(?:maaf|maafin|maafkan|sorry|hampura)\\w* (?:[a-z]+ ){0,2}(?:jadi|menjadi|being|for being) (?:a )?(?:beban|burden)|titip (?:[a-z0-9]+ ){0,2}(?:anak|adik|ibu|bapak|emak|mak|keluarga|suami)\\w*(?! (?:ke|di) (?:sekolah|pondok|tetangga))|(?:wrote|write|written|tulis|nulis) (?:a )?(?:letter|surat) (?:for|to|untuk|buat|kanggo) (?:my |saya )?(?:mother|mom|ibu|mama|emak|mak|anak|family|keluarga|kids|children)|(?:letters?|surat) (?:to|for|untuk|buat|kanggo) (?:each of |setiap |semua )?(?:her |his |my |saya |dia )?(?:children|kids|anak)\\w*|(?:given|gave|give|giving) away (?:her |his |my |all |dia |saya )?(?:savings|belongings|things|possessions|money)|(?:bagi|membagi|bagikan|membagikan) (?:semua )?(?:barang|tabungan|harta|uang) (?:nya|saya|dia)?|(?:bagi\\w*|bagiin|kasih|kasihkan|give|gave|giving|gives) (?:[a-z]+ )?(?:baju|kalung|emas|perhiasan|barang|tabungan|cincin|jam tangan|clothes|necklace|jewellery|jewelry|ring)\\w*(?: [a-z]+){0,3} (?:ke|kepada|to|sama) (?:kami|saya|teman|kawan|temen|us|friends|roommates?)|(?:look after|take care of|jaga|titip|rawat|urus) (?:[a-z|]+ ){0,4}(?:if|kalau|jika|kalo) (?:something|anything|sesuatu|apa apa) (?:happens|terjadi)|(?:kalau|kalo|if|lamun|upami) (?:besok |nanti |tomorrow )?(?:saya |aku |i )?(?:tidak|gak|ora|teu|don t|do not) (?:balas|bales|reply|jawab|ada kabar|kabar)\\w* (?:lagi |again )?(?:[a-z|]+ ){0,3}(?:kabari|kabarin|kabar|bilang|sampaikan|tell|kasih tahu|kasih tau|titip)|(?:nyusul|menyusul|susul) (?:almarhum\\w* )?(?:bapak|ibu|emak|mak|ayah|mama|papa|simbok|suami|anak)\\w*(?= (?:\\||$|wae|saja|aja|ya|yo))|halalkan (?:semua|segala)|ikhlaskan saya|relakan saya|doakan saya tenang|(?:goodbye|good bye|farewell)(?! (?:to )?(?:hong kong|taiwan|singapore|malaysia|indonesia))',
    signals: ['farewell'],
  },
  {
    // Thanks for all this time, regards sent to one's mother or children, help no longer needed ("makasih selama
    // ini udh mau dengerin. udh gk perlu lagi. salam buat ibu"): each alone is a reason to ask; three together
    // are a farewell (decided in triage.ts).
    id: 'farewell_thanks',
    pattern:
      '(?:makasih|terima kasih|trimakasih|thanks|thank you|matur nuwun|hatur nuhun|terimakasih)\\w* (?:ya |yah )?(?:kakak |bu |ibu |mbak |teh |sis |min )?(?:selama ini|untuk semuanya|untuk segalanya|atas semuanya|for everything|for all this time|sudah mau (?:dengerin|dengar|mendengar|dengarkan)|udah mau dengerin|for listening)',
    signals: ['farewell'],
  },
  {
    id: 'farewell_regards',
    pattern:
      '(?:salam|sampaikan salam|salamku|my love|love) (?:saya |aku )?(?:buat|untuk|ke|kanggo|keur|to) (?:ibu|ibuk|mama|mamak|emak|mak|bapak|ayah|anak|anakku|suami|keluarga|my (?:mom|mother|kids|children|family))\\w*',
    signals: ['farewell'],
  },
  {
    id: 'farewell_no_need',
    pattern:
      '(?:saya|aku) (?:sudah |udah )?(?:tidak|gak|ora|teu|tak) (?:akan|bakal) (?:perlu|butuh|peryogi) (?:lagi|apa apa lagi)(?= )|(?:sudah|udah|wis|dah) (?:tidak|gak|ora|teu|tak) (?:perlu|usah|butuh) (?:lagi|apa apa lagi|bantuan lagi)(?= (?:\\||$))|(?:jangan|ojo|ulah|tak payah) (?:cari|nyari|mencari|goleki|neangan) (?:saya|aku|abdi)(?: lagi)?(?= (?:\\||$))|(?:no need|don t need) (?:any )?(?:help )?anymore',
    signals: ['farewell'],
  },
  {
    // One's own absence for good named ("kalo sy udh gk ada", "yen aku ora bali maneh"): with other words of
    // leave-taking, a farewell said twice over (decided in triage.ts).
    id: 'farewell_absence',
    pattern:
      '(?:tidak|gak) (?:bakal|akan) turun (?:lagi|maneh)(?= )|(?:tomorrow|besok) (?:you|kamu) (?:won t|will not|don t|tidak) (?:have to|need to|hear|see)|(?:nak|mau|arep|akan|will) (?:pergi|go) (?:jauh|far away)(?: sudah| dah| selamanya)?(?= (?:\\||$))|besok (?:pagi |isuk |malam |esok )?(?:saya|aku) (?:sudah |udah )?(?:tidak|gak) (?:ada|ana|aya)(?= (?:\\||$|lagi|maneh|kok|ya))|(?:kalau|kalo|yen|nek) besok (?:saya|aku) (?:sudah |udah )?(?:tidak|gak) (?:ada|ana|aya)(?! (?:di|in|ning|neng|nang|ing))(?= )|(?:(?:tidak|gak|ora|ra) (?:usah|perlu|sah)|rasah|gausah) (?:mikir\\w*|pikir\\w*|cari|nyari|goleki) (?:saya|aku)(?: lagi| maneh| deui)?(?= )|(?:jangan|jgn|ojo|ulah) (?:sedih|nangis|ceurik|menangis)(?: [a-z]+){0,2} (?:kalau|kalo|upami|lamun|yen|if) (?:saya|aku) (?:sudah )?(?:tidak ada|pergi|tiada|gone)|(?:kalau|kalo|upami|yen) (?:saya|aku) (?:sudah |udah )?(?:tidak ada|pergi|tiada)(?: [a-z|?]+){0,3} (?:ikhlas|rela|ridho|ridhoi)\\w*|nothing left (?:to do )?(?:but|except) (?:go|die|leave|end)|(?:tidak|no|gk) (?:ada )?(?:alasan|reason) (?:lagi )?(?:buat|untuk|to) (?:bertahan|hidup|stay|live|keep going|tetap hidup)|(?:jangan|jgn|ojo|ulah) sedih (?:ya )?(?:kalau|kalo|if|yen|lamun) (?:saya|aku|abdi) (?:sudah |udah )?(?:tidak ada|pergi|gone|tiada)(?= )|(?:tidak|tak|ora|moal) (?:akan |bakal )?(?:kembali|balik|pulang|bali|mulih|uih) (?:lagi |maneh |deui )?(?:selamanya|forever)?(?= (?:\\||$))|(?:kalian|kamu|semua|you|everyone) (?:tidak|gak|nggak|ora|teu|don t|won t) (?:usah|perlu|need to|have to) (?:repot|khawatir|susah|worry|bother)\\w* (?:lagi|anymore|setelah ini|after this)(?= )|(?:besok|tomorrow) (?:saya |aku |i )?(?:sudah |udah |won t |will not |will no longer )?(?:tidak |no longer )?(?:butuh|perlu|need)(?: (?:lagi|it|them|anymore|apa apa))?(?= (?:\\||$))|(?:kalau|kalo|if|yen|lamun|upami|when) (?:saya|aku|i) (?:sudah |udah |wis |am )?(?:tidak|gak|ora|teu|no longer|not) (?:ada|ana|aya|here|around|bali maneh|bali|balik lagi|pulang lagi|kembali lagi)(?: lagi| maneh| anymore)?(?= (?:\\||$))',
    signals: ['farewell'],
  },
  {
    // Children or one's money left in someone's care ("titip anak2 ya", "anak saya titipkan kepada kakak", "nitip
    // nomer rekening buat ibu"): one farewell kind; with another, a farewell said twice over (decided in triage.ts).
    id: 'farewell_entrust',
    pattern:
      '(?:take care of|look after|jaga|jagain|saling jaga) (?:each other|one another|satu sama lain)(?= (?:\\||$|ya|and))|(?:titip|nitip)\\w* (?:[a-z]+ ){0,2}(?:barudak|budak|bocah|anak anak)(?= )|(?:tolong |tlg |please )?(?:jaga|jagain|rawat|rawatin|look after|take care of|jogo|jaga ya) (?:mamak|ibu|emak|mama|bapak|ayah|anak|adik|adek|mom|mum|dad|the kids|anakku|simbok)\\w*(?: kamu| mu| saya| aku)?(?= (?:\\||$|ya|yah|nya|for me|buat))|(?:uang|duit|tabungan|money)\\w* (?:[a-z]+ ){0,2}(?:di|in) (?:lemari|laci|tas|bawah kasur|cupboard|drawer) (?:[a-z]+ ){0,2}(?:buat|untuk|for) (?:sekolah|kalian|anak|ibu|emak|you|the kids)|(?:titip|nitip|titipkan|nitipin|dititipkan|di titip|titipin|nitipke|nitipkeun)\\w* (?:[a-z]+ ){0,2}(?:anak|rekening|atm|buku tabungan|tabungan|gaji)\\w*|(?:anak|anak anak)\\w* (?:saya |aku )?(?:[a-z]+ ){0,3}(?:saya |aku )?(?:titipkan|titip|nitip|dititipkan)\\w*',
    signals: ['farewell'],
  },
  {
    // Everything one owns given away ("barang2 sy udh sy bagiin semua", "gave away all my things"): one farewell kind.
    id: 'farewell_giving',
    pattern:
      '(?:gave|give|given) away (?:dia|saya)(?= )|(?:hp|baju|barang|tas|phone|clothes|sepatu)\\w* (?:[a-z]+ ){0,4}(?:bikeun|kasih|bagi\\w*|kasihkan|give|gave|wenehke|kasihin|bagiin) (?:ka|ke|to|kepada|nang|neng) (?:si |teman|temen|kawan|adik|adek|the )|(?:bagi|bagiin|bagikan|kasih)\\w* (?:[a-z]+ )?(?:baju|tas|barang|hp|sepatu)\\w* (?:[a-z]+ ){0,3}(?:ke|kepada|to) (?:teman|temen|kawan|orang)|(?:sudah|udah) (?:beres|selesai|rampung) semua\\w*(?: [a-z|]+){0,3} (?:tinggal) (?:saya|aku)(?= )|(?:given|gave) away (?:all )?(?:of )?(?:my )?(?:stuff|things|belongings|clothes)|(?:kasih|bagi|bagiin|bagikan|kasihkan|give|gave|given|wenehke|bikeun|sumbang\\w*|jual) (?:away )?(?:semua|all|everything|sadayana|kabeh)(?: (?:barang|baju|my things|my stuff|my clothes|harta))?(?= )|(?:barang|baju|things|stuff|belongings|clothes)\\w* (?:[a-z]+ ){0,3}(?:sudah |udah |wis |already )?(?:saya |aku |sy )?(?:kasih|bagi|bagiin|bagikan|kasihkan|given|gave|wenehke) (?:[a-z]+ ){0,2}(?:semua|all|away|kabeh|sadayana)(?= )',
    signals: ['farewell'],
  },
  {
    // An apology naming oneself by one's place in the family ("maafin ayah ya", "maafkan abg", "hapunten mamah",
    // "ibu gagal"): one farewell kind.
    id: 'farewell_apology',
    pattern:
      '(?:ridhoi|ridhoin|ikhlasin|ikhlaskan|halalkan|halalin)\\w* (?:saya|aku)(?= )|(?:hutang|utang)\\w* (?:saya |aku )?(?:[a-z]+ ){0,2}(?:halalkan|halalin|ikhlaskan)(?= )|(?:maafin|maafkan|maafkeun|hapunten|ngapunten|ngapuro|sorry|mohon maaf)\\w* (?:ya |sama |sm |ke |kepada |to )?(?:ayah|ibu|mama|mamah|bapak|emak|mamak|abg|abang|kakak|adek|adik|papa|anak|anak anak|kids|children|mom|mum|dad)\\w*(?= (?:\\||$|ya|yah|nya|saya|aku|ibu|gagal|semua|ini))|(?:ibu|ayah|mama|bapak|saya|aku|abg|kakak) (?:sudah )?gagal(?= (?:\\||$|jadi|sebagai|ya))',
    signals: ['farewell'],
  },
  {
    // A last message or a goodbye said as such ("ini chat terakhir dr sy", "mengirim pesan perpisahan kepada ibu",
    // "sy cuma mau say goodbye", "kula sampun nyerat layang"): one farewell kind.
    id: 'farewell_last',
    pattern:
      '(?:this is|ini) (?:dia|saya) (?:last|terakhir) (?:msg|message|text|chat|pesan)(?= )|(?:sudah|udah) (?:saya |aku )?(?:tentuin|tentukan|putuskan|putusin|mutusin)(?: [a-z]+){0,2} (?:jumat|senin|selasa|rabu|kamis|sabtu|minggu|malam ini|besok|hari ini)(?: ini)?(?= (?:\\||$))|(?:saya|i) (?:ve |have )?decided(?= (?:\\||$))|(?:tolong )?(?:bagitau|beritahu|kasih tau|sampaikan|tell)\\w* (?:ke |kat |to )?(?:mak|emak|ibu|mama|mom|mum|ayah|bapak)\\w* (?:saya|aku|my)(?= (?:\\||$))|(?:wrote|written|tulis|nulis|menulis|nyerat) (?:a )?(?:letters?|surat|layang)\\w* (?:to|for|buat|untuk|ke|kanggo|kagem) (?:my |saya |anak|kids|children|ibu|mama|mom|mum|keluarga|family|suami|istri|bojo|husband|wife|orang tua|ortu|bapak|ayah|emak|mak)|sampai jumpa di akhirat|ketemu di akhirat|see you in (?:heaven|the afterlife|the next life)|(?:malam ini|tonight|wengi iki|bengi iki|rasane|rasanya|dina iki|dina ini) (?:saya |aku )?(?:sudah |udah |wis )?siap(?= (?:\\||$))|(?:kalau|kl|kalo|pas|when|once|if) (?:kamu|km|kau|you|maneh|sampeyan|kowe|kalian) (?:baca|read|maca|ngabaca)\\w* (?:ini|this|iki|ieu)|(?:baca|read|maca)\\w* (?:ini|this|iki|ieu) (?:pas|kalau|kalo|after|setelah|once|when) (?:saya|aku|i|urang|abdi|kula) (?:sudah |udah |am |wis |geus )?(?:mati|meninggal|tiada|gone|dead|tidak ada|ora ana|euweuh)(?! kabar)|(?:surat|layang|letter|note)\\w* (?:[a-z|]+ ){0,6}(?:baca|read|buka|open)\\w* (?:\\| )?(?:kalau|kalo|after|setelah|once|when) (?:saya|aku|i) (?:sudah |udah |am |wis )?(?:mati|meninggal|tiada|gone|dead|tidak ada|ora ana)|(?:kalau|kalo|after|setelah|once|when) (?:saya|aku|i) (?:sudah |udah |am |wis )?(?:mati|meninggal|tiada|gone|die|dead|ora ana|tidak ada)\\w*(?: [a-z|]+){0,5} (?:baca|read|buka|open|bacakan)\\w*|(?:chat|pesan|message|sms|wa|surat|text)\\w* terakhir (?:dari |dr )?(?:saya|aku)(?! (?:karena|krn|sebelum|soalnya|hp|because|kemarin|kmrn|tadi|yang|yg|belum|tidak|soal|tentang|di|ke|about|was|yesterday))|(?:ini|this is) (?:chat|pesan|message|sms)\\w* terakhir(?! (?:karena|krn|sebelum|soalnya|hp|because))|(?:pesan|kata|ucapan|surat) perpisahan|(?:farewell|goodbye) (?:message|text|note|letter)|(?:say|said|ngucapin|bilang|ucapkan) (?:good ?bye|selamat tinggal)|(?:nyerat|nulis|menulis|tulis|wrote|written|write) (?:[a-z]+ )?(?:layang|surat|letter)(?: [a-z|]+){0,4} (?:lemari|laci|bantal|meja|kasur|tas|cupboard|drawer|pillow)',
    signals: ['farewell'],
  },
  {
    // A man of the household or the boss coming into the worker's room at night, or watching her bathe: a threat
    // of sexual violence short of one told. Reason to ask "are you in danger now?".
    id: 'intrusion',
    pattern:
      '(?:majikan|bos|boss|tuan|anak majikan|suami majikan|sopir|mandor|kapten|agen|calo|employer|master|sir|baba|pelatih|coach|guru|ustad\\w*|pengasuh|pemilik|owner|landlord|tuan rumah|manager|manajer)\\w* (?:[a-z]+ ){0,3}(?:masuk|nyelonong|nyelinap|menyelinap|ketuk|gedor|buka pintu|come into|comes into|came into|enter\\w*) (?:ke |ka |kat |neng |nang )?(?:dalam )?(?:kamar|bilik|room)|(?:intip|ngintip|mengintip|peep\\w*|watch\\w*) (?:saya |aku |me )?(?:waktu |pas |saat |when |while )?(?:saya |aku |i )?(?:mandi|ganti baju|bathing|shower\\w*|chang\\w*)',
    signals: ['intrusion'],
  },
  {
    // Fear said in so many words: reason to ask "are you in danger now?" when nothing else says so.
    id: 'fear',
    // Not a fear of being fooled: "itu beneran gk sih? takut hoax" asks whether a story is true.
    pattern:
      '(?:takut|ketakutan|scared|afraid|terrified|frightened|wedi|sieun|ngeri|was was|panik|panic)(?! (?:hoax|hoaks|hoaxs|berita palsu|fake news|salah info|salah informasi))',
    signals: ['fear'],
  },
  {
    id: 'over',
    pattern:
      // "tapi ayeuna geus dibuka deui": a door opened again.
      '(?:sudah|udah|geus|tos|wis) (?:di ?)?buka (?:lagi|deui|maneh)(?= )|(?:tapi|tp|but) (?:dia |saya |kami |alhamdulillah )?(?:selamat|safe)(?= (?:\\||$|cuma|hanya|only|just))|(?:agreed to|sudah|udah|akhirnya) (?:di ?)?(?:cancel|batal)\\w*|(?:tidak|gak|ora|teu) (?:jadi|sido) (?:di ?)?(?:pindah|kirim|jual|bawa|berangkat|oper)|(?:sekarang|now) (?:[a-z]+ ){0,6}(?:\\| )?(?<!(?:tidak|belum|not|kurang|ga|gak|never) )(?:safe|aman|selamat)(?= (?:\\||$))|(?<!(?:tidak|belum|bukan) (?:akan |bakal |pernah )?)(?<!(?:biar|supaya|agar|untuk|buat|mau|ingin|pengen|gimana|bagaimana|cara|camne) )(?:sudah|berhasil|sempat|bisa) (?:kabur|lari|keluar dari|bebas|di selamat|di pulang|di lepas|di jemput)(?! (?:masuk|ke|into|ka) (?:bilik|kamar|toilet|bathroom|wc|dapur|stor|dalam))|(?:sudah|sekarang) (?:di )?(?:aman|selamat)|(?:sekarang|sudah) (?:di |tinggal di |ada di |berada di )?(?:kbri|kjri|kdei|shelter|penampungan|rumah aman|safe house)|(?<!(?:tidak|belum|bukan|not) )(?:dalam|in) (?:kondisi|keadaan) (?:aman|selamat)(?= (?:\\||$))|(?:sudah|udah|telah) pindah (?:dari|dr) (?:majikan|rumah majikan|bos|tempat)|sudah (?:tidak|gak) (?:di )?(?:sana|situ|kerja di sana)|(?:already|now) (?:safe|home|back)|escaped|rescued|(?:ran away|run away|fled|escaped|kabur|lari|minggat)(?: [a-z0-9|]+){0,10} (?:sekarang|now|saiki|ayeuna) (?:saya |kami |aku |i |we )?(?:am |are )?(?:stay\\w*|tinggal|numpang|nginep|living|live|ikut) (?:with|sama|bareng|bersama|dengan|di rumah|at (?:a |my )?(?:friend|relative|cousin))(?= )|(?:saya am|we are|saya) (?:ok|safe) now|sudah (?:di )?(?:tangan|jemput) (?:polisi|kbri|kjri)|(?:sudah|telah|berhasil) (?:metu|lari|kabur) (?:saka|dari)|(?:sekarang|saiki) (?:di |neng |ada di )?(?:kbri|kjri|shelter|penampungan|rumah perlindungan)|in a shelter|at the embassy|(?:now|sekarang) (?:[a-z]+ )?(?:at|in|di) (?:the )?(?:immigration depot|depot (?:imigresen|imigrasi))|took us out|got out|di bebaskan|(?:sudah |sekarang )+(?:di )?(?:pindah |kerja )+(?:[a-z]+ )?(?:di |ke )?(?:tempat|perusahaan|majikan|kapal|pabrik) lain|(?:sudah|udah) aman|sekarang aman|wis aman|saiki aman|aman kok|(?:sekarang|now) (?:saya |kami |dia )?(?:numpang|tumpang|menumpang|staying|stay) (?:di |at |in )?(?:tempat |rumah |kos |house |place )?(?:teman|kawan|saudara|friend|relative)\\w*|(?:stays?|staying|tinggal|numpang) (?:with|sama|dengan|bersama|di rumah) (?:a |an |the )?(?:volunteer|relawan|pastor|pendeta|church|gereja|ngo|lsm)\\w*|(?:she|he|dia|saya|kami|mereka|we|they) (?:left|escaped|ran away|got out)(?: there| from there| the (?:bar|club|house|place|snack|shop))? (?:last week|yesterday|minggu lalu|kemarin|\\d+ (?:days|weeks) ago)|(?:dia|mereka|majikan|mandor|bos) (?:tidak|gk) (?:tau|tahu|know) (?:saya|kami) (?:di sini|disini|dimana|here)',
    signals: ['over'],
    timeless: true,
  },
  {
    // "tapi sekarang", "malah": what follows turns the story again, so danger told after it is not ended by a
    // return or an escape told before it (decided in triage.ts).
    id: 'reversal',
    pattern:
      '(?:tapi|tetapi|namun|but) (?:sekarang|now|kini)|malah|(?:di )?(?:sekap|kunci|kurung|tangkap|culik|jual) lagi',
    signals: ['reversal'],
    negatable: false,
    timeless: true,
  },
  {
    // Where a war is being fought around the person: drones, shelling, the front (TRIAGE.md P1 with a death or a
    // person held there, decided in triage.ts).
    id: 'war_zone',
    pattern:
      '(?:serangan|attack\\w*|strike\\w*|killed by|kena|hit by|by (?:a )?) ?drones?|drones? (?:attack\\w*|strike\\w*|serang\\w*|jatuh|meledak|explod\\w*)|artileri|artillery|shell(?:ing|ed|s)|missiles?|rudal|(?:di )?bom(?:bardir\\w*)?|bomb\\w*|air ?strikes?|serangan udara|front ?line|garis depan|(?:medan|daerah|zona|wilayah) perang|battlefield|war zone|(?:ada|jadi|baku|suara) tembak(?! (?:kalau|jika|if|ke arah|aku|saya|sy|dia|kami))|kontak senjata|pertempuran|perang saudara|gunfire|gun ?fights?|gunshots|fighting (?:near|around|outside|in the streets?)|trench\\w*|deserter\\w*|desertir|(?:di )?tembak(?:i)? (?:kalau|jika|if) (?:kabur|lari|desert\\w*)',
    signals: ['war_zone'],
    negatable: false,
  },
  {
    // The vessel sails again within days ("kapal mau berangkat lagi lusa", "we sail tomorrow"): with the crew
    // asking to go home, a move against their will (decided in triage.ts).
    id: 'sailing_soon',
    pattern:
      '(?:{vessel}|kami|we)\\w* {gap}(?:berangkat|berlayar|melaut|sail\\w*|depart\\w*|leav\\w*|angkat jangkar|go back to sea|back to sea|ke laut) {gap}{soon}|{soon} {gap1}(?:berangkat|berlayar|melaut|sail\\w*|depart\\w*|angkat jangkar)',
    signals: ['sailing_soon'],
  },
  {
    id: 'wants_off',
    pattern:
      '(?:tidak|belum) (?:mau|ingin|pengen|pingin|bersedia) (?:ikut )?(?:berlayar|berangkat|melaut|ikut|pergi|lanjut)|(?:do not|don t|dont|does not|doesn t) want to (?:sail|go|continue|stay)|minta (?:pulang|turun|di pulang)|(?:mau|ingin|pengen|want to) (?:pulang|turun|go home|get off|sign off)',
    signals: ['wants_off'],
    negatable: false,
  },
  {
    // "sudah kembali, tetapi adik saya masih di sana": the one still abroad is not home.
    id: 'still_there',
    pattern:
      '(?:adik|kakak|anak|suami|istri|ibu|bapak|teman|temen|kawan|saudara|keponakan|sepupu|friends?|husband|wife|son|daughter|sister|brother)\\w* (?:saya |kami |aku )?(?:[a-z]+ ){0,3}(?:masih|still|is still|are still) (?:di sana|di situ|disana|disitu|there|in there|kerja|bekerja|di dalam|di dalem|inside|di {gap1}(?:malaysia|sana))',
    signals: ['still_there'],
    negatable: false,
    timeless: true,
  },
  {
    // Asked for a paper, a thesis or a talk ("makalah ttg TPPO", "skripsi"): a question about the topic, not a case.
    id: 'study',
    pattern:
      '(?:lirik|lyrics?|syair|puisi|sajak|pantun)(?: lagu)? (?:[a-z]+ ){0,3}(?:buat|untuk|for) (?:lomba|kontes|contest|festival|pentas)|(?:leaflet|brosur|brochure|poster|pamflet|flyer)(?: [a-z]+){0,6} (?:bunuh diri|suicid\\w*)|(?:tanda|ciri|warning signs|signs) (?:[a-z]+ ){0,5}(?:bunuh diri|suicid\\w*)|survei|survey|kuesioner|questionnaire|(?:school|class|college|university|uni|campus) (?:project|assignment|homework|paper|essay|research)|(?:tugas|pr) (?:sekolah|kuliah|kampus)|makalah|skripsi|tesis|thesis|tugasan|(?:ngadamel|bikin|ngerjain|mengerjakan|membuat) tugas|tugas (?:tentang|ttg|soal|ngeunaan|mengenai)|(?:minta|nyuhunkeun|meminta|request) data|kerja kursus|bukan (?:aduan|laporan|pengaduan)|not a (?:complaint|report)|tugas (?:kuliah|sekolah|kampus)|penelitian|meneliti|riset|research\\w*|(?:menulis|nulis|membuat|bikin|menggarap|garap) (?:sebuah )?(?:liputan|artikel|reportase|feature|tulisan)|liputan (?:tentang|mengenai|soal|khusus)|homework|assignment|essay|esai|penyuluhan|sosialisasi|bahan (?:ajar|materi)|materi (?:pelatihan|training|penyuluhan|sosialisasi|diskusi)|(?:buat|untuk) (?:bahan )?pelatihan|(?:menulis|nulis|bikin|membuat|mengarang|ngarang) (?:sebuah )?(?:cerita|cerpen|novel|naskah|skenario|film)|cerita pendek|cerpen|(?:writing|write) (?:a )?(?:short )?(?:story|novel|script|screenplay)',
    signals: ['study'],
    timeless: true,
  },
  {
    // Staying on without papers, or stranded with no fare home ("iqama udh mati", "visa kerja sudah habis 3 bulan",
    // "in Sabah without a permit since his contract ended", "kontrak habis tapi tidak ada uang ongkos"): with at most
    // one indicator, an overstay or a welfare worry, filed as `other` (TRIAGE.md 12, P3), not a labour dispute.
    id: 'overstay',
    pattern:
      'overstay\\w*|over stay|(?:visa|iqama|ikama|permit|izin tinggal|izin kerja|kitas|arc)\\w* {gap}(?:sudah |udah |dah |wis |geus |has |have |is |was )?(?:habis|mati|expired|tamat|tidak berlaku|mampus)|(?:without|no|tanpa) (?:a )?(?:permit|visa|dokumen|documents|papers|izin tinggal|iqama)(?= (?:\\||$|since|sejak|lagi|anymore|now|sekarang))|tidak (?:punya|ada) (?:a )?(?:dokumen|permit|visa|documents|papers|izin tinggal|iqama)|pendatang asing tanpa izin|pati|kabur (?:dari|dr) (?:majikan|kafil|sponsor)\\w* (?:sejak |tahun |since |in )?(?:19|20)\\d\\d|kaburan|undocumented|(?:tidak|belum) (?:ada|punya) (?:uang|duit|wang) (?:ongkos|tiket|buat pulang|untuk pulang|pulang)|(?:takut|afraid|scared|worried) (?:[a-z]+ ){0,3}(?:razia|raids?|tarhil|(?:di )?tangkap imigrasi)',
    // Why welfare too: staying on without papers is a welfare concern wherever welfare is read (TRIAGE.md P3).
    signals: ['overstay', 'welfare'],
  },
  {
    // A case that is over and settled ("udah selesai, agennya udah dipenjara"): asked about, it is no case now.
    id: 'settled',
    pattern:
      '(?:kasus|case|masalah)\\w* (?:nya )?(?:sudah |udah |telah )?(?:selesai|beres|closed|tuntas)|(?:agen|calo|pelaku|majikan)\\w* (?:sudah |udah |telah )?(?:di penjara|di tangkap|di hukum|di vonis)',
    signals: ['settled'],
    timeless: true,
  },
  {
    // The writer says no one is in danger now: "not a case", "bukan kasus nyata", "cuma penasaran", news shared, a
    // dream told, a training scenario, "no help needed" (TRIAGE.md P4: a question with no live case), as normalised
    // ("not" reads "tidak", "help" "tolong", "we" "kami"). Not "cuma
    // mau tanya": people open real emergencies with it. Negatable: "bukan mimpi" says the opposite.
    id: 'not_real',
    pattern:
      // "I write this song for all my sister abroad", "this song is so sad… who sings it", "saya baru menulis lagu
      // berjudul…, lagu ini fiksi": a song's words, not a case.
      '(?:saya|aku|i|kami|we) (?:baru |just |have )?(?:menulis|nulis|bikin|buat|write|wrote|written|made|create[ds]?) (?:this |a |sebuah |my )?(?:lagu|song|puisi|poem|lirik|lyrics?)(?= )|(?:kirim|mengirim|ngirim|share|berbagi|bagi|baca|bacakan|send|sharing) (?:sebuah |a |my |satu )?(?:puisi|sajak|syair|poem)(?= )|(?:this|the|that) song (?:is|so|was|makes?|made)(?= )|who sings? (?:it|this|that)(?= )|(?:lagu|song|puisi|poem|cerita|story) ini (?:fiksi|fiction)|(?:this|the) (?:song|poem|story) is (?:fiction|made up)|(?:belum|blm) (?:kejadian|terjadi|di jadi|ke jadi)(?= (?:\\||$|sih|kok|kak|ya))|(?:has not|hasn t|not) happen\\w* yet|sanes kasus|bukan kasus(?: nyata| beneran| sungguhan| asli)?|(?:saat ini |sekarang |skrg )?(?:tidak|belum|gak|nggak) ada kasus(?= (?:\\||$|nyata|apa|kami|kok|sih))|no (?:actual |real |live )?case(?= (?:\\||$|yet|now|right now))|tidak a (?:real )?case|bukan (?:cerita|kejadian) (?:nyata|beneran|sungguhan)|(?:cuma|hanya|sekedar|sekadar|mung|ngan|just|only) (?:mau |ingin |pengen )?(?:penasaran|panasaran|kepo|curious)|(?:mau |ingin |cuma |hanya |just |want to )?(?:share|berbagi) (?:berita|news|artikel|link)|(?:saya|aku|i|kula) (?:semalam |tadi |tadi malam |last night )?(?:mimpi|ngimpi|bermimpi|dreamt|dreamed|had a dream)(?! (?:buruk|jelek|terus|tiap|setiap|lagi|bad|about it every))|(?:cuma|hanya|just|only) (?:a )?(?:mimpi|dream)|(?:for|untuk) (?:a |our |the )?(?:training|pelatihan|latihan|simulasi|simulation) (?:only|saja|session|workshop|course|serikat|kami)|(?:asking|tanya|nanya|menanyakan ini) (?:for|untuk) (?:a |our |the )?(?:training|pelatihan|latihan|simulasi|bahan)|(?:skenario|scenario|simulasi|simulation) (?:latihan|uji|training|test|tes)|role ?play|bermain peran|practice (?:messages?|chats?)|(?:no tolong (?:is )?needed|(?:saya|kami) do tidak need (?:any )?tolong)(?= (?:\\||$))',
    signals: ['not_real'],
    negatable: true,
    timeless: true,
  },
  {
    // "This is a test, please ignore", "tes tes": a hotline test, whatever words it tries (TRIAGE.md P4: a test).
    id: 'test_message',
    pattern:
      '(?:this is|ini) (?:a |just a |only a |hanya |cuma |sekedar |sekadar )?(?:test|tes|testing|uji coba|percobaan)(?! (?:result|hasil|covid|darah|kehamilan|pcr|urine))|testing (?:keywords|kata kunci|the bot|bot)|please ignore|mohon abaikan|abaikan (?:saja|pesan ini)|tes tes|test test|(?<=(?:^|\\|) )(?:tes|test|testing) (?:dulu|heula|disik|riyen)(?= (?:\\||$|ya|min|kak))|(?<!(?:karena|krn|gara gara|because|sebab|soalnya) )salah (?:kirim|chat|grup|group|pencet|kamar)(?= (?:\\||$|ya|yah|maaf|sorry|pesan|kak|min|mas|mbak|bang|tadi))|wrong (?:chat|number|group|person)|sent (?:it )?to the wrong' +
      // "cuma nyoba botnya bales gk": trying whether the bot answers.
      '|(?:cuma|cm|hanya|just|sekedar|sekadar|mung|only) (?:nyoba|coba|mencoba|ngetes|ngetest|tes|test|testing|try|trying) (?:the )?(?:bot|botnya|chatbot)(?= )' +
      // "…wkwk becanda min, tes doang botnya aktif gk": a test said as one.
      '|(?:tes|test|testing|ngetes) (?:doang|aja|saja|wae)(?= )',
    signals: ['test_message'],
    negatable: false,
    timeless: true,
  },
  {
    // "rasa nak mati, tapi gurau je", "just kidding": words of dying said in jest. Not "iki dudu guyon" ("this is no
    // joke"), in any of the languages.
    id: 'joking',
    pattern:
      // "mau mati capeknya": dying of tiredness, said of a long day.
      '(?:lirik|lyrics?) (?:lagu|song|of a song|from a song)|(?:cuma|hanya|just|only) (?:a )?(?:lagu|song)(?= )|(?:mati|modar|paeh) (?:capek|capeknya|capekne|kecapekan|kecapean|lelah|lelahnya|cape|capena)(?= )|(?<!(?:bukan|tidak|not|dudu|sanes|lain) )(?:gurau|bergurau|bercanda|becanda|guyon|guyonan|heureuy)|canda(?:an)? (?:saja|aja|je|doang)|just kidding|kidding|joking|jk|cuma (?:bercanda|becanda|guyon)',
    signals: ['joking'],
    negatable: false,
    timeless: true,
  },
  {
    // Within days ("besok", "malam ini", "on Sunday"): with a sale or being made to go, a move due now.
    id: 'soon',
    pattern: '{soon}|besok pagi|esok|sesuk',
    signals: ['soon'],
    negatable: false,
  },
  {
    // "I must go with them to Dubai next week", "harus ikut ke Amman minggu ini": made to go somewhere soon.
    id: 'made_to_go',
    pattern:
      '(?:mau|akan|bakal|arep|rek) (?:bawa|kirim|pindahkan|pindahin|jual|oper|gowo|angkut|hantar|antar) (?:saya|kami|aku) (?:ke|to) (?:[a-z]+ ){0,6}(?:besok|lusa|malam ini|hari ini|minggu ini|tomorrow|tonight|this week)(?= )|(?:besok|lusa|malam ini|hari ini|minggu ini|tomorrow|tonight|this week) (?:[a-z]+ ){0,3}(?:mau|akan|bakal|arep|rek) (?:bawa|kirim|pindahkan|pindahin|jual|oper|gowo|angkut|hantar|antar) (?:saya|kami|aku) (?:ke|to)(?= )|{soon} (?:saya |aku |kami |dia )?(?:harus|must|wajib|mesti|kudu|di paksa|forced to|di suruh) (?:ikut )?(?:pindah|pergi|berangkat|move|go|fly|terbang)|(?:must|harus|have to|has to|wajib|di paksa|forced to|di suruh) (?:go|ikut|pergi|move|pindah|berangkat|fly|terbang) (?:[a-z]+ ){0,6}{soon}',
    signals: ['made_to_go'],
    negatable: false,
  },
  {
    // Not wanting it: "I don't want", "sy gk mau", "aku ora gelem", "abdi teu daek".
    id: 'unwilling',
    pattern:
      'tak (?:rela|nak|mau)(?= (?:\\||$))|(?:nangis|menangis|crying) (?:tapi |tp |but )?(?:di ?paksa|forced)|(?:saya|aku|kami|i|we|dia|she|he) (?:tidak|not|do not|don t|dont|does not) (?:mau|want|ingin|gelem|daek|sudi)(?= (?:\\||$|to go|pergi|ikut|go|kesana|ke sana))|(?:tidak|ora|teu) (?:gelem|daek|sudi)|refus\\w* to go|menolak (?:pergi|ikut|berangkat|di pindah)',
    signals: ['unwilling'],
    negatable: false,
  },
  {
    // A death by suicide told of someone else, over: "di lembur abdi aya nu maot…, saurna gantung diri", "viral video
    // tkw di dubai lompat dr gedung", "meninggal dunia minggu lalu, diduga karena bunuh diri" (decided in triage.ts).
    id: 'suicide_of_other',
    pattern:
      '(?:meninggal|maot|paeh|died|tewas|wafat|mati)\\w*(?: [a-z0-9|]+){0,8} (?:karena |diduga |katanya |saurna |cenah |jare |reportedly |by )*(?:bunuh diri|gantung diri|suicide)(?= )|viral (?:[a-z]+ ){0,6}(?:lompat|loncat|terjun|jump\\w*|bunuh diri|gantung diri)(?: [a-z]+){0,3}',
    signals: ['suicide_of_other'],
    negatable: false,
    timeless: true,
  },
  {
    // "ora dikunci", "teu dikonci mah", "I am not locked in": said of the place, it makes a rule to stay a
    // restriction, not confinement (TRIAGE.md P1 needs a lock or a guard), decided in triage.ts.
    id: 'not_locked',
    pattern:
      '(?<!(?:yang|sing|ingkang|kang|nu|who|that|which) ){neg} (?:pernah )?(?:di )?(?:kunci|gembok|kurung|konci)(?! (?:hp|lemari|koper))|(?<!(?:who|that|which) (?:is |are |was |were )?)(?:not|never) (?:been )?locked',
    signals: ['not_locked'],
    negatable: false,
    timeless: true,
  },
  {
    // "semalam dia paksa saya", "he forced me": said after a man came into her room, a rape told without its word.
    id: 'forced_on_me',
    pattern:
      '(?:dia|he|mereka|they|majikan|bos|anak majikan) (?:sudah |udah )?(?:(?:raba|pegang|peluk|cium|grop\\w*|touch\\w*) (?:dan |and |terus |lalu )?)?(?:paksa|memaksa|maksa|forced|force) (?:saya|aku|me|her|dia)(?= (?:\\| |$|lagi |semalam |tadi |last |again ))',
    signals: ['forced_on_me'],
    negatable: false,
  },
  {
    // A chain message passed on ("VIRAL!! tolong sebarkan", "SEBARKAN!!", "kirim ke 10 grup", "forwarded many times"): news for all,
    // not a case, when nobody of the writer's own is in it (decided in triage.ts).
    id: 'broadcast',
    pattern:
      '(?:tolong |mohon |please )?(?:sebarkan|sebar|share|viralkan|bagikan) (?:ke |to |kepada )?(?:semua |all )?(?:grup|group|teman|kawan|keluarga|saudara|sodara|tetangga|more people|ini|this)|forwarded many times|please share|viral|(?:tolong |mohon |please )?(?:sebarkan|viralkan)(?= (?:\\||$))|(?:kirim|kirimkan|teruskan|forward|share|sebarkan|bagikan) (?:ke |to |kepada )?(?:\\d+|sepuluh|lima|semua|all) (?:grup|group|groups|orang|teman|kontak|contacts?)',
    signals: ['broadcast'],
    negatable: false,
    timeless: true,
  },
  {
    // Withdrawn: not eating, not leaving the room, talking to oneself. With a farewell, the warning signs crisis
    // lines name (decided in triage.ts).
    id: 'withdrawn',
    pattern:
      '(?:tidak|ora|gak|teu) (?:mau )?(?:makan|mangan|dahar|keluar kamar|metu kamar|kaluar kamar)|(?:mengurung|ngurung|kurung) diri|(?:ngomong|bicara|ngobrol) (?:dhewe|sendiri)|(?:stopped|not) eating',
    signals: ['withdrawn'],
  },
  {
    // Free to come and go ("kami bebas keluar", "I have my own key"): a locked gate or a guard is not confinement.
    // Why the lookbehind: "I must pay before I can go out" is a condition, not freedom.
    id: 'free_to_leave',
    pattern:
      '(?:saya|kami) (?:have|has|punya|pegang) (?:the |a )?(?:key|kunci)\\w*|(?:bisa|boleh|can|tinggal) (?:buka|keluar|open|metu|minta di ?buka)\\w* (?:sendiri|bila bila|anytime|any time|kapan saja)|pintu\\w* macet|door (?:was )?jammed|(?:sudah|udah) di ?buka(?= (?:\\||$))|bebas (?:keluar|pergi|keluar masuk)|(?:punya|pegang|ada) kunci sendiri|(?:have|has) (?:saya |dia |kami )?own keys?|free to (?:go|leave|come and go|go out)|(?<!(?:before|until|unless|after|when|if|kalau|sebelum|sampai|baru) )(?:saya|kami) can go out(?! (?:only|if|when|after|once))',
    signals: ['free_to_leave'],
    negatable: true,
    timeless: true,
  },
  {
    // A move the person agreed to is no move against their will (TRIAGE.md P4: a voluntary move tomorrow).
    id: 'consents',
    pattern:
      // "sy mau kok gajinya naik": the writer wants the move. Not "saya mau aja kabur", which wants something else.
      '(?:saya|kami|aku) (?:juga )?(?:mau|ok|oke|gpp|tidak apa apa) kok(?= )|(?:saya|kami|aku) (?:juga )?tidak keberatan(?= )|(?:saya|kami|sudah) (?:sudah |sangat )?(?:setuju|sepakat|sarujuk|rela|senang)|(?:sesuai|atas|dengan) (?:permintaan|keinginan|kemauan) (?:saya|kami|sendiri)|(?:saya|kami) (?:agreed|agree)',
    signals: ['consents'],
    negatable: true,
    timeless: true,
  },
  {
    id: 'returned',
    pattern:
      // Why the lookbehind: "dibayar yen wis mulih", "paid when already home" is a condition, not a return; "kancane
      // sing wis mulih ngabari…", "rerencangan nu tos uih nyarios" is someone else who came home and tells of the person.
      '(?<!(?:yen|kalau|nek|if|when|setelah|sesudah|nanti|sampai|baru|pas|waktu|begitu|sing|nu) )(?:(?:sudah|baru|telah) (?:pulang(?! (?:besok|nanti|lusa|tomorrow))|di pulang|(?:sampai|tiba)(?! (?:di|ke|in|at|kat) (?!indonesia|indo |tanah air|rumah(?! (?:majikan|agen|tekong|calo|bos))|kampung|jakarta|surabaya))|kembali|balik|wangsul)(?: (?:ke |di )?(?:indonesia|indo|tanah air|rumah|kampung|jakarta|surabaya))?|(?:terus|lalu|kemudian|akhirnya) di pulang(?= )|(?:sekarang|now) (?:[a-z0-9|]+ ){0,8}tinggal (?:di )?(?:rumah|kampung)(?= (?:\\||$|sama (?:suami|istri|anak|keluarga|orang tua)|dengan (?:suami|istri|anak|keluarga|orang tua)))|(?:sudah|udah|wis|sampun) (?:di |neng |ning |nang )?(?:omah(?! (?:majikan|agen|bos|juragan))|bumi(?= (?:di|ka) )|lembur|rumah(?! (?:majikan|agen|tekong|calo|bos|teman|temen|orang|penampungan|sakit|asing|yang tidak|tidak tau|tidak tahu|tak kenal))|kampung|ngomah|indonesia)|(?<!(?:not|never|tidak|belum) )(?:returned|came back|came home|got back) (?:home |to [a-z]+ )?from|now home|(?<!(?:nursing|care|group|foster|elderly|aged care) )home (?:in|at)(?! (?:the|a coffin|coffin|a box|a body bag|peti))(?= )|(?:sekarang|now) (?:saya |kami |dia )?(?:am |is |are )?(?:back )?(?:home|at home)(?= )|(?:sudah|sekarang) (?:dia |ia |saya |aku )?(?:sudah )?(?:di |ada di )?(?:indonesia|kampung|tanah air)|(?:sudah|sekarang) (?:saya |aku |kami )?(?:sudah )?(?:di |ada di )?rumah(?! (?:majikan|agen|tekong|calo|bos|teman|temen|orang|penampungan|sakit|bordil))|(?:sudah|telah) di deportasi|(?:already|now) (?:back )?(?:home|in indonesia)|(?:sekarang|now|already) (?:saya |kami |dia )?(?:am |is |are )?back (?:in|to|at|home)(?= )|(?:was|were|got|been) sent (?:back )?home|(?:saya|kami|dia|mereka|he|she|they) (?:already |finally )?(?:came|come|went|got) (?:back )?home(?! (?:late|drunk|angry|and (?:hit|beat|lock)))|(?:is|am|are|sudah|udah|dia|saya|kami) (?:back )?home sekarang|returned (?:home|to indonesia)|(?:saya|kami|dia|mereka|he|she|they) (?:already |just |finally )?(?:came|come|got|get) back (?:home )?from(?= )|mantan (?:pmi|tkw|tki|abk|pekerja)|(?:jenazah|jasad|mayat|peti jenazah)\\w* (?:(?:almarhum\\w*|nya|dia|beliau) )?(?:(?:sudah|telah|udah|baru) )?(?:tiba|sampai|di makamkan|di kubur|di kebumikan)(?= )|(?:jenazah|jasad|mayat)\\w* (?:(?:almarhum\\w*|nya|dia|beliau) )?(?:sudah|telah|udah|baru) di pulang\\w*|(?:body|remains|coffin) (?:was |were |has been |have been )?(?:brought|sent|flown|arrived|repatriated) (?:back )?(?:home|to indonesia)|(?:sudah|sekarang|saiki|wis) (?:di |neng )?kampung|waktu (?:saya |dia )?(?:kerja|di) (?:sana|malaysia|saudi|arab|taiwan|hongkong|hong kong|korea|jepang|kamboja|myanmar))',
    signals: ['returned'],
    timeless: true,
  },
  {
    id: 'years',
    pattern:
      // Why not after an age word or a name: "keponakan saya (24 tahun)" is how old, not how long; nor after a
      // gender word: "anak sy perempuan 22th".
      '(?<!(?:umur|usia|umurnya|usianya|berumur|berusia|aged|age|yuswa|umure|perempuan|wanita|laki|pria|cewek|cowok|gadis|lelaki|janda) )(?:\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|bertahun|se) ?tahun(?<!(?:saya|dia|nya|kami) \\d+ tahun(?= (?:berangkat|pergi|merantau|di bawa|di ajak|ikut)))|(?<!\\d+ )years?(?! old)',
    signals: ['years'],
    timeless: true,
  },
  {
    id: 'minor_words',
    pattern:
      '(?:di )?bawah umur|underage|minor|masih (?:sekolah|smp|sma|smk|sd|kecil|anak(?= (?:\\||$|kok|ya|lho|dan|tapi))|remaja|belum 18)|anak sekolah|belum (?:17|18|cukup umur)|pelajar|tidak sekolah lagi|(?:tak|tidak|ora) (?:bagi |boleh )?sekolah|(?:masih|kelas|anak) (?:smp|sd|mts)|baru lulus (?:sd|smp|mi|mts)|masih (?:bocah|budak|cilik|kanak|(?:in|at) school)|(?:budak|bocah) (?:keneh|kenehna|masih)|under (?:17|18)|below 18|(?:tidak|not) (?:yet )?(?:turned|reached) (?:17|18)|(?:kelas|klas) (?:\\d+|[ivx]+) (?:smp|sd|mts|sma|smk)|pekerja anak|child labou?r',
    signals: ['minor'],
    timeless: true,
  },
  {
    // Someone has died: with others sick or afraid, an emergency (decided in triage.ts).
    id: 'death',
    pattern:
      // Not the old person a carer looked after ("ama udah meninggal, mau pindah majikan"): the job ended, no one is in danger.
      '(?<!(?:ama|akong|kakek|nenek|oma|opa|grandma|grandpa|mbah|nenek majikan|kakek majikan)(?: sudah)? )meninggal(?: dunia)?|(?<!(?:permit|visa|paspor|pasport|passport|iqama|kontrak|hp|nomor|kartu|batre|baterai|sinyal|lampu|listrik|mesin|motor|mobil)\\w* )mati (?:karena|di kapal|sakit)|died|(?<!(?:number|phone|line|battery|hp|nomor|sim)\\w*(?: is| was| has been)? )dead|(?:was|were|got|been) killed|killed by|terbunuh|mayat\\w*|jenazah\\w*|corpse|body (?:in|was|is)|gantung diri|ketemu mati|found dead|(?:kanca\\w*|teman\\w*|temen|kawan|rakan|babaturan|abk|crew\\w*|pekerja|orang) {gap1}(?:mati|maot|paeh|meninggal|tewas|wafat)|(?<!(?:paspor|pasport|passport|paspot|visa|permit|iqama|hp|batre|baterai|sinyal|nomor|kartu)\\w* )maot|tewas|wafat|pass(?:ed)? away|(?:tidak|tak) bernyawa|lifeless|tilar donya|(?:teman|{person}) {gap1}(?:seda|pupus)',
    signals: ['death'],
    negatable: false,
  },
  {
    id: 'fear_of_dying',
    pattern:
      '(?:takut|wedi|sieun|afraid|scared) (?:of )?(?:mati|dying|die|maot|paeh)|takut giliran (?:kami|saya)|(?:saya|kami) yang (?:berikutnya|selanjutnya)(?= (?:\\| |$))|will i (?:survive|die)|takut (?:tidak|gak) selamat|(?:scared|afraid|takut) (?:saya|kami) (?:will be|akan jadi|jadi) (?:next|berikutnya|selanjutnya)|(?:saya|kami) (?:will be|are) next|giliran (?:kami|saya) (?:selanjutnya|berikutnya)',
    signals: ['fear_of_dying'],
  },
  {
    id: 'treated',
    pattern:
      '(?:sudah|udah|wis|dah|lagi|sedang|saiki lagi) (?:di ?)?(?:gips|operasi|dioperasi|rawat inap)|(?:di ?bawa|di ?gowo|digowo|dibawa|di ?antar|taken|flown) (?:[a-z]+ ){0,3}(?:ke|nang|neng|ning|to|kat) (?:rumah sakit|rs|hospital|klinik)(?! (?:tapi|but) (?:tidak|di tolak|refused))|(?:sudah|udah|telah|dah|wis) (?:di ?)?(?:bedah|jahit|infus|operasi|rawat|obati|periksa|tangani|nangani|opname)\\w*|(?:sudah|udah|telah|sempat) (?:di )?(?:obat|rawat|periksa|operasi|jahit|sembuh|minum obat|di bawa (?:[a-z]+ ){0,2}ke (?:dokter|rumah sakit|klinik|clinic|hospital|doctor|rs))|dah jahit|(?:di )?kasih obat|sudah sembuh|recovered|treated|(?:di )?tanggung asuransi|(?:majikan|bos|kapten) yang bawa|baik saja|sekarang ok|(?:dokter|doktor|doctor)s? (?:sudah |udah |wis |dah |already )?(?:nangani|tangani|menangani|rawat|merawat|periksa|treat\\w*|look after|looking after)|(?:sudah|udah|dah|wis) (?:di )?(?:tangani|rawat inap|opname)|(?:jumpa|ketemu|pergi ke|went to (?:the )?) ?(?:doktor|dokter|doctor|klinik|clinic)',
    signals: ['treated'],
    timeless: true,
    negatable: false,
  },
  {
    id: 'pre_departure',
    pattern:
      '(?:mau|akan|besok|minggu depan|bulan depan) (?:saya |dia )?berangkat|berangkat (?:minggu depan|bulan depan|besok|lusa|tahun depan|next)|tawaran|belum berangkat|(?:batal|gagal|tidak jadi|gak jadi|urung) (?:di ?)?berangkat\\w*|(?:have|has) (?:tidak|not) signed|(?:tidak|not) signed yet|belum (?:tanda tangan|ttd|teken)|take (?:a|the|this) job|before going|leaves tomorrow|sebelum berangkat|mau kerja ke|pengen kerja ke|(?:pengen|mau|ingin|akan) ikut (?:[a-z]+ ){0,2}kerja (?:ke|di)|kerja (?:ke|di) (?:[a-z]+ ){1,2}(?:tahun depan|bulan depan)|(?:boleh|bisa|blh|bs) (?:tidak |gak )?(?:saya |aku )?kerja (?:ke|di)|(?:mau|akan|arep|nak|pengen|ingin) (?:daftar|mendaftar|melamar) (?:jadi |sebagai )?(?:abk|kerja|pmi|tki|tkw|ke|lpk|pt)|(?:mau|akan|arep|nak|pengen|ingin) (?:liburan|libur|holiday|jalan jalan) (?:ke|to|kat)|ditawari|di tawar\\w*|nawarin|offered|offer|(?:mau|ingin|arep|nak|hoyong) (?:melu|milu|ngiring) (?:[a-z]+ ){0,2}(?:kerja|nyambut gawe|damel|gawe)(?= )|(?:durung|urung|teu acan|tacan) (?:budhal|mangkat|berangkat|angkat|indit)(?= )',
    signals: ['pre_departure'],
    timeless: true,
    negatable: false,
  },
];

/** Words marking a clause as past ("dulu dipukul", "pernah dikunci", "two years ago"). */
// Why the lookbehind on "dulu": after a payment, a wait or a "must" it means "first" ("utang harus lunas dulu",
// "harus tidur sama dia dulu"), not "formerly".
export const PAST_PATTERN =
  '(?:(?<!(?:lunas|bayar|tunggu|sabar|tebus|ganti|kembalikan|balikin|selesaikan|juta|jt|ribu|rb|rupiah|ringgit|rm|dolar|dollar|usd|yuan|baht|won|\\d+) )(?<!(?:harus|wajib|mesti|kudu|hrs|must)(?: [a-z]+){1,5} )(?<!(?:bayar|lunas|lunasi|tebus|ganti|kembalikan|selesaikan|tunggu)(?: [a-z0-9]+){1,4} )(?<!(?:pergi|pamit|tidur|istirahat|makan|mandi|berangkat|keluar|pulang|off|offline|masak|sholat|kerja|lunga|indit|go) )dulu(?! baru)|(?<!(?:tidak|belum|bukan) )pernah|sempat|(?<!(?:dari|sejak|since|ti|ket|wiwit) )(?:tahun|bulan|minggu) kemarin|biyen|mbiyen|baheula|waktu itu|saat itu|sebelumnya|dulu nya|yang lalu|(?<!(?:sejak|since|dari) )(?<!(?:sejak|since|semenjak|wiwit|ket)(?: [a-z0-9]+){1,2} )(?:tahun|bulan|minggu) (?:lalu|lepas)|(?<!(?:sejak|since|semenjak|wiwit|ket)(?: [a-z]+){0,2} )(?:\\d+|dua|tiga|beberapa) (?:tahun|bulan|minggu) (?:yang )?lalu|(?:tahun|taun|bulan|sasih|sasi|minggu|dinten) kapengker|(?:setahun|sebulan|seminggu|sepekan) (?:yang )?(?:lalu|lepas|kapengker)|(?:[3-9]|[1-9]\\d) hari (?:yang )?lalu|majikan (?:lama|pertama|sebelumnya)|(?<!(?:minutes?|mins?|hours?|hrs?|menit|jam|(?:1|2|one|two|a) (?:days?|nights?)) )ago|used to|previous(?:ly)?|(?<!(?:since|sejak) )last (?:year|month|week)|in the past|before(?= (?:saya|kami|dia|mereka) (?:was|were|had) )|(?:back in|pada tahun|tahun|taun|thn|in) (?:19\\d\\d|20[01]\\d|202[0-4])|waktu (?:saya |dia )?(?:kerja|di))';

/** Words marking a clause as recent enough to count as now ("tadi pagi", "kemarin", "last night"). */
export const RECENT_PATTERN =
  '(?:tadi|(?<!(?:tahun|bulan|minggu) )kemarin(?! (?:bulan|tahun|minggu))|semalam|barusan|baru saja|tadi malam|tadi pagi|hari ini|this morning|last night|kemarin malam|(?:1|2|satu|dua|one|two|a) (?:hari|malam|days?|nights?) (?:yang )?(?:lalu|ago)|yesterday|kemarin lusa|just now|\\d+ (?:minutes?|mins?|menit|hours?|hrs?|jam) (?:ago|lalu|yang lalu))';

/** Words marking a clause as present or habitual, which override a past marker elsewhere in the clause. */
export const PRESENT_PATTERN =
  '(?:sekarang|masih|sedang|lagi|terus|setiap hari|tiap hari|sering|selalu|still|every day|always|right now|ayeuna|nuju|saben dina|saben dino|am|is|are|has|have|isih|nanti malam|malam ini|tonight|hari ini|today)';
