import { z } from 'zod';
import { PUBLIC_KEY_PATTERN } from '../guidance/signature';
import { DEFAULT_UNCERTAIN_BOUNDS } from '../guidance/rules';
import { redactionSettingsSchema } from '../redaction/settings';

/**
 * Reviewer settings kept in `storage.local`. Nothing here is secret (content scripts can read
 * `storage.local`); the case API token and model API key live in `utils/settings/secrets.ts`.
 */
export const DEFAULT_CASE_API_URL = 'http://127.0.0.1:4317/api';
export const DEFAULT_MODEL_BASE_URL = 'https://api.openai.com/v1';

export const httpUrl = z.url({ protocol: /^https?$/, error: 'Enter an http(s) address' });

const bound = z
  .number({ error: 'Enter a number from 0 to 1' })
  .min(0, 'Must be at least 0')
  .max(1, 'Must be at most 1');

/** Top scores between these bounds leave the rules unsure: the policy LLM may then be asked. */
export const uncertainBoundsSchema = z
  .object({ low: bound, high: bound })
  .refine((b) => b.low < b.high, { error: 'Must be above the lower bound', path: ['high'] })
  .default(DEFAULT_UNCERTAIN_BOUNDS);

export const settingsSchema = z.object({
  caseApiUrl: httpUrl.default(DEFAULT_CASE_API_URL),
  /** The team's OpenID Connect provider; empty: sign-in is by token only. */
  sso: z
    .object({
      issuer: z.union([z.literal(''), httpUrl]).default(''),
      clientId: z.string().trim().max(200).default(''),
    })
    .prefault({}),
  model: z
    .object({
      /** OpenAI, or any OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, a company proxy). */
      baseUrl: httpUrl.default(DEFAULT_MODEL_BASE_URL),
      moderationModel: z.string().min(1).default('omni-moderation-latest'),
      policyModel: z.string().min(1).default('gpt-5-mini'),
      /** When the policy LLM reads the case: only when the rules layer is unsure saves cost. */
      policyLlm: z.enum(['always', 'when-uncertain', 'never']).default('when-uncertain'),
      uncertainBounds: uncertainBoundsSchema,
    })
    .prefault({}),
  /** Which personal data is replaced before case text leaves the browser; all on by default. */
  redaction: redactionSettingsSchema,
  decisions: z
    .object({
      /** How long a submitted decision waits, undoable, before it is sent. */
      undoWindowSeconds: z.number().min(0).max(30).default(5),
    })
    .prefault({}),
  guidance: z
    .object({
      /**
       * The team's pinned Ed25519 public key (base64 of the raw 32 bytes); when set, guidance
       * packs not signed with it are refused. Empty: packs are accepted unsigned.
       */
      publicKey: z
        .string()
        .trim()
        .refine((key) => key === '' || PUBLIC_KEY_PATTERN.test(key), {
          error: 'Paste the base64 of a raw 32-byte Ed25519 public key',
        })
        .default(''),
      /**
       * How often panels ask for new guidance. 30 s (Chrome's shortest alarm period for a
       * packed extension) keeps publish → every panel under a minute even with a slow fetch;
       * an unchanged pack costs one 304.
       */
      syncIntervalSeconds: z.number().int().min(5).max(3600).default(30),
    })
    .prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Origin pattern for a permission request, e.g. `https://cases.example.com/*`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
