// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaseSnapshot } from '../../../utils/qa/snapshot-schema';
import { wellnessPersonalStorage } from '../../../utils/wellness/personal-storage';
import { wellnessViewStorage } from '../../../utils/wellness/view-storage';
import { SnapshotPage } from '../snapshot-page';
import { answerQa, LIVE_ID } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const snapshot: CaseSnapshot = {
  decisionId: LIVE_ID,
  console: 'redmine',
  caseId: '41',
  url: 'https://redmine.example/issues/41',
  subject: 'Threat on issue 41',
  takenAt: '2026-12-07T10:00:01.000Z',
  expiresAt: '2026-12-14T10:00:01.000Z',
  items: [
    {
      id: 'j1',
      author: 'someone',
      role: 'reported',
      text: 'There will be blood tomorrow.',
      media: [{ id: 'p1', kind: 'image', url: 'https://redmine.example/p1.png', alt: 'photo' }],
    },
  ],
};
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const image = () => container.querySelector('[data-testid="snapshot-image"]');

it('shows the stored case as decided, says when, with the reader’s masking and media filters', async () => {
  await wellnessPersonalStorage.setValue({ mediaFilters: 'team', maskText: true });
  const asked = answerQa(() => ({ ok: true, snapshot }));
  await act(async () => root.render(<SnapshotPage decisionId={LIVE_ID} />));
  await settle();
  expect(asked).toEqual([{ op: 'snapshot', decisionId: LIVE_ID }]);
  const when = container.querySelector('[data-testid="snapshot-when"]')?.textContent ?? '';
  expect(when).toContain(`The snapshot from ${new Date(snapshot.takenAt).toLocaleString()}`);
  expect(when).toContain('current state may differ');
  const text = container.querySelector('[data-testid="snapshot-text"]')?.textContent ?? '';
  expect(text).not.toContain('blood');
  expect(text).toContain('tomorrow');
  expect(image()?.getAttribute('data-filtered')).toBe('yes');
  expect(image()?.className).toContain('blur');
});

it('follows a reviewer who turned media filters off, and keeps text as it is unmasked', async () => {
  await wellnessViewStorage.setValue({ mediaFilters: false, blur: false, greyscale: false });
  answerQa(() => ({ ok: true, snapshot }));
  await act(async () => root.render(<SnapshotPage decisionId={LIVE_ID} />));
  await settle();
  expect(image()?.getAttribute('data-filtered')).toBe('no');
  expect(container.textContent).toContain('There will be blood tomorrow.');
});

it('says why the case API would not give it', async () => {
  const message = 'The case API answered 404: This team keeps no case snapshots.';
  answerQa(() => ({ ok: false, problem: 'bad-response', message }));
  await act(async () => root.render(<SnapshotPage decisionId={LIVE_ID} />));
  await settle();
  expect(container.querySelector('[role="alert"]')?.textContent).toContain(
    'This team keeps no case snapshots',
  );
  expect(container.querySelector('[data-testid="qa-snapshot"]')).toBeNull();
});
