import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDockTokens, registerDockToken } from '../dock-tokens';
import { handleMessage, senderKind, type Handlers } from '../router';

const EXT = 'chrome-extension://test-extension-id';
const TOKEN = 'a'.repeat(32);
const fromPanel = {
  id: 'test-extension-id',
  url: `${EXT}/panel.html?dock=${TOKEN}#keys=${'b'.repeat(32)}`,
  tab: { id: 4 },
  frameId: 7,
};
const fromContent = {
  id: 'test-extension-id',
  url: 'http://127.0.0.1:4317/console/cases/C-1',
  tab: { id: 4 },
  frameId: 0,
};

const ok = async () => ({ ok: true as const });

function handlers() {
  return {
    'case:reading': vi.fn<Handlers['case:reading']>(ok),
    'case:found': vi.fn<Handlers['case:found']>(ok),
    'case:unreadable': vi.fn<Handlers['case:unreadable']>(ok),
    'case:cleared': vi.fn<Handlers['case:cleared']>(ok),
    'dock:register': vi.fn<Handlers['dock:register']>(ok),
    'panel:attach': vi.fn<Handlers['panel:attach']>(async () => ({
      tabId: 4,
      state: null,
      assessment: null,
    })),
    'case:assess': vi.fn<Handlers['case:assess']>(ok),
    'api:check': vi.fn<Handlers['api:check']>(),
    'models:check': vi.fn<Handlers['models:check']>(),
    'guidance:sync-now': vi.fn<Handlers['guidance:sync-now']>(),
    'incidents:sync-now': vi.fn<Handlers['incidents:sync-now']>(),
    'incidents:match': vi.fn<Handlers['incidents:match']>(),
    'incidents:page': vi.fn<Handlers['incidents:page']>(),
    'guidance:me': vi.fn<Handlers['guidance:me']>(),
    'guidance:load': vi.fn<Handlers['guidance:load']>(),
    'guidance:backtest': vi.fn<Handlers['guidance:backtest']>(),
    'guidance:publish': vi.fn<Handlers['guidance:publish']>(),
    'guidance:panels': vi.fn<Handlers['guidance:panels']>(),
    'training:trainer': vi.fn<Handlers['training:trainer']>(),
    'admin:request': vi.fn<Handlers['admin:request']>(),
    'ops:request': vi.fn<Handlers['ops:request']>(),
    'sso:request': vi.fn<Handlers['sso:request']>(),
    'training:status': vi.fn<Handlers['training:status']>(),
    'training:reveal': vi.fn<Handlers['training:reveal']>(),
    'training:mine': vi.fn<Handlers['training:mine']>(),
    'sla:today': vi.fn<Handlers['sla:today']>(),
    'qa:panel': vi.fn<Handlers['qa:panel']>(),
    'qa:lead': vi.fn<Handlers['qa:lead']>(),
    'investigation:open': vi.fn<Handlers['investigation:open']>(),
    'investigation:request': vi.fn<Handlers['investigation:request']>(),
    'escalations:request': vi.fn<Handlers['escalations:request']>(),
    'wellness:lighter-queue': vi.fn<Handlers['wellness:lighter-queue']>(),
    'decision:submit': vi.fn<Handlers['decision:submit']>(),
    'decision:undo': vi.fn<Handlers['decision:undo']>(),
    'outbox:retry': vi.fn<Handlers['outbox:retry']>(),
    'outbox:discard': vi.fn<Handlers['outbox:discard']>(),
    'outbox:discard-writeback': vi.fn<Handlers['outbox:discard-writeback']>(),
    'decisions:history': vi.fn<Handlers['decisions:history']>(),
    'adapter:page': vi.fn<Handlers['adapter:page']>(),
    'adapter:test': vi.fn<Handlers['adapter:test']>(),
    'adapter:pick': vi.fn<Handlers['adapter:pick']>(),
    'adapter:pick-cancel': vi.fn<Handlers['adapter:pick-cancel']>(),
    'case:highlight': vi.fn<Handlers['case:highlight']>(),
    'models:clear-cache': vi.fn<Handlers['models:clear-cache']>(),
    'options:open': vi.fn<Handlers['options:open']>(),
    'writers:list': vi.fn<Handlers['writers:list']>(),
    'writers:save': vi.fn<Handlers['writers:save']>(),
    'writers:remove': vi.fn<Handlers['writers:remove']>(),
    'writers:save-credentials': vi.fn<Handlers['writers:save-credentials']>(),
    'writers:preview': vi.fn<Handlers['writers:preview']>(),
    'writers:test-send': vi.fn<Handlers['writers:test-send']>(),
  } satisfies Handlers;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await forgetDockTokens(4);
  await forgetDockTokens(5);
  await registerDockToken(4, TOKEN);
});

test('tells our contexts apart by what the browser says about the sender', async () => {
  expect(await senderKind(fromPanel as never)).toBe('docked-panel');
  expect(await senderKind(fromContent as never)).toBe('content-script');
  expect(await senderKind({ ...fromContent, id: 'another-extension' } as never)).toBeNull();
  expect(await senderKind({ ...fromContent, frameId: 3 } as never)).toBeNull(); // a console sub-frame
});

test('refuses malformed requests before any handler runs', async () => {
  const h = handlers();
  expect(
    await handleMessage(
      h,
      { type: 'case:found', extraction: { case: 'nope' } },
      fromContent as never,
    ),
  ).toEqual({
    refused: 'Malformed request',
  });
  expect(
    await handleMessage(h, { type: 'fetch', url: 'https://evil.example' }, fromPanel as never),
  ).toEqual({
    refused: 'Malformed request',
  });
  expect(h['case:found']).not.toHaveBeenCalled();
});

test('refuses a request from a context that may not send it', async () => {
  const h = handlers();
  const answer = await handleMessage(h, { type: 'api:check' }, fromContent as never);
  expect(answer).toEqual({ refused: 'api:check is not accepted from this sender' });
  expect(h['api:check']).not.toHaveBeenCalled();
  expect(await handleMessage(h, { type: 'case:cleared' }, fromPanel as never)).toHaveProperty(
    'refused',
  );
});

test('hands a valid request from an allowed sender to its handler', async () => {
  const h = handlers();
  const request = { type: 'panel:attach', target: { kind: 'own-tab' } };
  expect(await handleMessage(h, request, fromPanel as never)).toMatchObject({
    tabId: 4,
    state: null,
  });
  expect(h['panel:attach']).toHaveBeenCalledWith(request, fromPanel);
});

test('a failing handler answers with the reason instead of throwing across contexts', async () => {
  const h = handlers();
  h['api:check'].mockRejectedValue(new Error('disk on fire'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(await handleMessage(h, { type: 'api:check' }, fromPanel as never)).toEqual({
    refused: 'api:check failed: disk on fire',
  });
});

test('a docked panel may name only its own tab; the side panel follows any', async () => {
  const h = handlers();
  const other = await handleMessage(h, { type: 'case:assess', tabId: 5 }, fromPanel as never);
  expect(other).toEqual({ refused: "case:assess may only name the panel's own tab" });
  expect(h['case:assess']).not.toHaveBeenCalled();
  expect(await handleMessage(h, { type: 'case:assess', tabId: 4 }, fromPanel as never)).toEqual({
    ok: true,
  });
  const activeTab = { type: 'panel:attach', target: { kind: 'active-tab', windowId: 1 } };
  expect(await handleMessage(h, activeTab, fromPanel as never)).toEqual({
    refused: "panel:attach may only name the panel's own tab",
  });
  const sidePanel = { id: 'test-extension-id', url: `${EXT}/sidepanel.html` };
  expect(await handleMessage(h, { type: 'case:assess', tabId: 5 }, sidePanel as never)).toEqual({
    ok: true,
  });
});
