import { describe, expect, it } from 'vitest';
import { writerPresets } from '../../../utils/case/presets/writer-presets';
import { redmineWriterPreset } from '../../../utils/case/presets/redmine-writer';
import { credentialStatus } from '../../../utils/case/writer/credential-status';
import { writerSchema, type WriterInput } from '../../../utils/case/writer/schema';
import { credentialText, triedText } from '../describe-writer';
import { presetConsoles, presetDefinition } from '../preset-definition';
import { WRITER_TEMPLATE } from '../writer-template';
import { exportWriters, parseWritersJson, WRITERS_EXPORT_FORMAT } from '../writers-file';

const redmine = redmineWriterPreset('https://redmine.example.com');
const misspelt = (input: WriterInput): WriterInput => {
  const requests = input.actions.default.requests!.map((request) =>
    request.name === 'note'
      ? { ...request, json: { issue: { notes: '{{decison.note}}' } } }
      : request,
  );
  return { ...input, actions: { ...input.actions, default: { requests } } };
};

describe('import of writer files', () => {
  it('takes a single definition', () => {
    const parsed = parseWritersJson(JSON.stringify(redmine));
    expect(parsed).toMatchObject({ ok: true, writers: [{ id: 'redmine', name: 'Redmine' }] });
  });

  it('names each problem by its field', () => {
    expect(parseWritersJson(JSON.stringify(misspelt(redmine)))).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^actions\.default\.requests\.1\.json: \{\{decison\.note\}\} is not a field a writer can use/,
        ),
      ],
    });
    expect(parseWritersJson('{ "format": ')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^Not JSON: /)],
    });
  });

  it('takes an export file of several, and names a problem by the writer’s place in it', () => {
    const other = { ...redmine, id: 'redmine-eu', name: 'Redmine EU' };
    const file = exportWriters([writerSchema.parse(redmine), writerSchema.parse(other)]);
    expect(JSON.parse(file)).toMatchObject({ format: WRITERS_EXPORT_FORMAT });
    const parsed = parseWritersJson(file);
    expect(parsed.ok && parsed.writers.map((w) => w.id)).toEqual(['redmine', 'redmine-eu']);

    const broken = { format: WRITERS_EXPORT_FORMAT, writers: [redmine, misspelt(other), redmine] };
    expect(parseWritersJson(JSON.stringify(broken))).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^writers\.1\.actions\.default\.requests\.1\.json: \{\{decison\.note\}\}/,
        ),
        'writers.2.id: "redmine" is in this file twice',
      ],
    });
    expect(
      parseWritersJson(JSON.stringify({ format: 'caselight-writers-export/9', writers: [] })),
    ).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^format: /), expect.stringMatching(/^writers: /)],
    });
  });

  it('starts a new writer from a template that validates', () => {
    expect(parseWritersJson(WRITER_TEMPLATE).ok).toBe(true);
  });
});

describe('a preset made into a definition', () => {
  it('uses the address and consoles the lead gives, or the preset’s consoles', () => {
    const made = presetDefinition(
      'redmine',
      ' https://tickets.example.org ',
      'redmine, redmine-eu',
    );
    expect(made.ok && JSON.parse(made.text)).toMatchObject({
      id: 'redmine',
      baseUrl: 'https://tickets.example.org',
      consoles: ['redmine', 'redmine-eu'],
    });
    const byDefault = presetDefinition('redmine', 'https://tickets.example.org', '  ');
    expect(byDefault.ok && JSON.parse(byDefault.text).consoles).toEqual(['redmine']);
  });

  it('names the address when it is not one', () => {
    expect(presetDefinition('redmine', 'tickets.example.org', '')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^baseUrl: Enter an http\(s\) address/)],
    });
  });

  it('makes a valid definition from every preset in the list', () => {
    for (const preset of writerPresets) {
      const made = presetDefinition(preset.id, 'https://support.example.com', '');
      expect(made, preset.id).toMatchObject({ ok: true });
      expect(presetConsoles(preset).length, preset.id).toBeGreaterThan(0);
    }
  });
});

describe('credential status', () => {
  const writer = writerSchema.parse(redmine);
  const origin = 'https://redmine.example.com';

  it('is saved only for the writer’s own origin and kind', () => {
    expect(credentialStatus(writer, undefined)).toEqual({ kind: 'missing' });
    const token = { kind: 'token' as const, token: 'k', origin };
    expect(credentialStatus(writer, token)).toEqual({ kind: 'saved', origin });
    expect(credentialStatus(writer, { ...token, origin: 'https://old.example.com' })).toEqual({
      kind: 'other-origin',
      origin: 'https://old.example.com',
    });
    const basic = { kind: 'basic' as const, username: 'u', password: 'p', origin };
    expect(credentialStatus(writer, basic)).toEqual({ kind: 'missing' });
  });

  it('is not needed for the console session or no auth, and says so', () => {
    const session = writerSchema.parse({ ...redmine, auth: { kind: 'session' } });
    const status = credentialStatus(session, undefined);
    expect(status).toEqual({ kind: 'not-needed', auth: 'session' });
    expect(credentialText(status, session)).toBe(
      'not needed: the reviewer’s own console session is used',
    );
    expect(credentialText({ kind: 'saved', origin }, writer)).toBe(`saved for ${origin}`);
    expect(
      credentialText({ kind: 'other-origin', origin: 'https://old.example.com' }, writer),
    ).toContain('saved for another address (https://old.example.com)');
  });

  it('says which writers are not yet tried against the live service', () => {
    expect(triedText(writer)).toBe('Tried against Redmine 5 (Debian), in the end-to-end tests.');
    expect(triedText({ ...writer, testedAgainst: undefined })).toContain(
      'not yet tried against the live service',
    );
  });
});
