import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { ActionContext } from '../audited';
import { initFirstAdmin } from '../init';
import { changeUser, createUser } from '../users';

/** The CLI and the admin routes share `changeUser`; the CLI has no "yourself" to protect. */
function freshTeam(): ActionContext {
  const ctx: ActionContext = { db: openDatabase(), actor: 'cli:test', now: new Date() };
  const first = initFirstAdmin(ctx, { id: 'ada', name: 'Ada Admin' });
  if (!first.ok) throw new Error(first.message);
  return ctx;
}

const auditRows = (ctx: ActionContext) =>
  ctx.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();

describe('the last enabled admin', () => {
  it.each([{ disabled: true }, { role: 'policy-lead' as const }])(
    'cannot be lost through %o, and nothing is written',
    (change) => {
      const ctx = freshTeam();
      const before = auditRows(ctx);
      const answer = changeUser(ctx, 'ada', change);
      expect(answer).toMatchObject({ ok: false, problem: 'conflict' });
      expect(answer.ok || answer.message).toContain('last enabled admin');
      expect(auditRows(ctx)).toBe(before);
    },
  );

  it('can go once another admin is enabled, and only then', () => {
    const ctx = freshTeam();
    expect(createUser(ctx, { id: 'bo', name: 'Bo Admin', role: 'admin' }).ok).toBe(true);
    expect(changeUser(ctx, 'bo', { disabled: true }).ok).toBe(true);
    // Bo is disabled, so Ada is the last one again.
    expect(changeUser(ctx, 'ada', { disabled: true }).ok).toBe(false);
    expect(changeUser(ctx, 'bo', { disabled: false }).ok).toBe(true);
    expect(changeUser(ctx, 'ada', { disabled: true }).ok).toBe(true);
    expect(changeUser(ctx, 'ada', { site: 'Lisbon' }).ok).toBe(true);
  });
});
