import { describe, expect, it } from 'vitest';
import { guidancePanelListSchema } from '../../utils/guidance/api-schema';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import { guidancePackSchema } from '../../utils/guidance/schema';
import { createApp } from '../app';
import { guidanceApp } from './guidance-helpers';

describe('GET /api/guidance/current', () => {
  it('needs a token', async () => {
    const { request } = guidanceApp();
    expect((await request('/guidance/current', undefined)).status).toBe(401);
  });

  it('serves the default pack as version 1 on a new database, with a strong ETag', async () => {
    const { request } = guidanceApp();
    const response = await request('/guidance/current', 'reviewer');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^"g1-[\w-]{22}"$/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(guidancePackSchema.parse(await response.json())).toEqual(DEFAULT_GUIDANCE_PACK);
  });

  it('answers 304 without a body when If-None-Match names the current ETag', async () => {
    const { request } = guidanceApp();
    const etag = (await request('/guidance/current', 'reviewer')).headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await request('/guidance/current', 'reviewer', {
        headers: { 'If-None-Match': header },
      });
      expect(response.status, header).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(await response.text()).toBe('');
    }
    const stale = await request('/guidance/current', 'reviewer', {
      headers: { 'If-None-Match': '"g0-old"' },
    });
    expect(stale.status).toBe(200);
  });

  it('seeds version 1 once, however often the app is created on the database', async () => {
    const { db, request } = guidanceApp();
    createApp(db);
    createApp(db);
    const { versions } = (await (await request('/guidance/versions', 'reviewer')).json()) as {
      versions: unknown[];
    };
    expect(versions).toHaveLength(1);
  });

  it('keeps versions append-only in the database itself', () => {
    const { db } = guidanceApp();
    expect(() => db.exec("UPDATE guidance_versions SET publisher = 'x'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM guidance_versions')).toThrow(/append-only/);
  });
});

describe('GET /api/guidance/panels', () => {
  it('is for policy leads and admins only', async () => {
    const { request } = guidanceApp();
    expect((await request('/guidance/panels', 'reviewer')).status).toBe(403);
    expect((await request('/guidance/panels', 'trainer')).status).toBe(403);
    expect((await request('/guidance/panels', 'admin')).status).toBe(200);
  });

  it('lists, per token, the version last fetched and when; behind ones first', async () => {
    const { request, publish, setNow } = guidanceApp();
    await request('/guidance/current', 'reviewer');
    setNow(new Date('2026-11-27T10:05:00Z'));
    expect((await publish('lead', { baseVersion: 1, pack: DEFAULT_GUIDANCE_PACK })).status).toBe(
      201,
    );
    setNow(new Date('2026-11-27T10:06:00Z'));
    await request('/guidance/current', 'reviewer2', { headers: { 'If-None-Match': '"x"' } });

    const expected = {
      currentVersion: 2,
      panels: [
        {
          userId: 'rev-ana',
          userName: 'Ana Reviewer',
          role: 'reviewer',
          tokenLabel: 'demo reviewer',
          version: 1,
          fetchedAt: '2026-11-27T10:00:00.000Z',
          current: false,
        },
        {
          userId: 'rev-ben',
          userName: 'Ben Okafor',
          role: 'reviewer',
          tokenLabel: 'demo reviewer2',
          version: 2,
          fetchedAt: '2026-11-27T10:06:00.000Z',
          current: true,
        },
      ],
    };
    const actual = guidancePanelListSchema.parse(
      await (await request('/guidance/panels', 'lead')).json(),
    );
    expect(actual).toEqual(expected);
  });
});
