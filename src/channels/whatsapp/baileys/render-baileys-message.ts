import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { OutboundMessage } from '../../inbound-message.ts';
import { renderOptionLines } from '../numbered-options.ts';

/**
 * Renders an outbox message for Baileys. WhatsApp Web has no working buttons for linked numbers, so options
 * become numbered lines the person answers with a number (the adapter maps it back to the label). The flow's
 * own question asks for a location or a phone number in words; nothing language-specific is added here,
 * since the adapter does not know the conversation's language.
 * Why not `requestPhoneNumber`: the flow asks for a *safe* number to reach the person, often not the
 * WhatsApp number; a one-tap "share my number" would nudge the wrong answer.
 */
export function renderBaileysMessage(message: OutboundMessage): AnyMessageContent {
  const options = renderOptionLines(message);
  return { text: options ? `${message.text}\n\n${options}` : message.text };
}
