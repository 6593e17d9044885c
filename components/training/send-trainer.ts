import { unreachableFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';
import type {
  TrainerAnswers,
  TrainerOp,
  TrainerRequest,
} from '../../utils/training/trainer-messages';

/** One trainer op through the background, with its own answer type. */
export async function sendTrainer<O extends TrainerOp>(
  token: string | undefined,
  request: Extract<TrainerRequest, { op: O }>,
): Promise<TrainerAnswers[O]> {
  // The background answers the op it was given; the protocol can only name the union.
  return sendRequest({ type: 'training:trainer', token, request }).then(
    (answer) => answer as TrainerAnswers[O],
    unreachableFailure,
  );
}
