import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendRequest } from '../../../utils/messaging/send';
import { sendTrainer } from '../../training/send-trainer';
import { sendAdmin } from '../send-admin';

vi.mock('../../../utils/messaging/send', () => ({ sendRequest: vi.fn<typeof sendRequest>() }));
const send = vi.mocked(sendRequest);

describe('admin and trainer ops through the background', () => {
  // A block, not an arrow's value: a function returned from beforeEach is run as its clean-up.
  beforeEach(() => {
    send.mockReset();
  });

  it('name their request type and hand back what the background answered', async () => {
    const answer = { ok: true, teams: [] };
    send.mockResolvedValue(answer as never);
    expect(await sendAdmin('t-1', { op: 'list-teams' } as never)).toBe(answer);
    expect(send).toHaveBeenCalledWith({
      type: 'admin:request',
      token: 't-1',
      request: { op: 'list-teams' },
    });
  });

  it('turn a background that did not answer into a failure to show, not a throw', async () => {
    send.mockImplementation(() => Promise.reject(new Error('Could not establish connection.')));
    const expected = {
      ok: false,
      problem: 'unreachable',
      message: 'Could not establish connection.',
    };
    expect(await sendAdmin(undefined, { op: 'list-teams' } as never)).toEqual(expected);
    expect(await sendTrainer(undefined, { op: 'list-sets' } as never)).toEqual(expected);
    expect(send.mock.calls[1]![0]).toMatchObject({ type: 'training:trainer' });
  });
});
