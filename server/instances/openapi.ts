import { z } from 'zod';
import { livenessSchema, readinessSchema } from './health-schema';

/** The probes' part of the OpenAPI document (see `health-routes.ts` here). */
const inline = (description: string, schema: z.ZodType) => {
  const { $schema: _s, ...jsonSchema } = z.toJSONSchema(schema);
  return { description, content: { 'application/json': { schema: jsonSchema } } };
};

export const healthPaths = {
  '/healthz': {
    get: {
      operationId: 'getLiveness',
      summary: 'Liveness: this instance answers (restart it if not)',
      security: [],
      responses: { '200': inline('The process is up.', livenessSchema) },
    },
  },
  '/readyz': {
    get: {
      operationId: 'getReadiness',
      summary: 'Readiness: database answers, migrations applied, not shutting down',
      security: [],
      responses: {
        '200': inline('Send traffic here.', readinessSchema),
        '503': inline('Take this instance out of rotation; `checks` says why.', readinessSchema),
      },
    },
  },
};
