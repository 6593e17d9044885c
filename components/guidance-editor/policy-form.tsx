import type { GuidancePolicy } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { Markdown } from '../markdown/markdown';
import { issueAt } from './draft-edits';
import { Select } from './editor-choices';
import { TextArea, TextInput } from './editor-inputs';
import { PolicyCategories } from './policy-categories';
import { PolicyExamples } from './policy-examples';

/**
 * One policy: what reviewers read (title, markdown text, previewed exactly as panels render
 * it, through the same sanitizer), and what the rules do with it (categories, thresholds,
 * suggested action).
 */
export function PolicyForm(props: {
  policy: GuidancePolicy;
  path: string;
  actions: { value: string; label: string }[];
  issues: readonly PackIssue[];
  onChange: (policy: GuidancePolicy) => void;
}) {
  const { policy, path, issues, onChange } = props;
  const at = (field: string) => issueAt(issues, `${path}.${field}`);
  const set = (patch: Partial<GuidancePolicy>) => onChange({ ...policy, ...patch });
  return (
    <div data-testid="policy-form" className="space-y-3">
      <div className="grid grid-cols-3 gap-2">
        <TextInput
          label="Title"
          className="col-span-2"
          value={policy.title}
          error={at('title')}
          onChange={(title) => set({ title })}
        />
        <TextInput
          label="Policy id"
          mono
          value={policy.id}
          error={at('id')}
          hint="Decisions cite it: change it only for a new policy."
          onChange={(id) => set({ id })}
        />
      </div>
      <Select
        label="Suggested action"
        value={policy.action}
        options={props.actions}
        error={at('action')}
        onChange={(action) => set({ action })}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextArea
          label="Policy text (markdown)"
          rows={10}
          value={policy.body}
          error={at('body')}
          onChange={(body) => set({ body })}
        />
        <div className="space-y-0.5">
          <p className="text-xs font-medium">Preview, as reviewers see it</p>
          <Markdown
            source={policy.body}
            testId="policy-preview"
            className="min-h-24 rounded border border-zinc-200 p-2"
          />
        </div>
      </div>
      <PolicyCategories policy={policy} path={path} issues={issues} onChange={onChange} />
      <PolicyExamples
        examples={policy.examples}
        actions={props.actions}
        path={`${path}.examples`}
        issues={issues}
        onChange={(examples) => set({ examples })}
      />
    </div>
  );
}
