import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS } from '../index';
import { useServer } from './helpers';

const { get, server } = useServer();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('response validation', () => {
  it('refuses to send data that breaks the shared schema, as a 500 apiError', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Corrupt the stored case: a creation time that is not ISO 8601.
    server().db.prepare("UPDATE cases SET created_at = 'yesterday' WHERE id = 'C-1001'").run();

    for (const path of ['/api/cases/C-1001', '/api/cases']) {
      const response = await get(path, DEMO_TOKENS.reviewer);
      expect({ path, status: response.status }).toEqual({ path, status: 500 });
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('internal');
    }
    expect(logged).toHaveBeenCalled();

    // Other cases are unaffected.
    expect((await get('/api/cases/C-1002', DEMO_TOKENS.reviewer)).status).toBe(200);
  });
});
