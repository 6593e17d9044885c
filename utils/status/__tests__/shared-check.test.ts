import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { sharedCheck } from '../shared-check';

type Status = { state: 'ok' | 'unreachable'; n: number };

let runs: number;
let answer: Status['state'];
let check: (settingsKey: string, maxAgeMs?: number) => Promise<Status>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  runs = 0;
  answer = 'ok';
  check = sharedCheck(async () => ({ state: answer, n: ++runs }));
});
afterEach(() => vi.useRealTimers());

it('reuses a recent healthy answer under the same settings, and checks again when it is older', async () => {
  expect(await check('a', 30_000)).toEqual({ state: 'ok', n: 1 });
  vi.advanceTimersByTime(29_000);
  expect(await check('a', 30_000)).toEqual({ state: 'ok', n: 1 });
  vi.advanceTimersByTime(2_000);
  expect(await check('a', 30_000)).toEqual({ state: 'ok', n: 2 });
});

it('checks afresh when forced, when the settings changed, or when the last answer was a problem', async () => {
  await check('a', 30_000);
  expect((await check('a')).n).toBe(2);
  expect((await check('b', 30_000)).n).toBe(3);
  answer = 'unreachable';
  expect(await check('b')).toEqual({ state: 'unreachable', n: 4 });
  expect(await check('b', 30_000)).toEqual({ state: 'unreachable', n: 5 });
});

it('panels opening at once share one check; a forced check does not join a running one', async () => {
  const [one, two, three] = await Promise.all([
    check('a', 30_000),
    check('a', 30_000),
    check('a', 30_000),
  ]);
  expect([one.n, two.n, three.n]).toEqual([1, 1, 1]);
  vi.advanceTimersByTime(5);
  const [recent, forced] = await Promise.all([check('a', 1), check('a')]);
  expect(recent.n).toBe(2);
  expect(forced.n).toBe(3);
});
