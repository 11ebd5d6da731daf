import type { AnswerKind } from './definitions.ts';

const kinds: AnswerKind[] = ['choice', 'yes_no', 'text', 'phone', 'location', 'number', 'date'];

/** Text keys the engine itself uses (re-asks, commands, labels); every complete language must have them. */
export const ENGINE_TEXT_KEYS: readonly string[] = [
  'answer.yes',
  'answer.no',
  'answer.skip',
  'answer.done',
  'answer.other_language',
  ...kinds.flatMap((k) => [`engine.retry.${k}`, `engine.retry2.${k}`]),
  'engine.moving_on',
  'engine.more',
  'engine.not_answered',
  'engine.resumed',
  'engine.paused',
  'engine.deleted',
  'engine.disappearing',
  'engine.help',
  'engine.language_set',
  'engine.emergency_continue',
  'engine.location_saved',
  'engine.phone_saved',
  'engine.attachment_saved',
  'engine.photo_received',
  'engine.file_received',
  'engine.voice_received',
  'engine.audio_received',
  'engine.video_received',
  'engine.file_too_large',
  'engine.empty',
  'engine.withdraw_confirm',
  'engine.withdraw_kept',
];
