import { DEFAULT_ACTIONS, DEFAULT_PLAYBOOKS } from './default-actions';
import { DEFAULT_POLICIES } from './default-policies';
import { guidancePackSchema, type GuidancePack } from './schema';

/**
 * The pack a team starts from before its leads publish their own. Version 1 so any published
 * pack supersedes it.
 */
export const DEFAULT_GUIDANCE_PACK: GuidancePack = guidancePackSchema.parse({
  version: 1,
  publisher: 'Caselight default guidance',
  publishedAt: '2026-11-01T00:00:00Z',
  actions: DEFAULT_ACTIONS,
  policies: DEFAULT_POLICIES,
  signals: [
    { id: 'seed-phrase', kind: 'keyword', pattern: 'seed phrase', policyId: 'spam-scams' },
    {
      id: 'guaranteed-returns',
      kind: 'keyword',
      pattern: 'guaranteed returns',
      policyId: 'spam-scams',
    },
    {
      id: 'claim-rewards-domain',
      kind: 'domain',
      pattern: 'bit-claim-rewards.example',
      policyId: 'spam-scams',
    },
    {
      id: 'wallet-verify-domain',
      kind: 'domain',
      pattern: 'wallet-verify-secure.example',
      policyId: 'spam-scams',
    },
    {
      id: 'btc-address',
      kind: 'regex',
      // Bech32 (bc1…, no 1/b/i/o after the prefix) or legacy Base58 (1…/3…, no 0/O/I/l).
      pattern: '\\b(?:bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\\b',
      policyId: 'spam-scams',
    },
    {
      id: 'double-your-money',
      kind: 'regex',
      pattern: '(?i)\\bdouble your (?:money|crypto|btc|bitcoin|eth)\\b',
      policyId: 'spam-scams',
    },
    {
      id: 'know-where-you-live',
      kind: 'keyword',
      pattern: 'know where you live',
      policyId: 'threats',
    },
    {
      id: 'no-reason-to-live',
      kind: 'keyword',
      pattern: 'no reason to live',
      policyId: 'self-harm',
    },
    {
      // High recall on purpose: a missed self-harm message costs more than a second look.
      id: 'self-harm-phrases',
      kind: 'regex',
      pattern: '(?i)\\b(?:kill myself|end it all|want to die|better off without me)\\b',
      policyId: 'self-harm',
    },
  ],
  playbooks: DEFAULT_PLAYBOOKS,
});
