import { expect, test } from 'vitest';
import { startFaultProxy } from './redmine/fault-proxy';
import { redmineApi, useRedmine } from './redmine/use-redmine';

const redmine = useRedmine();

interface Issue {
  subject: string;
  author: { name: string };
  status: { name: string };
  custom_fields: { name: string; value: string }[];
  journals: { id: number; user: { name: string }; notes: string }[];
}

async function readIssue(id: number): Promise<Issue> {
  const res = await redmineApi(redmine(), `/issues/${id}.json?include=journals`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { issue: Issue }).issue;
}

test('a throwaway Redmine serves the seeded report over REST, and keeps its data across a restart', async () => {
  const r = redmine();
  const { templateSeconds, bootSeconds } = r.timings;
  const seeded = r.seed.issues[0]!;
  const before = await readIssue(seeded.id);
  expect(before).toMatchObject({ subject: seeded.subject, author: { name: 'Maria Lopez' } });
  expect(before.custom_fields).toContainEqual(expect.objectContaining({ value: 'jdoe_77' }));
  expect(before.journals.filter((j) => j.notes).map((j) => j.user.name)).toEqual(
    seeded.journals.filter((j) => j.notes).map((j) => j.author),
  );

  // The reviewer writes a note, as Caselight's writer will; the restart must keep it.
  const note = await redmineApi(r, `/issues/${seeded.id}.json`, {
    method: 'PUT',
    key: r.seed.reviewerApiKey,
    json: { issue: { notes: 'Smoke test note' } },
  });
  expect(note.status).toBe(204);

  const stopping = Date.now();
  await r.stop();
  expect(r.running()).toBe(false);
  await expect(fetch(`${r.url}/login`)).rejects.toThrow('fetch failed');
  const stoppedMs = Date.now() - stopping;
  await r.start();
  const after = await readIssue(seeded.id);
  expect(after.journals.at(-1)).toMatchObject({
    user: { name: 'Taylor Kim' },
    notes: 'Smoke test note',
  });
  console.log(
    `redmine: template ${templateSeconds.toFixed(1)} s (0 = cached), boot ${bootSeconds.toFixed(1)} s, ` +
      `stop ${(stoppedMs / 1000).toFixed(1)} s, restart ${r.timings.bootSeconds.toFixed(1)} s`,
  );
});

test('through the fault proxy: Redmine answers, until the proxy throttles or goes down', async () => {
  const proxy = await startFaultProxy(redmine().url);
  try {
    const key = { 'X-Redmine-API-Key': redmine().apiKey };
    proxy.throttle(3, { method: 'GET', path: '/issues/', times: 1 });
    const throttled = await fetch(`${proxy.url}/issues/1.json`, { headers: key });
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '3']);
    expect((await fetch(`${proxy.url}/issues/1.json`, { headers: key })).status).toBe(200);
    await proxy.down();
    await expect(fetch(`${proxy.url}/issues/1.json`, { headers: key })).rejects.toThrow(
      'fetch failed',
    );
    expect(proxy.counts()).toEqual({ 'GET /issues/1.json': 2 });
  } finally {
    await proxy.close();
  }
});
