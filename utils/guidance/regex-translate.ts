/**
 * A regex signal is written in JavaScript syntax (what leads know and what packs already hold)
 * and matched by RE2 (`signal-regex.ts`). Where the two read the same text differently, the
 * JavaScript meaning is spelled out for RE2 so ordinary patterns match exactly as they did:
 * `.` stops at \r and the Unicode line separators too, `\s` covers Unicode spaces, `\uXXXX`
 * is `\x{XXXX}`. What RE2 cannot match in linear time (backreferences, lookahead) is refused
 * with a rewrite that it can. Groups become non-capturing: only the whole match is used, and
 * RE2 tracks fewer positions without them (its NFA is then about a third faster).
 */

const JS_SPACES = String.raw`\t\n\v\f\r\p{Zs}\x{2028}\x{2029}\x{FEFF}`;
const JS_DOT = String.raw`[^\n\r\x{2028}\x{2029}]`;

export type Translation =
  { ok: true; source: string } | { ok: false; reason: string; rewrite: string };

/** Index just past the group that opens at `open`, skipping escapes and character classes. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return pattern.length;
}

interface Group {
  number: number;
  name?: string;
  /** Index just past the group's opening `(`, `(?:` or `(?<name>`. */
  body: number;
  end: number;
}

/** The capturing groups, numbered as JavaScript numbers them. */
function capturingGroups(pattern: string): Group[] {
  const groups: Group[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      const named = /^\(\?<([A-Za-z_]\w*)>/.exec(pattern.slice(i));
      if (pattern[i + 1] === '?' && !named) continue;
      const body = i + (named ? named[0].length : 1);
      groups.push({ number: groups.length + 1, name: named?.[1], body, end: groupEnd(pattern, i) });
    }
  }
  return groups;
}

/** A backreference becomes a copy of what it refers to: the same shape, not the same text. */
function backreference(pattern: string, at: number, length: number, group: Group | undefined) {
  const copy = group && group.end <= at ? `(?:${pattern.slice(group.body, group.end - 1)})` : '';
  return {
    ok: false as const,
    reason:
      'backreferences (\\1, \\k<name>) cannot be matched in linear time; ' +
      'repeat the group instead (it then matches the same shape, not the same text)',
    rewrite: pattern.slice(0, at) + copy + pattern.slice(at + length),
  };
}

export function translateToRe2(pattern: string): Translation {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const next = pattern[i + 1] ?? '';
    if (ch === '\\') {
      const reference = inClass
        ? null
        : /^\\(?:([1-9]\d*)|k<([A-Za-z_]\w*)>)/.exec(pattern.slice(i));
      const unicode = /^\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(pattern.slice(i));
      if (reference) {
        const groups = capturingGroups(pattern);
        const group = reference[1]
          ? groups.find((g) => g.number === Number(reference[1]))
          : groups.find((g) => g.name === reference[2]);
        return backreference(pattern, i, reference[0].length, group);
      }
      if (unicode) {
        out += `\\x{${unicode[1] ?? unicode[2]}}`;
        i += unicode[0].length - 1;
        continue;
      }
      if (next === 's') out += inClass ? JS_SPACES : `[${JS_SPACES}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACES}]`;
      else if (next === '0' && !/[0-9]/.test(pattern[i + 2] ?? '')) out += '\\x00';
      else out += ch + next;
      i += 1;
    } else if (inClass) {
      inClass = ch !== ']';
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && (pattern.startsWith('(?=', i) || pattern.startsWith('(?!', i))) {
      return {
        ok: false,
        reason:
          'lookahead ((?=…), (?!…)) cannot be matched in linear time; match without it, ' +
          'or with a lookbehind ((?<=…), (?<!…)) before the text instead',
        rewrite: pattern.slice(0, i) + pattern.slice(groupEnd(pattern, i)),
      };
    } else if (ch === '(') {
      const named = /^\(\?<[A-Za-z_]\w*>/.exec(pattern.slice(i));
      if (named) i += named[0].length - 1;
      out += named || next !== '?' ? '(?:' : ch;
    } else out += ch === '.' ? JS_DOT : ch;
  }
  return { ok: true, source: out };
}
