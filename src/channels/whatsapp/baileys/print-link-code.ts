import QRCode from 'qrcode';

/** Prints a QR code (or pairing code) for linking in the terminal; never to the log. */
export async function printLinkCode(
  status: { qr: string; pairingCode?: string },
  write = (s: string) => process.stdout.write(s),
): Promise<void> {
  const art = await QRCode.toString(status.qr, { type: 'terminal', small: true });
  write(`\nScan with WhatsApp on the hotline phone (Linked devices → Link a device):\n${art}\n`);
  if (status.pairingCode) write(`Or enter the pairing code: ${status.pairingCode}\n`);
  write('Admins can also link it on the desk: /desk/admin/channels/whatsapp\n');
}
