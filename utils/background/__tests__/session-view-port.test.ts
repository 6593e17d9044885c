import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDockTokens, registerDockToken } from '../../messaging/dock-tokens';
import { serveSessionView } from '../session-view-port';

const ID = 'test-extension-id';
const TOKEN = 'c'.repeat(32);
const panelSender = (query: string) => ({
  id: ID,
  url: `chrome-extension://${ID}/panel.html${query}`,
  tab: { id: 4 },
  frameId: 7,
});

/** A port as the background sees it, recording what it sends and whether it hung up. */
function fakePort(sender: object) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port = {
    sender,
    sent: [] as unknown[],
    disconnected: false,
    postMessage: vi.fn<(m: unknown) => void>((m) => void port.sent.push(m)),
    disconnect: vi.fn<() => void>(() => void (port.disconnected = true)),
    onMessage: { addListener: (f: (m: unknown) => void) => void onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => void onDisconnect.push(f) },
    ask: (m: unknown) => onMessage.forEach((f) => f(m)),
    hangUp: () => onDisconnect.forEach((f) => f()),
  };
  serveSessionView(port as never);
  return port;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(async () => {
  fakeBrowser.reset();
  await forgetDockTokens(4);
  await registerDockToken(4, TOKEN);
  await fakeBrowser.storage.session.set({
    apiStatus: { state: 'ok' },
    'tabCase:4': { status: 'reading' },
    'tabCase:5': { status: 'reading' },
  });
});

test("our docked panel reads its own tab's keys, never another tab's or the dock tokens", async () => {
  const port = fakePort(panelSender(`?dock=${TOKEN}`));
  port.ask({ id: 1, keys: ['apiStatus', 'tabCase:4', 'tabCase:5', 'dockTokens:4'] });
  await settle();
  expect(port.sent).toEqual([
    { id: 1, values: { apiStatus: { state: 'ok' }, 'tabCase:4': { status: 'reading' } } },
  ]);
});

test('our docked panel is told of changes to its keys only, until it hangs up', async () => {
  const port = fakePort(panelSender(`?dock=${TOKEN}`));
  await settle();
  await fakeBrowser.storage.session.set({ 'tabCase:5': { status: 'ready' } });
  await fakeBrowser.storage.session.set({ 'tabCase:4': { status: 'ready' } });
  await settle();
  expect(port.sent).toEqual([
    {
      changes: { 'tabCase:4': { oldValue: { status: 'reading' }, newValue: { status: 'ready' } } },
    },
  ]);
  port.hangUp();
  await fakeBrowser.storage.session.set({ 'tabCase:4': { status: 'unreadable' } });
  await settle();
  expect(port.sent).toHaveLength(1);
});

test.each([
  ['without a token', ''],
  ['with a made-up token', `?dock=${'d'.repeat(32)}`],
])('a panel framed %s is hung up on and gets nothing', async (_, query) => {
  const port = fakePort(panelSender(query));
  port.ask({ id: 1, keys: ['apiStatus', 'tabCase:4'] });
  await fakeBrowser.storage.session.set({ 'tabCase:4': { status: 'ready' } });
  await settle();
  expect(port.sent).toEqual([]);
  expect(port.disconnected).toBe(true);
});

test('a malformed read is hung up on', async () => {
  const port = fakePort(panelSender(`?dock=${TOKEN}`));
  port.ask({ id: 'x', keys: 'apiStatus' });
  await settle();
  expect(port.sent).toEqual([]);
  expect(port.disconnected).toBe(true);
});
