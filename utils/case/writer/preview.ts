import type { Decision } from '../../decisions/schema';
import { maskedAuthHeaders } from './credentials';
import {
  markerOf,
  planFor,
  renderRequest,
  valuesFor,
  type RenderedRequest,
  type WritebackContext,
} from './render';
import type { Writer } from './schema';
import { renderText, type TemplateValues } from './template';
import type { PreviewRequest } from './writer-messages';

/**
 * The requests a writer would send for a decision, rendered by the same code delivery uses
 * (`planFor`, `valuesFor`, `renderRequest`), with credentials masked. A value an earlier answer
 * gives (`{{steps.statuses.id}}`, `{{guard.found}}`) is not known yet and shows as its name in
 * brackets, e.g. `(statuses.id)`: characters a URL keeps as they are.
 */
export function previewWriteback(
  writer: Writer,
  decision: Decision,
  context: WritebackContext,
): { requests: PreviewRequest[]; note: string; marker: string } {
  const plan = planFor(writer, decision);
  const marker = markerOf(decision.id);
  if (!plan) return { requests: [], note: '', marker };
  const values: Record<string, unknown> = valuesFor(writer, decision, context, plan.vars);
  for (const request of plan.requests)
    for (const capture of Object.keys(request.capture ?? {}))
      values[`steps.${request.name}.${capture}`] = `(${request.name}.${capture})`;
  const guard = writer.replayGuard;
  if (guard.kind === 'lookup') values['guard.found'] = '(guard.found)';
  const all = values as TemplateValues;
  const masked = maskedAuthHeaders(writer);
  const shown = (rendered: RenderedRequest, when: PreviewRequest['when']): PreviewRequest => ({
    name: rendered.name,
    method: rendered.method,
    url: rendered.url,
    headers: { ...rendered.headers, ...masked },
    body: rendered.body === undefined ? undefined : pretty(rendered),
    when,
  });
  const requests = plan.requests.map((request) => {
    const rendered = renderRequest(writer, request, all);
    if (guard.kind === 'idempotency-key')
      rendered.headers[guard.header.toLowerCase()] = `${decision.id}:${request.name}`;
    const skipped = request.skipUnless !== undefined && !renderText(request.skipUnless, all).trim();
    return shown(rendered, skipped ? 'skipped' : 'send');
  });
  if (guard.kind === 'lookup' && guard.confirm)
    requests.push(shown(renderRequest(writer, guard.request, all), 'confirm'));
  return { requests, note: String(values.note), marker };
}

/** JSON indented, a form one field a line; what is sent is the compact form of the same. */
function pretty(rendered: RenderedRequest): string {
  const body = rendered.body ?? '';
  const type = rendered.headers['content-type'];
  if (type === 'application/json') return JSON.stringify(JSON.parse(body), null, 2);
  if (type === 'application/x-www-form-urlencoded')
    return [...new URLSearchParams(body)].map(([key, value]) => `${key}=${value}`).join('\n');
  return body;
}
