// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptScoresPortsFromPanels } from '../../../../utils/background/__tests__/fixtures';
import { DEFAULT_GUIDANCE_PACK } from '../../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../../utils/guidance/installed';
import { writeTabCase } from '../../../../utils/tab-case/store';
import { panelTourStorage } from '../../../../utils/tour/storage';
import { tourRecord } from '../../../../utils/tour/tour-record';
import { fixHappyDomForDomPurify } from '../../../markdown/__tests__/happy-dom-fixes';
import { readyTabCase } from '../../__tests__/fixtures';
import { PanelApp } from '../../panel-app';
import { paintAttachedCase } from '../paint-case';

/**
 * The first script attached and painted the case; React, loaded later, takes over from that
 * answer: its first render shows the case (no empty panel in between) and asks no second time.
 */

fixHappyDomForDomPurify();
acceptScoresPortsFromPanels();
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TAB = 7;
const READY = { ...readyTabCase('hello'), practice: { ok: true as const, practice: null } };
const ATTACHED = { tabId: TAB, state: READY, assessment: null };

let asked: string[];
let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.runtime.onMessage.addListener(
    (message: { type: string }, _sender, respond: (answer: unknown) => void) => {
      asked.push(message.type);
      respond(message.type === 'panel:attach' ? ATTACHED : { refused: 'Not in this test.' });
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

const caseId = () => container.querySelector('[data-testid="case-id"]')?.textContent;

it('React’s first render shows the case the first script painted, without a blank between', async () => {
  paintAttachedCase(container, ATTACHED);
  const seen: (string | null | undefined)[] = [];
  const observer = new MutationObserver(() => seen.push(container.textContent && caseId()));
  observer.observe(container, { childList: true, subtree: true });
  await act(async () => root.render(<PanelApp surface="docked" attached={ATTACHED} />));
  observer.disconnect();
  expect(seen[0]).toBe('C-1');
  expect(caseId()).toBe('C-1');
  expect(asked).not.toContain('panel:attach');
});

it('without a first attach the panel attaches itself, as before', async () => {
  await act(async () => root.render(<PanelApp surface="docked" />));
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  expect(caseId()).toBe('C-1');
  expect(asked).toContain('panel:attach');
});
