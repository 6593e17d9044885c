import type { Database } from 'better-sqlite3';
import type { TraineeSet } from '../../utils/training/schema';
import { getGoldSet, setsAssignedTo } from '../db/gold-sets';
import { attemptedCases } from '../db/training-attempts';

/** The sets assigned to a reviewer, as a trainee sees them: cases and progress, no answers. */
export function traineeSets(db: Database, reviewerId: string, origin: string): TraineeSet[] {
  return setsAssignedTo(db, reviewerId).flatMap(({ setId, assignedAt }) => {
    const set = getGoldSet(db, setId);
    if (!set) return [];
    const attempted = attemptedCases(db, reviewerId, setId);
    return [
      {
        id: set.id,
        title: set.title,
        description: set.description,
        assignedAt,
        consoleUrl: `${origin}/console/training/sets/${encodeURIComponent(set.id)}`,
        items: set.items.map(({ caseId, position, subject }) => ({
          caseId,
          position,
          subject,
          attempted: attempted.has(caseId),
        })),
      },
    ];
  });
}
