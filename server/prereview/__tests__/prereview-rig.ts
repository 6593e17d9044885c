import type { CaseItem } from '../../../utils/case/schema';
import type { DecisionInput } from '../../../utils/decisions/schema';
import { startOpenAIStandIn, type StartedStandIn } from '../../openai-stand-in';
import { DEMO_TOKENS } from '../../demo-tokens';
import { startCaseApi, type StartedServer } from '../../start';
import { consoleDecision, makeCaseRecord } from '../../__tests__/console-case-fixtures';
import { manualClock } from '../../__tests__/decision-fixtures';

/**
 * A demo case API that keeps case text, with pre-review pointed at the OpenAI stand-in, and
 * calls over real HTTP. `withModel: false` starts it with no model configured.
 */

export const THREAT: CaseItem[] = [
  {
    id: 'j-1',
    author: 'angry-neighbour',
    role: 'reported',
    text: 'I will hurt you. Write to jo.smith@example.com or call +44 20 7946 0958 and see.',
    media: [],
  },
];
export const THANKS: CaseItem[] = [
  {
    id: 'j-1',
    author: 'happy-buyer',
    role: 'reported',
    text: 'Thanks, the parcel arrived.',
    media: [],
  },
];

export interface RigOptions {
  withModel?: boolean;
  dbPath?: string;
  timeoutMs?: number;
  standIn?: StartedStandIn;
}

export async function startRig(opts: RigOptions = {}) {
  const standIn = opts.standIn ?? (await startOpenAIStandIn({ apiKey: 'team-key' }));
  const clock = manualClock(new Date());
  const model = {
    baseURL: standIn.url,
    apiKey: 'team-key',
    model: 'gpt-4.1-mini',
    timeoutMs: opts.timeoutMs ?? 5_000,
  };
  const server: StartedServer = await startCaseApi({
    demo: true,
    keepCaseText: true,
    clock: clock.now,
    dbPath: opts.dbPath,
    preReview: opts.withModel === false ? undefined : model,
  });

  async function call(method: string, path: string, token: string, body?: unknown, key?: string) {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    };
    if (key) headers['Idempotency-Key'] = key;
    const response = await fetch(`${server.url}/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  /** A live decision on a Redmine case whose text the case API keeps. */
  async function decide(caseId: string, items: CaseItem[], over: Partial<DecisionInput> = {}) {
    const decision = consoleDecision('redmine', caseId, {
      decidedAt: clock.now().toISOString(),
      caseRecord: { ...makeCaseRecord('redmine', caseId), items, itemCount: items.length },
      ...over,
    });
    const token = over.mode === 'qa' ? DEMO_TOKENS.qa : DEMO_TOKENS.reviewer;
    const answer = await call(
      'POST',
      `/consoles/redmine/cases/${caseId}/decisions`,
      token,
      decision,
      decision.id,
    );
    if (answer.status !== 201) throw new Error(`decision answered ${answer.status}`);
    return decision;
  }

  const modelCalls = () => standIn.requests.filter((r) => r.path.startsWith('/v1/chat')).length;

  async function close() {
    await server.close();
    if (!opts.standIn) await standIn.close();
  }
  return { server, standIn, clock, call, decide, modelCalls, close };
}
