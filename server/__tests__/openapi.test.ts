import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSchema } from '../../utils/case/schema';
import { useServer } from './helpers';

const { get, server } = useServer();

const documentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  servers: z.array(z.object({ url: z.string() })),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({
    schemas: z.record(z.string(), z.record(z.string(), z.unknown())),
    securitySchemes: z.record(z.string(), z.object({ type: z.string(), scheme: z.string() })),
  }),
});

async function loadDocument() {
  const response = await get('/api/openapi.json');
  expect(response.status).toBe(200);
  return documentSchema.parse(await response.json());
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document for this server, with bearer auth', async () => {
    const doc = await loadDocument();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]?.url).toBe(server().url);
    expect(doc.components.securitySchemes.bearerAuth).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
  });

  it('lists every route', async () => {
    const doc = await loadDocument();
    expect(Object.keys(doc.paths).toSorted()).toEqual([
      '/api/accounts/{accountId}/decisions',
      '/api/admin/audit',
      '/api/admin/escalation-webhooks',
      '/api/admin/escalation-webhooks/{id}',
      '/api/admin/sso-groups',
      '/api/admin/teams',
      '/api/admin/tokens',
      '/api/admin/tokens/{id}/revoke',
      '/api/admin/users',
      '/api/admin/users/{id}',
      '/api/auth/oidc/config',
      '/api/auth/oidc/session',
      '/api/case-policy',
      '/api/cases',
      '/api/cases/{id}',
      '/api/cases/{id}/decisions',
      '/api/cases/{id}/escalations',
      '/api/consoles/{console}/accounts/{accountId}/decisions',
      '/api/consoles/{console}/cases/{id}',
      '/api/consoles/{console}/cases/{id}/decisions',
      '/api/consoles/{console}/cases/{id}/entities',
      '/api/consoles/{console}/cases/{id}/escalations',
      '/api/consoles/{console}/cases/{id}/investigation',
      '/api/consoles/{console}/cases/{id}/investigation/export',
      '/api/consoles/{console}/cases/{id}/investigation/notes',
      '/api/decisions',
      '/api/decisions/batch',
      '/api/escalations',
      '/api/escalations/{id}/acknowledge',
      '/api/escalations/{id}/close',
      '/api/feedback/export',
      '/api/feedback/report',
      '/api/guidance/current',
      '/api/guidance/panels',
      '/api/guidance/versions',
      '/api/guidance/versions/{version}',
      '/api/health',
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/incidents/{id}/activity',
      '/api/incidents/{id}/checklist',
      '/api/incidents/{id}/checklist/{step}',
      '/api/incidents/{id}/close',
      '/api/incidents/{id}/matches',
      '/api/me',
      '/api/openapi.json',
      '/api/ops/sla-today',
      '/api/ops/summary',
      '/api/qa/prereview',
      '/api/qa/prereview/run',
      '/api/qa/prereview/settings',
      '/api/qa/queue',
      '/api/qa/results',
      '/api/qa/results/{decisionId}/dispute',
      '/api/qa/results/{decisionId}/settle',
      '/api/qa/rules',
      '/api/qa/sample',
      '/api/qa/samples/{decisionId}/original',
      '/api/qa/samples/{decisionId}/review',
      '/api/qa/samples/{decisionId}/snapshot',
      '/api/qa/scorecard',
      '/api/qa/scorecard/{version}',
      '/api/training/calibration',
      '/api/training/cases/{caseId}/reveal',
      '/api/training/mine',
      '/api/training/sets',
      '/api/training/sets/{id}',
      '/api/training/sets/{id}/assignments',
      '/api/training/sets/{id}/attempts',
      '/api/wellness/exposure',
      '/healthz',
      '/readyz',
    ]);
    expect(Object.keys(doc.paths['/api/cases/{id}/decisions'] ?? {}).toSorted()).toEqual([
      'get',
      'post',
    ]);
  });

  it('documents the decision POST on both routes: Idempotency-Key header, input body, answers', async () => {
    const doc = await loadDocument();
    const postSchema = z.object({
      operationId: z.string(),
      parameters: z.array(z.object({ name: z.string(), in: z.string(), required: z.boolean() })),
      requestBody: z.unknown(),
      responses: z.record(z.string(), z.unknown()),
    });
    for (const path of [
      '/api/cases/{id}/decisions',
      '/api/consoles/{console}/cases/{id}/decisions',
    ]) {
      const post = postSchema.parse(doc.paths[path]?.post);
      expect(post.parameters).toContainEqual(
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      );
      expect(JSON.stringify(post.requestBody)).toContain('#/components/schemas/DecisionInput');
      expect(Object.keys(post.responses)).toEqual(
        expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '422']),
      );
      expect(JSON.stringify(post.responses['201'])).toContain('RecordedDecision');
      expect(JSON.stringify(post.responses['409'])).toContain('AlreadyDecided');
    }
    const consolePost = postSchema.parse(
      doc.paths['/api/consoles/{console}/cases/{id}/decisions']?.post,
    );
    expect(consolePost.parameters.map((p) => p.name)).toEqual(['console', 'id', 'Idempotency-Key']);
    expect(consolePost.operationId).toBe('recordConsoleDecision');
  });

  it('documents console cases, their record and the case policy', async () => {
    const doc = await loadDocument();
    const caseAnswer = JSON.stringify(doc.paths['/api/consoles/{console}/cases/{id}']?.get);
    expect(caseAnswer).toContain('#/components/schemas/ConsoleCase');
    expect(JSON.stringify(doc.paths['/api/case-policy']?.get)).toContain('CasePolicy');
    const { schemas } = doc.components;
    expect(Object.keys(schemas.CasePolicy?.properties ?? {})).toEqual([
      'unknownCases',
      'keepCaseText',
      'retentionDays',
    ]);
    expect(JSON.stringify(schemas.Decision)).toContain('#/components/schemas/CaseRecord');
    expect(JSON.stringify(schemas.DecisionInput)).toContain('#/components/schemas/CaseRecordInput');
    expect(schemas.CaseRecord?.required).toEqual(
      expect.arrayContaining(['url', 'contentHash', 'itemCount', 'adapter']),
    );
    expect(schemas.CaseRecord?.required).not.toContain('items');
  });

  it('has component schemas generated from the shared zod schemas', async () => {
    const { components } = await loadDocument();
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['Case', 'CaseItem', 'Party', 'Media', 'CaseList', 'CaseSummary']),
    );
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['Health', 'Me', 'Role', 'ApiError']),
    );
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining([
        'Decision',
        'DecisionInput',
        'DecisionMode',
        'SuggestionSnapshot',
        'RecordedDecision',
        'DecisionHistory',
        'AlreadyDecided',
      ]),
    );
    // The request body is described as zod reads it: defaulted fields are optional there.
    const snapshot = z
      .object({ properties: z.object({ suggestion: z.object({ required: z.array(z.string()) }) }) })
      .parse(components.schemas.DecisionInput);
    expect(snapshot.properties.suggestion.required).not.toContain('scores');
    expect(components.schemas.SuggestionSnapshot?.required).toContain('scores');
    // The same shape zod generates for the Case on its own, with refs into components.
    const expected = z.toJSONSchema(caseSchema);
    expect(Object.keys(components.schemas.Case?.properties ?? {})).toEqual(
      Object.keys(expected.properties ?? {}),
    );
    expect(components.schemas.Case?.required).toEqual(expected.required);
    expect(JSON.stringify(components.schemas.Case)).toContain('#/components/schemas/CaseItem');
    expect(JSON.stringify(components)).not.toContain('$schema');
  });

  it('documents every admin operation as admins-only, with its shared schema', async () => {
    const doc = await loadDocument();
    const admin = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/admin/'));
    const operations = admin.flatMap(([, item]) => Object.values(item));
    expect(operations).toHaveLength(15);
    for (const operation of operations) expect(JSON.stringify(operation)).toContain('"403"');
    const issue = JSON.stringify(doc.paths['/api/admin/tokens']?.post);
    expect(issue).toContain('#/components/schemas/TokenInput');
    expect(issue).toContain('#/components/schemas/IssuedToken');
    expect(doc.components.schemas.Role?.enum).toContain('qa-reviewer');
    expect(Object.keys(doc.components.schemas.Me?.properties ?? {})).toEqual(
      expect.arrayContaining(['team', 'site']),
    );
  });

  it('only references schemas that exist', async () => {
    const doc = await loadDocument();
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(doc.components.schemas[ref.split('/').at(-1) ?? '']).toBeDefined();
    }
  });
});
