import type { Investigation } from '../../utils/investigations/schema';

type Entity = Investigation['entities'][number];

/** Hashed kinds show a short fingerprint: the case API holds no clear value to show. */
export function entityLabel(entity: Entity): string {
  const hashed = /^[0-9a-f]{64}$/.test(entity.value);
  return hashed ? `${entity.kind} #${entity.value.slice(0, 8)}` : `${entity.kind} ${entity.value}`;
}

/** One colour per console, the same in the graph and the table's swatches. */
const PALETTE = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2'];

export function consoleColours(consoles: readonly string[]): Map<string, string> {
  const unique = [...new Set(consoles)].toSorted();
  return new Map(unique.map((name, i) => [name, PALETTE[i % PALETTE.length] ?? '#475569']));
}
