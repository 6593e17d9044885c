// @vitest-environment happy-dom
import { act, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { LiveAnnouncer, useAnnouncement } from '../live-announcer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const setters = {} as { polite(t?: string): void; urgent(t?: string): void };
function Speaker() {
  const [polite, setPolite] = useState<string>();
  const [urgent, setUrgent] = useState<string>();
  useEffect(() => {
    Object.assign(setters, { polite: setPolite, urgent: setUrgent });
  }, []);
  useAnnouncement(polite);
  useAnnouncement(urgent, true);
  return null;
}

let container: HTMLElement;
afterEach(() => container.remove());

it('has both live regions from the first paint and puts each message in its own', async () => {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <LiveAnnouncer>
        <Speaker />
      </LiveAnnouncer>,
    ),
  );
  const polite = container.querySelector('[data-testid="live-polite"]')!;
  const urgent = container.querySelector('[data-testid="live-urgent"]')!;
  // Present, empty, before anything is said: a region added with its text is often not read.
  expect([polite.getAttribute('aria-live'), polite.textContent]).toEqual(['polite', '']);
  expect([urgent.getAttribute('aria-live'), urgent.textContent]).toEqual(['assertive', '']);

  await act(async () => setters.polite('Scores for C-1: risk high.'));
  await act(async () => setters.urgent('Remove content: failed.'));
  expect([polite.textContent, urgent.textContent]).toEqual([
    'Scores for C-1: risk high.',
    'Remove content: failed.',
  ]);
  // Nothing to say keeps what was said (other parts of the panel share the polite region).
  await act(async () => setters.polite(undefined));
  expect(polite.textContent).toBe('Scores for C-1: risk high.');
  await act(async () => root.unmount());
});
