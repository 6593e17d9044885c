import { randomUUID } from 'node:crypto';
import type { DecisionInput } from '../../../utils/decisions/schema';
import { caseEscalationsSchema } from '../../../utils/escalations/schema';
import { makeDecision, useDecisionServer } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS, type StartCaseApiOptions } from '../../index';

/** A console case of its own per test, so no test meets another's standing decision. */
export const freshCase = () => `T-${randomUUID().slice(0, 8)}`;
export const CONSOLE = 'test-console';

export function useEscalationServer(options: Partial<StartCaseApiOptions> = {}) {
  const api = useDecisionServer(options);
  const url = (path: string) => `${api.server().url}/api${path}`;

  async function escalate(
    caseId: string,
    overrides: Partial<DecisionInput> = {},
    token: string = DEMO_TOKENS.reviewer,
  ) {
    const decision = makeDecision({
      caseId,
      console: CONSOLE,
      action: 'escalate-self-harm',
      ...overrides,
    });
    const response = await api.post(decision, { console: CONSOLE, token });
    if (response.status !== 201)
      throw new Error(`decision: ${response.status} ${await response.text()}`);
    return decision;
  }

  async function caseEscalations(caseId: string, token: string = DEMO_TOKENS.reviewer2) {
    const response = await fetch(url(`/consoles/${CONSOLE}/cases/${caseId}/escalations`), {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`escalations: ${response.status}`);
    return caseEscalationsSchema.parse(await response.json());
  }

  const move = (id: string, to: 'acknowledge' | 'close', token: string, note?: string) =>
    fetch(url(`/escalations/${id}/${to}`), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: note === undefined ? '' : JSON.stringify({ note }),
    });

  const admin = (method: string, path: string, body?: unknown) =>
    fetch(url(`/admin/escalation-webhooks${path}`), {
      method,
      headers: { Authorization: `Bearer ${DEMO_TOKENS.admin}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  return { ...api, url, escalate, caseEscalations, move, admin };
}
