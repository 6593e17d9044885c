import { expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { diffPacks } from '../diff';
import type { GuidancePack } from '../schema';
import { DEFAULT_POLICY } from '../../wellness/policy';

const withWellness = (change: object): GuidancePack => ({
  ...DEFAULT_GUIDANCE_PACK,
  wellness: { ...DEFAULT_POLICY, ...change },
});

it('a pack that spells out the default wellness policy changes nothing', () => {
  expect(diffPacks(DEFAULT_GUIDANCE_PACK, withWellness({}))).toEqual([]);
});

it('a wellness edit is a change to publish, one line per setting, masked terms only counted', () => {
  const exposure = {
    ...DEFAULT_POLICY.exposure,
    breakMinutes: 20,
    sharePerPerson: true,
    lighterQueues: [{ label: 'Spam', url: 'https://console.test/q/spam' }],
  };
  const after = withWellness({ maskTerms: ['gore', 'behead'], exposure });
  const lines = diffPacks(DEFAULT_GUIDANCE_PACK, after).map((c) => [c.section, c.summary]);
  expect(lines).toEqual([
    ['wellness', 'Wellness: masked terms none → 2'],
    ['wellness', 'Wellness: break length (min) 15 → 20'],
    ['wellness', 'Wellness: per-person figures shared with leads off → on'],
    ['wellness', 'Wellness: lighter queues none → 1'],
  ]);
});
