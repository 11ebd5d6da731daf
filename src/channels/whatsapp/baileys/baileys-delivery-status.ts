/**
 * The delivery status Suar records for a Baileys status number (proto.WebMessageInfo.Status: 0 error,
 * 1 pending, 2 server ack, 3 delivered, 4 read, 5 played), or null for one that says nothing new.
 */
export function deliveryStatusOf(
  status: number | null | undefined,
): 'failed' | 'sent' | 'delivered' | 'read' | null {
  switch (status) {
    case 0:
      return 'failed';
    case 2:
      return 'sent';
    case 3:
      return 'delivered';
    case 4:
    case 5:
      return 'read';
    default:
      return null;
  }
}
