import { describe, expect, test } from 'vitest';
import {
  DEFAULT_POLICY,
  filtersCase,
  resolveWellnessView,
  wellnessPersonalSchema,
  wellnessPolicySchema,
} from '../policy';
import { masksText, PANEL_POLICY_DEFAULT, panelPolicy } from '../panel-policy';

const personal = (input: object = {}) => wellnessPersonalSchema.parse(input);
const policy = (input: object = {}) => wellnessPolicySchema.parse(input);

describe('wellness policy and personal settings', () => {
  test('by default media is greyscale and blurred, and text is not masked', () => {
    expect(resolveWellnessView(DEFAULT_POLICY, personal())).toEqual({
      mediaFilters: true,
      blur: true,
      greyscale: true,
    });
    expect(DEFAULT_POLICY.maskText).toBe(false);
  });

  test('a reviewer cannot loosen what the lead does not allow', () => {
    const wish = personal({ mediaFilters: 'off', blur: false, greyscale: false });
    expect(resolveWellnessView(DEFAULT_POLICY, wish)).toEqual({
      mediaFilters: true,
      blur: true,
      greyscale: true,
    });
  });

  test('a reviewer loosens within the bounds the lead allows, and only those', () => {
    const team = policy({ reviewerMay: { dropGreyscale: true } });
    const wish = personal({ blur: false, greyscale: false });
    expect(resolveWellnessView(team, wish)).toEqual({
      mediaFilters: true,
      blur: true,
      greyscale: false,
    });
    const mayTurnOff = policy({ reviewerMay: { turnOff: true } });
    expect(resolveWellnessView(mayTurnOff, personal({ mediaFilters: 'off' })).mediaFilters).toBe(
      false,
    );
  });

  test('a reviewer can always be stricter than the team', () => {
    const lenient = policy({ blur: false, greyscale: true });
    expect(resolveWellnessView(lenient, personal({ blur: true })).blur).toBe(true);
  });

  test('threshold and queue policies keep a case filtered only when it qualifies', () => {
    const byScore = policy({ media: 'threshold', thresholds: { 'violence/graphic': 0.5 } });
    const mild = { queue: 'Spam', scores: { 'violence/graphic': 0.2 } };
    const graphic = { queue: 'Spam', scores: { 'violence/graphic': 0.8 } };
    expect(filtersCase(byScore, personal(), mild)).toBe(false);
    expect(filtersCase(byScore, personal(), graphic)).toBe(true);
    expect(filtersCase(byScore, personal({ mediaFilters: 'always' }), mild)).toBe(true);

    const byQueue = policy({ media: 'queues', queues: ['Graphic violence'] });
    expect(filtersCase(byQueue, personal(), { queue: 'Graphic violence', scores: {} })).toBe(true);
    expect(filtersCase(byQueue, personal(), { queue: 'Spam', scores: {} })).toBe(false);
    expect(filtersCase(byQueue, personal(), { scores: {} })).toBe(true); // queue unread
    expect(filtersCase(DEFAULT_POLICY, personal(), mild)).toBe(true);
  });
});

describe("the panel's zod-free reading of the policy", () => {
  test('its defaults are the schema defaults', () => {
    expect(PANEL_POLICY_DEFAULT).toEqual(wellnessPolicySchema.parse({}));
  });

  test('a block from an older build gets the newer fields from the defaults', () => {
    const pack = { wellness: { maskText: true, reviewerMay: { turnOff: true } } };
    const read = panelPolicy(pack as never);
    expect(read.maskText).toBe(true);
    expect(read.reviewerMay).toEqual({ ...PANEL_POLICY_DEFAULT.reviewerMay, turnOff: true });
    expect(read.exposure.suggestBreakAfterMinutes).toBe(60);
  });
});

test('text masking: off by default; a reviewer may turn it on, and off only if the lead allows', () => {
  expect(masksText(policy(), personal())).toBe(false);
  expect(masksText(policy(), personal({ maskText: true }))).toBe(true);
  expect(masksText(policy({ maskText: true }), personal({ maskText: false }))).toBe(true);
  const may = policy({ maskText: true, reviewerMay: { unmaskText: true } });
  expect(masksText(may, personal({ maskText: false }))).toBe(false);
});
