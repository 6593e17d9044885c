import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTeam } from '../accounts/teams';
import { openDatabase } from '../index';

const serverDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('audit log', () => {
  it('refuses UPDATE and DELETE in the database itself', () => {
    const db = openDatabase();
    const ctx = { db, actor: 'cli:test', now: new Date('2026-12-01T09:00:00Z') };
    expect(createTeam(ctx, { name: 'Team A', kind: 'vendor' }).ok).toBe(true);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone-else'").run()).toThrow(
      'append-only',
    );
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
    expect(db.prepare('SELECT actor, action, target FROM audit_log').all()).toEqual([
      { actor: 'cli:test', action: 'team.create', target: 'team-a' },
    ]);
    db.close();
  });

  it('has no UPDATE or DELETE anywhere in the server code, and one INSERT', () => {
    const writes = sourceFiles(serverDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/(UPDATE|DELETE FROM|INSERT INTO)\s+audit_log/g)].map(
        (m) => `${file.slice(serverDir.length + 1)}: ${m[1]}`,
      );
    });
    expect(writes).toEqual(['db/audit.ts: INSERT INTO']);
  });

  it('keeps a refused change out of the log', () => {
    const db = openDatabase();
    const ctx = { db, actor: 'cli:test', now: new Date() };
    createTeam(ctx, { name: 'Team A', kind: 'vendor' });
    const again = createTeam(ctx, { name: 'Team A', kind: 'in-house' });
    expect(again).toMatchObject({ ok: false, problem: 'conflict' });
    expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(1);
    db.close();
  });
});
