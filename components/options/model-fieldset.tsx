import type { Settings } from '../../utils/settings/schema';
import { errorFor, type FieldError } from './field-errors';
import { Field, NumberField } from './field';
import { PolicyLlmSelect } from './policy-llm-select';
import { SecretField, type SecretEdit } from './secret-field';

type ModelSettings = Settings['model'];

/** Where the models are, which ones, the key, and when the policy model is asked. */
export function ModelFieldset(props: {
  model: ModelSettings;
  onChange: (change: Partial<ModelSettings>) => void;
  secret: SecretEdit;
  onSecretChange: (edit: SecretEdit) => void;
  errors?: FieldError[];
  /** Policy keys the administrator set (`managed-policy.ts`): those fields are locked. */
  locked?: ReadonlySet<string>;
}) {
  const { model, onChange, errors } = props;
  const locked = (key: string) => props.locked?.has(key) ?? false;
  const bounds = model.uncertainBounds;
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Models</legend>
      <Field
        label="Model server address"
        hint="OpenAI, or any OpenAI-compatible server or company proxy"
        value={model.baseUrl}
        locked={locked('modelBaseUrl')}
        error={errorFor(errors, 'model.baseUrl')}
        onChange={(baseUrl) => onChange({ baseUrl })}
      />
      <SecretField
        label="Model API key or proxy token"
        noun="key"
        edit={props.secret}
        onChange={props.onSecretChange}
      />
      <Field
        label="Moderation model"
        value={model.moderationModel}
        locked={locked('moderationModel')}
        error={errorFor(errors, 'model.moderationModel')}
        onChange={(moderationModel) => onChange({ moderationModel })}
      />
      <Field
        label="Policy model"
        value={model.policyModel}
        locked={locked('policyModel')}
        error={errorFor(errors, 'model.policyModel')}
        onChange={(policyModel) => onChange({ policyModel })}
      />
      <PolicyLlmSelect value={model.policyLlm} onChange={(policyLlm) => onChange({ policyLlm })} />
      <div className="grid grid-cols-2 gap-3">
        <NumberField
          label="Uncertain from"
          hint="Top score at or above this…"
          value={bounds.low}
          error={errorFor(errors, 'model.uncertainBounds.low')}
          onChange={(low) => onChange({ uncertainBounds: { ...bounds, low } })}
        />
        <NumberField
          label="Uncertain up to"
          hint="…and below this: the rules are unsure (0–1)."
          value={bounds.high}
          error={errorFor(errors, 'model.uncertainBounds.high')}
          onChange={(high) => onChange({ uncertainBounds: { ...bounds, high } })}
        />
      </div>
    </fieldset>
  );
}
