import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { caseSchema } from '../../utils/case/schema';
import { requestFingerprint } from '../decisions/canonical-json';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { consoleDecision } from './console-case-fixtures';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, get, history, server } = useDecisionServer();

const ids = async (path: string) => (await history(path)).map((d) => d.id);

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('console routes for hosted cases, and the older hosted-case routes', () => {
  it('a hosted console names the case API’s own case, through either route', async () => {
    const viaClassic = makeDecision({ caseId: 'C-1003', console: 'classic-console' });
    expect((await post(viaClassic, { console: 'classic-console' })).status).toBe(201);
    expect(await ids('/api/cases/C-1003/decisions')).toEqual([viaClassic.id]);
    expect(await ids('/api/consoles/demo-console/cases/C-1003/decisions')).toEqual([viaClassic.id]);
    const hosted = await get('/api/consoles/classic-console/cases/C-1003', DEMO_TOKENS.reviewer);
    expect(caseSchema.parse(await hosted.json()).id).toBe('C-1003');
    expect(
      (await get('/api/consoles/demo-console/cases/C-nope', DEMO_TOKENS.reviewer)).status,
    ).toBe(404);
  });

  it('a decision keeps its key whichever route it came by (a replay, not a reuse)', async () => {
    const decision = makeDecision({ caseId: 'C-1004' });
    const first = await post(decision, { console: 'demo-console' });
    expect(first.status).toBe(201);
    const again = await post(decision);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
  });

  it('replays a key an older build stored, bound to the path /api/cases/:id/decisions', async () => {
    const decision = makeDecision({ caseId: 'C-1006' });
    const answer = JSON.stringify({ stored: 'by the older build' });
    server()
      .db.prepare(
        `INSERT INTO idempotency_keys (key, user_id, fingerprint, state, reservation,
           reserved_at, status, body) VALUES (?, ?, ?, 'complete', 'r', ?, 201, ?)`,
      )
      .run(
        decision.id,
        DEMO_USERS.reviewer.id,
        requestFingerprint('POST', '/api/cases/C-1006/decisions', decision),
        Date.now(),
        answer,
      );
    const response = await post(decision, { console: 'demo-console' });
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(await response.text()).toBe(answer);
  });

  it('refuses a body whose console or case is not the path’s: 422 case_mismatch', async () => {
    const onRedmine = consoleDecision('redmine', '12');
    const otherConsole = await post(onRedmine, { console: 'zendesk' });
    expect(otherConsole.status).toBe(422);
    expect(await errorOf(otherConsole)).toEqual({
      code: 'case_mismatch',
      message: 'The decision is for a case of console redmine, not zendesk.',
    });
    const otherCase = await post(onRedmine, { console: 'redmine', caseId: '13' });
    expect((await errorOf(otherCase)).code).toBe('case_mismatch');
    // The older route is for hosted cases: it points a console's case to its own route.
    const older = await post(onRedmine);
    expect(older.status).toBe(422);
    expect((await errorOf(older)).message).toContain('/consoles/redmine/cases/12/decisions');
  });

  it('needs a token on every console route', async () => {
    for (const path of [
      '/api/consoles/redmine/cases/4',
      '/api/consoles/redmine/cases/4/decisions',
      '/api/consoles/redmine/accounts/U-1/decisions',
      '/api/case-policy',
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 401 });
    }
  });
});
