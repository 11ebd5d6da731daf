/** Spreads one process's sends under a platform's rate limits: per address and overall. */
export interface SendPacer {
  /** Resolves when one more send to `address` stays within the limits, and counts it. */
  take(address: string): Promise<void>;
}

/** Limits for a pacer: token buckets, so short bursts pass and the sustained rate is capped. */
export interface SendPacerOptions {
  /** Sends per second to one address, sustained. */
  perAddressPerSecond: number;
  /** Sends to one address allowed at once (a question often comes as two or three messages). */
  perAddressBurst: number;
  /** Sends per second overall. */
  overallPerSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A pacer for one process. Why not shared through the database: the platform answers 429 with a delay when
 * several processes together go over, and the sender honours that; pacing only keeps one process polite.
 */
export function createSendPacer(options: SendPacerOptions): SendPacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const overall: Bucket = { tokens: options.overallPerSecond, at: now() };
  const perAddress = new Map<string, Bucket>();

  const refill = (bucket: Bucket, rate: number, capacity: number, t: number) => {
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * rate);
    bucket.at = t;
  };

  // Full buckets carry no information: dropping them keeps memory flat however many chats there are.
  const forgetIdle = (t: number) => {
    for (const [address, bucket] of perAddress) {
      refill(bucket, options.perAddressPerSecond, options.perAddressBurst, t);
      if (bucket.tokens >= options.perAddressBurst) perAddress.delete(address);
    }
  };

  // Reservations are taken synchronously (tokens may go negative) and the caller sleeps off the debt, so
  // concurrent callers queue fairly without a lock.
  return {
    async take(address) {
      const t = now();
      if (perAddress.size >= 10_000) forgetIdle(t);
      let bucket = perAddress.get(address);
      if (!bucket) {
        bucket = { tokens: options.perAddressBurst, at: t };
        perAddress.set(address, bucket);
      }
      refill(bucket, options.perAddressPerSecond, options.perAddressBurst, t);
      refill(overall, options.overallPerSecond, options.overallPerSecond, t);
      bucket.tokens -= 1;
      overall.tokens -= 1;
      const waitMs = Math.max(
        bucket.tokens < 0 ? (-bucket.tokens / options.perAddressPerSecond) * 1000 : 0,
        overall.tokens < 0 ? (-overall.tokens / options.overallPerSecond) * 1000 : 0,
      );
      if (waitMs > 0) await sleep(Math.ceil(waitMs));
    },
  };
}
