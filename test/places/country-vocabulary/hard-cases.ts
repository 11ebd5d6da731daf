/** A report naming more than one place, or a nationality, with the country where the person is now. */
export interface HardCase {
  text: string;
  /** Null where the report does not say where the person is. */
  country: string | null;
}

/** Promised there, now here: the place the person is in wins over the one they were promised. */
export const PROMISED_THEN_HERE: readonly HardCase[] = [
  { text: 'dijanjikan kerja di Jepang tapi sekarang di Kamboja', country: 'KH' },
  { text: 'katanya kerja di Thailand, ternyata sekarang di Myanmar', country: 'MM' },
  { text: 'dijanjikan kerja di Turki tapi sekarang saya di Georgia', country: 'GE' },
  { text: 'promised a job in Dubai but now I am in Tbilisi', country: 'GE' },
  { text: 'dijanjiin kerja di Korea, skrg malah di Brunei', country: 'BN' },
  { text: 'seharusnya kerja di Australia tapi sekarang di Fiji', country: 'FJ' },
  { text: 'janjinya ke Maladewa tapi sekarang di Sri Lanka', country: 'LK' },
  { text: 'dijanjikan kerja kat Jepun tapi sekarang kat Kemboja', country: 'KH' },
  { text: 'dijanjikan kerja di hotel Istanbul, ternyata dibawa ke Somalia', country: 'SO' },
  { text: 'katanya kerja di restoran Selandia Baru, sekarang di kapal di Suva', country: 'FJ' },
  { text: 'dijanjikan jadi admin di Singapura tapi sekarang dikurung di Laos', country: 'LA' },
  { text: 'they promised work in Canada but now we are in Mexico', country: 'MX' },
  { text: 'dijanjikan kerja di Polandia, sekarang malah di Belarus', country: 'BY' },
  { text: 'dijanjikan kerja di Dubai, ternyata sekarang di Erbil', country: 'IQ' },
  { text: 'katanya ke Taiwan, tapi sekarang saya di Kaledonia Baru', country: 'NC' },
];

/** Passed through on the way: the transit place is not where the person is. */
export const TRANSIT_THEN_HERE: readonly HardCase[] = [
  { text: 'transit di Kuala Lumpur, sekarang kerja di Riyadh', country: 'SA' },
  { text: 'lewat Bangkok lalu dibawa ke Myawaddy', country: 'MM' },
  { text: 'kami transit di Dubai lalu sampai di Istanbul', country: 'TR' },
  { text: 'via Doha, now in Amman, employer took my phone', country: 'JO' },
  { text: 'transit Singapura, sekarang di Maladewa', country: 'MV' },
  { text: 'dari Jakarta transit di Abu Dhabi, skrg kerja di Tbilisi', country: 'GE' },
  { text: 'flew via Istanbul to Batumi, they keep our passports', country: 'GE' },
  { text: 'lewat Brunei, sekarang kerja di Miri', country: 'MY' },
  { text: 'transit di Hongkong terus sekarang di Makau', country: 'MO' },
  { text: 'transit di Port Louis, sekarang kapal sandar di Cape Town', country: 'ZA' },
];

/** A nationality ("orang Turki", "majikan Arab") says who someone is, not where; the place named wins. */
export const NATIONALITY_AND_PLACE: readonly HardCase[] = [
  { text: 'majikan orang Turki, saya kerja di Jerman', country: 'DE' },
  { text: 'majikan Arab, sekarang saya di Yordania', country: 'JO' },
  { text: 'bos orang Cina, kami dikurung di Kamboja', country: 'KH' },
  { text: 'saya kerja sama orang Malaysia di Brunei', country: 'BN' },
  { text: 'my employer is Chinese, I am in Laos', country: 'LA' },
  { text: 'agen orang Taiwan, saya di Fiji', country: 'FJ' },
  { text: 'majikan Saudi, tapi sekarang saya di Qatar', country: 'QA' },
  { text: 'orang Jepang yang rekrut, sekarang kami di Myanmar', country: 'MM' },
  { text: 'ikut majikan orang Inggris ke Perancis', country: 'FR' },
  { text: 'the recruiter was Korean, now I am stuck in Cambodia', country: 'KH' },
  { text: 'bisa bahasa Jepang, sekarang kerja di Korea', country: 'KR' },
  { text: 'kapten orang Korea, kapal sandar di Mauritius', country: 'MU' },
  { text: 'suami saya orang Turki, kami tinggal di Georgia', country: 'GE' },
  { text: 'bos orang India, kerja di Maladewa', country: 'MV' },
  { text: 'majikan orang Rusia, sy di Turki', country: 'TR' },
  { text: 'mandor orang Filipina, kapal di Pago Pago', country: 'AS' },
];

/** A place named twice: once on the way or as the origin, once as where the person is now. */
export const NAMED_AGAIN_NOW: readonly HardCase[] = [
  {
    text: 'kami dibawa dari Kuala Lumpur ke Brunei, tapi sekarang dikembalikan ke Kuala Lumpur',
    country: 'MY',
  },
  {
    text: 'transit di Istanbul, terbang ke Tbilisi, sekarang disuruh balik dan ditahan di Istanbul',
    country: 'TR',
  },
  { text: 'dari Male naik kapal ke resort, sekarang sakit dan dibawa lagi ke Male', country: 'MV' },
  { text: 'lewat Dubai ke Doha, terus dipulangkan ke Dubai, sekarang masih di Dubai', country: 'AE' },
  {
    text: 'from Suva we sailed to Tonga, now we are back in Suva and the captain keeps our passports',
    country: 'FJ',
  },
];

/** The place a relative last heard from is where the person is (not where they come from). */
export const LAST_HEARD_FROM: readonly HardCase[] = [
  { text: 'adik saya ABK, terakhir kontak dari Fiji dua bulan lalu', country: 'FJ' },
  { text: 'suami saya terakhir kabar dari Maladewa, sekarang hp mati', country: 'MV' },
  { text: 'last message from my brother came from Somalia, the ship was seized', country: 'SO' },
  { text: 'anak saya terakhir telepon dari Georgia, katanya paspor diambil bos', country: 'GE' },
  { text: 'kakak sy terakhir nelpon dari Brunei bulan lalu, skrg tdk bisa dihubungi', country: 'BN' },
];

/** Moved on: the later place the person was moved, sold or fled to is where they are. */
export const MOVED_ON: readonly HardCase[] = [
  { text: 'kerja di Bangkok setahun, terus dipindah ke Mae Sot lalu ke Myawaddy', country: 'MM' },
  { text: 'awalnya di Dubai, lalu dijual lagi ke majikan di Oman', country: 'OM' },
  { text: 'I worked in Riyadh, then my sponsor sent me to his brother in Kuwait', country: 'KW' },
  { text: 'sy kabur dari majikan di Ankara, sekarang sembunyi di Istanbul', country: 'TR' },
  { text: 'dari Turki nyebrang ke Georgia naik bus, skrg di Batumi', country: 'GE' },
  { text: 'berangkat dari Jakarta ke Kuala Lumpur, lalu naik kapal ke Bandar Seri Begawan', country: 'BN' },
];

/** Several messages of one report: where the later message says the person is now wins. */
export const CONVERSATIONS: readonly { texts: readonly string[]; country: string }[] = [
  { texts: ['dulu sy kerja di Turki', 'sekarang sy di Georgia, paspor ditahan'], country: 'GE' },
  { texts: ['anak saya berangkat ke Malaysia', 'skrg dia di Brunei, tidak digaji'], country: 'BN' },
  { texts: ['dijanjikan kerja di Jepang', 'ternyata sekarang di Kamboja dikurung'], country: 'KH' },
  { texts: ['I flew to Colombo first', 'now I am in the Maldives, in a resort, no salary'], country: 'MV' },
];

/** A town written with its country: the country says which town of that name is meant. */
export const TOWN_WITH_COUNTRY: readonly HardCase[] = [
  { text: 'sy kerja di Victoria, Seychelles, kapal tidak boleh sandar', country: 'SC' },
  { text: 'I am in Hamilton, New Zealand, the contractor took our passports', country: 'NZ' },
  { text: 'anak saya di Perth, Skotlandia, tidak bisa dihubungi', country: 'GB' },
  { text: 'sy PRT di Saida, Lebanon, gaji tdk dibayar', country: 'LB' },
  { text: 'kerja di Georgetown, Guyana sudah 3 bulan', country: 'GY' },
  { text: 'dikirim ke Cordoba, Spanyol, kerja di kebun zaitun', country: 'ES' },
  { text: 'sekarang di Valencia, Venezuela, tolong', country: 'VE' },
  { text: 'adik saya di Kochi, Jepang, dipaksa lembur', country: 'JP' },
  { text: 'kami di London, Kanada, majikan ambil paspor', country: 'CA' },
  { text: 'sy di Tripoli, Lebanon, majikan kunci pintu', country: 'LB' },
  { text: 'crew stuck in Freeport, Bahamas, no salary', country: 'BS' },
  // A territory written with the state it belongs to stays the territory.
  { text: 'sy PRT di Kowloon, China, majikan pukul', country: 'HK' },
  { text: 'kapal sandar di Pago Pago, Amerika, kami tidak boleh turun', country: 'AS' },
  { text: 'kerja di Noumea, Prancis, gaji ditahan', country: 'NC' },
  // The same country twice changes nothing.
  { text: 'sy di Tawau, Sabah, Malaysia, dikurung', country: 'MY' },
];

/** "TKW Arab", "BMI HK": a migrant worker's word before a country names where the worker is. */
export const WORKER_OF_COUNTRY: readonly HardCase[] = [
  { text: 'sy TKW Arab, majikan tdk bayar gaji 5 bulan', country: 'SA' },
  { text: 'adik saya PMI Korea, dipukul mandor tadi', country: 'KR' },
  { text: 'kakak sy PRT Oman, hp disita majikan', country: 'OM' },
  { text: 'sy TKW Jordan, paspor ditahan', country: 'JO' },
  { text: 'kami BMI HK, gaji dipotong agen', country: 'HK' },
  { text: 'sy TKI SG, dikunci di rumah', country: 'SG' },
  { text: 'suami saya ABK Korea, kapal sandar di Busan', country: 'KR' },
  { text: 'istri saya TKW Georgia, tidak bisa dihubungi', country: 'GE' },
];
