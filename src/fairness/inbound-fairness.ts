import { Lanes } from './lanes.ts';
import { type BucketLimits, TokenBuckets } from './token-buckets.ts';

/** The limits on inbound traffic (configurable; see docs/operations.md). */
export interface FairnessLimits {
  /** Messages from one conversation (any channel). */
  perContact: BucketLimits;
  /** Web-chat messages from one IP address (many people may share one, behind a carrier's NAT). */
  perIp: BucketLimits;
  /** Web-chat conversations created from one IP address. */
  conversationsPerIp: BucketLimits;
  /** Messages stored per conversation per hour; beyond it nothing more is stored until the hour is over. */
  messagesPerHour: number;
}

/** Defaults: a person pasting a long story in ten messages passes at once; a script does not. */
export const DEFAULT_FAIRNESS_LIMITS: FairnessLimits = {
  perContact: { burst: 20, perMinute: 20 },
  perIp: { burst: 120, perMinute: 120 },
  conversationsPerIp: { burst: 10, perMinute: 0.5 },
  messagesPerHour: 300,
};

/** This process's fairness state: a lane per contact, and the token buckets of each limit. */
export interface Fairness {
  limits: FairnessLimits;
  lanes: Lanes;
  contacts: TokenBuckets;
  ips: TokenBuckets;
  creations: TokenBuckets;
}

/** Builds the fairness state for a process. */
export function createFairness(limits: FairnessLimits = DEFAULT_FAIRNESS_LIMITS, now = Date.now): Fairness {
  return {
    limits,
    lanes: new Lanes(),
    contacts: new TokenBuckets(limits.perContact, now),
    ips: new TokenBuckets(limits.perIp, now),
    creations: new TokenBuckets(limits.conversationsPerIp, now),
  };
}
