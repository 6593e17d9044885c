import { ensureInstalledPack } from '../guidance/ensure-installed';
import { installedPackStorage } from '../guidance/installed';
import { wellnessPersonalStorage } from '../wellness/personal-storage';
import {
  DEFAULT_POLICY,
  resolveWellnessView,
  wellnessPersonalSchema,
  wellnessPolicySchema,
} from '../wellness/policy';
import { wellnessViewStorage } from '../wellness/view-storage';

/**
 * Keeps the view every console page reads (`wellnessView`) in step with the team's policy in
 * the guidance pack in force and the reviewer's own choices, re-validated here: either may come
 * from an older version or another context. The pack is the one the background installed (its
 * IndexedDB copy), as for the per-case verdict: the `storage.local` copy is writable by a content
 * script, which must not be able to loosen the filters.
 */
export async function updateWellnessView(): Promise<void> {
  const [pack, stored] = await Promise.all([
    ensureInstalledPack(),
    wellnessPersonalStorage.getValue(),
  ]);
  const policy = wellnessPolicySchema.safeParse(pack.wellness ?? {});
  const personal = wellnessPersonalSchema.safeParse(stored);
  const view = resolveWellnessView(
    policy.success ? policy.data : DEFAULT_POLICY,
    personal.success ? personal.data : { mediaFilters: 'team' },
  );
  await wellnessViewStorage.setValue(view);
}

const update = () => void updateWellnessView().catch(() => undefined);

export function startWellnessView(): void {
  // A change to the panels' copy may be a new pack installed (or one to be put back).
  installedPackStorage.watch(update);
  wellnessPersonalStorage.watch(update);
  update();
}
