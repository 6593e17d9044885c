import { apiError, json, pathParam, ref, unauthorized } from './openapi-helpers';

/** The training routes of the OpenAPI document (see `training-routes.ts`). */

const forbidden = apiError('Only trainers and admins.');
const notFound = apiError('No such gold set.');
const invalid = apiError('The body does not match the schema; the message names each field.');
const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});
const setParam = pathParam('id', 'The gold set id.');

export const trainingPaths = {
  '/api/training/sets': {
    get: {
      operationId: 'listGoldSets',
      summary: 'Gold sets, newest first (trainers and admins)',
      responses: { '200': json('The sets.', 'GoldSetList'), '401': unauthorized, '403': forbidden },
    },
    post: {
      operationId: 'createGoldSet',
      summary: 'Create a gold set (trainers and admins)',
      description:
        'Each case is copied (from the case API or from the body) under a fresh id; decisions ' +
        'on the copy are filed as training attempts, never as live decisions.',
      requestBody: body('GoldSetInput'),
      responses: {
        '201': json('The set, with its answers.', 'GoldSet'),
        '401': unauthorized,
        '403': forbidden,
        '422': invalid,
      },
    },
  },
  '/api/training/sets/{id}': {
    get: {
      operationId: 'getGoldSet',
      summary: 'A gold set with its answers and assignments (trainers and admins)',
      parameters: [setParam],
      responses: {
        '200': json('The set.', 'GoldSet'),
        '401': unauthorized,
        '403': forbidden,
        '404': notFound,
      },
    },
  },
  '/api/training/sets/{id}/assignments': {
    post: {
      operationId: 'assignGoldSet',
      summary: 'Assign the set to trainees by reviewer id (trainers and admins)',
      parameters: [setParam],
      requestBody: body('AssignInput'),
      responses: {
        '200': json('The set with every assignment.', 'GoldSet'),
        '401': unauthorized,
        '403': forbidden,
        '404': notFound,
        '422': invalid,
      },
    },
  },
  '/api/training/sets/{id}/attempts': {
    get: {
      operationId: 'listAttempts',
      summary: "Every attempt on the set's cases (trainers and admins)",
      parameters: [setParam],
      responses: {
        '200': json('Attempts in order of receipt.', 'AttemptList'),
        '401': unauthorized,
        '403': forbidden,
        '404': notFound,
      },
    },
  },
  '/api/training/mine': {
    get: {
      operationId: 'myTraining',
      summary: 'The sets assigned to the caller: cases and progress, never answers',
      responses: { '200': json('My sets.', 'TraineeSets'), '401': unauthorized },
    },
  },
  '/api/training/cases/{caseId}/reveal': {
    get: {
      operationId: 'revealGoldAnswer',
      summary: 'The gold answer of a case, once the caller has attempted it',
      description:
        'Trainers and admins always; anyone else only after their own attempt. Before that, ' +
        'and for a live case, the answer is the same 404, so asking cannot tell them apart.',
      parameters: [pathParam('caseId')],
      responses: {
        '200': json('The answer and the caller’s first attempt.', 'Reveal'),
        '401': unauthorized,
        '404': apiError('Not a gold case, or not attempted yet.'),
      },
    },
  },
  '/api/training/calibration': {
    get: {
      operationId: 'getCalibration',
      summary: 'The live calibration setting (trainers and admins)',
      responses: {
        '200': json('The setting.', 'Calibration'),
        '401': unauthorized,
        '403': forbidden,
      },
    },
    put: {
      operationId: 'setCalibration',
      summary: 'Slip gold cases into the live queue at a rate (trainers and admins)',
      requestBody: body('Calibration'),
      responses: {
        '200': json('The setting now in force.', 'Calibration'),
        '401': unauthorized,
        '403': forbidden,
        '422': invalid,
      },
    },
  },
};
