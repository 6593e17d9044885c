import { afterAll, beforeAll } from 'vitest';
import { startRedmine, type StartedRedmine } from './redmine';

/**
 * One Redmine for the whole test file: started before its first test (cold: ~7 s the first
 * time a machine seeds its template, then ~5 s), deleted after its last. Files run one at a
 * time (e2e/vitest.config.ts), so at most one instance is up, yet no file sees another's writes.
 */
export function useRedmine(options: { port?: number } = {}): () => StartedRedmine {
  let redmine: StartedRedmine | undefined;
  // Longer than the config's hook timeout: a first run may install Redmine with apt.
  beforeAll(async () => {
    redmine = await startRedmine(options);
  }, 240_000);
  afterAll(async () => {
    await redmine?.close();
  });
  return () => {
    if (!redmine) throw new Error('Redmine is not started: call it inside a test or hook');
    return redmine;
  };
}

/** A REST call as `key`'s user (the admin by default), e.g. `api(r, '/issues/1.json')`. */
export function redmineApi(
  redmine: StartedRedmine,
  path: string,
  init: RequestInit & { key?: string; json?: unknown } = {},
): Promise<Response> {
  const { key = redmine.apiKey, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('X-Redmine-API-Key', key);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const body = json === undefined ? rest.body : JSON.stringify(json);
  return fetch(`${redmine.url}${path}`, { ...rest, headers, body });
}
