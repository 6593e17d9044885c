import type { OpsAnswers, OpsOp, OpsRequest } from '../../utils/ops/ops-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';

/** One operations op through the background, with its own answer type. */
export async function sendOps<O extends OpsOp>(
  token: string | undefined,
  request: Extract<OpsRequest, { op: O }>,
): Promise<OpsAnswers[O]> {
  // The background answers the op it was given; the protocol can only name the union.
  return sendRequest({ type: 'ops:request', token, request }).then(
    (answer) => answer as OpsAnswers[O],
    unreachableFailure,
  );
}
