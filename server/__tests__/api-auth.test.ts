import { describe, expect, it } from 'vitest';
import { apiErrorSchema, healthSchema, meSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS, DEMO_USERS, type DemoAccount } from '../index';
import { useServer } from './helpers';

const { get, server } = useServer();

describe('GET /api/health', () => {
  it('answers without a token', async () => {
    const response = await get('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = healthSchema.parse(await response.json());
    expect(body).toMatchObject({ ok: true, service: 'caselight-reference-api' });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('GET /api/me', () => {
  it.each(Object.keys(DEMO_TOKENS) as DemoAccount[])('knows the %s demo token', async (account) => {
    const response = await get('/api/me', DEMO_TOKENS[account]);
    expect(response.status).toBe(200);
    expect(meSchema.parse(await response.json())).toEqual(DEMO_USERS[account]);
  });

  it('maps the tokens to the agreed users and roles', () => {
    expect(DEMO_USERS.reviewer).toMatchObject({
      id: 'rev-ana',
      name: 'Ana Reviewer',
      role: 'reviewer',
    });
    expect(DEMO_USERS.reviewer2).toMatchObject({
      id: 'rev-ben',
      name: 'Ben Okafor',
      role: 'reviewer',
    });
    // One vendor reviewer, so per-team views (QA, vendor quality) have two teams to show.
    expect(DEMO_USERS.reviewer2.team).toMatchObject({ kind: 'vendor' });
    expect(DEMO_USERS.reviewer.team).toMatchObject({ kind: 'in-house' });
    expect(DEMO_USERS.qa).toMatchObject({ id: 'qa-quinn', role: 'qa-reviewer' });
    expect(DEMO_USERS.lead).toMatchObject({ id: 'lead-priya', role: 'policy-lead' });
    expect(DEMO_USERS.trainer).toMatchObject({ id: 'trainer-tom', role: 'trainer' });
    expect(DEMO_USERS.admin).toMatchObject({ id: 'admin-root', role: 'admin' });
  });

  it('refuses an unknown token with a 401 apiError', async () => {
    const response = await get('/api/me', 'not-a-real-token');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe('unauthorized');
  });

  it('refuses a missing token and a non-bearer scheme', async () => {
    const missing = await get('/api/me');
    expect(missing.status).toBe(401);
    expect(apiErrorSchema.parse(await missing.json()).error.code).toBe('unauthorized');

    const basic = await fetch(`${server().url}/api/me`, {
      headers: { Authorization: `Basic ${DEMO_TOKENS.reviewer}` },
    });
    expect(basic.status).toBe(401);
  });

  it('stores only token hashes', () => {
    const rows = server().db.prepare('SELECT token_hash FROM tokens').pluck().all();
    expect(rows).toHaveLength(Object.keys(DEMO_TOKENS).length);
    for (const hash of rows) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(server().db.prepare('SELECT * FROM tokens').all());
    for (const token of Object.values(DEMO_TOKENS)) expect(dump).not.toContain(token);
  });
});

describe('unknown API routes', () => {
  it('answer 404 with an apiError body', async () => {
    const response = await get('/api/nope', DEMO_TOKENS.reviewer);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  });
});
