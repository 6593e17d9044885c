import type { Role } from '../../utils/case-api/schema';
import type { GroupMapping } from '../../utils/case-api/sso-schema';

/** Someone in both the admins' and the reviewers' group is an admin: the broader role wins. */
const ROLE_RANK: Record<Role, number> = {
  admin: 6,
  'policy-lead': 5,
  'vendor-manager': 4,
  trainer: 3,
  'qa-reviewer': 2,
  reviewer: 1,
};

export interface GroupGrant {
  role?: Role;
  teamId?: string;
  /** The groups the token named that no mapping knows: shown when nothing matched. */
  unknown: string[];
}

/** The provider's groups claim, read defensively: a string, an array, or nothing. */
export function readGroups(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (!Array.isArray(claim)) return [];
  return claim.filter((g): g is string => typeof g === 'string');
}

/** What the admin's mappings grant for these groups (mappings come sorted by group name). */
export function resolveGroups(mappings: GroupMapping[], groups: string[]): GroupGrant {
  const named = new Set(groups);
  const matched = mappings.filter((m) => named.has(m.group));
  const known = new Set(matched.map((m) => m.group));
  let role: Role | undefined;
  for (const m of matched) {
    if (m.role !== null && (role === undefined || ROLE_RANK[m.role] > ROLE_RANK[role]))
      role = m.role;
  }
  const teamId = matched.find((m) => m.teamId !== null)?.teamId ?? undefined;
  return { role, teamId, unknown: groups.filter((g) => !known.has(g)) };
}
