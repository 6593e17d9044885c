/** One unit's values, one per coder; null or undefined where that coder gave none. */
export type UnitValues<T> = readonly (T | null | undefined)[];

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed, by the
 * coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section C:
 *
 * - a unit with fewer than two values is unpairable and left out;
 * - each ordered pair of values within a unit of mᵤ values adds 1/(mᵤ − 1) to o_ck;
 * - n_c = Σ_k o_ck, n = Σ_c n_c;
 * - α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 *
 * Values are compared with `===`. Returns null when alpha is undefined: fewer than two
 * pairable values, or all pairable values the same (no variation, so expected disagreement is
 * 0 and Krippendorff treats reliability as not assessable; unlike our kappa we do not call
 * that 1, because here no gold answer says the shared value was right).
 */
export function krippendorffAlphaNominal<T>(units: readonly UnitValues<T>[]): number | null {
  // o_ck for c ≠ k only: the nominal formula needs nothing from the diagonal.
  const disagreeing = new Map<T, Map<T, number>>();
  const totals = new Map<T, number>();
  let n = 0;

  for (const unit of units) {
    const values = unit.filter((v): v is T => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [c, nc] of counts) {
      // Each value is paired with the m − 1 others in its unit, each pair weighted 1/(m − 1),
      // so every pairable value contributes exactly 1 to n_c.
      totals.set(c, (totals.get(c) ?? 0) + nc);
      n += nc;
      for (const [k, nk] of counts) {
        if (k === c) continue;
        const row = disagreeing.get(c) ?? new Map<T, number>();
        row.set(k, (row.get(k) ?? 0) + (nc * nk) / (m - 1));
        disagreeing.set(c, row);
      }
    }
  }
  if (n < 2) return null;

  let observed = 0;
  for (const row of disagreeing.values()) for (const o of row.values()) observed += o;
  // Σ_{c≠k} n_c·n_k = n² − Σ_c n_c²
  let squares = 0;
  for (const nc of totals.values()) squares += nc * nc;
  const expected = n * n - squares;
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
