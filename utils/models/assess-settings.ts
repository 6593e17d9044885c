import { z } from 'zod';
import { redactionSettingsSchema } from '../redaction/settings';
import { uncertainBoundsSchema, type Settings } from '../settings/schema';
import { modelProviderKindSchema, type ModelProviderKind } from '../status/schema';
import { MODEL_TIMEOUT_MS } from './model-call';

/**
 * What an assessment depends on beyond the case and the pack: the reviewer settings
 * (`utils/settings/schema.ts`) plus what the background knows (the provider from the last
 * check). Scoring takes this flat shape so it can be tested without storage.
 */
export const assessSettingsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  /** From the last connection check; otherwise guessed from the base URL. */
  provider: modelProviderKindSchema.optional(),
  moderationModel: z.string().min(1).default('omni-moderation-latest'),
  policyModel: z.string().min(1).default('gpt-5-mini'),
  /** Unset: the Responses API for api.openai.com, Chat Completions for compatible servers. */
  policyApi: z.enum(['responses', 'chat-completions']).optional(),
  policyLlm: z.enum(['always', 'never', 'when-uncertain']).default('when-uncertain'),
  uncertainBounds: uncertainBoundsSchema,
  redaction: redactionSettingsSchema,
  /** Per request; below the 30 s a service worker's fetch may take. */
  timeoutMs: z.number().int().min(1000).max(25_000).default(MODEL_TIMEOUT_MS),
});

export type AssessSettings = z.infer<typeof assessSettingsSchema>;
export type AssessSettingsInput = z.input<typeof assessSettingsSchema>;

export function assessSettingsFrom(
  settings: Settings,
  extra: Partial<AssessSettingsInput> = {},
): AssessSettings {
  return assessSettingsSchema.parse({
    ...settings.model,
    redaction: settings.redaction,
    ...extra,
  });
}

const isOpenAI = (baseUrl: string) => new URL(baseUrl).hostname === 'api.openai.com';

export function providerOf(s: AssessSettings): ModelProviderKind {
  return s.provider ?? (isOpenAI(s.baseUrl) ? 'openai' : 'openai-compatible');
}

export function policyApiOf(s: AssessSettings): 'responses' | 'chat-completions' {
  return s.policyApi ?? (isOpenAI(s.baseUrl) ? 'responses' : 'chat-completions');
}
