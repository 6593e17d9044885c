import Database from 'better-sqlite3';
import { beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { versionedSettings } from '../versioned-settings';

const schema = z.object({ percent: z.number().default(5), note: z.string().optional() });
const settings = versionedSettings('demo_settings', 'body', schema);

describe('versioned settings', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec(`CREATE TABLE demo_settings (version INTEGER PRIMARY KEY, body TEXT NOT NULL,
      set_by TEXT NOT NULL, set_at TEXT NOT NULL)`);
  });

  test('before any edit: version 0 with the defaults and no author', () => {
    expect(settings.current(db)).toEqual({ percent: 5, version: 0, setBy: null, setAt: null });
  });

  test('each edit is a new version and earlier versions stay as they were', () => {
    settings.insert(db, { percent: 10 }, 'lead-1', '2026-01-01T00:00:00.000Z');
    const second = settings.insert(
      db,
      { percent: 20, note: 'n' },
      'lead-2',
      '2026-01-02T00:00:00.000Z',
    );
    expect(second).toEqual({
      percent: 20,
      note: 'n',
      version: 2,
      setBy: 'lead-2',
      setAt: '2026-01-02T00:00:00.000Z',
    });
    const rows = db.prepare('SELECT version, body FROM demo_settings ORDER BY version').all();
    expect(rows).toEqual([
      { version: 1, body: '{"percent":10}' },
      { version: 2, body: '{"percent":20,"note":"n"}' },
    ]);
  });
});
