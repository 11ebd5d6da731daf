import type { OutboundMessage } from '../../inbound-message.ts';
import { hasNumberedOptions, renderOptionLines } from '../numbered-options.ts';

// Limits of the Cloud API's interactive messages (Meta's reference): 3 reply buttons of 20 characters,
// lists of 10 rows with 24-character titles and 72-character descriptions, 1,024-character bodies.
const MAX_BUTTONS = 3;
const BUTTON_TITLE = 20;
const MAX_ROWS = 10;
const ROW_TITLE = 24;
const ROW_DESCRIPTION = 72;
const INTERACTIVE_BODY = 1024;
const TEXT_BODY = 4096;

/** The part of a Cloud API send request that depends on the message (without `to` and `messaging_product`). */
export type CloudMessageBody = Record<string, unknown> & { type: string };

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function textBody(message: OutboundMessage): CloudMessageBody {
  const options = renderOptionLines(message);
  const body = options ? `${message.text}\n\n${options}` : message.text;
  return { type: 'text', text: { body: cut(body, TEXT_BODY), preview_url: false } };
}

/**
 * Renders an outbox message for the Cloud API: reply buttons for up to three short options, a list for up
 * to ten, a location request when a location is expected, plain text otherwise. Option ids carry the index
 * ("opt:1") so a reply maps back to the full label even when the shown title was shortened.
 */
export function renderCloudMessage(message: OutboundMessage): CloudMessageBody {
  if (message.expects === 'location' && message.text.length <= INTERACTIVE_BODY) {
    const options = renderOptionLines(message);
    const body = options ? `${message.text}\n\n${options}` : message.text;
    if (body.length <= INTERACTIVE_BODY) {
      return {
        type: 'interactive',
        interactive: {
          type: 'location_request_message',
          body: { text: body },
          action: { name: 'send_location' },
        },
      };
    }
  }
  const { options } = message;
  if (options.length === 0 || message.text.length > INTERACTIVE_BODY) return textBody(message);
  // Why not buttons for free-text questions: a "Lewati" button under "what happened?" is fine, but a list of
  // buttons suggests the answer must be one of them; those questions keep the typed hint instead.
  if (!hasNumberedOptions(message) && options.length > 1) return textBody(message);
  if (options.length <= MAX_BUTTONS && options.every((o) => o.length <= BUTTON_TITLE)) {
    return {
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: message.text },
        action: {
          buttons: options.map((label, i) => ({ type: 'reply', reply: { id: `opt:${i}`, title: label } })),
        },
      },
    };
  }
  if (options.length <= MAX_ROWS) {
    return {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: message.text },
        action: {
          // The button label is language-neutral because the adapter does not know the conversation's language.
          button: `☰ 1–${options.length}`,
          sections: [
            {
              rows: options.map((label, i) => ({
                id: `opt:${i}`,
                title: cut(label, ROW_TITLE),
                ...(label.length > ROW_TITLE ? { description: cut(label, ROW_DESCRIPTION) } : {}),
              })),
            },
          ],
        },
      },
    };
  }
  return textBody(message);
}
