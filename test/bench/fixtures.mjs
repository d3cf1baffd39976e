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
export const REQUEST = Object.freeze({ personalId: PERSONAL_ID });
export const REQUEST_BODY = JSON.stringify(REQUEST);
export const SUBJECT_KEY = 'bench-subject-key-0123456789abcdef';
export const IDP_ISSUER = 'https://idp.bench.test';

/** A realistic answer of the population database (service 037): a citizen with addresses, parents, household. */
export const CITIZEN = {
  soDinhDanh: PERSONAL_ID,
  soCMND: '013456789',
  hoVaTen: { ho: 'Nguyễn', chuDem: 'Thị Minh', ten: 'Khai' },
  ngaySinh: '14/03/2003',
  gioiTinh: '2',
  danToc: '01',
  tonGiao: '00',
  tinhTrangHonNhan: '1',
  nhomMau: '4',
  quocTich: 'VN',
  noiDangKyKhaiSinh: {
    maTinh: '01',
    maXa: '00004',
    chiTiet: 'UBND phường Ba Đình, thành phố Hà Nội',
    phienBan: '2025',
  },
  queQuan: { maTinh: '40', maHuyen: '412', maXa: '16681', chiTiet: 'xã Nam Giang', phienBan: 'pre-2025' },
  thuongTru: {
    maTinh: '01',
    maXa: '00004',
    chiTiet: 'Số 18, ngõ 42 phố Đội Cấn, tổ dân phố 12',
    phienBan: '2025',
  },
  noiOHienTai: {
    maTinh: '79',
    maXa: '26734',
    chiTiet: 'Căn hộ 12.05, chung cư Sunrise, 23 Nguyễn Hữu Thọ',
    phienBan: '2025',
  },
  cha: { hoVaTen: 'Nguyễn Văn Hùng', soDinhDanh: '001075008812', quocTich: 'VN' },
  me: { hoVaTen: 'Trần Thị Lan', soDinhDanh: '001178004455', quocTich: 'VN' },
  chuHo: { hoVaTen: 'Nguyễn Văn Hùng', soDinhDanh: '001075008812' },
  quanHeVoiChuHo: '04',
};

export const ENVELOPE = {
  data: CITIZEN,
  meta: { provider: `VN/${PROVIDER}`, retrievedAt: '2026-11-23T08:00:00.000Z' },
};

/** Request and response schemas: the population adapter's own (built), as the gateway checks them for real. */
export const REQUEST_SCHEMA = population.getCitizenService.request;
export const RESPONSE_SCHEMA = population.getCitizenService.response;

/** The name parts joined, as every client of the benchmark maps it. */
export function fullName(wire) {
  return [wire.hoVaTen.ho, wire.hoVaTen.chuDem, wire.hoVaTen.ten].filter(Boolean).join(' ');
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
    map: (wire) => ({ personalId: wire.soDinhDanh, fullName: fullName(wire), dateOfBirth: wire.ngaySinh }),
  };
  return {
    /** Public (no consent token): validation, signature, audit, retry and breaker all on. */
    lookup: defineService({ ...base, requiresConsent: false }),
    /** Needs consent: the token's ES256 signature and claims are checked before each call. */
    consentLookup: defineService({ ...base, id: 'bench.person.consent', requiresConsent: true }),
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
