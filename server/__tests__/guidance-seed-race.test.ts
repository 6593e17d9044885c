import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { listVersions } from '../guidance/versions';
import { useTempDirs } from './admin-helpers';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);
const tempDir = useTempDirs();
const RACERS = 4;
const DATABASES = 12;

describe('seeding the default guidance from several processes at once', () => {
  it('leaves exactly one version 1 and fails none of them (cluster workers start together)', async () => {
    const dir = tempDir();
    const paths = Array.from({ length: DATABASES }, (_, i) => join(dir, `race-${i}.db`));
    // Migrated beforehand, as the cluster's primary does, so only the seeding races.
    for (const path of paths) openDatabase(path).close();
    // Far enough ahead for every tsx to have started on a busy machine.
    const startAt = Date.now() + 6_000;
    const racers = Array.from({ length: RACERS }, () =>
      run(tsx, ['server/__tests__/processes/seed-guidance-racer.ts', String(startAt), ...paths], {
        cwd: root,
      }).then(
        () => 'ok',
        (error: { stderr: string }) => error.stderr,
      ),
    );
    expect(await Promise.all(racers)).toEqual(Array(RACERS).fill('ok'));
    for (const path of paths) {
      const db = openDatabase(path);
      expect(listVersions(db).map((v) => v.version)).toEqual([1]);
      db.close();
    }
  }, 60_000);
});
