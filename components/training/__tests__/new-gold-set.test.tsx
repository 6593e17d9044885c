// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { GoldSet } from '../../../utils/training/schema';
import exampleFile from '../examples/gold-set.example.json';
import { NewGoldSet } from '../new-gold-set';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const example = JSON.stringify(exampleFile);
const decided = {
  ok: true,
  cases: [
    {
      caseId: 'C-1042',
      subject: 'Crypto giveaway DM',
      action: 'remove',
      policyIds: ['spam-scams'],
      reviewerName: 'Ana Reviewer',
      decidedAt: '2026-11-02T10:00:00Z',
      guidanceVersion: 1,
      decisionCount: 1,
    },
  ],
};
const created: GoldSet = {
  id: 'gs-1',
  title: 'Week 1',
  description: '',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  createdBy: 'Tom Trainer',
  createdAt: '2026-11-02T10:00:00Z',
  items: [],
  assignments: [],
};

type Sent = { type: string; request: { op: string; input?: unknown } };
let sent: Sent[];
let answers: Record<string, unknown>;
let container: HTMLElement;
let root: Root;
const onCreated = vi.fn<(set: GoldSet) => void>();

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  answers = { 'decided-cases': decided, 'create-set': { ok: true, set: created } };
  onCreated.mockReset();
  fakeBrowser.runtime.onMessage.addListener(
    (message: Sent, _sender, sendResponse: (answer: unknown) => void) => {
      sent.push(message);
      sendResponse(answers[message.request.op] ?? { refused: 'not in this test' });
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

async function render() {
  await act(async () =>
    root.render(
      <NewGoldSet pack={DEFAULT_GUIDANCE_PACK} onCreated={onCreated} onCancel={() => {}} />,
    ),
  );
  await settle();
}
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const labelled = <E extends HTMLElement>(text: string, within: ParentNode = container): E => {
  const label = [...within.querySelectorAll('label')].find((l) => l.textContent === text)!;
  return container.querySelector(`#${CSS.escape(label.htmlFor)}`) as E;
};
const ops = () => sent.map((m) => m.request.op);

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(input) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function importFile(text: string, name = 'gold.json') {
  const input = labelled<HTMLInputElement>('Import gold cases (JSON file)');
  Object.defineProperty(input, 'files', {
    configurable: true,
    value: [new File([text], name, { type: 'application/json' })],
  });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

it('refuses to create without a title or a case, and names each problem by path', async () => {
  await render();
  await act(async () => button('Create gold set').click());
  expect(byTestId('create-errors')?.textContent).toContain('title: Give the set a title');
  expect(byTestId('create-errors')?.textContent).toContain('items: Add at least one gold case');
  expect(labelled('Title').getAttribute('aria-invalid')).toBe('true');
  expect(ops()).not.toContain('create-set');
});

it('picks a decided case with its decision as the answer, and creates the set', async () => {
  await render();
  const pick = container.querySelector<HTMLInputElement>('[aria-label="Pick case C-1042"]')!;
  await act(async () => pick.click());
  const group = container.querySelector('[data-testid="gold-item"]')!;
  expect(group.querySelector('legend')?.textContent).toBe(
    'Gold case 1: C-1042 — Crypto giveaway DM',
  );
  expect(labelled<HTMLSelectElement>('Expected action', group).value).toBe('remove');
  await act(async () => type(labelled('Title'), 'Week 1'));
  await act(async () => type(labelled('Explanation', group), 'A wallet-drainer link.'));
  await act(async () => button('Create gold set').click());
  await settle();

  const create = sent.find((m) => m.request.op === 'create-set')!;
  expect(create.type).toBe('training:trainer');
  expect(create.request.input).toEqual({
    title: 'Week 1',
    description: '',
    passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9, minAccuracy: 0.9 },
    items: [
      {
        source: { kind: 'case-api', caseId: 'C-1042' },
        expectedAction: 'remove',
        expectedPolicyIds: ['spam-scams'],
        explanation: 'A wallet-drainer link.',
        guidanceVersion: DEFAULT_GUIDANCE_PACK.version,
        disputed: false,
      },
    ],
  });
  expect(onCreated).toHaveBeenCalledWith(created);
});

it("checks the pass mark, and shows the case API's refusal in its words", async () => {
  await render();
  await act(async () => type(labelled('Minimum must-escalate accuracy (%)'), '140'));
  await importFile(example);
  await act(async () => button('Create gold set').click());
  expect(byTestId('create-errors')?.textContent).toContain(
    'passMark.minMustEscalateAccuracy: Give a percentage from 0 to 100',
  );
  expect(ops()).not.toContain('create-set');

  answers['create-set'] = {
    ok: false,
    problem: 'bad-response',
    message: 'The case API answered 422: items.0.source.case.items: Too many items',
  };
  await act(async () => type(labelled('Minimum must-escalate accuracy (%)'), '95'));
  await act(async () => button('Create gold set').click());
  await settle();
  expect(byTestId('create-errors')?.textContent).toContain('items.0.source.case.items: Too many');
  expect(onCreated).not.toHaveBeenCalled();
});

it('imports a file whole or not at all, listing every problem by path', async () => {
  await render();
  const broken = JSON.parse(example);
  broken.items[2].expectedAction = '';
  broken.items[4].source = { kind: 'case-api' };
  await importFile(JSON.stringify(broken), 'broken.json');
  const errors = byTestId('import-errors')?.textContent ?? '';
  expect(errors).toContain('broken.json was not imported: 2 problems');
  expect(errors).toContain('items[2].expectedAction:');
  expect(errors).toContain('items[4].source.caseId:');
  expect(byTestId('gold-item-count')?.textContent).toContain('0 gold cases');

  await importFile(example, 'gold-set.example.json');
  expect(byTestId('import-errors')).toBeNull();
  expect(byTestId('gold-item-count')?.textContent).toContain('5 gold cases');
  expect(labelled<HTMLInputElement>('Title').value).toBe('Onboarding week 1: core policies');
  const fifth = container.querySelectorAll('[data-testid="gold-item"]')[4]!;
  expect(fifth.querySelector('legend')?.textContent).toBe(
    'Gold case 5: T-4540 — Slur in ranked match chat',
  );
  const disputed = [...fifth.querySelectorAll('label')].find((l) =>
    l.textContent?.startsWith('Experts disagree'),
  );
  expect(disputed?.querySelector('input')?.checked).toBe(true);
});

it('flags an answer the installed guidance cannot score', async () => {
  await render();
  const file = JSON.parse(example);
  file.items[0].expectedAction = 'shadow-ban';
  await importFile(JSON.stringify(file));
  await act(async () => button('Create gold set').click());
  expect(byTestId('create-errors')?.textContent).toContain(
    'items[0].expectedAction: "shadow-ban" is not an action of the installed guidance (v1)',
  );
  const group = container.querySelector('[data-testid="gold-item"]')!;
  expect(group.querySelector('[data-testid="field-error"]')?.textContent).toContain('shadow-ban');
});
