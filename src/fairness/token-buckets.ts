/** What one `take` says: go ahead, or wait this long (and whether this is the first refusal in a row). */
export type TakeResult = { ok: true } | { ok: false; retryAfterMs: number; first: boolean };

/** Limits for one family of buckets: a burst that passes at once, then a sustained rate. */
export interface BucketLimits {
  burst: number;
  perMinute: number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** Refused since the last take that passed (so a notice goes out once per stretch). */
  refused: boolean;
}

/**
 * Token buckets by key (a contact, an IP address), in this process. A key's bucket starts full, so a burst
 * passes at once (a person pasting a long story in ten messages); after it, takes pass at the sustained rate.
 * Full buckets carry no information and are dropped, so memory stays flat however many keys pass by.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: BucketLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for a key, or says how long until one is there. */
  take(key: string): TakeResult {
    const t = this.now();
    if (this.buckets.size >= 10_000) this.forgetFull(t);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.limits.burst, at: t, refused: false };
      this.buckets.set(key, bucket);
    }
    this.refill(bucket, t);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.refused = false;
      return { ok: true };
    }
    const first = !bucket.refused;
    bucket.refused = true;
    const retryAfterMs = Math.ceil(((1 - bucket.tokens) / this.limits.perMinute) * 60_000);
    return { ok: false, retryAfterMs, first };
  }

  private refill(bucket: Bucket, t: number): void {
    const earned = ((t - bucket.at) / 60_000) * this.limits.perMinute;
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + earned);
    bucket.at = t;
  }

  private forgetFull(t: number): void {
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, t);
      if (bucket.tokens >= this.limits.burst) this.buckets.delete(key);
    }
  }
}
