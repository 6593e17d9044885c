import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_TOKENS, startCaseApi, type StartedServer } from '../../../server';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { handleAdminRequest as send } from '../admin-handlers';

/** The admin page's calls against the real reference case API, over loopback. */

let server: StartedServer;
beforeAll(async () => {
  server = await startCaseApi({ demo: true, port: 0 });
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: `${server.url}/api` });
  await writeSecret('caseApiToken', DEMO_TOKENS.reviewer);
});

const admin = DEMO_TOKENS.admin;

test('a reviewer is refused; an admin adds a team and a user, issues and revokes a token', async () => {
  expect(await send({ op: 'list-users' })).toMatchObject({ ok: false, problem: 'forbidden' });
  expect(await send({ op: 'me' }, admin)).toMatchObject({
    ok: true,
    me: { id: 'admin-root', role: 'admin', team: { id: 'northwind' } },
  });

  const team = await send(
    { op: 'create-team', input: { name: 'Vendor Three', kind: 'vendor' } },
    admin,
  );
  expect(team).toMatchObject({ ok: true, team: { id: 'vendor-three' } });
  const input = {
    name: 'Nia New',
    role: 'reviewer',
    kind: 'person',
    teamId: 'vendor-three',
  } as const;
  const user = await send({ op: 'create-user', input }, admin);
  if (!user.ok) throw new Error(user.message);
  const issued = await send({ op: 'issue-token', input: { userId: user.user.id } }, admin);
  if (!issued.ok) throw new Error(issued.message);
  // The new token works as that user, through the same background calls.
  expect(await send({ op: 'me' }, issued.issued.token)).toMatchObject({
    ok: true,
    me: { id: 'nia-new', team: { kind: 'vendor' } },
  });

  const disabled = await send(
    { op: 'change-user', userId: 'nia-new', change: { disabled: true } },
    admin,
  );
  expect(disabled).toMatchObject({ ok: true, user: { disabledAt: expect.any(String) } });
  expect(await send({ op: 'me' }, issued.issued.token)).toMatchObject({ problem: 'unauthorized' });

  const revoked = await send({ op: 'revoke-token', tokenId: issued.issued.info.id }, admin);
  expect(revoked).toMatchObject({ ok: true, token: { state: 'revoked' } });
  const audit = await send({ op: 'audit' }, admin);
  if (!audit.ok) throw new Error(audit.message);
  expect(audit.entries.slice(0, 4).map((e) => [e.action, e.actor])).toEqual([
    ['token.revoke', 'admin-root'],
    ['user.disable', 'admin-root'],
    ['token.issue', 'admin-root'],
    ['user.create', 'admin-root'],
  ]);
  const older = await send({ op: 'audit', before: audit.entries[1]!.seq }, admin);
  if (!older.ok) throw new Error(older.message);
  expect(older.entries.slice(0, 2).map((e) => e.action)).toEqual(['token.issue', 'user.create']);
});

test("the case API's refusal reaches the page in its words", async () => {
  const input = { id: 'rev-ana', name: 'Again', role: 'reviewer', kind: 'person' } as const;
  const again = await send({ op: 'create-user', input }, admin);
  expect(again).toMatchObject({ ok: false, problem: 'bad-response' });
  expect(again.ok ? '' : again.message).toContain('409');
  expect(again.ok ? '' : again.message).toContain('rev-ana exists already');
});
