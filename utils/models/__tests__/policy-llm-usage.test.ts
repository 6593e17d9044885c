import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK as pack } from '../../guidance/default-pack';
import { redactCase } from '../../redaction/redact-case';
import { DEFAULT_REDACTION } from '../../redaction/settings';
import { resetCoolDowns } from '../backoff';
import { OffSchemaError, toModelProblem } from '../errors';
import type { ModelCall } from '../model-call';
import { askPolicyLlm } from '../policy-llm';
import { buildPolicyPrompt } from '../policy-prompt';
import { FAST_RETRY, item, makeCase, standIn, testClient } from './fixtures';

beforeEach(() => resetCoolDowns());

const threat = makeCase([item('m-1', 'I will hurt you.', { role: 'reported' })]);

// A budget (model pre-review) counts what the provider billed, including answers we reject.
describe.each(['responses', 'chat-completions'] as const)('billed tokens over %s', (api) => {
  async function ask() {
    const s = await standIn();
    const call: ModelCall = {
      client: testClient({ baseURL: s.url, apiKey: 'test-key' }),
      model: 'gpt-4.1-mini',
      provider: 'stand-in',
      retryKey: s.url,
      classify: (e) =>
        toModelProblem(e, { source: 'policy-llm', model: 'gpt-4.1-mini', baseUrl: s.url, api }),
      retry: FAST_RETRY,
    };
    const prompt = buildPolicyPrompt(pack, redactCase(threat, DEFAULT_REDACTION));
    const billed: number[] = [];
    const run = () => askPolicyLlm(call, api, pack, prompt, undefined, (n) => billed.push(n));
    return { s, run, billed };
  }

  it('reports the usage of an accepted answer', async () => {
    const { run, billed } = await ask();
    const result = await run();
    expect(billed).toHaveLength(1);
    expect(billed[0]).toBeGreaterThan(0);
    expect(result.tokens).toBe(billed[0]);
  });

  it('reports the usage of an answer it then refuses as off-schema', async () => {
    const { s, run, billed } = await ask();
    s.setFaults({ mode: 'off-schema', count: 1 });
    await expect(run()).rejects.toBeInstanceOf(OffSchemaError);
    expect(billed).toHaveLength(1);
    expect(billed[0]).toBeGreaterThan(0);
  });
});
