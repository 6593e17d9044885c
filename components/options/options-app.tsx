import { useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import { ApiStatusLine, StandInNotice } from '../panel/connection-status';
import { ClearCachedScores } from './clear-cached-scores';
import { errorFor } from './field-errors';
import { Field, NumberField } from './field';
import { ModelCheckReport } from './model-check-report';
import { GuidanceFieldset } from './guidance-fieldset';
import { ModelFieldset } from './model-fieldset';
import { RedactionFieldset } from './redaction-fieldset';
import { WellnessSection } from './wellness-section';
import { SecretField } from './secret-field';
import { EntityKeyField } from './entity-key-field';
import { SsoFieldset } from './sso-fieldset';
import { useManagedSettings } from './use-managed';
import { TransportNotice } from './transport-notice';
import { saveOptions, useOptionsForm, type SaveResult } from './use-options-form';
import type { ModelStatus } from '../../utils/status/schema';

type Outcome = SaveResult | { kind: 'tested'; models: ModelStatus };

/** Where the case API and the models are, who the reviewer is, and what leaves the browser. */
export function OptionsApp() {
  const [form, setForm] = useOptionsForm();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState<'saving' | 'testing'>();
  const managed = useManagedSettings();
  if (!form) return null;
  const { settings, secrets } = form;
  const errors = outcome?.kind === 'invalid' ? outcome.errors : undefined;
  const setSettings = (change: Partial<typeof settings>) =>
    setForm({ ...form, settings: { ...settings, ...change } });

  const testConnection = () => {
    setBusy('testing');
    void sendRequest({ type: 'models:check' })
      .then((models) => setOutcome({ kind: 'tested', models }))
      .finally(() => setBusy(undefined));
  };

  return (
    // The page's one main landmark: every part of the form is inside it, as screen readers expect.
    <main className="mx-auto max-w-xl p-6 text-zinc-900">
      <form
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy('saving');
          void saveOptions(form)
            .then((result) => {
              setOutcome(result);
              // The saved secrets come back as "saved", never as values.
              if (result.kind === 'saved') setForm(result.form);
            })
            .finally(() => setBusy(undefined));
        }}
      >
        <h1 className="text-xl font-bold text-indigo-700">Caselight options</h1>
        {managed.problems.length > 0 && (
          <ul
            data-testid="policy-problems"
            role="alert"
            className="list-disc pl-5 text-sm text-red-700"
          >
            {managed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <fieldset className="space-y-3">
          <legend className="font-semibold">Case API</legend>
          <Field
            label="Case API address"
            value={settings.caseApiUrl}
            locked={managed.locked.has('caseApiUrl')}
            error={errorFor(errors, 'caseApiUrl')}
            onChange={(caseApiUrl) => setSettings({ caseApiUrl })}
          />
          <TransportNotice url={settings.caseApiUrl} what="case API" />
          <SecretField
            label="Sign-in token"
            noun="token"
            edit={secrets.caseApiToken}
            onChange={(caseApiToken) => setForm({ ...form, secrets: { ...secrets, caseApiToken } })}
          />
          <EntityKeyField
            edit={secrets.entityKey}
            onChange={(entityKey) => setForm({ ...form, secrets: { ...secrets, entityKey } })}
          />
        </fieldset>
        <SsoFieldset
          value={settings.sso}
          onChange={(sso) => setSettings({ sso })}
          errors={errors}
          locked={managed.locked}
        />
        <ModelFieldset
          locked={managed.locked}
          model={settings.model}
          onChange={(change) => setSettings({ model: { ...settings.model, ...change } })}
          secret={secrets.modelApiKey}
          onSecretChange={(modelApiKey) =>
            setForm({ ...form, secrets: { ...secrets, modelApiKey } })
          }
          errors={errors}
        />
        <TransportNotice url={settings.model.baseUrl} what="model server" />
        <ClearCachedScores />
        <RedactionFieldset
          value={settings.redaction}
          onChange={(redaction) => setSettings({ redaction })}
        />
        <fieldset className="space-y-3">
          <legend className="font-semibold">Decisions</legend>
          <NumberField
            label="Undo window (seconds)"
            hint="How long a submitted decision waits, undoable, before it is sent (0–30)."
            value={settings.decisions.undoWindowSeconds}
            error={errorFor(errors, 'decisions.undoWindowSeconds')}
            onChange={(undoWindowSeconds) => setSettings({ decisions: { undoWindowSeconds } })}
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
        <GuidanceFieldset
          value={settings.guidance}
          onChange={(guidance) => setSettings({ guidance })}
          errors={errors}
        />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={!!busy}
            className="rounded bg-indigo-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
          >
            {busy === 'saving' ? 'Checking…' : 'Save and check'}
          </button>
          <button
            type="button"
            disabled={!!busy}
            onClick={testConnection}
            className="rounded border border-indigo-600 px-4 py-2 text-sm font-semibold text-indigo-700 disabled:opacity-50"
          >
            {busy === 'testing' ? 'Testing…' : 'Test connection'}
          </button>
          <span className="text-xs text-zinc-500">Test connection uses the saved settings.</span>
        </div>
        <OutcomeView outcome={outcome} />
        <p className="flex gap-4 text-sm">
          <a href="/adapters.html" className="text-indigo-700 underline">
            Console adapters
          </a>
          <a href="/writers.html" className="text-indigo-700 underline">
            Writers (write-back)
          </a>
          <a href="/guidance.html" target="_blank" className="text-indigo-700 underline">
            Guidance editor (policy leads)
          </a>
          <a href="/training.html" target="_blank" className="text-indigo-700 underline">
            Training (trainers)
          </a>
          <a href="/admin.html" target="_blank" className="text-indigo-700 underline">
            Users and tokens (admins)
          </a>
          <a href="/ops.html" target="_blank" className="text-indigo-700 underline">
            Operations dashboard (leads, vendor managers)
          </a>
          <a href="/incident.html" target="_blank" className="text-indigo-700 underline">
            Incidents (leads)
          </a>
          <a href="/qa-disputes.html" target="_blank" className="text-indigo-700 underline">
            QA disputes (leads)
          </a>
        </p>
      </form>
      <WellnessSection />
    </main>
  );
}

function OutcomeView({ outcome }: { outcome?: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'invalid' || outcome.kind === 'denied')
    return (
      <div role="alert">
        <ul className="list-disc pl-5 text-sm text-red-700">
          {outcome.kind === 'denied' ? (
            <li>{outcome.message}</li>
          ) : (
            outcome.errors.map((e) => (
              <li key={e.field} data-field={e.field}>
                {e.label}: {e.message}
              </li>
            ))
          )}
        </ul>
      </div>
    );
  return (
    <div role="status" className="space-y-2 rounded border border-zinc-200 p-3">
      {outcome.kind === 'saved' && <p className="text-sm font-semibold">Saved.</p>}
      {outcome.kind === 'saved' && <ApiStatusLine status={outcome.api} offerOptions={false} />}
      <ModelCheckReport status={outcome.models} />
      <StandInNotice status={outcome.models} />
    </div>
  );
}
