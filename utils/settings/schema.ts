import { z } from 'zod';

/**
 * Reviewer settings kept in `storage.local`. Nothing here is secret (content scripts can read
 * `storage.local`); the case API token and model API key live in `utils/settings/secrets.ts`.
 */
export const DEFAULT_CASE_API_URL = 'http://127.0.0.1:4317/api';
export const DEFAULT_MODEL_BASE_URL = 'https://api.openai.com/v1';

const httpUrl = z.url({ protocol: /^https?$/, error: 'Enter an http(s) address' });

export const settingsSchema = z.object({
  caseApiUrl: httpUrl.default(DEFAULT_CASE_API_URL),
  model: z
    .object({
      /** OpenAI, or any OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, a company proxy). */
      baseUrl: httpUrl.default(DEFAULT_MODEL_BASE_URL),
      moderationModel: z.string().min(1).default('omni-moderation-latest'),
      policyModel: z.string().min(1).default('gpt-5-mini'),
      /** When the policy LLM reads the case: only when the rules layer is unsure saves cost. */
      policyLlm: z.enum(['always', 'when-uncertain', 'never']).default('when-uncertain'),
    })
    .prefault({}),
  decisions: z
    .object({
      /** How long a submitted decision waits, undoable, before it is sent. */
      undoWindowSeconds: z.number().min(0).max(30).default(5),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Origin pattern for a permission request, e.g. `https://cases.example.com/*`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
