/** Text keys the host renders itself (outside any flow); every complete language must have them. */
export const HOST_TEXT_KEYS: readonly string[] = [
  'emergency.help',
  'emergency.help_central',
  'emergency.unknown_number',
  'host.slow_down',
  'host.delete_hint.telegram',
  'host.delete_hint.whatsapp',
  // A partner agency's news told to the person (src/referral/partner-status.ts).
  'referral.news.accepted',
  'referral.news.rejected',
  'referral.news.in_progress',
  'referral.news.repatriated',
  'referral.news.investigation_opened',
  'referral.news.service_provided',
  'referral.news.done',
];
