import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import {
  caseEntitiesInputSchema,
  exportFormatSchema,
  investigationNoteInputSchema,
  investigationNoteSchema,
  investigationSchema,
} from '../../utils/investigations/schema';
import type { ApiEnv } from '../api/auth';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import type { CaseSettings } from '../cases/case-settings';
import { appendAudit } from '../db/audit';
import { addNote } from '../db/investigation-notes';
import { caseVisible, recordEntities } from '../db/investigations';
import { scopeOf } from '../qa/scope';
import { assembleInvestigation } from './assemble';
import { investigationCsv } from './export';

const CASE = '/consoles/:console/cases/:id';

const origin = (c: Context<ApiEnv>) => ({
  console: c.req.param('console') ?? '',
  id: c.req.param('id') ?? '',
});
const notVisible = (c: Context<ApiEnv>) =>
  sendError(c, 404, 'not_found', 'No investigation for this case: open it in a panel first.');

/**
 * Investigations. Every signed-in panel records the entities of the cases it shows; reading an
 * investigation, adding a note and exporting need the case to be visible to the user (seen or
 * decided within their scope, `server/qa/scope.ts`), and list only cases visible the same way.
 */
export function addInvestigationRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  cases: CaseSettings,
  clock: () => Date,
): void {
  const refOf = (c: Context<ApiEnv>) =>
    cases.resolve(c.req.param('console') ?? '', c.req.param('id') ?? '');

  api.put(`${CASE}/entities`, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const parsed = caseEntitiesInputSchema.safeParse(body.value);
    if (!parsed.success)
      return sendError(c, 422, 'invalid_entities', summariseIssues(parsed.error));
    const seen = { console: origin(c).console, userId: c.get('me').id, at: clock().toISOString() };
    recordEntities(db, refOf(c), seen, parsed.data);
    return c.body(null, 204);
  });

  const investigation = (c: Context<ApiEnv>) => {
    const scope = scopeOf(c.get('me'));
    const ref = refOf(c);
    return caseVisible(db, ref, scope)
      ? assembleInvestigation(db, ref, origin(c), scope)
      : undefined;
  };

  api.get(`${CASE}/investigation`, (c) => {
    const found = investigation(c);
    return found ? sendJson(c, investigationSchema, found) : notVisible(c);
  });

  api.get(`${CASE}/investigation/export`, (c) => {
    const format = exportFormatSchema.safeParse(c.req.query('format') ?? 'json');
    if (!format.success) return sendError(c, 400, 'invalid_format', 'format is csv or json.');
    const found = investigation(c);
    if (!found) return notVisible(c);
    const name = `investigation-${found.case.console}-${found.case.id}`.replace(/[^\w.-]/g, '_');
    c.header('Content-Disposition', `attachment; filename="${name}.${format.data}"`);
    if (format.data === 'json') return sendJson(c, investigationSchema, found);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(investigationCsv(found));
  });

  api.post(`${CASE}/investigation/notes`, async (c) => {
    const me = c.get('me');
    const ref = refOf(c);
    if (!caseVisible(db, ref, scopeOf(me))) return notVisible(c);
    const body = await readJsonBody(c);
    const parsed = investigationNoteInputSchema.safeParse(body.ok ? body.value : undefined);
    if (!parsed.success)
      return sendError(c, 422, 'invalid_note', 'A note needs text (up to 5000 characters).');
    const at = clock().toISOString();
    const note = addNote(db, ref, me, parsed.data.text, at);
    const target = `case ${origin(c).console}/${ref.caseId}`;
    appendAudit(
      db,
      { actor: me.id, action: 'investigation.note', target, detail: { noteId: note.id } },
      at,
    );
    return sendJson(c, investigationNoteSchema, note, 201);
  });
}
