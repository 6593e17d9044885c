import type { z } from 'zod';
import {
  exposureAggregateSchema,
  exposureReportAnswerSchema,
  exposureReportSchema,
} from '../../utils/wellness/exposure-report-schema';
import { apiError, json, ref, unauthorized } from '../api/openapi-helpers';

/** Reviewer exposure's part of the OpenAPI document (see `routes.ts` here). */

export const exposureSchemas: [z.ZodType, string][] = [
  [exposureAggregateSchema, 'ExposureAggregate'],
  [exposureReportAnswerSchema, 'ExposureReportAnswer'],
];

export const exposureInputSchemas: [z.ZodType, string][] = [
  [exposureReportSchema, 'ExposureReport'],
];

export const exposurePaths = {
  '/api/wellness/exposure': {
    post: {
      operationId: 'reportExposure',
      summary: "Add a reviewer's high-severity time, breaks and suggestions to their team's day",
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('ExposureReport') } },
      },
      responses: {
        '201': json('Counted.', 'ExposureReportAnswer'),
        '200': json('Already counted (same reportId).', 'ExposureReportAnswer'),
        '401': unauthorized,
        '422': apiError('Not a valid report.'),
      },
    },
    get: {
      operationId: 'readExposure',
      summary:
        "Team exposure per day (leads: their team; admins: all or ?team=); per person only where the team's guidance shares it",
      parameters: [
        { name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date' } },
        { name: 'team', in: 'query', required: false, schema: { type: 'string' } },
      ],
      responses: {
        '200': json('The figures.', 'ExposureAggregate'),
        '401': unauthorized,
        '403': apiError('Only policy leads and admins.'),
      },
    },
  },
};
