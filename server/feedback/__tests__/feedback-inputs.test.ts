import { beforeAll, describe, expect, it } from 'vitest';
import { EMAIL, HISTORY, useFeedbackServer } from './feedback-fixtures';

/** No export runs here: whatever `decision_inputs` holds was written as decisions arrived. */
const api = useFeedbackServer();
beforeAll(() => api.seed());

const inputOf = (where: string, ...params: string[]) =>
  api
    .server()
    .db.prepare(
      `SELECT di.input FROM decision_inputs di JOIN decisions d ON d.seq = di.decision_seq
       WHERE ${where}`,
    )
    .pluck()
    .all(...params);

describe('decision inputs', () => {
  it('stores the redacted case text when a live decision arrives', () => {
    const [stored] = inputOf('d.id = ?', HISTORY.pii.id);
    expect(stored).toContain('[EMAIL_1]');
    expect(stored).not.toContain(EMAIL);
    expect(inputOf("d.mode = 'live' AND d.reverses IS NULL")).toHaveLength(
      Object.keys(HISTORY).length,
    );
  });

  it('stores none for QA reviews and reversals, which the export never writes', () => {
    expect(inputOf("d.mode <> 'live' OR d.reverses IS NOT NULL")).toEqual([]);
  });
});
