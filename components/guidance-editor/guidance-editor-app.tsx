import { useState } from 'react';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { PackIssue } from '../../utils/guidance/validate';
import { ActionsSection } from './actions-section';
import { BacktestSection } from './backtest-section';
import { PanelsSection } from './panels-section';
import { PlaybooksSection } from './playbooks-section';
import { PoliciesSection } from './policies-section';
import { PublishSection } from './publish-section';
import { SectionTabs, type Section } from './section-tabs';
import { SignalsSection } from './signals-section';
import { WellnessSection } from './wellness-section';
import { KeptDraftNotice } from './kept-draft-notice';
import { usePackDraft } from './use-pack-draft';
import { ValidationSummary } from './validation-summary';
import { PageIdentityBar } from '../page-identity/page-identity-bar';
import { UnsignedGuidanceWarning } from '../guidance/unsigned-guidance-warning';
import { usePageIdentity } from '../page-identity/use-page-identity';
import { sendRequest } from '../../utils/messaging/send';

const EDITORS = {
  policies: PoliciesSection,
  actions: ActionsSection,
  signals: SignalsSection,
  playbooks: PlaybooksSection,
  wellness: WellnessSection,
} as const;

const askMe = (token: string | undefined) => sendRequest({ type: 'guidance:me', token });
const LEAD_ROLES = ['policy-lead', 'admin'] as const;

/** The policy lead's page: edit the published guidance, check it, backtest it, publish it. */
export function GuidanceEditorApp() {
  // Publishing and the panels table are for policy leads and admins (the case API agrees).
  const identity = usePageIdentity(askMe, LEAD_ROLES);
  const { loaded, draft, setDraft, validation, dirty, reload, kept, restoreKept, discard } =
    usePackDraft(identity.token);
  const [section, setSection] = useState<Section>('policies');
  // The case API's own refusal, by field, until the next edit.
  const [refused, setRefused] = useState<PackIssue[]>([]);
  const [publishes, setPublishes] = useState(0);

  const issues = [...(validation?.issues ?? []), ...refused];
  const edit =
    <S extends Section>(part: S) =>
    (items: GuidancePack[S]) => {
      if (!draft) return;
      setRefused([]);
      setDraft({ ...draft, [part]: items });
    };
  const Editor = EDITORS[section];
  const me = identity.answer?.ok ? identity.answer.me : undefined;

  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6 text-zinc-900">
      <h1 className="text-xl font-bold text-indigo-700">Caselight guidance editor</h1>
      <UnsignedGuidanceWarning where="guidance" />
      <PageIdentityBar
        identity={identity}
        testId="editor-identity"
        refusalTestId="not-a-lead"
        refusal={(role) =>
          `This token belongs to a ${role}, not a policy lead or admin: you can edit, validate and backtest, but the case API will not let you publish or see who is on which version. Use a policy lead's token below, or sign in as one in Caselight options.`
        }
      />
      {!loaded ? (
        <p className="text-sm text-zinc-500">Loading the published guidance…</p>
      ) : !loaded.ok ? (
        <p role="alert" className="text-sm text-red-700">
          Cannot load the published guidance: {loaded.message}{' '}
          <button type="button" className="underline" onClick={() => void reload()}>
            Try again
          </button>
        </p>
      ) : (
        draft && (
          <>
            <p data-testid="editing-from" className="text-sm text-zinc-600">
              Editing from published v{loaded.summary.version} ({loaded.summary.publisher},{' '}
              {new Date(loaded.summary.publishedAt).toLocaleString()}
              {loaded.summary.signed ? ', signed' : ''}){dirty ? ' · unpublished changes' : ''}.
            </p>
            <KeptDraftNotice
              kept={kept}
              publishedVersion={loaded.summary.version}
              dirty={dirty}
              onRestore={restoreKept}
              onDiscard={discard}
            />
            <SectionTabs pack={draft} issues={issues} current={section} onPick={setSection} />
            <Editor pack={draft} issues={issues} onChange={edit(section)} />
            <ValidationSummary issues={validation ? issues : undefined} />
            <BacktestSection
              base={loaded.pack}
              candidate={validation?.pack}
              token={identity.token}
            />
            <PublishSection
              base={loaded.pack}
              candidate={validation?.ok && refused.length === 0 ? validation.pack : undefined}
              publisher={me?.name}
              canPublish={identity.allowed}
              token={identity.token}
              onPublished={() => {
                setPublishes((n) => n + 1);
                void reload();
              }}
              onRefused={setRefused}
              onReload={() => void reload()}
            />
          </>
        )
      )}
      <PanelsSection key={publishes} token={identity.token} enabled={identity.allowed} />
    </main>
  );
}
