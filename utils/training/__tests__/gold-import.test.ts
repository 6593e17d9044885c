import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import { parseGoldImport } from '../gold-import';
import { goldSetInputSchema } from '../schema';

const example = readFileSync(
  new URL('../../../components/training/examples/gold-set.example.json', import.meta.url),
  'utf8',
);

test('the example file imports, and its answers use the default pack', () => {
  const parsed = parseGoldImport(example);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  expect(parsed.value.items).toHaveLength(5);
  const actions = new Set(DEFAULT_GUIDANCE_PACK.actions.map((a) => a.id));
  const policies = new Set(DEFAULT_GUIDANCE_PACK.policies.map((p) => p.id));
  for (const item of parsed.value.items) {
    expect(actions).toContain(item.expectedAction);
    for (const id of item.expectedPolicyIds) expect(policies).toContain(id);
  }
  expect(parsed.value.items.filter((i) => i.disputed)).toHaveLength(1);
  // What the file holds is what the case API is sent.
  const input = { title: parsed.value.title!, items: parsed.value.items };
  expect(goldSetInputSchema.safeParse(input).success).toBe(true);
});

test('every problem is named by its path, the way the file reads', () => {
  const file = JSON.parse(example);
  file.items[2].expectedAction = '';
  file.items[0].difficulty = 'brutal';
  file.items[1].source = { kind: 'case-api' };
  file.items[3].source.case.items[0].role = 'moderator';
  const parsed = parseGoldImport(JSON.stringify(file));
  expect(parsed.ok).toBe(false);
  const paths = parsed.ok ? [] : parsed.issues.map((i) => i.path);
  expect(paths.toSorted()).toEqual([
    'items[0].difficulty',
    'items[1].source.caseId',
    'items[2].expectedAction',
    'items[3].source.case.items[0].role',
  ]);
});

test('a file that is not JSON, or not in the format, says so', () => {
  expect(parseGoldImport('{"format": ')).toMatchObject({
    ok: false,
    issues: [{ path: '', message: expect.stringContaining('Not valid JSON') }],
  });
  expect(parseGoldImport('{"format": "other/2", "items": []}')).toEqual({
    ok: false,
    issues: [
      { path: 'format', message: 'Expected "format": "caselight-gold/1"' },
      { path: 'items', message: 'The file has no items' },
    ],
  });
});
