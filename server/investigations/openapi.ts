import type { z } from 'zod';
import {
  caseEntitiesInputSchema,
  investigationNoteInputSchema,
  investigationNoteSchema,
  investigationSchema,
} from '../../utils/investigations/schema';
import { apiError, json, pathParam, ref, unauthorized } from '../api/openapi-helpers';

/** The investigations' part of the OpenAPI document (see `routes.ts` here). */

export const investigationSchemas: [z.ZodType, string][] = [
  [investigationSchema, 'Investigation'],
  [investigationNoteSchema, 'InvestigationNote'],
];

export const investigationInputSchemas: [z.ZodType, string][] = [
  [caseEntitiesInputSchema, 'CaseEntitiesInput'],
  [investigationNoteInputSchema, 'InvestigationNoteInput'],
];

const CASE = '/api/consoles/{console}/cases/{id}';
const params = [pathParam('console', 'The adapter id'), pathParam('id', "The console's case id")];
const notVisible = apiError('The case was not seen or decided within your scope.');
const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});

export const investigationPaths = {
  [`${CASE}/entities`]: {
    put: {
      operationId: 'recordCaseEntities',
      summary: "Replace a case's entities (emails, phones, handles as keyed hashes only)",
      parameters: params,
      requestBody: body('CaseEntitiesInput'),
      responses: {
        '204': { description: 'Recorded.' },
        '401': unauthorized,
        '422': apiError('A raw email, phone or handle, or another invalid entity.'),
      },
    },
  },
  [`${CASE}/investigation`]: {
    get: {
      operationId: 'getInvestigation',
      summary: 'Every visible case sharing an entity with this one, with its latest decision',
      parameters: params,
      responses: {
        '200': json('The investigation.', 'Investigation'),
        '401': unauthorized,
        '404': notVisible,
      },
    },
  },
  [`${CASE}/investigation/notes`]: {
    post: {
      operationId: 'addInvestigationNote',
      summary: 'Add a note to the investigation (append-only, audited)',
      parameters: params,
      requestBody: body('InvestigationNoteInput'),
      responses: {
        '201': json('The note.', 'InvestigationNote'),
        '401': unauthorized,
        '404': notVisible,
        '422': apiError('A note needs text.'),
      },
    },
  },
  [`${CASE}/investigation/export`]: {
    get: {
      operationId: 'exportInvestigation',
      summary: 'The investigation as a file: CSV (one row per case) or JSON',
      parameters: [
        ...params,
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'json'] } },
      ],
      responses: {
        '200': {
          description: 'The file.',
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/json': { schema: ref('Investigation') },
          },
        },
        '401': unauthorized,
        '404': notVisible,
      },
    },
  },
};
