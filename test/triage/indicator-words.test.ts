import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/triage/index.ts';
import { triage } from '../../src/triage/index.ts';

const indicatorsOf = (message: string) => triage({ texts: [message], answers: {} }).indicators;

// Word classes for the ILO indicators (TRIAGE.md), in new sentences not copied from any evaluation set: each kind
// in several languages of the hotline, and the near misses that must not raise it.
describe.each<[Indicator, string, string[], string[]]>([
  [
    'retention_of_documents',
    'documents kept: local verbs and papers, or not given back',
    [
      'paspor kulo dicekel bos pabrik',
      'bojoku paspor digawa mandor proyek',
      'KTP abdi dicandak ku calo',
      'the company keep my zairyu card',
      'broker hold my residence card since arrival',
      'huzhao sy dipegang zhongjie',
      'jawaz sy masih sama mama',
      'agen gk mau balikin ijazah sy',
      'they will not return our passports before we pay',
    ],
    ['sy pegang paspor sendiri', 'paspor sudah dikembalikan agen kemarin'],
  ],
  [
    'withholding_of_wages',
    'wages behind, in workplace languages too',
    [
      'gaji 3 bulan belum. majikan diam saja',
      'sudah setahun tidak ada rawatib dari baba',
      'sahod ko 2 months late na',
      'wolgeup sajangnim belum kasih',
      'my salary late again this month',
      'lembur saya tidak dihitung sama sekali',
      'overtime not paid for two months',
      'they keep my first 3 months wages',
      'uang hasil jualan diambil semua bos',
      'kami mogok minta gaji 5 bulan',
      'he got beaten because he ask his salary',
      'katanya 3 jt tapi cuma dikasih 1 jt',
      'gaji 2 bulan juga masih ditahan',
    ],
    ['gaji lancar tiap bulan', 'kyuuryou tepat waktu, aman', 'madam only give 1 hour phone on friday'],
  ],
  [
    'debt_bondage',
    'loans, costs to refund before leaving, fees for papers or release',
    [
      'gaji dipotong buat cicil pinjaman keberangkatan',
      'we must repay the loan to the agency first',
      'mau resign disuruh ganti biaya training 10 jt',
      'kalau mau ambil paspor harus bayar 3 jt',
      'they ask pay 3000 dirham for visa cancel',
      'majikan bilang dia sudah dibeli dari agen seharga 5000 dolar',
      'if family not pay they will sell him',
      'agency ask release fee before I move',
    ],
    ['sy pinjam hp teman buat chat ini', 'saya bayar tiket pesawat sendiri waktu cuti'],
  ],
  [
    'isolation',
    'a phone allowed only sometimes, or someone else’s or hidden',
    [
      'hp cuma boleh pegang hari minggu',
      'phone only 10 minutes on friday',
      'ini pakai hp sopir majikan',
      'i message you with the driver phone',
      'ini hp cadangan yg sy sembunyiin',
      'HPna ngan bisa dipake sakeudeung',
      'dia telepon sambil berbisik',
      'madam keep my phone in her room',
      'mafi telpon di rumah ini',
    ],
    ['hp saya rusak, ini hp baru', 'saya telepon keluarga tiap malam'],
  ],
  [
    'abusive_conditions',
    'crowded or unfit lodging and poor food',
    [
      'satu kamar 12 orang tidur berdesakan',
      'we are 15 people in one room',
      'tilam atas lantai je',
      'kami tidur di kontainer, dingin sekali',
      'asrama bocor kalau hujan',
      'cuma dikasih roti sisa',
      'makanan dikasih lewat bawah pintu',
    ],
    ['kamar saya sendiri, bersih', 'satu kamar 2 orang, ada AC'],
  ],
  [
    'excessive_overtime',
    'long days and weeks, weekends, too much overtime',
    [
      'kerja 72 jam seminggu',
      'we work 65 hours a week',
      'kerja dari subuh sampai jam 1 malam',
      'aku kerjo saka jam 5 isuk nganti jam 12 bengi',
      'gawe 12 jam tambah saptu minggu',
      'hari minggu juga masuk kerja',
      'zangyou kebanyakan, capek',
      'jiaban 4 jam hampir tiap hari',
      'gawe 15 jam unggal poe',
      'kerja saben dina 16-18 jam',
      'night shift then day shift without sleep',
    ],
    ['kerja 40 jam seminggu, libur sabtu minggu', 'kerja 8 jam sehari, lembur jarang'],
  ],
  [
    'deception',
    'the job or programme was something other than said',
    [
      'agen promise me job in hotel, now i clean fish',
      'it was a so-called internship',
      'we were told internship for credits but it is warehouse work',
      'ditempatkan di gudang, bukan magang sesuai jurusan',
      'gaji dapat separuh je dari kontrak',
      'umur adik sy dituain di paspor',
      'dijanjeni kerja pabrik, jebul dikon ngangkut kayu',
      'jangji na di pabrik, kanyataan di kebon',
      'ikut program magang, di sana malah kerja angkat karung',
      'dapat job admin dari fb, sekarang disuruh tipu orang',
      'berangkat pakai visa ziarah, disuruh kerja di peternakan',
      'mereka said it was hotel internship',
    ],
    [
      'kerja sesuai kontrak, gaji sesuai janji',
      'saya magang sesuai jurusan',
      'tidak dibawa ke dokter malah disuruh kerja lagi',
    ],
  ],
  [
    'intimidation_threats',
    'threats short of killing',
    [
      'mandor bilang nanti dia patahin kaki saya kalau lapor',
      'kalau saya nolak, gaji tidak dibayar katanya',
      'if i talk to anyone they will report me to migration',
      'nek aku kabur jare dianggep ilegal',
      'bos bilang minggu ini saya akan dijual ke perusahaan lain',
      'kalau tidak transfer besok jarinya dipotong',
    ],
    ['teman saya jatuh sampai patah tulang kaki', 'bos baik, tidak pernah marah'],
  ],
  [
    'restriction_of_movement',
    'refused leave to go home or change employer',
    [
      'minta pindah majikan tapi agen tidak mau tanda tangan',
      'saya mau pulang tapi bos tidak kasih',
      'employer refuse to sign my release',
      'dia dipukul karena minta pulang',
      'disetrum lantaran hayang balik',
    ],
    ['minta pindah majikan sudah disetujui', 'kontrak habis, bulan depan pulang'],
  ],
  [
    'abuse_of_vulnerability',
    'a disability or illiteracy used against the person',
    [
      'sy tunarungu, disuruh ngemis tiap hari',
      'my sister is deaf and they keep her salary',
      'dia buta huruf, disuruh tanda tangan',
    ],
    ['saya kerja di pabrik, gaji lancar'],
  ],
])('%s — %s', (indicator, _kind, raised, notRaised) => {
  it.each(raised)('raised: %s', (message) => {
    expect(indicatorsOf(message)).toContain(indicator);
  });
  it.each(notRaised)('not raised: %s', (message) => {
    expect(indicatorsOf(message)).not.toContain(indicator);
  });
});
