import { InputError } from '@onceonly/core';
import { describe, expect, it } from 'vitest';
import { defineForm } from './define-form.js';

const label = (en: string) => ({ vi: `(vi) ${en}`, en });
const base = {
  procedure: { code: '1.004873', name: label('Marital status confirmation') },
  sources: { citizen: { kind: 'population.citizen' as const } },
  fields: { fullName: { label: label('Full name'), source: 'citizen' as const, path: 'name.full' as const } },
  documents: [],
};
const refusedAt = (build: () => unknown) => {
  try {
    build();
  } catch (error) {
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).code).toBe('INVALID_FORM');
    return (error as InputError).fields[0];
  }
  throw new Error('expected INVALID_FORM');
};

describe('defineForm', () => {
  it('is plain JSON: what a portal sends to the browser comes back the same', () => {
    const form = defineForm(base);
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    expect(Object.isFrozen(form.fields.fullName)).toBe(true);
  });

  it('refuses an impossible form, naming where', () => {
    expect(refusedAt(() => defineForm({ ...base, procedure: { ...base.procedure, code: 'x' } }))).toBe(
      'procedure.code',
    );
    expect(refusedAt(() => defineForm({ ...base, sources: { citizen: { kind: 'nope' } } } as never))).toBe(
      'sources.citizen.kind',
    );
    expect(
      refusedAt(() =>
        defineForm({
          ...base,
          fields: { fullName: { ...base.fields.fullName, label: { vi: '', en: 'x' } } },
        }),
      ),
    ).toBe('fields.fullName');
    expect(
      refusedAt(() =>
        defineForm({ ...base, fields: { fullName: { ...base.fields.fullName, source: 'other' as never } } }),
      ),
    ).toBe('fields.fullName.source');
    expect(refusedAt(() => defineForm({ ...base, fields: {} }))).toBe('fields');
    expect(
      refusedAt(() =>
        defineForm({
          ...base,
          documents: [{ id: 'a', label: label('A'), replacedBy: [{ source: 'nobody' as never }] }],
        }),
      ),
    ).toBe('documents.0.replacedBy');
  });

  it('refuses sources that wait for each other in a circle', () => {
    const sources = {
      a: { kind: 'population.citizen' as const, about: { source: 'b' as const, path: 'spouse' } },
      b: { kind: 'population.citizen' as const, about: { source: 'a' as const, path: 'spouse' } },
    };
    expect(refusedAt(() => defineForm({ ...base, sources, fields: { x: { label: label('X') } } }))).toMatch(
      /^sources\./,
    );
  });
});
