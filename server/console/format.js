// @ts-check
/**
 * Human time formatting for the console: absolute times in the viewer's locale and zone,
 * plus short relative durations ("in 45 min", "overdue by 2 h 10 min") for SLAs.
 */

const absolute = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const short = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** @param {string} iso */
export function formatDateTime(iso) {
  return absolute.format(new Date(iso));
}

/** @param {string} iso */
export function formatShort(iso) {
  return short.format(new Date(iso));
}

/**
 * A duration as "3 d 4 h", "2 h 10 min" or "45 min" (two units at most, like most queues).
 * @param {number} ms
 */
export function formatDuration(ms) {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/**
 * "3 h ago" / "in 20 min".
 * @param {string} iso
 * @param {number} [now]
 */
export function formatRelative(iso, now = Date.now()) {
  const delta = new Date(iso).getTime() - now;
  return delta < 0 ? `${formatDuration(delta)} ago` : `in ${formatDuration(delta)}`;
}

/**
 * SLA state for styling and text: overdue, due within two hours, or fine.
 * @param {string} iso
 * @param {number} [now]
 * @returns {{ state: 'overdue' | 'soon' | 'ok', text: string }}
 */
export function slaStatus(iso, now = Date.now()) {
  const delta = new Date(iso).getTime() - now;
  if (delta < 0) return { state: 'overdue', text: `overdue by ${formatDuration(delta)}` };
  return { state: delta < 2 * 3_600_000 ? 'soon' : 'ok', text: `due in ${formatDuration(delta)}` };
}
