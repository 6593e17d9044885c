import { expect, it, vi } from 'vitest';
import { readyTabCase } from '../../__tests__/fixtures';
import { attachOwnTab, type AttachRuntime } from '../first-attach';

const ANSWER = { tabId: 7, state: readyTabCase('hello'), assessment: null };

function runtimeAnswering(...answers: (unknown | Error)[]) {
  const sendMessage = vi.fn<AttachRuntime['sendMessage']>(async () => {
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return next;
  });
  return { sendMessage };
}

it('asks the background for its own tab’s case', async () => {
  const runtime = runtimeAnswering(ANSWER);
  const expected = ANSWER;
  const actual = await attachOwnTab(runtime, 4, 0);
  expect(actual).toEqual(expected);
  expect(runtime.sendMessage).toHaveBeenCalledWith({
    type: 'panel:attach',
    target: { kind: 'own-tab' },
  });
});

it('tries again while the worker is starting or has not seen the dock token yet', async () => {
  const runtime = runtimeAnswering(
    new Error('Could not establish connection. Receiving end does not exist.'),
    { refused: 'panel:attach is not accepted from this sender' },
    undefined,
    ANSWER,
  );
  const actual = await attachOwnTab(runtime, 4, 0);
  expect(actual).toEqual(ANSWER);
  expect(runtime.sendMessage).toHaveBeenCalledTimes(4);
});

it('gives up after its tries, leaving the attach to the panel', async () => {
  const runtime = runtimeAnswering({ refused: 'no' }, { refused: 'no' }, ANSWER);
  expect(await attachOwnTab(runtime, 2, 0)).toBeNull();
  expect(runtime.sendMessage).toHaveBeenCalledTimes(2);
});
