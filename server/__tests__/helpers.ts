import { afterAll, beforeAll } from 'vitest';
import { startCaseApi, type StartCaseApiOptions, type StartedServer } from '../index';

/**
 * Starts a real server on a free port for the duration of a test file and returns accessors.
 * Tests talk to it over HTTP with fetch, exactly as the extension's background does. With the
 * demo data unless `demo: false` (most tests sign in with the demo tokens).
 */
export function useServer(options: Partial<StartCaseApiOptions> = {}) {
  let server: StartedServer | undefined;
  beforeAll(async () => {
    server = await startCaseApi({ port: 0, demo: true, ...options });
  });
  afterAll(async () => {
    await server?.close();
  });

  const current = (): StartedServer => {
    if (!server) throw new Error('server not started');
    return server;
  };

  return {
    server: current,
    get(path: string, token?: string): Promise<Response> {
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return fetch(`${current().url}${path}`, { headers });
    },
  };
}
