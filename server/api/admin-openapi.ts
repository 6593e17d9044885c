import { apiError, json, pathParam, ref, unauthorized } from './openapi-helpers';

/** The admin routes of the OpenAPI document (see `admin-routes.ts`). */

const forbidden = apiError('Only admins.');
const invalid = apiError('The body does not match the schema; the message names each field.');
const conflict = apiError('It exists already (id, name, email), or it was revoked already.');
const body = (schema: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});
const query = (name: string, description: string, type = 'string') => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type },
});
const guarded = { '401': unauthorized, '403': forbidden };

export const adminPaths = {
  '/api/admin/users': {
    get: {
      operationId: 'listUsers',
      summary: 'Every user, with role, team, site and whether disabled (admins)',
      responses: { '200': json('The users.', 'UserList'), ...guarded },
    },
    post: {
      operationId: 'createUser',
      summary: 'Create a user or a service account (admins; audited)',
      requestBody: body('UserInput'),
      responses: {
        '201': json('The user.', 'User'),
        ...guarded,
        '409': conflict,
        '422': apiError('Invalid body, or no such team.'),
      },
    },
  },
  '/api/admin/users/{id}': {
    patch: {
      operationId: 'changeUser',
      summary: 'Change role, team, site or name; disable or enable (admins; audited)',
      description:
        "Disabling takes effect on the user's next request: every token of theirs is refused " +
        'from then on. An admin cannot disable or demote themselves, nor anyone the last enabled ' +
        'admin (409).',
      parameters: [pathParam('id', 'The user id.')],
      requestBody: body('UserChange'),
      responses: {
        '200': json('The user as changed.', 'User'),
        ...guarded,
        '404': apiError('No such user.'),
        '409': apiError('An admin cannot disable or demote themselves or the last enabled admin.'),
        '422': apiError('Invalid body, or no such team.'),
      },
    },
  },
  '/api/admin/teams': {
    get: {
      operationId: 'listTeams',
      summary: 'Every team, in-house and vendor (admins)',
      responses: { '200': json('The teams.', 'TeamList'), ...guarded },
    },
    post: {
      operationId: 'createTeam',
      summary: 'Create a team (admins; audited)',
      requestBody: body('TeamInput'),
      responses: { '201': json('The team.', 'Team'), ...guarded, '409': conflict, '422': invalid },
    },
  },
  '/api/admin/tokens': {
    get: {
      operationId: 'listTokens',
      summary: 'Tokens, newest first, never the token itself (admins)',
      parameters: [query('userId', "Only this user's tokens.")],
      responses: { '200': json('The tokens.', 'TokenList'), ...guarded },
    },
    post: {
      operationId: 'issueToken',
      summary: 'Issue a token to a user (admins; audited)',
      description:
        'The answer is the only time the token is shown: the server keeps its sha-256 alone.',
      requestBody: body('TokenInput'),
      responses: {
        '201': json('The token, shown once, and its record.', 'IssuedToken'),
        ...guarded,
        '404': apiError('No such user.'),
        '422': invalid,
      },
    },
  },
  '/api/admin/tokens/{id}/revoke': {
    post: {
      operationId: 'revokeToken',
      summary: 'Revoke a token; it is refused from its next request on (admins; audited)',
      parameters: [pathParam('id', 'The token id (tok_…), as listed.')],
      responses: {
        '200': json('The token record, revoked.', 'TokenInfo'),
        ...guarded,
        '404': apiError('No such token.'),
        '409': apiError('Revoked already.'),
      },
    },
  },
  '/api/admin/audit': {
    get: {
      operationId: 'listAudit',
      summary: 'The audit log of account changes, newest first (admins)',
      parameters: [
        query('limit', 'At most this many entries (default 100, max 1000).', 'integer'),
        query('before', 'Only entries with a lower seq (to page back).', 'integer'),
      ],
      responses: {
        '200': json('The entries.', 'AuditList'),
        '400': apiError('Invalid query.'),
        ...guarded,
      },
    },
  },
};
