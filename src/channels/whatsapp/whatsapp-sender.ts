import type { ChannelSender } from '../../outbox/channel-sender.ts';

/**
 * The 'whatsapp' channel's sender: Baileys contacts are addressed by JID ("…@s.whatsapp.net", "…@lid"),
 * Cloud API contacts by their bare WhatsApp id (digits), so the address alone says which adapter sends.
 */
export function whatsappSender(senders: { baileys?: ChannelSender; cloud?: ChannelSender }): ChannelSender {
  return {
    async send(item) {
      const sender = item.address.includes('@') ? senders.baileys : senders.cloud;
      if (!sender) return { type: 'retry', reason: 'the WhatsApp adapter for this contact is not running' };
      return sender.send(item);
    },
  };
}
