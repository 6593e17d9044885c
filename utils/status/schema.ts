import { z } from 'zod';
import { meSchema } from '../case-api/schema';

/** What the background found when it checked the case API and the model provider. */

const problemStatusSchema = z.object({
  state: z.enum(['not-configured', 'unreachable', 'unauthorized', 'bad-response']),
  baseUrl: z.string(),
  message: z.string(),
  checkedAt: z.string(),
});

export const apiStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ok'),
    baseUrl: z.string(),
    service: z.string(),
    version: z.string(),
    me: meSchema,
    checkedAt: z.string(),
  }),
  problemStatusSchema,
]);

/** `stand-in` is the OpenAI stand-in used by the demo and tests: its scores are simulated. */
export const modelProviderKindSchema = z.enum(['openai', 'openai-compatible', 'stand-in']);

export const modelStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ok'),
    baseUrl: z.string(),
    provider: modelProviderKindSchema,
    models: z.array(z.string()),
    checkedAt: z.string(),
  }),
  problemStatusSchema,
]);

export type ApiStatus = z.infer<typeof apiStatusSchema>;
export type ModelStatus = z.infer<typeof modelStatusSchema>;
export type ModelProviderKind = z.infer<typeof modelProviderKindSchema>;
