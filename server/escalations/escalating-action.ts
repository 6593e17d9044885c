import type { Database } from 'better-sqlite3';
import type { Decision } from '../../utils/decisions/schema';
import { guidancePackSchema, type GuidancePack } from '../../utils/guidance/schema';
import { refuse, type Answer } from '../decisions/answer';
import { findVersion } from '../guidance/versions';
import { guidanceInForce } from '../incidents/guidance-in-force';

/**
 * What the guidance a reviewer decided under (the decision's version; the one in force when
 * that version is unknown here) says about escalating. Published versions never change, so
 * each is parsed once per database rather than on every decision.
 */
const parsed = new WeakMap<Database, Map<number, GuidancePack>>();

function packOf(db: Database, version: number): GuidancePack {
  let byVersion = parsed.get(db);
  if (!byVersion) parsed.set(db, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;
  const stored = findVersion(db, version);
  if (!stored) return guidanceInForce(db);
  const pack = guidancePackSchema.parse(JSON.parse(stored.pack));
  byVersion.set(version, pack);
  return pack;
}

export function escalatingAction(db: Database, guidanceVersion: number, actionId: string) {
  const action = packOf(db, guidanceVersion).actions.find((a) => a.id === actionId);
  return action?.escalates ? action : undefined;
}

/**
 * The panel holds a decision back until a required checklist is complete; the case API checks
 * again, so no other client (or an older panel) can skip the steps of a self-harm escalation.
 */
export function checklistRefusal(db: Database, decision: Decision): Answer | undefined {
  if (decision.mode !== 'live') return undefined;
  const required = packOf(db, decision.guidanceVersion).playbooks.filter(
    (p) => p.required && p.actionId === decision.action,
  );
  for (const playbook of required) {
    const ticked = decision.checklists?.find((c) => c.playbookId === playbook.id)?.stepsDone ?? [];
    const missing = playbook.steps.map((_, i) => i).filter((i) => !ticked.includes(i));
    if (missing.length > 0) {
      const steps = missing.map((i) => i + 1).join(', ');
      const message = `The “${playbook.title}” checklist is required for ${decision.action}: step(s) ${steps} not ticked.`;
      return refuse(422, 'checklist_incomplete', message);
    }
  }
  return undefined;
}
