import type { PickResult } from '../../utils/case/builder-messages';
import type { BuilderDraft, RuleRow } from './builder-draft';

const TIME_ROWS = new Set(['items.time', 'createdAt', 'slaDueAt']);

/**
 * Puts a pick into the draft. Times shown as "3 h ago" are useless to read: when the picked
 * element carries a parseable date in an attribute (`datetime`, `title`), read that instead.
 */
export function applyPick(draft: BuilderDraft, row: RuleRow, picked: PickResult): BuilderDraft {
  const dated = TIME_ROWS.has(row.path)
    ? picked.attributes.find((a) => !Number.isNaN(Date.parse(a.value)))
    : undefined;
  const rule = {
    selector: picked.selector,
    attribute: dated?.attribute,
    picked: { count: picked.count, sample: dated?.value ?? picked.sample },
  };
  return { ...draft, rules: { ...draft.rules, [row.path]: rule } };
}
