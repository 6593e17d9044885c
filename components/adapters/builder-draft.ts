import type { FieldRule } from '../../utils/case/declarative/schema';
import type { PickKind } from '../../utils/case/builder-messages';

/**
 * The adapter a lead is building in the panel, as flat rows they fill by picking elements
 * and editing selectors. Turned into a definition (and validated) only on test and save, so
 * a half-built draft is never an error.
 */
export interface BuilderRule {
  selector: string;
  attribute?: string;
  regex?: string;
  /** What the last pick found: how many elements and a sample value, shown beside the row. */
  picked?: { count: number; sample: string };
}

export interface BuilderDraft {
  name: string;
  id: string;
  matches: string;
  caseIdFrom: 'url' | 'page';
  caseIdUrlRegex: string;
  rules: Partial<Record<RulePath, BuilderRule>>;
}

export interface RuleRow {
  path: RulePath;
  label: string;
  kind: PickKind;
  hint: string;
}

export const RULE_ROWS = [
  {
    path: 'ready',
    label: 'Case area',
    kind: 'field',
    hint: 'Click the area that holds the whole case',
  },
  { path: 'caseId', label: 'Case id (on the page)', kind: 'field', hint: 'Click the case id' },
  { path: 'items', label: 'Messages', kind: 'items', hint: 'Click one message of the thread' },
  {
    path: 'items.text',
    label: 'Message text',
    kind: 'item-field',
    hint: 'Click the text of a message',
  },
  {
    path: 'items.author',
    label: 'Message author',
    kind: 'item-field',
    hint: 'Click the author of a message',
  },
  {
    path: 'items.time',
    label: 'Message time',
    kind: 'item-field',
    hint: 'Click the time of a message',
  },
  {
    path: 'items.role',
    label: 'Author role',
    kind: 'item-field',
    hint: 'Click what shows the author’s role',
  },
  {
    path: 'items.id',
    label: 'Message id',
    kind: 'item-field',
    hint: 'Click an element carrying the message id',
  },
  { path: 'subject', label: 'Subject', kind: 'field', hint: 'Click the case subject' },
  { path: 'status', label: 'Status', kind: 'field', hint: 'Click the status' },
  { path: 'queue', label: 'Queue', kind: 'field', hint: 'Click the queue' },
  { path: 'priority', label: 'Priority', kind: 'field', hint: 'Click the priority' },
  { path: 'createdAt', label: 'Created', kind: 'field', hint: 'Click the creation time' },
  { path: 'slaDueAt', label: 'SLA due', kind: 'field', hint: 'Click the SLA due time' },
  { path: 'reporter.name', label: 'Reporter', kind: 'field', hint: 'Click the reporter’s name' },
  { path: 'reporter.id', label: 'Reporter id', kind: 'field', hint: 'Click the reporter’s id' },
  {
    path: 'reported.name',
    label: 'Reported account',
    kind: 'field',
    hint: 'Click the reported account’s name',
  },
  {
    path: 'reported.id',
    label: 'Reported account id',
    kind: 'field',
    hint: 'Click the reported account’s id',
  },
] as const satisfies readonly { path: string; label: string; kind: PickKind; hint: string }[];

export type RulePath = (typeof RULE_ROWS)[number]['path'];

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'console';

/** A first draft from the page address: the site as match pattern and a guess at the case id. */
export function draftFor(pageUrl: string, title = ''): BuilderDraft {
  const url = new URL(pageUrl);
  const name = title.trim().slice(0, 60) || url.hostname;
  const idParam = [...url.searchParams.keys()].find((k) =>
    /^(id|case|ticket|case_?id|ticket_?id)$/i.test(k),
  );
  const lastSegment = url.pathname.split('/').filter(Boolean).at(-1);
  const caseIdUrlRegex = idParam
    ? `[?&]${idParam}=([^&#]+)`
    : lastSegment
      ? `${url.pathname.slice(0, url.pathname.lastIndexOf(lastSegment)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^/?#]+)`
      : '';
  return {
    name,
    id: slugify(name).length >= 3 ? slugify(name) : `${slugify(name)}-console`,
    matches: `${url.protocol}//${url.hostname}/*`,
    caseIdFrom: 'url',
    caseIdUrlRegex,
    rules: {},
  };
}

function ruleOf(rule: BuilderRule | undefined): FieldRule | undefined {
  if (!rule?.selector.trim()) return undefined;
  return {
    selector: rule.selector.trim(),
    ...(rule.attribute?.trim() ? { attribute: rule.attribute.trim() } : {}),
    ...(rule.regex?.trim() ? { regex: rule.regex.trim() } : {}),
  };
}

/** The definition the draft describes, unvalidated: the schema says what is still missing. */
export function draftToDefinition(draft: BuilderDraft): Record<string, unknown> {
  const r = (path: RulePath) => ruleOf(draft.rules[path]);
  const party = (who: 'reporter' | 'reported') => {
    const name = r(`${who}.name`);
    const id = r(`${who}.id`);
    return name || id ? { name, id } : undefined;
  };
  const caseIdRule = r('caseId');
  return JSON.parse(
    JSON.stringify({
      format: 'caselight-adapter/1',
      id: draft.id,
      name: draft.name,
      matches: draft.matches.split(/[\s,]+/).filter(Boolean),
      ready: r('ready')?.selector ?? '',
      caseId:
        draft.caseIdFrom === 'url'
          ? { from: 'url', regex: draft.caseIdUrlRegex }
          : { from: 'page', ...(caseIdRule ?? { selector: '' }) },
      subject: r('subject'),
      status: r('status'),
      queue: r('queue'),
      priority: r('priority'),
      createdAt: r('createdAt'),
      slaDueAt: r('slaDueAt'),
      reporter: party('reporter'),
      reported: party('reported'),
      items: {
        selector: r('items')?.selector ?? '',
        id: r('items.id'),
        author: r('items.author'),
        role: r('items.role'),
        time: r('items.time'),
        text: r('items.text') ?? { selector: ':scope' },
      },
      required: ['items'],
    }),
  ) as Record<string, unknown>;
}
