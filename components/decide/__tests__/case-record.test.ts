import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { redmineAdapterPreset } from '../../../utils/case/presets/redmine-adapter';
import type { Case } from '../../../utils/case/schema';
import { userAdaptersStorage } from '../../../utils/case/user-adapters';
import { caseRecordSchema } from '../../../utils/decisions/schema';
import { canonicalJson } from '../../../utils/guidance/canonical';
import { hashCaseContent, sha256Hex } from '../../../utils/models/content-hash';
import { buildCaseRecord } from '../case-record';

const issue: Case = {
  id: '4',
  console: 'redmine',
  url: 'https://redmine.example/issues/4',
  subject: 'Spam in the comments',
  status: 'New',
  queue: 'Support',
  reported: { id: 'U-9', name: 'watch-seller' },
  items: [
    {
      id: 'journal-1',
      author: 'watch-seller',
      role: 'reported',
      text: 'Cheap watches!',
      media: [],
    },
  ],
};

beforeEach(() => fakeBrowser.reset());

it('records the case as read: its fields, the hash and count of its items, and the items', async () => {
  await userAdaptersStorage.setValue([
    { definition: redmineAdapterPreset('https://redmine.example'), enabled: true, savedAt: '' },
  ]);
  const expected = {
    url: issue.url,
    subject: issue.subject,
    status: 'New',
    queue: 'Support',
    priority: undefined,
    reporter: undefined,
    reported: issue.reported,
    contentHash: await hashCaseContent(issue),
    itemCount: 1,
    adapter: { id: 'redmine', version: expect.stringMatching(/^[0-9a-f]{12}$/) },
    items: issue.items,
  };
  const record = await buildCaseRecord(issue);
  expect(record).toEqual(expected);
  expect(caseRecordSchema.safeParse(record).success).toBe(true);
});

it("names a lead's adapter by its definition, whatever order its keys were saved in", async () => {
  const definition = redmineAdapterPreset('https://redmine.example');
  const reordered = Object.fromEntries(
    Object.entries(definition).toReversed(),
  ) as typeof definition;
  await userAdaptersStorage.setValue([{ definition: reordered, enabled: true, savedAt: '' }]);
  const expected = (await sha256Hex(canonicalJson(definition))).slice(0, 12);
  expect((await buildCaseRecord(issue)).adapter).toEqual({ id: 'redmine', version: expected });

  await userAdaptersStorage.setValue([{ definition, enabled: false, savedAt: '' }]);
  expect((await buildCaseRecord(issue)).adapter.version).toBe('unknown');
});

it('names a built-in adapter by the extension version', async () => {
  fakeBrowser.runtime.getManifest = () => ({
    manifest_version: 3,
    name: 'Caselight',
    version: '1.4.2',
  });
  const demo = { ...issue, console: 'demo-console' };
  expect((await buildCaseRecord(demo)).adapter).toEqual({
    id: 'demo-console',
    version: 'builtin-1.4.2',
  });
});
