import { expect, it } from 'vitest';
import { redmineWriterPreset } from '../../presets/redmine-writer';
import { writerSchema } from '../schema';
import { refusal } from '../send';

const writer = writerSchema.parse(redmineWriterPreset('https://redmine.example.com'));
const rendered = {
  name: 'note',
  method: 'PUT' as const,
  url: 'https://redmine.example.com/issues/4.json',
  headers: {},
};
const answer = (status: number, text = '') => ({ status, headers: new Headers(), text });

it('retries an answer that is no HTTP status, looking before it sends again', () => {
  const stop = refusal(writer, rendered, answer(2));
  expect(stop.kind).toBe('retry');
  expect(stop.details).toMatchObject({ status: 2, mayHaveLanded: true });
  expect(stop.message).toContain('an answer Caselight cannot read (status 2)');
});

it('fails a refusal for good, in the console’s words, and retries a rate limit without looking', () => {
  const refused = refusal(writer, rendered, answer(422, '{"errors":["Notes is too long"]}'));
  expect(refused).toMatchObject({
    kind: 'failed',
    message: expect.stringContaining('Notes is too long.'),
  });
  const limited = refusal(writer, rendered, answer(429));
  expect(limited).toMatchObject({ kind: 'retry', details: { mayHaveLanded: false } });
});
