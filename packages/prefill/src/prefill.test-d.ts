import { describe, expectTypeOf, it } from 'vitest';
import { defineForm } from './define-form.js';
import type { PathOf } from './paths.js';

const label = { vi: 'Họ và tên', en: 'Full name' };

describe('form types', () => {
  it('types a field path by its source', () => {
    expectTypeOf<'name.full'>().toMatchTypeOf<PathOf<{ name: { full: string } }>>();
    defineForm({
      procedure: { code: '1.004873', name: label },
      sources: { citizen: { kind: 'population.citizen' }, household: { kind: 'population.household' } },
      fields: {
        fullName: { label, source: 'citizen', path: 'name.full' },
        head: { label, source: 'household', path: 'members.0.name' },
        // @ts-expect-error: a citizen record has no `salary`.
        salary: { label, source: 'citizen', path: 'salary' },
        // @ts-expect-error: `name.full` is a citizen path, not a household one.
        wrong: { label, source: 'household', path: 'name.full' },
      },
      documents: [{ id: 'id', label, replacedBy: [{ source: 'citizen', path: 'spouse' }] }],
    });
  });
});
