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

/** What a connection check found wrong, precisely enough to say what to do about it. */
export type CheckKind =
  | 'permission'
  | 'no-key'
  | 'key-origin'
  | 'insecure'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'unreachable'
  | 'cors'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'model-not-found'
  | 'not-found'
  | 'rate-limited'
  | 'quota'
  | 'server-error'
  | 'malformed'
  | 'unknown';

/** One line of a check: what failed and what to do. */
export interface CheckFinding {
  kind: CheckKind;
  message: string;
  whatToDo: string;
}

export interface ConnectionProblem {
  state: 'not-configured' | 'unreachable' | 'unauthorized' | 'bad-response';
  baseUrl: string;
  message: string;
  checkedAt: string;
  /** Set by the model check, which can tell the causes apart. */
  kind?: CheckKind;
  whatToDo?: string;
}

export type ApiStatus =
  | { state: 'ok'; baseUrl: string; service: string; version: string; me: Me; checkedAt: string }
  | ConnectionProblem;

export type ModelStatus =
  | {
      state: 'ok';
      baseUrl: string;
      provider: ModelProviderKind;
      models: string[];
      checkedAt: string;
      /** Configured models the server listed or answered a minimal call for. */
      confirmed?: string[];
      /** Works for scoring, but something else is wrong (e.g. the policy model is missing). */
      warnings?: CheckFinding[];
    }
  | ConnectionProblem;
