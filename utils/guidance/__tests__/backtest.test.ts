import { describe, expect, it } from 'vitest';
import type { RecordedDecision } from '../../decisions/schema';
import { backtest, type BacktestDecision } from '../backtest';
import { toBacktestInput } from '../backtest-input';
import { DEFAULT_GUIDANCE_PACK as current } from '../default-pack';
import type { GuidancePack } from '../schema';

/** The candidate: harassment needs 0.80 instead of 0.60, and a new harassment keyword. */
const candidate: GuidancePack = structuredClone(current);
candidate.version = 2;
candidate.policies[0]!.thresholds.harassment = 0.8;
candidate.signals.push({
  id: 'worthless',
  kind: 'keyword',
  pattern: 'you are worthless',
  policyId: 'harassment',
});

const d = (id: string, decided: string, scores: BacktestDecision['scores'], text?: string) => ({
  id,
  decided,
  scores,
  ...(text ? { items: [{ id: 'm-1', text }] } : {}),
});

// Worked by hand (current → candidate, reviewer):
// d1 h .70: remove → no-action, reviewer remove      (changed; current matched: broken)
// d2 h .65: remove → no-action, reviewer no-action   (changed; fixed)
// d3 h .90: remove → remove, reviewer remove         (both match)
// d4 h/t .60: escalate → escalate, reviewer escalate (both match)
// d5 no scores, no text: none → none, reviewer warn  (no suggestion either side)
// d6 h .30 + "you are worthless": no-action → remove, reviewer remove (changed; fixed)
// d7 h .62: remove → no-action, reviewer warn        (changed; neither matches)
const decisions: BacktestDecision[] = [
  d('d1', 'remove', { harassment: 0.7 }),
  d('d2', 'no-action', { harassment: 0.65 }),
  d('d3', 'remove', { harassment: 0.9 }),
  d('d4', 'escalate', { 'harassment/threatening': 0.6 }),
  d('d5', 'warn', {}),
  d('d6', 'remove', { harassment: 0.3 }, 'honestly, you are worthless'),
  d('d7', 'warn', { harassment: 0.62 }),
];

describe('backtest', () => {
  it('counts changed suggestions, transitions and matches as worked by hand', () => {
    const expected = {
      total: 7,
      changed: 4,
      fixed: 2,
      broken: 1,
      transitions: [
        { from: 'remove', to: 'no-action', count: 3 },
        { from: 'no-action', to: 'remove', count: 1 },
      ],
      current: { version: 1, matches: 3, matchRate: 3 / 7, noSuggestion: 1 },
      candidate: { version: 2, matches: 4, matchRate: 4 / 7, noSuggestion: 1 },
      withText: 1,
      notReplayed: 0,
      examples: [
        { id: 'd1', from: 'remove', to: 'no-action', decided: 'remove' },
        { id: 'd2', from: 'remove', to: 'no-action', decided: 'no-action' },
        { id: 'd6', from: 'no-action', to: 'remove', decided: 'remove' },
        { id: 'd7', from: 'remove', to: 'no-action', decided: 'warn' },
      ],
    };
    const actual = backtest(decisions, current, candidate);
    expect(actual).toEqual(expected);
    // The bookkeeping agrees with itself: net gain in matches = fixed − broken.
    expect(actual.candidate.matches - actual.current.matches).toBe(actual.fixed - actual.broken);
  });

  it('changes nothing when both packs are the same, and handles an empty set', () => {
    const same = backtest(decisions, current, current);
    expect(same).toMatchObject({ changed: 0, transitions: [], examples: [] });
    expect(same.current).toEqual(same.candidate);
    expect(backtest([], current, candidate).current.matchRate).toBeNull();
  });
});

describe('backtest over very large cases', () => {
  // Only the keyword is replayed, so the case's size alone decides the signal's time.
  const before: GuidancePack = { ...current, signals: [] };
  const after: GuidancePack = { ...candidate, signals: candidate.signals.slice(-1) };
  // Every word starts the keyword again, so each item takes the matcher a while (~0.5 ms).
  const filler = 'you are '.repeat(12_500);
  /** 300 items of 100 KB, the hit in the last one: far past the live per-case budget. */
  const big = (id: string): BacktestDecision => ({
    id,
    decided: 'remove',
    scores: { harassment: 0.3 },
    items: Array.from({ length: 300 }, (_, i) => ({
      id: `m-${i}`,
      text: i === 299 ? `${filler} you are worthless` : filler,
    })),
  });

  it('runs every signal to the end of every case rather than undercount', () => {
    const result = backtest([big('d-big')], before, after);
    expect(result).toMatchObject({ total: 1, changed: 1, fixed: 1, notReplayed: 0 });
  }, 60_000);

  it('says when the time limit left decisions out, and counts only those it replayed', () => {
    let clock = 0;
    const ten = Array.from({ length: 10 }, (_, i) =>
      d(`d-${i}`, 'remove', {}, 'you are worthless'),
    );
    const result = backtest(ten, before, after, {
      timeLimitMs: 100,
      now: () => (clock += 7),
    });
    expect(result.notReplayed).toBeGreaterThan(0);
    expect(result.total + result.notReplayed).toBe(10);
    // Every decision replayed is counted whole: each one's keyword hit made it a match.
    expect(result.candidate.matches).toBe(result.total);
  });
});

describe('toBacktestInput', () => {
  const base: RecordedDecision = {
    id: '00000000-0000-4000-8000-000000000000',
    caseId: 'C-1',
    console: 'demo-console',
    reviewerId: 'rev-ana',
    action: 'remove',
    policyIds: [],
    decidedAt: '2026-11-27T10:00:00.000Z',
    handleTimeMs: 1000,
    guidanceVersion: 1,
    agreement: 'agreed',
    mode: 'live',
    receivedAt: '2026-11-27T10:00:01.000Z',
    reviewerName: 'Ana',
    suggestion: {
      action: 'remove',
      policyIds: ['harassment'],
      confidence: 0.8,
      source: 'rules',
      scores: { harassment: 0.7 },
    },
  };

  it('keeps standing live decisions with a snapshot and counts what it skipped', () => {
    const recorded: RecordedDecision[] = [
      base,
      { ...base, id: 'r2', mode: 'training' },
      { ...base, id: 'r3', reversedBy: 'r4' },
      { ...base, id: 'r4', reverses: 'r3' },
      { ...base, id: 'r5', suggestion: undefined },
      { ...base, id: 'r6', caseId: 'C-2', action: 'warn' },
    ];
    const items = new Map([['C-2', [{ id: 'm-1', text: 'hi' }]]]);
    expect(toBacktestInput(recorded, items)).toEqual({
      decisions: [
        { id: base.id, decided: 'remove', scores: { harassment: 0.7 }, items: undefined },
        {
          id: 'r6',
          decided: 'warn',
          scores: { harassment: 0.7 },
          items: [{ id: 'm-1', text: 'hi' }],
        },
      ],
      skipped: { 'not-live': 1, reversed: 1, reversal: 1, 'no-snapshot': 1 },
    });
  });
});
