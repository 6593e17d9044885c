import {
  CASE_PAINTED_MARK,
  CASE_SHOWN_MARK,
  markAfterPaint,
  markTiming,
} from '../../../utils/models/timing-mark';
import type { AttachAnswer } from './first-attach';

type Child = Node | string;

/** Text only, never markup: the case was read from a page we do not trust. */
function el(doc: Document, tag: string, className: string, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/**
 * The case's summary as the React panel lays it out (`panel-app.tsx`, `case-summary.tsx`), so
 * React's first render, which already has the case, replaces it without the panel jumping.
 */
function caseLayout(
  doc: Document,
  c: Extract<AttachAnswer['state'], { status: 'ready' }>['extraction']['case'],
) {
  const head = el(
    doc,
    'div',
    'flex items-baseline justify-between gap-2',
    el(doc, 'span', 'font-mono text-sm font-semibold text-indigo-700', c.id),
    el(doc, 'span', 'truncate text-xs text-zinc-500', c.console),
  );
  const subject = el(
    doc,
    'h2',
    'text-base font-semibold leading-snug text-zinc-900',
    c.subject ?? el(doc, 'span', 'italic text-zinc-400', 'No subject read'),
  );
  subject.dir = 'auto';
  const section = el(doc, 'section', 'space-y-2', head, subject);
  section.setAttribute('aria-label', 'Case');
  const line = [c.status, c.queue, c.priority].filter(Boolean).join(' · ');
  if (c.status) {
    section.append(
      el(
        doc,
        'dl',
        'text-sm',
        el(
          doc,
          'div',
          'flex gap-2 py-0.5',
          el(doc, 'dt', 'w-24 shrink-0 text-zinc-500', 'Status'),
          el(doc, 'dd', 'min-w-0 break-words text-zinc-900', line),
        ),
      ),
    );
  }
  return el(
    doc,
    'div',
    'flex h-screen flex-col bg-white text-zinc-900',
    el(
      doc,
      'header',
      'flex items-center justify-between border-b border-zinc-200 px-3 py-2',
      el(doc, 'h1', 'text-sm font-bold tracking-tight text-indigo-700', 'Caselight'),
      // The height of React's header buttons, which come with React: nothing moves then.
      el(doc, 'div', 'h-6'),
    ),
    el(
      doc,
      'main',
      'flex-1 space-y-3 overflow-y-auto p-3',
      section,
      el(doc, 'p', 'text-sm text-zinc-500', 'Loading scores and actions…'),
    ),
  );
}

/**
 * Paints the attached case's header into the panel's empty root, before React and the rest of
 * the panel have loaded: what the reviewer checks first (which case, its subject and queue)
 * is on screen a few tens of ms after the frame starts. React's first render replaces it.
 * Returns the case id it painted, and marks it shown as React would, only once it is in the
 * document; nothing when there is no case or React has already rendered.
 */
export function paintAttachedCase(
  root: HTMLElement,
  answer: AttachAnswer | null,
): string | undefined {
  const state = answer?.state;
  if (state?.status !== 'ready' || root.childElementCount > 0) return undefined;
  const { case: c } = state.extraction;
  root.append(caseLayout(root.ownerDocument, c));
  markTiming(CASE_SHOWN_MARK, { caseId: c.id });
  markAfterPaint(CASE_PAINTED_MARK, { caseId: c.id });
  return c.id;
}
