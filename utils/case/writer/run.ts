import type { Decision } from '../../decisions/schema';
import { planFor, renderRequest, valuesFor, type WritebackContext } from './render';
import { capturesOf, isOk, refusal, send, sendCached, Stop, type SendContext } from './send';
import { renderText, type TemplateValues } from './template';

/**
 * Sends one decision's write-back: the writer's requests in order, each answer checked and
 * its captures kept, progress handed back after every request so that a retry resumes where
 * the last one stopped instead of posting a note twice. Background only.
 */

export interface WritebackProgress {
  /** Index of the next request to send. */
  next: number;
  /** `<request>.<capture>` → value, from the requests already sent (and `guard.found`). */
  captured: Record<string, unknown>;
}

interface Unsent {
  message: string;
  progress: WritebackProgress;
  /** Whether the next attempt must look before re-sending the guarded request. */
  uncertain: boolean;
}

export type WritebackOutcome =
  | { kind: 'delivered'; result: string; progress: WritebackProgress }
  | { kind: 'skipped'; result: string }
  | (Unsent & { kind: 'retry'; status?: number; serverWaitMs?: number })
  | (Unsent & { kind: 'failed'; status: number })
  | (Unsent & { kind: 'needs-sign-in'; status?: number });

export interface RunWriteback extends SendContext {
  decision: Decision;
  context: WritebackContext;
  progress: WritebackProgress;
  /** An earlier attempt may have landed a request without our knowing: look before sending. */
  uncertain: boolean;
  onProgress?: (progress: WritebackProgress) => Promise<void>;
  /**
   * Every request has been acknowledged: the write-back is delivered, whatever the look-up
   * after it (which only reads the note's id back for the panel) then finds.
   */
  onWritten?: (progress: WritebackProgress) => Promise<void>;
}

export async function runWriteback(input: RunWriteback): Promise<WritebackOutcome> {
  const { writer, decision } = input;
  const plan = planFor(writer, decision);
  if (!plan) return { kind: 'skipped', result: 'nothing to write for a reversal' };
  const guard = writer.replayGuard;
  const guarded =
    guard.kind === 'lookup' ? plan.requests.findIndex((r) => r.name === guard.protects) : -1;
  let progress: WritebackProgress = {
    next: input.progress.next,
    captured: { ...input.progress.captured },
  };
  let uncertain = input.uncertain;
  let writing = false;
  const values = (): TemplateValues => {
    const all: Record<string, unknown> = valuesFor(writer, decision, input.context, plan.vars);
    for (const [key, value] of Object.entries(progress.captured))
      all[key === 'guard.found' ? key : `steps.${key}`] = value;
    return all as TemplateValues;
  };
  const advance = async (next: number, captured: Record<string, unknown>) => {
    progress = { next, captured: { ...progress.captured, ...captured } };
    await input.onProgress?.(progress);
  };
  /** Whether the decision's marker is already in the console (the look-up guard). */
  const lookUp = async () => {
    if (guard.kind !== 'lookup') return undefined;
    const rendered = renderRequest(writer, guard.request, values());
    const sent = await send(input, rendered);
    if (!isOk(guard.request, sent.status)) throw refusal(writer, rendered, sent);
    const lookup = {
      ...guard.request,
      name: 'guard',
      capture: { found: { path: guard.found, optional: true } },
    };
    return capturesOf(lookup, sent, values())['guard.found'];
  };
  try {
    if (uncertain && guarded >= progress.next) {
      const found = await lookUp();
      uncertain = false;
      if (found !== undefined) await advance(guarded + 1, { 'guard.found': found });
    }
    for (let index = progress.next; index < plan.requests.length; index++) {
      const request = plan.requests[index]!;
      if (request.skipUnless !== undefined && !renderText(request.skipUnless, values()).trim()) {
        await advance(index + 1, {});
        continue;
      }
      const rendered = renderRequest(writer, request, values());
      if (guard.kind === 'idempotency-key')
        rendered.headers[guard.header.toLowerCase()] = `${decision.id}:${request.name}`;
      writing = request.method !== 'GET';
      const sent = await sendCached(input, rendered, request.cacheSeconds);
      if (!isOk(request, sent.status)) throw refusal(writer, rendered, sent);
      writing = false;
      uncertain = false;
      await advance(index + 1, capturesOf(request, sent, values()));
    }
    await input.onWritten?.(progress);
    if (
      guard.kind === 'lookup' &&
      guard.confirm &&
      progress.captured['guard.found'] === undefined
    ) {
      const found = await lookUp();
      if (found !== undefined)
        progress = { ...progress, captured: { ...progress.captured, 'guard.found': found } };
    }
    const result = writer.result ? renderText(writer.result, values()) : 'written';
    const unconfirmed =
      guard.kind === 'lookup' && guard.confirm && progress.captured['guard.found'] === undefined;
    return {
      kind: 'delivered',
      progress,
      result: unconfirmed ? `${result} (sent; the look-up did not find it)` : result,
    };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    // A write that got no clear answer may have landed; a refused one did not.
    if (writing) uncertain = error.details.mayHaveLanded === true;
    const { status, serverWaitMs } = error.details;
    if (error.kind === 'retry')
      return { kind: 'retry', message: error.message, status, serverWaitMs, progress, uncertain };
    if (error.kind === 'failed')
      return { kind: 'failed', message: error.message, status: status ?? 0, progress, uncertain };
    return { kind: 'needs-sign-in', message: error.message, status, progress, uncertain };
  }
}
