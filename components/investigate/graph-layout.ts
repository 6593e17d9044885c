import type { Investigation } from '../../utils/investigations/schema';

export interface Point {
  x: number;
  y: number;
}

/**
 * Where each node goes: the shared entities on a small ring in the middle, the investigated
 * case beside them, the other cases on rings around them, grouped by console (one arc each) so
 * a console's share of the set reads at a glance. Computed directly, in one pass, and handed to
 * cytoscape's `preset` layout: its own layouts measure every node and took seconds at 2,000.
 */
function ring(count: number, radius: number, i: number, from = 0, span = 2 * Math.PI): Point {
  const angle = from + (span * (i + 0.5)) / Math.max(count, 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** A case node's width and height in the graph's own units. */
export const NODE_SIZE = 12;

/** Rings of about 30 px between neighbours, so nodes stay apart however many there are. */
const perRing = (radius: number) => Math.max(12, Math.floor((2 * Math.PI * radius) / 30));

export function graphPositions(investigation: Investigation): {
  entities: Point[];
  cases: Point[];
} {
  const { entities: found, cases: all } = investigation;
  const entities = found.map((_, i) => ring(found.length, found.length > 1 ? 60 : 0, i));
  const others = all.slice(1);
  const consoles = [...new Set(others.map((c) => c.console))].toSorted();
  const byConsole = new Map(consoles.map((name) => [name, [] as number[]]));
  others.forEach((c, i) => byConsole.get(c.console)?.push(i));
  const cases: Point[] = all.length > 0 ? [{ x: 0, y: found.length > 1 ? -110 : -60 }] : [];
  const placed: Point[] = others.map(() => ({ x: 0, y: 0 }));
  let start = 0;
  for (const name of consoles) {
    const members = byConsole.get(name) ?? [];
    const span = (2 * Math.PI * members.length) / Math.max(others.length, 1);
    let radius = 180;
    for (let k = 0; k < members.length;) {
      const fit = Math.max(1, Math.floor((perRing(radius) * span) / (2 * Math.PI)));
      const row = members.slice(k, k + fit);
      row.forEach((index, j) => {
        placed[index] = ring(row.length, radius, j, start, span);
      });
      k += row.length;
      radius += 30;
    }
    start += span;
  }
  return { entities, cases: [...cases, ...placed] };
}

/**
 * The zoom and pan that fit `points` (node centres) in a container, with `padding` pixels
 * around: what cytoscape's `fit` works out, computed from the positions alone.
 */
export function viewportFor(
  points: readonly Point[],
  size: { width: number; height: number },
  padding: number,
): { zoom: number; pan: Point } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (points.length === 0) return { zoom: 1, pan: { x: size.width / 2, y: size.height / 2 } };
  // Room for a node's own radius beyond its centre, and no zooming in past 1.5 on a tiny set.
  const [w, h] = [maxX - minX + NODE_SIZE, maxY - minY + NODE_SIZE];
  const zoom = Math.min(
    1.5,
    Math.max(0.05, Math.min((size.width - 2 * padding) / w, (size.height - 2 * padding) / h)),
  );
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  return {
    zoom,
    pan: { x: size.width / 2 - centre.x * zoom, y: size.height / 2 - centre.y * zoom },
  };
}
