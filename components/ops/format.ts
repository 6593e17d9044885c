/** How the dashboard writes its figures; CSV exports keep the raw numbers instead. */

export const seconds = (ms: number | null): string =>
  ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`;

export const percent = (rate: number | null): string =>
  rate === null ? '–' : `${(rate * 100).toFixed(1)}%`;

export const score = (value: number | null): string => (value === null ? '–' : value.toFixed(1));

/** Midnight UTC `days` before today's, as ISO; the window ends at tomorrow's midnight. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = 86_400_000;
  return {
    from: new Date(today - (days - 1) * day).toISOString(),
    to: new Date(today + day).toISOString(),
  };
}
