/** Building blocks for the OpenAPI path items: bodies refer to component schemas by name. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const json = (description: string, schema: string) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
});

export const apiError = (description: string) => json(description, 'ApiError');

export const unauthorized = apiError('Missing or unknown bearer token.');

export const pathParam = (name: string, description?: string) => ({
  name,
  in: 'path',
  required: true,
  ...(description ? { description } : {}),
  schema: { type: 'string' },
});
