// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_PAGE_SIZE, type AdminRequest } from '../../../utils/admin/admin-messages';
import type { AuditEntry, TokenInfo, User } from '../../../utils/case-api/admin-schema';
import { AdminApp } from '../admin-app';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * The page against the background's answers (the background and the real case API are
 * tested together in utils/background/__tests__/admin-server.test.ts).
 */
const BASE = 'http://127.0.0.1:4317/api';
const admin = { id: 'admin-root', name: 'Root Admin', role: 'admin', team: null, site: null };
const reviewer = { ...admin, id: 'rev-ana', name: 'Ana Reviewer', role: 'reviewer' };
const acme = {
  id: 'acme-bpo',
  name: 'Acme BPO',
  kind: 'vendor',
  createdAt: '2026-12-01T00:00:00Z',
} as const;
const ben: User = {
  id: 'rev-ben',
  name: 'Ben Okafor',
  email: null,
  role: 'reviewer',
  kind: 'person',
  team: acme,
  site: 'Manila',
  disabledAt: null,
  createdAt: '2026-12-01T00:00:00Z',
};

let users: User[];
let tokens: TokenInfo[];
let audit: AuditEntry[];
let sent: { token?: string; request: AdminRequest }[];
let me: typeof admin;

function record(action: string, target: string) {
  audit.unshift({
    seq: audit.length + 1,
    at: '2026-12-07T10:00:00Z',
    actor: 'admin-root',
    action,
    target,
    detail: {},
  });
}

function answer({ request }: { request: AdminRequest }): unknown {
  switch (request.op) {
    case 'me':
      return { ok: true, me, baseUrl: BASE };
    case 'list-users':
      return me.role === 'admin'
        ? { ok: true, users }
        : { ok: false, problem: 'forbidden', message: 'Only admins.' };
    case 'list-teams':
      return { ok: true, teams: [acme] };
    case 'list-tokens':
      return { ok: true, tokens };
    case 'audit': {
      // As the case API pages: newest first, below `before`, one page at a time.
      const below = audit.filter((e) => request.before === undefined || e.seq < request.before);
      return { ok: true, entries: below.slice(0, AUDIT_PAGE_SIZE) };
    }
    case 'create-user': {
      const { input } = request;
      const user: User = {
        ...ben,
        id: input.name.toLowerCase().replace(' ', '-'),
        name: input.name,
        role: input.role,
        team: input.teamId === acme.id ? acme : null,
        site: input.site ?? null,
      };
      users.push(user);
      record('user.create', user.id);
      return { ok: true, user };
    }
    case 'issue-token': {
      const info: TokenInfo = {
        id: 'tok_00000000000000aa',
        userId: request.input.userId,
        label: null,
        createdAt: '2026-12-07T10:00:00Z',
        createdBy: 'admin-root',
        expiresAt: null,
        lastUsedAt: null,
        revokedAt: null,
        state: 'active',
      };
      tokens.push(info);
      record('token.issue', info.id);
      return { ok: true, issued: { token: 'cl_shown-once', info } };
    }
    case 'change-user': {
      const user = users.find((u) => u.id === request.userId)!;
      user.disabledAt = request.change.disabled ? '2026-12-07T10:01:00Z' : null;
      record(request.change.disabled ? 'user.disable' : 'user.enable', user.id);
      return { ok: true, user };
    }
    default:
      return { ok: false, problem: 'bad-response', message: 'not in this test' };
  }
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  users = [{ ...ben }];
  tokens = [];
  audit = [];
  sent = [];
  me = admin;
  fakeBrowser.runtime.onMessage.addListener(
    (
      message: { token?: string; request: AdminRequest },
      _sender,
      sendResponse: (answer: unknown) => void,
    ) => {
      sent.push(message);
      sendResponse(answer(message));
      return true;
    },
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const button = (name: string) =>
  [...container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  )!;
const field = <E extends HTMLElement>(text: string): E =>
  [...container.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(text))!
    .querySelector('input, select') as E;
function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}
const auditText = () =>
  [...container.querySelectorAll('[data-testid="audit-entry"]')].map((r) => r.textContent);

it('lets an admin add a vendor user, issue a token shown once, and disable the user', async () => {
  await act(async () => root.render(<AdminApp />));
  await settle();
  expect(byTestId('admin-identity')?.textContent).toContain('Root Admin (admin)');
  expect(byTestId('user-rev-ben')?.textContent).toContain('Acme BPO (vendor)');

  await act(async () => type(field('Name'), 'Vic Vendor'));
  await act(async () => type(field('Team'), 'acme-bpo'));
  await act(async () => type(field('Site'), 'Manila'));
  await act(async () => button('Add user').click());
  await settle();
  expect(byTestId('user-vic-vendor')?.textContent).toContain('Manila');
  expect(auditText()[0]).toContain('user.create');

  await act(async () => button('Issue token to Vic Vendor').click());
  await settle();
  const token = byTestId('issued-token')?.textContent ?? '';
  expect(token).toMatch(/^cl_/);
  expect(sent.at(-1)?.request).toEqual({ op: 'audit' });
  await act(async () => button('Done').click());
  expect(container.textContent).not.toContain(token);

  await act(async () => button('Disable Vic Vendor').click());
  await settle();
  expect(byTestId('user-vic-vendor')?.textContent).toContain('disabled');
  expect(auditText()[0]).toContain('user.disable');
  const create = sent.find((m) => m.request.op === 'create-user')?.request;
  expect(create).toEqual({
    op: 'create-user',
    input: {
      name: 'Vic Vendor',
      role: 'reviewer',
      kind: 'person',
      teamId: 'acme-bpo',
      site: 'Manila',
    },
  });
  expect(sent.find((m) => m.request.op === 'change-user')?.request).toEqual({
    op: 'change-user',
    userId: 'vic-vendor',
    change: { disabled: true },
  });
});

it('says a reviewer cannot manage accounts, and shows nothing of them', async () => {
  me = reviewer;
  await act(async () => root.render(<AdminApp />));
  await settle();
  expect(byTestId('not-an-admin')?.textContent).toContain('not an admin');
  expect(container.querySelector('[aria-label="Users"]')).toBeNull();
  expect(sent.map((m) => m.request.op)).toEqual(['me']);
});

it('pages back through a long audit log without gaps or repeats', async () => {
  for (let i = 0; i < 250; i += 1) record('token.issue', `tok_${i}`);
  await act(async () => root.render(<AdminApp />));
  await settle();
  expect(auditText()).toHaveLength(200);
  expect(container.textContent).toContain('200 newest entries shown.');

  await act(async () => button('Show older entries').click());
  await settle();
  expect(sent.at(-1)?.request).toEqual({ op: 'audit', before: 51 });
  const shown = auditText();
  expect(shown).toHaveLength(250);
  expect(new Set(shown).size).toBe(250);
  expect(shown.at(-1)).toContain('tok_0');
  expect(container.textContent).toContain('All 250 entries shown.');
  expect(container.querySelector('button[disabled]')).toBeNull();
  expect(button('Show older entries')).toBeUndefined();
});
