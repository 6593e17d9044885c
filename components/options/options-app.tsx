import { useState } from 'react';
import { ApiStatusLine, ModelStatusLine, StandInNotice } from '../panel/connection-status';
import { Field } from './field';
import { PolicyLlmSelect } from './policy-llm-select';
import { saveOptions, useOptionsForm, type SaveResult } from './use-options-form';

/** Where the case API and the models are, and who the reviewer is. */
export function OptionsApp() {
  const [form, setForm] = useOptionsForm();
  const [result, setResult] = useState<SaveResult>();
  const [saving, setSaving] = useState(false);
  if (!form) return null;
  const { settings } = form;
  const setModel = (change: Partial<typeof settings.model>) =>
    setForm({ ...form, settings: { ...settings, model: { ...settings.model, ...change } } });

  return (
    <form
      className="mx-auto max-w-xl space-y-6 p-6 text-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        void saveOptions(form)
          .then(setResult)
          .finally(() => setSaving(false));
      }}
    >
      <h1 className="text-xl font-bold text-indigo-700">Caselight options</h1>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Case API</legend>
        <Field
          label="Case API address"
          value={settings.caseApiUrl}
          onChange={(caseApiUrl) => setForm({ ...form, settings: { ...settings, caseApiUrl } })}
        />
        <Field
          label="Sign-in token"
          type="password"
          value={form.token}
          onChange={(token) => setForm({ ...form, token })}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Models</legend>
        <Field
          label="Model server address"
          hint="OpenAI, or any OpenAI-compatible server or company proxy"
          value={settings.model.baseUrl}
          onChange={(baseUrl) => setModel({ baseUrl })}
        />
        <Field
          label="Model API key or proxy token"
          type="password"
          value={form.modelKey}
          onChange={(modelKey) => setForm({ ...form, modelKey })}
        />
        <Field
          label="Moderation model"
          value={settings.model.moderationModel}
          onChange={(moderationModel) => setModel({ moderationModel })}
        />
        <Field
          label="Policy model"
          value={settings.model.policyModel}
          onChange={(policyModel) => setModel({ policyModel })}
        />
        <PolicyLlmSelect
          value={settings.model.policyLlm}
          onChange={(policyLlm) => setModel({ policyLlm })}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Decisions</legend>
        <Field
          label="Undo window (seconds)"
          hint="How long a submitted decision waits, undoable, before it is sent (0–30)."
          value={String(settings.decisions.undoWindowSeconds)}
          onChange={(value) =>
            setForm({
              ...form,
              settings: { ...settings, decisions: { undoWindowSeconds: Number(value) } },
            })
          }
        />
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-semibold">Docked panel</legend>
        {(['push', 'overlay'] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="dock-mode"
              checked={form.dockMode === mode}
              onChange={() => setForm({ ...form, dockMode: mode })}
            />
            {mode === 'push'
              ? 'Make room: the console narrows beside the panel'
              : 'Overlay: the panel floats over the console'}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={saving}
        className="rounded bg-indigo-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
      >
        {saving ? 'Checking…' : 'Save and check'}
      </button>
      {result?.kind === 'invalid' && (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-700">
          {result.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {result?.kind === 'saved' && (
        <div role="status" className="space-y-2 rounded border border-zinc-200 p-3">
          <p className="text-sm font-semibold">Saved.</p>
          <ApiStatusLine status={result.api} />
          <ModelStatusLine status={result.models} />
          <StandInNotice status={result.models} />
        </div>
      )}
    </form>
  );
}
