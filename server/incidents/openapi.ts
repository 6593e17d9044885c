import type { z } from 'zod';
import {
  checklistTickSchema,
  incidentActivitySchema,
  incidentChecklistSchema,
  incidentInputSchema,
  incidentMatchAnswerSchema,
  incidentMatchInputSchema,
  incidentListSchema,
  incidentRejectedSchema,
  incidentSchema,
} from '../../utils/incidents/schema';
import { apiError, json, pathParam, ref, unauthorized } from '../api/openapi-helpers';

/** The incidents' part of the OpenAPI document (see `routes.ts` here). */

export const incidentSchemas: [z.ZodType, string][] = [
  [incidentSchema, 'Incident'],
  [incidentListSchema, 'IncidentList'],
  [incidentRejectedSchema, 'IncidentRejected'],
  [incidentActivitySchema, 'IncidentActivity'],
  [incidentChecklistSchema, 'IncidentChecklist'],
  [incidentMatchAnswerSchema, 'IncidentMatchAnswer'],
];

export const incidentInputSchemas: [z.ZodType, string][] = [
  [incidentInputSchema, 'IncidentInput'],
  [incidentMatchInputSchema, 'IncidentMatchInput'],
  [checklistTickSchema, 'ChecklistTick'],
];

const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});
const closedAlready = apiError('The incident is closed.');

const forbidden = apiError('Only policy leads and admins.');
const notFound = apiError('No such incident.');

export const incidentPaths = {
  '/api/incidents': {
    get: {
      operationId: 'listIncidents',
      summary: 'Open incidents (every panel polls this); ?all=true adds closed ones',
      parameters: [
        { name: 'all', in: 'query', required: false, schema: { type: 'string', enum: ['true'] } },
      ],
      responses: { '200': json('The incidents.', 'IncidentList'), '401': unauthorized },
    },
    post: {
      operationId: 'declareIncident',
      summary: 'Declare an incident (policy leads, admins)',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('IncidentInput') } },
      },
      responses: {
        '201': json('The incident.', 'Incident'),
        '401': unauthorized,
        '403': forbidden,
        '422': json('Each problem at its path.', 'IncidentRejected'),
      },
    },
  },
  '/api/incidents/{id}': {
    get: {
      operationId: 'getIncident',
      summary: 'One incident, open or closed',
      parameters: [pathParam('id')],
      responses: { '200': json('The incident.', 'Incident'), '401': unauthorized, '404': notFound },
    },
  },
  '/api/incidents/{id}/activity': {
    get: {
      operationId: 'incidentActivity',
      summary: 'Decisions tagged with the incident, per hour, reviewer and action',
      parameters: [pathParam('id')],
      responses: {
        '200': json('The activity.', 'IncidentActivity'),
        '401': unauthorized,
        '404': notFound,
      },
    },
  },
  '/api/incidents/{id}/close': {
    post: {
      operationId: 'closeIncident',
      summary: 'Close an incident: its overlay leaves every panel, its record stays',
      parameters: [pathParam('id')],
      responses: {
        '200': json('The closed incident.', 'Incident'),
        '401': unauthorized,
        '403': forbidden,
        '404': notFound,
        '409': apiError('Closed already.'),
      },
    },
  },
  '/api/incidents/{id}/matches': {
    post: {
      operationId: 'reportIncidentMatch',
      summary: "A panel's case matches the incident (console and case id only; once per case)",
      parameters: [pathParam('id')],
      requestBody: body('IncidentMatchInput'),
      responses: {
        '201': json('Counted.', 'IncidentMatchAnswer'),
        '200': json('Already counted.', 'IncidentMatchAnswer'),
        '401': unauthorized,
        '404': notFound,
        '409': closedAlready,
        '422': apiError('Not a match report.'),
      },
    },
  },
  '/api/incidents/{id}/checklist': {
    get: {
      operationId: 'incidentChecklist',
      summary: "The playbook's steps, who ticked each and when",
      parameters: [pathParam('id')],
      responses: {
        '200': json('The checklist.', 'IncidentChecklist'),
        '401': unauthorized,
        '404': notFound,
      },
    },
  },
  '/api/incidents/{id}/checklist/{step}': {
    post: {
      operationId: 'tickIncidentChecklist',
      summary: 'Tick or untick a step (policy leads, admins; audited)',
      parameters: [pathParam('id'), pathParam('step')],
      requestBody: body('ChecklistTick'),
      responses: {
        '200': json('The checklist.', 'IncidentChecklist'),
        '401': unauthorized,
        '403': forbidden,
        '404': notFound,
        '409': closedAlready,
        '422': apiError('No such step, or not a tick.'),
      },
    },
  },
};
