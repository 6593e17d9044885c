import type { Reveal, TraineeSet } from './schema';

/**
 * What the panel learns about the case on screen from the trainee side of the case API (types
 * only: the panel must not load zod to read them, and the background built them from answers
 * it validated).
 */

/** The case is one of the reviewer's assigned gold cases: practise it blind. */
export interface PracticeCase {
  setId: string;
  setTitle: string;
  /** 1-based place in the set, and the set's size. */
  position: number;
  total: number;
  done: number;
  /** The reviewer has already made their (scored) attempt on this case. */
  attempted: boolean;
}

export type PracticeStatusAnswer =
  { ok: true; practice: PracticeCase | null } | { ok: false; message: string };

export type RevealAnswer =
  | { ok: true; reveal: Reveal }
  /** `notYet`: the case API has no attempt from this reviewer yet (still being delivered). */
  | { ok: false; notYet: boolean; message: string };

/** A set assigned to the reviewer, for the panel's reminder of unfinished training. */
export interface AssignedTraining {
  setId: string;
  title: string;
  done: number;
  total: number;
  consoleUrl?: string;
}

export type AssignedTrainingAnswer =
  { ok: true; sets: AssignedTraining[] } | { ok: false; message: string };

export const assignedTrainingOf = (sets: TraineeSet[]): AssignedTraining[] =>
  sets.map((set) => ({
    setId: set.id,
    title: set.title,
    done: set.items.filter((item) => item.attempted).length,
    total: set.items.length,
    consoleUrl: set.consoleUrl,
  }));

/** Finds the case among the reviewer's assigned sets. */
export function practiceCaseIn(sets: TraineeSet[], caseId: string): PracticeCase | null {
  for (const set of sets) {
    const index = set.items.findIndex((item) => item.caseId === caseId);
    if (index < 0) continue;
    return {
      setId: set.id,
      setTitle: set.title,
      position: index + 1,
      total: set.items.length,
      done: set.items.filter((item) => item.attempted).length,
      attempted: set.items[index]!.attempted,
    };
  }
  return null;
}
