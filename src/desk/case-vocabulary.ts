import type { SafeTime } from '../safe-contact/safe-window.ts';
import type { Category, Flag, Indicator, Priority } from '../triage/index.ts';
import type { DeskLanguage } from './desk-texts.ts';

// The words of casework as staff read them: priorities, statuses, categories, ILO indicators, flags,
// reporters, safe times. Shared by the queue, the ticket page and the statistics.

/** A ticket's status. */
export type TicketStatus = 'new' | 'open' | 'waiting' | 'referred' | 'closed';

/** Every status, in workflow order. */
export const TICKET_STATUSES: readonly TicketStatus[] = ['new', 'open', 'waiting', 'referred', 'closed'];

type Words<K extends string> = Record<DeskLanguage, Record<K, string>>;

/** Priority names. */
export const PRIORITY_WORDS: Words<Priority> = {
  id: { P1: 'P1 darurat', P2: 'P2 mendesak', P3: 'P3 biasa', P4: 'P4 informasi' },
  en: { P1: 'P1 emergency', P2: 'P2 urgent', P3: 'P3 standard', P4: 'P4 information' },
};

/** Status names. */
export const STATUS_WORDS: Words<TicketStatus> = {
  id: { new: 'Baru', open: 'Ditangani', waiting: 'Menunggu', referred: 'Dirujuk', closed: 'Selesai' },
  en: { new: 'New', open: 'Open', waiting: 'Waiting', referred: 'Referred', closed: 'Closed' },
};

/** Category names (TRIAGE.md). */
export const CATEGORY_WORDS: Words<Category> = {
  id: {
    organ_removal: 'Perdagangan organ',
    child_trafficking: 'Perdagangan anak',
    sexual_exploitation: 'Eksploitasi seksual',
    forced_marriage: 'Kawin paksa / pengantin pesanan',
    online_scam_compound: 'Kompleks penipuan online',
    fishing_vessel: 'Awak kapal ikan',
    domestic_servitude: 'Pekerja rumah tangga dieksploitasi',
    forced_labour: 'Kerja paksa',
    missing_person: 'Hilang kontak',
    labour_dispute: 'Sengketa kerja',
    information_request: 'Permintaan informasi',
    other: 'Lainnya',
  },
  en: {
    organ_removal: 'Organ removal',
    child_trafficking: 'Child trafficking',
    sexual_exploitation: 'Sexual exploitation',
    forced_marriage: 'Forced marriage',
    online_scam_compound: 'Online scam compound',
    fishing_vessel: 'Fishing vessel crew',
    domestic_servitude: 'Domestic servitude',
    forced_labour: 'Forced labour',
    missing_person: 'Missing person',
    labour_dispute: 'Labour dispute',
    information_request: 'Information request',
    other: 'Other',
  },
};

/** The ILO's indicators of forced labour. */
export const INDICATOR_WORDS: Words<Indicator> = {
  id: {
    abuse_of_vulnerability: 'Penyalahgunaan kerentanan',
    deception: 'Penipuan (kerja/tempat/syarat beda dari janji)',
    restriction_of_movement: 'Dibatasi geraknya',
    isolation: 'Diisolasi (HP diambil, tak bisa menghubungi)',
    physical_sexual_violence: 'Kekerasan fisik/seksual',
    intimidation_threats: 'Ancaman dan intimidasi',
    retention_of_documents: 'Dokumen ditahan',
    withholding_of_wages: 'Gaji ditahan/tidak dibayar',
    debt_bondage: 'Jerat utang',
    abusive_conditions: 'Kondisi kerja/hidup buruk',
    excessive_overtime: 'Lembur berlebihan',
  },
  en: {
    abuse_of_vulnerability: 'Abuse of vulnerability',
    deception: 'Deception (job, place or terms differ)',
    restriction_of_movement: 'Restriction of movement',
    isolation: 'Isolation (phone taken, no contact)',
    physical_sexual_violence: 'Physical or sexual violence',
    intimidation_threats: 'Intimidation and threats',
    retention_of_documents: 'Retention of documents',
    withholding_of_wages: 'Withholding of wages',
    debt_bondage: 'Debt bondage',
    abusive_conditions: 'Abusive working and living conditions',
    excessive_overtime: 'Excessive overtime',
  },
};

/** Flags. */
export const FLAG_WORDS: Words<Flag> = {
  id: {
    minor: 'Anak (di bawah 18)',
    injury_or_medical: 'Luka / sakit / hamil',
    suicidal: 'Risiko bunuh diri',
    confined_now: 'Dikurung / dijaga sekarang',
    imminent_move: 'Akan dipindah/dijual dalam beberapa hari',
  },
  en: {
    minor: 'Minor (under 18)',
    injury_or_medical: 'Injury / illness / pregnancy',
    suicidal: 'Suicide risk',
    confined_now: 'Confined or guarded now',
    imminent_move: 'Move or sale within days',
  },
};

/** Who reported. */
export const REPORTER_WORDS: Words<'self' | 'relative' | 'friend' | 'unknown'> = {
  id: {
    self: 'Diri sendiri',
    relative: 'Keluarga',
    friend: 'Teman / orang lain',
    unknown: 'Tidak diketahui',
  },
  en: { self: 'Self', relative: 'Relative', friend: 'Friend / other', unknown: 'Unknown' },
};

/** When it is safe to write (the intake's choice), with the local hours. */
export const SAFE_TIME_WORDS: Words<SafeTime> = {
  id: {
    any: 'Kapan saja',
    morning: 'Pagi (06–12)',
    afternoon: 'Siang–sore (12–18)',
    evening: 'Malam (18–22)',
    night: 'Larut malam (22–06)',
    reply_only: 'Hanya setelah dia menulis duluan',
  },
  en: {
    any: 'Any time',
    morning: 'Mornings (06–12)',
    afternoon: 'Afternoons (12–18)',
    evening: 'Evenings (18–22)',
    night: 'Late at night (22–06)',
    reply_only: 'Only after they write first',
  },
};

/** A word from a table, or the raw value when the table does not know it (data older than the words). */
export function wordFor<K extends string>(
  words: Words<K>,
  lang: DeskLanguage,
  key: string | null | undefined,
): string {
  if (key === null || key === undefined) return '';
  return (words[lang] as Record<string, string>)[key] ?? key;
}
