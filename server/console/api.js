// @ts-check
/**
 * Talks to the console's own backend (/console/api). The case list is cached for the
 * session because the sidebar and the case pager need it on every page.
 */

/**
 * @typedef {{ id: string, subject?: string, status?: string, queue?: string,
 *   priority?: string, createdAt?: string, slaDueAt?: string, itemCount: number }} CaseSummary
 * @typedef {{ id: string, kind: 'image' | 'video' | 'file', url: string, alt?: string }} Media
 * @typedef {{ id: string, author: string, role: string, time?: string, text: string,
 *   media: Media[] }} CaseItem
 * @typedef {{ id?: string, name?: string, handle?: string }} Party
 * @typedef {CaseSummary & { language?: string, reporter?: Party, reported?: Party,
 *   items: CaseItem[] }} CaseDetail
 */

/** @type {Promise<CaseSummary[]> | undefined} */
let listCache;

/**
 * @param {string} url
 * @returns {Promise<unknown>}
 */
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * All cases in queue order. `fresh` refetches (the list page does, so it is never stale).
 * @param {boolean} [fresh]
 * @returns {Promise<CaseSummary[]>}
 */
export function loadCaseList(fresh = false) {
  if (fresh || listCache === undefined) {
    const request = getJson('/console/api/cases').then(
      (body) => /** @type {{ cases: CaseSummary[] }} */ (body).cases,
    );
    // Forget a failed request so the next navigation retries instead of failing forever.
    request.catch(() => {
      if (listCache === request) listCache = undefined;
    });
    listCache = request;
  }
  return listCache;
}

/**
 * One case with its thread. Callers check the id against the list first, so an unknown id
 * never costs a 404 request (which browsers log as an error in the console).
 * @param {string} id
 * @returns {Promise<CaseDetail>}
 */
export async function loadCase(id) {
  const body = await getJson(`/console/api/cases/${encodeURIComponent(id)}`);
  return /** @type {CaseDetail} */ (body);
}

/**
 * A training set's cases (ids and subjects; the answers never reach the console).
 * @param {string} setId
 * @returns {Promise<{ id: string, title: string, cases: CaseSummary[] }>}
 */
export async function loadTrainingSet(setId) {
  const body = await getJson(`/console/api/training/sets/${encodeURIComponent(setId)}`);
  return /** @type {{ id: string, title: string, cases: CaseSummary[] }} */ (body);
}
