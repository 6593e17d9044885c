import { beforeAll, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { makeDecision } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS } from '../../index';
import { CONSOLE, freshCase, useEscalationServer } from './escalation-fixtures';

/** The case API checks a required checklist again: no client can skip its steps. */
const api = useEscalationServer();
const selfHarm = DEFAULT_GUIDANCE_PACK.playbooks.find((p) => p.actionId === 'escalate-self-harm')!;

beforeAll(async () => {
  const pack = {
    ...DEFAULT_GUIDANCE_PACK,
    version: 2,
    playbooks: DEFAULT_GUIDANCE_PACK.playbooks.map((p) => ({ ...p, required: true })),
  };
  const published = await fetch(api.url('/guidance/versions'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_TOKENS.lead}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ baseVersion: 1, pack }),
  });
  if (published.status !== 201) throw new Error(`publish: ${published.status}`);
});

const checklist = (stepsDone: number[]) => [
  {
    playbookId: selfHarm.id,
    guidanceVersion: 2,
    required: true,
    stepsDone,
    stepCount: selfHarm.steps.length,
  },
];

it('refuses an escalation whose required checklist is incomplete, naming the steps', async () => {
  const caseId = freshCase();
  const decision = makeDecision({
    caseId,
    console: CONSOLE,
    action: 'escalate-self-harm',
    guidanceVersion: 2,
    checklists: checklist([0, 2]),
  });
  const response = await api.post(decision, { console: CONSOLE });
  expect(response.status).toBe(422);
  const { error } = apiErrorSchema.parse(await response.json());
  expect(error.code).toBe('checklist_incomplete');
  expect(error.message).toContain('“Self-harm risk” checklist is required');
  expect(error.message).toContain('step(s) 2, 4 not ticked');
  expect((await api.caseEscalations(caseId)).escalations).toEqual([]);
});

it('accepts it once every step is ticked, and under a version where it is not required', async () => {
  const complete = freshCase();
  await api.escalate(complete, { guidanceVersion: 2, checklists: checklist([0, 1, 2, 3]) });
  expect((await api.caseEscalations(complete)).escalations).toHaveLength(1);
  const older = freshCase();
  await api.escalate(older, { guidanceVersion: 1 });
  expect((await api.caseEscalations(older)).escalations).toHaveLength(1);
});
