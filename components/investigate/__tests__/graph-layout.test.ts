import { describe, expect, it } from 'vitest';
import type { Investigation } from '../../../utils/investigations/schema';
import { graphPositions, NODE_SIZE, viewportFor, type Point } from '../graph-layout';

const CONSOLES = ['zendesk', 'redmine', 'freshdesk'];

function investigation(cases: number, entities = 2): Investigation {
  return {
    case: { console: 'zendesk', id: 'B-0' },
    entities: Array.from({ length: entities }, (_, i) => ({
      kind: 'domain' as const,
      value: `site-${i}.example`,
      caseCount: cases,
    })),
    cases: Array.from({ length: cases }, (_, i) => ({
      console: CONSOLES[i % CONSOLES.length] ?? 'zendesk',
      id: `B-${i}`,
      lastSeenAt: '2026-12-08T00:00:00.000Z',
      shares: i % 7 === 0 ? [0, 1] : [0],
      decision: null,
    })),
    truncated: false,
    notes: [],
  };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('graphPositions', () => {
  it('places every entity and every case, at finite coordinates', () => {
    const { entities, cases } = graphPositions(investigation(2000, 3));
    expect(entities).toHaveLength(3);
    expect(cases).toHaveLength(2000);
    for (const p of [...entities, ...cases]) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('gives the same positions for the same investigation', () => {
    expect(graphPositions(investigation(500))).toEqual(graphPositions(investigation(500)));
  });

  it('keeps nodes apart: no two cases closer than a node, whatever the count', () => {
    for (const count of [2, 40, 2000]) {
      const { cases, entities } = graphPositions(investigation(count));
      const all = [...entities, ...cases];
      // Sorted by x, only neighbours within a node's width need comparing.
      const sorted = all.toSorted((a, b) => a.x - b.x);
      let closest = Infinity;
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const [a, b] = [sorted[i]!, sorted[j]!];
          if (b.x - a.x >= NODE_SIZE) break;
          closest = Math.min(closest, distance(a, b));
        }
      }
      expect(closest, `${count} cases`).toBeGreaterThanOrEqual(NODE_SIZE);
    }
  });

  it('groups each console on an arc of its own around the entities', () => {
    const inv = investigation(300);
    const { cases } = graphPositions(inv);
    const angles = new Map<string, number[]>();
    inv.cases.slice(1).forEach((c, i) => {
      const p = cases[i + 1]!;
      angles.set(c.console, [...(angles.get(c.console) ?? []), Math.atan2(p.y, p.x)]);
    });
    const spans = [...angles.values()].map((a) => [Math.min(...a), Math.max(...a)] as const);
    // Three consoles, three arcs that do not overlap (angles from atan2 in (-π, π]).
    const unwrapped = [...angles.values()].map((a) => a.map((x) => (x < 0 ? x + 2 * Math.PI : x)));
    const ranges = unwrapped.map((a) => [Math.min(...a), Math.max(...a)] as const);
    expect(spans).toHaveLength(3);
    ranges.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    }
  });
});

describe('viewportFor', () => {
  it('fits every node inside the container, padding included', () => {
    const { cases, entities } = graphPositions(investigation(2000));
    const all = [...entities, ...cases];
    const size = { width: 1000, height: 448 };
    const { zoom, pan } = viewportFor(all, size, 20);
    for (const p of all) {
      const [x, y] = [p.x * zoom + pan.x, p.y * zoom + pan.y];
      expect(x).toBeGreaterThanOrEqual(20);
      expect(x).toBeLessThanOrEqual(size.width - 20);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(size.height - 20);
    }
  });

  it('centres a single node without zooming in past 1.5', () => {
    const view = viewportFor([{ x: 5, y: 5 }], { width: 200, height: 100 }, 20);
    expect(view.zoom).toBe(1.5);
    expect(view.pan).toEqual({ x: 100 - 7.5, y: 50 - 7.5 });
  });
});
