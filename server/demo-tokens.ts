import type { Me, TeamRef } from '../utils/case-api/schema';

/**
 * Well-known tokens seeded into every demo database (`--demo`, `startCaseApi({ demo: true })`),
 * one per role, so the demo script and the end-to-end tests can sign in without setup. They
 * are public: never seed them in a database that holds real cases.
 */
export const DEMO_TOKENS = {
  reviewer: 'demo-reviewer-token',
  reviewer2: 'demo-reviewer2-token',
  lead: 'demo-lead-token',
  trainer: 'demo-trainer-token',
  qa: 'demo-qa-token',
  vendor: 'demo-vendor-manager-token',
  admin: 'demo-admin-token',
} as const;

export type DemoAccount = keyof typeof DEMO_TOKENS;

/** The in-house team and a vendor's, so per-team views have something to show. */
export const DEMO_TEAMS = [
  { id: 'northwind', name: 'Northwind Trust & Safety', kind: 'in-house' },
  { id: 'acme-bpo', name: 'Acme BPO', kind: 'vendor' },
] as const satisfies readonly TeamRef[];

const [northwind, acme] = DEMO_TEAMS;

/** Who each demo token signs in as (what `GET /api/me` answers). */
export const DEMO_USERS: Readonly<Record<DemoAccount, Me>> = {
  reviewer: {
    id: 'rev-ana',
    name: 'Ana Reviewer',
    role: 'reviewer',
    team: northwind,
    site: 'Dublin',
  },
  reviewer2: { id: 'rev-ben', name: 'Ben Okafor', role: 'reviewer', team: acme, site: 'Manila' },
  lead: {
    id: 'lead-priya',
    name: 'Priya Lead',
    role: 'policy-lead',
    team: northwind,
    site: 'Dublin',
  },
  trainer: { id: 'trainer-tom', name: 'Tom Trainer', role: 'trainer', team: acme, site: 'Manila' },
  qa: { id: 'qa-quinn', name: 'Quinn QA', role: 'qa-reviewer', team: northwind, site: 'Dublin' },
  vendor: {
    id: 'vm-vic',
    name: 'Vic Vendor-Manager',
    role: 'vendor-manager',
    team: acme,
    site: 'Manila',
  },
  admin: { id: 'admin-root', name: 'Root Admin', role: 'admin', team: northwind, site: null },
};
