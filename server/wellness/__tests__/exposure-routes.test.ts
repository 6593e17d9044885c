import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { exposureAggregateSchema } from '../../../utils/wellness/exposure-report-schema';
import { guidanceApp } from '../../__tests__/guidance-helpers';
import type { DemoAccount } from '../../demo-tokens';

const report = (seconds: number, reportId = randomUUID()) => ({
  reportId,
  day: '2026-11-27',
  seconds,
  breaks: 1,
  suggestions: 2,
});

function exposureApp() {
  const app = guidanceApp();
  const send = (as: DemoAccount, body: unknown) =>
    app.request('/wellness/exposure', as, { method: 'POST', body });
  const read = async (as: DemoAccount, query = '?since=2026-11-20') => {
    const response = await app.request(`/wellness/exposure${query}`, as);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { ...app, send, read };
}

describe('/api/wellness/exposure', () => {
  it('adds reports to the team day once each, and keeps no per-person figures by default', async () => {
    const { send, read, db } = exposureApp();
    const first = report(600);
    expect((await send('reviewer', first)).status).toBe(201);
    expect((await send('reviewer', first)).status).toBe(200); // a retry counts once
    expect((await send('qa', report(300))).status).toBe(201); // same team (northwind)
    expect((await send('reviewer2', report(60))).status).toBe(201); // another team
    const { status, body } = await read('lead');
    expect(status).toBe(200);
    const figures = exposureAggregateSchema.parse(body);
    // The lead sees their own team's day only.
    expect(figures.teams).toEqual([
      {
        team: expect.any(String),
        day: '2026-11-27',
        seconds: 900,
        breaks: 2,
        suggestions: 4,
        reports: 2,
      },
    ]);
    expect(figures).toMatchObject({ perPerson: false, people: [] });
    const rows = db.prepare('SELECT COUNT(*) AS n FROM exposure_person_days').get() as {
      n: number;
    };
    expect(rows.n).toBe(0);
    const all = exposureAggregateSchema.parse((await read('admin')).body);
    expect(all.teams).toHaveLength(2);
  });

  it('keeps per-person figures only once the guidance in force shares them', async () => {
    const { send, read, publish } = exposureApp();
    const wellness = { exposure: { sharePerPerson: true } };
    const pack = { ...DEFAULT_GUIDANCE_PACK, wellness };
    expect((await publish('lead', { baseVersion: 1, pack })).status).toBe(201);
    await send('reviewer', report(120));
    const figures = exposureAggregateSchema.parse((await read('lead')).body);
    expect(figures.perPerson).toBe(true);
    expect(figures.people).toEqual([
      expect.objectContaining({ reviewerId: 'rev-ana', seconds: 120, day: '2026-11-27' }),
    ]);
  });

  it('refuses reviewers the team figures, bad reports and unsigned requests', async () => {
    const { send, read, request } = exposureApp();
    expect((await read('reviewer')).status).toBe(403);
    expect((await send('reviewer', { ...report(10), seconds: -1 })).status).toBe(422);
    expect((await send('reviewer', { ...report(10), reviewerId: 'x' })).status).toBe(422);
    expect((await request('/wellness/exposure', undefined)).status).toBe(401);
    expect((await read('lead', '?since=yesterday')).status).toBe(400);
  });
});
