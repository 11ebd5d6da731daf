/** Text keys the host renders itself (outside any flow); every complete language must have them. */
export const HOST_TEXT_KEYS: readonly string[] = [
  'emergency.help',
  'emergency.help_central',
  'emergency.unknown_number',
  'host.slow_down',
  'host.delete_hint.telegram',
  'host.delete_hint.whatsapp',
];
