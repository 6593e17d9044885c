import type { CaseField, Party } from '../../utils/case/schema';

export const FIELD_LABELS: Record<CaseField, string> = {
  subject: 'subject',
  status: 'status',
  queue: 'queue',
  priority: 'priority',
  createdAt: 'created time',
  slaDueAt: 'SLA due time',
  reporter: 'reporter',
  reported: 'reported account',
  items: 'message thread',
};

export function partyLabel(party: Party): string {
  const main = party.name ?? party.handle ?? party.id ?? '';
  const extras = [party.name ? party.handle : undefined, party.id].filter(Boolean);
  return extras.length ? `${main} (${extras.join(' · ')})` : main;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "in 3 hours" / "2 days ago", with the unit chosen by distance. */
export function relativeTime(iso: string, now = Date.now()): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return relative.format(hours, 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

// Built once: toLocaleString with options builds a new formatter on every call (milliseconds).
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function absoluteTime(iso: string): string {
  return absolute.format(new Date(iso));
}
