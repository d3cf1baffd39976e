/**
 * Maps the residence answer (`CungCapThongTinCuTru`, `ThongTinCuTru`) to the domain {@link Residence}:
 * addresses read like the citizen record's (`toAddress`), dates `yyyyMMdd` → `yyyy-mm-dd`.
 * @module
 */
import { NotFoundError, type Provenance, ResponseError } from '@onceonly/core';
import type { Residence, ResidencePeriod } from './domain.js';
import { clean, toAddress } from './map-address.js';
import type { CuTru, ThongTinCuTru } from './wire.js';

/** `yyyyMMdd` → `yyyy-mm-dd`; a malformed date is a `ResponseError` naming the field, not its value. */
function isoDay(value: string, field: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) {
    throw new ResponseError({
      code: 'RESPONSE_MAPPING',
      message: `The residence answer holds a date that is not yyyyMMdd (${field}).`,
    });
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function toPeriod(wire: CuTru, dataDate: string | undefined, field: string): ResidencePeriod | undefined {
  if (wire.DiaChi === undefined) return undefined;
  const period: ResidencePeriod = {
    address: toAddress(wire.DiaChi, dataDate),
    from: isoDay(clean(wire.TuNgay), `${field}.TuNgay`),
  };
  if (clean(wire.DenNgay) !== '') period.until = isoDay(clean(wire.DenNgay), `${field}.DenNgay`);
  return period;
}

/**
 * The residence (`CungCapThongTinCuTru`): permanent since when, earlier permanent residences (latest
 * first) and a temporary one. An answer without a personal id is a `NotFoundError` (no citizen matched).
 *
 * @example
 * ```ts
 * toResidence(answer, source).permanent?.from; // '2014-03-02'
 * ```
 */
export function toResidence(wire: ThongTinCuTru, source: Provenance): Residence {
  const personalId = clean(wire.SoDinhDanh);
  if (personalId === '') {
    throw new NotFoundError({
      message:
        'The population database holds no citizen with this id, name and date of birth: check all three.',
    });
  }
  const dataDate = wire.ThoiDiemDuLieu;
  const residence: Residence = {
    personalId,
    previousPermanent: (wire.ThuongTruTruocDay ?? []).flatMap((period, i) => {
      const mapped = toPeriod(period, dataDate, `ThuongTruTruocDay[${i}]`);
      return mapped === undefined ? [] : [mapped];
    }),
    provenance: source,
  };
  const permanent = wire.ThuongTru && toPeriod(wire.ThuongTru, dataDate, 'ThuongTru');
  if (permanent) residence.permanent = permanent;
  const temporary = wire.TamTru && toPeriod(wire.TamTru, dataDate, 'TamTru');
  if (temporary) residence.temporary = temporary;
  return residence;
}
