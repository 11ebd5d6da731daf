/** A report naming more than one place, or a nationality, with the country where the person is now. */
export interface HardCase {
  text: string;
  country: string;
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
