import { expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../default-pack';
import { validatePack } from '../validate';

const withWellness = (wellness: object) => validatePack({ ...DEFAULT_GUIDANCE_PACK, wellness });
const issues = (wellness: object) => withWellness(wellness).issues;

it('a filter mode that would filter no case is named at the field to fill in', () => {
  expect(issues({ media: 'threshold' })).toEqual([
    { path: 'wellness.thresholds', message: expect.stringMatching(/no case is filtered/) },
  ]);
  expect(issues({ media: 'queues' })).toEqual([
    { path: 'wellness.queues', message: expect.stringMatching(/no case is filtered/) },
  ]);
  expect(withWellness({ media: 'threshold', thresholds: { violence: 0.4 } }).ok).toBe(true);
});

it('exposure numbers out of range say what fits, in words a lead can act on', () => {
  const exposure = { breakMinutes: 2.5, minScore: Number.NaN, shiftGapHours: 30 };
  expect(issues({ exposure })).toEqual([
    { path: 'wellness.exposure.minScore', message: 'A score from 0 to 1.' },
    { path: 'wellness.exposure.breakMinutes', message: 'Whole minutes from 1 to 120.' },
    { path: 'wellness.exposure.shiftGapHours', message: 'Hours from 1 to 24.' },
  ]);
});

it('the lighter-queue suggestion cannot come before the break suggestion', () => {
  const exposure = { suggestBreakAfterMinutes: 90, suggestLighterQueueAfterMinutes: 60 };
  expect(issues({ exposure })).toEqual([
    {
      path: 'wellness.exposure.suggestLighterQueueAfterMinutes',
      message: expect.stringContaining('at least 90 minutes'),
    },
  ]);
});

it('lighter queues: only http(s) addresses, and no two with one name', () => {
  const lighterQueues = [
    { label: 'Spam', url: 'javascript:alert(1)' },
    { label: 'Ads', url: 'https://console.test/q/ads' },
  ];
  expect(issues({ exposure: { lighterQueues } })).toEqual([
    { path: 'wellness.exposure.lighterQueues.0.url', message: expect.stringMatching(/http\(s\)/) },
  ]);
  lighterQueues[0]!.url = 'https://console.test/q/spam';
  lighterQueues[1]!.label = 'spam';
  expect(issues({ exposure: { lighterQueues } })).toEqual([
    { path: 'wellness.exposure.lighterQueues.1.label', message: expect.stringMatching(/already/) },
  ]);
});
