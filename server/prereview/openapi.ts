import type { z } from 'zod';
import {
  preReviewRunSchema,
  preReviewSettingsInputSchema,
  preReviewStatusSchema,
} from '../../utils/qa/prereview-schema';
import { apiError, json, ref, unauthorized } from '../api/openapi-helpers';

/** Model pre-review's routes in the OpenAPI document (see `routes.ts`). */

export const preReviewSchemas: [z.ZodType, string][] = [
  [preReviewStatusSchema, 'PreReviewStatus'],
  [preReviewRunSchema, 'PreReviewRun'],
];

export const preReviewInputSchemas: [z.ZodType, string][] = [
  [preReviewSettingsInputSchema, 'PreReviewSettingsInput'],
];

const forbidden = apiError(
  'Leads and admins configure and run; reviewers and trainers see nothing.',
);

export const preReviewPaths = {
  '/api/qa/prereview': {
    get: {
      operationId: 'getPreReview',
      summary:
        "Pre-review status: on/off and why, today's budget, outcomes, and how often model-flagged samples were real errors (a vendor manager: their team's)",
      responses: {
        '200': json('The status.', 'PreReviewStatus'),
        '401': unauthorized,
        '403': forbidden,
      },
    },
  },
  '/api/qa/prereview/settings': {
    put: {
      operationId: 'setPreReview',
      summary: 'Turn pre-review on or off, set its rate, daily budget and confidence (leads)',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('PreReviewSettingsInput') } },
      },
      responses: {
        '200': json('The status under the new settings.', 'PreReviewStatus'),
        '401': unauthorized,
        '403': forbidden,
        '422': apiError('The body does not match the schema.'),
      },
    },
  },
  '/api/qa/prereview/run': {
    post: {
      operationId: 'runPreReview',
      summary: 'Run one batch now (leads); it also runs on the configured interval',
      responses: {
        '200': json('What the batch did and why it stopped.', 'PreReviewRun'),
        '401': unauthorized,
        '403': forbidden,
      },
    },
  },
};
