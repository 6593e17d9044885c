import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeAssessment } from '../../assessment/__tests__/fixtures';
import {
  readTabAssessment,
  readTabSent,
  tabAssessmentOf,
  writeTabAssessment,
  writeTabSent,
} from '../../tab-assessment/store';
import { readTabCase, writeTabCase } from '../../tab-case/store';
import { readyTabCase } from '../../../components/panel/__tests__/fixtures';
import { startTabCaseCleanup } from '../tabs';

beforeEach(() => fakeBrowser.reset());

it('forgets a closed tab’s case, scores and what was sent, and no other tab’s', async () => {
  const sent = [
    {
      purpose: 'moderation' as const,
      provider: 'openai' as const,
      model: 'm',
      endpoint: '/v1/moderations',
      body: '{}',
    },
  ];
  const { scores, sent: kept } = tabAssessmentOf('C-1', 1, makeAssessment('C-1', { sent }));
  for (const tabId of [3, 4]) {
    await writeTabCase(tabId, readyTabCase('hello', 1));
    await writeTabAssessment(tabId, scores);
    await writeTabSent(tabId, kept);
  }
  startTabCaseCleanup();
  await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(await readTabCase(3)).toBeNull();
  expect(await readTabAssessment(3)).toBeNull();
  expect(await readTabSent(3)).toBeNull();
  expect(await readTabAssessment(4)).toEqual(scores);
  expect(await readTabSent(4)).toEqual(kept);
});
