import type { z } from 'zod';
import {
  caseEscalationsSchema,
  escalationListSchema,
  escalationSchema,
  escalationTransitionSchema,
} from '../../utils/escalations/schema';
import {
  escalationEventSchema,
  webhookInputSchema,
  webhookListSchema,
  webhookSchema,
} from '../../utils/escalations/webhook-schema';
import { apiError, json, pathParam, ref, unauthorized } from '../api/openapi-helpers';

/** The escalations' part of the OpenAPI document (see `routes.ts` and `webhook-routes.ts`). */

export const escalationSchemas: [z.ZodType, string][] = [
  [escalationSchema, 'Escalation'],
  [caseEscalationsSchema, 'CaseEscalations'],
  [escalationListSchema, 'EscalationList'],
  [webhookSchema, 'EscalationWebhook'],
  [webhookListSchema, 'EscalationWebhookList'],
  [escalationEventSchema, 'EscalationEvent'],
];

export const escalationInputSchemas: [z.ZodType, string][] = [
  [escalationTransitionSchema, 'EscalationTransition'],
  [webhookInputSchema, 'EscalationWebhookInput'],
];

const leadsOnly = apiError('Only policy leads and admins.');
const adminsOnly = apiError('Only admins.');
const notFound = apiError('No such escalation.');
const caseParams = [pathParam('console'), pathParam('id')];

const transition = (operationId: string, summary: string) => ({
  post: {
    operationId,
    summary,
    parameters: [pathParam('id')],
    requestBody: {
      required: false,
      content: { 'application/json': { schema: ref('EscalationTransition') } },
    },
    responses: {
      '200': json('The escalation.', 'Escalation'),
      '401': unauthorized,
      '403': leadsOnly,
      '404': notFound,
      '409': apiError(
        'Not from its current state (closed already, acknowledged twice), with who and when.',
      ),
      '422': apiError('Not a transition body.'),
    },
  },
});

export const escalationPaths = {
  '/api/consoles/{console}/cases/{id}/escalations': {
    get: {
      operationId: 'caseEscalations',
      summary: "A case's escalations with history and webhook deliveries (any signed-in user)",
      parameters: caseParams,
      responses: { '200': json('The escalations.', 'CaseEscalations'), '401': unauthorized },
    },
  },
  '/api/cases/{id}/escalations': {
    get: {
      operationId: 'hostedCaseEscalations',
      summary: "A hosted case's escalations",
      parameters: [pathParam('id')],
      responses: { '200': json('The escalations.', 'CaseEscalations'), '401': unauthorized },
    },
  },
  '/api/escalations': {
    get: {
      operationId: 'listEscalations',
      summary: 'Escalations not closed yet, oldest first, scoped by role (leads: all)',
      responses: { '200': json('The escalations.', 'EscalationList'), '401': unauthorized },
    },
  },
  '/api/escalations/{id}/acknowledge': transition(
    'acknowledgeEscalation',
    'Acknowledge (leads, admins)',
  ),
  '/api/escalations/{id}/close': transition('closeEscalation', 'Close (leads, admins)'),
  '/api/admin/escalation-webhooks': {
    get: {
      operationId: 'listEscalationWebhooks',
      summary: 'Configured escalation webhooks, without their secrets (admins)',
      responses: {
        '200': json('The webhooks.', 'EscalationWebhookList'),
        '401': unauthorized,
        '403': adminsOnly,
      },
    },
    post: {
      operationId: 'addEscalationWebhook',
      summary: 'Add a webhook: https (http to localhost only) and its HMAC secret (admins)',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('EscalationWebhookInput') } },
      },
      responses: {
        '201': json('The webhook.', 'EscalationWebhook'),
        '401': unauthorized,
        '403': adminsOnly,
        '422': apiError('Not https, or a short secret, with the reason.'),
      },
    },
  },
  '/api/admin/escalation-webhooks/{id}': {
    delete: {
      operationId: 'removeEscalationWebhook',
      summary: 'Remove a webhook; its pending deliveries are cancelled (admins)',
      parameters: [pathParam('id')],
      responses: {
        '204': { description: 'Removed.' },
        '401': unauthorized,
        '403': adminsOnly,
        '404': apiError('No such webhook.'),
      },
    },
  },
};
