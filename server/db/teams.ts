import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { teamKindSchema } from '../../utils/case-api/schema';
import type { Team, TeamInput } from '../../utils/case-api/admin-schema';
import { prepared } from './statements';

const rowSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: teamKindSchema,
  created_at: z.string(),
});

const toTeam = (raw: unknown): Team => {
  const row = rowSchema.parse(raw);
  return { id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at };
};

export function insertTeam(db: Database, team: TeamInput & { id: string }, at: string): Team {
  prepared(db, 'INSERT INTO teams (id, name, kind, created_at) VALUES (?, ?, ?, ?)').run(
    team.id,
    team.name,
    team.kind,
    at,
  );
  return findTeam(db, team.id)!;
}

export function findTeam(db: Database, id: string): Team | undefined {
  const row = prepared(db, 'SELECT * FROM teams WHERE id = ?').get(id);
  return row === undefined ? undefined : toTeam(row);
}

export function findTeamByName(db: Database, name: string): Team | undefined {
  const row = prepared(db, 'SELECT * FROM teams WHERE name = ?').get(name);
  return row === undefined ? undefined : toTeam(row);
}

export function listTeams(db: Database): Team[] {
  return prepared(db, 'SELECT * FROM teams ORDER BY name, id').all().map(toTeam);
}
