import { memo } from 'react';
import type { ExtractionMessage } from '../../utils/messaging/protocol';
import { MaskedText } from '../wellness/masked-text';
import { FIELD_LABELS, partyLabel } from './format';
import { SlaCountdown } from './sla-countdown';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2 py-0.5">
      <dt className="w-24 shrink-0 text-zinc-500">{label}</dt>
      <dd className="min-w-0 break-words text-zinc-900">{children}</dd>
    </div>
  );
}

/** The case as read from the page: what the reviewer checks first, and what could not be read. */
export const CaseSummary = memo(function CaseSummary({
  extraction,
}: {
  extraction: ExtractionMessage;
}) {
  const { case: c, missing, truncatedFrom } = extraction;
  const withMedia = c.items.filter((item) => item.media.length > 0).length;
  return (
    <section aria-label="Case" className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <span data-testid="case-id" className="font-mono text-sm font-semibold text-indigo-700">
          {c.id}
        </span>
        <span data-testid="case-console" className="truncate text-xs text-zinc-500">
          {c.console}
        </span>
      </div>
      <h2
        data-testid="case-subject"
        className="text-base font-semibold leading-snug text-zinc-900"
        dir="auto"
      >
        {c.subject !== undefined ? (
          <MaskedText key={c.id} text={c.subject} label="the subject" />
        ) : (
          <span className="italic text-zinc-400">No subject read</span>
        )}
      </h2>
      <dl className="text-sm">
        {c.status && (
          <Row label="Status">{[c.status, c.queue, c.priority].filter(Boolean).join(' · ')}</Row>
        )}
        {c.slaDueAt && (
          <Row label="SLA due">
            <SlaCountdown dueAt={c.slaDueAt} />
          </Row>
        )}
        {c.reporter && (
          <Row label="Reporter">
            <span data-testid="case-reporter">{partyLabel(c.reporter)}</span>
          </Row>
        )}
        {c.reported && <Row label="Reported">{partyLabel(c.reported)}</Row>}
        <Row label="Items">
          <span data-testid="case-items">{c.items.length}</span> messages
          {withMedia > 0 && `, ${withMedia} with attachments`}
        </Row>
      </dl>
      {truncatedFrom !== undefined && (
        <p className="rounded bg-amber-50 p-2 text-xs text-amber-900">
          Showing the first {c.items.length} of {truncatedFrom} items.
        </p>
      )}
      {missing.length > 0 && (
        <p
          data-testid="case-missing"
          role="status"
          className="rounded bg-amber-50 p-2 text-xs text-amber-900"
        >
          Could not read from this page: {missing.map((f) => FIELD_LABELS[f]).join(', ')}.
        </p>
      )}
    </section>
  );
});
