import type { makeWASocket } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';

/** The logger interface Baileys takes (not exported by name from the package root). */
type ILogger = NonNullable<Parameters<typeof makeWASocket>[0]['logger']>;

/**
 * The logger Baileys gets: warnings and errors only, and only their message text. Baileys attaches message
 * keys, JIDs (phone numbers) and protocol nodes to its log objects; none of that may reach Suar's logs.
 */
export function baileysLogger(logger: Logger): ILogger {
  const forward =
    (level: 'warn' | 'error') =>
    (obj: unknown, msg?: string): void => {
      const text = typeof obj === 'string' ? obj : msg;
      logger[level]({ event: 'baileys_log', module: 'baileys' }, text ?? 'baileys reported a problem');
    };
  const quiet = (): void => {};
  const self: ILogger = {
    level: 'warn',
    child: () => self,
    trace: quiet,
    debug: quiet,
    info: quiet,
    warn: forward('warn'),
    error: forward('error'),
  };
  return self;
}
