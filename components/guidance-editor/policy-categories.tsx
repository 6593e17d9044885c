import type { GuidancePolicy } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { MODERATION_CATEGORIES } from '../../utils/models/category-names';
import { issueAt } from './draft-edits';
import { NumberInput } from './editor-inputs';

/**
 * The model categories a policy covers and the score at which each points to its action, one
 * row per category. An empty threshold means the category alone never triggers the policy.
 */
export function PolicyCategories(props: {
  policy: GuidancePolicy;
  path: string;
  issues: readonly PackIssue[];
  onChange: (policy: GuidancePolicy) => void;
}) {
  const { policy, path, issues, onChange } = props;
  const toggle = (category: GuidancePolicy['categories'][number], on: boolean) =>
    onChange({
      ...policy,
      categories: on
        ? [...policy.categories, category]
        : policy.categories.filter((c) => c !== category),
    });
  const setThreshold = (category: keyof GuidancePolicy['thresholds'], value?: number) => {
    const thresholds = { ...policy.thresholds };
    if (value === undefined) delete thresholds[category];
    else thresholds[category] = value;
    onChange({ ...policy, thresholds });
  };
  const categoriesError = issueAt(issues, `${path}.categories`);
  return (
    <table className="w-full text-xs">
      <caption className="text-left text-xs font-medium">
        Model categories and thresholds (0–1; empty: the category alone does not trigger it)
      </caption>
      <thead className="text-left text-zinc-500">
        <tr>
          <th className="font-normal">Category</th>
          <th className="font-normal">Covered</th>
          <th className="font-normal">Threshold</th>
        </tr>
      </thead>
      <tbody>
        {MODERATION_CATEGORIES.map((category) => (
          <tr key={category} data-testid="policy-category" data-category={category}>
            <td className="pr-2 font-mono">{category}</td>
            <td>
              <input
                type="checkbox"
                aria-label={`Covers ${category}`}
                checked={policy.categories.includes(category)}
                onChange={(e) => toggle(category, e.target.checked)}
              />
            </td>
            <td className="w-28 py-0.5">
              <NumberInput
                label={`Threshold for ${category}`}
                hideLabel
                value={policy.thresholds[category]}
                error={issueAt(issues, `${path}.thresholds.${category}`)}
                onChange={(value) => setThreshold(category, value)}
              />
            </td>
          </tr>
        ))}
      </tbody>
      {categoriesError && (
        <tfoot>
          <tr>
            <td colSpan={3} className="text-red-700">
              {categoriesError}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
