import type { z } from 'zod';
import { slaTodaySchema } from '../../utils/ops/sla-schema';
import {
  disputeInputSchema,
  qaOriginalSchema,
  qaQueueSchema,
  qaResultSchema,
  qaResultsSchema,
  reviewInputSchema,
  settleInputSchema,
} from '../../utils/qa/result-schema';
import {
  samplingRulesAnswerSchema,
  samplingRulesInputSchema,
  sampleRunAnswerSchema,
  scorecardInputSchema,
  scorecardSchema,
} from '../../utils/qa/schema';
import { caseSnapshotSchema } from '../../utils/qa/snapshot-schema';

type Registry = z.core.$ZodRegistry<{ id: string }>;

/** QA and operations schemas for the OpenAPI document, generated like every other. */
export function addQaComponents(output: Registry, input: Registry): void {
  output.add(samplingRulesAnswerSchema, { id: 'SamplingRulesAnswer' });
  output.add(scorecardSchema, { id: 'Scorecard' });
  output.add(qaQueueSchema, { id: 'QaQueue' });
  output.add(qaResultSchema, { id: 'QaResult' });
  output.add(qaResultsSchema, { id: 'QaResults' });
  output.add(qaOriginalSchema, { id: 'QaOriginal' });
  output.add(caseSnapshotSchema, { id: 'CaseSnapshot' });
  output.add(sampleRunAnswerSchema, { id: 'QaSampleRun' });
  output.add(slaTodaySchema, { id: 'SlaToday' });
  input.add(samplingRulesInputSchema, { id: 'SamplingRulesInput' });
  input.add(scorecardInputSchema, { id: 'ScorecardInput' });
  input.add(reviewInputSchema, { id: 'QaReviewInput' });
  input.add(disputeInputSchema, { id: 'DisputeInput' });
  input.add(settleInputSchema, { id: 'SettleInput' });
}
