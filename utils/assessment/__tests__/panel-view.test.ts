import { expect, test } from 'vitest';
import type { Assessment } from '../schema';
import { forPanel } from '../panel-view';

const assessment = {
  caseId: 'C-1',
  itemScores: {
    'm-1': { harassment: 0.0003, violence: 0.0001 },
    'm-2': { harassment: 0.82, violence: 0.01 },
    'm-3': { harassment: 0.001 },
    'm-4': { violence: 0.05 },
  },
  injectionSuspected: ['m-3'],
  categories: { harassment: { score: 0.82, itemIds: ['m-2'] } },
} as unknown as Assessment;

test('the panel gets the scores of messages it can show, and everything else unchanged', () => {
  const view = forPanel(assessment);
  // m-1 is noise; m-3 is kept for its injection flag, m-4 sits on the floor.
  expect(Object.keys(view.itemScores)).toEqual(['m-2', 'm-3', 'm-4']);
  expect(view.itemScores['m-2']).toEqual(assessment.itemScores['m-2']);
  expect({ ...view, itemScores: assessment.itemScores }).toEqual(assessment);
  expect(Object.keys(assessment.itemScores)).toHaveLength(4); // not changed in place
});
