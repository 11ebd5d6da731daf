import type { InboundMessage } from './inbound-message.ts';

// Text as it arrives from platforms and browsers is not always text PostgreSQL can store: a lone UTF-16
// surrogate (half an emoji) makes jsonb refuse the whole message, and a NUL makes every text column refuse
// it. Either way the message would fail on every retry, forever. So every inbound string is cleaned here,
// before anything is stored.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls and DEL, except tab, line feed and carriage return (a long story has line breaks).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** What cleaning changed, for the log (counts only, never the text). */
export interface Cleaning {
  /** Lone surrogates replaced by U+FFFD. */
  replaced: number;
  /** Control characters removed. */
  removed: number;
}

/** A string PostgreSQL stores as it is: lone surrogates become U+FFFD, control characters (but tab and line breaks) go. */
export function cleanText(text: string, tally?: Cleaning): string {
  return text
    .replace(LONE_SURROGATE, () => {
      if (tally) tally.replaced++;
      return '\uFFFD';
    })
    .replace(CONTROL, () => {
      if (tally) tally.removed++;
      return '';
    });
}

/**
 * True for a key (an id, an address) that is already clean text. Why keys are refused rather than cleaned:
 * two ids that differ only in a broken character would become the same id, and one message would be taken
 * for a repeat of the other.
 */
export function isCleanKey(key: string): boolean {
  return cleanText(key) === key;
}

/**
 * The message with every free-form string cleaned (text, phone, hints, payloads, attachment fields). Keys
 * (`externalId`, `address`) are left as they are: the core refuses them when they are not clean.
 */
export function cleanInbound(
  message: InboundMessage,
  tally: Cleaning = { replaced: 0, removed: 0 },
): InboundMessage {
  const clean = (s: string) => cleanText(s, tally);
  const out: InboundMessage = { ...message };
  if (message.text !== undefined) out.text = clean(message.text);
  if (message.phone !== undefined) out.phone = clean(message.phone);
  if (message.languageHint !== undefined) out.languageHint = clean(message.languageHint);
  if (message.startPayload !== undefined) out.startPayload = clean(message.startPayload);
  if (message.attachments) {
    out.attachments = message.attachments.map((a) => {
      const copy = { ...a, ref: clean(a.ref) };
      if (a.mimeType !== undefined) copy.mimeType = clean(a.mimeType);
      if (a.name !== undefined) copy.name = clean(a.name);
      if (a.group !== undefined) copy.group = clean(a.group);
      return copy;
    });
  }
  return out;
}
