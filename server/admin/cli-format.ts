import type {
  AuditEntry,
  IssuedToken,
  Team,
  TokenInfo,
  User,
} from '../../utils/case-api/admin-schema';
import type { GroupMapping } from '../../utils/case-api/sso-schema';

/** Human-readable output of the admin CLI (`--json` prints the answer as it is instead). */

const userLine = (u: User) =>
  [
    u.id.padEnd(20),
    u.role.padEnd(12),
    (u.team?.id ?? '-').padEnd(14),
    (u.site ?? '-').padEnd(10),
    u.disabledAt ? `disabled ${u.disabledAt}` : u.kind === 'service' ? 'service' : 'enabled',
    ` ${u.name}${u.email ? ` <${u.email}>` : ''}`,
  ].join(' ');

const tokenLine = (t: TokenInfo) =>
  [
    t.id.padEnd(21),
    t.userId.padEnd(20),
    t.state.padEnd(8),
    `expires ${t.expiresAt ?? 'never'}`,
    `last used ${t.lastUsedAt ?? 'never'}`,
    t.label ?? '',
  ].join('  ');

const teamLine = (t: Team) => `${t.id.padEnd(20)} ${t.kind.padEnd(9)} ${t.name}`;

const auditLine = (e: AuditEntry) =>
  `${String(e.seq).padStart(5)} ${e.at} ${e.actor.padEnd(18)} ${e.action.padEnd(13)} ${e.target} ${JSON.stringify(e.detail)}`;

const issued = (i: IssuedToken) =>
  [
    `Token ${i.info.id} for ${i.info.userId}${i.info.expiresAt ? `, expires ${i.info.expiresAt}` : ''}.`,
    'It is shown this once and stored only as a hash; copy it now:',
    '',
    `  ${i.token}`,
    '',
  ].join('\n');

/** Lines for what a command answered; shapes are told apart by their keys. */
const mappingLine = (m: GroupMapping) =>
  `${m.group.padEnd(30)} role ${m.role ?? '(unchanged)'}, team ${m.teamId ?? '(unchanged)'}`;

export function formatAnswer(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return String(answer);
  if ('users' in answer) return (answer.users as User[]).map(userLine).join('\n') || '(no users)';
  if ('teams' in answer) return (answer.teams as Team[]).map(teamLine).join('\n') || '(no teams)';
  if ('tokens' in answer) {
    return (answer.tokens as TokenInfo[]).map(tokenLine).join('\n') || '(no tokens)';
  }
  if ('entries' in answer) {
    return (answer.entries as AuditEntry[]).map(auditLine).join('\n') || '(empty audit log)';
  }
  if ('issued' in answer && 'user' in answer) {
    return `Admin ${(answer.user as User).id} created.\n${issued(answer.issued as IssuedToken)}`;
  }
  if ('token' in answer && 'info' in answer) return issued(answer as IssuedToken);
  if ('mappings' in answer) {
    return (answer.mappings as GroupMapping[]).map(mappingLine).join('\n') || '(no group mappings)';
  }
  if ('group' in answer) return mappingLine(answer as GroupMapping);
  if ('role' in answer) return userLine(answer as User);
  if ('kind' in answer) return teamLine(answer as Team);
  if ('state' in answer) return tokenLine(answer as TokenInfo);
  return JSON.stringify(answer, null, 2);
}
