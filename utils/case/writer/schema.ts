import { z } from 'zod';
import { checkWriterReferences } from './references';

/**
 * A writer: how a decision is written back into the console's own system through its API
 * (a note, tags, a status on the ticket). What adapters are to a console's page, writers are
 * to its API: data a lead imports or builds, never code. One definition, validated here on
 * import, in the options page and in the background before it sends anything.
 */
export const WRITER_FORMAT = 'caselight-writer/1';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const jsonTemplate: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string().max(20_000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonTemplate).max(200),
    z.record(z.string().max(200), jsonTemplate),
  ]),
);

const name = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'Use letters, digits and _, starting with a letter');

/** Credentials travel only through `auth`, so a secret never sits in a template or a preview. */
const FORBIDDEN_HEADERS = /^(authorization|cookie|host|content-length|proxy-.*)$/i;
const HEADER_NAME = /^[A-Za-z0-9-]{1,100}$/;
const headerName = z.string().regex(HEADER_NAME, 'Not an HTTP header name');
/** Header names are checked here rather than as record keys, so the problem names the header. */
function checkHeaderNames(headers: Record<string, string>, ctx: z.RefinementCtx) {
  for (const header of Object.keys(headers)) {
    const message = !HEADER_NAME.test(header)
      ? 'Not an HTTP header name'
      : FORBIDDEN_HEADERS.test(header)
        ? 'Set credentials with "auth", not as a header'
        : undefined;
    if (message) ctx.addIssue({ code: 'custom', message, path: [header] });
  }
}
const headerValue = z
  .string()
  .max(2000)
  .refine((value) => !/[\r\n]/.test(value), { error: 'A header value cannot span lines' });

const capturePath = z.string().min(1).max(500);
export const captureSchema = z.union([
  capturePath,
  z.strictObject({ path: capturePath, optional: z.boolean().default(false) }),
]);

export const writerRequestSchema = z
  .strictObject({
    /** Names the request, so later ones can use what it captured: `{{steps.<name>.<capture>}}`. */
    name,
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    /** Relative to the writer's base URL; placeholders in it are percent-encoded. */
    path: z
      .string()
      .max(2000)
      .regex(/^\/(?!\/)/, 'Start with one "/": a writer only talks to its own base URL'),
    headers: z.record(z.string(), headerValue).superRefine(checkHeaderNames).optional(),
    json: jsonTemplate.optional(),
    form: z.record(z.string().max(200), z.string().max(100_000)).optional(),
    /** Statuses that mean success; any 2xx when not given. */
    ok: z.array(z.number().int().min(200).max(399)).min(1).max(20).optional(),
    /**
     * Values read from the answer: a path into its JSON body, or `header:<name>`. A value the
     * answer lacks fails the write-back with the path named, unless marked optional.
     */
    capture: z.record(name, captureSchema).optional(),
    /** The request is skipped when this renders empty (e.g. no transition to take). */
    skipUnless: z.string().max(500).optional(),
    /**
     * A GET whose answer changes rarely (a list of statuses) is kept this long per browser and
     * not asked again for every decision.
     */
    cacheSeconds: z.number().int().min(1).max(86_400).optional(),
  })
  .refine((request) => !(request.json !== undefined && request.form !== undefined), {
    error: 'Give a "json" or a "form" body, not both',
  })
  .refine((request) => request.cacheSeconds === undefined || request.method === 'GET', {
    error: 'Only a GET can be cached',
    path: ['cacheSeconds'],
  });

const varsSchema = z.record(name, jsonTemplate);

export const writerPlanSchema = z.strictObject({
  /** Values for this action (`{{vars.<name>}}`), over the writer's own `vars`. */
  vars: varsSchema.optional(),
  /** The requests, in order; an action without them uses the default action's. */
  requests: z.array(writerRequestSchema).min(1).max(10).optional(),
});

export const replayGuardSchema = z.discriminatedUnion('kind', [
  /**
   * Before sending again after an attempt that may have reached the console, look the
   * decision's marker up; found means that request already landed and is not repeated.
   */
  z.strictObject({
    kind: z.literal('lookup'),
    request: writerRequestSchema,
    /** A path into the look-up's answer that finds the marker, e.g. `issue.journals[notes~={{marker}}].id`. */
    found: z.string().min(1).max(500),
    /** The request whose effect the look-up sees (the one that posts the note). */
    protects: name,
    /** Look up again after writing: confirms the note landed and gives `{{guard.found}}`. */
    confirm: z.boolean().default(false),
  }),
  /** The console's API honours this header: the same key never writes twice. */
  z.strictObject({ kind: z.literal('idempotency-key'), header: headerName }),
  /** Every request is idempotent by nature (setting a status or tags), so a repeat is harmless. */
  z.strictObject({ kind: z.literal('none'), why: z.string().min(1).max(300) }),
]);

export const writerAuthSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  /** An API key in a header of the console's choosing (Redmine: X-Redmine-API-Key). */
  z.strictObject({ kind: z.literal('header'), header: z.string().regex(/^[A-Za-z0-9-]{1,100}$/) }),
  z.strictObject({ kind: z.literal('bearer') }),
  /** user:password, or Zendesk's `email/token:apikey`, or Freshdesk's `apikey:X`. */
  z.strictObject({ kind: z.literal('basic') }),
  /** The reviewer's own signed-in console session (cookies), where the lead allows it. */
  z.strictObject({ kind: z.literal('session') }),
]);

export const writerSchema = z
  .strictObject({
    format: z.literal(WRITER_FORMAT),
    id: z
      .string()
      .min(3)
      .max(64)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lower-case letters, digits and -'),
    name: z.string().trim().min(1).max(100),
    /** Adapter ids whose decisions this writer writes back. */
    consoles: z.array(z.string().min(1).max(100)).min(1).max(20),
    /** The console API's address; the browser is asked for this origin only. */
    baseUrl: z
      .url({ protocol: /^https?$/, error: 'Enter an http(s) address' })
      .refine((url) => !/[?#]/.test(url), { error: 'No query or fragment in the base URL' }),
    auth: writerAuthSchema,
    note: z
      .strictObject({
        template: z
          .string()
          .min(1)
          .max(5000)
          .default(
            'Caselight decision: {{action.label}}\nPolicies: {{policies.titles}}\n\n{{decision.note}}',
          ),
        /** The longest note the console accepts; longer ones are cut with a visible marker. */
        maxChars: z.number().int().min(200).max(1_000_000).default(60_000),
      })
      .prefault({}),
    vars: varsSchema.default({}),
    actions: z
      .object({
        default: writerPlanSchema.extend({ requests: writerPlanSchema.shape.requests.unwrap() }),
      })
      .catchall(writerPlanSchema),
    /** What a Reverse after delivery writes; without it a reversal writes nothing here. */
    reversal: writerPlanSchema.optional(),
    replayGuard: replayGuardSchema,
    /** What the panel shows once written, e.g. `note #{{guard.found}}`. */
    result: z.string().max(200).optional(),
    /** Per browser; 429 answers pause the writer for as long as the console asks. */
    rateLimit: z
      .strictObject({
        requestsPerMinute: z.number().int().min(1).max(6000).default(120),
        concurrency: z.number().int().min(1).max(8).default(2),
      })
      .prefault({}),
    /** Shown on the options page for presets not tried against the live service. */
    testedAgainst: z.string().max(200).optional(),
  })
  .superRefine(checkWriterReferences);

export type WriterRequest = z.infer<typeof writerRequestSchema>;
export type WriterPlan = z.infer<typeof writerPlanSchema>;
export type ReplayGuard = z.infer<typeof replayGuardSchema>;
export type Writer = z.infer<typeof writerSchema>;
export type WriterInput = z.input<typeof writerSchema>;

/** zod issues as "field.path: problem" lines a lead can act on. */
export function describeWriterProblems(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(writer)'}: ${issue.message}`,
  );
}
