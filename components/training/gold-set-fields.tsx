import type { PathIssue } from '../../utils/training/issue-paths';
import { NumberInput, TextArea, TextInput } from '../guidance-editor/editor-inputs';
import type { GoldDraft } from './gold-draft';

/** The set's own fields: its name, what it is for, and the mark a trainee must reach. */
export function GoldSetFields(props: {
  draft: GoldDraft;
  issues: readonly PathIssue[];
  onChange: (patch: Partial<GoldDraft>) => void;
}) {
  const { draft, onChange: edit } = props;
  const fieldError = (path: string) => props.issues.find((i) => i.path === path)?.message;
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <TextInput
          label="Title"
          value={draft.title}
          error={fieldError('title')}
          onChange={(title) => edit({ title })}
        />
        <div className="grid grid-cols-2 gap-3">
          <NumberInput
            label="Minimum kappa"
            hint="Cohen's kappa against gold, disputed cases apart."
            value={draft.minKappa}
            error={fieldError('passMark.minKappa')}
            onChange={(minKappa) => edit({ minKappa })}
          />
          <NumberInput
            label="Minimum must-escalate accuracy (%)"
            hint="Share of must-escalate cases the trainee escalated."
            value={draft.minMustEscalatePercent}
            error={fieldError('passMark.minMustEscalateAccuracy')}
            onChange={(minMustEscalatePercent) => edit({ minMustEscalatePercent })}
          />
          <NumberInput
            label="Minimum accuracy (%), one-action sets"
            hint="Used instead of kappa when every agreed answer is the same action: kappa cannot judge such a set."
            value={draft.minAccuracyPercent}
            error={fieldError('passMark.minAccuracy')}
            onChange={(minAccuracyPercent) => edit({ minAccuracyPercent })}
          />
        </div>
      </div>
      <TextArea
        label="Description"
        rows={2}
        value={draft.description}
        error={fieldError('description')}
        onChange={(description) => edit({ description })}
      />
    </>
  );
}
