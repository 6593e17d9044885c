import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../utils/case/schema';
import { apiErrorSchema, caseListSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS } from '../index';
import { useServer } from './helpers';

const { get, server } = useServer();
const token = DEMO_TOKENS.reviewer;

describe('GET /api/cases', () => {
  it('needs a bearer token', async () => {
    const response = await get('/api/cases');
    expect(response.status).toBe(401);
    apiErrorSchema.parse(await response.json());
  });

  it('lists every seeded case in a caseListSchema body', async () => {
    const body = caseListSchema.parse(await (await get('/api/cases', token)).json());
    expect(body.cases.length).toBeGreaterThanOrEqual(12);
    expect(body.cases[0]).toMatchObject({ id: 'C-1001', queue: 'Harassment', itemCount: 9 });
  });

  it('filters by status and by queue', async () => {
    const open = caseListSchema.parse(await (await get('/api/cases?status=open', token)).json());
    expect(open.cases.length).toBeGreaterThan(0);
    expect(open.cases.every((c) => c.status === 'open')).toBe(true);

    const path = `/api/cases?queue=${encodeURIComponent('Harassment')}&status=open`;
    const both = caseListSchema.parse(await (await get(path, token)).json());
    expect(both.cases.map((c) => c.id)).toEqual(['C-1001', 'C-1009', 'C-1011']);

    const none = caseListSchema.parse(await (await get('/api/cases?queue=Nope', token)).json());
    expect(none.cases).toEqual([]);
  });
});

describe('GET /api/cases/:id', () => {
  it('returns every listed case as a valid Case pointing at the demo console', async () => {
    const list = caseListSchema.parse(await (await get('/api/cases', token)).json());
    for (const summary of list.cases) {
      const response = await get(`/api/cases/${summary.id}`, token);
      expect(response.status).toBe(200);
      const c = caseSchema.parse(await response.json());
      expect(c.id).toBe(summary.id);
      expect(c.console).toBe('demo-console');
      expect(c.url).toBe(`${server().url}/console/cases/${summary.id}`);
      expect(c.items).toHaveLength(summary.itemCount);
    }
  });

  it('keeps the thread order and makes media URLs absolute', async () => {
    const c = caseSchema.parse(await (await get('/api/cases/C-1012', token)).json());
    expect(c.items.map((item) => item.id)).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5']);
    const media = c.items.flatMap((item) => item.media);
    expect(media).toHaveLength(5);
    for (const m of media) expect(m.url).toMatch(new RegExp(`^${server().url}/console/media/`));
  });

  it('builds the console URL from the origin the request used', async () => {
    const viaLocalhost = server().url.replace('127.0.0.1', 'localhost');
    const response = await fetch(`${viaLocalhost}/api/cases/C-1001`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(caseSchema.parse(await response.json()).url).toBe(
      `${viaLocalhost}/console/cases/C-1001`,
    );
  });

  it('answers 404 with an apiError for an unknown id', async () => {
    const response = await get('/api/cases/C-9999', token);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  });
});
