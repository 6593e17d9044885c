import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDockTokens, registerDockToken } from '../dock-tokens';
import { requestSchema, type RequestType } from '../protocol';
import { handleMessage, type Handlers } from '../router';

const ID = 'test-extension-id';
const EXT = `chrome-extension://${ID}`;
const TOKEN = 'c'.repeat(32);
const OTHER_TABS_TOKEN = 'd'.repeat(32);
const page = (path: string, tab?: number, frameId?: number) => ({
  id: ID,
  url: `${EXT}/${path}`,
  ...(tab === undefined ? {} : { tab: { id: tab } }),
  frameId,
});

/** Every sender the browser can describe to us, by what it is. */
const SENDERS = {
  'content script': {
    id: ID,
    url: 'http://127.0.0.1:4317/console/cases/C-1',
    tab: { id: 4 },
    frameId: 0,
  },
  'options page in its tab': page('options.html', 9, 0),
  'side panel (no tab)': page('sidepanel.html'),
  'our docked panel': page(`panel.html?dock=${TOKEN}#keys=${'e'.repeat(32)}`, 4, 7),
  'panel framed without a token': page('panel.html', 4, 7),
  'panel framed with a token forged from another tab': page(
    `panel.html?dock=${OTHER_TABS_TOKEN}`,
    4,
    7,
  ),
  'panel framed with the tab token, moved to a top frame elsewhere': page(
    `panel.html?dock=${TOKEN}`,
    6,
    3,
  ),
  'console sub-frame': { id: ID, url: 'https://ads.example/x', tab: { id: 4 }, frameId: 3 },
  'another extension': { ...page('panel.html', 9, 0), id: 'someone-else' },
} as const;
type SenderName = keyof typeof SENDERS;

const CONTENT: SenderName[] = ['content script'];
const TOP: SenderName[] = ['options page in its tab', 'side panel (no tab)'];
const PANEL: SenderName[] = [...TOP, 'our docked panel'];

/** Written out by hand, apart from `senders.ts`: what each request type must accept. */
const EXPECTED: Record<RequestType, SenderName[]> = {
  'case:reading': CONTENT,
  'case:found': CONTENT,
  'case:unreadable': CONTENT,
  'case:cleared': CONTENT,
  'dock:register': CONTENT,
  'panel:attach': PANEL,
  'case:assess': PANEL,
  'case:highlight': PANEL,
  'api:check': PANEL,
  'models:check': PANEL,
  'guidance:sync-now': PANEL,
  'incidents:sync-now': PANEL,
  'incidents:match': PANEL,
  'incidents:page': TOP,
  'training:status': PANEL,
  'training:reveal': PANEL,
  'training:mine': PANEL,
  'sla:today': PANEL,
  'qa:panel': PANEL,
  'qa:lead': TOP,
  'investigation:open': PANEL,
  'investigation:request': TOP,
  'escalations:request': PANEL,
  'wellness:lighter-queue': PANEL,
  'decision:submit': PANEL,
  'decision:undo': PANEL,
  'outbox:retry': PANEL,
  'outbox:discard': PANEL,
  'outbox:discard-writeback': PANEL,
  'decisions:history': PANEL,
  'adapter:page': PANEL,
  'adapter:test': PANEL,
  'adapter:pick': PANEL,
  'adapter:pick-cancel': PANEL,
  'models:clear-cache': TOP,
  'options:open': PANEL,
  'guidance:me': TOP,
  'guidance:load': TOP,
  'guidance:backtest': TOP,
  'guidance:publish': TOP,
  'guidance:panels': TOP,
  'training:trainer': TOP,
  'admin:request': TOP,
  'ops:request': TOP,
  'sso:request': TOP,
  'writers:list': TOP,
  'writers:save': TOP,
  'writers:remove': TOP,
  'writers:save-credentials': TOP,
  'writers:preview': TOP,
  'writers:test-send': TOP,
};

// Each request below is only a type: an accepted sender gets past the sender check to the
// schema (types with no fields reach their handler), a refused one never gets that far.
const reached = new Proxy({} as Handlers, { get: () => async () => ({ reached: true }) });

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([4, 5, 6].map(forgetDockTokens));
  await registerDockToken(4, TOKEN);
  await registerDockToken(5, OTHER_TABS_TOKEN);
});

test('the table names every request type of the protocol', () => {
  const types = requestSchema.options.map((o) => o.shape.type.value).toSorted();
  expect(Object.keys(EXPECTED).toSorted()).toEqual(types);
});

describe.each(Object.entries(EXPECTED) as [RequestType, SenderName[]][])('%s', (type, allowed) => {
  test.each(Object.keys(SENDERS) as SenderName[])('from %s', async (name) => {
    const refusal = { refused: `${type} is not accepted from this sender` };
    const answer = await handleMessage(reached, { type, junk: true }, SENDERS[name] as never);
    // An accepted sender gets past the check: to the schema, or to the handler.
    const past = [{ refused: 'Malformed request' }, { reached: true }];
    const expected = allowed.includes(name) ? past : [refusal];
    expect(expected).toContainEqual(answer);
  });
});
