import type { OpenAI } from 'openai';
import { assessmentSchema, type Assessment, type ModelProblem } from '../assessment/schema';
import type { Case } from '../case/schema';
import { applyRules } from '../guidance/rules';
import type { GuidancePack } from '../guidance/schema';
import { runSignals } from '../guidance/signals';
import { redactCase } from '../redaction/redact-case';
import type { AssessSettings } from './assess-settings';
import { llmStep, scoreStep, type StepContext, type StepOutcome } from './assess-steps';
import type { RetryOptions } from './backoff';
import { combineSuggestions } from './combine-suggestions';
import { caseInjection } from './injection';
import { mergeScores } from './moderation-merge';
import { planModeration } from './moderation-plan';
import { shouldRunPolicyLlm } from './policy-llm';

export interface RunInput {
  caseData: Case;
  pack: GuidancePack;
  settings: AssessSettings;
  client: OpenAI | undefined;
  /** Why there is no client, when the key was refused (`model-access.ts`). */
  refusal?: ModelProblem;
  contentHash: string;
  signal: AbortSignal;
  now: () => Date;
  retry?: RetryOptions;
}

const NOT_CONFIGURED: ModelProblem = {
  source: 'moderation',
  kind: 'not-configured',
  retryable: false,
  message: 'No model API key or proxy token is set, so nothing was scored.',
  whatToDo: 'Add one in Caselight options; local signals still ran.',
};

/**
 * One case → one Assessment: redact, score (batched), run signals and rules, ask the policy LLM
 * where configured, and merge with provenance. Only an abort throws; every other failure is a
 * problem in the result, next to whatever could still be worked out locally.
 */
export async function runAssessment(input: RunInput): Promise<Assessment> {
  const { caseData, pack, settings, client, signal } = input;
  const redacted = redactCase(caseData, settings.redaction);
  const plan = planModeration(redacted.items);
  const local = runSignals(pack.signals, caseData.items, { measureCaseId: caseData.id });
  const notes = [...plan.notes, ...local.notes];
  const ctx: Omit<StepContext, 'client'> = {
    settings,
    signal,
    now: input.now,
    retry: input.retry,
    sent: [],
    notes,
  };
  const withClient = client && { ...ctx, client };

  // 'always' does not depend on the scores: ask in parallel with moderation.
  const early =
    withClient && settings.policyLlm === 'always' ? llmStep(withClient, pack, redacted) : undefined;
  early?.catch(() => {});

  let scored: StepOutcome<ReturnType<typeof mergeScores>> = {
    problem: input.refusal ?? NOT_CONFIGURED,
  };
  if (plan.textBatches.length + plan.images.length === 0) {
    scored = {};
    notes.push('nothing to score: the case has no text or images');
  } else if (withClient) scored = await scoreStep(withClient, plan);
  signal.throwIfAborted();
  const merged = scored.value ?? mergeScores([]);

  const rules = applyRules(pack, merged.categories, local.hits, settings.uncertainBounds);
  notes.push(...rules.notes);
  const askNow = withClient && shouldRunPolicyLlm(settings.policyLlm, rules.uncertain);
  const llm = (await (early ?? (askNow ? llmStep(withClient, pack, redacted) : undefined))) ?? {};
  signal.throwIfAborted();
  const llmSuggestion = llm.value ?? null;
  const combined = combineSuggestions(pack, rules.suggestion, llmSuggestion);
  const injection = caseInjection(caseData);

  return assessmentSchema.parse({
    caseId: caseData.id,
    contentHash: input.contentHash,
    guidanceVersion: pack.version,
    assessedAt: input.now().toISOString(),
    ...merged,
    provenance: { moderation: scored.provenance, policyLlm: llm.provenance },
    signalHits: local.hits,
    suggestion: combined.suggestion,
    rulesSuggestion: rules.suggestion,
    llmSuggestion,
    disagreement: combined.disagreement,
    uncertain: rules.uncertain,
    explanation: rules.explanation.map((line) => line.slice(0, 500)),
    injectionSuspected: injection.itemIds,
    injectionFields: injection.fields,
    notes: notes.map((n) => n.slice(0, 500)),
    problems: [scored.problem, llm.problem].filter((p) => p !== undefined),
    sent: ctx.sent,
  } satisfies Assessment);
}
