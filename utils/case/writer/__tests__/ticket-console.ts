import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small ticket API over real HTTP for the writer engine's unit tests, shaped like Redmine's
 * (journals, statuses, 204 on update), with faults a test can ask for. The real Redmine is
 * in the end-to-end tests; this one lets a unit test break things on purpose.
 */
export interface TicketConsole {
  url: string;
  journals: Map<string, { id: number; notes: string }[]>;
  statusOf: Map<string, number>;
  requests: string[];
  /** The next matching requests answer this status (after writing, when `afterWrite`). */
  fail(
    times: number,
    status: number,
    options?: { afterWrite?: boolean; retryAfter?: number },
  ): void;
  close(): Promise<void>;
}

const STATUSES = [
  { id: 1, name: 'New' },
  { id: 2, name: 'In Progress' },
  { id: 3, name: 'Resolved' },
  { id: 6, name: 'Rejected' },
];

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTicketConsole(apiKey = 'test-key'): Promise<TicketConsole> {
  const journals = new Map<string, { id: number; notes: string }[]>([['4', []]]);
  const statusOf = new Map<string, number>([['4', 1]]);
  const requests: string[] = [];
  let faults: { times: number; status: number; afterWrite?: boolean; retryAfter?: number }[] = [];
  let nextJournal = 100;
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push(`${req.method} ${req.url}`);
    const answer = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    if (req.headers['x-redmine-api-key'] !== apiKey)
      return answer(401, { errors: ['Unauthorized'] });
    const fault = faults[0];
    const failNow = () => {
      if (!fault) return false;
      if (--fault.times <= 0) faults = faults.slice(1);
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      answer(fault.status, { errors: [`injected ${fault.status}`] }, headers);
      return true;
    };
    if (!fault?.afterWrite && req.method !== 'GET' && failNow()) return;
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/issue_statuses.json') return answer(200, { issue_statuses: STATUSES });
    const match = /^\/issues\/([^/]+)\.json$/.exec(url.pathname);
    const id = match?.[1] ?? '';
    if (!journals.has(id)) return answer(404, { errors: ['Not found'] });
    if (req.method === 'GET')
      return answer(200, {
        issue: { id: Number(id), status: { id: statusOf.get(id) }, journals: journals.get(id) },
      });
    const update = (JSON.parse(body) as { issue: { notes?: string; status_id?: number } }).issue;
    if ((update.notes?.length ?? 0) > 1000)
      return answer(422, { errors: ['Notes is too long (maximum is 1000 characters)'] });
    if (update.notes) journals.get(id)!.push({ id: nextJournal++, notes: update.notes });
    if (update.status_id) statusOf.set(id, update.status_id);
    if (fault?.afterWrite && failNow()) return;
    return answer(204);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    journals,
    statusOf,
    requests,
    fail: (times, status, options = {}) => void faults.push({ times, status, ...options }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
