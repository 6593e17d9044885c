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
 * from an older version or another context.
 */
export async function updateWellnessView(): Promise<void> {
  const [pack, stored] = await Promise.all([
    installedPackStorage.getValue(),
    wellnessPersonalStorage.getValue(),
  ]);
  const policy = wellnessPolicySchema.safeParse(pack?.wellness ?? {});
  const personal = wellnessPersonalSchema.safeParse(stored);
  const view = resolveWellnessView(
    policy.success ? policy.data : DEFAULT_POLICY,
    personal.success ? personal.data : { mediaFilters: 'team' },
  );
  await wellnessViewStorage.setValue(view);
}

const update = () => void updateWellnessView().catch(() => undefined);

export function startWellnessView(): void {
  installedPackStorage.watch(update);
  wellnessPersonalStorage.watch(update);
  update();
}
