import {
  canonicalTaxCode,
  type DanhSachDoanhNghiep,
  type DanhSachHoKinhDoanh,
  type DoanhNghiep,
  enterpriseOperations,
  enterpriseRestOperations,
  type HoKinhDoanh,
  type TraCuuTheoCaNhan,
  type TraCuuThongTinDoanhNghiep,
  type TraCuuThongTinHoKinhDoanh,
} from '@onceonly/enterprise';
import { toDoanhNghiep, toHoKinhDoanh } from './enterprise-wire.js';
import { dataDateOf } from './population-wire.js';
import type { ProviderBinding } from './types.js';

/**
 * The business registration database in the mock (modelled services): the four operations served over
 * the REST profile and over SOAP from the world's enterprises and household businesses.
 *
 * - Lookups by key (`TraCuuThongTinDoanhNghiep`, `TraCuuThongTinHoKinhDoanh`) are public: no consent.
 *   Over REST they are `GET …/enterprises/{taxCode}` and `GET …/household-businesses/{registrationNumber}`;
 *   over SOAP the key is `MaSoDoanhNghiep` / `SoDangKy`. An unknown key is "not found": a provider fault
 *   `NOT_FOUND` (REST: 404 problem; SOAP: a fault with faultcode `NOT_FOUND`). The people they name are
 *   named without their personal ids.
 * - Searches by person (`TraCuuDoanhNghiepTheoNguoiDaiDien`, `TraCuuHoKinhDoanhTheoChuHo`, POST or SOAP
 *   with `SoDinhDanh` in the body) need consent for `enterprise.basic` with the person as subject. They
 *   answer a list, empty (`SoLuong: '0'`) when the person represents or owns nothing.
 * @module
 */

/** `{ taxCode }` from the REST path, or the SOAP body. */
type EnterpriseAsked = { taxCode: string } | TraCuuThongTinDoanhNghiep;
/** `{ registrationNumber }` from the REST path, or the SOAP body. */
type HouseholdAsked = { registrationNumber: string } | TraCuuThongTinHoKinhDoanh;

export const enterpriseLookupProvider: ProviderBinding<EnterpriseAsked, DoanhNghiep> = {
  service: enterpriseRestOperations.getEnterprise,
  soapService: enterpriseOperations.getEnterprise,
  resolve(asked, world) {
    const code = 'MaSoDoanhNghiep' in asked ? asked.MaSoDoanhNghiep : canonicalTaxCode(asked.taxCode);
    const record = world.enterprises.find((e) => e.maSoDoanhNghiep === code);
    return record && toDoanhNghiep(record, dataDateOf(world), 'public');
  },
};

export const householdBusinessLookupProvider: ProviderBinding<HouseholdAsked, HoKinhDoanh> = {
  service: enterpriseRestOperations.getHouseholdBusiness,
  soapService: enterpriseOperations.getHouseholdBusiness,
  resolve(asked, world) {
    const number = 'SoDangKy' in asked ? asked.SoDangKy : asked.registrationNumber;
    const record = world.householdBusinesses.find((h) => h.soDangKy === number);
    return record && toHoKinhDoanh(record, dataDateOf(world), 'public');
  },
};

export const representativeSearchProvider: ProviderBinding<TraCuuTheoCaNhan, DanhSachDoanhNghiep> = {
  service: enterpriseRestOperations.findByRepresentative,
  soapService: enterpriseOperations.findByRepresentative,
  subject: (asked) => asked.SoDinhDanh,
  resolve(asked, world) {
    const found = world.enterprises.filter((e) => e.nguoiDaiDien.soDinhDanh === asked.SoDinhDanh);
    return {
      SoLuong: String(found.length),
      ThoiDiemDuLieu: dataDateOf(world),
      DoanhNghiep: found.map((record) => toDoanhNghiep(record, dataDateOf(world), 'by-person')),
    };
  },
};

export const ownerSearchProvider: ProviderBinding<TraCuuTheoCaNhan, DanhSachHoKinhDoanh> = {
  service: enterpriseRestOperations.findHouseholdBusinesses,
  soapService: enterpriseOperations.findHouseholdBusinesses,
  subject: (asked) => asked.SoDinhDanh,
  resolve(asked, world) {
    const found = world.householdBusinesses.filter((h) => h.chuHo.soDinhDanh === asked.SoDinhDanh);
    return {
      SoLuong: String(found.length),
      ThoiDiemDuLieu: dataDateOf(world),
      HoKinhDoanh: found.map((record) => toHoKinhDoanh(record, dataDateOf(world), 'by-person')),
    };
  },
};

/** The business registration database's bindings. */
export const enterpriseProviders: readonly ProviderBinding[] = [
  enterpriseLookupProvider,
  householdBusinessLookupProvider,
  representativeSearchProvider,
  ownerSearchProvider,
];
