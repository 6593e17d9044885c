import { expect, it } from 'vitest';
import { declarativeAdapterSchema } from '../../declarative/schema';
import { adapterPresetJson, adapterPresets } from '../adapter-presets';

it.each(adapterPresets.map((p) => [p.id]))(
  '%s makes a valid adapter for the address given',
  (id) => {
    const made = adapterPresetJson(id, ' https://tickets.example.org/redmine/ ');
    if (!made.ok) throw new Error(made.problem);
    const definition = declarativeAdapterSchema.parse(JSON.parse(made.text));
    expect(definition.matches).toEqual(['https://tickets.example.org/redmine/issues/*']);
  },
);

it('refuses an address that is not one', () => {
  expect(adapterPresetJson('redmine', 'redmine.example.com')).toEqual({
    ok: false,
    problem: expect.stringContaining('Give the console’s address'),
  });
  expect(adapterPresetJson('redmine', 'ftp://redmine.example.com')).toMatchObject({ ok: false });
});
