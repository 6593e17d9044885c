import { describe, expect, it } from 'vitest';
import { slaTodaySchema } from '../../../utils/ops/sla-schema';
import { DEMO_TOKENS } from '../../index';
import { useQaServer } from '../../qa/__tests__/qa-helpers';

const { call, decide } = useQaServer();

const record = (queue: string, slaDueAt: string) => ({
  url: 'https://support.example/tickets/1',
  queue,
  slaDueAt,
  contentHash: 'b'.repeat(64),
  itemCount: 1,
  adapter: { id: 'zendesk', version: '1' },
});

describe('GET /api/ops/sla-today', () => {
  it("counts the queue's cases decided after their SLA since the time asked, on that console", async () => {
    const decided = '2025-03-01T10:00:00.000Z';
    const cases = [
      ['Z-1', 'Scams', '2025-03-01T09:00:00.000Z'], // breached
      ['Z-2', 'Scams', '2025-03-01T09:59:59+00:00'], // breached, offset form
      ['Z-3', 'Scams', '2025-03-01T11:00:00.000Z'], // in time
      ['Z-4', 'Spam', '2025-03-01T09:00:00.000Z'], // another queue
    ] as const;
    for (const [caseId, queue, due] of cases) {
      await decide({
        console: 'zendesk',
        caseId,
        decidedAt: decided,
        caseRecord: record(queue, due),
      });
    }
    await decide({
      console: 'zendesk',
      caseId: 'Z-5',
      decidedAt: '2025-02-28T10:00:00.000Z',
      caseRecord: record('Scams', '2025-02-28T09:00:00.000Z'),
    });
    const ask = async (consoleId: string) => {
      const query = new URLSearchParams({
        console: consoleId,
        queue: 'Scams',
        since: '2025-03-01T00:00:00.000Z',
      });
      const answer = await call('GET', `/ops/sla-today?${query}`, DEMO_TOKENS.reviewer);
      expect(answer.status).toBe(200);
      return slaTodaySchema.parse(answer.json);
    };
    expect(await ask('zendesk')).toEqual(
      expect.objectContaining({ queue: 'Scams', decided: 3, breached: 2 }),
    );
    expect(await ask('freshdesk')).toEqual(expect.objectContaining({ decided: 0, breached: 0 }));
    const bad = await call('GET', '/ops/sla-today?console=zendesk', DEMO_TOKENS.reviewer);
    expect(bad.status).toBe(400);
  });
});
