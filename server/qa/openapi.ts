import { apiError, json, pathParam, ref, unauthorized } from '../api/openapi-helpers';

/** The QA and operations routes of the OpenAPI document (see `routes.ts`, `../ops/`). */

const forbidden = apiError('The role may not do this (leads set rules; QA reviewers score).');
const invalid = apiError('The body does not match the schema; the message names each field.');
const notFound = apiError('No such sample, result or dispute.');
const conflict = apiError('Already reviewed, disputed or settled; or decided in the wrong order.');
const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});
const decisionParam = pathParam('decisionId', 'The sampled live decision.');
const ok = (description: string, schema: string, status = '200') => ({
  [status]: json(description, schema),
  '401': unauthorized,
  '403': forbidden,
});

export const qaPaths = {
  '/api/qa/rules': {
    get: {
      operationId: 'getQaRules',
      summary: 'Sampling rules and expected daily count',
      responses: ok('The rules.', 'SamplingRulesAnswer'),
    },
    put: {
      operationId: 'setQaRules',
      summary: 'Set the sampling rules (leads): a new version, with an over-sampling warning',
      requestBody: body('SamplingRulesInput'),
      responses: { ...ok('The rules.', 'SamplingRulesAnswer'), '422': invalid },
    },
  },
  '/api/qa/sample': {
    post: {
      operationId: 'runQaSampling',
      summary: 'Apply the rules to unsampled live decisions (leads)',
      responses: ok('How many were added.', 'QaSampleRun'),
    },
  },
  '/api/qa/scorecard': {
    get: {
      operationId: 'getScorecard',
      summary: 'The current scorecard',
      responses: ok('The scorecard.', 'Scorecard'),
    },
    put: {
      operationId: 'editScorecard',
      summary: 'A new scorecard version (leads); past scores keep theirs',
      requestBody: body('ScorecardInput'),
      responses: { ...ok('The new version.', 'Scorecard', '201'), '422': invalid },
    },
  },
  '/api/qa/scorecard/{version}': {
    get: {
      operationId: 'getScorecardVersion',
      summary: 'One scorecard version',
      parameters: [pathParam('version')],
      responses: { ...ok('The scorecard.', 'Scorecard'), '404': notFound },
    },
  },
  '/api/qa/queue': {
    get: {
      operationId: 'getQaQueue',
      summary: 'Unreviewed samples, blind (QA reviewers)',
      responses: ok('The queue.', 'QaQueue'),
    },
  },
  '/api/qa/samples/{decisionId}/original': {
    get: {
      operationId: 'getQaOriginal',
      summary: 'The original, once the caller decided the case in mode qa',
      parameters: [decisionParam],
      responses: { ...ok('Both decisions.', 'QaOriginal'), '404': notFound, '409': conflict },
    },
  },
  '/api/qa/samples/{decisionId}/snapshot': {
    get: {
      operationId: 'getQaSnapshot',
      summary: 'The stored case text the sampled decision was made on (QA reviewers, leads)',
      parameters: [decisionParam],
      responses: {
        ...ok('The snapshot, never the decision.', 'CaseSnapshot'),
        '404': apiError('Not sampled, or no snapshot: not kept, gone, or a hosted case.'),
      },
    },
  },
  '/api/qa/samples/{decisionId}/review': {
    post: {
      operationId: 'reviewQaSample',
      summary: 'Score the original on the current scorecard',
      parameters: [decisionParam],
      requestBody: body('QaReviewInput'),
      responses: {
        ...ok('The result.', 'QaResult', '201'),
        '404': notFound,
        '409': conflict,
        '422': invalid,
      },
    },
  },
  '/api/qa/results': {
    get: {
      operationId: 'listQaResults',
      summary: "QA results in the caller's scope, newest first",
      responses: ok('The results.', 'QaResults'),
    },
  },
  '/api/qa/results/{decisionId}/dispute': {
    post: {
      operationId: 'disputeQaResult',
      summary: 'Dispute once (the original reviewer); refused on a reversed decision',
      parameters: [decisionParam],
      requestBody: body('DisputeInput'),
      responses: { ...ok('The result.', 'QaResult', '201'), '404': notFound, '409': conflict },
    },
  },
  '/api/qa/results/{decisionId}/settle': {
    post: {
      operationId: 'settleQaDispute',
      summary: 'Settle a dispute (leads)',
      parameters: [decisionParam],
      requestBody: body('SettleInput'),
      responses: { ...ok('The result.', 'QaResult'), '404': notFound, '409': conflict },
    },
  },
  '/api/ops/sla-today': {
    get: {
      operationId: 'getSlaToday',
      summary: "A queue's cases decided after their SLA since a time",
      responses: { '200': json('The counts.', 'SlaToday'), '400': invalid, '401': unauthorized },
    },
  },
};
