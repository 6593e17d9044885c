import type { Decision } from '../../decisions/schema';
import { renderJson, renderText, renderUrl, type TemplateValues } from './template';
import type { Writer, WriterPlan, WriterRequest } from './schema';

/**
 * From a decision to the exact requests a writer sends: the values its templates may name,
 * the note with its marker, and each request rendered. The options page's preview and the
 * background's delivery both use this, so what a lead sees is what goes out.
 */

/** What the panel knew when the decision was made and the decision itself does not carry. */
export interface WritebackContext {
  actionLabel: string;
  policyTitles: string[];
  caseUrl?: string;
  caseSubject?: string;
}

export interface RenderedRequest {
  name: string;
  method: WriterRequest['method'];
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Text a look-up can find again in the console: the decision id, in a form no one types. */
export const markerOf = (decisionId: string) => `[caselight:${decisionId}]`;

/** The plan for this decision: a reversal's, its action's, or the default; none for a reversal without one. */
export function planFor(
  writer: Writer,
  decision: Decision,
): { requests: WriterRequest[]; vars: Record<string, unknown> } | undefined {
  const plan: WriterPlan | undefined = decision.reverses
    ? writer.reversal
    : (writer.actions[decision.action] ?? writer.actions.default);
  if (!plan) return undefined;
  return {
    requests: plan.requests ?? writer.actions.default.requests,
    vars: { ...writer.vars, ...writer.actions.default.vars, ...plan.vars },
  };
}

/** The note: the lead's template, cut to the console's limit with a visible mark, marker last. */
export function composeNote(writer: Writer, values: TemplateValues, marker: string): string {
  const body = renderText(writer.note.template, values)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const tail = `\n\n${marker}`;
  if (body.length + tail.length <= writer.note.maxChars) return body + tail;
  const cut = (kept: number) =>
    `\n… [cut by Caselight: ${body.length - kept} of ${body.length} characters not shown]`;
  let kept = writer.note.maxChars - tail.length - cut(0).length;
  kept = Math.max(0, writer.note.maxChars - tail.length - cut(kept).length);
  return body.slice(0, kept) + cut(kept) + tail;
}

/** Every value the writer's templates may name for this decision. */
export function valuesFor(
  writer: Writer,
  decision: Decision,
  context: WritebackContext,
  vars: Record<string, unknown>,
): Record<string, unknown> {
  const base: Record<string, unknown> = {
    'decision.id': decision.id,
    'decision.action': decision.action,
    'decision.note': decision.note ?? '',
    'decision.policyIds': decision.policyIds,
    'decision.decidedAt': decision.decidedAt,
    'decision.reviewerId': decision.reviewerId,
    'decision.guidanceVersion': decision.guidanceVersion,
    'decision.mode': decision.mode,
    'decision.agreement': decision.agreement,
    'decision.reverses': decision.reverses ?? '',
    'action.id': decision.action,
    'action.label': context.actionLabel,
    'policies.ids': decision.policyIds,
    'policies.titles': context.policyTitles,
    'case.id': decision.caseId,
    'case.url': context.caseUrl ?? '',
    'case.subject': context.caseSubject ?? '',
    'case.console': decision.console,
    'reviewer.id': decision.reviewerId,
  };
  for (const [name, value] of Object.entries(vars))
    base[`vars.${name}`] = renderJson(value, base as TemplateValues);
  const marker = markerOf(decision.id);
  return { ...base, marker, note: composeNote(writer, base as TemplateValues, marker) };
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/** One request as it goes out, but for credentials (added by the sender, never shown). */
export function renderRequest(
  writer: Writer,
  request: WriterRequest,
  values: TemplateValues,
): RenderedRequest {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [header, value] of Object.entries(request.headers ?? {}))
    headers[header.toLowerCase()] = renderText(value, values).replace(/[\r\n]/g, ' ');
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(renderJson(request.json, values));
  } else if (request.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(request.form))
      form.append(key, renderText(value, values));
    body = form.toString();
  }
  return {
    name: request.name,
    method: request.method,
    url: joinUrl(writer.baseUrl, renderUrl(request.path, values)),
    headers,
    body,
  };
}
