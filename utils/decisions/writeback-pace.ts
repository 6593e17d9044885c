/**
 * Per-writer pacing in this browser: a token bucket at the writer's declared rate, and a pause
 * for as long as the console asked after a 429. Consoles limit requests per account (Zendesk:
 * a few hundred a minute on common plans), shared by every reviewer of the team, so a browser
 * draining a backlog must not spend the whole allowance, and one 429 stops the writer's other
 * requests too rather than each finding out on its own.
 */

/** Longer waits give the lease back and come again later, instead of holding a slot idle. */
const MAX_HOLD_MS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Pacer {
  private tokens: number;
  private refilledAt = Date.now();
  private pausedUntil = 0;
  private readonly perMs: number;
  private readonly burst: number;

  constructor(requestsPerMinute: number) {
    this.perMs = requestsPerMinute / 60_000;
    this.burst = Math.max(1, Math.ceil(requestsPerMinute / 10));
    this.tokens = this.burst;
  }

  private refill(now: number): void {
    // A clock set back (or a test's) must not run the bucket into debt.
    const elapsed = Math.max(0, now - this.refilledAt);
    this.tokens = Math.min(this.burst, this.tokens + elapsed * this.perMs);
    this.refilledAt = now;
  }

  /** Waits for a slot; answers the wait instead when it is longer than worth holding on for. */
  async pace(): Promise<number | undefined> {
    const paused = this.pausedUntil - Date.now();
    if (paused > MAX_HOLD_MS) return paused;
    if (paused > 0) await sleep(paused);
    this.refill(Date.now());
    if (this.tokens < 1) {
      const wait = (1 - this.tokens) / this.perMs;
      if (wait > MAX_HOLD_MS) return wait;
      await sleep(wait);
      this.refill(Date.now());
    }
    this.tokens -= 1;
    return undefined;
  }

  /** The console said 429: nothing more of this writer goes before `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }
}

const pacers = new Map<string, { rate: number; pacer: Pacer }>();

export function pacerFor(writerId: string, requestsPerMinute: number): Pacer {
  const known = pacers.get(writerId);
  if (known?.rate === requestsPerMinute) return known.pacer;
  const pacer = new Pacer(requestsPerMinute);
  pacers.set(writerId, { rate: requestsPerMinute, pacer });
  return pacer;
}
