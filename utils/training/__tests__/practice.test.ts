import { describe, expect, it } from 'vitest';
import { practiceCaseIn } from '../practice';
import type { TraineeSet } from '../schema';

const set = (id: string, cases: [string, boolean][]): TraineeSet => ({
  id,
  title: `Set ${id}`,
  description: '',
  assignedAt: '2026-11-27T10:00:00.000Z',
  items: cases.map(([caseId, attempted], position) => ({ caseId, position, attempted })),
});

describe('practiceCaseIn', () => {
  const sets = [
    set('a', [
      ['C-1', true],
      ['C-2', false],
    ]),
    set('b', [['C-3', false]]),
  ];

  it('places the case in its set with progress', () => {
    expect(practiceCaseIn(sets, 'C-2')).toEqual({
      setId: 'a',
      setTitle: 'Set a',
      position: 2,
      total: 2,
      done: 1,
      attempted: false,
    });
    expect(practiceCaseIn(sets, 'C-1')?.attempted).toBe(true);
    expect(practiceCaseIn(sets, 'C-3')?.setId).toBe('b');
  });

  it('answers null for a case that is not assigned (a live case)', () => {
    expect(practiceCaseIn(sets, 'C-1001')).toBeNull();
    expect(practiceCaseIn([], 'C-1')).toBeNull();
  });
});
