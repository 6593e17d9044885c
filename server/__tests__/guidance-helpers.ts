import { createApp } from '../app';
import { openDatabase } from '../db/open';
import { DEMO_TOKENS, type DemoAccount } from '../demo-tokens';
import { seedDatabase } from '../seed';

/** An in-process case API (`app.request()`, no socket) with the demo tokens and a movable clock. */
export function guidanceApp() {
  const db = openDatabase(':memory:');
  seedDatabase(db, new Date('2026-11-27T09:00:00Z'));
  let now = new Date('2026-11-27T10:00:00Z');
  const app = createApp(db, { clock: () => now });
  const request = (
    path: string,
    as: DemoAccount | undefined,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    app.request(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(as ? { Authorization: `Bearer ${DEMO_TOKENS[as]}` } : {}),
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
      body:
        init.body === undefined || typeof init.body === 'string'
          ? (init.body as string | undefined)
          : JSON.stringify(init.body),
    });
  return {
    db,
    request,
    /** The demo console's own backend (no token), beside the API. */
    consoleGet: (path: string) => app.request(`/console/api${path}`),
    publish: (as: DemoAccount, body: unknown) =>
      request('/guidance/versions', as, { method: 'POST', body }),
    setNow: (date: Date) => (now = date),
  };
}
