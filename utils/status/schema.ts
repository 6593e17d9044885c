import { z } from 'zod';
import type { Me } from '../case-api/schema';

/**
 * What the background found when it checked the case API and the model provider. The status
 * types are plain TypeScript: only the background produces them (from answers it has already
 * validated), and the panel reads them without loading zod.
 */

/** `stand-in` is the OpenAI stand-in used by the demo and tests: its scores are simulated. */
export const modelProviderKindSchema = z.enum(['openai', 'openai-compatible', 'stand-in']);
export type ModelProviderKind = z.infer<typeof modelProviderKindSchema>;

interface Problem {
  state: 'not-configured' | 'unreachable' | 'unauthorized' | 'bad-response';
  baseUrl: string;
  message: string;
  checkedAt: string;
}

export type ApiStatus =
  | { state: 'ok'; baseUrl: string; service: string; version: string; me: Me; checkedAt: string }
  | Problem;

export type ModelStatus =
  | {
      state: 'ok';
      baseUrl: string;
      provider: ModelProviderKind;
      models: string[];
      checkedAt: string;
    }
  | Problem;
