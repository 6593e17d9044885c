import { z } from 'zod';
import type {
  Response,
  ResponseCreateParams,
  ResponseOutputItem,
} from 'openai/resources/responses/responses';
import { isReasoningModel } from './chat-completions';
import { fromZodError, invalidRequest } from './errors';
import { estimateTokens, openAIId, unixSeconds } from './hash';
import {
  contentPart,
  jsonObjectFormat,
  jsonSchemaObject,
  partsText,
  schemaName,
  textFormat,
  toOutputFormat,
} from './output-format';
import { generateContent } from './structured-output';

const responsesBody = z.object({
  model: z.string().min(1),
  input: z
    .union([
      z.string(),
      z.array(
        z.looseObject({
          type: z.string().optional(),
          role: z.string().optional(),
          content: z.union([z.string(), z.array(contentPart)]).optional(),
        }),
      ),
    ])
    .optional(),
  instructions: z.string().nullish(),
  text: z
    .object({
      format: z
        .discriminatedUnion('type', [
          textFormat,
          jsonObjectFormat,
          z.object({
            type: z.literal('json_schema'),
            name: schemaName,
            schema: jsonSchemaObject,
            description: z.string().optional(),
            strict: z.boolean().nullish(),
          }),
        ])
        .optional(),
      verbosity: z.enum(['low', 'medium', 'high']).nullish(),
    })
    .optional(),
  max_output_tokens: z.number().int().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  previous_response_id: z.string().nullish(),
  stream: z.boolean().nullish(),
});

type ParsedBody = z.infer<typeof responsesBody>;

/** Fields echoed back are typed by the SDK's params, so drift fails to compile. */
type ResponsesRequest = Omit<ParsedBody, 'text' | 'model'> & {
  model: NonNullable<ResponseCreateParams['model']>;
  text?: ResponseCreateParams['text'];
};

/** The wire shape: `output_text` is added by the SDK on the client side, never sent by the API. */
export type WireResponse = Omit<Response, 'output_text'>;

function parseResponsesBody(raw: unknown): ResponsesRequest {
  const parsed = responsesBody.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, raw);
  return parsed.data;
}

export function createResponse(raw: unknown): WireResponse {
  const params = parseResponsesBody(raw);
  if (params.stream) {
    throw invalidRequest('Streaming is not supported by the Caselight OpenAI stand-in.', 'stream');
  }
  const input = params.input ?? '';
  // Only user turns are scored; `instructions` carry guidance, not case content.
  const userText = (
    typeof input === 'string'
      ? [input]
      : input.filter((i) => i.role === 'user').flatMap((i) => partsText(i.content))
  ).join('\n');
  const content = generateContent(toOutputFormat(params.text?.format), userText);
  const reasoning = isReasoningModel(params.model);
  const output: ResponseOutputItem[] = [];
  // Reasoning models put a reasoning item before the message; callers must not assume output[0].
  if (reasoning) output.push({ id: openAIId('rs_', 24), type: 'reasoning', summary: [] });
  output.push({
    id: openAIId('msg_', 24),
    type: 'message',
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text: content, annotations: [], logprobs: [] }],
  });
  const inputTokens = estimateTokens(JSON.stringify(input) + (params.instructions ?? ''));
  const outputTokens = estimateTokens(content) + (reasoning ? 64 : 0);
  const now = unixSeconds();
  return {
    id: openAIId('resp_', 24),
    object: 'response',
    created_at: now,
    completed_at: now,
    status: 'completed',
    background: false,
    error: null,
    incomplete_details: null,
    instructions: params.instructions ?? null,
    max_output_tokens: params.max_output_tokens ?? null,
    metadata: params.metadata ?? {},
    model: params.model,
    output,
    parallel_tool_calls: true,
    previous_response_id: params.previous_response_id ?? null,
    reasoning: { effort: reasoning ? 'medium' : null, summary: null },
    service_tier: 'default',
    temperature: 1,
    text: {
      format: params.text?.format ?? { type: 'text' },
      verbosity: params.text?.verbosity ?? 'medium',
    },
    tool_choice: 'auto',
    tools: [],
    top_p: 1,
    truncation: 'disabled',
    access_programs: null,
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: reasoning ? 64 : 0 },
      total_tokens: inputTokens + outputTokens,
    },
  } satisfies WireResponse;
}
