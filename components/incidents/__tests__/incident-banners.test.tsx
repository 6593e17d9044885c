// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../../utils/case/schema';
import { DEFAULT_GUIDANCE_PACK as pack } from '../../../utils/guidance/default-pack';
import type { Incident } from '../../../utils/incidents/schema';
import { incidentSyncStorage } from '../../../utils/incidents/sync-store';
import { IncidentBanners } from '../incident-banners';
import { useIncidentMatches, useOpenIncidents } from '../use-incidents';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const escalate = pack.actions.find((a) => a.escalates) ?? pack.actions[0]!;
const playbook = pack.playbooks[0]!;
const scam: Incident = {
  id: 'inc_scam',
  title: 'Gift card scam wave',
  severity: 'critical',
  signature: [{ kind: 'keyword', pattern: 'gift card' }],
  playbookId: playbook.id,
  overlay: { actionId: escalate.id, note: 'Send to the fraud desk.' },
  declaredBy: 'u_lead',
  declaredAt: '2026-12-07T20:00:00.000Z',
};
const raid: Incident = {
  ...scam,
  id: 'inc_raid',
  title: 'Raid on #general',
  severity: 'low',
  signature: [{ kind: 'keyword', pattern: 'raid' }],
  playbookId: undefined,
  overlay: undefined,
};
const caseSaying = (text: string): Case =>
  ({
    id: 'C-1',
    console: 'demo',
    url: 'https://console.test/cases/C-1',
    items: [{ id: 'm1', author: 'x', role: 'reported', text, media: [] }],
  }) as Case;

/** As the panel wires it: the stored incidents, matched against the case on screen. */
function Panel({ shown }: { shown?: Case }) {
  const incidents = useOpenIncidents();
  const matched = useIncidentMatches(incidents, shown);
  return <IncidentBanners incidents={incidents} matched={matched} pack={pack} />;
}

let container: HTMLElement;
let root: Root;
let asked: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  fakeBrowser.runtime.onMessage.addListener((message) => {
    asked.push(message);
    return Promise.resolve(null);
  });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const render = async (shown?: Case) => {
  await act(async () => root.render(<Panel shown={shown} />));
  await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
};
const banners = () => [...container.querySelectorAll('[data-testid="incident-banner"]')];
const flags = () => [...container.querySelectorAll('[data-testid="incident-match"]')];
const stored = (incidents: Incident[]) =>
  incidentSyncStorage.setValue({ state: 'ok', incidents, checkedAt: new Date().toISOString() });

it('asks the background for a fresh read when shown, and shows nothing with no incident', async () => {
  await render();
  expect(asked).toContainEqual({ type: 'incidents:sync-now', maxAgeMs: 15_000 });
  expect(banners()).toHaveLength(0);
});

it('shows every open incident with its severity, and flags only the one the case matches', async () => {
  await stored([scam, raid]);
  await render(caseSaying('Buy a GIFT CARD and send me the code'));
  expect(banners().map((b) => b.textContent)).toEqual([
    expect.stringContaining('Incident (critical): Gift card scam wave'),
    expect.stringContaining('Incident (low): Raid on #general'),
  ]);
  expect(flags()).toHaveLength(1);
  expect(banners()[0]!.textContent).toContain(`Incident guidance: ${escalate.label}.`);
  expect(banners()[0]!.textContent).toContain('Send to the fraud desk.');
  expect(banners()[0]!.textContent).toContain(`Playbook: ${playbook.title}`);
});

it('shows banners without a flag when no case is on screen or the case does not match', async () => {
  await stored([scam]);
  await render();
  expect(banners()).toHaveLength(1);
  expect(flags()).toHaveLength(0);
  await render(caseSaying('an ordinary complaint'));
  expect(flags()).toHaveLength(0);
});

it('follows the background: a closed incident disappears without reopening the panel', async () => {
  await stored([scam]);
  await render(caseSaying('gift card'));
  expect(banners()).toHaveLength(1);
  await act(async () => {
    await stored([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
  });
  expect(banners()).toHaveLength(0);
});
