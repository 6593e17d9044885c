import { expect, test } from 'vitest';
import { isInsecureRemote, transportVerdict } from '../transport-policy';

test.each([
  ['http://127.0.0.1:4317/api', false],
  ['http://127.8.0.1/api', false],
  ['http://localhost:11434/v1', false],
  ['http://[::1]:8000/v1', false],
  ['https://cases.example.com/api', false],
  ['http://cases.example.com/api', true],
  ['http://localhost.attacker.example/api', true],
  ['http://127.0.0.1.nip.io/api', true],
])('%s off this machine over http: %s', (url, expected) => {
  expect(isInsecureRemote(url)).toBe(expected);
});

test('the case API over http:// to another host is refused unless policy allows it', () => {
  expect(transportVerdict('http://cases.example.com/api', false, 'case API')).toMatchObject({
    ok: false,
    message: expect.stringContaining('http://cases.example.com over http://'),
  });
  expect(transportVerdict('http://cases.example.com/api', true, 'case API')).toMatchObject({
    ok: true,
    warning: expect.stringContaining('Your administrator allows http://'),
  });
  expect(transportVerdict('https://cases.example.com/api', false, 'case API')).toEqual({
    ok: true,
  });
});
