import type { Database } from 'better-sqlite3';
import { guidancePackSchema, type GuidanceAction } from '../../utils/guidance/schema';
import { findVersion } from '../guidance/versions';
import { guidanceInForce } from '../incidents/guidance-in-force';

/**
 * Whether an action escalates, by the guidance the reviewer decided under (the decision's
 * version; the one in force when that version is unknown here). Published versions never
 * change, so each is parsed once per database rather than on every decision.
 */
const parsed = new WeakMap<Database, Map<number, GuidanceAction[]>>();

function actionsOf(db: Database, version: number): GuidanceAction[] {
  let byVersion = parsed.get(db);
  if (!byVersion) parsed.set(db, (byVersion = new Map()));
  const known = byVersion.get(version);
  if (known) return known;
  const stored = findVersion(db, version);
  if (!stored) return guidanceInForce(db).actions;
  const { actions } = guidancePackSchema.parse(JSON.parse(stored.pack));
  byVersion.set(version, actions);
  return actions;
}

export function escalatingAction(
  db: Database,
  guidanceVersion: number,
  actionId: string,
): GuidanceAction | undefined {
  const action = actionsOf(db, guidanceVersion).find((a) => a.id === actionId);
  return action?.escalates ? action : undefined;
}
