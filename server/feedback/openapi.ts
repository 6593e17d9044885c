import type { z } from 'zod';
import {
  feedbackChatRecordSchema,
  feedbackEvalRecordSchema,
  feedbackReportSchema,
} from '../../utils/feedback/schema';
import { apiError, json, unauthorized } from '../api/openapi-helpers';

/** The feedback export's part of the OpenAPI document (see `routes.ts` here). */

export const feedbackSchemas: [z.ZodType, string][] = [
  [feedbackEvalRecordSchema, 'FeedbackEvalRecord'],
  [feedbackChatRecordSchema, 'FeedbackChatRecord'],
  [feedbackReportSchema, 'FeedbackReport'],
];

const filter = (name: string, description: string, type = 'string') => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type },
});

const filters = [
  filter('from', 'Decided at or after (UTC ISO 8601).'),
  filter('to', 'Decided before (UTC ISO 8601).'),
  filter('queue', "The case's queue."),
  filter('policy', 'A policy id the decision cited.'),
  filter('guidanceVersion', 'The guidance version the reviewer decided under.', 'integer'),
  filter('onlyOverrides', 'Only decisions that overrode the model (true/false).'),
  filter('onlyQaConfirmed', 'Only decisions a QA review confirmed (true/false).'),
];

const refused = {
  '401': unauthorized,
  '403': apiError('Only policy leads and admins.'),
  '404': apiError('No decisions match these filters (code no_match).'),
  '422': apiError('A filter is not valid.'),
};

export const feedbackPaths = {
  '/api/feedback/export': {
    get: {
      operationId: 'exportFeedback',
      summary: 'Live decisions joined with the model, streamed (policy leads, admins)',
      parameters: [
        filter(
          'format',
          'eval (JSONL of FeedbackEvalRecord), openai-chat (JSONL of FeedbackChatRecord) or csv.',
        ),
        ...filters,
      ],
      responses: {
        '200': {
          description: 'The export, streamed.',
          content: { 'application/x-ndjson': {}, 'text/csv': {} },
        },
        ...refused,
      },
    },
  },
  '/api/feedback/report': {
    get: {
      operationId: 'feedbackReport',
      summary: 'Where the model and the final decisions disagree, per category',
      parameters: filters,
      responses: { '200': json('The report.', 'FeedbackReport'), ...refused },
    },
  },
};
