import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../utils/case-api/admin-schema';
import { groupMappingListSchema } from '../../utils/case-api/sso-schema';
import { useTempDirs } from './admin-helpers';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);
const tempDir = useTempDirs();

async function admin(db: string, ...args: string[]) {
  try {
    const { stdout } = await run(tsx, ['server/admin-cli.ts', '--db', db, ...args], { cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('admin CLI: single sign-on group mappings', () => {
  it(
    'maps, lists and unmaps provider groups, audited as the OS user',
    { timeout: 180_000 },
    async () => {
      const db = join(tempDir(), 'team.db');
      expect(
        (await admin(db, 'team', 'create', '--name', 'Acme BPO', '--kind', 'vendor')).code,
      ).toBe(0);

      const mapped = await admin(
        db,
        'sso',
        'map',
        'okta-acme',
        '--role',
        'reviewer',
        '--team',
        'acme-bpo',
      );
      const unknownTeam = await admin(db, 'sso', 'map', 'x', '--team', 'nope');
      const listed = await admin(db, 'sso', 'groups', '--json');
      const unmapMissing = await admin(db, 'sso', 'unmap', 'never-mapped');
      const audit = await admin(db, 'audit', '--json');

      expect([mapped.code, unknownTeam.code, listed.code, unmapMissing.code]).toEqual([0, 1, 0, 1]);
      expect(groupMappingListSchema.parse(JSON.parse(listed.stdout)).mappings).toMatchObject([
        { group: 'okta-acme', role: 'reviewer', teamId: 'acme-bpo' },
      ]);
      expect(auditListSchema.parse(JSON.parse(audit.stdout)).entries[0]).toMatchObject({
        action: 'sso.map-group',
        actor: `cli:${userInfo().username}`,
        target: 'okta-acme',
      });
    },
  );
});
