import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../../decisions/schema';
import type { WriterSecret } from '../../writer/credentials';
import { markerOf } from '../../writer/render';
import { runWriteback, type RunWriteback, type WritebackProgress } from '../../writer/run';
import { writerSchema } from '../../writer/schema';
import { VENDORS, type Harness } from './vendor-stand-ins';

const context = { actionLabel: 'Remove content', policyTitles: ['Harassment'] };
const start: WritebackProgress = { next: 0, captured: {} };

describe.each(VENDORS)('the $name preset against its stand-in', (vendor) => {
  const decision: Decision = {
    id: '0b9e6a43-2a51-4a6f-8a5b-6f3a2d1c0e11',
    caseId: vendor.caseId,
    console: vendor.console,
    reviewerId: 'rev-1',
    action: 'remove',
    policyIds: ['harassment'],
    note: 'Targeted insults.',
    decidedAt: '2026-12-07T10:00:00.000Z',
    handleTimeMs: 1000,
    guidanceVersion: 3,
    agreement: 'no-suggestion',
    mode: 'live',
  };
  let desk: Harness;
  beforeEach(async () => {
    desk = await vendor.start();
  });
  afterEach(() => desk.standIn.close());

  const run = (overrides: Partial<RunWriteback> = {}) =>
    runWriteback({
      writer: writerSchema.parse(desk.writer),
      decision,
      context,
      progress: start,
      uncertain: false,
      secret: desk.secret,
      ...overrides,
    });

  it('is a valid writer, marked as not yet tried against the live service', () => {
    const writer = writerSchema.parse(desk.writer);
    expect(writer.testedAgainst).toBeUndefined();
    expect(writer.auth.kind).toBe('basic');
  });

  it('writes one internal note ending with the marker, the status and the tags', async () => {
    const outcome = await run();

    expect(outcome).toMatchObject({
      kind: 'delivered',
      result: expect.stringMatching(vendor.result),
    });
    expect(desk.notes()).toHaveLength(1);
    expect(desk.notes()[0]).toContain('Targeted insults.');
    expect(desk.notes()[0]!.endsWith(markerOf(decision.id))).toBe(true);
    expect(desk.status()).toBe(vendor.decided.status);
    expect(desk.tags()).toEqual(vendor.decided.tags);
  });

  it('sets the status the preset gives an escalation', async () => {
    await run({ decision: { ...decision, action: 'escalate' } });
    expect(desk.status()).toBe(vendor.escalated);
  });

  it('does not write the note twice when a retry finds its marker (written, then a 500)', async () => {
    desk.standIn.fail(1, 500, { afterWrite: true });
    const first = await run();
    expect(first).toMatchObject({ kind: 'retry', status: 500, uncertain: true });

    const { progress } = first as { progress: WritebackProgress };
    const second = await run({ progress, uncertain: true });

    expect(second).toMatchObject({
      kind: 'delivered',
      result: expect.stringMatching(vendor.result),
    });
    expect(desk.notes()).toHaveLength(1);
    expect(desk.status()).toBe(vendor.decided.status);
    expect(desk.tags()).toEqual(vendor.decided.tags);
  });

  it('asks for the credentials again when the console refuses them', async () => {
    const secret = { ...desk.secret, username: 'nobody', password: 'wrong' } as WriterSecret;
    const outcome = await run({ secret });
    expect(outcome).toMatchObject({ kind: 'needs-sign-in', status: 401 });
    expect(desk.notes()).toHaveLength(0);
  });

  it('keeps the wait a 429 asks for, and writes nothing', async () => {
    desk.standIn.fail(1, 429, { retryAfter: 7 });
    const outcome = await run();
    expect(outcome).toMatchObject({
      kind: 'retry',
      status: 429,
      serverWaitMs: 7000,
      uncertain: false,
    });
    expect(desk.notes()).toHaveLength(0);
  });

  it('fails a gone ticket with a 404, in the console’s words where the engine reads them', async () => {
    const outcome = await run({ decision: { ...decision, caseId: '999' } });
    expect(outcome).toMatchObject({ kind: 'failed', status: 404 });
    expect(outcome).toMatchObject({ message: expect.stringContaining('the ticket may be gone') });
    expect(outcome).toMatchObject({ message: expect.stringContaining(vendor.notFound) });
  });

  it('fails a write the console refuses, in its words', async () => {
    const { change, action = 'remove', status, words } = vendor.broken;
    const writer = writerSchema.parse({ ...desk.writer, ...change });
    const outcome = await run({ writer, decision: { ...decision, action } });
    expect(outcome).toMatchObject({ kind: 'failed', status });
    expect(outcome).toMatchObject({ message: expect.stringContaining(words) });
  });

  it('writes a reversal: a note and the status back, removing nothing', async () => {
    await run();
    const reversal = {
      ...decision,
      id: '5c1f7b7e-7f0e-4a8e-9d7a-2f9b4b0c9d21',
      reverses: decision.id,
    };
    const outcome = await run({ decision: reversal });

    expect(outcome.kind).toBe('delivered');
    expect(desk.notes()).toHaveLength(2);
    expect(desk.notes()[1]).toContain(`decision ${decision.id} was reversed`);
    expect(desk.notes()[1]!.endsWith(markerOf(reversal.id))).toBe(true);
    expect(desk.status()).toBe(vendor.reversed);
    expect(desk.tags()).toEqual(vendor.decided.tags);
  });
});
