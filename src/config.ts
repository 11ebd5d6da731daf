import { z } from 'zod';

// The only reader of process.env. Everything else receives a Config.

const minutes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TIMEOUT_MINUTES: minutes(30),
  SLA_P1_MINUTES: minutes(15),
  SLA_P2_MINUTES: minutes(4 * 60),
  SLA_P3_MINUTES: minutes(2 * 24 * 60),
  SLA_P4_MINUTES: minutes(5 * 24 * 60),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  TIMEOUT_SWEEP_MS: z.coerce.number().int().min(100).default(30_000),
  CENTRAL_HOTLINE: z.string().min(3).default('+62 812 9007 0027'),
});

/** Suar's settings, validated. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; absent means embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTimeoutMs: number;
  /** First-response target per priority, in minutes (TRIAGE.md). */
  slaMinutes: Record<'P1' | 'P2' | 'P3' | 'P4', number>;
  outboxPollMs: number;
  timeoutSweepMs: number;
  /** The ministry's citizen-protection hotline, shown when a mission's own is unknown. */
  centralHotline: string;
}

/** A configuration that cannot be used, naming every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
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
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    sessionTimeoutMs: e.SESSION_TIMEOUT_MINUTES * 60_000,
    slaMinutes: { P1: e.SLA_P1_MINUTES, P2: e.SLA_P2_MINUTES, P3: e.SLA_P3_MINUTES, P4: e.SLA_P4_MINUTES },
    outboxPollMs: e.OUTBOX_POLL_MS,
    timeoutSweepMs: e.TIMEOUT_SWEEP_MS,
    centralHotline: e.CENTRAL_HOTLINE,
  };
}
