// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import type { GuidancePack } from '../../../utils/guidance/schema';
import { PlaybooksSection } from '../playbooks-section';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

it('marks a playbook required with its checkbox', () => {
  const changes: GuidancePack['playbooks'][] = [];
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <PlaybooksSection
        pack={DEFAULT_GUIDANCE_PACK}
        issues={[]}
        onChange={(playbooks) => changes.push(playbooks)}
      />,
    ),
  );
  const boxes = [...container.querySelectorAll('label')]
    .filter((l) => l.textContent?.startsWith('Required'))
    .map((l) => l.querySelector<HTMLInputElement>('input[type=checkbox]')!);
  expect(boxes).toHaveLength(DEFAULT_GUIDANCE_PACK.playbooks.length);
  expect(boxes.every((b) => !b.checked)).toBe(true);
  act(() => boxes[1]!.click());
  expect(changes.at(-1)!.map((p) => p.required)).toEqual([false, true, false]);
});
