import type { z } from 'zod';
import { parsePath, pathPlaceholderText } from './json-path';
import { placeholdersOf, stringsOf } from './template';
import { placeholderProblem, type Scope } from './vocabulary';

/**
 * The import-time check that every placeholder and capture path in a writer means something:
 * a template naming an unknown field is refused with its place ("actions.remove.requests.0.
 * json.issue.notes: {{decison.note}} is not a field…"), never sent empty at decision time.
 */

interface RequestShape {
  name: string;
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  capture?: Record<string, string | { path: string }>;
  skipUnless?: string;
}
interface PlanShape {
  vars?: Record<string, unknown>;
  requests?: RequestShape[];
}
interface WriterShape {
  note: { template: string };
  vars: Record<string, unknown>;
  actions: Record<string, PlanShape>;
  reversal?: PlanShape;
  replayGuard:
    { kind: 'lookup'; request: RequestShape; found: string; protects: string } | { kind: string };
  result?: string;
}

type Path = (string | number)[];

function checkText(ctx: z.RefinementCtx, text: string, scope: Scope, path: Path) {
  for (const name of placeholdersOf(text)) {
    const message = placeholderProblem(name, scope);
    if (message) ctx.addIssue({ code: 'custom', message, path });
  }
}

/** A capture path must parse, and the placeholders in its filters must be known. */
function checkCapturePath(ctx: z.RefinementCtx, path: string, scope: Scope, at: Path) {
  if (path.startsWith('header:')) return;
  try {
    for (const text of pathPlaceholderText(parsePath(path))) checkText(ctx, text, scope, at);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `Not a readable path: ${(error as Error).message}`,
      path: at,
    });
  }
}

function checkRequest(ctx: z.RefinementCtx, request: RequestShape, scope: Scope, at: Path) {
  checkText(ctx, request.path, scope, [...at, 'path']);
  for (const [header, value] of Object.entries(request.headers ?? {}))
    checkText(ctx, value, scope, [...at, 'headers', header]);
  for (const text of stringsOf(request.json)) checkText(ctx, text, scope, [...at, 'json']);
  for (const [key, value] of Object.entries(request.form ?? {}))
    checkText(ctx, value, scope, [...at, 'form', key]);
  if (request.skipUnless) checkText(ctx, request.skipUnless, scope, [...at, 'skipUnless']);
  for (const [capture, path] of Object.entries(request.capture ?? {}))
    checkCapturePath(ctx, typeof path === 'string' ? path : path.path, scope, [
      ...at,
      'capture',
      capture,
    ]);
}

/** Checks one request list; each request sees the captures of the ones before it. */
function checkRequests(ctx: z.RefinementCtx, requests: RequestShape[], base: Scope, at: Path) {
  const captures = new Set<string>();
  const names = new Set<string>();
  requests.forEach((request, index) => {
    if (names.has(request.name))
      ctx.addIssue({
        code: 'custom',
        message: `Two requests are named "${request.name}"`,
        path: [...at, index, 'name'],
      });
    names.add(request.name);
    checkRequest(ctx, request, { ...base, captures }, [...at, index]);
    for (const capture of Object.keys(request.capture ?? {}))
      captures.add(`${request.name}.${capture}`);
  });
}

export function checkWriterReferences(writer: WriterShape, ctx: z.RefinementCtx): void {
  const guard = writer.replayGuard;
  const isLookup = guard.kind === 'lookup' && 'request' in guard;
  const shared = new Set([
    ...Object.keys(writer.vars),
    ...Object.keys(writer.actions.default?.vars ?? {}),
  ]);
  const scopeFor = (plan: PlanShape | undefined): Scope => ({
    vars: new Set([...shared, ...Object.keys(plan?.vars ?? {})]),
    captures: new Set(),
    guard: isLookup,
  });
  checkText(ctx, writer.note.template, { ...scopeFor(undefined), inNote: true }, [
    'note',
    'template',
  ]);
  const plans: [Path, PlanShape][] = Object.entries(writer.actions).map(([id, plan]) => [
    ['actions', id],
    plan,
  ]);
  if (writer.reversal) plans.push([['reversal'], writer.reversal]);
  const defaultNames = new Set((writer.actions.default?.requests ?? []).map((r) => r.name));
  for (const [at, plan] of plans) {
    const scope = scopeFor(plan);
    if (plan.requests) checkRequests(ctx, plan.requests, scope, [...at, 'requests']);
  }
  if (isLookup) {
    const lookup = guard as { request: RequestShape; found: string; protects: string };
    checkRequest(ctx, lookup.request, scopeFor(undefined), ['replayGuard', 'request']);
    checkCapturePath(ctx, lookup.found, scopeFor(undefined), ['replayGuard', 'found']);
    if (!defaultNames.has(lookup.protects))
      ctx.addIssue({
        code: 'custom',
        message: `No default request is named "${lookup.protects}"`,
        path: ['replayGuard', 'protects'],
      });
  }
  if (writer.result) checkText(ctx, writer.result, scopeFor(undefined), ['result']);
}
