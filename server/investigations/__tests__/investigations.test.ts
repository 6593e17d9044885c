import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import {
  investigationNoteSchema,
  investigationSchema,
  type CaseEntitiesInput,
} from '../../../utils/investigations/schema';
import { makeDecision, useDecisionServer } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS } from '../../index';
import { INVESTIGATION_CSV_COLUMNS } from '../export';

const api = useDecisionServer();
const EMAIL_HASH = 'a'.repeat(64);
const PHONE_HASH = 'b'.repeat(64);

function record(console: string, id: string, body: CaseEntitiesInput, token: string) {
  return fetch(`${api.server().url}/api/consoles/${console}/cases/${id}/entities`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
const input = (url: string, entities: CaseEntitiesInput['entities']): CaseEntitiesInput => ({
  url,
  subject: 'Giveaway scam',
  entities,
});
async function investigation(console: string, id: string, token: string) {
  const response = await api.get(`/api/consoles/${console}/cases/${id}/investigation`, token);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('investigations', () => {
  it('links cases of two consoles by a shared hashed email, with each case’s latest decision', async () => {
    const { reviewer, reviewer2 } = DEMO_TOKENS;
    const shared = { kind: 'email' as const, value: EMAIL_HASH };
    const url = 'http://127.0.0.1/console/cases/C-1001';
    expect((await record('demo-console', 'C-1001', input(url, [shared]), reviewer)).status).toBe(
      204,
    );
    const redmine = input('https://redmine.example/issues/4', [
      shared,
      { kind: 'domain', value: 'free-eth.example' },
    ]);
    expect((await record('redmine', '4', redmine, reviewer)).status).toBe(204);
    const unrelated = input('https://redmine.example/issues/5', [
      { kind: 'phone', value: PHONE_HASH },
    ]);
    expect((await record('redmine', '5', unrelated, reviewer2)).status).toBe(204);
    expect((await api.post(makeDecision({ caseId: 'C-1001', action: 'remove' }))).status).toBe(201);

    const { status, body } = await investigation('redmine', '4', reviewer);
    expect(status).toBe(200);
    const found = investigationSchema.parse(body);
    expect(found.entities).toEqual([
      { kind: 'domain', value: 'free-eth.example', caseCount: 1 },
      { kind: 'email', value: EMAIL_HASH, caseCount: 2 },
    ]);
    expect(found.cases.map((c) => [c.console, c.id, c.shares, c.decision?.action ?? null])).toEqual(
      [
        ['redmine', '4', [0, 1], null],
        ['demo-console', 'C-1001', [1], 'remove'],
      ],
    );
    expect(found.cases[1]?.url).toBe(url);
  });

  it('refuses a raw email or phone number, naming why', async () => {
    const raw = input('https://redmine.example/issues/9', [
      { kind: 'email', value: 'jo@example.com' },
    ]);
    const response = await record('redmine', '9', raw, DEMO_TOKENS.reviewer);
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.message).toContain('keyed hashes');
    const phone = input('https://redmine.example/issues/9', [
      { kind: 'phone', value: '+442079460958' },
    ]);
    expect((await record('redmine', '9', phone, DEMO_TOKENS.reviewer)).status).toBe(422);
  });

  it('scopes by role: a reviewer sees cases they saw or decided, a lead every case', async () => {
    const shared = { kind: 'wallet' as const, value: 'bc1qscopetestwallet' };
    await record('zendesk', 'Z-1', input('https://z.example/1', [shared]), DEMO_TOKENS.reviewer);
    await record('zendesk', 'Z-2', input('https://z.example/2', [shared]), DEMO_TOKENS.reviewer2);
    // Ben (another team) never saw Z-1: no investigation from it for him.
    expect((await investigation('zendesk', 'Z-1', DEMO_TOKENS.reviewer2)).status).toBe(404);
    const mine = investigationSchema.parse(
      (await investigation('zendesk', 'Z-1', DEMO_TOKENS.reviewer)).body,
    );
    expect(mine.cases.map((c) => c.id)).toEqual(['Z-1']);
    const lead = investigationSchema.parse(
      (await investigation('zendesk', 'Z-1', DEMO_TOKENS.lead)).body,
    );
    expect(lead.cases.map((c) => c.id).toSorted()).toEqual(['Z-1', 'Z-2']);
    // The vendor manager's team (Acme) is Ben's: Z-2 only.
    const vendor = investigationSchema.parse(
      (await investigation('zendesk', 'Z-2', DEMO_TOKENS.vendor)).body,
    );
    expect(vendor.cases.map((c) => c.id)).toEqual(['Z-2']);
  });

  it('keeps notes (audited) and exports the set as CSV and JSON', async () => {
    const url = `${api.server().url}/api/consoles/redmine/cases/4/investigation`;
    const headers = {
      Authorization: `Bearer ${DEMO_TOKENS.lead}`,
      'Content-Type': 'application/json',
    };
    const posted = await fetch(`${url}/notes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Same ring as last week' }),
    });
    expect(posted.status).toBe(201);
    const note = investigationNoteSchema.parse(await posted.json());
    const audit = api
      .server()
      .db.prepare("SELECT actor, action FROM audit_log WHERE action = 'investigation.note'")
      .all();
    expect(audit).toEqual([{ actor: 'lead-priya', action: 'investigation.note' }]);
    const found = investigationSchema.parse(
      (await investigation('redmine', '4', DEMO_TOKENS.lead)).body,
    );
    expect(found.notes).toEqual([note]);

    const csv = await (
      await api.get(
        '/api/consoles/redmine/cases/4/investigation/export?format=csv',
        DEMO_TOKENS.lead,
      )
    ).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(INVESTIGATION_CSV_COLUMNS.join(','));
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'redmine,4',
      'demo-console,C-1001',
    ]);
    const json = await api.get(
      '/api/consoles/redmine/cases/4/investigation/export?format=json',
      DEMO_TOKENS.lead,
    );
    expect(investigationSchema.parse(await json.json()).cases).toHaveLength(2);
  });
});
