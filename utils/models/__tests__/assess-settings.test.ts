import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import {
  assessSettingsFrom,
  assessSettingsSchema,
  policyApiOf,
  providerOf,
} from '../assess-settings';

it("today's settings give scoring defaults: redaction on, LLM only when uncertain", () => {
  const actual = assessSettingsFrom(DEFAULT_SETTINGS);
  expect(actual).toMatchObject({
    baseUrl: 'https://api.openai.com/v1',
    moderationModel: 'omni-moderation-latest',
    policyModel: 'gpt-5-mini',
    policyLlm: 'when-uncertain',
    uncertainBounds: { low: 0.3, high: 0.7 },
    timeoutMs: 20_000,
  });
  expect(Object.values(actual.redaction).every(Boolean)).toBe(true);
  expect(providerOf(actual)).toBe('openai');
  expect(policyApiOf(actual)).toBe('responses');
});

it('compatible servers default to Chat Completions; the stand-in is named when known', () => {
  const vllm = assessSettingsSchema.parse({ baseUrl: 'http://gpu-box.internal:8000/v1' });
  expect([providerOf(vllm), policyApiOf(vllm)]).toEqual(['openai-compatible', 'chat-completions']);
  const standIn = assessSettingsSchema.parse({
    baseUrl: 'http://127.0.0.1:4318/v1',
    provider: 'stand-in',
    policyApi: 'responses',
  });
  expect([providerOf(standIn), policyApiOf(standIn)]).toEqual(['stand-in', 'responses']);
});

it('refuses a timeout past the service worker fetch limit and inverted bounds', () => {
  const base = { baseUrl: 'https://api.openai.com/v1' };
  expect(assessSettingsSchema.safeParse({ ...base, timeoutMs: 30_000 }).success).toBe(false);
  expect(
    assessSettingsSchema.safeParse({ ...base, uncertainBounds: { low: 0.8, high: 0.2 } }).success,
  ).toBe(false);
});

it('the bounds and redaction choices saved in the options reach scoring', () => {
  const actual = assessSettingsFrom({
    ...DEFAULT_SETTINGS,
    model: { ...DEFAULT_SETTINGS.model, uncertainBounds: { low: 0.2, high: 0.9 } },
    redaction: { ...DEFAULT_SETTINGS.redaction, ips: false },
  });
  expect(actual.uncertainBounds).toEqual({ low: 0.2, high: 0.9 });
  expect(actual.redaction.ips).toBe(false);
  expect(actual.redaction.emails).toBe(true);
});
