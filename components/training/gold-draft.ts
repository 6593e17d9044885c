import type { z } from 'zod';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { DecidedCase } from '../../utils/training/decided-cases';
import type { GoldImport } from '../../utils/training/gold-import';
import { pathIssues, type PathIssue } from '../../utils/training/issue-paths';
import {
  goldSetInputSchema,
  type goldSourceSchema,
  type difficultySchema,
} from '../../utils/training/schema';

/** A gold set as the trainer builds it, before it is checked and sent. */

export interface GoldDraftItem {
  /** Stable across removals, for React. */
  key: string;
  source: z.infer<typeof goldSourceSchema>;
  expectedAction: string;
  expectedPolicyIds: string[];
  explanation: string;
  difficulty?: z.infer<typeof difficultySchema>;
  guidanceVersion?: number;
  disputed: boolean;
}

export interface GoldDraft {
  title: string;
  description: string;
  minKappa?: number;
  /** A percentage on the page (90), a share on the wire (0.9). */
  minMustEscalatePercent?: number;
  /** Used instead of kappa on a set whose agreed answers are all one action; a percentage. */
  minAccuracyPercent?: number;
  items: GoldDraftItem[];
}

export type GoldSetRequestInput = z.infer<typeof goldSetInputSchema>;

export const emptyDraft = (): GoldDraft => ({
  title: '',
  description: '',
  minKappa: 0.8,
  minMustEscalatePercent: 90,
  minAccuracyPercent: 90,
  items: [],
});

/** Picking a decided case starts from what was decided on it; the trainer confirms or corrects. */
export function itemFromDecided(picked: DecidedCase, guidanceVersion?: number): GoldDraftItem {
  return {
    key: crypto.randomUUID(),
    source: { kind: 'case-api', caseId: picked.caseId },
    expectedAction: picked.action,
    expectedPolicyIds: [...picked.policyIds],
    explanation: '',
    guidanceVersion,
    disputed: false,
  };
}

export function itemsFromImport(file: GoldImport): GoldDraftItem[] {
  return file.items.map((item) => ({ ...item, key: crypto.randomUUID() }));
}

/** How the trainer recognises an item: the id it had where it came from, and its subject. */
export function itemCaption(item: GoldDraftItem, subject?: string): string {
  if (item.source.kind === 'case-api')
    return subject ? `${item.source.caseId} — ${subject}` : item.source.caseId;
  const c = item.source.case;
  return [c.id ?? 'imported case', c.subject].filter(Boolean).join(' — ');
}

/** Answers naming actions or policies the installed guidance lacks could never be scored. */
function packIssues(items: readonly GoldDraftItem[], pack: GuidancePack): PathIssue[] {
  const actions = new Set(pack.actions.map((a) => a.id));
  const policies = new Set(pack.policies.map((p) => p.id));
  return items.flatMap((item, i) => [
    ...(item.expectedAction && !actions.has(item.expectedAction)
      ? [
          {
            path: `items[${i}].expectedAction`,
            message: `"${item.expectedAction}" is not an action of the installed guidance (v${pack.version})`,
          },
        ]
      : []),
    ...item.expectedPolicyIds
      .filter((id) => !policies.has(id))
      .map((id) => ({
        path: `items[${i}].expectedPolicyIds`,
        message: `"${id}" is not a policy of the installed guidance (v${pack.version})`,
      })),
  ]);
}

/** The draft as the case API takes it, or every problem by path (the percentage's own name). */
export function checkDraft(
  draft: GoldDraft,
  pack: GuidancePack,
): { ok: true; input: GoldSetRequestInput } | { ok: false; issues: PathIssue[] } {
  const parsed = goldSetInputSchema.safeParse({
    title: draft.title,
    description: draft.description,
    passMark: {
      minKappa: draft.minKappa,
      minMustEscalateAccuracy:
        draft.minMustEscalatePercent === undefined ? undefined : draft.minMustEscalatePercent / 100,
      minAccuracy:
        draft.minAccuracyPercent === undefined ? undefined : draft.minAccuracyPercent / 100,
    },
    items: draft.items.map(({ key: _key, ...item }) => item),
  });
  const issues = [
    ...(parsed.success ? [] : pathIssues(parsed.error)).map((issue) =>
      issue.path === 'passMark.minMustEscalateAccuracy' || issue.path === 'passMark.minAccuracy'
        ? { path: issue.path, message: 'Give a percentage from 0 to 100' }
        : issue,
    ),
    ...packIssues(draft.items, pack),
  ];
  return parsed.success && issues.length === 0
    ? { ok: true, input: parsed.data }
    : { ok: false, issues };
}
