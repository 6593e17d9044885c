import { z } from 'zod';
import type { Suggestion } from '../assessment/schema';
import type { GuidancePack } from '../guidance/schema';
import { OffSchemaError } from './error-types';

/**
 * The structured answer asked of the policy LLM, as a strict JSON schema (enums come from the
 * pack, so a server that honours the schema cannot name a policy or action we do not have), and
 * the zod check that does not trust it to.
 */
export const SUGGESTION_SCHEMA_NAME = 'caselight_suggestion';

export function suggestionJsonSchema(pack: GuidancePack): Record<string, unknown> {
  const policyId = { type: 'string', enum: pack.policies.map((p) => p.id) };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['policy_ids', 'action', 'confidence', 'rationale', 'citations'],
    properties: {
      policy_ids: {
        type: 'array',
        description: 'Ids of the policies the case violates; empty when it violates none.',
        items: policyId,
      },
      action: {
        type: 'string',
        description: 'The action the reviewer should take.',
        enum: pack.actions.map((a) => a.id),
      },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      rationale: {
        type: 'string',
        description: 'At most three sentences, naming the messages by id.',
      },
      citations: {
        type: 'array',
        description: 'Sentences quoted from the policy text the decision relies on.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['policy_id', 'quote'],
          properties: { policy_id: policyId, quote: { type: 'string' } },
        },
      },
    },
  };
}

const answerSchema = z.object({
  policy_ids: z.array(z.string()).max(50),
  action: z.string(),
  confidence: z.number().min(0).max(1),
  rationale: z.string().max(4000),
  citations: z.array(z.object({ policy_id: z.string(), quote: z.string().max(1000) })).max(20),
});

/** Parses and checks the answer text; any failure is an OffSchemaError naming what was wrong. */
export function readSuggestion(text: string, pack: GuidancePack): Suggestion {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OffSchemaError(`the policy model's answer is not JSON: ${text.slice(0, 80)}`);
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OffSchemaError(
      `${issue?.path.join('.') || 'answer'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const answer = parsed.data;
  const policies = new Set(pack.policies.map((p) => p.id));
  const unknown = [...answer.policy_ids, ...answer.citations.map((c) => c.policy_id)].find(
    (id) => !policies.has(id),
  );
  if (unknown) throw new OffSchemaError(`policy "${unknown}" is not in the guidance pack`);
  if (!pack.actions.some((a) => a.id === answer.action)) {
    throw new OffSchemaError(`action "${answer.action}" is not in the guidance pack`);
  }
  return {
    actionId: answer.action,
    policyIds: [...new Set(answer.policy_ids)],
    confidence: answer.confidence,
    rationale: answer.rationale,
    citations: answer.citations.map((c) => ({ policyId: c.policy_id, quote: c.quote })),
    source: 'policy-llm',
  };
}
