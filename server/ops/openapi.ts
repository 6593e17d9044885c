import type { z } from 'zod';
import { opsSummarySchema } from '../../utils/ops/summary-schema';
import { apiError, json, unauthorized } from '../api/openapi-helpers';

/** The operations dashboard's part of the OpenAPI document (see `summary-routes.ts`). */

export const opsSchemas: [z.ZodType, string][] = [[opsSummarySchema, 'OpsSummary']];

const filter = (name: string, description: string, required = false, type = 'string') => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type },
});

export const opsPaths = {
  '/api/ops/summary': {
    get: {
      operationId: 'getOpsSummary',
      summary: 'Operations figures per period, queue, team and reviewer, in the caller’s scope',
      description:
        'Decisions, handle time (median, p90), SLA attainment, QA score, overturn rate, open ' +
        'disputes, model agreement and escalations over live decisions. Leads, QA reviewers ' +
        'and admins see every team; vendor managers and trainers their own (another `team` is ' +
        '403); reviewers are refused.',
      parameters: [
        filter('from', 'Decided at or after (ISO 8601).', true),
        filter('to', 'Decided before (ISO 8601).', true),
        filter('granularity', '`day` (default) or `week` (ISO weeks, from Monday, UTC).'),
        filter('team', 'A team id.'),
        filter('queue', "The case's queue."),
        filter('reviewer', 'A reviewer id.'),
        filter('console', 'The console (adapter id) the case was decided in.'),
        filter('guidanceVersion', 'The guidance version decided under.', false, 'integer'),
      ],
      responses: {
        '200': json('The figures.', 'OpsSummary'),
        '400': apiError('A filter is malformed; the message names it.'),
        '401': unauthorized,
        '403': apiError('A reviewer, or another team than the vendor manager’s own.'),
      },
    },
  },
};
