import type { PageValues } from './page-values';
import { readRule, type Reporter } from './read-rule';
import type { Fallback } from './schema';

/**
 * One field of every item (a column of the thread): each item's own value, or the fallback
 * where the item shows none. Items are read column by column so a field costs one query for
 * the whole thread (see `matchesByItem`).
 */
export interface Column {
  values: (string | undefined)[];
  /** Items whose own selector gave a value (usable or not), as "Test on this tab" counts them. */
  matched: number;
  /** The first value read, for the report. */
  sample?: string;
  /** What the fallback gives each item that shows no usable value, if anything. */
  fill?: string;
  /** Items the fallback filled in. */
  filled: number[];
}

/** A fallback as this page gives it: what reports call it, and its value, if it has one. */
export interface PageFallback {
  label: string;
  value?: string;
  /** A fixed value from the definition, used as written. */
  literal: boolean;
}

/** Turns a value read from the page into the item's value (a role, an ISO time), or refuses it. */
export type Usable = (value: string | undefined, literal?: boolean) => string | undefined;

export function resolveFallback(
  doc: Document,
  fallback: Fallback | undefined,
  page: PageValues,
  field: string,
  report?: Reporter,
): PageFallback | undefined {
  if (fallback === undefined) return undefined;
  if (typeof fallback === 'string')
    return { label: fallback, value: page[fallback], literal: false };
  if ('value' in fallback)
    return { label: JSON.stringify(fallback.value), value: fallback.value, literal: true };
  const value = readRule(doc, fallback, `${field}.fallback`, report);
  return { label: `page ${fallback.selector}`, value, literal: false };
}

export function fillColumn(
  own: (string | undefined)[],
  usable: Usable,
  fallback: PageFallback | undefined,
): Column {
  const fill = fallback && usable(fallback.value, fallback.literal);
  const filled: number[] = [];
  let matched = 0;
  const values = own.map((raw, i) => {
    if (raw) matched += 1;
    const value = usable(raw);
    if (value !== undefined || fill === undefined) return value;
    filled.push(i);
    return fill;
  });
  return { values, matched, sample: own.find(Boolean) ?? fill, fill, filled };
}

/** "Test on this tab": one line per item field, saying what the selector and fallback gave. */
export function reportColumn(
  report: Reporter,
  field: string,
  selector: string | undefined,
  column: Column,
  fallback: PageFallback | undefined,
) {
  const total = column.values.length;
  const short = selector === undefined || column.matched < total;
  const partly = `matched in ${column.matched} of ${total} items`;
  const empty = fallback && `the fallback ${fallback.label} is empty on this page`;
  let problem: string | undefined;
  if (selector !== undefined && short && !fallback) problem = partly;
  else if (total > 0 && short && empty && column.fill === undefined)
    problem = selector === undefined ? empty : `${partly}, and ${empty}`;
  const shown = fallback?.literal ? '' : ` (${column.fill})`;
  report({
    field,
    selector: selector ?? '',
    matched: column.matched,
    value: column.sample,
    problem,
    fallback: column.filled.length
      ? `${fallback!.label}${shown} for ${column.filled.length} of ${total} items`
      : undefined,
  });
}
