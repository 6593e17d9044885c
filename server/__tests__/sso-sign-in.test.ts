import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { ssoSessionSchema } from '../../utils/case-api/sso-schema';
import { meSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS } from '../demo-tokens';
import { startCaseApi } from '../index';
import { caller } from './admin-helpers';
import { useSso } from './sso-helpers';

describe('single sign-on with a real OpenID provider (oidc-provider)', () => {
  const sso = useSso();

  const me = async (token: string) => {
    const response = await fetch(`${sso.api().url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('says which provider it trusts, without a token', async () => {
    const response = await fetch(`${sso.api().url}/api/auth/oidc/config`);
    expect(await response.json()).toEqual({
      enabled: true,
      issuer: sso.idp().issuer,
      clientId: sso.idp().clientId,
    });
  });

  it('creates a user from a mapped group on first sign-in; the session works as a bearer token', async () => {
    expect(
      (
        await sso.asAdmin('POST', '/api/admin/sso-groups', {
          group: 'ts-vendor',
          role: 'reviewer',
          teamId: 'acme-bpo',
        })
      ).status,
    ).toBe(200);
    sso.idp().accounts.set('okta|zoe', {
      name: 'Zoe Vendor',
      email: 'zoe@acme.example',
      groups: ['everyone', 'ts-vendor'],
    });

    const first = await sso.signIn('okta|zoe');

    expect(first.status).toBe(201);
    const session = ssoSessionSchema.parse(first.body);
    expect(session.me).toMatchObject({
      name: 'Zoe Vendor',
      role: 'reviewer',
      team: { id: 'acme-bpo' },
    });
    expect(meSchema.parse((await me(session.token)).body).id).toBe(session.me.id);
    const audit = await sso.asAdmin('GET', '/api/admin/audit?limit=5');
    expect(JSON.stringify(audit.body)).toContain('"action":"sso.sign-in"');
  });

  it('links the same person on the next sign-in, and follows their groups to a new role', async () => {
    await sso.asAdmin('POST', '/api/admin/sso-groups', { group: 'ts-leads', role: 'policy-lead' });
    sso
      .idp()
      .accounts.set('okta|yan', { name: 'Yan', email: 'yan@acme.example', groups: ['ts-vendor'] });
    const first = ssoSessionSchema.parse((await sso.signIn('okta|yan')).body);
    sso.idp().accounts.set('okta|yan', {
      name: 'Yan',
      email: 'yan@acme.example',
      groups: ['ts-vendor', 'ts-leads'],
    });

    const second = ssoSessionSchema.parse((await sso.signIn('okta|yan')).body);

    expect(second.me.id).toBe(first.me.id);
    expect([first.me.role, second.me.role]).toEqual(['reviewer', 'policy-lead']);
  });

  it("links an admin-created user by verified email and keeps the admin's role when no group is mapped", async () => {
    await sso.asAdmin('POST', '/api/admin/users', {
      id: 'qa-kim',
      name: 'Kim',
      email: 'kim@acme.example',
      role: 'qa-reviewer',
    });
    sso
      .idp()
      .accounts.set('okta|kim', { name: 'Kim K', email: 'kim@acme.example', groups: ['unmapped'] });

    const session = ssoSessionSchema.parse((await sso.signIn('okta|kim')).body);

    expect(session.me).toMatchObject({ id: 'qa-kim', role: 'qa-reviewer' });
  });

  it('does not link by an unverified email', async () => {
    await sso.asAdmin('POST', '/api/admin/users', {
      id: 'lead-ola',
      name: 'Ola',
      email: 'ola@acme.example',
      role: 'admin',
    });
    sso.idp().accounts.set('evil', {
      name: 'Not Ola',
      email: 'ola@acme.example',
      emailVerified: false,
      groups: [],
    });

    const answer = await sso.signIn('evil');

    expect(answer.status).toBe(403);
  });

  it('refuses someone whose groups map to nothing, naming the groups, and creates no user', async () => {
    sso
      .idp()
      .accounts.set('okta|max', { name: 'Max', email: 'max@else.example', groups: ['marketing'] });
    const before = await sso.asAdmin('GET', '/api/admin/users');

    const answer = await sso.signIn('okta|max');

    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).toContain('marketing');
    expect(await sso.asAdmin('GET', '/api/admin/users')).toEqual(before);
  });

  it('refuses a disabled user', async () => {
    sso
      .idp()
      .accounts.set('okta|dee', { name: 'Dee', email: 'dee@acme.example', groups: ['ts-vendor'] });
    const session = ssoSessionSchema.parse((await sso.signIn('okta|dee')).body);
    await sso.asAdmin('PATCH', `/api/admin/users/${session.me.id}`, { disabled: true });

    expect((await sso.signIn('okta|dee')).status).toBe(403);
    expect((await me(session.token)).status).toBe(401);
  });

  it("refuses a tampered token, another sign-in's nonce and a token signed by someone else", async () => {
    sso
      .idp()
      .accounts.set('okta|eve', { name: 'Eve', email: 'eve@acme.example', groups: ['ts-vendor'] });
    const { idToken, nonce } = await sso.idToken('okta|eve');
    const [head, body, sig] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const promoted = Buffer.from(JSON.stringify({ ...claims, groups: ['ts-leads'] })).toString(
      'base64url',
    );
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .sign(privateKey);

    const answers = await Promise.all([
      sso.trade({ idToken: `${head}.${promoted}.${sig}`, nonce }),
      sso.trade({ idToken, nonce: 'another-sign-in-nonce' }),
      sso.trade({ idToken: forged, nonce }),
      sso.trade({ idToken: 'not a jwt', nonce }),
    ]);

    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401]);
    expect((await sso.trade({ idToken, nonce })).status).toBe(201);
  });

  it('lets only admins map groups, and refuses a mapping to an unknown team', async () => {
    const asReviewer = caller(() => sso.api().url, DEMO_TOKENS.reviewer);
    expect(
      (await asReviewer('POST', '/api/admin/sso-groups', { group: 'x', role: 'admin' })).status,
    ).toBe(403);
    expect(
      (await sso.asAdmin('POST', '/api/admin/sso-groups', { group: 'x', teamId: 'nope' })).status,
    ).toBe(422);
    expect((await sso.asAdmin('POST', '/api/admin/sso-groups', { group: 'x' })).status).toBe(422);
    await sso.asAdmin('POST', '/api/admin/sso-groups', { group: 'x', role: 'trainer' });
    expect((await sso.asAdmin('DELETE', '/api/admin/sso-groups?group=x')).status).toBe(200);
    expect((await sso.asAdmin('DELETE', '/api/admin/sso-groups?group=x')).status).toBe(404);
  });
});

const postSession = (url: string) =>
  fetch(`${url}/api/auth/oidc/session`, {
    method: 'POST',
    body: JSON.stringify({ idToken: 'a.b.c', nonce: 'n'.repeat(16) }),
  });

describe('single sign-on when the provider is down', () => {
  it('answers 503 with Retry-After, and a case API without SSO answers 404', async () => {
    const down = await startCaseApi({
      port: 0,
      demo: false,
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'c', groupsClaim: 'groups', sessionHours: 8 },
    });
    const none = await startCaseApi({ port: 0, demo: false });
    try {
      const answer = await postSession(down.url);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('30');
      expect(JSON.stringify(await answer.json())).toContain('cannot be reached');
      expect((await postSession(none.url)).status).toBe(404);
    } finally {
      await down.close();
      await none.close();
    }
  });
});
