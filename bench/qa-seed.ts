import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { DecisionInput } from '../utils/decisions/schema';
import { createTeam } from '../server/accounts/teams';
import { createUser } from '../server/accounts/users';

/**
 * The bench population: 300 reviewers in 6 teams (2 in-house, 4 vendors), deciding cases of
 * five queues in three consoles over 30 days, with the model's scores and agreement.
 */
export const TEAMS = 6;
export const REVIEWERS = 300;
const QUEUES = ['Harassment', 'Violent threats', 'Scams', 'Hate', 'Spam'];
const CONSOLES = ['zendesk', 'freshdesk', 'jira-sm'];
const ACTIONS = ['no-action', 'warn', 'remove', 'suspend', 'escalate'];
const START = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

export const reviewerId = (i: number) => `bench-rev-${i % REVIEWERS}`;

/** Teams and reviewers, through the same audited actions an admin uses. */
export function seedBenchAccounts(db: Database): void {
  const ctx = { db, actor: 'bench', now: new Date(START - 5 * DAY) };
  for (let t = 0; t < TEAMS; t++) {
    const kind = t < 2 ? 'in-house' : 'vendor';
    createTeam(ctx, { id: `bench-team-${t}`, name: `Bench team ${t}`, kind });
  }
  for (let r = 0; r < REVIEWERS; r++) {
    createUser(ctx, {
      id: reviewerId(r),
      name: `Reviewer ${r}`,
      role: 'reviewer',
      teamId: `bench-team-${r % TEAMS}`,
      site: r % 2 === 0 ? 'Dublin' : 'Manila',
    });
  }
}

/** The i-th bench decision: deterministic apart from its id. */
export function benchDecision(i: number): DecisionInput {
  const action = ACTIONS[(i * 7) % ACTIONS.length]!;
  const suggested = ACTIONS[(i * 7 + (i % 5 === 0 ? 1 : 0)) % ACTIONS.length]!;
  return {
    id: randomUUID(),
    caseId: `B-${i}`,
    console: CONSOLES[i % CONSOLES.length]!,
    reviewerId: reviewerId(i),
    action,
    policyIds: ['harassment'],
    decidedAt: new Date(START + ((i * 26_000) % (30 * DAY))).toISOString(),
    handleTimeMs: 20_000 + ((i * 1_337) % 180_000),
    guidanceVersion: 1 + (i % 3),
    suggestion: {
      action: suggested,
      policyIds: ['harassment'],
      confidence: 0.8,
      source: 'rules',
      scores: { harassment: (i % 100) / 100 },
    },
    agreement: suggested === action ? 'agreed' : 'overrode',
    mode: 'live',
    caseRecord: {
      url: `https://support.example/tickets/${i}`,
      subject: `Bench case ${i}`,
      queue: QUEUES[i % QUEUES.length],
      contentHash: 'a'.repeat(64),
      itemCount: 1,
      adapter: { id: 'bench', version: '1' },
    },
  };
}
