import { z } from 'zod';
import type { DatabaseTimeouts } from './db/database.ts';
import { EvidenceKeyError, parseEvidenceKey } from './evidence/evidence-keys.ts';
import type { EvidenceConfig } from './evidence/evidence-setup.ts';
import type { FairnessLimits } from './fairness/inbound-fairness.ts';
import type { RetentionSettings } from './retention/retention.ts';

// The only reader of process.env. Everything else receives a Config.

const minutes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const megabytes = (fallback: number) => z.coerce.number().positive().max(2000).default(fallback);

function evidenceKey(text: string, ctx: z.RefinementCtx) {
  try {
    return parseEvidenceKey(text);
  } catch (error) {
    if (!(error instanceof EvidenceKeyError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
}

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  LIMIT_CONTACT_BURST: z.coerce.number().int().min(1).default(20),
  LIMIT_CONTACT_PER_MINUTE: z.coerce.number().positive().default(20),
  LIMIT_IP_BURST: z.coerce.number().int().min(1).default(120),
  LIMIT_IP_PER_MINUTE: z.coerce.number().positive().default(120),
  LIMIT_NEW_CONVERSATIONS_BURST: z.coerce.number().int().min(1).default(10),
  LIMIT_NEW_CONVERSATIONS_PER_HOUR: z.coerce.number().positive().default(30),
  LIMIT_MESSAGES_PER_HOUR: z.coerce.number().int().min(1).default(300),
  METRICS_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TIMEOUT_MINUTES: minutes(30),
  SLA_P1_MINUTES: minutes(15),
  SLA_P2_MINUTES: minutes(4 * 60),
  SLA_P3_MINUTES: minutes(2 * 24 * 60),
  SLA_P4_MINUTES: minutes(5 * 24 * 60),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  OUTBOX_WORKER: z.enum(['inline', 'separate']).default('inline'),
  TIMEOUT_SWEEP_MS: z.coerce.number().int().min(100).default(30_000),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, 'must look like 123456:ABC-def')
    .optional(),
  // Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and - in the secret-token header.
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, 'must be 16-256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
  TELEGRAM_PUBLIC_URL: z.url({ protocol: /^https$/ }).optional(),
  TELEGRAM_MODE: z.enum(['webhook', 'polling']).default('webhook'),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_BOT_INFO: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be the JSON of a getMe answer' });
        return z.NEVER;
      }
    })
    .pipe(z.looseObject({ id: z.number().int(), is_bot: z.literal(true), username: z.string() }))
    .optional(),
  DESK_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DESK_SECURE_COOKIES: z.enum(['on', 'off']).optional(),
  DESK_IDLE_MINUTES: minutes(30),
  DESK_SESSION_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  DESK_ADMIN_EMAIL: z
    .email()
    .transform((email) => email.toLowerCase())
    .default('admin@suar.local'),
  PARTNER_REPLAY_WINDOW_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  PARTNER_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  PARTNER_DELIVERY_POLL_MS: z.coerce.number().int().min(50).default(2_000),
  RETENTION_TRANSCRIPT_DAYS: z.coerce.number().int().min(1).default(180),
  RETENTION_CONTACT_DAYS: z.coerce.number().int().min(1).default(365),
  RETENTION_IDENTITY_DAYS: z.coerce.number().int().min(1).default(365),
  RETENTION_REPORT_DAYS: z.coerce.number().int().min(1).default(730),
  EVIDENCE_STORAGE: z.enum(['folder', 's3']).default('folder'),
  EVIDENCE_DIR: z.string().min(1).optional(),
  EVIDENCE_KEY: z.string().transform(evidenceKey).optional(),
  EVIDENCE_OLD_KEYS: z
    .string()
    .transform((text, ctx) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => evidenceKey(part, ctx)),
    )
    .optional(),
  EVIDENCE_KEY_FILE: z.string().min(1).optional(),
  EVIDENCE_S3_BUCKET: z.string().min(3).optional(),
  EVIDENCE_S3_PREFIX: z
    .string()
    .regex(/^([\w.-]+\/)*$/, 'empty or folders ending in /, like suar/')
    .default(''),
  EVIDENCE_S3_REGION: z.string().min(1).default('us-east-1'),
  EVIDENCE_S3_ENDPOINT: z.url().optional(),
  EVIDENCE_S3_FORCE_PATH_STYLE: z.enum(['on', 'off']).optional(),
  EVIDENCE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  EVIDENCE_MAX_IMAGE_MB: megabytes(20),
  EVIDENCE_MAX_DOCUMENT_MB: megabytes(20),
  EVIDENCE_MAX_AUDIO_MB: megabytes(20),
  EVIDENCE_MAX_VIDEO_MB: megabytes(50),
  EVIDENCE_UPLOAD_MAX_MB: megabytes(20),
  EVIDENCE_POLL_MS: z.coerce.number().int().min(10).default(2_000),
  EVIDENCE_FETCH_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  WHATSAPP_BAILEYS: z.enum(['on', 'off']).default('off'),
  WHATSAPP_PAIRING_PHONE: z
    .string()
    .regex(/^\d{8,15}$/, 'digits with country code, no +')
    .optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z
    .string()
    .regex(/^\d{5,30}$/, 'digits')
    .optional(),
  WHATSAPP_CLOUD_ACCESS_TOKEN: z.string().min(10).optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().min(8).optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().min(8).optional(),
  WHATSAPP_CLOUD_GRAPH_URL: z.url().default('https://graph.facebook.com'),
  WHATSAPP_CLOUD_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'like v21.0')
    .default('v21.0'),
  WHATSAPP_CLOUD_TEMPLATE: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/, 'a template name')
    .optional(),
  WHATSAPP_CLOUD_TEMPLATE_LANGUAGE: z.string().min(2).default('id'),
});

/** Suar's settings, validated. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; absent means embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Pool size and timeouts (PostgreSQL; PGlite has one connection and uses only the connect timeout). */
  database: { poolSize: number; timeouts: DatabaseTimeouts };
  /** Limits on inbound traffic (per conversation, per address, conversation creation, hourly cap). */
  limits: FairnessLimits;
  /** Reverse proxies in front of Suar whose X-Forwarded-For is trusted (0: use the socket's address). */
  trustProxyHops: number;
  /**
   * Prometheus metrics: at `/metrics` on the main port for a scraper with the token, and/or on a listener
   * of their own (by default on 127.0.0.1 only) without one. Off when neither is set.
   */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTimeoutMs: number;
  /** First-response target per priority, in minutes (TRIAGE.md). */
  slaMinutes: Record<'P1' | 'P2' | 'P3' | 'P4', number>;
  outboxPollMs: number;
  /**
   * 'inline': this process sends the outbox. 'separate': `npm run worker` processes send it (woken through
   * LISTEN/NOTIFY); this process only sends what needs its own connection (a linked WhatsApp number).
   */
  outboxWorker: 'inline' | 'separate';
  timeoutSweepMs: number;
  /** Telegram settings; null when no bot token is configured (Telegram is off). */
  telegram: TelegramConfig | null;
  /** The protection desk's sign-in and session settings. */
  desk: DeskConfig;
  /** The email of the admin account created at the first start, when there is no staff account yet. */
  deskAdminEmail: string;
  /** WhatsApp settings: each adapter null when not configured (off). */
  whatsapp: WhatsappConfig;
  /** The referral mechanism: signed partner posts and webhook deliveries. */
  partners: PartnerConfig;
  /** Days after a case is closed that each class of its data is kept (then purged; counts stay). */
  retention: RetentionSettings;
  /** Files people send: where they are kept, the keys they are encrypted with, size caps. */
  evidence: EvidenceConfig;
}

/** How Suar talks with partner agencies. */
export interface PartnerConfig {
  /** How far a signed partner post's timestamp may be from now, either way. */
  replayWindowSeconds: number;
  /** How long a partner's webhook may take to answer. */
  webhookTimeoutMs: number;
  /** How often the delivery worker looks for due webhook calls when not woken. */
  deliveryPollMs: number;
}

/** How Suar runs WhatsApp: a number linked through Baileys, the Cloud API, both or neither. */
export interface WhatsappConfig {
  baileys: {
    /** Link by pairing code for this number (digits with country code) instead of scanning the QR code. */
    pairingPhone: string | undefined;
  } | null;
  cloud: {
    phoneNumberId: string;
    accessToken: string;
    appSecret: string;
    verifyToken: string;
    graphUrl: string;
    apiVersion: string;
    /** Template sent when the 24-hour window is closed. */
    template: { name: string; language: string } | undefined;
  } | null;
}

/** How the desk signs staff in and keeps them signed in. */
export interface DeskConfig {
  /** The desk's public origin (https://desk.example.go.id): the CSRF check accepts posts from it behind a proxy. */
  publicUrl: string | undefined;
  /** Mark cookies Secure (only sent over https): on by default when the public URL is https. */
  secureCookies: boolean;
  /** A session unused this long is signed out. */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  sessionHours: number;
}

/** How Suar runs its Telegram bot. */
export interface TelegramConfig {
  token: string;
  /** 'webhook' in production; 'polling' for development without a public URL. */
  mode: 'webhook' | 'polling';
  /** Checked against Telegram's X-Telegram-Bot-Api-Secret-Token header on every webhook call. */
  webhookSecret: string | undefined;
  /** Public https base URL; when set (webhook mode), Suar registers `<url>/telegram/webhook` at start. */
  publicUrl: string | undefined;
  /** Bot API root (tests point it at a fake server). */
  apiRoot: string;
  /** The bot's getMe answer; when absent Suar asks getMe once at start. */
  botInfo: Record<string, unknown> | undefined;
}

/** A configuration that cannot be used, naming every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** The configuration for a process's entry point: a bad setting ends the process with its message, not a stack trace. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Reads and validates the environment; throws ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings (as left by a copied .env.example) mean "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  // Why all or nothing: a Cloud API setup missing its app secret would accept forged webhooks.
  const cloudKeys = [
    'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
    'WHATSAPP_CLOUD_ACCESS_TOKEN',
    'WHATSAPP_CLOUD_APP_SECRET',
    'WHATSAPP_CLOUD_VERIFY_TOKEN',
  ] as const;
  const cloudSet = cloudKeys.filter((k) => e[k] !== undefined);
  if (cloudSet.length > 0 && cloudSet.length < cloudKeys.length) {
    throw new ConfigError(
      cloudKeys.filter((k) => e[k] === undefined).map((k) => `${k}: required for the WhatsApp Cloud API`),
    );
  }
  // Why refuse to start: a webhook without a secret would accept forged updates from anyone.
  if (e.TELEGRAM_BOT_TOKEN && e.TELEGRAM_MODE === 'webhook' && !e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_SECRET: required in webhook mode']);
  }
  // Why refuse: each process would make a key file of its own, and files one wrote the others could not read.
  if (e.EVIDENCE_STORAGE === 's3' && !e.EVIDENCE_KEY) {
    throw new ConfigError(['EVIDENCE_KEY: required with EVIDENCE_STORAGE=s3']);
  }
  if (e.EVIDENCE_STORAGE === 's3' && !e.EVIDENCE_S3_BUCKET) {
    throw new ConfigError(['EVIDENCE_S3_BUCKET: required with EVIDENCE_STORAGE=s3']);
  }
  if (Boolean(e.EVIDENCE_S3_ACCESS_KEY_ID) !== Boolean(e.EVIDENCE_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError([
      'EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY: set both or neither',
    ]);
  }
  const mb = (n: number) => Math.floor(n * 1024 * 1024);
  const dataDir = e.DATA_DIR.replace(/[/\\]+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    database: {
      poolSize: e.DB_POOL_SIZE,
      timeouts: {
        connectMs: e.DB_CONNECT_TIMEOUT_MS,
        statementMs: e.DB_STATEMENT_TIMEOUT_MS,
        idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
    },
    limits: {
      perContact: { burst: e.LIMIT_CONTACT_BURST, perMinute: e.LIMIT_CONTACT_PER_MINUTE },
      perIp: { burst: e.LIMIT_IP_BURST, perMinute: e.LIMIT_IP_PER_MINUTE },
      conversationsPerIp: {
        burst: e.LIMIT_NEW_CONVERSATIONS_BURST,
        perMinute: e.LIMIT_NEW_CONVERSATIONS_PER_HOUR / 60,
      },
      messagesPerHour: e.LIMIT_MESSAGES_PER_HOUR,
    },
    trustProxyHops: e.TRUST_PROXY_HOPS,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT, host: e.METRICS_HOST },
    logLevel: e.LOG_LEVEL,
    sessionTimeoutMs: e.SESSION_TIMEOUT_MINUTES * 60_000,
    slaMinutes: { P1: e.SLA_P1_MINUTES, P2: e.SLA_P2_MINUTES, P3: e.SLA_P3_MINUTES, P4: e.SLA_P4_MINUTES },
    outboxPollMs: e.OUTBOX_POLL_MS,
    outboxWorker: e.OUTBOX_WORKER,
    timeoutSweepMs: e.TIMEOUT_SWEEP_MS,
    deskAdminEmail: e.DESK_ADMIN_EMAIL,
    desk: {
      publicUrl: e.DESK_PUBLIC_URL?.replace(/\/+$/, ''),
      secureCookies: e.DESK_SECURE_COOKIES
        ? e.DESK_SECURE_COOKIES === 'on'
        : (e.DESK_PUBLIC_URL?.startsWith('https://') ?? false),
      idleMinutes: e.DESK_IDLE_MINUTES,
      sessionHours: e.DESK_SESSION_HOURS,
    },
    partners: {
      replayWindowSeconds: e.PARTNER_REPLAY_WINDOW_SECONDS,
      webhookTimeoutMs: e.PARTNER_WEBHOOK_TIMEOUT_MS,
      deliveryPollMs: e.PARTNER_DELIVERY_POLL_MS,
    },
    retention: {
      transcriptDays: e.RETENTION_TRANSCRIPT_DAYS,
      contactDays: e.RETENTION_CONTACT_DAYS,
      identityDays: e.RETENTION_IDENTITY_DAYS,
      reportDays: e.RETENTION_REPORT_DAYS,
    },
    evidence: {
      storage:
        e.EVIDENCE_STORAGE === 's3'
          ? {
              type: 's3',
              bucket: e.EVIDENCE_S3_BUCKET!,
              prefix: e.EVIDENCE_S3_PREFIX,
              region: e.EVIDENCE_S3_REGION,
              endpoint: e.EVIDENCE_S3_ENDPOINT,
              // A custom endpoint is almost always MinIO or Ceph, which want the bucket in the path.
              forcePathStyle: e.EVIDENCE_S3_FORCE_PATH_STYLE
                ? e.EVIDENCE_S3_FORCE_PATH_STYLE === 'on'
                : e.EVIDENCE_S3_ENDPOINT !== undefined,
              credentials:
                e.EVIDENCE_S3_ACCESS_KEY_ID && e.EVIDENCE_S3_SECRET_ACCESS_KEY
                  ? {
                      accessKeyId: e.EVIDENCE_S3_ACCESS_KEY_ID,
                      secretAccessKey: e.EVIDENCE_S3_SECRET_ACCESS_KEY,
                    }
                  : undefined,
            }
          : { type: 'folder', folder: e.EVIDENCE_DIR ?? `${dataDir}-evidence` },
      key: e.EVIDENCE_KEY ?? null,
      oldKeys: e.EVIDENCE_OLD_KEYS ?? [],
      keyFile: e.EVIDENCE_KEY_FILE ?? `${dataDir}-evidence.key`,
      limits: {
        image: mb(e.EVIDENCE_MAX_IMAGE_MB),
        document: mb(e.EVIDENCE_MAX_DOCUMENT_MB),
        audio: mb(e.EVIDENCE_MAX_AUDIO_MB),
        video: mb(e.EVIDENCE_MAX_VIDEO_MB),
      },
      uploadMaxBytes: mb(e.EVIDENCE_UPLOAD_MAX_MB),
      pollMs: e.EVIDENCE_POLL_MS,
      leaseMs: e.EVIDENCE_FETCH_LEASE_SECONDS * 1000,
    },
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          mode: e.TELEGRAM_MODE,
          webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
          publicUrl: e.TELEGRAM_PUBLIC_URL?.replace(/\/+$/, ''),
          apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          botInfo: e.TELEGRAM_BOT_INFO,
        }
      : null,
    whatsapp: {
      baileys: e.WHATSAPP_BAILEYS === 'on' ? { pairingPhone: e.WHATSAPP_PAIRING_PHONE } : null,
      cloud:
        e.WHATSAPP_CLOUD_PHONE_NUMBER_ID &&
        e.WHATSAPP_CLOUD_ACCESS_TOKEN &&
        e.WHATSAPP_CLOUD_APP_SECRET &&
        e.WHATSAPP_CLOUD_VERIFY_TOKEN
          ? {
              phoneNumberId: e.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
              accessToken: e.WHATSAPP_CLOUD_ACCESS_TOKEN,
              appSecret: e.WHATSAPP_CLOUD_APP_SECRET,
              verifyToken: e.WHATSAPP_CLOUD_VERIFY_TOKEN,
              graphUrl: e.WHATSAPP_CLOUD_GRAPH_URL.replace(/\/+$/, ''),
              apiVersion: e.WHATSAPP_CLOUD_API_VERSION,
              template: e.WHATSAPP_CLOUD_TEMPLATE
                ? { name: e.WHATSAPP_CLOUD_TEMPLATE, language: e.WHATSAPP_CLOUD_TEMPLATE_LANGUAGE }
                : undefined,
            }
          : null,
    },
  };
}

/**
 * The password `npm run staff -- add` gives the new account, from STAFF_PASSWORD (an environment variable,
 * so it never appears in the shell's history or the process list); undefined to generate one.
 */
export function staffPasswordFromEnv(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.STAFF_PASSWORD || undefined;
}
