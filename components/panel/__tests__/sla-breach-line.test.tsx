// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Request } from '../../../utils/messaging/protocol';
import { SlaBreachLine } from '../sla-breach-line';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
const asked: Request[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  asked.length = 0;
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const answerWith = (breached: number) => {
  fakeBrowser.runtime.sendMessage = vi.fn<(request: Request) => Promise<unknown>>(
    async (request) => {
      asked.push(request);
      if (request.type !== 'sla:today') throw new Error(`unexpected ${request.type}`);
      const { queue, since } = request.query;
      return { ok: true, sla: { queue, since, decided: 9, breached } };
    },
  ) as never;
};
const line = () => container.querySelector('[data-testid="sla-breaches"]');

it("shows the open case's queue's breaches since local midnight, red when any", async () => {
  answerWith(3);
  await act(async () => root.render(<SlaBreachLine console="zendesk" queue="Scams" />));
  expect(line()?.textContent).toBe('Scams: 3 of 9 decided today breached their SLA');
  expect(line()?.className).toContain('text-red-700');
  const request = asked[0];
  expect(request?.type === 'sla:today' && request.query.console).toBe('zendesk');
  const since = request?.type === 'sla:today' ? new Date(request.query.since) : new Date(NaN);
  expect([since.getHours(), since.getMinutes(), since.getSeconds()]).toEqual([0, 0, 0]);
  expect(Date.now() - since.getTime()).toBeLessThan(86_400_000);
});

it('says nothing for a case without a queue, and is not red without breaches', async () => {
  answerWith(0);
  await act(async () => root.render(<SlaBreachLine console="zendesk" queue={undefined} />));
  expect(line()).toBeNull();
  expect(asked).toEqual([]);
  await act(async () => root.render(<SlaBreachLine console="zendesk" queue="Spam" />));
  expect(line()?.className).not.toContain('text-red-700');
});
