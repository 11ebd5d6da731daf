import {
  type ConnectionState,
  DisconnectReason,
  isPnUser,
  jidNormalizedUser,
  makeWASocket,
  type proto,
  type WAMessage,
  type WAMessageKey,
  type WASocket,
} from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import { moveContactAddress } from '../../../conversations/contacts.ts';
import { handleInbound } from '../../../conversations/handle-inbound.ts';
import type { Host } from '../../../conversations/host.ts';
import { InvalidInboundError } from '../../../conversations/validate-inbound.ts';
import { errorForLog } from '../../../logging/error-for-log.ts';
import { resolveNumberedReply } from '../numbered-options.ts';
import { findSentMessage, recordDeliveryStatus } from '../sent-messages.ts';
import { deliveryStatusOf } from './baileys-delivery-status.ts';
import { baileysLogger } from './baileys-logger.ts';
import { mapBaileysMessage } from './map-baileys-message.ts';
import { type PostgresAuthState, usePostgresAuthState } from './postgres-auth-state.ts';
import { renderBaileysMessage } from './render-baileys-message.ts';
import type { SocketLock } from './socket-lock.ts';

/** The parts of a Baileys socket Suar uses; a fake in tests. */
export type BaileysSocket = Pick<WASocket, 'ev' | 'sendMessage' | 'end' | 'requestPairingCode'> &
  Partial<Pick<WASocket, 'updateMediaMessage'>> & {
    signalRepository?: { lidMapping?: { getPNForLID(lid: string): Promise<string | null> } };
  };

/** What a socket asks Suar for: a message it sent, when the person's phone could not decrypt it (retry). */
export interface BaileysSocketNeeds {
  getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined>;
}

/** Makes a socket over an auth state (the real one calls makeWASocket). */
export type MakeBaileysSocket = (
  auth: PostgresAuthState,
  logger: Logger,
  needs: BaileysSocketNeeds,
) => BaileysSocket;

/** Where the link stands, for the terminal and the admin page. */
export type BaileysStatus =
  | { state: 'standby' }
  | { state: 'connecting' }
  | { state: 'qr'; qr: string; pairingCode?: string }
  | { state: 'open' }
  | { state: 'stopped' };

/** What the connection needs. */
export interface BaileysConnectionOptions {
  host: Host;
  lock: SocketLock;
  account?: string;
  /** Phone number (digits with country code) to link by pairing code instead of QR. */
  pairingPhone?: string;
  makeSocket?: MakeBaileysSocket;
  /** Shown when a QR code or pairing code is ready (the terminal printer in production). */
  onLinkCode?: (status: Extract<BaileysStatus, { state: 'qr' }>) => void;
  /** Called after a message was queued, so the outbox worker sends without waiting. */
  onQueued?: () => void;
  /** First reconnect delay; doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often a standby process tries to take the lock. */
  standbyPollMs?: number;
  /** Delays between tries of a message whose transaction failed (the database was down). */
  inboundRetryMs?: number[];
}

/** The running Baileys link: its status, its socket while open, and stop. */
export interface BaileysConnection {
  status(): BaileysStatus;
  /** The open socket, or undefined while standing by, linking or reconnecting. */
  socket(): BaileysSocket | undefined;
  stop(): Promise<void>;
}

/** The real socket, configured for discretion: no online presence, no history sync, no read receipts. */
export const makeRealBaileysSocket: MakeBaileysSocket = (auth, logger, needs) =>
  makeWASocket({
    auth: auth.state,
    getMessage: needs.getMessage,
    logger: baileysLogger(logger),
    // Discreet mode: the person's contacts never see the hotline "online", and nothing old is pulled in.
    markOnlineOnConnect: false,
    syncFullHistory: false,
    shouldSyncHistoryMessage: () => false,
    fireInitQueries: false,
    generateHighQualityLinkPreview: false,
  }) as BaileysSocket;

function disconnectCode(update: Partial<ConnectionState>): number | undefined {
  const error = update.lastDisconnect?.error as { output?: { statusCode?: number } } | undefined;
  return error?.output?.statusCode;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the one Baileys socket of this deployment: waits for the lock (standing by while another process
 * owns it), links by QR or pairing code, hands every person's message to the host, reconnects with
 * backoff, and after a logout clears the stored state so a new QR code is offered.
 */
export function startBaileysConnection(options: BaileysConnectionOptions): BaileysConnection {
  const { host, lock } = options;
  const logger = host.logger;
  const account = options.account ?? 'default';
  const makeSocket = options.makeSocket ?? makeRealBaileysSocket;
  const maxBackoff = options.maxBackoffMs ?? 60_000;
  const inboundRetry = options.inboundRetryMs ?? [1_000, 2_000, 5_000, 10_000, 30_000];
  let status: BaileysStatus = { state: 'standby' };
  let socket: BaileysSocket | undefined;
  let open: BaileysSocket | undefined;
  let stopped = false;
  let backoff = options.backoffMs ?? 1_000;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let standbyTimer: NodeJS.Timeout | undefined;
  let inbound: Promise<void> = Promise.resolve();

  const setStatus = (next: BaileysStatus) => {
    if (next.state !== status.state) logger.info({ event: 'whatsapp_state', state: next.state });
    status = next;
  };

  lock.onLost(() => {
    if (stopped) return;
    logger.warn({ event: 'whatsapp_lock_lost' });
    dropSocket();
    setStatus({ state: 'standby' });
    standby();
  });

  function dropSocket() {
    clearTimeout(reconnectTimer);
    const current = socket;
    socket = undefined;
    open = undefined;
    current?.end(undefined);
  }

  async function standby() {
    if (stopped) return;
    let acquired = false;
    try {
      acquired = await lock.tryAcquire();
    } catch {
      acquired = false;
    }
    if (stopped) return;
    if (!acquired) {
      setStatus({ state: 'standby' });
      standbyTimer = setTimeout(standby, options.standbyPollMs ?? 10_000);
      return;
    }
    logger.info({ event: 'whatsapp_socket_owner' });
    await connect();
  }

  async function connect() {
    if (stopped) return;
    setStatus({ state: 'connecting' });
    let auth: PostgresAuthState;
    try {
      auth = await usePostgresAuthState(host.db, account);
    } catch (error) {
      logger.error({ event: 'whatsapp_auth_load_failed', ...errorForLog(error) });
      return scheduleReconnect();
    }
    if (stopped) return;
    const current = makeSocket(auth, logger, { getMessage: sentMessage });
    socket = current;
    let pairingRequested = false;

    current.ev.on('creds.update', () => {
      auth
        .saveCreds()
        .catch((error) => logger.error({ event: 'whatsapp_creds_save_failed', ...errorForLog(error) }));
    });

    current.ev.on('connection.update', (update) => {
      if (socket !== current || stopped) return;
      if (update.qr) {
        const linking: Extract<BaileysStatus, { state: 'qr' }> = { state: 'qr', qr: update.qr };
        setStatus(linking);
        if (options.pairingPhone && !pairingRequested && !auth.state.creds.registered) {
          pairingRequested = true;
          current
            .requestPairingCode(options.pairingPhone)
            .then((code) => {
              if (status.state !== 'qr') return;
              status = { ...status, pairingCode: code };
              options.onLinkCode?.(status);
            })
            .catch((error) => logger.warn({ event: 'whatsapp_pairing_code_failed', ...errorForLog(error) }));
        }
        options.onLinkCode?.(linking);
      }
      if (update.connection === 'open') {
        open = current;
        backoff = options.backoffMs ?? 1_000;
        setStatus({ state: 'open' });
      }
      if (update.connection === 'close') {
        const code = disconnectCode(update);
        open = undefined;
        socket = undefined;
        logger.warn({ event: 'whatsapp_closed', code });
        if (code === DisconnectReason.loggedOut) {
          // The phone unlinked Suar: the stored keys are worthless now; start over with a new QR code.
          auth
            .clear()
            .catch((error) => logger.error({ event: 'whatsapp_auth_clear_failed', ...errorForLog(error) }))
            .finally(() => {
              if (!stopped) void connect();
            });
          return;
        }
        // After pairing, WhatsApp asks for a restart: that is part of linking, not a failure.
        if (code === DisconnectReason.restartRequired) return void connect();
        scheduleReconnect();
      }
    });

    // Delivery statuses of what Suar sent: a failure shows on the person's ticket.
    current.ev.on('messages.update', (updates) => {
      for (const { key, update } of updates) {
        const status = deliveryStatusOf(update.status);
        if (!key.fromMe || !key.id || !status) continue;
        const error = status === 'failed' ? 'WhatsApp reported an error' : null;
        recordDeliveryStatus(
          host.db,
          'baileys',
          { waMessageId: key.id, status, at: null, error },
          host.clock(),
        ).catch((failure) => logger.warn({ event: 'whatsapp_status_not_recorded', ...errorForLog(failure) }));
      }
    });

    current.ev.on('messages.upsert', ({ messages, type }) => {
      // 'append' is history and our own echoes; only 'notify' is a person writing now.
      if (type !== 'notify') return;
      for (const message of messages) {
        inbound = inbound.then(() => receive(current, message));
      }
    });
  }

  function scheduleReconnect() {
    if (stopped) return;
    const delay = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    setStatus({ state: 'connecting' });
    reconnectTimer = setTimeout(() => void connect(), delay);
  }

  /** What Suar sent under a message id, as WhatsApp message content (for a decryption retry). */
  async function sentMessage(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined;
    const message = await findSentMessage(host.db, key.id).catch(() => undefined);
    const content = message ? renderBaileysMessage(message) : undefined;
    return content && 'text' in content ? { conversation: content.text } : undefined;
  }

  /** Moves a contact first seen by LID to the phone number WhatsApp now gives for it (one person, one contact). */
  async function followLid(lid: string, pn: string): Promise<void> {
    try {
      if (await moveContactAddress(host.db, 'whatsapp', lid, pn)) {
        logger.info({ event: 'whatsapp_contact_moved_to_phone_number' });
      }
    } catch (error) {
      logger.warn({ event: 'whatsapp_contact_not_moved', ...errorForLog(error) });
    }
  }

  async function receive(from: BaileysSocket, wa: WAMessage) {
    const mapped = mapBaileysMessage(wa);
    if (mapped.type === 'ignored') {
      logger.debug({ event: 'whatsapp_ignored', reason: mapped.reason });
      return;
    }
    let message = mapped.message;
    if (mapped.lidOnly) {
      // WhatsApp named the person only by LID: use the phone number Baileys learned earlier, if any, so one
      // person stays one contact across LID and phone-number addressing.
      const pn = await from.signalRepository?.lidMapping?.getPNForLID(mapped.lidOnly).catch(() => null);
      if (pn && isPnUser(pn)) {
        message = { ...message, address: jidNormalizedUser(pn) };
        await followLid(mapped.lidOnly, message.address);
      }
    } else if (mapped.lid) {
      await followLid(mapped.lid, message.address);
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await handleInbound(host, await resolveNumberedReply(host.db, message));
        options.onQueued?.();
        return;
      } catch (error) {
        if (error instanceof InvalidInboundError) {
          logger.warn({ event: 'whatsapp_message_rejected', reason: error.message });
          return;
        }
        // Baileys has already acknowledged the message to WhatsApp: no redelivery will come, so keep trying.
        const delay = inboundRetry[attempt];
        if (delay === undefined || stopped) {
          logger.error({ event: 'whatsapp_message_lost', ...errorForLog(error) });
          return;
        }
        logger.warn({ event: 'whatsapp_inbound_retry', attempt: attempt + 1, ...errorForLog(error) });
        await sleep(delay);
      }
    }
  }

  void standby();

  return {
    status: () => status,
    socket: () => open,
    async stop() {
      stopped = true;
      clearTimeout(standbyTimer);
      dropSocket();
      await inbound;
      await lock.release();
      setStatus({ state: 'stopped' });
    },
  };
}
