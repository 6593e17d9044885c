import { describe, expect, it } from 'vitest';
import { redmineWriterPreset } from '../../presets/redmine-writer';
import { describeWriterProblems, writerSchema, type WriterInput } from '../schema';

const preset = redmineWriterPreset('https://redmine.example.com');

function problems(writer: unknown): string[] {
  const parsed = writerSchema.safeParse(writer);
  return parsed.success ? [] : describeWriterProblems(parsed.error);
}

function withNote(notes: string): WriterInput {
  const requests = preset.actions.default.requests!.map((request) =>
    request.name === 'note' ? { ...request, json: { issue: { notes } } } : request,
  );
  return { ...preset, actions: { ...preset.actions, default: { requests } } };
}

describe('caselight-writer/1', () => {
  it('accepts the Redmine preset', () => {
    expect(problems(preset)).toEqual([]);
  });

  it('refuses a template naming an unknown field, at its place', () => {
    expect(problems(withNote('{{decison.note}}'))).toEqual([
      expect.stringMatching(
        /^actions\.default\.requests\.1\.json: \{\{decison\.note\}\} is not a field/,
      ),
    ]);
  });

  it('refuses a variable nobody declares and a capture no earlier request makes', () => {
    const found = problems(withNote('{{vars.colour}} {{steps.later.id}}'));
    expect(found).toEqual([
      expect.stringContaining('{{vars.colour}} names a variable this writer does not declare'),
      expect.stringContaining('{{steps.later.id}} is not captured by an earlier request'),
    ]);
  });

  it('refuses credentials in headers, paths to other hosts and bad capture paths', () => {
    const request = {
      name: 'x',
      method: 'GET',
      path: '//evil.example/steal',
      headers: { Authorization: 'Bearer {{decision.id}}' },
      capture: { id: 'items[name=x' },
    };
    const found = problems({ ...preset, actions: { default: { requests: [request] } } });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('actions.default.requests.0.path: Start with one "/"'),
        expect.stringContaining(
          'actions.default.requests.0.headers.Authorization: Set credentials with "auth"',
        ),
      ]),
    );
  });

  it('refuses a capture path that cannot be read', () => {
    const requests = [{ name: 'x', method: 'GET', path: '/x', capture: { id: 'items[name=x' } }];
    expect(problems({ ...preset, actions: { default: { requests } } })).toContainEqual(
      expect.stringContaining(
        'actions.default.requests.0.capture.id: Not a readable path: "[" at 5 is never closed',
      ),
    );
  });

  it('refuses a guard protecting a request the default action does not send', () => {
    const replayGuard = { ...preset.replayGuard, protects: 'comment' };
    expect(problems({ ...preset, replayGuard })).toContainEqual(
      'replayGuard.protects: No default request is named "comment"',
    );
  });

  it('refuses {{guard.found}} without a look-up guard', () => {
    const writer = { ...preset, replayGuard: { kind: 'none', why: 'status only' } };
    expect(problems(writer)).toContainEqual(
      'result: {{guard.found}} needs a replayGuard of kind "lookup"',
    );
  });
});
