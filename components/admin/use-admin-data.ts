import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry, Team, TokenInfo, User } from '../../utils/case-api/admin-schema';
import { sendAdmin } from './send-admin';

export interface AdminData {
  users: User[];
  teams: Team[];
  tokens: TokenInfo[];
  audit: AuditEntry[];
}

/**
 * Users, teams, tokens and the audit log, loaded together and again after every change (an
 * admin's change shows up in the audit log at once, which is the point of showing it here).
 */
export function useAdminData(token: string | undefined) {
  const [data, setData] = useState<AdminData>();
  const [error, setError] = useState<string>();
  // Only the latest load may land: an older one answering late would show stale lists.
  const latest = useRef(0);

  const reload = useCallback(() => {
    const load = ++latest.current;
    void Promise.all([
      sendAdmin(token, { op: 'list-users' }),
      sendAdmin(token, { op: 'list-teams' }),
      sendAdmin(token, { op: 'list-tokens' }),
      sendAdmin(token, { op: 'audit' }),
    ]).then(([users, teams, tokens, audit]) => {
      if (load !== latest.current) return;
      if (!users.ok || !teams.ok || !tokens.ok || !audit.ok) {
        const failed = [users, teams, tokens, audit].find((answer) => !answer.ok);
        setError(failed && !failed.ok ? failed.message : 'The case API did not answer.');
        return;
      }
      setError(undefined);
      setData({
        users: users.users,
        teams: teams.teams,
        tokens: tokens.tokens,
        audit: audit.entries,
      });
    });
  }, [token]);

  // Mounted per token (the workspace is keyed by it), so there is no older token to drop.
  useEffect(reload, [reload]);

  return { data, error, reload };
}
