/** Shown wherever a metric cannot be computed yet (nothing done, no variation). */
export const NONE = '—';

export const formatPercent = (share: number | null) =>
  share === null ? NONE : `${Math.round(share * 100)}%`;

export const formatKappa = (value: number | null) => (value === null ? NONE : value.toFixed(2));

/**
 * Krippendorff's own reading (Content Analysis, 2004): rely on data with α ≥ 0.800, draw
 * only tentative conclusions from 0.667 to 0.800, and discard the rest.
 */
export function alphaMeaning(alpha: number | null): string {
  if (alpha === null) return 'not measurable yet (too few overlapping answers, or no variation)';
  if (alpha >= 0.8) return 'reliable: trainees decide these cases alike';
  if (alpha >= 0.667) return 'tentative: trainees agree often, not yet consistently';
  return 'unreliable: trainees often decide these cases differently';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `training-<set id>-<yyyy-mm-dd>.csv`, the date local to the trainer. */
export function csvFileName(setId: string, now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  // Set ids come from the case API; keep the name safe for any file system.
  return `training-${setId.replace(/[^\w.-]+/g, '-')}-${date}.csv`;
}
