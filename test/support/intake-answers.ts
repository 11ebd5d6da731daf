/** A worker's whole self report, one answer per question of the intake flow, in chat Indonesian. */
export const SELF_REPORT_ANSWERS: readonly string[] = [
  'halo',
  'ya',
  'saya sendiri',
  'tidak',
  'malaysia',
  'johor bahru',
  'Sari',
  '23',
  'perempuan',
  'ya',
  'PT Maju',
  'januari 2025',
  'calo',
  'gaji tidak dibayar 4 bulan, paspor ditahan majikan',
  'sudah',
  'ya',
  'tidak',
  'tidak',
  'tidak',
  '+60 12 345 6789',
  'malam',
  'tidak',
  // No answer to the consent question: no consent in the chat (tests that need one give it themselves).
  'lewati',
  'sudah benar',
];

/** Where in SELF_REPORT_ANSWERS the phone number is asked (a channel may share a contact instead). */
export const PHONE_ANSWER_INDEX = SELF_REPORT_ANSWERS.indexOf('+60 12 345 6789');

/** Where in SELF_REPORT_ANSWERS the consent step begins (its answers replace the one there). */
export const CONSENT_ANSWER_INDEX = SELF_REPORT_ANSWERS.length - 2;
