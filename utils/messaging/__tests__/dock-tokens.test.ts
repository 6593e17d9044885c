import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../../background/handlers';

const TOKEN = 'f'.repeat(32);
const contentScriptIn = (tab: number) => ({
  id: fakeBrowser.runtime.id,
  url: 'http://127.0.0.1:4317/console/cases/C-1',
  tab: { id: tab, url: 'http://127.0.0.1:4317/console/cases/C-1' },
  frameId: 0,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

test('a content script registers its token for its own tab, whatever tab it would name', async () => {
  await backgroundHandlers['dock:register'](
    { type: 'dock:register', token: TOKEN },
    contentScriptIn(5) as never,
  );
  const { isDockToken } = await import('../dock-tokens');
  expect(await isDockToken(5, TOKEN)).toBe(true);
  expect(await isDockToken(4, TOKEN)).toBe(false);
});

test('a restarted worker still knows the tokens, and a closed tab forgets them', async () => {
  const before = await import('../dock-tokens');
  await before.registerDockToken(7, TOKEN);
  vi.resetModules();
  const after = await import('../dock-tokens');
  expect(await after.isDockToken(7, TOKEN)).toBe(true);
  await after.forgetDockTokens(7);
  expect(await after.isDockToken(7, TOKEN)).toBe(false);
});

test('keeps the last four per tab (pages restored from the back-forward cache)', async () => {
  const { registerDockToken, isDockToken } = await import('../dock-tokens');
  const tokens = ['1', '2', '3', '4', '5'].map((d) => d.repeat(32));
  for (const token of tokens) await registerDockToken(8, token);
  expect(await Promise.all(tokens.map((t) => isDockToken(8, t)))).toEqual([
    false,
    true,
    true,
    true,
    true,
  ]);
});
