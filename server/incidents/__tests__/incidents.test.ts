import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import {
  incidentListSchema,
  incidentRejectedSchema,
  incidentSchema,
  type IncidentInput,
} from '../../../utils/incidents/schema';
import { useServer } from '../../__tests__/helpers';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';

const api = useServer();

const SCAM_WAVE: IncidentInput = {
  title: 'Crypto giveaway scam wave',
  severity: 'high',
  signature: [
    { kind: 'keyword', pattern: 'giveaway' },
    { kind: 'regex', pattern: 'double (your|ur) (btc|eth)' },
    { kind: 'domain', pattern: 'free-eth.example' },
    { kind: 'account', pattern: 'U-40721' },
  ],
  overlay: { actionId: 'escalate', note: 'Scam wave: escalate to the fraud specialists.' },
};

function declare(body: unknown, token: string = DEMO_TOKENS.lead): Promise<Response> {
  return fetch(`${api.server().url}/api/incidents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const close = (id: string, token: string = DEMO_TOKENS.lead) =>
  fetch(`${api.server().url}/api/incidents/${id}/close`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });

async function openIncidents(token: string = DEMO_TOKENS.reviewer) {
  const response = await api.get('/api/incidents', token);
  return incidentListSchema.parse(await response.json()).incidents;
}

async function rejection(response: Response) {
  expect(response.status).toBe(422);
  return incidentRejectedSchema.parse(await response.json()).error;
}

describe('incidents', () => {
  it('a lead declares one; every reviewer reads it; closing keeps the record', async () => {
    const response = await declare(SCAM_WAVE);
    expect(response.status).toBe(201);
    const incident = incidentSchema.parse(await response.json());
    expect(incident).toMatchObject({ ...SCAM_WAVE, declaredBy: DEMO_USERS.lead.id });
    expect((await openIncidents()).map((i) => i.id)).toContain(incident.id);

    const closed = incidentSchema.parse(await (await close(incident.id)).json());
    expect(closed.closedBy).toBe(DEMO_USERS.lead.id);
    expect((await openIncidents()).map((i) => i.id)).not.toContain(incident.id);
    const all = incidentListSchema.parse(
      await (await api.get('/api/incidents?all=true', DEMO_TOKENS.reviewer)).json(),
    ).incidents;
    expect(all.find((i) => i.id === incident.id)?.closedAt).toBeDefined();
    expect((await close(incident.id)).status).toBe(409);
  });

  it('refuses a regex that could hang a panel, with the reason and a rewrite', async () => {
    const error = await rejection(
      await declare({ ...SCAM_WAVE, signature: [{ kind: 'regex', pattern: '(a+)+\\1' }] }),
    );
    expect(error.issues[0]?.path).toBe('signature.0.pattern');
    expect(error.issues[0]?.message).toMatch(/cannot run/);
  });

  it('refuses an overlay naming an action the guidance does not have', async () => {
    const error = await rejection(
      await declare({ ...SCAM_WAVE, overlay: { actionId: 'nuke-from-orbit' } }),
    );
    expect(error.issues).toEqual([
      { path: 'overlay.actionId', message: expect.stringMatching(/no action "nuke-from-orbit"/) },
    ]);
  });

  it('refuses an unknown playbook and a domain that is not a host', async () => {
    const error = await rejection(
      await declare({
        ...SCAM_WAVE,
        playbookId: 'no-such-playbook',
        signature: [{ kind: 'domain', pattern: 'not a host' }],
      }),
    );
    expect(error.issues.map((issue) => issue.path).toSorted()).toEqual([
      'playbookId',
      'signature.0.pattern',
    ]);
  });

  it('lets only leads and admins declare or close', async () => {
    expect((await declare(SCAM_WAVE, DEMO_TOKENS.reviewer)).status).toBe(403);
    const incident = incidentSchema.parse(await (await declare(SCAM_WAVE)).json());
    const refused = await close(incident.id, DEMO_TOKENS.reviewer);
    expect(refused.status).toBe(403);
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('forbidden');
    expect((await close(incident.id, DEMO_TOKENS.admin)).status).toBe(200);
  });
});
