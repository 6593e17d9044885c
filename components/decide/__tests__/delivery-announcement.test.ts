import { expect, it } from 'vitest';
import { makeDecision, recorded } from '../../../utils/decisions/__tests__/fixtures';
import { OUTBOX_ENTRY_VERSION, type OutboxEntry } from '../../../utils/decisions/outbox-entry';
import { deliveryAnnouncements } from '../delivery-announcement';

const entry = (change: Partial<OutboxEntry>): OutboxEntry => ({
  v: OUTBOX_ENTRY_VERSION,
  decision: makeDecision({ action: 'remove' }),
  state: 'queued',
  createdAt: 1,
  notBefore: 0,
  nextAttemptAt: 0,
  attempts: 0,
  writebacks: [],
  ...change,
});
const label = (e: OutboxEntry) => (e.decision.action === 'remove' ? 'Remove content' : 'Warn user');

it('says the newest decision’s state politely, without countdowns', () => {
  const expected = [
    'Remove content: queued. Undo is possible until it is sent.',
    'Remove content: delivered.',
    'Remove content: not delivered yet, retrying. The case API answered 500; retrying.',
  ];
  const actual = [
    entry({ notBefore: 99_999 }),
    entry({ state: 'delivered' }),
    entry({
      attempts: 2,
      lastError: { status: 500, message: 'The case API answered 500; retrying.', at: 0 },
    }),
  ].map((e) => deliveryAnnouncements([e], label));
  expect(actual.map((a) => a.polite)).toEqual(expected);
  expect(actual.map((a) => a.urgent)).toEqual([undefined, undefined, undefined]);
});

it('speaks the newest one when there are several', () => {
  const older = entry({ state: 'delivered', createdAt: 1 });
  const newer = entry({ decision: makeDecision({ action: 'warn' }), createdAt: 2 });
  expect(deliveryAnnouncements([newer, older], label).polite).toBe(
    'Warn user: queued. Undo is possible until it is sent.',
  );
});

it('says every decision that needs the reviewer urgently, with the reason', () => {
  const refused = entry({
    state: 'failed',
    createdAt: 2,
    lastError: { status: 422, message: 'The case API refused the decision (422): no.', at: 0 },
  });
  const conflict = entry({
    decision: makeDecision({ action: 'warn' }),
    state: 'conflict',
    conflictWith: recorded({ reviewerName: 'Ben Okafor' }),
  });
  const actual = deliveryAnnouncements([conflict, refused], label);
  expect(actual.urgent).toBe(
    'Warn user: not sent: Ben Okafor decided this case first. ' +
      'Remove content: failed. The case API refused the decision (422): no.',
  );
  // The newest is stuck: it is said once, urgently, not politely as well.
  expect(actual.polite).toBeUndefined();
});

it('says nothing when there is no decision', () => {
  expect(deliveryAnnouncements([], label)).toEqual({ polite: undefined, urgent: undefined });
});
