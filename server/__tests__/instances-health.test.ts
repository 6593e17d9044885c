import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { livenessSchema, readinessSchema } from '../instances/health-schema';
import { createLifecycle } from '../instances/lifecycle';
import { readiness } from '../instances/readiness';
import { openDatabase, startCaseApi } from '../index';
import { makeDecision } from './decision-fixtures';
import { DEMO_TOKENS } from '../index';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a brand-new TCP connection to the port is accepted (not a pooled keep-alive one). */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('health and readiness', () => {
  it('answers /healthz and /readyz without a token', async () => {
    const server = await startCaseApi({ demo: false, port: 0 });
    try {
      const live = await fetch(`${server.url}/healthz`);
      expect(livenessSchema.parse(await live.json())).toEqual({ ok: true, pid: process.pid });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(readinessSchema.parse(await ready.json()).checks).toEqual({
        database: true,
        migrations: true,
        draining: false,
      });
    } finally {
      await server.close();
    }
  });

  it('is not ready when the database does not answer or its schema is behind', () => {
    const behind = openDatabase();
    behind.pragma('user_version = 1');
    expect(readiness(behind, createLifecycle()).checks).toEqual({
      database: true,
      migrations: false,
      draining: false,
    });
    behind.close();
    expect(readiness(behind, createLifecycle())).toMatchObject({
      ready: false,
      checks: { database: false, migrations: false },
    });
  });
});

describe('graceful shutdown', () => {
  it('says 503 while draining, then refuses new connections while a slow request finishes', async () => {
    const server = await startCaseApi({
      demo: true,
      port: 0,
      decisionDelayMs: 2_000,
      drainDelayMs: 400,
      shutdownGraceMs: 10_000,
    });
    const decision = makeDecision({ caseId: 'C-1009' });
    const slow = fetch(`${server.url}/api/cases/C-1009/decisions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${DEMO_TOKENS.reviewer}`,
        'idempotency-key': decision.id,
      },
      body: JSON.stringify(decision),
    });
    await sleep(200);
    const closed = server.close();
    const draining = await fetch(`${server.url}/readyz`);
    expect(draining.status).toBe(503);
    expect(readinessSchema.parse(await draining.json()).checks.draining).toBe(true);
    await sleep(800);
    expect(await accepts(server.port)).toBe(false);
    const answer = await slow;
    expect(answer.status).toBe(201);
    expect((await answer.json()) as object).toMatchObject({ id: decision.id });
    await closed;
  }, 30_000);
});
