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
/**
 * Past this age, a case being found fetches the sets again while the ones held keep answering
 * (never past the TTL): a reviewer paging through cases then never meets a case whose scores
 * wait for the case API.
 */
const MINE_REFRESH_MS = 10_000;
type Mine = { at: number; sets: Promise<TraineeSet[]>; settled?: TraineeSet[] };
let mine: Mine | undefined;
let refreshing: Mine | undefined;

function fetchAssignedSets(): Mine {
  const entry: Mine = {
    at: Date.now(),
    sets: caseApiGet('/training/mine', traineeSetsSchema).then((answer) => answer.sets),
  };
  entry.sets.then(
    (sets) => (entry.settled = sets),
    () => mine === entry && (mine = undefined),
  );
  return entry;
}

function assignedSets(): Promise<TraineeSet[]> {
  if (!mine || Date.now() - mine.at > MINE_TTL_MS) mine = fetchAssignedSets();
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

/** Forgets the assigned sets: progress changed (tests too; a worker restart does the same). */
export function forgetAssignedSets(): void {
  mine = undefined;
  refreshing = undefined;
}

/** Called when a case is found, so the panel's question moments later is answered from memory. */
export function warmPracticeStatus(): void {
  const held = mine;
  if (!held?.settled || Date.now() - held.at <= MINE_REFRESH_MS || refreshing) {
    assignedSets().catch(() => undefined);
    return;
  }
  const next = fetchAssignedSets();
  refreshing = next;
  // Not installed if the sets were forgotten meanwhile (progress changed: it may predate that).
  const settle = (install: boolean) => {
    if (refreshing !== next) return;
    if (install) mine = next;
    refreshing = undefined;
  };
  next.sets.then(
    () => settle(true),
    () => settle(false),
  );
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
      forgetAssignedSets(); // progress changed
      return { ok: true, reveal: parsed.data };
    } catch (error) {
      return { ok: false, notYet: false, message: messageOf(error) };
    }
  },
};
