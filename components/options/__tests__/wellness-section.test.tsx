// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { installedPackStorage } from '../../../utils/guidance/installed';
import { wellnessPersonalStorage } from '../../../utils/wellness/personal-storage';
import type { WellnessPersonal } from '../../../utils/wellness/policy';
import { WellnessSection } from '../wellness-section';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const byId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
function choose(id: string, value: string) {
  const select = byId(id) as HTMLSelectElement;
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function open(wellness: object, personal: WellnessPersonal = { mediaFilters: 'team' }) {
  await installedPackStorage.setValue({ ...DEFAULT_GUIDANCE_PACK, wellness } as never);
  await wellnessPersonalStorage.setValue(personal);
  await act(() => root.render(<WellnessSection />));
  await settle();
}

it('a looser choice than the team allows is refused with the reason, and not saved', async () => {
  await open({ maskText: true });
  await act(() => choose('wellness-blur', 'off'));
  expect(byId('wellness-refused')?.textContent).toBe(
    'Not saved: Your team blurs case media and does not let reviewers drop the blur.',
  );
  expect(byId('wellness-refused')?.getAttribute('role')).toBe('alert');
  expect((byId('wellness-blur') as HTMLSelectElement).value).toBe('team');
  await act(() => choose('wellness-media', 'off'));
  expect(byId('wellness-refused')?.textContent).toContain('turn the media filters off');
  await act(() => choose('mask-text', 'off'));
  expect(byId('wellness-refused')?.textContent).toContain('masks graphic terms');
  expect(await wellnessPersonalStorage.getValue()).toEqual({ mediaFilters: 'team' });
});

it('stricter is always saved; looser within the bounds the lead allows is saved too', async () => {
  await open({ blur: false, reviewerMay: { dropGreyscale: true } });
  await act(() => choose('wellness-media', 'always'));
  await act(() => choose('wellness-blur', 'on'));
  await act(() => choose('wellness-greyscale', 'off'));
  expect(byId('wellness-refused')).toBeNull();
  expect(await wellnessPersonalStorage.getValue()).toEqual({
    mediaFilters: 'always',
    blur: true,
    greyscale: false,
  });
});

it('a looser choice saved before the lead tightened the policy is marked as not in effect', async () => {
  await open({}, { mediaFilters: 'off', greyscale: false });
  expect(byId('wellness-not-in-effect')?.textContent).toContain('turn the media filters off');
  expect(byId('wellness-not-in-effect')?.textContent).toContain('greyscale');
  await act(() => choose('wellness-media', 'team'));
  expect(byId('wellness-refused')).toBeNull();
  expect(byId('wellness-not-in-effect')?.textContent).not.toContain('media filters off');
});

it('tells the reviewer whether the team shares per-person exposure figures with leads', async () => {
  await open({});
  expect(byId('exposure-explained')?.textContent).toContain(
    'leads see team totals, never your own figures',
  );
  act(() => root.unmount());
  root = createRoot(container);
  await open({ exposure: { sharePerPerson: true } });
  const said = byId('exposure-explained')!;
  expect(said.textContent).toContain('your own daily figures, which your leads can see');
  expect(said.textContent).not.toContain('never your own figures');
});
