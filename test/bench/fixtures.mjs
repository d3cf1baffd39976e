/**
 * What every client of the benchmark asks for and gets back: one citizen lookup (about 1 KB of JSON),
 * the X-Road headers around it, and the JSON Schemas the gateway validates it with.
 */

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The BUILT population adapter (`pnpm bench` builds it): its schemas, not a copy that could drift.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const population = await import(pathToFileURL(join(root, 'packages', 'population', 'dist', 'index.js')).href);

export const CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';
export const PROVIDER = 'GOV/000.00.00.G10/CSDLDC';
export const SERVICE_CODE = 'person.get';
export const PATH = `/r1/VN/${PROVIDER}/${SERVICE_CODE}`;
export const JWKS_PATH = '/.well-known/jwks.json';
export const PERSONAL_ID = '001203012345';
export const CTX = Object.freeze({
  purpose: '1.001193',
  caseId: 'H23.01-241122-0001',
  userId: 'VN001085012345',
});
export const REQUEST = Object.freeze({
  personalId: PERSONAL_ID,
  fullName: 'Nguyễn Thị Minh Khai',
  birthDate: '14/03/2003',
});
export const REQUEST_BODY = JSON.stringify(REQUEST);
export const SUBJECT_KEY = 'bench-subject-key-0123456789abcdef';
export const IDP_ISSUER = 'https://idp.bench.test';

/** A realistic answer of the population database (037, `CongdanCollection`): a citizen with addresses, parents, household. */
export const CITIZEN = {
  SoDinhDanh: PERSONAL_ID,
  SoCMND: '013456789',
  HoVaTen: { Ho: 'Nguyễn', ChuDem: 'Thị Minh', Ten: 'Khai' },
  GioiTinh: '2',
  DanToc: '01',
  TonGiao: '00',
  QuocTich: 'VN',
  TinhTrangHonNhan: '1',
  NhomMau: '4',
  NgayThangNamSinh: { NgayThangNam: '20030314' },
  NoiDangKyKhaiSinh: {
    MaTinhThanh: '01',
    MaPhuongXa: '00004',
    ChiTiet: 'UBND phường Ba Đình, thành phố Hà Nội',
    QuocGia: 'VN',
  },
  QueQuan: {
    MaTinhThanh: '40',
    MaQuanHuyen: '412',
    MaPhuongXa: '16681',
    ChiTiet: 'xã Nam Giang',
    QuocGia: 'VN',
  },
  ThuongTru: {
    MaTinhThanh: '01',
    MaPhuongXa: '00004',
    ChiTiet: 'Số 18, ngõ 42 phố Đội Cấn, tổ dân phố 12',
    QuocGia: 'VN',
  },
  NoiOHienTai: {
    MaTinhThanh: '79',
    MaPhuongXa: '26734',
    ChiTiet: 'Căn hộ 12.05, chung cư Sunrise, 23 Nguyễn Hữu Thọ',
    QuocGia: 'VN',
  },
  Cha: { HoVaTen: 'Nguyễn Văn Hùng', SoDinhDanh: '001075008812', QuocTich: 'VN' },
  Me: { HoVaTen: 'Trần Thị Lan', SoDinhDanh: '001178004455', QuocTich: 'VN' },
  ChuHo: { QuanHe: '04', HoVaTen: 'Nguyễn Văn Hùng', SoDinhDanh: '001075008812' },
  SoSoHoKhau: 'HK0000001234',
};

export const ENVELOPE = {
  data: { SoCongDan: '1', GhiChu: '', ThoiDiemDuLieu: '20261123080000', CongDan: [CITIZEN] },
  meta: { provider: `VN/${PROVIDER}`, retrievedAt: '2026-11-23T08:00:00.000Z' },
};

/** Request and response schemas: the population adapter's own (built), as the gateway checks them for real. */
export const REQUEST_SCHEMA = population.CitizenQuery;
export const RESPONSE_SCHEMA = population.CongdanCollection;

/** The name parts joined, as every client of the benchmark maps it. */
export function fullName(citizen) {
  const name = citizen.HoVaTen ?? {};
  return [name.Ho, name.ChuDem, name.Ten].filter(Boolean).join(' ');
}

/** What every client returns: the first citizen of the collection, mapped the same way. */
export function mapCitizen(wire) {
  const citizen = wire.CongDan?.[0];
  if (!citizen) throw new Error('no citizen in the answer');
  return {
    personalId: citizen.SoDinhDanh,
    fullName: fullName(citizen),
    dateOfBirth: citizen.NgayThangNamSinh?.NgayThangNam,
  };
}

/** The service declarations the benchmark uses (`defineService` comes from the built core). */
export function services(defineService) {
  const base = {
    id: 'bench.person.get',
    provider: PROVIDER,
    code: SERVICE_CODE,
    category: 'population.basic',
    idempotent: true,
    request: REQUEST_SCHEMA,
    response: RESPONSE_SCHEMA,
    subject: (q) => q.personalId,
    map: mapCitizen,
  };
  return {
    /** Public (no consent token): validation, signature, audit, retry and breaker all on. */
    lookup: defineService({ ...base, requiresConsent: false }),
    /** Needs consent: the token's ES256 signature and claims are checked before each call. */
    consentLookup: defineService({ ...base, id: 'bench.person.consent', requiresConsent: true }),
    /** Public, with a cache policy: after the first call, answered from the cache. */
    cachedLookup: defineService({
      ...base,
      id: 'bench.person.cached',
      requiresConsent: false,
      cache: { ttlMs: 3_600_000 },
    }),
    /** Same call with the smallest possible schemas: isolates the cost of validation. */
    bareLookup: defineService({
      ...base,
      id: 'bench.person.bare',
      requiresConsent: false,
      request: {},
      response: {},
    }),
  };
}

/** The checks a careful hand-written client makes on an answer (the fetch client and the gateway alike). */
export function checkEnvelope(body) {
  if (typeof body !== 'object' || body === null || !('data' in body)) throw new Error('no data');
  const meta = body.meta;
  if (
    typeof meta?.provider !== 'string' ||
    typeof meta.retrievedAt !== 'string' ||
    Number.isNaN(Date.parse(meta.retrievedAt))
  )
    throw new Error('bad meta');
  return body.data;
}
