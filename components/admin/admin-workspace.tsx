import { useState } from 'react';
import type { IssuedToken } from '../../utils/case-api/admin-schema';
import { AuditSection } from './audit-section';
import { IssuedTokenBox } from './issued-token-box';
import { TeamsSection } from './teams-section';
import { TokensSection } from './tokens-section';
import { useAdminData } from './use-admin-data';
import { UsersSection } from './users-section';

/** What a change answers: the page only needs to know whether it worked and why not. */
export type ChangeAnswer = { ok: true } | { ok: false; message: string };

/**
 * Everything an admin token may do, mounted per token. Each change reloads every list, so
 * the audit log below shows the change just made.
 */
export function AdminWorkspace(props: { token?: string }) {
  const { token } = props;
  const { data, error, reload } = useAdminData(token);
  const [refusal, setRefusal] = useState<string>();
  const [issued, setIssued] = useState<IssuedToken>();

  const change = async (run: () => Promise<ChangeAnswer>): Promise<boolean> => {
    const answer = await run();
    setRefusal(answer.ok ? undefined : answer.message);
    reload();
    return answer.ok;
  };

  if (error)
    return (
      <p role="alert" className="rounded bg-red-50 p-3 text-sm">
        {error}
      </p>
    );
  if (!data) return <p className="text-sm text-zinc-500">Loading accounts…</p>;
  return (
    <>
      {refusal && (
        <p role="alert" data-testid="admin-refusal" className="rounded bg-amber-50 p-3 text-sm">
          {refusal}
        </p>
      )}
      {issued && <IssuedTokenBox issued={issued} onDone={() => setIssued(undefined)} />}
      <UsersSection token={token} data={data} change={change} onIssued={setIssued} />
      <TeamsSection token={token} teams={data.teams} change={change} />
      <TokensSection token={token} data={data} change={change} />
      <AuditSection key={data.audit[0]?.seq} token={token} entries={data.audit} />
    </>
  );
}
