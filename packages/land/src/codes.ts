/**
 * Land-use codes (`mã mục đích sử dụng đất`) as certificates and the cadastral records write them: three
 * capital letters. The list holds the common ones; an unknown code is kept with `name: undefined`.
 * @module
 */

/** Land-use codes and their Vietnamese names. */
export const LAND_USE_CODES = {
  ODT: 'Đất ở tại đô thị',
  ONT: 'Đất ở tại nông thôn',
  LUC: 'Đất chuyên trồng lúa',
  LUK: 'Đất trồng lúa còn lại',
  HNK: 'Đất trồng cây hằng năm khác',
  CLN: 'Đất trồng cây lâu năm',
  NTS: 'Đất nuôi trồng thủy sản',
  RSX: 'Đất rừng sản xuất',
  TMD: 'Đất thương mại, dịch vụ',
  SKC: 'Đất cơ sở sản xuất phi nông nghiệp',
} as const;

/** A land-use code this version knows. */
export type LandUseCode = keyof typeof LAND_USE_CODES;

/** The Vietnamese name of a land-use code, or `undefined` for a code this version does not know. */
export function landUseName(code: string): string | undefined {
  return Object.hasOwn(LAND_USE_CODES, code) ? LAND_USE_CODES[code as LandUseCode] : undefined;
}

/** Residential codes: a parcel with one of them is a home (`đất ở`). */
export const RESIDENTIAL_USES: readonly LandUseCode[] = ['ODT', 'ONT'];
