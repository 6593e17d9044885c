import { unreachableFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';
import type {
  QaLeadAnswers,
  QaLeadOp,
  QaLeadRequest,
  QaPanelAnswers,
  QaPanelOp,
  QaPanelRequest,
} from '../../utils/qa/qa-messages';

/** One QA op through the background, with its own answer type; never throws. */
export function sendQa<O extends QaPanelOp>(
  request: Extract<QaPanelRequest, { op: O }>,
): Promise<QaPanelAnswers[O]> {
  // The background answers the op it was given; the protocol can only name the union.
  return sendRequest({ type: 'qa:panel', request }).then(
    (answer) =>
      (answer ?? { ...unreachableFailure('No answer'), notYet: false }) as QaPanelAnswers[O],
    (error) => ({ ...unreachableFailure(error), notYet: false }) as QaPanelAnswers[O],
  );
}

export function sendQaLead<O extends QaLeadOp>(
  request: Extract<QaLeadRequest, { op: O }>,
): Promise<QaLeadAnswers[O]> {
  return sendRequest({ type: 'qa:lead', request }).then(
    (answer) => answer as QaLeadAnswers[O],
    (error) => unreachableFailure(error) as QaLeadAnswers[O],
  );
}
