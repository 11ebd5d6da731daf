/** Someone wrote faster than the limits allow; the HTTP edge answers 429 with Retry-After. Nothing was stored. */
export class RateLimitedError extends Error {
  constructor(
    /** What was limited (for the log): a conversation, an address, conversation creation, the hourly cap. */
    readonly scope: 'contact' | 'ip' | 'creation' | 'hourly_cap',
    readonly retryAfterMs: number,
    /** The first refusal in a row (the log notes only that one, so a flood does not flood the log). */
    readonly first = true,
  ) {
    super('too many messages: please slow down and retry later');
    this.name = 'RateLimitedError';
  }

  /** Whole seconds for Retry-After, at least one. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}
