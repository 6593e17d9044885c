import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casePolicySchema } from '../../utils/case-api/schema';
import { consoleCaseSchema } from '../../utils/decisions/schema';
import { startCaseTextSweep } from '../cases/case-text-sweep';
import { DEMO_TOKENS, startCaseApi } from '../index';
import { consoleDecision, makeCaseRecord, SPAM_ITEMS } from './console-case-fixtures';
import { manualClock, useDecisionServer } from './decision-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const dir = mkdtempSync(join(tmpdir(), 'caselight-case-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clock = manualClock();
const keeping = useDecisionServer({
  clock: clock.now,
  keepCaseText: true,
  caseTextRetentionDays: 7,
  dbPath: join(dir, 'keeping.db'),
});
const notKeeping = useDecisionServer();

/** A decision carrying the case's text, as the extension sends it when the team keeps it. */
const withText = (caseId: string, record = makeCaseRecord('redmine', caseId)) =>
  consoleDecision('redmine', caseId, { caseRecord: { ...record, items: SPAM_ITEMS } });

const storedItems = (server: typeof keeping, caseId: string) =>
  server
    .server()
    .db.prepare("SELECT items FROM console_cases WHERE console = 'redmine' AND case_id = ?")
    .pluck()
    .get(caseId);

async function knownCase(server: typeof keeping, caseId: string) {
  const response = await server.get(`/api/consoles/redmine/cases/${caseId}`, DEMO_TOKENS.reviewer);
  return consoleCaseSchema.parse(await response.json());
}

describe('case text, when the team does not keep it (the default)', () => {
  it('says so, stores none of it, and keeps it out of the decision', async () => {
    const policy = await notKeeping.get('/api/case-policy', DEMO_TOKENS.reviewer);
    expect(casePolicySchema.parse(await policy.json())).toEqual({
      unknownCases: 'accept',
      keepCaseText: false,
    });
    const decision = withText('4');
    expect((await notKeeping.post(decision, { console: 'redmine' })).status).toBe(201);
    expect(storedItems(notKeeping, '4')).toBeNull();
    expect((await knownCase(notKeeping, '4')).items).toBeUndefined();
    const [recorded] = await notKeeping.history('/api/consoles/redmine/cases/4/decisions');
    expect(recorded?.caseRecord?.items).toBeUndefined();
    expect(
      JSON.stringify(notKeeping.server().db.prepare('SELECT * FROM decisions').all()),
    ).not.toContain(SPAM_ITEMS[0]!.text);
  });
});

describe('case text, when the team keeps it for 7 days', () => {
  it('says so at GET /api/case-policy', async () => {
    const policy = await keeping.get('/api/case-policy', DEMO_TOKENS.reviewer);
    expect(casePolicySchema.parse(await policy.json())).toEqual({
      unknownCases: 'accept',
      keepCaseText: true,
      retentionDays: 7,
    });
  });

  it('stores it with the case, not in the append-only decision, and serves it until it expires', async () => {
    expect((await keeping.post(withText('4'), { console: 'redmine' })).status).toBe(201);
    const known = await knownCase(keeping, '4');
    expect(known.items?.map((i) => i.text)).toEqual([SPAM_ITEMS[0]!.text]);
    expect(known.itemsExpireAt).toBe(new Date(clock.now().getTime() + 7 * DAY_MS).toISOString());
    const [recorded] = await keeping.history('/api/consoles/redmine/cases/4/decisions');
    expect(recorded?.caseRecord?.items).toBeUndefined();

    clock.advance(7 * DAY_MS);
    // Expired text is never served, whether or not a sweep took it off the disk yet.
    expect((await knownCase(keeping, '4')).items).toBeUndefined();
    expect(storedItems(keeping, '4')).not.toBeNull();
  });

  it('drops text of an older version when a decision reads a changed case without text', async () => {
    expect((await keeping.post(withText('5'), { console: 'redmine' })).status).toBe(201);
    const changed = makeCaseRecord('redmine', '5', { contentHash: 'b'.repeat(64) });
    const decision = consoleDecision('redmine', '5', { caseRecord: changed, mode: 'qa' });
    expect((await keeping.post(decision, { console: 'redmine' })).status).toBe(201);
    expect(storedItems(keeping, '5')).toBeNull();
    expect((await knownCase(keeping, '5')).contentHash).toBe('b'.repeat(64));
  });

  it('purges expired text every hour, and at start', async () => {
    expect((await keeping.post(withText('6'), { console: 'redmine' })).status).toBe(201);
    clock.advance(7 * DAY_MS);
    const stop = startCaseTextSweep(keeping.server().db, {
      clock: clock.now,
      keepCaseText: true,
      everyMs: 5,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(storedItems(keeping, '6')).toBeNull();

    expect((await keeping.post(withText('7'), { console: 'redmine' })).status).toBe(201);
    clock.advance(DAY_MS);
    expect((await keeping.post(withText('8'), { console: 'redmine' })).status).toBe(201);
    await keeping.server().close();
    // Case 7's week is over by then, case 8's (a day younger) is not.
    const restartClock = () => new Date(clock.now().getTime() + 6.5 * DAY_MS);
    const restarted = await startCaseApi({
      demo: true,
      dbPath: join(dir, 'keeping.db'),
      keepCaseText: true,
      caseTextRetentionDays: 7,
      clock: restartClock,
    });
    try {
      const items = restarted.db
        .prepare("SELECT items FROM console_cases WHERE case_id = '7'")
        .pluck()
        .get();
      expect(items).toBeNull();
      const kept = "SELECT COUNT(*) FROM console_cases WHERE items IS NOT NULL AND case_id = '8'";
      expect(restarted.db.prepare(kept).pluck().get()).toBe(1);
      // Text kept under a setting the team has since turned off goes at the next start.
      await restarted.close();
      const textOff = await startCaseApi({
        demo: true,
        dbPath: join(dir, 'keeping.db'),
        clock: restartClock,
      });
      expect(textOff.db.prepare(kept).pluck().get()).toBe(0);
      await textOff.close();
    } finally {
      await restarted.close();
    }
  });
});
