import type { AnswerSource } from '@onceonly/core';
import type { DeathRecord } from './domain.js';
import {
  clean,
  mapping,
  provenanceOf,
  toPartialDate,
  toPlace,
  toRecordedPerson,
  toRegistration,
} from './map-common.js';
import type { ThongTinKhaiTu } from './wire.js';

/**
 * The death registration (`TraCuuThongTinKhaiTu` → `ThongTinKhaiTu`): the deceased, the date and place
 * of death, and where it was registered. The cause of death is not disclosed: were a provider to send
 * one, it would not be read.
 */
export function toDeathRecord(wire: ThongTinKhaiTu, source: AnswerSource): DeathRecord {
  const dateOfDeath = toPartialDate(clean(wire.NgayChet));
  if (dateOfDeath === undefined) throw mapping('The record has no readable date of death (NgayChet).');
  return {
    registration: toRegistration(wire),
    deceased: toRecordedPerson(wire.NguoiDaKhuat, 'deceased (NguoiDaKhuat)'),
    dateOfDeath,
    placeOfDeath: toPlace(wire.NoiChet),
    provenance: provenanceOf(source),
  };
}
