import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { webhookListSchema, webhookSchema } from '../../../utils/escalations/webhook-schema';
import { useTempDirs } from '../../__tests__/admin-helpers';

const root = join(import.meta.dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);
const tempDir = useTempDirs();
const SECRET = 'cli-webhook-secret-0123456789';

async function admin(db: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['server/admin-cli.ts', '--db', db, ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

it('an admin adds, lists and removes escalation webhooks from the command line; http is refused', async () => {
  const db = join(tempDir(), 'case-api.db');
  const refused = await admin(
    db,
    'webhook',
    'add',
    '--url',
    'http://hooks.example/x',
    '--secret',
    SECRET,
  );
  expect(refused.code).not.toBe(0);
  expect(refused.stderr + refused.stdout).toMatch(/Use https/);

  const added = await admin(
    db,
    'webhook',
    'add',
    '--url',
    'https://hooks.example/x',
    '--secret',
    SECRET,
    '--json',
  );
  expect(added.code).toBe(0);
  const webhook = webhookSchema.parse(JSON.parse(added.stdout));
  expect(added.stdout).not.toContain(SECRET);

  const listed = await admin(db, 'webhook', 'list', '--json');
  expect(webhookListSchema.parse(JSON.parse(listed.stdout)).webhooks.map((w) => w.id)).toEqual([
    webhook.id,
  ]);
  expect((await admin(db, 'webhook', 'remove', webhook.id)).code).toBe(0);
  const after = await admin(db, 'webhook', 'list', '--json');
  expect(webhookListSchema.parse(JSON.parse(after.stdout)).webhooks).toEqual([]);
}, 180_000);
