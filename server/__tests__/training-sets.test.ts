import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { goldSetListSchema, goldSetSchema, traineeSetsSchema } from '../../utils/training/schema';
import { traineeSets } from '../training/trainee-sets';
import { THREE_GOLD, trainingApp } from './training-helpers';

const code = async (response: Response) => apiErrorSchema.parse(await response.json()).error.code;

describe('gold sets', () => {
  it('copies each case under a fresh live-looking id, open, with the answers kept apart', async () => {
    const { createSet, consoleGet } = trainingApp();
    const set = await createSet();
    expect(set.items.map((i) => i.sourceCaseId)).toEqual(['C-1001', 'C-1002', 'EXT-9']);
    expect(set.items.map((i) => i.disputed)).toEqual([false, true, false]);
    for (const item of set.items) {
      expect(item.caseId).toMatch(/^C-\d{6}$/);
      expect(['C-1001', 'C-1002']).not.toContain(item.caseId);
    }
    // The console serves the copy like any case, without the answer, and open: C-1002 is
    // escalated in the live queue, and a badge saying so would give the answer away.
    const copy = await consoleGet(`/cases/${set.items[1]!.caseId}`);
    expect(copy.status).toBe(200);
    const text = await copy.text();
    expect(text).not.toContain('Phishing link');
    expect(JSON.parse(text)).toMatchObject({ id: set.items[1]!.caseId, status: 'open' });
  });

  it('is for trainers and admins only; errors name the field', async () => {
    const { request } = trainingApp();
    const post = (as: 'reviewer' | 'lead' | 'trainer', body: unknown) =>
      request('/training/sets', as, { method: 'POST', body });
    expect((await post('reviewer', THREE_GOLD)).status).toBe(403);
    expect((await post('lead', THREE_GOLD)).status).toBe(403);
    const missing = await post('trainer', {
      ...THREE_GOLD,
      items: [{ ...THREE_GOLD.items[0], source: { kind: 'case-api', caseId: 'C-404' } }],
    });
    expect(missing.status).toBe(422);
    expect(apiErrorSchema.parse(await missing.json()).error.message).toContain(
      'items.0.source.caseId',
    );
    const bad = await post('trainer', {
      ...THREE_GOLD,
      items: [{ ...THREE_GOLD.items[0], expectedAction: '' }],
    });
    expect(bad.status).toBe(422);
    expect(apiErrorSchema.parse(await bad.json()).error.message).toContain(
      'items.0.expectedAction',
    );
    expect((await request('/training/sets', 'reviewer')).status).toBe(403);
  });

  it('lists sets and shows a trainee only the cases assigned, with progress and no answers', async () => {
    const { createSet, assign, request, decide } = trainingApp();
    const set = await createSet();
    expect((await assign(set.id, ['rev-ana'], 'reviewer')).status).toBe(403);
    const assigned = goldSetSchema.parse(
      await (await assign(set.id, ['rev-ana', 'rev-ana', 'new-vendor-7'])).json(),
    );
    expect(assigned.assignments.map((a) => [a.reviewerId, a.reviewerName])).toEqual([
      ['new-vendor-7', 'new-vendor-7'],
      ['rev-ana', 'Ana Reviewer'],
    ]);
    const list = goldSetListSchema.parse(await (await request('/training/sets', 'trainer')).json());
    expect(list.sets).toEqual([
      expect.objectContaining({ id: set.id, itemCount: 3, assigneeCount: 2 }),
    ]);

    await decide(set.items[1]!.caseId);
    const mine = await request('/training/mine', 'reviewer');
    const text = await mine.text();
    expect(text).not.toContain('Phishing link');
    const [mySet] = traineeSetsSchema.parse(JSON.parse(text)).sets;
    expect(mySet!.consoleUrl).toMatch(new RegExp(`/console/training/sets/${set.id}$`));
    expect(
      traineeSetsSchema.parse(JSON.parse(text)).sets[0]!.items.map((i) => i.attempted),
    ).toEqual([false, true, false]);
    const bens = traineeSetsSchema.parse(
      await (await request('/training/mine', 'reviewer2')).json(),
    );
    expect(bens.sets).toEqual([]);
  });

  it('sets live calibration for trainers, refusing an unknown set', async () => {
    const { createSet, request } = trainingApp();
    const set = await createSet();
    const put = (body: unknown, as: 'trainer' | 'reviewer' = 'trainer') =>
      request('/training/calibration', as, { method: 'PUT', body });
    expect((await put({ rate: 0.2, setId: set.id }, 'reviewer')).status).toBe(403);
    expect(await code(await put({ rate: 0.2, setId: 'gs-nope' }))).toBe('invalid_calibration');
    expect(await code(await put({ rate: 0.9, setId: set.id }))).toBe('invalid_calibration');
    expect((await put({ rate: 0.25, setId: set.id })).status).toBe(200);
    expect(await (await request('/training/calibration', 'trainer')).json()).toEqual({
      rate: 0.25,
      setId: set.id,
    });
  });

  it('refuses to assign a set whose every case is disputed, saying why', async () => {
    const { createSet, assign } = trainingApp();
    const set = await createSet({
      ...THREE_GOLD,
      items: THREE_GOLD.items.map((item) => ({ ...item, disputed: true })),
    });
    const refused = await assign(set.id, ['rev-ana']);
    expect(refused.status).toBe(422);
    const { error } = apiErrorSchema.parse(await refused.json());
    expect(error.code).toBe('unassignable_gold_set');
    expect(error.message).toContain('Every case in this set is marked "experts disagree"');
    // One agreed case is enough to score against.
    const mixed = await createSet();
    expect((await assign(mixed.id, ['rev-ana'])).status).toBe(200);
  });

  it('never sends a training console address that is not http(s)', async () => {
    const { createSet, assign, db } = trainingApp();
    const set = await createSet();
    await assign(set.id, ['rev-ana']);
    // The address is built from the origin a request came in on; the shared schema that every
    // answer passes through refuses anything but a web address, with a message saying so.
    for (const origin of [
      'javascript:alert(1)//',
      'chrome-extension://abcdef',
      'data:text/html,x',
    ]) {
      const parsed = traineeSetsSchema.safeParse({ sets: traineeSets(db, 'rev-ana', origin) });
      expect(parsed.success, origin).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/consoleUrl must be an http\(s\) address/);
    }
    const web = traineeSetsSchema.parse({
      sets: traineeSets(db, 'rev-ana', 'https://cases.example'),
    });
    expect(web.sets[0]?.consoleUrl).toMatch(/^https:\/\/cases\.example\/console\/training\/sets\//);
  });
});
