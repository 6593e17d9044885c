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
      '/api/cases',
      '/api/cases/{id}',
      '/api/health',
      '/api/me',
      '/api/openapi.json',
    ]);
  });

  it('has component schemas generated from the shared zod schemas', async () => {
    const { components } = await loadDocument();
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['Case', 'CaseItem', 'Party', 'Media', 'CaseList', 'CaseSummary']),
    );
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['Health', 'Me', 'Role', 'ApiError']),
    );
    // The same shape zod generates for the Case on its own, with refs into components.
    const expected = z.toJSONSchema(caseSchema);
    expect(Object.keys(components.schemas.Case?.properties ?? {})).toEqual(
      Object.keys(expected.properties ?? {}),
    );
    expect(components.schemas.Case?.required).toEqual(expected.required);
    expect(JSON.stringify(components.schemas.Case)).toContain('#/components/schemas/CaseItem');
    expect(JSON.stringify(components)).not.toContain('$schema');
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
