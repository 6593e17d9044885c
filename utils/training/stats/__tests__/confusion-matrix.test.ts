import { describe, expect, it } from 'vitest';
import { cellCount, confusionMatrix, matrixTotals } from '../confusion-matrix';

describe('confusion matrix', () => {
  it('counts expected × given with labels in a stable order', () => {
    const matrix = confusionMatrix([
      { expected: 'remove', given: 'remove' },
      { expected: 'remove', given: 'keep' },
      { expected: 'escalate', given: 'remove' },
      { expected: 'keep', given: 'keep' },
      { expected: 'remove', given: 'keep' },
    ]);
    expect(matrix.labels).toEqual(['escalate', 'keep', 'remove']);
    expect(matrix.counts).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [0, 2, 1],
    ]);
    expect(cellCount(matrix, 'remove', 'keep')).toBe(2);
    expect(cellCount(matrix, 'keep', 'unknown')).toBe(0);
    expect(matrixTotals(matrix)).toEqual({ total: 5, agreed: 2 });
  });

  it('keeps labels given up front even when no pair uses them', () => {
    const matrix = confusionMatrix([{ expected: 'b', given: 'b' }], ['c', 'a']);
    expect(matrix.labels).toEqual(['a', 'b', 'c']);
    expect(matrix.counts).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
  });

  it('gives the same order whatever order the pairs come in', () => {
    const pairs = [
      { expected: 'Z', given: 'a' },
      { expected: 'a', given: 'É' },
    ];
    expect(confusionMatrix(pairs)).toEqual(confusionMatrix(pairs.toReversed()));
    expect(confusionMatrix(pairs).labels).toEqual(['Z', 'a', 'É']);
  });

  it('is empty for no pairs', () => {
    expect(confusionMatrix([])).toEqual({ labels: [], counts: [] });
  });
});
