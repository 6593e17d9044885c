// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../../utils/case/schema';
import type { Decision } from '../../../utils/decisions/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { hashCaseContent } from '../../../utils/models/content-hash';
import { readyTabCase } from '../../panel/__tests__/fixtures';
import { DecisionForm } from '../decision-form';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The form sends the case's record with the decision, so a case API that does not host the case knows it. */

let container: HTMLElement;
let root: Root;
let submitted: Decision[];
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = () => ({
    manifest_version: 3,
    name: 'Caselight',
    version: '2.0.0',
  });
  submitted = [];
  fakeBrowser.runtime.onMessage.addListener(
    (
      message: { type: string; decision?: Decision },
      _sender,
      sendResponse: (a: unknown) => void,
    ) => {
      if (message.type === 'decision:submit' && message.decision) submitted.push(message.decision);
      sendResponse({ state: 'queued', notBefore: 0 });
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

const { case: fixture } = readyTabCase(
  'Your parcel is held: pay the fee at pay-fee.example',
).extraction;
/** As the built-in demo console adapter reads it. */
const shown: Case = { ...fixture, console: 'demo-console' };

it('attaches the case record, with the items read, to the submitted decision', async () => {
  const form = (
    <DecisionForm
      case={shown}
      pack={DEFAULT_GUIDANCE_PACK}
      reviewerId="r1"
      confirmIntent={async () => {}}
    />
  );
  await act(async () => root.render(form));
  // An action that needs no note.
  const action = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    /Approve|No violation/.test(b.textContent ?? ''),
  )!;
  await act(async () => action.click());
  await act(async () => container.querySelector('form')!.requestSubmit());
  // The record is built apart (a chunk of its own), so the first submit may wait for it.
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(1), { timeout: 5000 }));

  expect(submitted[0]!.caseRecord).toEqual({
    url: shown.url,
    subject: shown.subject,
    status: shown.status,
    queue: shown.queue,
    priority: shown.priority,
    reporter: shown.reporter,
    reported: shown.reported,
    contentHash: await hashCaseContent(shown),
    itemCount: shown.items.length,
    adapter: { id: shown.console, version: 'builtin-2.0.0' },
    items: shown.items,
  });
});

it('fills in the suggested policy when the suggestion comes after the form', async () => {
  const suggestion = {
    action: 'remove',
    policyIds: ['spam-scams'],
    confidence: 0.9,
    source: 'rules' as const,
    scores: {},
  };
  const form = (withSuggestion: boolean) => (
    <DecisionForm
      case={shown}
      pack={DEFAULT_GUIDANCE_PACK}
      reviewerId="r1"
      suggestion={withSuggestion ? suggestion : undefined}
      confirmIntent={async () => {}}
    />
  );
  await act(async () => root.render(form(false)));
  const select = container.querySelector('select')!;
  expect(select.value).toBe('');

  await act(async () => root.render(form(true)));
  expect(select.value).toBe('spam-scams');
  const remove = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    /Remove content/.test(b.textContent ?? ''),
  )!;
  await act(async () => remove.click());
  await act(async () => container.querySelector('form')!.requestSubmit());
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(1), { timeout: 5000 }));
  expect(submitted[0]!.policyIds).toEqual(['spam-scams']);
});

it('keeps the policy the reviewer chose when a suggestion comes later', async () => {
  const suggestion = {
    action: 'remove',
    policyIds: ['spam-scams'],
    confidence: 0.9,
    source: 'rules' as const,
    scores: {},
  };
  const props = {
    case: shown,
    pack: DEFAULT_GUIDANCE_PACK,
    reviewerId: 'r1',
    confirmIntent: async () => {},
  };
  await act(async () => root.render(<DecisionForm {...props} />));
  const select = container.querySelector('select')!;
  const chosen = DEFAULT_GUIDANCE_PACK.policies.find((p) => p.id !== 'spam-scams')!.id;
  await act(async () => {
    select.value = chosen;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => root.render(<DecisionForm {...props} suggestion={suggestion} />));
  expect(select.value).toBe(chosen);
});

/** Picks an action that needs no note and submits, with the incidents given. */
const decide = async (incidentIds?: string[]) => {
  await act(async () =>
    root.render(
      <DecisionForm
        key={String(incidentIds)}
        case={shown}
        pack={DEFAULT_GUIDANCE_PACK}
        reviewerId="r1"
        incidentIds={incidentIds}
        confirmIntent={async () => {}}
      />,
    ),
  );
  const approve = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    /Approve|No violation/.test(b.textContent ?? ''),
  )!;
  await act(async () => approve.click());
  await act(async () => container.querySelector('form')!.requestSubmit());
};

it('tags the decision with the open incidents the case matches, and only then', async () => {
  await decide(['inc_scam']);
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(1), { timeout: 5000 }));
  await decide([]);
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(2), { timeout: 5000 }));
  expect(submitted.map((d) => d.incidentIds)).toEqual([['inc_scam'], undefined]);
});

it('following an incident overlay needs no reason and keeps the model suggestion on record', async () => {
  const model = {
    action: 'remove',
    policyIds: ['spam-scams'],
    confidence: 0.9,
    source: 'rules' as const,
    scores: {},
  };
  const form = (
    <DecisionForm
      case={shown}
      pack={DEFAULT_GUIDANCE_PACK}
      reviewerId="r1"
      suggestion={model}
      incidentIds={['inc_scam']}
      incidentAction="warn"
      confirmIntent={async () => {}}
    />
  );
  await act(async () => root.render(form));
  const warn = [...container.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) =>
    /Warn user/.test(b.textContent ?? ''),
  )!;
  await act(async () => warn.click());
  expect(container.textContent).not.toContain('Why not the suggestion?');
  await act(async () => container.querySelector('form')!.requestSubmit());
  await act(() => vi.waitFor(() => expect(submitted).toHaveLength(1), { timeout: 5000 }));
  expect(submitted[0]).toMatchObject({
    action: 'warn',
    suggestion: { action: 'remove' },
    agreement: 'overrode',
    overrideReason: 'Followed incident guidance',
    incidentIds: ['inc_scam'],
  });
});
