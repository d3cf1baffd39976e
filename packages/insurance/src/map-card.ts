/**
 * The health insurance card answer (`TheBHYT`) as a domain value.
 * @module
 */
import { BENEFIT_LEVELS } from './codes.js';
import type { HealthInsuranceCard, Provenance } from './domain.js';
import { clean, dataDayOf, keysOf, mappingError, nameOf, wireDay } from './read-wire.js';
import type { TheBHYT } from './wire.js';

// Two letters (the holder's group), the benefit level, a two-digit province, then the insurance code.
const CARD_NUMBER = /^([A-Z]{2})([1-5])(\d{2})(\d{10})$/;

/**
 * The card: number, group, benefit level, validity, and the registered primary care clinic. An answer
 * without `MaSoBHXH` is a `NotFoundError` (the person holds no card).
 *
 * @example
 * ```ts
 * toHealthInsuranceCard(wire, provenance).clinic.name; // 'Trạm Y tế phường Bến Nghé'
 * ```
 */
export function toHealthInsuranceCard(wire: TheBHYT, provenance: Provenance): HealthInsuranceCard {
  const keys = keysOf(wire);
  const cardNumber = clean(wire.SoTheBHYT).toUpperCase();
  const parts = CARD_NUMBER.exec(cardNumber);
  if (!parts) throw mappingError('The card number (SoTheBHYT) is not 2 letters and 13 digits.');
  const validFrom = wireDay(wire.GiaTriTu, 'GiaTriTu');
  if (validFrom === undefined) throw mappingError('The card has no start of validity (GiaTriTu).');
  const validTo = wireDay(wire.GiaTriDen, 'GiaTriDen');
  const clinicCode = clean(wire.NoiDangKyKCBBanDau?.MaCoSo);
  if (clinicCode === '') {
    throw mappingError('The card names no registered clinic (NoiDangKyKCBBanDau/MaCoSo).');
  }
  const level = clean(wire.MucHuong) || parts[2]!;
  const today = dataDayOf(wire.ThoiDiemDuLieu, provenance);
  const card: HealthInsuranceCard = {
    cardNumber,
    group: parts[1]!,
    benefitLevel: {
      level: Number(level),
      percent: Object.hasOwn(BENEFIT_LEVELS, level)
        ? BENEFIT_LEVELS[level as keyof typeof BENEFIT_LEVELS]
        : undefined,
    },
    ...keys,
    fullName: nameOf(wire),
    validFrom,
    validOnDataDay: validFrom <= today && (validTo === undefined || today <= validTo),
    clinic: { code: clinicCode, name: clean(wire.NoiDangKyKCBBanDau?.TenCoSo) },
    provenance,
  };
  if (validTo !== undefined) card.validTo = validTo;
  return card;
}
