import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { item, standIn } from '../../models/__tests__/fixtures';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { readTabAssessment } from '../../tab-assessment/store';
import { writeTabCase } from '../../tab-case/store';
import { assessTab } from '../assess-handlers';

/** Scoring itself refuses the key, whatever the options page checked when it was saved. */

const threat = {
  id: 'C-7',
  console: 'demo-console',
  url: 'http://127.0.0.1:4317/console/cases/C-7',
  items: [item('m-1', 'I know where you live. I will hurt you.')],
};
let granted: boolean;

beforeEach(async () => {
  fakeBrowser.reset();
  granted = true;
  fakeBrowser.permissions.contains = async () => granted;
  await writeTabCase(12, {
    status: 'ready',
    extraction: { adapterId: 'demo-console', case: threat, missing: [] },
    at: Date.now(),
  });
});

const scoreAt = (baseUrl: string) =>
  saveSettings({ ...DEFAULT_SETTINGS, model: { ...DEFAULT_SETTINGS.model, baseUrl } });

test('the key approved for one server is not sent to another; the panel is told why', async () => {
  const approved = await standIn();
  const other = await standIn();
  await writeSecret('modelApiKey', 'test-key', approved.url);
  await scoreAt(other.url);
  expect(await assessTab(12)).toEqual({ ok: true });
  expect(other.requests).toEqual([]);
  const problem = (await readTabAssessment(12))?.assessment.problems[0];
  expect(problem?.message).toBe(
    `The model key was approved for ${new URL(approved.url).origin}, not ${new URL(other.url).origin}: Caselight did not send it.`,
  );
  expect(problem?.whatToDo).toContain('Re-save it in Caselight options');
});

test('without the host permission, scoring sends nothing, even to the approved server', async () => {
  const approved = await standIn();
  await writeSecret('modelApiKey', 'test-key', approved.url);
  await scoreAt(approved.url);
  granted = false;
  expect(await assessTab(12)).toEqual({ ok: true });
  expect(approved.requests).toEqual([]);
  const problem = (await readTabAssessment(12))?.assessment.problems[0];
  expect(problem?.message).toContain('no permission to reach');
});

test('the approved server with its permission is scored', async () => {
  const approved = await standIn();
  await writeSecret('modelApiKey', 'test-key', approved.url);
  await scoreAt(approved.url);
  expect(await assessTab(12)).toEqual({ ok: true });
  expect(approved.requests.length).toBeGreaterThan(0);
  expect((await readTabAssessment(12))?.assessment.problems).toEqual([]);
});
