import type { DecisionChecklist } from '../../utils/decisions/checklist-schema';
import type { GuidancePack, Playbook } from '../../utils/guidance/schema';

/**
 * The playbook checklists of an escalating action: which steps the reviewer ticked, what a
 * required one still lacks, and what goes on the decision. A tick is `<playbook id>:<step>`.
 */
export const tickKey = (playbookId: string, step: number): string => `${playbookId}:${step}`;

export const playbooksFor = (pack: GuidancePack, actionId?: string): Playbook[] =>
  pack.playbooks.filter((p) => p.actionId === actionId);

/** Step numbers (1-based, as the reviewer reads them) not ticked yet. */
export function missingSteps(playbook: Playbook, ticks: readonly string[]): number[] {
  return playbook.steps
    .map((_, i) => i)
    .filter((i) => !ticks.includes(tickKey(playbook.id, i)))
    .map((i) => i + 1);
}

/** Why the decision cannot go yet, one line per required playbook left incomplete. */
export function checklistProblems(
  pack: GuidancePack,
  actionId: string | undefined,
  ticks: readonly string[],
): string[] {
  return playbooksFor(pack, actionId).flatMap((playbook) => {
    if (!playbook.required) return [];
    const missing = missingSteps(playbook, ticks);
    if (missing.length === 0) return [];
    const which = missing.length === 1 ? `step ${missing[0]}` : `steps ${missing.join(', ')}`;
    return [`The “${playbook.title}” checklist is required: tick ${which} before submitting.`];
  });
}

/** What the decision records of the action's checklists; undefined when it has none. */
export function checklistsFor(
  pack: GuidancePack,
  actionId: string | undefined,
  ticks: readonly string[],
): DecisionChecklist[] | undefined {
  const playbooks = playbooksFor(pack, actionId);
  if (playbooks.length === 0) return undefined;
  return playbooks.map((playbook) => ({
    playbookId: playbook.id,
    guidanceVersion: pack.version,
    required: playbook.required,
    stepsDone: playbook.steps
      .map((_, i) => i)
      .filter((i) => ticks.includes(tickKey(playbook.id, i))),
    stepCount: playbook.steps.length,
  }));
}
