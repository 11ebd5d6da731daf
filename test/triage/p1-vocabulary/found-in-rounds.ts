import type { EmergencyKind } from '../p1-coverage-matrix.ts';

/**
 * Emergencies found in later rounds' tuning halves and in probes, by class (new sentences of our own, not copied
 * from any set), with the near misses each class must not catch. The comment above each line names its rule.
 */
export const FOUND_IN_ROUNDS_VOCABULARY: readonly EmergencyKind[] = [
  {
    kind: 'hopelessness with means at hand or a farewell, and a worthless life going away for ever',
    flag: 'suicidal',
    emergencies: [
      // hopelessness with a poison bought
      'sy sdh beli baygon, sy gk kuat lagi',
      // hopelessness with words of leave-taking
      'mak sy pamit ya, maafin semua salah sy, sy gk kuat lagi disini',
      // a worthless life and going away for ever
      'nyawa sy gk ada harganya, mending sy pergi aja selamanya',
    ],
    notEmergencies: [
      // a poison bought on the employer’s orders
      'disuruh majikan beli baygon, capek gk kuat lagi',
      // leaving for home
      'sy gk kuat lagi kerja disini, sy pamit pulang aja',
      // (A poison bought for the pests by someone who "can't go on" is in second-reader.test.ts: the rules ask,
      // the second reader may raise it.)
    ],
  },
  {
    kind: 'emergencies found by probing with new phrasing: Sundanese imprisonment, a move tomorrow in English, an organ to be taken, sold and out of reach',
    emergencies: [
      // imprisoned, in Sundanese
      'abdi dipanjara di kamar ku dunungan, teu dibere dahar',
      // moved tomorrow, in English
      'they took our passport, tomorrow they move us to another building',
      // a kidney to be taken
      'tolong jemput anak saya, dia telpon bilang ada orang mau ambil ginjalnya',
      // sold and out of reach
      'istri sy gak bisa dihubungi, terakhir dia bilang dia dijual ke orang',
    ],
    notEmergencies: [
      // a killing in the news
      'tadi liat berita ada tki dibunuh di malaysia, serem ya',
      // a locking seen on TikTok
      'i saw on tiktok a girl locked in room by agency in dubai, so scary',
      // being moved home tomorrow
      'tomorrow the agency will send us home, thank you',
    ],
  },
  {
    kind: 'round 9: Javanese and Sundanese words, guards, forced sex work, boats, war, ships sailing, questions about a symptom',
    emergencies: [
      // beaten last night, in Javanese
      'bojoku nggebuki aku wingi bengi, aku wedi',
      // the door locked, in Javanese
      'aku nang omahe agen, lawange dikunci, hp dijupuk',
      // thrown into the sea tonight, in Javanese
      'mandor ngancam arep mbuwang wong telu neng segara bengi iki',
      // blue lips and short breath
      'kakak sy sesak, bibirnya biru, majikan gk mau bawa ke rs',
      // made to go out with a customer tonight, in Sundanese
      'abdi kedah kaluar sareng tamu wengi ieu ku mami',
      // followed by a guard everywhere
      'kemana2 diikutin penjaga, paspor dipegang bos',
      // a guard on the flat day and night
      'my sister says ada orang jaga apartemennya 24 jam',
      // "I am next"
      'teman sy hilang dari kapal semalam, kapten bilang klo lapor sy yg berikutnya',
      // a child of 14 carrying loads on a plantation
      'adik sy umur 14 ikut ke kebun sawit, tiap hari disuruh angkut buah',
      // held again after being deported ("tapi sekarang")
      'sy sudah dideportasi ke nunukan, tapi sekarang ditampung calo, pintu dikunci, besok mau dibawa balik',
      // at the front with a comrade killed
      'we are at the front line, one of us was killed by drone, they keep our passports',
      // the ship sails in two days and the crew want off
      'kapal berangkat lagi lusa, kami minta pulang tapi paspor ditahan kapten',
      // a question about someone who cannot breathe, and "my friend is like that"
      'kalau orang tidak bisa napas itu harus gimana? teman saya begitu sekarang, di kapal tidak ada dokter',
    ],
    notEmergencies: [
      // a worry about what may happen
      'adik sy gk bisa dihubungi, ibu takut adik disekap kayak di berita',
      // jail by the state feared
      'dia wedi dicekel imigrasi lan dipenjara, piye carane mulih?',
      // fainted, treated and feeling better
      'kemarin sy pingsan di pabrik, udh dibawa ke klinik, skrg udh mendingan',
      // denied in Malay
      'takde orang paksa saya tidur dengan pelanggan, tapi gaji dipotong',
      // suicide as a topic
      'ada materi pencegahan bunuh diri buat penyuluhan pmi?',
      // beaten long ago, in Javanese
      'biyen bojoku kerja neng kapal, dipukuli, saiki wis sehat neng omah',
      // "not an emergency"
      'not an emergency, just asking about overtime pay',
      // wishing to die said not to be meant
      'rasanya pengen mati aja tp bukan maksud mau bunuh diri, cuma capek',
      // "I will not hurt myself", in Javanese
      'rasane kaya arep mati, nanging aku ora arep nglarani awakku dhewe',
      // made to drink with guests
      'disuruh nemenin tamu minum di karaoke, gaji dipotong',
      // a marriage promised
      'anakku ditangkep nang bandara, jare arep dinikahi pacare',
      // a supposition in Javanese
      'nek misale ana kanca dikunci majikan, kudu lapor sopo? ora ana kedadean kok',
      // a drone factory
      'adik sy kerja di pabrik drone 12 jam sehari, paspor dipegang',
      // a ship that sails with a willing crew
      'kapal berangkat lusa, gaji lancar, kami semua sehat',
    ],
  },
  {
    kind: 'round 10: disappearing, a coach at night, academies, a boss’s words asked about, boats, first-person suppositions',
    emergencies: [
      // to be made to "disappear"
      'mandor bilang sy bakal hilang kl lapor ke kedutaan',
      // a coach coming into a child’s room at night
      'adik sy 14 thn di akademi bola, pelatihnya suka masuk kamar malem2',
      // a child taken by a football academy to work
      'anak sy umur 15 diajak akademi bola ke malaysia, ternyata disuruh kerja di kebun',
      // the boss’s words asked about
      'yen bos ngomong sesuk kowe tak dol nang kapal liyane kuwi piye? aku neng kapal',
      // a small boat taking water in high waves
      'kami di kapal kayu dari batam ombaknya besar sekali kapalnya sudah kemasukan air',
      // a first-person supposition with the writer’s own case
      'kalo kita gk boleh keluar kebun dan mandor jaga pake anjing itu gmn? kami di ladang, gaji 5 bln gk dikasih',
      // thrown into the sea with a friend, in Javanese
      'mandor ngancam arep mbuang aku karo kancaku neng segoro',
      // a guard at the door
      'gk bs blg bnyk. ada yg jaga di pintu. sy dipaksa kerja scam',
      // bluish lips and wheezing
      'temen sy napasnya bunyi ngik ngik bibirnya udh kebiruan, mandor blg tunggu besok',
    ],
    notEmergencies: [
      // a hotline test
      'This is a test from the volunteer team, please ignore. Testing keywords: locked in, emergency',
      // dying of heat, laughing
      'panas di Riyadh rasanya mau mati kepanasan hahaha, sy baik2 aja kok',
      // a joke
      'penat gila minggu ni, rasa nak mati, tapi gurau je',
      // not undergone
      'uang lembur hanya dibayar setengah. Saya tidak mengalami kekerasan apa pun',
      // an illness named and treated
      'aku wis ning rumah sakit, dokter wis nangani, tipes. gajiku dipotong opo ora?',
      // feeling better, in Malay
      'dah jumpa doktor, demam denggi, sekarang dah okey sikit, tapi gaji dipotong',
      // news of a boat
      'Berita pagi ni pasal 5 orang mati lemas bot terbalik kat Johor, sedih',
      // a placement asked about before departure
      'ponakanku umur 17 arep dikirim kerja ning Malaysia karo calo, apa oleh? durung mangkat',
      // the writer’s own move tomorrow
      'besok saya mau pindah kerja ke majikan baru, perlu lapor kbri tidak?',
    ],
  },
  {
    kind: 'round 11: voice-to-text, code-switching and eastern Indonesian: moves told before their day, children, basements, self-harm said many ways',
    emergencies: [
      // taken to a ship tonight
      'kalau sy gk ada kabar lagi berarti sy udh dibawa ke kapal malam ini sm org agen',
      // sold with the day set
      'saya dijual sama agen ke bos lain, besok pagi dijemput mobil hitam, saya gak mau',
      // a child of fourteen in Sundanese, made to work
      'abdi budak keneh umur opat welas di gawekeun di imah urang, teu meunang sakola',
      // a child sold to marry, in Malay
      'anak saudara saya umur empat belas kena jual kat orang kaya untuk kahwin',
      // kept in a basement, moved on Sunday
      'my friend is kept in basement of a massage place, they will move us to Malaysia on Sunday',
      // not wanting to be here, a letter written
      'I dont want to be here anymore. I wrote letter for my mother already.',
      // a leg turned black
      'kaki sy udh item dari lutut kebawah, majikan bilang nanti sembuh sendiri',
      // a farewell with the rope made ready, in Javanese
      'mbak aku pamit yo aku wis ra kuat tali wis tak siapke',
      // flown this week against her will
      'katanya minggu ini sy diterbangin ke Amman padahal janjinya ke Taiwan, sy gk mau',
      // a door locked with the payment still owed
      'pintu dikunci, agency bilang hrs bayar potongan 7 bulan dulu baru dikasih majikan',
      // burning threatened
      'sponsor ngancam mau bakar sy. dia bilang udh pernah bunuh pembantu sebelum sy',
      // brought tomorrow to be sold, in English
      'She said tomorrow driver bring me to agency office, they sell me to other family',
      // made to go next week, unwilling
      'My employer say I must go with them to Dubai next week, I don’t want. She keep my passport',
      // all the medicine at once
      'my friend she take all her medicine at once, now vomiting and sleepy',
      // on the roof, not coming down
      'kak sy lg di atas atap asrama, sy gk mau turun lg',
      // pills saved, better without me
      'I think it is better for everyone if I am not here anymore. I already saved the pills.',
      // jumping from the ship tonight, in Javanese
      'wis ora ana gunane aku urip, mengko bengi aku arep nyemplung wae seka kapal iki',
      // a body covered in bruises
      'sa pu ade di Brunei kirim foto badannya biru2 semua, majikan duduk di sebelah waktu dia telpon',
      // padlocked from outside, food through the window
      'pintu dari luar dong gembok. makan dikasih lewat jendela',
      // cutting one’s own hands
      'udh gk kuat bgt sy, td udh potong2 tgn sndr, darah bnyk',
    ],
    notEmergencies: [
      // fainted, seen at a clinic, now ok
      'kemarin pingsan di dapur, udah dibawa ke clinic sama employer, now ok cuma masih lemes',
      // a warning passed on
      'HATI HATI lowongan kerja di thailand lewat telegram, banyak yg jadi korban disekap di myanmar, sebarkan',
      // a procedure asked for a talk
      'Mohon informasi prosedur pemulangan jenazah PMI dari Malaysia, untuk bahan sosialisasi di desa kami.',
      // suicide denied, in Malay
      'Saya penat dan stres, tapi tak ada fikir nak bunuh diri.',
      // not beaten, in Ambonese
      'majikan seng kase makan cukup, seng dapat libur, tapi dia seng dipukul',
      // "ora" is no speaker
      'aku lara tapi ora dientukke mriksa, tapi wis sembuh',
    ],
  },
  {
    kind: 'round 12: very short messages and chat shorthand',
    emergencies: [
      // someone dead in the dorm, locked in
      'ada yang meninggal in our dorm, bosnya bilang jangan lapor, we are locked',
      // a child of sixteen, in English
      'sir i am 16 they make me work in the karaoke at night',
      // held at the agent’s house, two guards, in chat shorthand
      'sy dtahan d rmh agen d johor bahru dijaga 2 org, psport diambil',
      // a leaking boat, in chat shorthand
      'kpl ikan bendera taiwan bocor air msk trs, kapten gk mau minta bantuan',
    ],
    notEmergencies: [
      // self-harm denied with "berpikir"
      'saya tertekan dengan pekerjaan, tetapi saya tidak berpikir untuk menyakiti diri sendiri',
      // a fever seen at a clinic, better now
      'kmrn sy demam tinggi tp udh dibawa majikan ke klinik, skrg mendingan',
      // a supposition asked with "ngapain"
      'klo misal nanti sy dikunci majikan hrs ngapain',
      // a seventeen-year-old asking
      'i am 17 and i want to ask is it legal to work as a helper in singapore at my age?',
    ],
  },
  {
    kind: 'round 12: Malay and Javanese',
    emergencies: [
      // made to serve men, in Malay
      'saya dibawa kata kerja spa kat Johor Bahru rupanya kena layan lelaki, pasport mami pegang',
      // scalded with hot oil, in Javanese
      'tanganku kesiram lenga panas karo majikan wingi, kulite mlocot kabeh, ora diobati',
      // he came into her room and forced her, in Malay
      'anak lelaki majikan masuk bilik saya malam malam, semalam dia paksa saya',
      // kicked and hiding, in Javanese
      'majikan lanang ngamuk, aku didhupak nganti tiba, saiki aku ndhelik neng kamar mandi',
      // a padlocked door, in Malay
      'pintu rumah dah kunci mangga, tingkap semua ada grill, saya kat Kuching tolong',
      // a head banged on the wall, vomiting
      'Bos tarik rambut saya hantuk kepala kat dinding malam tadi, kepala bengkak, pening, muntah dua kali',
    ],
    notEmergencies: [],
  },
  {
    kind: 'round 12: told formally, by relatives, lawyers and NGO staff',
    emergencies: [
      // kept in an apartment, forced into sex, a man at the door
      'my sister has been kept in an apartment and forced to provide sexual services to clients every night. There is a man guarding the door.',
      // "mending tak untal kabeh obat iki", in Javanese
      'Mas, aku wis ora kuat, mending tak untal kabeh obat iki ben rampung',
      // locked inside the cabin
      'the captain locks three Indonesian crew inside their cabin whenever the vessel is in port',
      // letters to her children, savings given away
      'she is under heavy stress, she has written letters to each of her children, given away her savings and asked me to look after her son if something happens',
    ],
    notEmergencies: [
      // sent home early
      'he has been told he will be sent home early and cannot repay the debt. He is not confined and is physically safe.',
      // a school assignment, in Malay
      'saya sedang menyiapkan tugasan sekolah. Boleh tak berikan contoh kes pembantu rumah yang dikurung? Ini bukan aduan.',
      // a chain message
      'VIRAL!! Tolong sebarkan ke semua grup. Video WNI disiksa di Kamboja, ribuan orang masih disekap. Please share.',
      // Malay "biar tak hilang"
      'Majikan simpan passport saya, katanya biar tak hilang. Yang lain semua ok, gaji bayar penuh.',
      // Malay "dah tak pukul"
      '2 minggu lepas majikan tampar saya. sekarang dia dah tak pukul, tapi potong gaji RM200',
    ],
  },
  {
    kind: 'round 13: Sundanese and Gulf households, men at work, third parties writing about cases',
    emergencies: [
      // Gulf Arabic words and a household bleach
      "ana ta'ban khallas, sy mau minum klorox aja biar selesai",
      // pushed from a car, lying still, no ambulance
      'temen sy didorong keluar dr mobil sama baba nya, skrg gk gerak di depan pintu, mafi ambulance',
      // a farewell: "if I do not reply tomorrow, tell my mother"
      'kalo besok sy gk bls lagi tolong kabarin ibu sy ya, sy udh capek bgt sm semuanya',
      // the man of the house at her door at night, and her fear, in Sundanese
      'baba sok asup ka kamar abdi unggal wengi upami madam tos sare, abdi sieun wengi ieu deui',
      // a guard at the door day and night, in Sundanese
      'di penampungan aya satpam nu ngajaga panto 24 jam, paspor dicandak',
      // a farewell with withdrawal, in Javanese
      'kancaku wis rong dina ora metu kamar, ora mangan, mau bengi pamitan, titip ibu',
      // a Malay guard at the door day and night
      'ada pengawal jaga pintu kongsi siang malam, gk boleh keluar sama skali',
      // chest pain and a numb left arm, help put off
      'temen sy dadanya sakit bgt tangan kirinya kebas udh sejam, bos bilang tunggu bis pagi aja',
      // chest pain and a cold sweat
      'suami sy dadanya sakit bgt kayak ditindih keringet dingin, sendirian di kontainer asrama',
      // locked in the fish hold at night, in Malay
      'Tekong kunci kami dalam palka waktu malam sebab takut kami lari',
      // she will jump tonight, told by a neighbour
      'The helper next door had her phone taken months ago. Tonight she said she will jump from the service yard and said goodbye.',
      // a girl of seventeen in a karaoke
      'sy cewek 17thn dibawa om2 ke kuching ternyata disuruh nemenin tamu karaoke skrg di mess gk blh keluar',
    ],
    notEmergencies: [
      // self-harm denied: "gk bakal bunuh diri"
      'sy stres tp tenang aja sy gk bakal bunuh diri kok, cuma pengen pulang',
      // a Sundanese assignment asking for data
      'abdi mahasiswa, nuju ngadamel tugas ngeunaan TKW nu dianiaya di Saudi, tiasa nyuhunkeun data?',
      // a curfew in the workers' camp, no lock or guard
      'kami bekerja 14 jam sehari, tidak ada kekerasan, tetapi kami tidak diizinkan keluar kamp walau sudah meminta',
      // a broken arm operated on
      'sepupuku jatuh terus patah tangan tapi wis dioperasi, employer yang bayar semua',
      // a soap opera
      'sy nonton sinetron, ada TKW dikunci di gudang sm majikan. itu di dunia nyata bisa lapor kemana?',
      // a father whipped on a ship long ago, in Sundanese
      'pun bapa kantos di kapal Korea taun 2000-an, ayeuna tos sepuh sehat di bumi, kantos dipecut',
      // a talk for a school
      'saya kepala sekolah, ingin mengadakan penyuluhan tentang modus lowongan palsu yang berujung penyekapan. Mohon informasi narasumber.',
    ],
  },
  {
    kind: 'round 14: scam compounds, relatives at home, English',
    emergencies: [
      // pills bought and a message for the mother
      'I already buy the pills. Please tell my mother sorry.',
      // a girl who looks fourteen, working, a bruise on her face
      'an Indonesian girl in my building looks about 14, she cleans for the family and never goes to school, today a bruise across her face',
      // "they finish me tonight"
      'I think I will not see tomorrow. They say tonight they finish me.',
      // a head pushed into a bucket of water
      'the boss put my head in water bucket because I lose the money, they say again tonight',
      // forced into a truck tonight
      'agent force us in container truck tonight to cross Thailand, 20 person, no air hole',
      // a sale threatened for tomorrow
      'kalau besok saya gk capai target mereka bilang mau jual saya ke kompeni yg lebih kejam',
      // "ora betah urip" and a farewell
      'wis ora betah urip. aku nulis iki kanggo pamitan wae yo mas',
      // a voice message: "tomorrow it is my turn"
      'sy di myawaddy tadi pagi ada 3 org temen sy dijual ke kompeni lain trus manajer bilang besok giliran sy sy gk mau',
      // a girl of fifteen made to chat with men
      'my sister, she is 15, they take her to a building in pampanga made to chat with men for money and scam. She cannot go out',
      // a kidney to be taken the day after tomorrow
      'orang di sana akan membawanya ke rumah sakit lusa untuk diambil ginjalnya. Ia tidak setuju.',
      // locked in the fish hold
      'captain lock 4 indonesian crew in fish hold since yesterday because they ask for salary, no water',
      // a voice note to the kids
      "she sent voice note: tell the kids i am sorry, i can't anymore. nobody answers her phone now",
      // a photo of the poison, then silence
      'adik sy kirim foto obat nyamuk cair sama tulisan udah ya kak, abis itu gk bisa dihubungi',
      // following the dead father, in Javanese
      'mbak, wis ora kuat aku. pengen nyusul bapak wae.',
      // no use living, in krama Javanese
      'Kula mboten kiyat malih, mboten wonten gunanipun gesang.',
      // cutting her hand, "better die"
      'my friend in kamar mandi cut her tangan many times, banyak darah. she say better die',
    ],
    notEmergencies: [
      // dengue treated in hospital
      'I had dengue, now already in hospital Tuen Mun and doctor treat me, employer pay. can I extend visa?',
      // a documentary
      'I watched a documentary about Indonesian fishermen dying on Chinese boats. Is there a way to donate?',
      // beaten last month, in Javanese, moved away since
      'adhiku wingi sasi kepungkur dipukuli majikan nang Ipoh, saiki wis pindah nang omahe kancane',
    ],
  },
];
