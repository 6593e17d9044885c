/** Below this, the SLA is shown as a live countdown rather than "in 2 hours". */
export const COUNTDOWN_FROM_MS = 60 * 60_000;

export type SlaState =
  { kind: 'later' } | { kind: 'countdown'; text: string } | { kind: 'breached'; text: string };

const clock = (ms: number): string => {
  const seconds = Math.floor(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

/** What the SLA row says at `now`: nothing special, mm:ss left, or how long ago it breached. */
export function slaState(dueIso: string, now: number): SlaState {
  const left = Date.parse(dueIso) - now;
  if (left > COUNTDOWN_FROM_MS) return { kind: 'later' };
  if (left > 0) return { kind: 'countdown', text: clock(left) };
  return { kind: 'breached', text: clock(-left) };
}
