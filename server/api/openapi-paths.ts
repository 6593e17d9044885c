import { adminPaths } from './admin-openapi';
import { ssoPaths } from '../oidc/sso-openapi';
import { consolePaths } from './openapi-console-paths';
import { decisionPaths } from './openapi-decision-paths';
import { guidancePaths } from './guidance-openapi';
import { trainingPaths } from './training-openapi';
import { qaPaths } from '../qa/openapi';
import { json, pathParam, unauthorized } from './openapi-helpers';

/**
 * The path items of the OpenAPI document. Bodies refer to the generated component schemas
 * by name; keep this in step with `routes.ts` (the tests check every route is listed).
 */
const filter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
});

export const openApiPaths = {
  '/api/health': {
    get: {
      operationId: 'getHealth',
      summary: 'Liveness and version',
      security: [],
      responses: { '200': json('The service is up.', 'Health') },
    },
  },
  '/api/me': {
    get: {
      operationId: 'getMe',
      summary: 'Who the bearer token belongs to, and their role',
      responses: { '200': json('The signed-in user.', 'Me'), '401': unauthorized },
    },
  },
  '/api/cases': {
    get: {
      operationId: 'listCases',
      summary: 'Case summaries in queue order',
      parameters: [
        filter('status', 'Only cases with this status (e.g. open).'),
        filter('queue', 'Only cases in this queue (e.g. Harassment).'),
      ],
      responses: { '200': json('Matching cases.', 'CaseList'), '401': unauthorized },
    },
  },
  '/api/cases/{id}': {
    get: {
      operationId: 'getCase',
      summary: "One of the case API's own (hosted) cases, with its full thread",
      parameters: [pathParam('id')],
      responses: {
        '200': json('The case.', 'Case'),
        '401': unauthorized,
        '404': json('No case with that id.', 'ApiError'),
      },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApi',
      summary: 'This document',
      security: [],
      responses: { '200': { description: 'The OpenAPI 3.1 document.' } },
    },
  },
  ...consolePaths,
  ...decisionPaths,
  ...guidancePaths,
  ...trainingPaths,
  ...qaPaths,
  ...adminPaths,
  ...ssoPaths,
};
