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
      pattern: '\\b(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\\b',
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
  ],
  playbooks: DEFAULT_PLAYBOOKS,
});
