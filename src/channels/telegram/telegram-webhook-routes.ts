import { timingSafeEqual } from 'node:crypto';
import { type Bot, BotError, webhookCallback } from 'grammy';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpProblem } from '../../http/http-problem.ts';
import { MalformedUpdateError } from './normalize-update.ts';

/** Largest update body accepted; real updates are a few kilobytes. */
export const TELEGRAM_BODY_LIMIT = 256 * 1024;

/** The header Telegram repeats the webhook's secret token in. */
export const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token';

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The webhook: secret checked first (401), then size and JSON shape (400), then grammY's webhookCallback,
 * which answers only after the update was handled (so after commit). Errors past this point reach the app's
 * onError and become 503, and Telegram redelivers.
 */
export function telegramWebhookRoutes(bot: Bot, secret: string, timeoutMs = 25_000) {
  const app = new Hono();
  const callback = webhookCallback(bot, 'hono', {
    secretToken: secret,
    onTimeout: 'throw',
    timeoutMilliseconds: timeoutMs,
  });
  app.post(
    '/',
    async (c, next) => {
      if (!sameSecret(c.req.header(SECRET_HEADER), secret)) throw new HttpProblem(401, 'wrong secret token');
      await next();
    },
    bodyLimit({
      maxSize: TELEGRAM_BODY_LIMIT,
      onError: () => {
        throw new HttpProblem(400, `body larger than ${TELEGRAM_BODY_LIMIT} bytes`);
      },
    }),
    async (c) => {
      let update: unknown;
      try {
        // Hono keeps the parsed body, so webhookCallback reads this same object.
        update = await c.req.json();
      } catch {
        throw new HttpProblem(400, 'body is not valid JSON');
      }
      if (!isUpdateShaped(update)) throw new HttpProblem(400, 'body is not a Telegram update');
      try {
        return await callback(c);
      } catch (error) {
        const cause = error instanceof BotError ? error.error : error;
        if (cause instanceof MalformedUpdateError) throw new HttpProblem(400, cause.message);
        throw cause;
      }
    },
  );
  return app;
}

function isUpdateShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = (value as { update_id?: unknown }).update_id;
  return Number.isSafeInteger(id) && (id as number) >= 0;
}
