import { describe, expect, it } from 'vitest';
import { qaQueueSchema } from '../../../utils/qa/result-schema';
import { caseSnapshotSchema } from '../../../utils/qa/snapshot-schema';
import { consoleDecision, makeCaseRecord, SPAM_ITEMS } from '../../__tests__/console-case-fixtures';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { useQaServer } from './qa-helpers';

/** The case snapshot a sampled decision was made on: who may open it, and when there is one. */

const DAY_MS = 24 * 60 * 60 * 1000;
const keeping = useQaServer({ keepCaseText: true, caseTextRetentionDays: 7 });
const notKeeping = useQaServer();
const { lead, qa } = DEMO_TOKENS;

const withText = (caseId: string) =>
  consoleDecision('redmine', caseId, {
    note: 'ORIGINAL-NOTE',
    caseRecord: { ...makeCaseRecord('redmine', caseId), items: SPAM_ITEMS },
  });

async function sampled(server: typeof keeping, caseId: string) {
  const live = await server.decide(withText(caseId));
  await server.call('PUT', '/qa/rules', lead, { defaultPercent: 100 });
  await server.call('POST', '/qa/sample', lead, {});
  return live;
}

const queueState = async (server: typeof keeping, decisionId: string) =>
  qaQueueSchema
    .parse((await server.call('GET', '/qa/queue', qa)).json)
    .items.find((item) => item.decisionId === decisionId)?.snapshot;

describe('GET /qa/samples/:id/snapshot', () => {
  it('serves the stored text to QA reviewers, leads and admins, without the decision', async () => {
    const live = await sampled(keeping, '41');
    for (const token of [qa, lead, DEMO_TOKENS.admin]) {
      const answer = await keeping.call('GET', `/qa/samples/${live.id}/snapshot`, token);
      expect(answer.status).toBe(200);
      const snapshot = caseSnapshotSchema.parse(answer.json);
      expect(snapshot).toMatchObject({ caseId: '41', console: 'redmine', items: SPAM_ITEMS });
      expect(snapshot.takenAt).toBe(keeping.clock.now().toISOString());
      // Blind: it may be opened before the QA reviewer's own decision.
      expect(JSON.stringify(answer.json)).not.toMatch(/ORIGINAL-NOTE|"action"|remove/);
    }
    expect(await queueState(keeping, live.id)).toBe('kept');
  });

  it('never serves it to the original reviewer, their peers or a vendor manager', async () => {
    const live = await sampled(keeping, '42');
    const { reviewer, reviewer2, vendor, trainer } = DEMO_TOKENS;
    for (const token of [reviewer, reviewer2, vendor, trainer]) {
      const answer = await keeping.call('GET', `/qa/samples/${live.id}/snapshot`, token);
      expect(answer.status).toBe(403);
    }
  });

  it('refuses a decision that is not sampled', async () => {
    const unsampled = await keeping.decide(withText('43'));
    const answer = await keeping.call('GET', `/qa/samples/${unsampled.id}/snapshot`, qa);
    expect(answer).toMatchObject({ status: 404, json: { error: { code: 'not_found' } } });
  });

  it('says why there is none: not kept by the team, purged, the case changed, or hosted', async () => {
    const notKept = await sampled(notKeeping, '44');
    expect(await queueState(notKeeping, notKept.id)).toBe('not-kept');
    const refused = await notKeeping.call('GET', `/qa/samples/${notKept.id}/snapshot`, qa);
    expect(refused).toMatchObject({ status: 404, json: { error: { code: 'snapshot_not_kept' } } });

    const changed = await sampled(keeping, '45');
    const later = makeCaseRecord('redmine', '45', { contentHash: 'f'.repeat(64) });
    await keeping.decide(
      consoleDecision('redmine', '45', {
        mode: 'qa',
        reviewerId: DEMO_USERS.qa.id,
        caseRecord: { ...later, items: [{ ...SPAM_ITEMS[0]!, text: 'edited since' }] },
      }),
      qa,
    );
    expect(await queueState(keeping, changed.id)).toBe('gone');

    const hosted = await keeping.decide({ caseId: 'C-1003' });
    await keeping.call('POST', '/qa/sample', lead, {});
    expect(await queueState(keeping, hosted.id)).toBe('hosted');

    const purged = await sampled(keeping, '46');
    keeping.clock.advance(8 * DAY_MS);
    expect(await queueState(keeping, purged.id)).toBe('gone');
    const gone = await keeping.call('GET', `/qa/samples/${purged.id}/snapshot`, qa);
    expect(gone).toMatchObject({ status: 404, json: { error: { code: 'snapshot_gone' } } });
  });
});
