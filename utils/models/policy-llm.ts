import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ResponseCreateParamsNonStreaming } from 'openai/resources/responses/responses';
import type { Suggestion } from '../assessment/schema';
import type { GuidancePack } from '../guidance/schema';
import { withRetry } from './backoff';
import { OffSchemaError, RefusalError } from './error-types';
import { MODEL_TIMEOUT_MS, type ModelCall } from './model-call';
import { readSuggestion, SUGGESTION_SCHEMA_NAME, suggestionJsonSchema } from './policy-output';
import type { PolicyPrompt } from './policy-prompt';
import { describeBody } from './sent-payload';

/**
 * The optional policy LLM: reads the team's policies and the (redacted) case and answers with
 * structured output. OpenAI gets the Responses API; OpenAI-compatible servers (vLLM, Ollama)
 * often have only Chat Completions, so the API is a setting.
 */

export type PolicyApi = 'responses' | 'chat-completions';
export type PolicyLlmMode = 'always' | 'never' | 'when-uncertain';

export function shouldRunPolicyLlm(mode: PolicyLlmMode, uncertain: boolean): boolean {
  return mode === 'always' || (mode === 'when-uncertain' && uncertain);
}

export interface PolicyLlmResult {
  suggestion: Suggestion;
  model: string;
  durationMs: number;
  tokens: number;
}

interface Answer {
  text: string;
  model: string;
  /** Tokens billed, from the answer's `usage` (0 when the server sends none). */
  tokens: number;
}

const options = (call: ModelCall) => ({
  signal: call.signal,
  timeout: call.timeoutMs ?? MODEL_TIMEOUT_MS,
  maxRetries: 0,
});

const retried = <T>(call: ModelCall, send: () => Promise<T>) =>
  withRetry(call.retryKey, send, call.classify, { ...call.retry, signal: call.signal });

async function viaResponses(
  call: ModelCall,
  body: ResponseCreateParamsNonStreaming,
  onTokens: (tokens: number) => void,
): Promise<Answer> {
  const response = await retried(call, () => call.client.responses.create(body, options(call)));
  onTokens(response.usage?.total_tokens ?? 0);
  const refusal = response.output
    .flatMap((o) => (o.type === 'message' ? o.content : []))
    .find((c) => c.type === 'refusal');
  if (refusal) throw new RefusalError(refusal.refusal);
  if (response.status === 'incomplete') {
    const reason = response.incomplete_details?.reason ?? 'incomplete';
    throw new OffSchemaError(`the answer was cut short (${reason})`);
  }
  // Reasoning models put a reasoning item first: output_text gathers the message text wherever it is.
  return {
    text: response.output_text,
    model: response.model,
    tokens: response.usage?.total_tokens ?? 0,
  };
}

async function viaChat(
  call: ModelCall,
  body: ChatCompletionCreateParamsNonStreaming,
  onTokens: (tokens: number) => void,
): Promise<Answer> {
  const completion = await retried(call, () =>
    call.client.chat.completions.create(body, options(call)),
  );
  onTokens(completion.usage?.total_tokens ?? 0);
  const choice = completion.choices[0];
  if (!choice) throw new OffSchemaError('the answer has no choices');
  if (choice.message.refusal) throw new RefusalError(choice.message.refusal);
  if (choice.finish_reason === 'content_filter') throw new RefusalError('content filter');
  if (choice.finish_reason === 'length')
    throw new OffSchemaError('the answer was cut short (length)');
  return {
    text: choice.message.content ?? '',
    model: completion.model,
    tokens: completion.usage?.total_tokens ?? 0,
  };
}

/**
 * Asks the policy LLM. `onSent` gets the exact body before the call, so "What was sent" is
 * filled even when the call fails; `onTokens` gets the billed tokens as soon as an answer
 * arrives, so a refused or off-schema answer still counts against a budget. Throws SDK errors,
 * OffSchemaError or RefusalError.
 */
export async function askPolicyLlm(
  call: ModelCall,
  api: PolicyApi,
  pack: GuidancePack,
  prompt: PolicyPrompt,
  onSent: (body: string) => void = () => {},
  onTokens: (tokens: number) => void = () => {},
): Promise<PolicyLlmResult> {
  const started = Date.now();
  const schema = suggestionJsonSchema(pack);
  let answer: Answer;
  if (api === 'responses') {
    const body: ResponseCreateParamsNonStreaming = {
      model: call.model,
      instructions: prompt.instructions,
      input: [{ role: 'user', content: prompt.caseText }],
      text: { format: { type: 'json_schema', name: SUGGESTION_SCHEMA_NAME, schema, strict: true } },
      // Case data is not kept on the provider's side for later retrieval.
      store: false,
    };
    onSent(describeBody(body));
    answer = await viaResponses(call, body, onTokens);
  } else {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: call.model,
      messages: [
        { role: 'system', content: prompt.instructions },
        { role: 'user', content: prompt.caseText },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: SUGGESTION_SCHEMA_NAME, schema, strict: true },
      },
    };
    onSent(describeBody(body));
    answer = await viaChat(call, body, onTokens);
  }
  const suggestion = readSuggestion(answer.text, pack);
  return {
    suggestion,
    model: answer.model,
    durationMs: Date.now() - started,
    tokens: answer.tokens,
  };
}
