import { useId } from 'react';

/** A secret as the form holds it: never its saved value, only whether one exists. */
export interface SecretEdit {
  saved: boolean;
  /** What the reviewer typed; empty keeps the saved secret. */
  value: string;
  mode: 'keep' | 'replace' | 'remove';
}

export const secretEdit = (saved: boolean): SecretEdit => ({ saved, value: '', mode: 'keep' });

const link = 'text-indigo-700 underline';

/**
 * Write-only: a saved key is never shown back (the page would be one XSS away from leaking
 * it); the reviewer sees that one is saved and may replace or remove it.
 */
export function SecretField(props: {
  label: string;
  /** "key" or "token", for the sentences around the field. */
  noun: string;
  edit: SecretEdit;
  onChange: (edit: SecretEdit) => void;
}) {
  const id = useId();
  const { edit, noun, onChange } = props;
  const showInput = !edit.saved || edit.mode === 'replace';
  return (
    <div className="space-y-1" data-testid="secret-field">
      <label htmlFor={showInput ? id : undefined} className="block text-sm font-medium">
        {props.label}
      </label>
      {edit.saved && edit.mode === 'keep' && (
        <p className="text-sm" data-testid="secret-saved">
          A {noun} is saved ·{' '}
          <button
            type="button"
            className={link}
            aria-label={`Replace the ${props.label}`}
            onClick={() => onChange({ ...edit, mode: 'replace' })}
          >
            Replace
          </button>{' '}
          ·{' '}
          <button
            type="button"
            className={link}
            aria-label={`Remove the ${props.label}`}
            onClick={() => onChange({ ...edit, mode: 'remove', value: '' })}
          >
            Remove
          </button>
        </p>
      )}
      {edit.mode === 'remove' && (
        <p className="text-sm text-amber-800" data-testid="secret-removing">
          The saved {noun} will be removed when you save ·{' '}
          <button
            type="button"
            className={link}
            onClick={() => onChange({ ...edit, mode: 'keep' })}
          >
            Keep it
          </button>
        </p>
      )}
      {showInput && (
        <div className="flex gap-2">
          <input
            id={id}
            type="password"
            value={edit.value}
            autoComplete="new-password"
            spellCheck={false}
            autoFocus={edit.saved}
            placeholder={edit.saved ? `New ${noun} (empty keeps the saved one)` : undefined}
            onChange={(e) => onChange({ ...edit, value: e.target.value })}
            className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-sm"
          />
          {edit.saved && (
            <button
              type="button"
              className={`${link} text-sm`}
              onClick={() => onChange({ ...edit, mode: 'keep', value: '' })}
            >
              Cancel
            </button>
          )}
        </div>
      )}
    </div>
  );
}
