import { caseApiFetch } from '../case-api/client';
import { apiErrorSchema, meSchema } from '../case-api/schema';
import {
  guidancePanelListSchema,
  guidanceVersionListSchema,
  guidanceVersionSummarySchema,
  packRejectedSchema,
} from '../guidance/api-schema';
import { runBacktest } from '../guidance/backtest-fetch';
import { editorGet, editorSession, failure, failureOf } from '../guidance/editor-client';
import type { EditorPublishAnswer } from '../guidance/editor-messages';
import { guidancePackSchema } from '../guidance/schema';
import type { Handlers } from '../messaging/router';

type EditorHandlers = Pick<
  Handlers,
  'guidance:me' | 'guidance:load' | 'guidance:backtest' | 'guidance:publish' | 'guidance:panels'
>;

/**
 * The guidance editor page's calls, made here because pages never call the case API. The
 * editor reads versions through `/guidance/versions`, not `/guidance/current`: the latter
 * records the token as a panel on that version, and an editor is not a panel.
 */
async function publish(
  request: Parameters<EditorHandlers['guidance:publish']>[0],
): Promise<EditorPublishAnswer> {
  const session = await editorSession(request.token);
  let response: Response;
  try {
    response = await caseApiFetch('/guidance/versions', {
      method: 'POST',
      body: { baseVersion: request.baseVersion, pack: request.pack },
      session,
    });
  } catch (error) {
    return failure(error);
  }
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (response.status === 201) {
    const summary = guidanceVersionSummarySchema.safeParse(body);
    if (!summary.success)
      return {
        ok: false,
        problem: 'bad-response',
        message: 'Published, but the case API answered with data Caselight does not understand.',
      };
    return { ok: true, summary: summary.data };
  }
  const rejected = packRejectedSchema.safeParse(body);
  const refused = rejected.success ? rejected.data : apiErrorSchema.safeParse(body).data;
  if ((response.status === 409 || response.status === 422 || response.status === 413) && refused) {
    const issues = rejected.success ? rejected.data.issues : [];
    return { ok: false, problem: 'refused', status: response.status, ...refused.error, issues };
  }
  return failureOf(response);
}

export const guidanceEditorHandlers: EditorHandlers = {
  'guidance:me': async ({ token }) => {
    const session = await editorSession(token);
    const answer = await editorGet(session, '/me', meSchema);
    return answer.ok ? { ok: true, me: answer.value, baseUrl: session.baseUrl } : answer;
  },
  'guidance:load': async ({ token }) => {
    const session = await editorSession(token);
    const list = await editorGet(session, '/guidance/versions', guidanceVersionListSchema);
    if (!list.ok) return list;
    const latest = list.value.versions.toSorted((a, b) => b.version - a.version)[0];
    if (!latest)
      return { ok: false, problem: 'bad-response', message: 'No guidance has been published.' };
    const pack = await editorGet(
      session,
      `/guidance/versions/${latest.version}`,
      guidancePackSchema,
    );
    return pack.ok ? { ok: true, pack: pack.value, summary: latest } : pack;
  },
  'guidance:backtest': async ({ token, current, candidate, limit }) =>
    runBacktest(await editorSession(token), { current, candidate, limit }),
  'guidance:publish': publish,
  'guidance:panels': async ({ token }) => {
    const answer = await editorGet(
      await editorSession(token),
      '/guidance/panels',
      guidancePanelListSchema,
    );
    return answer.ok ? { ok: true, ...answer.value } : answer;
  },
};
