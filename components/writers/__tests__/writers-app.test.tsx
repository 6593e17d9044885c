// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { redmineWriterPreset } from '../../../utils/case/presets/redmine-writer';
import { writerSchema } from '../../../utils/case/writer/schema';
import type {
  WriterPreviewAnswer,
  WritersListAnswer,
} from '../../../utils/case/writer/writer-messages';
import { WritersApp } from '../writers-app';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const redmine = writerSchema.parse(redmineWriterPreset('https://redmine.example.com'));
/** A lead's own writer, as a vendor preset is before anyone tried it on the live service. */
const helpdesk = writerSchema.parse({
  ...redmineWriterPreset('https://acme.helpdesk.example'),
  id: 'helpdesk',
  name: 'Helpdesk',
  auth: { kind: 'basic' },
  testedAgainst: undefined,
});
const list: WritersListAnswer = {
  writers: [
    { writer: redmine, credential: { kind: 'saved', origin: 'https://redmine.example.com' } },
    { writer: helpdesk, credential: { kind: 'missing' } },
  ],
  unreadable: [],
};
const preview: WriterPreviewAnswer = {
  ok: true,
  note: 'Caselight decision: No violation\n\n[caselight:x]',
  marker: '[caselight:x]',
  requests: [
    {
      name: 'journals',
      method: 'GET',
      url: 'https://redmine.example.com/issues/4.json?include=journals',
      headers: { accept: 'application/json', 'x-redmine-api-key': '••••••' },
      when: 'confirm',
    },
  ],
};

type Sent = { type: string } & Record<string, unknown>;
let sent: Sent[];
let container: HTMLElement;
let root: Root;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  const answers: Record<string, unknown> = {
    'writers:list': list,
    'writers:preview': preview,
    'writers:remove': { removed: true },
    'writers:test-send': {
      ok: true,
      decisionId: 'd-1',
      outcome: { kind: 'delivered', result: 'note #7' },
    },
  };
  fakeBrowser.runtime.onMessage.addListener(
    (message: Sent, _sender, sendResponse: (answer: unknown) => void) => {
      sent.push(message);
      sendResponse(answers[message.type] ?? { refused: 'not in this test' });
      return true;
    },
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const render = async () => {
  await act(async () => root.render(<WritersApp />));
  await settle();
};
const row = (id: string) => container.querySelector(`[data-testid="writer-${id}"]`)!;
const button = (name: string, within: ParentNode = container) =>
  [...within.querySelectorAll('button')].find((b) => b.textContent === name)!;
/** The control inside the label that starts with this text. */
const control = <E extends HTMLElement>(text: string, within: ParentNode = container): E =>
  [...within.querySelectorAll('label')]
    .find((l) => l.textContent?.startsWith(text))!
    .querySelector('input, select, textarea') as E;
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

it('lists each writer with its consoles, address, credentials and whether it was tried', async () => {
  await render();

  expect(sent[0]).toEqual({ type: 'writers:list' });
  const helpdeskRow = row('helpdesk');
  expect(helpdeskRow.textContent).toContain('not yet tried against the live service');
  expect(helpdeskRow.textContent).toContain('https://acme.helpdesk.example');
  expect(helpdeskRow.textContent).toContain('username and password (basic)');
  expect(helpdeskRow.querySelector('[data-testid="writer-credential"]')?.textContent).toBe(
    'missing',
  );
  const redmineRow = row('redmine');
  expect(redmineRow.textContent).not.toContain('not yet tried against the live service');
  expect(redmineRow.textContent).toContain('Tried against Redmine 5');
  expect(redmineRow.textContent).toContain('API key in the X-Redmine-API-Key header');
  expect(redmineRow.querySelector('[data-testid="writer-credential"]')?.textContent).toBe(
    'saved for https://redmine.example.com',
  );
});

it('asks before removing a writer', async () => {
  await render();
  await act(async () => button('Remove', row('helpdesk')).click());
  expect(sent.map((m) => m.type)).not.toContain('writers:remove');
  await act(async () => button('Remove Helpdesk and its credentials', row('helpdesk')).click());
  await settle();
  expect(sent).toContainEqual({ type: 'writers:remove', id: 'helpdesk' });
});

it('previews a test decision, and sends it only once confirmed', async () => {
  await render();
  const redmineRow = row('redmine');
  const open = button('Test', redmineRow);
  await act(async () => open.click());
  expect(open.getAttribute('aria-expanded')).toBe('true');
  expect(button('Preview', redmineRow).disabled).toBe(true);

  await act(async () => type(control('Case id', redmineRow), '4'));
  await act(async () => button('Preview', redmineRow).click());
  await settle();
  const asked = sent.find((m) => m.type === 'writers:preview')!;
  expect(asked).toMatchObject({
    writerId: 'redmine',
    test: { console: 'redmine', caseId: '4', action: 'no-action', policyIds: [] },
  });
  expect(redmineRow.textContent).toContain('after writing, looked up to confirm');
  expect(redmineRow.textContent).toContain('x-redmine-api-key: ••••••');

  await act(async () => button('Send once…', redmineRow).click());
  expect(sent.map((m) => m.type)).not.toContain('writers:test-send');
  await act(async () => button('Send it', redmineRow).click());
  await settle();
  expect(sent.find((m) => m.type === 'writers:test-send')).toMatchObject({
    confirmed: true,
    test: { decisionId: (asked.test as { decisionId: string }).decisionId, caseId: '4' },
  });
  expect(redmineRow.querySelector('[data-testid="writer-test-outcome"]')?.textContent).toContain(
    'Written: note #7',
  );
});
