/** Consecutive failures that open a provider's circuit, and how long it stays open. */
export interface BreakerSettings {
  failureThreshold: number;
  openMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, openMs: 30_000 };

interface BreakerState {
  failures: number;
  openedAt?: number;
  /** One trial call is let through once the open period has passed (half-open). */
  trial: boolean;
}

/**
 * A circuit breaker per endpoint: after `failureThreshold` failures in a row calls fail at once for `openMs`,
 * then one trial call decides whether it closes again or stays open.
 */
export class CircuitBreakers {
  private readonly states = new Map<string, BreakerState>();
  constructor(private readonly settings: BreakerSettings = DEFAULT_BREAKER, private readonly now: () => number = Date.now) {}

  /** Whether a call to `key` may go ahead now. */
  allow(key: string): boolean {
    const s = this.states.get(key);
    if (!s || s.openedAt === undefined) return true;
    if (this.now() - s.openedAt < this.settings.openMs || s.trial) return false;
    s.trial = true;
    return true;
  }

  success(key: string): void {
    this.states.delete(key);
  }

  failure(key: string): void {
    const s = this.states.get(key) ?? { failures: 0, trial: false };
    s.failures++;
    if (s.trial || s.failures >= this.settings.failureThreshold) {
      s.openedAt = this.now();
      s.trial = false;
    }
    this.states.set(key, s);
  }

  isOpen(key: string): boolean {
    const s = this.states.get(key);
    return s?.openedAt !== undefined && this.now() - s.openedAt < this.settings.openMs;
  }
}

/** The process-wide breakers of HTTP KYC providers. */
export const kycProviderBreakers = new CircuitBreakers();
