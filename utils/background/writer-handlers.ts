import { browser } from 'wxt/browser';
import { credentialStatus, secretKindFor } from '../case/writer/credential-status';
import { previewWriteback } from '../case/writer/preview';
import { runWriteback, type WritebackOutcome } from '../case/writer/run';
import { describeWriterProblems, writerSchema, type Writer } from '../case/writer/schema';
import {
  getWriter,
  listWriters,
  readWriterSecret,
  removeWriter,
  saveWriter,
  writeWriterSecret,
} from '../case/writer/store';
import { testDecision } from '../case/writer/test-decision';
import type { WriterTest, WriterTestOutcome } from '../case/writer/writer-messages';
import { retryWritebacksFor } from '../decisions/writeback-service';
import { ensureInstalledPack } from '../guidance/ensure-installed';
import type { Handlers } from '../messaging/router';
import { originPattern } from '../settings/schema';
import { lastReviewerStorage } from '../status/store';

/**
 * The Writers page's requests. Definitions are validated again here; credentials are bound to
 * the writer's origin when saved and never answered back; a test send is the writer's own
 * requests, made by the background like every other network call.
 */

type WriterHandlers = Pick<
  Handlers,
  | 'writers:list'
  | 'writers:save'
  | 'writers:remove'
  | 'writers:save-credentials'
  | 'writers:preview'
  | 'writers:test-send'
>;

const permitted = (writer: Writer) =>
  browser.permissions.contains({ origins: [originPattern(writer.baseUrl)] });

const notAllowed = (writer: Writer) =>
  `Caselight is not allowed to reach ${new URL(writer.baseUrl).origin}: save the writer again and allow it.`;

async function entryOf(writer: Writer) {
  return { writer, credential: credentialStatus(writer, await readWriterSecret(writer.id)) };
}

/** The test decision on the guidance in force, by whom the case API last said the token is. */
async function buildTest(writer: Writer, test: WriterTest) {
  const [pack, me] = await Promise.all([ensureInstalledPack(), lastReviewerStorage.getValue()]);
  return testDecision(writer, test, pack, me?.id);
}

/** The outcome without its progress, which holds whatever the console answered. */
function summary(outcome: WritebackOutcome): WriterTestOutcome {
  if (outcome.kind === 'delivered' || outcome.kind === 'skipped')
    return { kind: outcome.kind, result: outcome.result };
  return { kind: outcome.kind, message: outcome.message, status: outcome.status };
}

const noWriter = (id: string) => ({ ok: false as const, message: `No writer "${id}" is saved.` });

export const writerHandlers: WriterHandlers = {
  'writers:list': async () => {
    const { writers, unreadable } = await listWriters();
    return { writers: await Promise.all(writers.map(entryOf)), unreadable };
  },
  'writers:save': async ({ definition }) => {
    const parsed = writerSchema.safeParse(definition);
    if (!parsed.success) return { ok: false, problems: describeWriterProblems(parsed.error) };
    if (!(await permitted(parsed.data)))
      return { ok: false, problems: [`baseUrl: ${notAllowed(parsed.data)}`] };
    await saveWriter(parsed.data);
    return { ok: true, entry: await entryOf(parsed.data) };
  },
  'writers:remove': async ({ id }) => {
    const removed = (await getWriter(id)) !== undefined;
    await removeWriter(id);
    return { removed };
  },
  'writers:save-credentials': async ({ writerId, secret }) => {
    const writer = await getWriter(writerId);
    if (!writer) return noWriter(writerId);
    if (secret === null) {
      await writeWriterSecret(writer.id, undefined);
      return { ok: true, credential: credentialStatus(writer, undefined) };
    }
    const expected = secretKindFor(writer);
    if (!expected)
      return {
        ok: false,
        message: `"${writer.name}" takes no credentials (auth "${writer.auth.kind}").`,
      };
    if (secret.kind !== expected)
      return {
        ok: false,
        message: `"${writer.name}" takes ${expected === 'basic' ? 'a username and password' : 'a token'}.`,
      };
    const saved = { ...secret, origin: new URL(writer.baseUrl).origin };
    await writeWriterSecret(writer.id, saved);
    // Write-backs that waited for a sign-in go now; the credentials are saved either way.
    await retryWritebacksFor(writer.id).catch((error: unknown) =>
      console.error('Caselight: write-backs not retried after new credentials', error),
    );
    return { ok: true, credential: credentialStatus(writer, saved) };
  },
  'writers:preview': async ({ writerId, test }) => {
    const writer = await getWriter(writerId);
    if (!writer) return noWriter(writerId);
    const built = await buildTest(writer, test);
    if (!built.ok) return built;
    return { ok: true, ...previewWriteback(writer, built.decision, built.context) };
  },
  'writers:test-send': async ({ writerId, test }) => {
    const writer = await getWriter(writerId);
    if (!writer) return noWriter(writerId);
    if (!(await permitted(writer))) return { ok: false, message: notAllowed(writer) };
    const built = await buildTest(writer, test);
    if (!built.ok) return built;
    const outcome = await runWriteback({
      writer,
      secret: await readWriterSecret(writer.id),
      decision: built.decision,
      context: built.context,
      progress: { next: 0, captured: {} },
      uncertain: false,
    });
    return { ok: true, decisionId: built.decision.id, outcome: summary(outcome) };
  },
};
