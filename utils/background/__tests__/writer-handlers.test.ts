import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTicketConsole, type TicketConsole } from '../../case/writer/__tests__/ticket-console';
import { redmineWriterPreset } from '../../case/presets/redmine-writer';
import { markerOf } from '../../case/writer/render';
import { listWriters, readWriterSecret, removeWriter } from '../../case/writer/store';
import type { WriterTest } from '../../case/writer/writer-messages';
import { retryWritebacksFor } from '../../decisions/writeback-service';
import { handleMessage } from '../../messaging/router';
import { backgroundHandlers } from '../handlers';
import { writerHandlers as h } from '../writer-handlers';

vi.mock('../../decisions/writeback-service', async (original) => ({
  ...(await original<typeof import('../../decisions/writeback-service')>()),
  retryWritebacksFor: vi.fn<(writerId: string) => Promise<void>>(async () => {}),
}));

const decisionId = '7d0f4a52-9c1e-4e57-8a51-3b2f6c0d9e14';
const test: WriterTest = {
  decisionId,
  console: 'redmine',
  caseId: '4',
  action: 'remove',
  policyIds: ['harassment'],
  note: 'Tried from the Writers page.',
};
const fromPage = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/writers.html',
} as Browser.runtime.MessageSender;
const fromConsole = {
  id: 'test-extension-id',
  url: 'http://127.0.0.1:4317/console/cases/C-1',
  tab: { id: 4 },
  frameId: 0,
} as Browser.runtime.MessageSender;

let ticketConsole: TicketConsole;
let granted: boolean;
beforeEach(async () => {
  fakeBrowser.reset();
  granted = true;
  vi.mocked(retryWritebacksFor).mockClear();
  fakeBrowser.permissions.contains = async () => granted;
  for (const { writer } of (await h['writers:list']({ type: 'writers:list' }, fromPage)).writers)
    await removeWriter(writer.id);
  ticketConsole = await startTicketConsole();
});
afterEach(() => ticketConsole.close());

const save = (definition: unknown) =>
  h['writers:save']({ type: 'writers:save', definition }, fromPage);
const saveToken = (token: string) =>
  h['writers:save-credentials'](
    { type: 'writers:save-credentials', writerId: 'redmine', secret: { kind: 'token', token } },
    fromPage,
  );

describe('writers:save', () => {
  it('refuses an invalid definition, naming the field, and saves nothing', async () => {
    const preset = redmineWriterPreset(ticketConsole.url);
    const requests = preset.actions.default.requests!.map((request) =>
      request.name === 'note'
        ? { ...request, json: { issue: { notes: '{{decison.note}}' } } }
        : request,
    );
    const answer = await save({ ...preset, actions: { default: { requests } } });

    expect(answer).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^actions\.default\.requests\.1\.json: \{\{decison\.note\}\} is not a field/,
        ),
      ],
    });
    expect((await listWriters()).writers).toEqual([]);
  });

  it('refuses a writer whose address the lead did not allow', async () => {
    granted = false;
    const answer = await save(redmineWriterPreset(ticketConsole.url));
    expect(answer).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^baseUrl: Caselight is not allowed to reach http:\/\/127/)],
    });
    expect((await listWriters()).writers).toEqual([]);
  });

  it('saves a valid one, listed with its credentials missing', async () => {
    expect(await save(redmineWriterPreset(ticketConsole.url))).toMatchObject({
      ok: true,
      entry: { writer: { id: 'redmine' }, credential: { kind: 'missing' } },
    });
    const listed = await h['writers:list']({ type: 'writers:list' }, fromPage);
    expect(listed.writers.map((e) => e.writer.name)).toEqual(['Redmine']);
  });
});

describe('writers:save-credentials', () => {
  it('binds them to the writer’s origin and never answers them back', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    const origin = new URL(ticketConsole.url).origin;

    expect(await saveToken('s3cret-key')).toEqual({
      ok: true,
      credential: { kind: 'saved', origin },
    });
    expect(await readWriterSecret('redmine')).toEqual({
      kind: 'token',
      token: 's3cret-key',
      origin,
    });
    // What waited for a sign-in is sent again at once.
    expect(retryWritebacksFor).toHaveBeenCalledWith('redmine');
    const listed = await h['writers:list']({ type: 'writers:list' }, fromPage);
    expect(JSON.stringify(listed)).not.toContain('s3cret-key');
    expect(listed.writers[0]!.credential).toEqual({ kind: 'saved', origin });

    await save(redmineWriterPreset('https://redmine.example.com'));
    const moved = await h['writers:list']({ type: 'writers:list' }, fromPage);
    expect(moved.writers[0]!.credential).toEqual({ kind: 'other-origin', origin });
  });

  it('refuses the wrong kind, and any for a writer that uses the console session', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    const basic = { kind: 'basic' as const, username: 'lead', password: 'pw' };
    expect(
      await h['writers:save-credentials'](
        { type: 'writers:save-credentials', writerId: 'redmine', secret: basic },
        fromPage,
      ),
    ).toEqual({ ok: false, message: '"Redmine" takes a token.' });

    await save({ ...redmineWriterPreset(ticketConsole.url), auth: { kind: 'session' } });
    expect(await saveToken('s3cret-key')).toMatchObject({ ok: false });
    expect(await readWriterSecret('redmine')).toBeUndefined();
    const listed = await h['writers:list']({ type: 'writers:list' }, fromPage);
    expect(listed.writers[0]!.credential).toEqual({ kind: 'not-needed', auth: 'session' });
  });

  it('are removed with the writer', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    await saveToken('s3cret-key');
    expect(await h['writers:remove']({ type: 'writers:remove', id: 'redmine' }, fromPage)).toEqual({
      removed: true,
    });
    expect(await readWriterSecret('redmine')).toBeUndefined();
  });
});

describe('writers:preview', () => {
  it('shows the exact requests, credentials masked, the marker in the note', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    await saveToken('s3cret-key');

    const answer = await h['writers:preview'](
      { type: 'writers:preview', writerId: 'redmine', test },
      fromPage,
    );

    expect(JSON.stringify(answer)).not.toContain('s3cret-key');
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.marker).toBe(markerOf(decisionId));
    expect(answer.note).toMatch(/^Caselight decision: Remove content\n/);
    expect(answer.note.endsWith(`\n\n${markerOf(decisionId)}`)).toBe(true);
    expect(answer.requests.map((r) => [r.when, r.method, r.url])).toEqual([
      ['send', 'GET', `${ticketConsole.url}/issue_statuses.json`],
      ['send', 'PUT', `${ticketConsole.url}/issues/4.json`],
      ['confirm', 'GET', `${ticketConsole.url}/issues/4.json?include=journals`],
    ]);
    const put = answer.requests[1]!;
    expect(put.headers['x-redmine-api-key']).toBe('••••••');
    const body = JSON.parse(put.body!) as { issue: { notes: string; status_id: string } };
    expect(body.issue.notes).toContain('Caselight decision: Remove content');
    expect(body.issue.notes).toContain('Policies: Harassment and bullying');
    expect(body.issue.notes).toContain('Tried from the Writers page.');
    expect(body.issue.notes.endsWith(markerOf(decisionId))).toBe(true);
    expect(body.issue.status_id).toBe('(statuses.id)');
    expect(put.body).toContain('\n  "issue"'); // pretty-printed
    expect(ticketConsole.requests).toEqual([]);
  });

  it('refuses an action the installed guidance does not have', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    const answer = await h['writers:preview'](
      { type: 'writers:preview', writerId: 'redmine', test: { ...test, action: 'obliterate' } },
      fromPage,
    );
    expect(answer).toEqual({
      ok: false,
      message: expect.stringContaining('"obliterate" is not in the installed guidance'),
    });
  });
});

describe('writers:test-send', () => {
  it('writes one note into the console through the background', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    await saveToken('test-key');

    const answer = await h['writers:test-send'](
      { type: 'writers:test-send', writerId: 'redmine', test, confirmed: true },
      fromPage,
    );

    expect(answer).toEqual({
      ok: true,
      decisionId,
      outcome: { kind: 'delivered', result: 'note #100' },
    });
    const journals = ticketConsole.journals.get('4')!;
    expect(journals).toHaveLength(1);
    expect(journals[0]!.notes.endsWith(markerOf(decisionId))).toBe(true);
    expect(ticketConsole.statusOf.get('4')).toBe(3);
  });

  it('shows the console’s own words when it refuses', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    await saveToken('wrong-key');
    const answer = await h['writers:test-send'](
      { type: 'writers:test-send', writerId: 'redmine', test, confirmed: true },
      fromPage,
    );
    expect(answer).toMatchObject({
      ok: true,
      outcome: {
        kind: 'needs-sign-in',
        status: 401,
        message: expect.stringContaining('Unauthorized'),
      },
    });
    expect(ticketConsole.journals.get('4')).toHaveLength(0);
  });

  it('needs the confirmation and an extension page', async () => {
    await save(redmineWriterPreset(ticketConsole.url));
    await saveToken('test-key');
    const request = { type: 'writers:test-send', writerId: 'redmine', test };

    expect(await handleMessage(backgroundHandlers, request, fromPage)).toEqual({
      refused: 'Malformed request',
    });
    expect(
      await handleMessage(backgroundHandlers, { ...request, confirmed: true }, fromConsole),
    ).toEqual({ refused: 'writers:test-send is not accepted from this sender' });
    expect(ticketConsole.requests).toEqual([]);
  });
});
