import { decisionSchema, type Decision } from '../../decisions/schema';
import type { GuidancePack } from '../../guidance/schema';
import type { WritebackContext } from './render';
import type { Writer } from './schema';
import type { WriterTest } from './writer-messages';

/** Who a test decision is by when the case API has not said whom the token belongs to. */
export const TEST_REVIEWER = 'caselight-writer-test';

export type BuiltTest =
  { ok: true; decision: Decision; context: WritebackContext } | { ok: false; message: string };

/**
 * The synthetic decision a writer is tried with: live, like a reviewer's, on the case, action
 * and policies the lead chose from the installed guidance, so its templates get real values.
 */
export function testDecision(
  writer: Writer,
  test: WriterTest,
  pack: GuidancePack,
  reviewerId = TEST_REVIEWER,
): BuiltTest {
  if (!writer.consoles.includes(test.console))
    return { ok: false, message: `"${writer.name}" does not write for ${test.console}.` };
  const action = pack.actions.find((a) => a.id === test.action);
  if (!action)
    return {
      ok: false,
      message: `The action "${test.action}" is not in the installed guidance (v${pack.version}).`,
    };
  const unknown = test.policyIds.filter((id) => !pack.policies.some((p) => p.id === id));
  if (unknown.length)
    return { ok: false, message: `Not in the installed guidance: ${unknown.join(', ')}.` };
  const decision = decisionSchema.parse({
    id: test.decisionId,
    caseId: test.caseId,
    console: test.console,
    reviewerId,
    action: action.id,
    policyIds: test.policyIds,
    note: test.note || undefined,
    decidedAt: new Date().toISOString(),
    handleTimeMs: 0,
    guidanceVersion: pack.version,
    agreement: 'no-suggestion',
    mode: 'live',
  });
  const policyTitles = test.policyIds.map((id) => pack.policies.find((p) => p.id === id)!.title);
  return { ok: true, decision, context: { actionLabel: action.label, policyTitles } };
}
