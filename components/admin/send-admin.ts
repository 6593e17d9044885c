import type { AdminAnswers, AdminOp, AdminRequest } from '../../utils/admin/admin-messages';
import type { EditorFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';

/**
 * One admin op through the background, with its own answer type. A background that did not
 * answer (stopping, starting) becomes a failure to show, like any other.
 */
export async function sendAdmin<O extends AdminOp>(
  token: string | undefined,
  request: Extract<AdminRequest, { op: O }>,
): Promise<AdminAnswers[O]> {
  try {
    // The background answers the op it was given; the protocol can only name the union.
    return (await sendRequest({ type: 'admin:request', token, request })) as AdminAnswers[O];
  } catch (error) {
    const failure: EditorFailure = {
      ok: false,
      problem: 'unreachable',
      message: error instanceof Error ? error.message : String(error),
    };
    return failure;
  }
}
