import { useState, type ReactNode } from 'react';

/**
 * A `<details>` whose body is rendered only once it is opened. Policy markdown (parsed and
 * sanitized) and request bodies cost render time the scores beside them need, and most are
 * never opened.
 */
export function LazyDetails(props: {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string;
  summaryClassName?: string;
  testId?: string;
}) {
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  return (
    <details
      data-testid={props.testId}
      open={open}
      className={props.className}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className={props.summaryClassName ?? 'cursor-pointer'}>{props.summary}</summary>
      {open && props.children}
    </details>
  );
}
