import { useDeferredValue, useEffect, useMemo, useState } from 'react';

type Render = (source: string) => string;

// marked and DOMPurify (80 KB) load with the first policy shown, not with every panel: the
// panel's first job is the case and its scores.
let loaded: Render | undefined;
let loading: Promise<Render> | undefined;
/** Loads the renderer now (tests; it otherwise loads with the first markdown shown). */
export const loadRenderer = () =>
  (loading ??= import('./render-markdown').then((m) => (loaded = m.renderMarkdown)));

/**
 * Typography for rendered markdown, written out here rather than pulled in from a plugin: the
 * panel is small and dense, so headings stay near body size and spacing stays tight.
 */
const PROSE = [
  'space-y-1.5 break-words text-xs leading-relaxed text-zinc-700',
  '[&_h1]:text-sm [&_h1]:font-semibold [&_h2]:text-sm [&_h2]:font-semibold',
  '[&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold',
  '[&_strong]:font-semibold [&_b]:font-semibold [&_em]:italic [&_i]:italic',
  '[&_del]:line-through [&_s]:line-through',
  '[&_a[href]]:text-indigo-700 [&_a[href]]:underline',
  '[&_ul]:list-disc [&_ul]:pl-4 [&_ol]:list-decimal [&_ol]:pl-4 [&_li]:my-0.5',
  '[&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-2',
  '[&_blockquote]:text-zinc-600',
  '[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-0.5 [&_code]:font-mono',
  '[&_pre]:overflow-auto [&_pre]:rounded [&_pre]:bg-zinc-100 [&_pre]:p-2',
  '[&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_hr]:my-2 [&_hr]:border-zinc-200',
  '[&_table]:w-full [&_table]:border-collapse',
  '[&_th]:border [&_th]:border-zinc-200 [&_th]:px-1 [&_th]:text-left [&_th]:font-semibold',
  '[&_td]:border [&_td]:border-zinc-200 [&_td]:px-1',
].join(' ');

/**
 * Markdown from guidance, rendered through marked and DOMPurify (see `render-markdown.ts`):
 * formatting and web links only, never scripts, frames, styles or images. Parsed in a deferred
 * render: the scores beside the first open snippet, or the editor's text box, commit first and
 * the policy text follows a moment later (parsing and sanitising one takes several ms).
 */
export function Markdown(props: { source: string; className?: string; testId?: string }) {
  const [render, setRender] = useState<Render | undefined>(() => loaded);
  useEffect(() => {
    if (!render) void loadRenderer().then((r) => setRender(() => r));
  }, [render]);
  const source = useDeferredValue(props.source, '');
  const html = useMemo(() => (source && render ? render(source) : ''), [source, render]);
  return (
    <div
      data-testid={props.testId ?? 'markdown'}
      className={props.className ? `${PROSE} ${props.className}` : PROSE}
      // Safe: renderMarkdown's output has been through DOMPurify with a formatting allow-list.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
