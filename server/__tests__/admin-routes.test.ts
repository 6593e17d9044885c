import { describe, expect, it } from 'vitest';
import {
  auditListSchema,
  teamSchema,
  tokenListSchema,
  userListSchema,
  userSchema,
} from '../../utils/case-api/admin-schema';
import { DEMO_TOKENS, type DemoAccount } from '../index';
import { caller, userWithToken } from './admin-helpers';
import { useServer } from './helpers';

const { server } = useServer();
const url = () => server().url;
const asAdmin = caller(url, DEMO_TOKENS.admin);
const audit = () => server().db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();

const ADMIN_OPERATIONS = [
  ['GET', '/api/admin/users'],
  ['POST', '/api/admin/users', { name: 'Mallory', role: 'admin' }],
  ['PATCH', '/api/admin/users/rev-ana', { disabled: true }],
  ['GET', '/api/admin/teams'],
  ['POST', '/api/admin/teams', { name: 'Mallory Inc', kind: 'vendor' }],
  ['GET', '/api/admin/tokens'],
  ['POST', '/api/admin/tokens', { userId: 'rev-ana' }],
  ['POST', '/api/admin/tokens/tok_0000000000000000/revoke'],
  ['GET', '/api/admin/audit'],
] as const;

describe('admin routes', () => {
  const others: DemoAccount[] = ['reviewer', 'reviewer2', 'lead', 'trainer', 'qa'];
  it.each(others)('refuse the %s with 403 and change nothing', async (account) => {
    const before = audit();
    const as = caller(url, DEMO_TOKENS[account]);
    for (const [method, path, body] of ADMIN_OPERATIONS) {
      const answer = await as(method, path, body);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
    }
    expect(audit()).toBe(before);
    expect((await caller(url, 'nope')('GET', '/api/admin/users')).status).toBe(401);
  });

  it('create a vendor team and a QA reviewer in it, who signs in with team and site', async () => {
    const team = await asAdmin('POST', '/api/admin/teams', { name: 'Vendor Two', kind: 'vendor' });
    expect(team.status).toBe(201);
    expect(teamSchema.parse(team.body)).toMatchObject({ id: 'vendor-two', kind: 'vendor' });
    const user = { id: 'qa-vera', name: 'Vera QA', role: 'qa-reviewer', teamId: 'vendor-two' };
    const token = await userWithToken(asAdmin, { ...user });
    const me = await caller(url, token)('GET', '/api/me');
    expect(me.body).toEqual({
      id: 'qa-vera',
      name: 'Vera QA',
      role: 'qa-reviewer',
      team: { id: 'vendor-two', name: 'Vendor Two', kind: 'vendor' },
      site: null,
    });
    const users = userListSchema.parse((await asAdmin('GET', '/api/admin/users')).body).users;
    expect(users.find((u) => u.id === 'qa-vera')?.team?.kind).toBe('vendor');
  });

  it('answer 409 for a taken id, 422 for an unknown team or a bad role, 404 for no user', async () => {
    const taken = await asAdmin('POST', '/api/admin/users', {
      id: 'rev-ana',
      name: 'A',
      role: 'reviewer',
    });
    expect(taken.status).toBe(409);
    const noTeam = { name: 'B', role: 'reviewer', teamId: 'no-such-team' };
    expect((await asAdmin('POST', '/api/admin/users', noTeam)).status).toBe(422);
    expect((await asAdmin('POST', '/api/admin/users', { name: 'C', role: 'boss' })).status).toBe(
      422,
    );
    expect((await asAdmin('PATCH', '/api/admin/users/nobody', { site: 'Oslo' })).status).toBe(404);
    expect((await asAdmin('POST', '/api/admin/tokens', { userId: 'nobody' })).status).toBe(404);
  });

  it('never let the API choose a token, and never list one', async () => {
    const chosen = await asAdmin('POST', '/api/admin/tokens', { userId: 'rev-ben', token: 'mine' });
    expect(chosen.status).toBe(201);
    expect(JSON.stringify(chosen.body)).not.toContain('"mine"');
    expect((await caller(url, 'mine')('GET', '/api/me')).status).toBe(401);
    const listed = JSON.stringify((await asAdmin('GET', '/api/admin/tokens?userId=rev-ben')).body);
    expect(listed).not.toContain(DEMO_TOKENS.reviewer2);
    expect(listed).not.toMatch(/cl_[A-Za-z0-9_-]{20}/);
    expect(tokenListSchema.parse(JSON.parse(listed)).tokens.length).toBeGreaterThanOrEqual(2);
  });

  it('refuse an admin disabling or demoting themselves', async () => {
    const self = '/api/admin/users/admin-root';
    expect((await asAdmin('PATCH', self, { disabled: true })).status).toBe(409);
    expect((await asAdmin('PATCH', self, { role: 'reviewer' })).status).toBe(409);
    const renamed = await asAdmin('PATCH', self, { site: 'Lisbon' });
    expect(userSchema.parse(renamed.body).site).toBe('Lisbon');
  });

  it('write one audit row per change, as the admin, newest first', async () => {
    const before = auditListSchema.parse((await asAdmin('GET', '/api/admin/audit?limit=1')).body);
    const seq = before.entries[0]?.seq ?? 0;
    const team = await asAdmin('POST', '/api/admin/teams', {
      name: 'Audit Team',
      kind: 'in-house',
    });
    const user = await asAdmin('POST', '/api/admin/users', { name: 'Al Audit', role: 'reviewer' });
    const { id } = userSchema.parse(user.body);
    await asAdmin('PATCH', `/api/admin/users/${id}`, { disabled: true });
    await asAdmin('PATCH', `/api/admin/users/${id}`, { disabled: false, teamId: 'audit-team' });
    const issued = await asAdmin('POST', '/api/admin/tokens', { userId: id, label: 'laptop' });
    const tokenId = (issued.body as { info: { id: string } }).info.id;
    await asAdmin('POST', `/api/admin/tokens/${tokenId}/revoke`);
    expect((await asAdmin('POST', `/api/admin/tokens/${tokenId}/revoke`)).status).toBe(409);
    expect(team.status).toBe(201);

    const after = auditListSchema.parse((await asAdmin('GET', '/api/admin/audit')).body);
    const mine = after.entries.filter((e) => e.seq > seq);
    expect(mine.map((e) => [e.action, e.target])).toEqual([
      ['token.revoke', tokenId],
      ['token.issue', tokenId],
      ['user.enable', id],
      ['user.disable', id],
      ['user.create', id],
      ['team.create', 'audit-team'],
    ]);
    for (const entry of mine) expect(entry.actor).toBe('admin-root');
    expect(mine[2]?.detail).toEqual({ disabled: false, teamId: 'audit-team' });
    expect(JSON.stringify(after)).not.toMatch(/cl_[A-Za-z0-9_-]{20}/);
    const page = await asAdmin('GET', `/api/admin/audit?limit=2&before=${mine[1]!.seq}`);
    expect(auditListSchema.parse(page.body).entries.map((e) => e.action)).toEqual([
      'user.enable',
      'user.disable',
    ]);
    expect((await asAdmin('GET', '/api/admin/audit?limit=0')).status).toBe(400);
  });
});
