import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { Response } from 'openai/resources/responses/responses';

/**
 * Faults inside a well-formed 200 answer, as real models give them: `refusal` (the model
 * declines, in the API's own refusal fields) and `off-schema` (valid JSON that is not the
 * object the response format asked for). The answer is the normal one, rewritten.
 */
export type AnswerFault = 'refusal' | 'off-schema';

const REFUSAL = "I'm sorry, but I can't help with that.";
const OFF_SCHEMA = '{"verdict":"looks fine to me"}';

const isChat = (answer: unknown): answer is ChatCompletion =>
  typeof answer === 'object' && answer !== null && 'choices' in answer;
const isResponse = (answer: unknown): answer is Response =>
  typeof answer === 'object' && answer !== null && 'output' in answer;

export function applyAnswerFault(answer: unknown, fault: AnswerFault): unknown {
  if (isChat(answer)) {
    for (const choice of answer.choices) {
      choice.message.content = fault === 'refusal' ? null : OFF_SCHEMA;
      choice.message.refusal = fault === 'refusal' ? REFUSAL : null;
    }
  } else if (isResponse(answer)) {
    for (const item of answer.output) {
      if (item.type !== 'message') continue;
      item.content =
        fault === 'refusal'
          ? [{ type: 'refusal', refusal: REFUSAL }]
          : [{ type: 'output_text', text: OFF_SCHEMA, annotations: [] }];
    }
  }
  return answer;
}
