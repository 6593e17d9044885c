import type { GuidanceAction, GuidancePack } from './schema';

const RANK = { none: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;

/**
 * Orders actions from least to most severe: by severity, then escalating before not (a
 * specialist sees it), then by position in the pack, which lists actions mildest first.
 */
export function compareActions(pack: GuidancePack, a: GuidanceAction, b: GuidanceAction): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    Number(a.escalates) - Number(b.escalates) ||
    pack.actions.indexOf(a) - pack.actions.indexOf(b)
  );
}

export function actionById(pack: GuidancePack, id: string): GuidanceAction | undefined {
  return pack.actions.find((a) => a.id === id);
}

/** The more severe of two action ids; an id the pack does not know counts as least severe. */
export function moreSevere(pack: GuidancePack, a: string, b: string): string {
  const actionA = actionById(pack, a);
  const actionB = actionById(pack, b);
  if (!actionA) return b;
  if (!actionB) return a;
  return compareActions(pack, actionA, actionB) >= 0 ? a : b;
}
