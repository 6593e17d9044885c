import { diffWords } from 'diff';

/**
 * A word-level diff of two policy texts, for reading rather than patching: unchanged stretches
 * are shortened to their ends so a reviewer sees each change in a line of context.
 */

export interface TextPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Characters of unchanged text kept on each side of a change. */
const CONTEXT = 60;
/** Beyond this a rewrite is shown as old-out, new-in: the diff would cost more than it tells. */
const DIFF_TIMEOUT_MS = 100;

function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2) return text;
  const head = first ? '' : text.slice(0, CONTEXT);
  const tail = last ? '' : text.slice(-CONTEXT);
  return `${head}…${tail}`;
}

export function diffText(before: string, after: string): TextPart[] {
  const changes = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ];
  }
  return changes.map((change, index) => {
    if (change.added) return { op: 'added', text: change.value };
    if (change.removed) return { op: 'removed', text: change.value };
    const text = shorten(change.value, index === 0, index === changes.length - 1);
    return { op: 'same', text };
  });
}
