// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { QueueItem } from '../../../utils/qa/result-schema';
import { QueueItemLine } from '../queue-item';
import { LIVE_ID } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('ul');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const item = (over: Partial<QueueItem>): QueueItem => ({
  decisionId: LIVE_ID,
  console: 'redmine',
  caseId: '41',
  url: 'https://redmine.example/issues/41',
  reason: 'no-violation-high-score',
  sampledAt: '2026-12-07T10:00:00.000Z',
  ...over,
});
const links = () => [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));

it('offers the snapshot where the team keeps one, beside the console link', async () => {
  await act(async () => root.render(<QueueItemLine item={item({ snapshot: 'kept' })} />));
  expect(links()).toEqual([
    'https://redmine.example/issues/41',
    `/qa-snapshot.html?decision=${LIVE_ID}`,
  ]);
});

it('says why there is no snapshot instead of a dead link, and never why it was sampled', async () => {
  await act(async () => root.render(<QueueItemLine item={item({ snapshot: 'not-kept' })} />));
  expect(links()).toEqual(['https://redmine.example/issues/41']);
  expect(container.textContent).toContain('your team keeps none');
  expect(container.textContent).not.toMatch(/violation|model/i);
});
