import { Hono } from 'hono';
import { raw } from 'hono/html';
import { recordAudit } from '../../audit/audit-log.ts';
import type { BaileysStatus } from '../../channels/whatsapp/baileys/baileys-connection.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { AdminPage, guardSection } from './admin-page.tsx';

/** Texts of the channel status pages. */
export const channelTexts = defineTexts({
  id: {
    title: 'Kanal',
    webchat: 'Web chat',
    webchatOn: 'Menyala (selalu).',
    telegram: 'Telegram',
    telegramOff: 'Mati: TELEGRAM_BOT_TOKEN belum diisi.',
    telegramOn: (mode: string): string =>
      mode === 'polling' ? 'Menyala, mode polling (untuk uji coba).' : 'Menyala, mode webhook.',
    whatsapp: 'WhatsApp',
    cloud: 'Cloud API (resmi)',
    cloudOn: 'Menyala.',
    cloudOff: 'Mati: pengaturan WHATSAPP_CLOUD_* belum lengkap.',
    baileys: 'Nomor tertaut (Baileys)',
    baileysOff: 'Mati: WHATSAPP_BAILEYS=on belum diatur.',
    state: (state: string): string =>
      ({
        standby: 'Menunggu: proses Suar lain memegang sambungan, atau belum mulai.',
        connecting: 'Menyambung…',
        qr: 'Belum tertaut: pindai kode QR.',
        open: 'Tersambung.',
        stopped: 'Berhenti.',
      })[state] ?? state,
    link: 'Tautkan nomor WhatsApp',
    linkTitle: 'Tautkan WhatsApp',
    scan: 'Di HP hotline, buka WhatsApp → Perangkat tertaut → Tautkan perangkat, lalu pindai kode ini. Halaman ini memuat ulang sendiri setiap 10 detik.',
    pairing: 'Atau masukkan kode penautan ini di HP:',
    noCode: 'Tidak ada kode untuk dipindai sekarang.',
    secret: 'Kode ini memberi akses ke akun WhatsApp hotline: jangan difoto atau dibagikan.',
    back: 'Kembali ke kanal',
  },
  en: {
    title: 'Channels',
    webchat: 'Web chat',
    webchatOn: 'On (always).',
    telegram: 'Telegram',
    telegramOff: 'Off: TELEGRAM_BOT_TOKEN is not set.',
    telegramOn: (mode: string) =>
      mode === 'polling' ? 'On, polling mode (for development).' : 'On, webhook mode.',
    whatsapp: 'WhatsApp',
    cloud: 'Cloud API (official)',
    cloudOn: 'On.',
    cloudOff: 'Off: the WHATSAPP_CLOUD_* settings are not complete.',
    baileys: 'Linked number (Baileys)',
    baileysOff: 'Off: WHATSAPP_BAILEYS=on is not set.',
    state: (state: string) =>
      ({
        standby: 'Standing by: another Suar process holds the link, or it has not started.',
        connecting: 'Connecting…',
        qr: 'Not linked: scan the QR code.',
        open: 'Connected.',
        stopped: 'Stopped.',
      })[state] ?? state,
    link: 'Link the WhatsApp number',
    linkTitle: 'Link WhatsApp',
    scan: 'On the hotline phone open WhatsApp → Linked devices → Link a device, and scan this code. The page reloads itself every 10 seconds.',
    pairing: 'Or enter this pairing code on the phone:',
    noCode: 'No code to scan right now.',
    secret: 'This code gives access to the hotline’s WhatsApp account: do not photograph or share it.',
    back: 'Back to channels',
  },
});

function StatusList(props: { lang: DeskLanguage; rows: [string, string][] }) {
  return (
    <dl class="facts">
      {props.rows.map(([name, value]) => (
        <>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

/**
 * `/desk/admin/channels`: which channels are on, and the WhatsApp link — its state, and the QR and pairing
 * code while one is on offer (admins only; showing a code is audited, since it lets a phone take over the
 * hotline's WhatsApp). `?format=json` gives the link state to scripts.
 */
export function channelRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  guardSection(app, '/admin/channels', 'admin.channels');
  const baileysStatus = (): BaileysStatus | null => ctx.channels.whatsapp.baileys?.status() ?? null;

  app.get('/admin/channels', (c) => {
    const lang = c.get('lang');
    const t = channelTexts[lang];
    const { telegram, whatsapp } = ctx.channels;
    const baileys = baileysStatus();
    return c.html(
      <AdminPage context={c} title={t.title} section="channels" path="/desk/admin/channels">
        <div class="card">
          <StatusList
            lang={lang}
            rows={[
              [t.webchat, t.webchatOn],
              [t.telegram, telegram ? t.telegramOn(telegram.mode) : t.telegramOff],
              [`${t.whatsapp} · ${t.cloud}`, whatsapp.cloud ? t.cloudOn : t.cloudOff],
              [`${t.whatsapp} · ${t.baileys}`, baileys ? t.state(baileys.state) : t.baileysOff],
            ]}
          />
          {baileys ? (
            <p>
              <a href="/desk/admin/channels/whatsapp">{t.link}</a>
            </p>
          ) : null}
        </div>
      </AdminPage>,
    );
  });

  app.get('/admin/channels/whatsapp', async (c) => {
    const status = baileysStatus();
    if (!status) throw new HttpProblem(404, 'WhatsApp through Baileys is off');
    if (status.state === 'qr') {
      await recordAudit(ctx.db, {
        staffId: c.get('staff').id,
        action: 'channel.whatsapp_link_code_shown',
        origin: c.get('origin'),
      });
    }
    if (c.req.query('format') === 'json') return c.json(status);
    const lang = c.get('lang');
    const t = channelTexts[lang];
    // The QR library loads when a number is being linked, not at every start.
    const qr =
      status.state === 'qr'
        ? await (await import('qrcode')).default.toString(status.qr, { type: 'svg', margin: 2 })
        : '';
    c.header('refresh', '10');
    return c.html(
      <AdminPage context={c} title={t.linkTitle} section="channels" path="/desk/admin/channels/whatsapp">
        <div class="card">
          <p role="status">{t.state(status.state)}</p>
          {status.state === 'qr' ? (
            <>
              <p>{t.scan}</p>
              {/* The QR library's own SVG markup (shapes only, no script). */}
              <div class="qr">{raw(qr)}</div>
              {status.pairingCode ? (
                <p>
                  {t.pairing} <strong class="pairing-code">{status.pairingCode}</strong>
                </p>
              ) : null}
              <p class="hint">{t.secret}</p>
            </>
          ) : (
            <p class="muted">{t.noCode}</p>
          )}
        </div>
        <p>
          <a href="/desk/admin/channels">{t.back}</a>
        </p>
      </AdminPage>,
    );
  });

  return app;
}
