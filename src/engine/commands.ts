import { collapseRepeats, normalizeAnswer } from './answers/normalize.ts';
import type { Locale } from './definitions.ts';

/** A command that works at any point of any flow. */
export type GlobalCommand =
  | { type: 'emergency' }
  | { type: 'language'; to: Locale | null }
  | { type: 'pause' }
  | { type: 'delete' }
  | { type: 'disappearing' }
  | { type: 'restart' }
  | { type: 'help' }
  /** Take back the consent to share the report with partner agencies (asked to confirm first). */
  | { type: 'withdraw_consent' };

// Whole-message matches only: "tolong" alone is a cry for help, but "tolong bantu cek agensi saya" is an
// answer to read (triage reads every message for danger anyway).
const vocabulary: [GlobalCommand, string[]][] = [
  [
    { type: 'emergency' },
    [
      'darurat',
      'sos',
      'tolong',
      'tolong saya',
      'tolongin',
      'help me',
      'emergency',
      'bahaya',
      'tulung',
      'darurat sos',
    ],
  ],
  [
    { type: 'language', to: 'en' },
    ['english', 'inggris', 'bahasa inggris', 'in english', 'english please', 'eng'],
  ],
  [
    { type: 'language', to: 'id' },
    ['bahasa indonesia', 'indonesian', 'b indonesia', 'pakai bahasa indonesia'],
  ],
  [{ type: 'language', to: null }, ['bahasa', 'ganti bahasa', 'language', 'change language', 'lang']],
  [
    { type: 'pause' },
    ['stop', 'berhenti', 'jeda', 'pause', 'nanti dulu', 'nanti saja', 'stop dulu', 'berhenti dulu'],
  ],
  [
    { type: 'delete' },
    ['hapus', 'hapus pesan', 'hapus chat', 'hapus semua', 'delete', 'delete messages', 'delete chat'],
  ],
  [
    { type: 'disappearing' },
    [
      'pesan hilang',
      'hilangkan pesan',
      'pesan sementara',
      'disappearing',
      'disappearing messages',
      'auto delete',
    ],
  ],
  [
    { type: 'restart' },
    ['ulang', 'ulangi', 'mulai lagi', 'mulai ulang', 'mulai dari awal', 'restart', 'start over'],
  ],
  [{ type: 'help' }, ['bantuan', 'help', 'menu', 'info', 'cara pakai', 'panduan']],
  [
    { type: 'withdraw_consent' },
    [
      'tarik izin',
      'tarik izin saya',
      'batal izin',
      'batalkan izin',
      'cabut izin',
      'tarik persetujuan',
      'cabut persetujuan',
      'batalkan persetujuan',
      'batal persetujuan',
      'withdraw consent',
      'withdraw my consent',
      'revoke consent',
      'cancel consent',
    ],
  ],
];

const lookup = new Map<string, GlobalCommand>();
for (const [command, words] of vocabulary) {
  for (const word of words) lookup.set(collapseRepeats(normalizeAnswer(word)), command);
}

/** Recognises a global command when it is the whole message (a leading "/" as in Telegram is allowed). */
export function recognizeCommand(text: string | null): GlobalCommand | null {
  if (!text) return null;
  const said = collapseRepeats(normalizeAnswer(text.trim().replace(/^\//, '').replace(/@\w+$/, '')));
  if (!said) return null;
  return lookup.get(said) ?? null;
}

/** Every command phrase, for fixtures and help texts. */
export const commandVocabulary: readonly [GlobalCommand, readonly string[]][] = vocabulary;
