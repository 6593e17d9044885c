import { adapterVersion } from '../../utils/case/adapter-version';
import type { Case } from '../../utils/case/schema';
import type { CaseRecord } from '../../utils/decisions/schema';
import { hashCaseContent } from '../../utils/models/content-hash';

/**
 * What the case API needs to know the case a decision is about, when it does not host it: the
 * case as the adapter read it, the hash of the items read, and the items themselves. The
 * background drops the items before the decision is stored unless the team keeps case text
 * (`GET /case-policy`). `case.console` is the id of the adapter that read the case.
 */
export async function buildCaseRecord(c: Case): Promise<CaseRecord> {
  const [contentHash, version] = await Promise.all([hashCaseContent(c), adapterVersion(c.console)]);
  return {
    url: c.url,
    subject: c.subject,
    status: c.status,
    queue: c.queue,
    priority: c.priority,
    slaDueAt: c.slaDueAt,
    reporter: c.reporter,
    reported: c.reported,
    contentHash,
    itemCount: c.items.length,
    adapter: { id: c.console, version },
    items: c.items,
  };
}
