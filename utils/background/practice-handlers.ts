import { caseApiFetch, caseApiGet, CaseApiError, serverMessage } from '../case-api/client';
import type { Handlers } from '../messaging/router';
import {
  assignedTrainingOf,
  practiceCaseIn,
  type PracticeStatusAnswer,
} from '../training/practice';
import { revealSchema, traineeSetsSchema, type TraineeSet } from '../training/schema';

type PracticeHandlers = Pick<Handlers, 'training:status' | 'training:reveal' | 'training:mine'>;

/**
 * The trainee's side: whether the case on screen is an assigned gold case (the case API says
 * so, never the page, which could claim "training" to hide a live case's scores), and the gold
 * answer once the attempt has reached the case API. The assigned sets are kept a few seconds
 * so paging through a set does not ask again for every case.
 */
const MINE_TTL_MS = 15_000;
let mine: { at: number; sets: Promise<TraineeSet[]>; settled?: TraineeSet[] } | undefined;

function assignedSets(): Promise<TraineeSet[]> {
  if (!mine || Date.now() - mine.at > MINE_TTL_MS) {
    const entry: NonNullable<typeof mine> = {
      at: Date.now(),
      sets: caseApiGet('/training/mine', traineeSetsSchema).then((answer) => answer.sets),
    };
    entry.sets.then(
      (sets) => (entry.settled = sets),
      () => mine === entry && (mine = undefined),
    );
    mine = entry;
  }
  return mine.sets;
}

/**
 * The answer to `training:status` when the assigned sets are already in memory, else null: it
 * goes with the case to the panels, which then need not ask the case API before showing it.
 */
export function knownPracticeStatus(caseId: string): PracticeStatusAnswer | null {
  if (!mine?.settled || Date.now() - mine.at > MINE_TTL_MS) return null;
  return { ok: true, practice: practiceCaseIn(mine.settled, caseId) };
}

/** Forgets the assigned sets (tests; a worker restart does the same). */
export function forgetAssignedSets(): void {
  mine = undefined;
}

/** Called when a case is found, so the panel's question moments later is answered from memory. */
export function warmPracticeStatus(): void {
  assignedSets().catch(() => undefined);
}

const messageOf = (error: unknown) => {
  if (error instanceof CaseApiError) return error.message;
  throw error;
};

export const practiceHandlers: PracticeHandlers = {
  'training:mine': async () => {
    try {
      return { ok: true, sets: assignedTrainingOf(await assignedSets()) };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  },
  'training:status': async ({ caseId }) => {
    try {
      return { ok: true, practice: practiceCaseIn(await assignedSets(), caseId) };
    } catch (error) {
      // No token, or a refused one: the connection line already says so, on every case.
      if (
        error instanceof CaseApiError &&
        (error.problem === 'unauthorized' || error.problem === 'not-configured')
      ) {
        return { ok: true, practice: null };
      }
      return {
        ok: false,
        message: `Could not check your training assignments: ${messageOf(error)}`,
      };
    }
  },
  'training:reveal': async ({ caseId }) => {
    try {
      const response = await caseApiFetch(`/training/cases/${encodeURIComponent(caseId)}/reveal`);
      if (response.status === 404) {
        return { ok: false, notYet: true, message: await serverMessage(response) };
      }
      if (!response.ok) {
        const reason = await serverMessage(response);
        return {
          ok: false,
          notYet: false,
          message: `The case API answered ${response.status}: ${reason}`,
        };
      }
      const parsed = revealSchema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) {
        return {
          ok: false,
          notYet: false,
          message: 'The case API sent a gold answer Caselight cannot read.',
        };
      }
      mine = undefined; // progress changed
      return { ok: true, reveal: parsed.data };
    } catch (error) {
      return { ok: false, notYet: false, message: messageOf(error) };
    }
  },
};
