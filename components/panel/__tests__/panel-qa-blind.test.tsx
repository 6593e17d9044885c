// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import type { QaPanelRequest } from '../../../utils/qa/qa-messages';
import { writeTabCase } from '../../../utils/tab-case/store';
import { panelTourStorage } from '../../../utils/tour/storage';
import { tourRecord } from '../../../utils/tour/tour-record';
import { fixHappyDomForDomPurify } from '../../markdown/__tests__/happy-dom-fixes';
import { LIVE_ID, recorded } from '../../qa/__tests__/fixtures';
import { PanelApp } from '../panel-app';
import { readyTabCase } from './fixtures';

/**
 * Blind QA, as far as the panel can keep it: on a sampled case, nothing shown before the QA
 * reviewer's own decision tells of the original (who decided, what, the note, why sampled).
 */

fixHappyDomForDomPurify();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = 7;
const READY = {
  ...readyTabCase('you will regret it'),
  practice: { ok: true as const, practice: null },
};
const ORIGINAL = recorded({
  caseId: 'C-1',
  console: 'demo',
  reviewerName: 'Ana Original',
  note: 'LIVE-NOTE',
  action: 'no-violation',
});
const SAMPLE = {
  decisionId: LIVE_ID,
  console: 'demo',
  caseId: 'C-1',
  reason: 'no-violation-high-score',
  sampledAt: '2026-12-07T10:00:00.000Z',
  snapshot: 'hosted',
};

let sampled: boolean | 'unanswered';
let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener(
    (
      message: { type: string; request?: QaPanelRequest },
      _sender,
      respond: (a: unknown) => void,
    ) => {
      const qa: Record<string, unknown> = {
        item:
          sampled === 'unanswered'
            ? { ok: false, problem: 'unreachable', message: 'QA-CHECK-FAILED' }
            : { ok: true, item: sampled ? SAMPLE : null },
        queue: { ok: true, items: sampled === true ? [SAMPLE] : [] },
        results: { ok: true, results: [] },
        original: { ok: false, problem: 'bad-response', message: 'decide first', notYet: true },
      };
      const answers: Record<string, unknown> = {
        'panel:attach': { tabId: TAB, state: READY },
        'case:assess': { ok: true },
        'training:status': { ok: true, practice: null },
        'decisions:history': { ok: true, caseDecisions: [ORIGINAL], accountDecisions: [ORIGINAL] },
        'qa:panel': qa[message.request?.op ?? ''],
      };
      respond(answers[message.type] ?? { refused: 'Not in this test.' });
      return true;
    },
  );
  await installedPackStorage.setValue(DEFAULT_GUIDANCE_PACK);
  await panelTourStorage.setValue(tourRecord('skipped'));
  await writeTabCase(TAB, READY);
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const open = async () => {
  await act(async () => root.render(<PanelApp surface="docked" />));
  await settle();
  await settle();
};

it('a live case shows who decided it before (the control: the panel has it to show)', async () => {
  sampled = false;
  await open();
  expect(container.querySelector('[data-testid="case-id"]')?.textContent).toBe('C-1');
  expect(container.textContent).toContain('Ana Original');
});

it('a QA sample shows nothing of the original before my decision', async () => {
  sampled = true;
  await open();
  expect(container.querySelector('[data-testid="qa-banner"]')).not.toBeNull();
  expect(container.querySelector('[data-testid="already-decided"]')).toBeNull();
  const shown = container.textContent ?? '';
  // The decision form lists every action, "No violation" too: the sampling reason must not.
  for (const secret of ['Ana Original', 'LIVE-NOTE', 'the model scored high']) {
    expect(shown).not.toContain(secret);
  }
});

it('when the case API could not say whether it is a sample, who decided before stays hidden', async () => {
  sampled = 'unanswered';
  await open();
  expect(container.textContent).toContain('QA-CHECK-FAILED');
  expect(container.textContent).not.toContain('Ana Original');
});
