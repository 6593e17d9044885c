import { apiError, json, ref, unauthorized } from '../api/openapi-helpers';

/** The single sign-on routes of the OpenAPI document (see `routes.ts` beside this). */

const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});
const admins = { '401': unauthorized, '403': apiError('Only admins.') };

export const ssoPaths = {
  '/api/auth/oidc/config': {
    get: {
      operationId: 'getSsoConfig',
      summary: 'Which OpenID Connect provider and client id this case API accepts sign-ins from',
      security: [],
      responses: { '200': json('The configuration.', 'SsoConfig') },
    },
  },
  '/api/auth/oidc/session': {
    post: {
      operationId: 'createSsoSession',
      summary: "Trade the provider's ID token (with the sign-in's nonce) for a session token",
      description:
        'The ID token is checked (signature against the provider keys, issuer, audience, ' +
        'expiry, nonce). The person is linked to a user by issuer and subject, or on first ' +
        'sign-in by verified email, or created when a group maps to a role.',
      security: [],
      requestBody: body('SsoSessionRequest'),
      responses: {
        '201': json('The session: a bearer token until expiresAt.', 'SsoSession'),
        '401': apiError('The ID token is not valid.'),
        '403': apiError('No role for these groups, or the user is disabled.'),
        '404': apiError('No single sign-on is set up.'),
        '503': apiError('The provider cannot be reached (Retry-After).'),
      },
    },
  },
  '/api/admin/sso-groups': {
    get: {
      operationId: 'listSsoGroups',
      summary: 'Provider group → role/team mappings (admins)',
      responses: { '200': json('The mappings.', 'GroupMappingList'), ...admins },
    },
    post: {
      operationId: 'mapSsoGroup',
      summary:
        'Map a provider group to a role and/or team, replacing its mapping (admins; audited)',
      requestBody: body('GroupMappingInput'),
      responses: {
        '200': json('The mapping.', 'GroupMapping'),
        ...admins,
        '422': apiError('Invalid body, or no such team.'),
      },
    },
    delete: {
      operationId: 'unmapSsoGroup',
      summary: 'Remove the mapping named by the `group` query parameter (admins; audited)',
      parameters: [{ name: 'group', in: 'query', required: true, schema: { type: 'string' } }],
      responses: {
        '200': json('The removed mapping.', 'GroupMapping'),
        ...admins,
        '404': apiError('No such mapping.'),
      },
    },
  },
};
