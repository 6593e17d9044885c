import { createClient, type Client } from './http-client';
import { postUntilAnswered } from './post-until-answered';
import { qaDecision, type Follow } from './decision-body';

/**
 * Simulated reviewers against a running case API. A small script rather than autocannon:
 * every decision needs a fresh Idempotency-Key and body, a retry must resend one exactly, and
 * the fault run must know which decisions were acknowledged, none of which autocannon's
 * fixed or templated requests keep track of.
 */
export interface Reviewer {
  id: string;
  token: string;
}

export interface LoadOptions {
  url: string;
  reviewers: readonly Reviewer[];
  /** How many reviewers work at once (cycling through `reviewers` for identities). */
  concurrency: number;
  durationMs: number;
  cases: readonly string[];
  /** Share of decisions resent with the same key (a client that missed the answer). */
  retryShare?: number;
  secondOpinionShare?: number;
  reversalShare?: number;
  /** Called when a reviewer got no answer; a fault run uses it to notice. */
  onUnanswered?: (error: unknown) => void;
}

export interface LoadResult {
  /** New decisions acknowledged (2xx, not a replay), and the time they took. */
  decisions: number;
  elapsedMs: number;
  /** One per acknowledged decision: its first answered POST's latency. */
  latenciesMs: number[];
  /** Decision id (= key) → the body of its first 2xx answer. */
  acknowledged: Map<string, string>;
  /** Same-key resends whose answer was not the first answer byte for byte. */
  replayMismatches: number;
  /** Requests that got no answer (or a 5xx) and were retried with the same key. */
  unanswered: number;
  statuses: Record<string, number>;
}

async function reviewerLoop(
  client: Client,
  r: Reviewer,
  options: LoadOptions,
  result: LoadResult,
  until: number,
) {
  const auth = { authorization: `Bearer ${r.token}` };
  let last: { id: string; caseId: string } | undefined;
  let n = 0;
  while (Date.now() < until) {
    const roll = Math.random();
    let follow: Follow;
    if (last && roll < (options.reversalShare ?? 0.05)) follow = { kind: 'reversal', of: last.id };
    else if (last && roll < (options.reversalShare ?? 0.05) + (options.secondOpinionShare ?? 0.05))
      follow = { kind: 'second-opinion', of: last.id };
    const caseId = follow && last ? last.caseId : options.cases[n++ % options.cases.length]!;
    // Reading the case first, as the panel does; a read that fails is a reviewer's reload.
    await client.send('GET', `/api/cases/${caseId}`, auth).catch(options.onUnanswered);
    const decision = qaDecision(r.id, caseId, follow);
    const body = JSON.stringify(decision);
    const started = performance.now();
    const answer = await postUntilAnswered(
      client,
      r,
      body,
      decision.id,
      caseId,
      result,
      options.onUnanswered,
    );
    if (answer.status >= 300) continue;
    result.latenciesMs.push(performance.now() - started);
    result.decisions += 1;
    result.acknowledged.set(decision.id, answer.body);
    last = follow?.kind === 'reversal' ? undefined : { id: decision.id, caseId };
    if (Math.random() < (options.retryShare ?? 0.1)) {
      const again = await postUntilAnswered(
        client,
        r,
        body,
        decision.id,
        caseId,
        result,
        options.onUnanswered,
      );
      if (again.body !== answer.body || again.status !== answer.status)
        result.replayMismatches += 1;
    }
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const client = createClient(options.url, options.concurrency);
  const result: LoadResult = {
    decisions: 0,
    elapsedMs: 0,
    latenciesMs: [],
    acknowledged: new Map(),
    replayMismatches: 0,
    unanswered: 0,
    statuses: {},
  };
  const started = Date.now();
  const until = started + options.durationMs;
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, (_, i) =>
        reviewerLoop(
          client,
          options.reviewers[i % options.reviewers.length]!,
          options,
          result,
          until,
        ),
      ),
    );
  } finally {
    client.close();
  }
  result.elapsedMs = Date.now() - started;
  return result;
}
