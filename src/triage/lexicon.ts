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
  | 'danger_words';

/** Context a cue gives for category, time and who is writing. */
export type Signal =
  | 'organ'
  | 'sex_work'
  | 'marriage'
  | 'scam'
  | 'vessel'
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
  | 'work';

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
  neg: '(?:tidak|belum|bukan|tanpa|no)',
  who: '(?:majikan|agen|agency|agensi|sponsor|perusahaan|company|pt|kapten|captain|mandor|bos|nyonya|tuan|suami|dia|mereka|orang|calo|penjaga|boss)',
  doc: '(?:paspor|dokumen|ic|permit|visa|ktp|kartu identitas|id card|identity card|buku pelaut|seaman books?|seamans books?|arc|resident card|kartu izin|iqama|ikama)',
  person: '(?:saya|kami|dia|mereka|kakak|adik|anak|suami|istri|ibu|ayah|saudara|keponakan|teman|kawan)',
  med: '(?:dokter|doctor|rumah sakit|rs|hospital|klinik|clinic|berobat|obat|medicine|puskesmas)',
};

/** Indicator and emergency cues. */
export const CUES: readonly Cue[] = [
  // ── confinement now (P1) ────────────────────────────────────────────────────────────────────────────
  {
    id: 'locked_in',
    pattern:
      'di (?:kunci|kurung|sekap|kerangkeng|penjara)(?! hp)|di tahan (?:di|dalam) (?:sebuah |satu )?(?:kamar|ruangan|ruang|gedung|rumah|gudang|mess|asrama|kantor|kompleks|compound|kamp|camp)|(?:held|kept|detained) (?:in|inside) (?:a |the )?(?:room|building|house|compound|camp)',
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
      '(?:locked|lock|locking) (?:saya |kami |dia |mereka )?(?:in|up|inside)|held captive|kept captive|locked (?:in|inside) (?:a |the )?room',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    id: 'guarded',
    pattern:
      'di (?:jaga|kawal|awas|pantau) {gap1}(?:ketat|terus|24 jam|penjaga|satpam|orang bersenjata|pakai senjata|bersenjata|preman)|(?:ada |banyak )?(?:penjaga|satpam|security|preman) (?:bersenjata|pakai senjata|bawa senjata|jaga (?:pintu|gerbang|kami|kita))|armed guards?|(?:we are|are being|being) guarded|guards? (?:with guns|everywhere|at the (?:door|gate))',
    emergency: 'confined',
    indicators: ['restriction_of_movement'],
    flags: ['confined_now'],
  },
  {
    id: 'cannot_leave_building',
    pattern:
      '{neg} (?:bisa|boleh|di izin|di boleh) keluar (?:dari )?(?:kamar|gedung|kompleks|compound|kantor|asrama|mess|gudang|ruangan|camp|kamp)',
    indicators: ['restriction_of_movement'],
    negatable: false,
  },
  // ── kidnapping, ransom (P1) ─────────────────────────────────────────────────────────────────────────
  {
    id: 'kidnapped',
    pattern:
      'di (?:culik|sandera)|culik|sandera|kidnap(?:ped|ping)?|abduct(?:ed|ion)?|taken hostage|held hostage|penculikan',
    emergency: 'kidnapping',
    indicators: ['restriction_of_movement'],
  },
  {
    id: 'ransom',
    pattern: 'di tebus|tebus|uang tebusan|ransom',
    emergency: 'kidnapping',
    indicators: ['debt_bondage', 'restriction_of_movement'],
  },
  // ── violence ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'beaten',
    pattern:
      '(?:di )?(?:pukul(?! \\d)|tampar|tendang|siksa|aniaya|setrum|cambuk|jambak|injak|hajar|keroyok|gampar|tonjok|jotos|sundut|cekik|bacok|tusuk|tembak|sabet|seret)|di (?:setrika|siram (?:air panas|air keras|bensin)|lempar (?:pakai|dengan|piring|gelas|barang|sepatu|kursi))|kekerasan(?! (?:verbal|kata))|penyiksaan|penganiayaan|main tangan|ringan tangan|babak belur',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    id: 'beaten_en',
    pattern:
      '(?:beat|beaten|beating|beats|hit|hits|hitting|slapped|slap|kicked|kick|punched|punch|tortured|torture|electrocut\\w*|electric shock|tasered|choked|stabbed|burned saya|hurt saya|abused physically|physically abused|assaulted|violence)',
    emergency: 'violence',
    indicators: ['physical_sexual_violence'],
  },
  {
    id: 'sexual_violence',
    pattern:
      'di (?:perkosa|cabul|leceh|gagah|raba)|perkosa|pemerkosaan|pelecehan|leceh|cabul|pencabulan|rudapaksa|di rudapaksa|kekerasan seksual|di paksa (?:berhubungan|tidur dengan|hubungan badan|melayani nafsu)|raped|rape|sexually (?:assaulted|abused|harassed)|sexual (?:assault|abuse|harassment)|molested',
    emergency: 'sexual_violence',
    indicators: ['physical_sexual_violence'],
  },
  // ── killing threatened (P1), other threats ─────────────────────────────────────────────────────────
  {
    id: 'kill_threat',
    pattern:
      '(?:ancam|mau|akan|bakal|mau di|akan di|bisa di|ancam di|ancam akan di|ancam mau di) ?(?:bunuh|tembak mati)(?! diri)|di bunuh(?! diri)|bunuh (?:saya|kami|kamu|kau|kalian|dia|mereka|kakak|adik)(?! diri)|(?:threat\\w*|will|going to|gonna) (?:to )?kill|kill (?:saya|kami|dia|mereka|you)|di buang (?:ke )?(?:laut|tengah laut)|buang (?:saya |kami |kamu |dia )?ke laut|lempar (?:saya |kami |kamu |dia )?ke laut|throw\\w* (?:saya |kami |dia |you |us )?(?:overboard|into the sea)',
    emergency: 'kill_threat',
    indicators: ['intimidation_threats'],
  },
  {
    id: 'threats',
    pattern: 'di ancam|ancam|ancaman|threat\\w*|intimidasi|di intimidasi|di teror|teror',
    indicators: ['intimidation_threats'],
  },
  {
    id: 'verbal_abuse',
    pattern:
      'di (?:marah|maki|bentak|hina|caci|teriak)|(?:marah|maki|bentak|hina|caci) (?:terus|setiap hari|tiap hari|saya|kami)|(?:sering|selalu|suka|terus|tiap hari) (?:marah|maki|bentak|hina|caci|teriak)|(?:suami|majikan|bos|agen|kapten|mandor|nyonya)(?: nya)? (?:kasar|galak|jahat|kejam)|kata kata kasar|kata kasar|kekerasan verbal|yell\\w*|shout\\w* at|insult\\w*|swear\\w* at|verbal(?:ly)? abuse\\w*',
    indicators: ['intimidation_threats'],
  },
  {
    id: 'report_threat',
    pattern:
      '(?:ancam|ancam mau|ancam akan|mau di|akan di) lapor\\w* (?:ke )?(?:polisi|imigrasi|police|immigration)|(?:ancam|ancam mau|ancam akan|mau di|akan di) deportasi|report\\w* (?:saya |us |her |him )?to (?:the )?(?:police|immigration)|(?:ancam|mau|akan) (?:di )?penjara',
    indicators: ['intimidation_threats', 'abuse_of_vulnerability'],
  },
  {
    id: 'sell_threat',
    pattern: '(?:ancam|threat\\w*) {gap}(?:jual|sell)',
    indicators: ['intimidation_threats'],
  },
  // ── imminent move against one's will (P1) ─────────────────────────────────────────────────────────
  {
    id: 'imminent_move',
    pattern:
      '(?:besok|lusa|nanti malam|malam ini|hari ini|minggu ini|sebentar lagi|segera|akan|mau|bakal|rencana) {gap5}di (?:jual|pindah|bawa|oper|kirim|transfer|serah|tukar|beli|operasi|nikah|kawin|jodoh)|(?:will|going to|gonna|about to) be (?:sold|moved|transferred|taken|sent)|(?:sold|sell|selling) (?:saya|us|her|him|them) (?:tomorrow|tonight|soon)',
    emergency: 'imminent_move',
    flags: ['imminent_move'],
  },
  {
    id: 'sold',
    pattern:
      'di (?:jual|beli)(?! (?:barang|hp|rumah|mobil|motor))|(?:sold|resold) (?:saya|us|her|him|them|to)',
    signals: ['sold'],
  },
  // ── suicidal (P1) ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'suicidal',
    pattern:
      'bunuh diri|(?:mau|lebih baik|lebih baik saya|rasanya mau|rasanya) mati(?! (?:lampu|listrik|hp|baterai))(?: saja)?|akhiri hidup|akhir hidup|mengakhiri hidup|gantung diri|lompat dari (?:gedung|lantai|jendela|atap|balkon)|lari diri dari hidup|minum racun|minum baygon|(?:tidak|belum) (?:mau|kuat|sanggup) hidup lagi|capek hidup|lelah hidup|tidak ada gunanya hidup|kill diri|end (?:saya|my) life|suicid\\w*|mau die|mau to die|to die|better off dead|take saya own life|harm diri|hurt diri',
    emergency: 'suicidal',
    flags: ['suicidal'],
  },
  // ── serious or untreated injury, medical emergency (P1) ───────────────────────────────────────────
  {
    id: 'serious_medical',
    pattern:
      '(?:di )?darah(?! (?:tinggi|rendah))|pendarahan|perdarahan|bleeding|(?:luka|injur\\w*) (?:parah|berat|dalam|bernanah|infeksi|busuk|serius|serious|bad)|(?:di )?nanah|infeksi|infected|(?:di )?patah(?: tulang| kaki| tangan| rusuk)?|broken (?:arm|leg|bone|rib)\\w*|pingsan|tidak sadar|unconscious|passed out|sesak (?:napas|nafas)|can ?t breathe|tidak bisa (?:napas|nafas|bernafas|bernapas)|kejang|di gugur|keguguran|miscarriage|sekarat|dying|sakit (?:parah|keras|berat)|seriously (?:ill|injured|sick)|muntah darah|luka bakar|burns?|lumpuh|tidak bisa jalan',
    emergency: 'serious_medical',
    flags: ['injury_or_medical'],
  },
  {
    id: 'untreated',
    pattern:
      '{neg} (?:mau |pernah |di )?(?:bawa|boleh|izin|kasih|beri|antar|bisa|dapat|pernah) {gap1}(?:ke )?{med}|{neg} (?:di )?(?:obat|rawat)|(?:obat|dokter|berobat) {gap1}{neg} (?:boleh|di kasih|di izin|di beri)|(?:no|refused|refuse|denied) (?:medical|treatment|doctor|medicine|hospital)|(?:not|never) (?:taken|allowed) to (?:a |the )?(?:doctor|hospital|clinic)',
    emergency: 'untreated',
    indicators: ['abusive_conditions'],
    flags: ['injury_or_medical'],
    negatable: false,
  },
  {
    id: 'illness',
    pattern:
      '(?:di )?sakit(?! hati)|(?:di )?luka|memar|lebam|bengkak|demam|hamil|pregnant|injur\\w*|sick|ill|hurt|pain|wound\\w*|cedera|(?:di )?lahir|melahirkan|kontraksi|diare|muntah|batuk|tbc|kanker|stroke',
    flags: ['injury_or_medical'],
    signals: ['illness'],
  },
  // ── danger said in so many words (P1) ─────────────────────────────────────────────────────────────
  {
    id: 'danger_words',
    pattern:
      'nyawa (?:saya |kami |dia |kakak |adik )?(?:terancam|dalam bahaya|di ancam)|dalam bahaya|in danger|(?:tolong )?selamat\\w* (?:saya|kami|kakak|adik|anak|dia)|di selamatkan (?:segera|secepatnya|cepat)|save (?:saya|us|her|him)|sos|darurat|emergency|bahaya sekali|sangat bahaya',
    emergency: 'danger_words',
  },
  // ── restriction of movement ───────────────────────────────────────────────────────────────────────
  {
    id: 'not_allowed_out',
    pattern:
      '{neg} (?:boleh|di boleh|di izin|izin|di kasih|kasih|di beri|di lepas|bisa|di biar|pernah di kasih|pernah boleh|pernah di izin) {gap1}(?:keluar|pulang|pergi|kemana|ke mana|resign|berhenti|libur keluar|lepas|turun (?:ke )?darat|turun kapal)|di larang (?:keluar|pulang|pergi|berhenti|resign)|(?:minta|mau) (?:pulang|berhenti|keluar|resign) {gap}(?:tidak|di tolak|ditolak)|{neg} (?:di )?lepas|(?:tidak|not|never|tidak pernah) (?:allowed|permitted|let) (?:to )?(?:leave|go|go home|go out|quit|get off)|(?:wont|will not) let (?:saya|us|her|him|them) (?:leave|go)|tidak (?:bisa|boleh) leave|terjebak|trapped|stuck|kabur|lari(?! pagi)|escape\\w*|run away|ran away',
    indicators: ['restriction_of_movement'],
    negatable: false,
  },
  // ── isolation ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'phone_taken',
    pattern:
      'hp {gap1}(?:di )?(?:sita|ambil|tahan|rampas|simpan|pegang|kunci)|(?:sita|ambil|tahan|rampas|simpan|pegang) {gap1}hp|{neg} (?:boleh|di boleh|bisa|di kasih|di izin|pernah) {gap1}(?:pakai|pegang|main|punya|pinjam|bawa|buka|telepon|hubung|kontak) {gap1}(?:hp|keluarga|siapa|orang|internet|wifi)|{neg} (?:boleh|bisa|di izin|pernah di kasih) (?:telepon|hubung|kontak|kabar)|{neg} (?:punya|pegang|ada) hp|(?:hp|phone) (?:was |is |were )?(?:taken|confiscated|seized)|(?:took|take|takes|taken) (?:saya |our |her |his )?hp|{neg} (?:allowed|permitted) to (?:use|have|call|contact) |hp {gap}di (?:awas|pantau|periksa|cek|sita|ambil|pegang)|larang {gap1}(?:telepon|hubung|kontak|pakai hp|pegang hp|main hp)|diam diam|secara diam|(?:chat|telepon|hubung|pakai hp|wa) diam|sembunyi sembunyi|secretly|in secret|pinjam hp (?:teman|orang)|borrowed (?:a )?hp',
    indicators: ['isolation'],
    negatable: false,
  },
  // ── retention of documents ───────────────────────────────────────────────────────────────────────
  {
    id: 'documents_held',
    pattern:
      '{doc} {gap}(?:di )?(?:tahan|sita|ambil|pegang|simpan|rampas|kunci)|(?:tahan|sita|ambil|pegang|simpan|rampas) {gap1}{doc}|{doc} {gap1}(?:ada |masih )?(?:di|sama|dengan|dipegang|pada) {who}|{neg} (?:pegang|bawa|megang) {gap1}{doc}|{doc} (?:was |is |were |are )?(?:held|taken|kept|confiscated|withheld|seized)|(?:took|take|takes|keep|keeps|kept|hold|holds|holding|confiscated) (?:saya |kami |dia |mereka |our |her |his |their |the )?{doc}',
    indicators: ['retention_of_documents'],
    negatable: false,
  },
  // ── wages ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unpaid',
    pattern:
      '(?:gaji|upah|uang) {gap5}{neg} {gap1}(?:di )?(?:bayar|kasih|kirim|terima|dapat|cair|beri|gaji)|{neg} (?:pernah )?di (?:gaji|bayar)|{neg} (?:pernah )?(?:bayar|kasih|kirim|beri) {gap1}(?:gaji|upah|pesangon)|(?:pesangon|lembur|upah lembur) {gap1}{neg} (?:di )?(?:bayar|kasih|beri)|{neg} (?:pernah )?gaji|{neg} (?:pernah )?(?:terima|dapat|dapet|di kasih|kasih|di beri) {gap1}gaji|(?:gaji|upah) {gap1}(?:di )?(?:tahan|potong|simpan|tunggak|tunda|telat|terlambat|nunggak)|(?:potong|tahan|tunda) {gap1}gaji|potongan|gaji {gap}(?:telat|terlambat|kurang|cuma|hanya|setengah|separuh|tidak penuh|tidak sesuai|tidak full)|(?:cuma|hanya|baru) (?:di )?(?:bayar|kasih) (?:setengah|separuh|sebagian|sedikit)|gaji {gap}(?:nanti|kalau|setelah|waktu) (?:pulang|selesai kontrak|habis kontrak)|unpaid|(?:tidak|never) (?:been )?paid|no (?:salary|pay|gaji)|gaji (?:is |was )?(?:withheld|delayed|late|deducted|cut)|deduct\\w*|underpaid|tunggakan|tertunggak',
    indicators: ['withholding_of_wages'],
    signals: ['labour_issue'],
    negatable: false,
  },
  // ── debt bondage ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'debt',
    pattern:
      '(?:di )?hutang|debt|di denda|denda|fine[ds]?|ganti rugi|uang jaminan|deposit|kasbon|(?:minta|bayar|harus bayar) (?:uang )?{gap}(?:kalau|untuk|biar|supaya) (?:mau )?(?:pindah|pulang|keluar|berhenti|bebas)|(?:kalau|jika) {neg} (?:bayar|tebus|lunas)|(?:harus|suruh|di suruh|wajib|minta) (?:bayar|ganti) {gap}(?:kalau |baru |untuk |supaya |biar )?(?:bisa )?(?:pulang|keluar|bebas|lepas|resign|berhenti)|(?:kalau|untuk|biar|supaya) (?:mau )?(?:pulang|keluar|bebas|berhenti) {gap}(?:harus |wajib )?bayar|pay \\w* ?(?:to leave|to go home|before)|bond',
    indicators: ['debt_bondage'],
  },
  // ── abusive conditions ───────────────────────────────────────────────────────────────────────────
  {
    id: 'no_food',
    pattern:
      '{neg} (?:di )?(?:kasih|beri|dapat|boleh|bisa|cukup) {gap1}(?:makan|minum)|makan {gap1}(?:cuma|hanya|sekali) |makan (?:sisa|nasi basi|basi)|(?:di )?lapar|kelaparan|starv\\w*|no food|not enough food|{neg} ada (?:makanan|makan)|tidur (?:di )?(?:lantai|dapur|gudang|luar|kamar mandi|teras|balkon|garasi|lorong|kandang|jalan|tempat jemuran)|sleep\\w* (?:on the floor|outside|in the kitchen)|{neg} (?:ada |punya )?(?:kamar|tempat tidur|kasur)|(?:mess|tempat tinggal|kamar) (?:kotor|sempit|penuh|tidak layak)|tidak layak',
    indicators: ['abusive_conditions'],
    negatable: false,
  },
  // ── excessive overtime ───────────────────────────────────────────────────────────────────────────
  {
    id: 'no_rest',
    pattern:
      '{neg} (?:ada |pernah |di kasih |dapat |boleh |di beri |kasih )?(?:hari )?(?:libur|istirahat|off|cuti)|tanpa (?:hari )?(?:libur|istirahat)|no (?:day|days) off|no rest|without rest|7 hari seminggu|seven days a week|(?:dari )?(?:subuh|pagi buta|jam \\d+ pagi) (?:sampai|hingga) (?:tengah )?malam|(?:kerja|work\\w*) (?:siang malam|day and night|non stop|nonstop)|tidur (?:cuma|hanya) [1-4] jam|lembur (?:terus|setiap hari|tiap hari|paksa)|di paksa lembur|forced overtime',
    indicators: ['excessive_overtime'],
    negatable: false,
  },
  // ── deception ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'deceived',
    pattern:
      'di (?:janji|iming|tipu|bohong)|janji(?:nya)? {gap1}(?:kerja|gaji|di)|katanya (?:kerja|jadi|gaji \\d+|di (?:pabrik|restoran|hotel|toko|kantor|kebun))|ternyata {gap}(?:di |bukan|scam|judi|tipu|kerja|jadi|disuruh|harus)|{neg} sesuai (?:janji|kontrak|perjanjian|yang di janji|iklan|lowongan)|beda (?:dengan|dari|sama) (?:janji|kontrak|yang di janji|iklan)|bohong|tipu|lowongan palsu|lied|lie to|promised|tricked|deceived|fake job|(?:job|work) (?:was |is )?(?:different|not as promised)|bukan (?:kerja|pekerjaan) (?:yang|seperti|sebagai)|seharusnya (?:kerja|jadi|di)',
    indicators: ['deception'],
    signals: ['suspicious_recruitment'],
  },
  // ── abuse of vulnerability ───────────────────────────────────────────────────────────────────────
  {
    id: 'vulnerability',
    pattern:
      'di manfaat|manfaat (?:keadaan|kondisi|situasi)|takut (?:di )?(?:tangkap|lapor) (?:polisi|imigrasi)|take\\w* advantage|because (?:saya am|we are|she is|he is)? ?(?:illegal|undocumented)|{neg} bisa bahasa',
    indicators: ['abuse_of_vulnerability'],
    negatable: false,
  },
];

/** Context cues: sector, case type, time and who writes. They raise no indicator by themselves. */
export const CONTEXT_CUES: readonly Cue[] = [
  {
    id: 'organ',
    pattern: 'ginjal|organ|kidney|liver|hati (?:saya|nya) di ambil|jual (?:ginjal|organ)|transplant\\w*',
    signals: ['organ'],
  },
  {
    id: 'forced_sex_work',
    pattern:
      'di (?:paksa|suruh|jadi|jual) {gap1}(?:jadi )?(?:psk|pelacur|wts|lonte|layan tamu|layan laki|layan pria|temani tamu|jual diri|tidur dengan tamu|kerja seks|prostitu\\w*|lc|open bo)|(?:forced|made) (?:into|to do|to work in) (?:prostitution|sex work)|forced to sleep with',
    emergency: 'sexual_violence',
    indicators: ['physical_sexual_violence'],
    signals: ['sex_work'],
  },
  {
    id: 'sex_work',
    pattern:
      '(?:di )?(?:paksa|suruh|jadi|jadikan|jual|kerja) {gap1}(?:psk|pelacur|wts|lonte|layan tamu|layan laki|temani tamu|jual diri|tidur dengan tamu|kerja seks|prostitu\\w*|lc|pemandu lagu|open bo)|(?:di )?layan (?:tamu|laki|pria|pelanggan|nafsu)|temani (?:tamu|minum)|prostitu\\w*|pelacuran|lokalisasi|mucikari|germo|sex work\\w*|forced to sleep with|open bo|rumah bordil|brothel|karaoke|panti pijat|massage parlou?r|spa plus',
    signals: ['sex_work'],
    timeless: true,
  },
  {
    id: 'marriage',
    pattern:
      'pengantin pesanan|pengantin (?:cina|china|tiongkok|taiwan)|mail order bride|kawin kontrak|nikah kontrak|di (?:jodoh|nikah|kawin)|(?:paksa|suruh) (?:nikah|kawin|menikah)|(?:nikah|kawin|menikah) (?:dengan|sama) (?:orang |pria |laki laki |cowok )?(?:cina|china|tiongkok|taiwan|asing)|mak comblang|biro jodoh|dijodohkan|calon suami (?:orang )?(?:cina|china|tiongkok)|suami (?:orang )?(?:cina|china|tiongkok)',
    signals: ['marriage'],
    timeless: true,
  },
  {
    id: 'scam',
    pattern:
      'scam\\w*|penipuan (?:online|daring)|tipu (?:orang|online)|suruh (?:tipu|menipu|scam)|love scam|romance scam|judi (?:online|slot)|judol|online gambling|gambling|slot|casino|kasino|crypto|kripto|investasi bodong|trading palsu|pig butchering|fraud|akun palsu|fake account|(?:kerja|work) (?:di )?(?:depan )?(?:komputer|computer|laptop)|target (?:orang|customer|korban|chat)|(?:capai|kejar|penuhi|memenuhi|reach|meet|hit) (?:the )?targets?|di (?:jual|oper) {gap1}(?:ke |kepada )?(?:perusahaan|company|bos|boss) lain|cs judi|admin judi|customer service|chat (?:dengan|sama) (?:orang|customer|korban|target)|perusahaan (?:cina|china|tiongkok)|kk park|shwe kokko|myawaddy|compound|kompleks (?:perusahaan|kantor)|online (?:job|kerja)',
    signals: ['scam'],
    timeless: true,
  },
  {
    id: 'vessel',
    pattern:
      'kapal|abk|anak buah kapal|awak kapal|nelayan|fishing|vessel|ship|boat|crew|longline|long line|kapten|captain|di laut|tengah laut|laut lepas|at sea|perahu|buku pelaut|seaman|seamen|pelaut|tuna|cumi',
    signals: ['vessel'],
    timeless: true,
  },
  {
    id: 'in_port',
    pattern: 'sandar|berlabuh|di pelabuhan|pelabuhan|docked|in port|at port|at the port|merapat',
    signals: ['in_port'],
    timeless: true,
  },
  {
    id: 'domestic',
    pattern:
      'prt|art|pembantu|asisten rumah tangga|pekerja rumah tangga|rumah tangga|domestic (?:helper|worker)|maid|helper|fdh|fdw|(?:jaga|rawat|urus|asuh) (?:nenek|kakek|oma|opa|ama|akong|lansia|orang tua|jompo|bayi|anak majikan|orang sakit)|caregiver|care giver|carer|nanny|babysitter|momong|sopir pribadi|tukang kebun|pekerja rumahan|kerja (?:di )?rumah (?:majikan|orang)|nyonya|tuan rumah|penata laksana|pelaksana rumah tangga|informal',
    signals: ['domestic'],
    timeless: true,
  },
  {
    id: 'labour_sector',
    pattern:
      'pabrik|factory|kilang|kebun|perkebunan|sawit|ladang|plantation|konstruksi|construction|proyek|project|bangunan|building site|magang|intern\\w*|trainee|restoran|restaurant|rumah makan|hotel|peternakan|farm|tambang|mine|gudang|warehouse|pertanian|agriculture|las|welder|buruh|pekerja pabrik|operator',
    signals: ['labour_sector'],
    timeless: true,
  },
  {
    id: 'work',
    pattern:
      'kerja|work\\w*|job|majikan|bos|perusahaan|company|gaji|pmi|tkw|tki|abk|buruh|pekerja|pembantu|magang',
    signals: ['work'],
    timeless: true,
  },
  {
    id: 'agency',
    pattern: 'agen|agency|agensi|pt|p3mi|pjtki|sponsor|calo|perekrut|recruiter|penyalur|lpk',
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
    id: 'contact_lost',
    pattern:
      '(?:hilang|putus|lost) (?:kontak|contact|komunikasi|kabar)|{neg} (?:bisa |pernah |ada )?(?:di )?(?:hubung|telepon|kontak)|{neg} (?:ada |pernah |dapat |kasih |ngasih )?kabar|(?:nomor|hp|wa|whatsapp)(?:nya)? {gap1}{neg} (?:aktif|bisa|nyambung)|(?:hp|nomor|wa)(?: nya)? mati|jarang (?:aktif|kabar|ada kabar|bisa di hubung|balas|telepon)|no (?:news|contact)|(?:cannot|can t|could not|tidak bisa) (?:reach|contact)|menghilang|di cari|{person} {gap1}hilang|hilang (?:tanpa kabar|begitu saja|entah)|missing|lost touch|tidak (?:pernah )?(?:telepon|balas|membalas)|{neg} (?:ada )?respon',
    signals: ['contact_lost'],
    timeless: true,
    negatable: false,
  },
  {
    id: 'suspicious_recruitment',
    pattern:
      'visa (?:turis|kunjungan|wisata|ziarah|umroh|umrah|holiday|tourist|visit|pelancong|melancong|jalan jalan)|(?:tourist|visit) visa|lewat (?:calo|sponsor|teman|kenalan|facebook|fb|tiktok|ig|instagram|wa|whatsapp|telegram|medsos|online)|(?:lowongan|tawaran|info kerja|iklan) {gap1}(?:dari |di |lewat )?(?:fb|facebook|tiktok|medsos|ig|instagram|telegram|wa|whatsapp|teman|online)|{neg} (?:lewat|melalui|pakai) (?:pt|p3mi|agen resmi|bp2mi|jalur resmi|resmi)|non prosedural|unprocedural|tidak resmi|ilegal|illegal|gaji (?:besar|tinggi|gede|tinggi sekali|menggiurkan)|gaji \\d+ (?:juta|jt)|high salary|berangkat (?:lewat|dari|via) (?:batam|nunukan|entikong|tanjung pinang|dumai|tanjung balai|jalur tikus)|jalur (?:tikus|belakang)',
    signals: ['suspicious_recruitment'],
    timeless: true,
  },
  {
    id: 'welfare',
    pattern:
      '(?:mau|ingin) pulang|kangen|rindu|homesick|tidak betah|stres\\w*|stress\\w*|depresi|depress\\w*|sedih|sad|lonely|kesepian|putus asa|capek|lelah|cemas|takut|overstay|over stay|visa {gap1}(?:habis|mati|expired|tamat)|paspor {gap1}(?:habis|mati|expired|hilang)|izin tinggal {gap1}(?:habis|mati)|permit {gap1}(?:habis|mati|expired|tamat)|ilegal|undocumented|pendatang asing tanpa izin|pati|kaburan|tidak (?:punya|ada) (?:dokumen|permit|visa)|want to go home|bantuan pulang|pemulangan|deportasi|di deportasi|tahanan imigrasi|depot imigrasi|rumah detensi|detention|di tangkap (?:polisi|imigrasi)',
    signals: ['welfare'],
    timeless: true,
  },
  {
    id: 'over',
    pattern:
      '(?:sudah|berhasil|sempat|bisa) (?:kabur|lari|keluar dari|bebas|di selamat|di pulang|di lepas|di jemput)|(?:sudah|sekarang) (?:di )?(?:aman|selamat)|(?:sekarang|sudah) (?:di |tinggal di |ada di )?(?:kbri|kjri|kdei|shelter|penampungan|rumah aman|safe house)|sudah (?:tidak|gak) (?:di )?(?:sana|situ|kerja di sana)|(?:already|now) (?:safe|home|back)|escaped|rescued|(?:saya am|we are) safe now|sudah (?:di )?(?:tangan|jemput) (?:polisi|kbri|kjri)',
    signals: ['over'],
    timeless: true,
  },
  {
    id: 'returned',
    pattern:
      '(?:sudah|baru|telah) (?:pulang|di pulang|sampai|kembali|tiba|balik) (?:ke |di )?(?:indonesia|indo|tanah air|rumah|kampung|jakarta|surabaya)?|(?:sudah|sekarang) (?:di |ada di )?(?:indonesia|kampung|tanah air|rumah(?! majikan))|(?:sudah|telah) di deportasi|(?:already|now) (?:back )?(?:home|in indonesia)|returned (?:home|to indonesia)|mantan (?:pmi|tkw|tki|abk|pekerja)|waktu (?:saya |dia )?(?:kerja|di) (?:sana|malaysia|saudi|arab|taiwan|hongkong|hong kong|korea|jepang|kamboja|myanmar)',
    signals: ['returned'],
    timeless: true,
  },
  {
    id: 'years',
    pattern:
      '(?:\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|bertahun|se) ?tahun|years?',
    signals: ['years'],
    timeless: true,
  },
  {
    id: 'minor_words',
    pattern:
      '(?:di )?bawah umur|underage|minor|masih (?:sekolah|smp|sma|smk|sd|kecil|anak anak|remaja|belum 18)|anak sekolah|lulusan smp|belum (?:17|18|cukup umur)|pelajar',
    signals: ['minor'],
    timeless: true,
  },
];

/** Words marking a clause as past ("dulu dipukul", "pernah dikunci", "two years ago"). */
export const PAST_PATTERN =
  '(?:dulu|pernah|waktu itu|saat itu|sebelumnya|dulu nya|yang lalu|(?:tahun|bulan|minggu) lalu|(?:\\d+|dua|tiga|beberapa) (?:tahun|bulan|minggu) (?:yang )?lalu|[3-9] hari (?:yang )?lalu|majikan (?:lama|pertama|sebelumnya)|ago|used to|previous(?:ly)?|last (?:year|month|week)|in the past|waktu (?:saya |dia )?(?:kerja|di))';

/** Words marking a clause as recent enough to count as now ("tadi pagi", "kemarin", "last night"). */
export const RECENT_PATTERN =
  '(?:tadi|kemarin|semalam|barusan|baru saja|tadi malam|tadi pagi|hari ini|this morning|last night|kemarin malam|(?:1|2|satu|dua) hari (?:yang )?lalu|just now)';

/** Words marking a clause as present or habitual, which override a past marker elsewhere in the clause. */
export const PRESENT_PATTERN =
  '(?:sekarang|masih|sedang|lagi|terus|setiap hari|tiap hari|sering|selalu|still|every day|always|right now)';
