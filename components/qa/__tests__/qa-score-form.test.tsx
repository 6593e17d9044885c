// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LiveAnnouncer } from '../../panel/live-announcer';
import { QaScoreForm } from '../qa-score-form';
import { answerQa, LIVE_ID, QA_ID, recorded, result } from './fixtures';

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

const scorecard = {
  version: 3,
  setBy: 'lead-priya',
  setAt: null,
  criteria: [
    { id: 'right-action', label: 'Right action', weight: 1 },
    { id: 'note-adequate', label: 'Note adequate', weight: 1 },
  ],
};
const original = {
  original: recorded({ note: 'LIVE-NOTE' }),
  qaDecision: recorded({ id: QA_ID, action: 'warn', mode: 'qa', reviewerName: 'Quinn QA' }),
};
function radio(group: string, label: string): HTMLInputElement | null | undefined {
  const fieldset = [...container.querySelectorAll('fieldset')].find(
    (f) => f.querySelector('legend')?.textContent === group,
  );
  const labels = [...(fieldset?.querySelectorAll('label') ?? [])];
  return labels.find((l) => l.textContent === label)?.querySelector('input');
}
const submit = () =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === 'Submit QA review')!;

it('shows the original beside mine, sends every criterion with the note, and announces the score', async () => {
  const asked = answerQa(() => ({ ok: true, result: result({ score: 50, scorecardVersion: 3 }) }));
  await act(async () =>
    root.render(
      <LiveAnnouncer>
        <QaScoreForm decisionId={LIVE_ID} original={original} scorecard={scorecard} />
      </LiveAnnouncer>,
    ),
  );
  expect(container.querySelector('[data-testid="qa-original"]')?.textContent).toContain(
    'LIVE-NOTE',
  );
  expect(container.textContent).toContain('Scorecard version 3');
  await act(async () => radio('Right action', 'Fail')!.click());
  expect(submit().disabled).toBe(true); // one criterion left unmarked
  await act(async () => radio('Note adequate', 'N/A')!.click());
  expect(submit().disabled).toBe(false);
  const note = container.querySelector('textarea')!;
  await act(async () => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(note, '  warn per 4.2  ');
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => submit().click());

  expect(asked).toEqual([
    {
      op: 'review',
      decisionId: LIVE_ID,
      review: {
        qaDecisionId: QA_ID,
        scores: { 'right-action': false, 'note-adequate': null },
        note: 'warn per 4.2',
      },
    },
  ]);
  expect(container.querySelector('[data-testid="qa-saved"]')?.textContent).toContain(
    '50 of 100 on scorecard version 3',
  );
  expect(container.querySelector('[data-testid="live-polite"]')?.textContent).toBe(
    'QA review saved: score 50 of 100.',
  );
});

it('shows the case API’s refusal and keeps the form', async () => {
  answerQa(() => ({
    ok: false,
    problem: 'bad-response',
    message: 'The case API answered 409: Decision has been QA-reviewed.',
  }));
  await act(async () =>
    root.render(<QaScoreForm decisionId={LIVE_ID} original={original} scorecard={scorecard} />),
  );
  await act(async () => radio('Right action', 'Pass')!.click());
  await act(async () => radio('Note adequate', 'Pass')!.click());
  await act(async () => submit().click());
  expect(container.querySelector('[role="alert"]')?.textContent).toContain('QA-reviewed');
  expect(submit()).toBeDefined();
});
