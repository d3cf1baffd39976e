import fc from 'fast-check';
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

  it('gives a row to ask or a reason code for any cells, never a crash, never the data in the reason', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (cells) => {
        const checked = checkRow(cells);
        if (!checked.ok) expect(checked.reason).toMatch(/^(row|personalId|fullName|birthDate)\.[A-Z_]+$/);
      }),
    );
  });
});
