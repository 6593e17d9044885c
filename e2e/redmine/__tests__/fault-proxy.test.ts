import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../fault-proxy';

// A tiny upstream that echoes what reached it, so each test sees what the proxy let through.
let upstream: Server;
let proxy: FaultProxy;

beforeEach(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end(`${req.method} ${req.url} ${body}`);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  let n = 0;
  // Repeatable "randomness": 0.1, 0.6, 0.1, 0.6, …
  proxy = await startFaultProxy(`http://127.0.0.1:${port}`, {
    random: () => (n++ % 2 ? 0.6 : 0.1),
  });
});

afterEach(async () => {
  await proxy.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const call = (path: string, init?: RequestInit) => fetch(`${proxy.url}${path}`, init);

test('forwards requests and bodies unchanged and counts them by method and path', async () => {
  const res = await call('/issues/1.json?include=journals', { method: 'PUT', body: 'x=1' });
  expect(await res.text()).toBe('PUT /issues/1.json?include=journals x=1');
  expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  await call('/issues/1.json');
  expect(proxy.counts()).toEqual({ 'PUT /issues/1.json': 1, 'GET /issues/1.json': 1 });
});

test('answers 500 for the given number of matching requests only', async () => {
  proxy.fail({ method: 'put', path: '/issues/', times: 2 });
  const statuses = [];
  for (const method of ['GET', 'PUT', 'PUT', 'PUT'])
    statuses.push((await call('/issues/2.json', { method })).status);
  expect(statuses).toEqual([200, 500, 500, 200]);
});

test('answers 429 with Retry-After, and faults a fraction of requests', async () => {
  proxy.throttle(7, { fraction: 0.5 });
  const first = await call('/a');
  expect([first.status, first.headers.get('retry-after')]).toEqual([429, '7']);
  expect((await call('/a')).status).toBe(200);
  proxy.clear();
  expect((await call('/a')).status).toBe(200);
});

test('delays matching requests, then passes them through', async () => {
  proxy.delay(300, { path: '/slow' });
  const started = Date.now();
  expect(await (await call('/slow')).text()).toBe('GET /slow ');
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
});

test('down refuses connections until up; a stopped upstream is a 502', async () => {
  await proxy.down();
  await expect(call('/x')).rejects.toThrow('fetch failed');
  await proxy.up();
  expect((await call('/x')).status).toBe(200);
  await new Promise((resolve) => upstream.close(resolve));
  upstream.closeAllConnections();
  expect((await call('/x')).status).toBe(502);
  upstream.listen(0); // afterEach closes it again
});
