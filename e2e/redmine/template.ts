import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ownBySite, REDMINE_ROOT, type Site } from './site';

const run = promisify(execFile);

/** What seed.rb created, as it prints it: ids, names and keys the tests use. */
export const seedSchema = z.object({
  apiKey: z.string().min(20),
  reviewerApiKey: z.string().min(20),
  password: z.string(),
  project: z.object({ id: z.number(), identifier: z.string(), name: z.string() }),
  reportedAccountFieldId: z.number(),
  users: z.record(z.string(), z.object({ id: z.number(), name: z.string() })),
  issues: z.array(
    z.object({
      id: z.number(),
      subject: z.string(),
      author: z.string(),
      reportedAccount: z.string(),
      journals: z.array(z.object({ id: z.number(), author: z.string(), notes: z.string() })),
    }),
  ),
});
export type Seed = z.infer<typeof seedSchema>;

const SEED_FILES = ['seed.rb', 'seed-reports.rb'];

/** A new seed script or a new Redmine (its migrations) makes a new template. */
function templateKey(): string {
  const hash = createHash('sha256');
  for (const file of SEED_FILES) hash.update(readFileSync(join(import.meta.dirname, file)));
  hash.update(readFileSync(join(REDMINE_ROOT, 'lib/redmine/version.rb')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Gives the site a migrated, seeded database. The first run on a machine builds it with one
 * `rails runner` (~7 s) and keeps a copy; later runs copy that file (milliseconds), so every run
 * still starts from the same fresh data and may write to it freely.
 */
export async function seedSite(site: Site): Promise<{ seed: Seed; built: boolean }> {
  const cache = join(tmpdir(), `caselight-redmine-templates-${process.getuid?.() ?? 0}`);
  const key = templateKey();
  const [template, seedJson] = [join(cache, `${key}.sqlite3`), join(cache, `${key}.json`)];
  if (existsSync(template) && existsSync(seedJson)) {
    copyFileSync(template, site.db);
    ownBySite(site, site.db);
    return { seed: seedSchema.parse(JSON.parse(readFileSync(seedJson, 'utf8'))), built: false };
  }
  // The site's user (www-data under root) may not read the checkout: it runs copies.
  const scripts = join(site.dir, 'seed');
  mkdirSync(scripts);
  ownBySite(site, scripts);
  for (const file of SEED_FILES) {
    copyFileSync(join(import.meta.dirname, file), join(scripts, file));
    ownBySite(site, join(scripts, file));
  }
  const cmd = site.rails(['runner', join(scripts, 'seed.rb')]);
  const { stdout } = await run(cmd.command, cmd.args, {
    cwd: REDMINE_ROOT,
    env: cmd.env,
    maxBuffer: 16 << 20,
  }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`Seeding Redmine failed: ${error.stderr?.slice(-2000) || error.message}`);
  });
  const line = stdout.split('\n').find((l) => l.startsWith('CASELIGHT_SEED '));
  if (!line) throw new Error(`seed.rb printed no CASELIGHT_SEED line:\n${stdout.slice(-2000)}`);
  const seed = seedSchema.parse(JSON.parse(line.slice('CASELIGHT_SEED '.length)));
  // Written under temporary names and renamed, so a parallel run never copies half a file.
  mkdirSync(cache, { recursive: true, mode: 0o700 }); // it holds the seeded API keys
  const partial = `${template}.${process.pid}`;
  copyFileSync(site.db, partial);
  writeFileSync(`${seedJson}.${process.pid}`, JSON.stringify(seed), { mode: 0o600 });
  renameSync(partial, template);
  renameSync(`${seedJson}.${process.pid}`, seedJson);
  return { seed, built: true };
}
