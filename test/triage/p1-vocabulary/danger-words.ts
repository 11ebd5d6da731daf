import type { EmergencyKind } from '../p1-coverage-matrix.ts';

/** Words for a plea for rescue or a fear for one's life, with no particulars (TRIAGE.md: danger now). */
export const DANGER_WORDS_VOCABULARY: readonly EmergencyKind[] = [
  {
    kind: 'danger in so many words: Indonesian and chat forms',
    emergencies: [
      'tolong selamatkan sy skrg juga',
      'sy dalam bahaya tolong',
      'nyawa sy terancam di sini',
      'tolong jemput sy dari sini secepatnya, sy takut',
      'sy takut dibunuh di sini',
      'sy takut mati di sini pak',
      'tolong evakuasi kami dari sini',
      'tlg keluarin sy dr tempat ini, sy gk aman',
      'tolong bebaskan kakak saya dari sana',
      'kami butuh pertolongan segera, ini darurat',
      'kakak sy dlm bahaya, tolong kirim bantuan',
      'sy sembunyi di kamar mandi, mereka nyari sy',
      'tolong sy gak selamat di sini',
      'kami disandera bos, tolong',
      'keadaan sy genting, tolong cepat',
    ],
    notEmergencies: [
      'tolong bantu sy urus paspor yg hilang',
      'sy tidak dalam bahaya, cuma mau tanya soal gaji',
      'dulu sy pernah dalam bahaya, tapi sekarang sudah aman di rumah',
      'apakah kerja di kapal itu bahaya?',
      'tolong info lowongan kerja ke jepang',
    ],
  },
  {
    kind: 'danger in so many words: Javanese, Sundanese, Malay',
    emergencies: [
      'tulung aku, nyawaku terancam neng kene',
      'aku wedi dipateni neng kene',
      'tulungi aku metu seko kene, aku ora aman',
      'tulungan abdi, abdi sieun dipaehan di dieu',
      'abdi aya dina bahaya, tulungan',
      'tolong selamatkan saya, saya dalam bahaya sekarang',
      'nyawa saya terancam, tolong keluarkan saya dari sini',
      'saya takut mati kat sini, tolong',
      'tolong ambil saya dari rumah ni, saya tak selamat',
    ],
    notEmergencies: [
      'aku ora ono bahaya, mung takon soal gaji',
      'saya tak dalam bahaya, cuma nak tanya pasal permit',
    ],
  },
  {
    kind: 'danger in so many words: English',
    emergencies: [
      'please rescue me, i am in danger',
      'help me get out of here, i am not safe',
      'i fear for my life here',
      'my life is in danger',
      'i am scared they will kill me',
      'get me out of here please',
      'come and get me, please hurry',
      'i am hiding in the bathroom, they are looking for me',
      'urgent please help, we are trapped',
      'i am not safe here, please send someone',
    ],
    notEmergencies: [
      'i am safe now, i just want to ask about my salary',
      'is it dangerous to work in cambodia?',
      'i was in danger last year but now i am home',
    ],
  },
];
