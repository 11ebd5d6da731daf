import type { ChannelSender } from '../../outbox/channel-sender.ts';

/**
 * The web chat is read by polling the message log, so "sending" only closes the outbox row: the message
 * was readable from the moment its transaction committed.
 */
export const webchatSender: ChannelSender = {
  async send() {
    return { type: 'sent' };
  },
};
