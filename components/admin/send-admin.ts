import type { AdminAnswers, AdminOp, AdminRequest } from '../../utils/admin/admin-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';

/** One admin op through the background, with its own answer type. */
export async function sendAdmin<O extends AdminOp>(
  token: string | undefined,
  request: Extract<AdminRequest, { op: O }>,
): Promise<AdminAnswers[O]> {
  // The background answers the op it was given; the protocol can only name the union.
  return sendRequest({ type: 'admin:request', token, request }).then(
    (answer) => answer as AdminAnswers[O],
    unreachableFailure,
  );
}
