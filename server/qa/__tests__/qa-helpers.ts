import { DEMO_TOKENS, type StartCaseApiOptions } from '../../index';
import { makeDecision, manualClock, useDecisionServer } from '../../__tests__/decision-fixtures';

/** A demo server with a hand-moved clock, and QA calls over real HTTP. */
export function useQaServer(options: Omit<Partial<StartCaseApiOptions>, 'clock'> = {}) {
  const clock = manualClock();
  const api = useDecisionServer({ ...options, clock: clock.now });

  async function call(method: string, path: string, token: string, body?: unknown) {
    const response = await fetch(`${api.server().url}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json();
    return { status: response.status, json };
  }

  /** Posts a decision (as its reviewer's token) and fails loudly unless it is recorded. */
  async function decide(
    over: Parameters<typeof makeDecision>[0],
    token: string = DEMO_TOKENS.reviewer,
  ) {
    const decision = makeDecision({ decidedAt: clock.now().toISOString(), ...over });
    // A case of a console the demo does not host is posted on its console's route.
    const onConsole = decision.console === 'demo-console' ? {} : { console: decision.console };
    const response = await api.post(decision, { token, ...onConsole });
    if (response.status !== 201)
      throw new Error(`decision answered ${response.status}: ${await response.text()}`);
    return decision;
  }

  return { ...api, clock, call, decide };
}
