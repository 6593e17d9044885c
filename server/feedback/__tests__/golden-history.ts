import type { Database } from 'better-sqlite3';
import { decisionSchema, type DecisionInput } from '../../../utils/decisions/schema';
import { makeDecision } from '../../__tests__/decision-fixtures';
import { makeCaseRecord } from '../../__tests__/console-case-fixtures';
import { insertDecision, linkReversal } from '../../db/decisions';
import { openDatabase } from '../../db/open';
import { recordConsoleCase } from '../../db/write-console-cases';
import { seedDatabase } from '../../seed';
import { suggestion } from './feedback-fixtures';

/**
 * A decision record with fixed ids and times, so an export of it can be compared byte for
 * byte with the one the golden files hold (written by the export before inputs were stored at
 * decision time): hosted and console cases, kept and unkept text, personal data, a split
 * phone number, a formula, reversals and QA reviews.
 */

const SEEN_AT = '2025-03-01T09:00:00.000Z';
const EXPIRES = '2099-01-01T00:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const TEXTS = [
  'Mail me at jo.smith@example.com or call +44 7700 900123, Maria Lopez',
  '=HYPERLINK("http://evil.example") free crypto, wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  'my number is 0612',
  '34 56 78, ask for @watch_seller at 10.0.0.1',
  'You are worthless, John.',
];
const ACTIONS = ['remove', 'warn', 'no-action', 'escalate'];

function decisionAt(i: number, overrides: Partial<DecisionInput>) {
  const action = ACTIONS[i % ACTIONS.length] ?? 'warn';
  return decisionSchema.parse(
    makeDecision({
      id: id(i),
      action,
      policyIds: i % 5 === 0 ? [] : ['spam', 'harassment'].slice(0, 1 + (i % 2)),
      decidedAt: new Date(Date.UTC(2025, 2, 1, 10) + i * 60_000).toISOString(),
      guidanceVersion: 1 + (i % 3),
      agreement: i % 4 === 0 ? 'no-suggestion' : i % 3 === 0 ? 'overrode' : 'agreed',
      suggestion:
        i % 4 === 0
          ? undefined
          : suggestion(ACTIONS[(i + 1) % 4] ?? 'remove', { illicit: (i % 10) / 10 }),
      ...overrides,
    }),
  );
}

function consoleCase(db: Database, i: number) {
  const caseId = `${100 + i}`;
  const ref = { namespace: 'redmine', caseId };
  const items = [0, 1].map((k) => ({
    id: `j${k}`,
    author: k === 0 ? 'reporter-x' : 'watch_seller',
    role: k === 0 ? ('reporter' as const) : ('reported' as const),
    text: TEXTS[(i + k * 2) % TEXTS.length] ?? '',
    media: [],
  }));
  const record = makeCaseRecord('redmine', caseId, {
    queue: i % 2 === 0 ? 'Fraud' : 'Support',
    reporter: { id: 'U-rep', name: 'Maria Lopez', handle: 'maria_l' },
    reported: { id: 'U-spam', name: 'watch_seller', handle: 'watch_seller' },
  });
  // Every third console case is read without the team keeping its text.
  const keep = i % 3 !== 2;
  recordConsoleCase(db, ref, SEEN_AT, { ...record, items }, keep ? EXPIRES : undefined);
  return ref;
}

const meta = (ref: { namespace: string; caseId: string }) => ({
  ref,
  receivedAt: SEEN_AT,
  reviewerName: 'Ana',
});

export function goldenDatabase(): Database {
  const db = openDatabase();
  seedDatabase(db, new Date('2025-03-01T00:00:00.000Z'));
  db.transaction(() => {
    for (let i = 0; i < 40; i++) {
      const hosted = i % 4 === 1;
      const ref = hosted ? { namespace: '', caseId: `C-${1001 + (i % 13)}` } : consoleCase(db, i);
      const console = hosted ? 'demo-console' : 'redmine';
      insertDecision(db, decisionAt(i, { caseId: ref.caseId, console }), meta(ref));
      if (i % 7 === 3) {
        const reversal = decisionAt(100 + i, { caseId: ref.caseId, console, reverses: id(i) });
        insertDecision(db, reversal, meta(ref));
        linkReversal(db, id(i), id(100 + i));
      }
      if (i % 5 === 2) {
        const qa = decisionAt(200 + i, { caseId: ref.caseId, console, mode: 'qa' });
        insertDecision(db, qa, meta(ref));
      }
    }
  })();
  return db;
}
