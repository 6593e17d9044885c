import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../decisions/schema';
import { redmineWriterPreset } from '../../presets/redmine-writer';
import { markerOf } from '../render';
import { runWriteback, type RunWriteback, type WritebackProgress } from '../run';
import { writerSchema } from '../schema';
import { startTicketConsole, type TicketConsole } from './ticket-console';

const decision: Decision = {
  id: '0b9e6a43-2a51-4a6f-8a5b-6f3a2d1c0e11',
  caseId: '4',
  console: 'redmine',
  reviewerId: 'rev-1',
  action: 'remove',
  policyIds: ['harassment'],
  note: 'Targeted insults.\nSecond line.',
  decidedAt: '2026-12-07T10:00:00.000Z',
  handleTimeMs: 1000,
  guidanceVersion: 3,
  agreement: 'no-suggestion',
  mode: 'live',
};
const context = { actionLabel: 'Remove content', policyTitles: ['Harassment'] };
const start: WritebackProgress = { next: 0, captured: {} };

let ticketConsole: TicketConsole;
beforeEach(async () => {
  ticketConsole = await startTicketConsole();
});
afterEach(() => ticketConsole.close());

function input(overrides: Partial<RunWriteback> = {}): RunWriteback {
  return {
    writer: writerSchema.parse(redmineWriterPreset(ticketConsole.url)),
    decision,
    context,
    progress: start,
    uncertain: false,
    secret: { kind: 'token', token: 'test-key', origin: ticketConsole.url },
    ...overrides,
  };
}

describe('runWriteback against a Redmine-shaped API', () => {
  it('writes the note with its marker and the status by name, and reads the note id back', async () => {
    const outcome = await runWriteback(input());

    expect(outcome).toMatchObject({ kind: 'delivered', result: 'note #100' });
    const [journal] = ticketConsole.journals.get('4')!;
    expect(journal!.notes).toContain('Caselight decision: Remove content');
    expect(journal!.notes).toContain('Targeted insults.\nSecond line.');
    expect(journal!.notes.endsWith(markerOf(decision.id))).toBe(true);
    expect(ticketConsole.statusOf.get('4')).toBe(3);
  });

  it('does not post the note again when a retry finds its marker (written, then a 500)', async () => {
    ticketConsole.fail(1, 500, { afterWrite: true });
    const first = await runWriteback(input());
    expect(first).toMatchObject({ kind: 'retry', status: 500, uncertain: true });

    const second = await runWriteback(
      input({ progress: (first as { progress: WritebackProgress }).progress, uncertain: true }),
    );

    expect(second).toMatchObject({ kind: 'delivered', result: 'note #100' });
    expect(ticketConsole.journals.get('4')).toHaveLength(1);
  });

  it('resumes after the requests already sent', async () => {
    const outcome = await runWriteback(
      input({ progress: { next: 1, captured: { 'statuses.id': 6 } } }),
    );

    expect(outcome.kind).toBe('delivered');
    expect(ticketConsole.requests.filter((r) => r.startsWith('GET /issue_statuses'))).toHaveLength(
      0,
    );
    expect(ticketConsole.statusOf.get('4')).toBe(6);
  });

  it('waits for sign-in on 401 and names the writer', async () => {
    const outcome = await runWriteback(
      input({ secret: { kind: 'token', token: 'wrong', origin: ticketConsole.url } }),
    );
    expect(outcome.kind).toBe('needs-sign-in');
    expect(outcome).toMatchObject({
      message: expect.stringContaining('check the credentials of "Redmine"'),
    });
  });

  it('refuses credentials saved for another origin', async () => {
    const outcome = await runWriteback(
      input({ secret: { kind: 'token', token: 'test-key', origin: 'http://elsewhere.test' } }),
    );
    expect(outcome).toMatchObject({
      kind: 'needs-sign-in',
      message: expect.stringContaining('were saved for http://elsewhere.test'),
    });
    expect(ticketConsole.requests).toHaveLength(0);
  });

  it('keeps the server wait of a 429', async () => {
    ticketConsole.fail(1, 429, { retryAfter: 7 });
    const outcome = await runWriteback(input());
    expect(outcome).toMatchObject({
      kind: 'retry',
      status: 429,
      serverWaitMs: 7000,
      uncertain: false,
    });
  });

  it("fails a gone ticket with the console's own words", async () => {
    const outcome = await runWriteback(input({ decision: { ...decision, caseId: '99' } }));
    expect(outcome).toMatchObject({
      kind: 'failed',
      status: 404,
      message: expect.stringContaining('Not found'),
    });
    expect(outcome).toMatchObject({ message: expect.stringContaining('the ticket may be gone') });
  });

  it('fails with the path named when a status the writer names does not exist', async () => {
    const writer = writerSchema.parse({
      ...redmineWriterPreset(ticketConsole.url),
      vars: { status: 'Archived' },
    });
    const outcome = await runWriteback(input({ writer }));
    expect(outcome).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('issue_statuses[name=Archived].id'),
    });
    expect(ticketConsole.journals.get('4')).toHaveLength(0);
  });

  it('cuts a note over the limit with a visible mark and keeps the marker', async () => {
    const writer = writerSchema.parse({
      ...redmineWriterPreset(ticketConsole.url),
      note: { template: '{{decision.note}}', maxChars: 1000 },
    });
    const outcome = await runWriteback(
      input({ writer, decision: { ...decision, note: 'x'.repeat(3000) } }),
    );

    expect(outcome.kind).toBe('delivered');
    const notes = ticketConsole.journals.get('4')![0]!.notes;
    expect(notes.length).toBeLessThanOrEqual(1000);
    expect(notes).toMatch(/\[cut by Caselight: \d+ of 3000 characters not shown\]/);
    expect(notes.endsWith(markerOf(decision.id))).toBe(true);
  });

  it('writes a reversal with its own plan', async () => {
    const reversal = {
      ...decision,
      id: '5c1f7b7e-7f0e-4a8e-9d7a-2f9b4b0c9d21',
      reverses: decision.id,
    };
    const outcome = await runWriteback(input({ decision: reversal }));

    expect(outcome.kind).toBe('delivered');
    expect(ticketConsole.journals.get('4')![0]!.notes).toContain(
      `decision ${decision.id} was reversed`,
    );
    expect(ticketConsole.statusOf.get('4')).toBe(2);
  });

  it("runs the escalating action's own plan: the console's escalation request", async () => {
    const escalation: Decision = {
      ...decision,
      id: '7d2a9c51-3b8e-4f1a-9c6d-5e4b3a2f1d09',
      action: 'escalate-self-harm',
      checklists: [
        {
          playbookId: 'self-harm-escalation',
          guidanceVersion: 3,
          required: true,
          stepsDone: [0, 1, 2, 3],
          stepCount: 4,
        },
      ],
    };
    const outcome = await runWriteback(input({ decision: escalation }));

    expect(outcome.kind).toBe('delivered');
    // The preset's plan for escalations moves the ticket to In Progress, not Resolved.
    expect(ticketConsole.statusOf.get('4')).toBe(2);
    expect(ticketConsole.journals.get('4')![0]!.notes.endsWith(markerOf(escalation.id))).toBe(true);
  });
});
