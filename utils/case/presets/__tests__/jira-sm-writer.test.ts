import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJiraSmStandIn } from '../../../../server/console-stand-ins/jira-sm';
import type { Decision } from '../../../decisions/schema';
import { runWriteback, type RunWriteback } from '../../writer/run';
import { writerSchema } from '../../writer/schema';
import { jiraSmWriterPreset } from '../jira-sm-writer';

// What only Jira has: a status reached through a transition the workflow may not offer.
const context = { actionLabel: 'Remove content', policyTitles: ['Harassment'] };

describe('the Jira Service Management preset', () => {
  const decision: Decision = {
    id: '7d2f0c1a-3b4e-4f5a-9c6d-8e7f6a5b4c3d',
    caseId: 'SUP-4',
    console: 'jira-sm',
    reviewerId: 'rev-1',
    action: 'remove',
    policyIds: ['harassment'],
    decidedAt: '2026-12-07T10:00:00.000Z',
    handleTimeMs: 1000,
    guidanceVersion: 3,
    agreement: 'no-suggestion',
    mode: 'live',
  };
  let jira: Awaited<ReturnType<typeof startJiraSmStandIn>>;
  beforeEach(async () => {
    jira = await startJiraSmStandIn({ port: 0 });
  });
  afterEach(() => jira.close());
  const run = (overrides: Partial<RunWriteback> = {}) =>
    runWriteback({
      writer: writerSchema.parse(jiraSmWriterPreset(jira.url)),
      decision,
      context,
      progress: { next: 0, captured: {} },
      uncertain: false,
      secret: {
        kind: 'basic',
        username: 'agent@example.com',
        password: 'jira-token',
        origin: jira.url,
      },
      ...overrides,
    });

  it('delivers to an issue already resolved: commented and labelled, no transition taken', async () => {
    jira.state.issues.get('SUP-4')!.status = 'Resolved';

    const outcome = await run();

    expect(outcome).toMatchObject({
      kind: 'delivered',
      result: expect.stringMatching(/^comment #\d+$/),
    });
    expect(jira.requests).toContain('GET /rest/api/2/issue/SUP-4/transitions');
    expect(jira.requests).not.toContain('POST /rest/api/2/issue/SUP-4/transitions');
    const issue = jira.state.issues.get('SUP-4')!;
    expect(issue.status).toBe('Resolved');
    expect(issue.labels).toContain('caselight-remove');
    expect(issue.comments.at(-1)!.public).toBe(false);
  });

  // servicedeskapi says `errorMessage` where the platform API says `errorMessages`.
  it('fails a gone request in JSM’s own words', async () => {
    const outcome = await run({ decision: { ...decision, caseId: 'SUP-999' } });
    expect(outcome).toMatchObject({ message: expect.stringContaining('could not be found') });
  });
});
