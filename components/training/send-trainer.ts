import type { EditorFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';
import type {
  TrainerAnswers,
  TrainerOp,
  TrainerRequest,
} from '../../utils/training/trainer-messages';

/**
 * One trainer op through the background, with its own answer type. A background that did
 * not answer (stopping, starting) becomes a failure to show, like any other.
 */
export async function sendTrainer<O extends TrainerOp>(
  token: string | undefined,
  request: Extract<TrainerRequest, { op: O }>,
): Promise<TrainerAnswers[O]> {
  try {
    // The background answers the op it was given; the protocol can only name the union.
    return (await sendRequest({ type: 'training:trainer', token, request })) as TrainerAnswers[O];
  } catch (error) {
    const failure: EditorFailure = {
      ok: false,
      problem: 'unreachable',
      message: error instanceof Error ? error.message : String(error),
    };
    return failure;
  }
}
