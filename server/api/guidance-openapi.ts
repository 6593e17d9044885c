import { apiError, json, ref, unauthorized } from './openapi-helpers';

/** The guidance routes of the OpenAPI document (see `guidance-routes.ts`). */

const forbidden = apiError('Only policy leads and admins.');
const packBody = (description: string) => ({
  description,
  headers: { ETag: { description: 'Strong ETag of this exact text.', schema: { type: 'string' } } },
  content: { 'application/json': { schema: ref('GuidancePack') } },
});

export const guidancePaths = {
  '/api/guidance/current': {
    get: {
      operationId: 'getCurrentGuidance',
      summary: 'The guidance pack in force (poll it conditionally)',
      description:
        'Send the ETag you hold in `If-None-Match`; 304 means it is still current. Each call ' +
        'records, for the calling token, the version it now holds (see `/api/guidance/panels`).',
      parameters: [
        { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
      ],
      responses: {
        '200': packBody('The current pack.'),
        '304': { description: 'Not modified: the ETag sent is the current one.' },
        '401': unauthorized,
      },
    },
  },
  '/api/guidance/versions': {
    get: {
      operationId: 'listGuidanceVersions',
      summary: 'Published versions, newest first',
      responses: { '200': json('The versions.', 'GuidanceVersionList'), '401': unauthorized },
    },
    post: {
      operationId: 'publishGuidance',
      summary: 'Publish a new version (policy leads and admins)',
      description:
        'The new version is the current one + 1. An unsigned pack gets its version, publisher ' +
        'and time from the case API; a signed pack must already carry the next version. With ' +
        '`baseVersion`, a pack edited from an older version than the current one is refused.',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['pack'],
              properties: {
                baseVersion: { type: 'integer', minimum: 1 },
                pack: ref('GuidancePackInput'),
              },
            },
          },
        },
      },
      responses: {
        '201': json('Published.', 'GuidanceVersionSummary'),
        '400': apiError('Not JSON, or not `{ baseVersion?, pack }`.'),
        '401': unauthorized,
        '403': forbidden,
        '409': apiError(
          '`stale_base` (another version was published since `baseVersion`) or ' +
            '`version_mismatch` (a signed pack that is not the next version).',
        ),
        '413': apiError('Body over 2 MiB.'),
        '422': json('The pack is invalid: every problem by field.', 'PackRejected'),
      },
    },
  },
  '/api/guidance/versions/{version}': {
    get: {
      operationId: 'getGuidanceVersion',
      summary: 'One published version',
      parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        '200': packBody('The pack.'),
        '401': unauthorized,
        '404': apiError('No such version.'),
      },
    },
  },
  '/api/guidance/panels': {
    get: {
      operationId: 'listGuidancePanels',
      summary: 'Who is on which version (policy leads and admins)',
      responses: {
        '200': json('Per token: the version last fetched and when.', 'GuidancePanelList'),
        '401': unauthorized,
        '403': forbidden,
      },
    },
  },
};
