import { describe, expect, it } from 'vitest';
import { issuedTokenSchema, tokenListSchema } from '../../utils/case-api/admin-schema';
import { DEMO_TOKENS } from '../index';
import { caller, userWithToken } from './admin-helpers';
import { useServer } from './helpers';

let now = Date.parse('2026-12-01T09:00:00.000Z');
const { server } = useServer({ clock: () => new Date(now) });
const url = () => server().url;
const asAdmin = caller(url, DEMO_TOKENS.admin);
const meStatus = async (token: string) => (await caller(url, token)('GET', '/api/me')).status;

const lastUsed = () =>
  server().db.prepare('SELECT last_used_at FROM tokens WHERE user_id = ?').pluck().get('use-uma');

async function tokenId(userId: string): Promise<string> {
  const list = tokenListSchema.parse(
    (await asAdmin('GET', `/api/admin/tokens?userId=${userId}`)).body,
  );
  return list.tokens[0]!.id;
}

describe('tokens', () => {
  it('are 256-bit random strings, stored only as their sha-256', async () => {
    const token = await userWithToken(asAdmin, { id: 'hash-hal', name: 'Hal', role: 'reviewer' });
    expect(token).toMatch(/^cl_[A-Za-z0-9_-]{43}$/);
    const rows = JSON.stringify(server().db.prepare('SELECT * FROM tokens').all());
    expect(rows).not.toContain(token);
    expect(rows).not.toContain(token.slice(3));
  });

  it("stop working at once when revoked, while the user's other tokens go on", async () => {
    const first = await userWithToken(asAdmin, { id: 'rev-rita', name: 'Rita', role: 'reviewer' });
    const second = issuedTokenSchema.parse(
      (await asAdmin('POST', '/api/admin/tokens', { userId: 'rev-rita' })).body,
    );
    expect(await meStatus(first)).toBe(200);
    const firstId = (await asAdmin('GET', '/api/admin/tokens?userId=rev-rita')).body as {
      tokens: { id: string }[];
    };
    const revokeId = firstId.tokens.find((t) => t.id !== second.info.id)!.id;
    expect((await asAdmin('POST', `/api/admin/tokens/${revokeId}/revoke`)).status).toBe(200);
    expect(await meStatus(first)).toBe(401);
    expect(await meStatus(second.token)).toBe(200);
  });

  it('stop working at once when their user is disabled, and again when enabled', async () => {
    const token = await userWithToken(asAdmin, { id: 'dis-dan', name: 'Dan', role: 'policy-lead' });
    expect(await meStatus(token)).toBe(200);
    expect((await asAdmin('PATCH', '/api/admin/users/dis-dan', { disabled: true })).status).toBe(
      200,
    );
    expect(await meStatus(token)).toBe(401);
    // Every authenticated route, not only /me.
    expect((await caller(url, token)('GET', '/api/guidance/current')).status).toBe(401);
    expect((await asAdmin('PATCH', '/api/admin/users/dis-dan', { disabled: false })).status).toBe(
      200,
    );
    expect(await meStatus(token)).toBe(200);
  });

  it('expire at their expiry time on the server clock', async () => {
    const expiresAt = new Date(now + 60 * 60_000).toISOString();
    const token = await userWithToken(
      asAdmin,
      { id: 'exp-eve', name: 'Eve', role: 'trainer' },
      { expiresAt },
    );
    expect(await meStatus(token)).toBe(200);
    now += 59 * 60_000;
    expect(await meStatus(token)).toBe(200);
    now += 60_000;
    expect(await meStatus(token)).toBe(401);
    const listed = tokenListSchema.parse(
      (await asAdmin('GET', '/api/admin/tokens?userId=exp-eve')).body,
    );
    expect(listed.tokens[0]).toMatchObject({ state: 'expired', expiresAt });
  });

  it('record when they were last used, to the minute', async () => {
    const token = await userWithToken(asAdmin, { id: 'use-uma', name: 'Uma', role: 'reviewer' });
    expect(lastUsed()).toBeNull();
    await meStatus(token);
    const first = lastUsed();
    expect(first).toBe(new Date(now).toISOString());
    now += 30_000;
    await meStatus(token);
    expect(lastUsed()).toBe(first);
    now += 30_000;
    await meStatus(token);
    expect(lastUsed()).toBe(new Date(now).toISOString());
    expect(await tokenId('use-uma')).toMatch(/^tok_[0-9a-f]{16}$/);
  });
});
