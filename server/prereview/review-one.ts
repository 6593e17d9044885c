import type OpenAI from 'openai';
import type { Case } from '../../utils/case/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { toModelProblem } from '../../utils/models/errors';
import { askPolicyLlm } from '../../utils/models/policy-llm';
import { buildPolicyPrompt } from '../../utils/models/policy-prompt';
import { redactCase } from '../../utils/redaction/redact-case';
import { DEFAULT_REDACTION } from '../../utils/redaction/settings';
import type { Finished } from '../db/prereview-runs';
import { DEFAULT_PREREVIEW_TIMEOUT_MS, policyApiFor, type PreReviewModel } from './config';
import { disagrees } from './judge';

export interface ReviewInput {
  client: OpenAI;
  model: PreReviewModel;
  pack: GuidancePack;
  caseData: Case;
  decision: { action: string };
  minConfidence: number;
  onTokens: (tokens: number) => void;
}

/**
 * One decision, one question, through the panel's own code: the same redaction (every kind
 * on, as a fresh panel has it), the same prompt with the case delimited as data, the same
 * structured-output check. Any failure is an `error` outcome: it never flags a decision.
 */
export async function reviewOne(input: ReviewInput): Promise<Finished> {
  const { model, pack } = input;
  const api = policyApiFor(model);
  const timeoutMs = model.timeoutMs ?? DEFAULT_PREREVIEW_TIMEOUT_MS;
  const redacted = redactCase(input.caseData, DEFAULT_REDACTION);
  const prompt = buildPolicyPrompt(pack, redacted);
  const call = {
    client: input.client,
    model: model.model,
    provider: 'openai-compatible' as const,
    retryKey: `prereview:${model.baseURL}`,
    classify: (error: unknown) =>
      toModelProblem(error, {
        source: 'policy-llm',
        model: model.model,
        baseUrl: model.baseURL,
        api,
        timeoutMs,
      }),
    timeoutMs,
    // One attempt per batch: the retry is the next batch, bounded by MAX_ATTEMPTS.
    retry: { maxAttempts: 1 },
  };
  try {
    const result = await askPolicyLlm(call, api, pack, prompt, undefined, input.onTokens);
    const s = result.suggestion;
    return {
      outcome: disagrees(input.decision, s, input.minConfidence) ? 'flagged' : 'agreed',
      model: result.model,
      modelAction: s.actionId,
      confidence: s.confidence,
      rationale: s.rationale,
    };
  } catch (error) {
    const problem = call.classify(error);
    return { outcome: 'error', model: model.model, error: `${problem.kind}: ${problem.message}` };
  }
}
