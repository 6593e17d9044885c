// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeAssessment } from '../../../utils/assessment/__tests__/fixtures';
import type { SentPayload } from '../../../utils/assessment/schema';
import { tabAssessmentOf, writeTabSent } from '../../../utils/tab-assessment/store';
import { SentPayloads } from '../case-flags';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = 4;
const CASE_AT = 10;
const body = JSON.stringify({ model: 'omni-moderation-latest', input: ['Call [phone-1] now'] });
const sent: SentPayload[] = [
  {
    purpose: 'moderation',
    provider: 'openai',
    model: 'omni-moderation-latest',
    endpoint: '/v1/moderations',
    body,
  },
];
const { scores } = tabAssessmentOf('C-1', CASE_AT, makeAssessment('C-1', { sent }));

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

// As a click on the summary would (happy-dom does not toggle <details> on a click).
const open = async () => {
  await act(async () => {
    host.querySelector('details')!.open = true;
    host.querySelector('details')!.dispatchEvent(new Event('toggle'));
  });
};

it('keeps the bodies out of the scores and reads them from the tab when opened', async () => {
  expect(scores.assessment.sent).toEqual([]);
  expect(scores.sentCount).toBe(1);
  await act(async () => root.render(<SentPayloads tabId={TAB} stored={scores} />));
  expect(host.textContent).toContain('What was sent');
  expect(host.textContent).not.toContain('omni-moderation-latest');

  await open();
  // Not stored yet (the background writes it just after the scores): it says so, then shows it.
  expect(host.textContent).toContain('Loading');
  await act(async () => writeTabSent(TAB, { caseAt: CASE_AT, sent }));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(host.querySelector('pre')?.textContent).toBe(body);
  expect(host.textContent).toContain('moderation → openai omni-moderation-latest');
});

it('says so when the tab has moved on to a newer case', async () => {
  await writeTabSent(TAB, { caseAt: CASE_AT + 1, sent });
  await act(async () => root.render(<SentPayloads tabId={TAB} stored={scores} />));
  await open();
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(host.querySelector('pre')).toBeNull();
  expect(host.textContent).toContain('moved on to a newer case');
});

it('shows nothing when nothing was sent', async () => {
  const none = tabAssessmentOf('C-1', CASE_AT, makeAssessment('C-1')).scores;
  await act(async () => root.render(<SentPayloads tabId={TAB} stored={none} />));
  expect(host.textContent).toBe('');
});
