import type { Me } from '../utils/case-api/schema';

/**
 * Well-known tokens seeded into every demo database, one per role, so the demo script and the
 * end-to-end tests can sign in without setup. They are public: never seed them in a database
 * that holds real cases (`startCaseApi({ seed: false })`).
 */
export const DEMO_TOKENS = {
  reviewer: 'demo-reviewer-token',
  reviewer2: 'demo-reviewer2-token',
  lead: 'demo-lead-token',
  trainer: 'demo-trainer-token',
  admin: 'demo-admin-token',
} as const;

export type DemoAccount = keyof typeof DEMO_TOKENS;

/** Who each demo token signs in as (what `GET /api/me` answers). */
export const DEMO_USERS: Readonly<Record<DemoAccount, Me>> = {
  reviewer: { id: 'rev-ana', name: 'Ana Reviewer', role: 'reviewer' },
  reviewer2: { id: 'rev-ben', name: 'Ben Okafor', role: 'reviewer' },
  lead: { id: 'lead-priya', name: 'Priya Lead', role: 'policy-lead' },
  trainer: { id: 'trainer-tom', name: 'Tom Trainer', role: 'trainer' },
  admin: { id: 'admin-root', name: 'Root Admin', role: 'admin' },
};
