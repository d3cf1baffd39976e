import type { AnswerSource } from '@onceonly/core';
import { normalizeName } from '@onceonly/vn';
import type { BirthRecord, Parent } from './domain.js';
import { clean, provenanceOf, toPlace, toRecordedPerson, toRegistration } from './map-common.js';
import type { NguoiThan, ThongTinKhaiSinh } from './wire.js';

function toParent(wire: NguoiThan | undefined): Parent | undefined {
  const name = normalizeName(clean(wire?.HoVaTen));
  if (name === '') return undefined;
  const parent: Parent = { name, nationality: clean(wire?.QuocTich) || 'VN' };
  if (clean(wire?.SoDinhDanh) !== '') parent.personalId = clean(wire?.SoDinhDanh);
  if (/^\d{4}$/.test(clean(wire?.NamSinh))) parent.birthYear = Number(clean(wire?.NamSinh));
  return parent;
}

/**
 * The birth registration (`TraCuuThongTinKhaiSinh` → `ThongTinKhaiSinh`): the child, the parents the
 * record names (a parent with no name is left out: an unknown father is written empty), the place of
 * birth, and where it was registered.
 */
export function toBirthRecord(wire: ThongTinKhaiSinh, source: AnswerSource): BirthRecord {
  const record: BirthRecord = {
    registration: toRegistration(wire),
    child: toRecordedPerson(wire.NguoiDuocKhaiSinh, 'child (NguoiDuocKhaiSinh)'),
    placeOfBirth: toPlace(wire.NoiSinh),
    provenance: provenanceOf(source),
  };
  const father = toParent(wire.Cha);
  if (father) record.father = father;
  const mother = toParent(wire.Me);
  if (mother) record.mother = mother;
  return record;
}
