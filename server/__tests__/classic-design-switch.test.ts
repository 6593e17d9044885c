import { afterAll, describe, expect, it } from 'vitest';
import { createApp, faultStateSchema, openDatabase, seedDatabase, type AppOptions } from '../index';

const databases: ReturnType<typeof openDatabase>[] = [];
afterAll(() => databases.forEach((db) => db.close()));

function serve(options: AppOptions) {
  const db = openDatabase(':memory:');
  databases.push(db);
  seedDatabase(db, new Date('2026-11-20T12:00:00Z'));
  const app = createApp(db, options);
  const design = async (query = '') => {
    const html = await (await app.request(`/classic/ticket?id=C-1001${query}`)).text();
    if (html.includes('<table class="ticket-thread"')) return 1;
    return html.includes('<div class="conversation"') ? 2 : undefined;
  };
  const setFaults = (body: unknown) =>
    app.request('/api/_faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { app, design, setFaults };
}

describe('classic console design switch', () => {
  it('serves design 1 unless started with classicDesign: 2; ?design= overrides', async () => {
    const plain = serve({});
    expect(await plain.design()).toBe(1);
    expect(await plain.design('&design=2')).toBe(2);
    const redesigned = serve({ classicDesign: 2 });
    expect(await redesigned.design()).toBe(2);
    expect(await redesigned.design('&design=1')).toBe(1);
    expect(await redesigned.design('&design=7')).toBe(2);
  });

  it('switches the same URL at run time through POST /api/_faults', async () => {
    const { app, design, setFaults } = serve({ faults: true });
    const state = async () =>
      faultStateSchema.parse(await (await app.request('/api/_faults')).json());
    expect((await state()).classicDesign).toBe(1);

    const switched = await setFaults({ classicDesign: 2 });
    expect(switched.status).toBe(200);
    expect(faultStateSchema.parse(await switched.json())).toMatchObject({
      mode: 'none',
      classicDesign: 2,
    });
    expect(await design()).toBe(2);
    expect(await design('&design=1')).toBe(1);

    // Each POST sets the whole configuration: leaving the design out goes back to the start one.
    expect((await setFaults({ mode: 'none' })).status).toBe(200);
    expect(await design()).toBe(1);
    expect((await state()).classicDesign).toBe(1);
  });

  it('returns to the start design, and refuses a design that does not exist', async () => {
    const { design, setFaults } = serve({ faults: true, classicDesign: 2 });
    await setFaults({ classicDesign: 1 });
    expect(await design()).toBe(1);
    await setFaults({});
    expect(await design()).toBe(2);
    expect((await setFaults({ classicDesign: 3 })).status).toBe(422);
    expect((await setFaults({ classicDesign: '2' })).status).toBe(422);
    expect(await design()).toBe(2);
  });

  it('cannot be switched at run time without faults: true', async () => {
    const { design, setFaults } = serve({});
    expect((await setFaults({ classicDesign: 2 })).status).toBe(404);
    expect(await design()).toBe(1);
  });
});
