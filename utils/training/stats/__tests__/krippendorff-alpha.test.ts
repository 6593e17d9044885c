import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../krippendorff-alpha';

/** Rows are coders, as printed in the paper; the function takes units × coders. */
const byUnit = <T>(coders: (T | null)[][]): (T | null | undefined)[][] =>
  (coders[0] ?? []).map((_, unit) => coders.map((row) => row[unit]));

const _ = null;

describe('Krippendorff’s alpha (nominal)', () => {
  // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
  // Communication, University of Pennsylvania. Section C, "Nominal data, any number of
  // observers, missing values": 4 observers × 12 units, values 1–5, * = missing; α = 0.743.
  it('matches Krippendorff (2011) section C, 4 observers with missing values (α = 0.743)', () => {
    const observers = [
      /* A */ [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      /* B */ [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      /* C */ [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      /* D */ [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    expect(krippendorffAlphaNominal(byUnit(observers))).toBeCloseTo(0.743, 3);
  });

  // Same source, section A, "Binary or dichotomous data, two observers, no missing data":
  // α = 1 − (20 − 1) · 4 / (14 · 6) = 0.095.
  it('matches Krippendorff (2011) section A, binary data (α = 0.095)', () => {
    const observers = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    expect(krippendorffAlphaNominal(byUnit(observers))).toBeCloseTo(0.095, 3);
  });

  // Same source, section B, "Nominal data, two observers, no missing data": α = 0.692.
  it('matches Krippendorff (2011) section B, nominal data two observers (α = 0.692)', () => {
    const observers = [
      ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
      ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
    ];
    expect(krippendorffAlphaNominal(byUnit(observers))).toBeCloseTo(0.692, 3);
  });

  it('is 1 for perfect agreement, with missing values and unpairable units', () => {
    const units = [
      ['remove', 'remove', 'remove'],
      ['keep', _, 'keep'],
      ['escalate', 'escalate', _],
      ['keep', _, _],
    ];
    expect(krippendorffAlphaNominal(units)).toBe(1);
  });

  // Every unit splits one-one between two labels used equally often: o_ab = o_ba = 4 over
  // 4 units, n = 8, α = 1 − 7 · 8 / (64 − 32) = −0.75, systematic disagreement.
  it('is negative when coders disagree systematically', () => {
    const units = [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
      ['b', 'a'],
    ];
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(-0.75, 10);
  });

  it('is undefined (null) without variation or without two pairable values', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a', 'a'],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', _],
        [_, 'b'],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });
});
