import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { submitDecisionToBackground } from '../../../components/decide/submit-decision';
import { makeDecision } from '../../decisions/__tests__/fixtures';
import { sendRequest } from '../send';

beforeEach(() => fakeBrowser.reset());

test('no answer from the background is a failure, never success', async () => {
  // What Chrome resolves with when the service worker dies before answering (seen in the fault test).
  fakeBrowser.runtime.sendMessage = vi.fn<() => Promise<unknown>>(async () => undefined) as never;
  await expect(sendRequest({ type: 'api:check' })).rejects.toThrow('did not answer');
});

test('a decision is handed over again until the background holds it; "already submitted" counts', async () => {
  const answers = [
    undefined,
    { refused: 'decision:submit failed: Decision x was already submitted' },
  ];
  const send = vi.fn<() => Promise<unknown>>(async () => answers.shift());
  fakeBrowser.runtime.sendMessage = send as never;
  await submitDecisionToBackground(makeDecision());
  expect(send).toHaveBeenCalledTimes(2);
});
