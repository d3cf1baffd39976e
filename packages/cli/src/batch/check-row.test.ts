import { describe, expect, it } from 'vitest';
import { checkRow } from './check-row.js';

describe('checkRow', () => {
  it('accepts a well-formed row', () => {
    expect(checkRow(['001090001236', 'Nguyễn Văn An', '17/04/1990'])).toMatchObject({ ok: true });
  });

  it('refuses each malformed cell with a code that carries no data', () => {
    expect(checkRow(['001090001236', 'An'])).toEqual({ ok: false, reason: 'row.COLUMN_COUNT' });
    expect(checkRow(['0010900012', 'An', '1990'])).toEqual({ ok: false, reason: 'personalId.LENGTH' });
    expect(checkRow(['001090001236', ' ', '1990'])).toEqual({ ok: false, reason: 'fullName.EMPTY' });
    expect(checkRow(['001090001236', 'An', '31/02/1990'])).toEqual({
      ok: false,
      reason: 'birthDate.INVALID_DATE',
    });
  });
});
