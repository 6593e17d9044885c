import type { OpenAI } from 'openai';
import type { ModelProblem, Provenance, SentPayload } from '../assessment/schema';
import type { GuidancePack } from '../guidance/schema';
import type { RedactedCase } from '../redaction/redact-case';
import type { ModelProviderKind } from '../status/schema';
import { policyApiOf, providerOf, type AssessSettings } from './assess-settings';
import type { RetryOptions } from './backoff';
import { isAbort } from './error-types';
import { toModelProblem } from './errors';
import type { ModelCall } from './model-call';
import { runModeration } from './moderation';
import { mergeScores } from './moderation-merge';
import type { ModerationPlan } from './moderation-plan';
import { askPolicyLlm } from './policy-llm';
import { buildPolicyPrompt } from './policy-prompt';

/**
 * The two model steps of an assessment. Each records what it sent and noted, and turns any
 * failure but an abort into a problem for the reviewer.
 */
export interface StepContext {
  client: OpenAI;
  settings: AssessSettings;
  signal: AbortSignal;
  now: () => Date;
  retry?: RetryOptions;
  sent: SentPayload[];
  notes: string[];
}

export interface StepOutcome<T> {
  value?: T;
  provenance?: Provenance;
  problem?: ModelProblem;
}

function callFor(ctx: StepContext, source: ModelProblem['source'], model: string): ModelCall {
  const { settings } = ctx;
  const problem = {
    source,
    model,
    baseUrl: settings.baseUrl,
    api: policyApiOf(settings),
    timeoutMs: settings.timeoutMs,
  };
  return {
    client: ctx.client,
    model,
    provider: providerOf(settings),
    retryKey: settings.baseUrl,
    classify: (e) => toModelProblem(e, problem),
    signal: ctx.signal,
    timeoutMs: settings.timeoutMs,
    retry: ctx.retry,
  };
}

const provenanceOf = (
  provider: ModelProviderKind,
  model: string,
  at: string,
  durationMs: number,
  requests: number,
): Provenance => ({
  provider,
  model,
  at,
  durationMs,
  cached: false,
  requests,
});

export async function scoreStep(
  ctx: StepContext,
  plan: ModerationPlan,
): Promise<StepOutcome<ReturnType<typeof mergeScores>>> {
  const at = ctx.now().toISOString();
  const call = callFor(ctx, 'moderation', ctx.settings.moderationModel);
  try {
    const run = await runModeration(plan, call, (p) => ctx.sent.push(p));
    ctx.notes.push(...run.notes);
    const provenance = provenanceOf(call.provider, run.model, at, run.durationMs, run.requests);
    return { value: mergeScores(run.inputs), provenance };
  } catch (error) {
    if (isAbort(error)) throw error;
    return { problem: call.classify(error) };
  }
}

export async function llmStep(
  ctx: StepContext,
  pack: GuidancePack,
  redacted: RedactedCase,
): Promise<StepOutcome<Awaited<ReturnType<typeof askPolicyLlm>>['suggestion']>> {
  // A pack without policies gives the model nothing to apply (and an empty enum to the schema).
  if (pack.policies.length === 0) return {};
  const at = ctx.now().toISOString();
  const api = policyApiOf(ctx.settings);
  const call = callFor(ctx, 'policy-llm', ctx.settings.policyModel);
  const prompt = buildPolicyPrompt(pack, redacted);
  ctx.notes.push(...prompt.notes);
  const endpoint = api === 'responses' ? '/responses' : '/chat/completions';
  const onSent = (body: string) =>
    ctx.sent.push({
      purpose: 'policy-llm',
      provider: call.provider,
      model: call.model,
      endpoint,
      body,
    });
  try {
    const result = await askPolicyLlm(call, api, pack, prompt, onSent);
    return {
      value: result.suggestion,
      provenance: provenanceOf(call.provider, result.model, at, result.durationMs, 1),
    };
  } catch (error) {
    if (isAbort(error)) throw error;
    return { problem: call.classify(error) };
  }
}
