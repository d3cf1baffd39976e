/**
 * What every client of the benchmark asks for and gets back: one citizen lookup (about 1 KB of JSON),
 * the X-Road headers around it, and the JSON Schemas the gateway validates it with.
 */

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

/** A realistic answer of the population database: a citizen with residence, household and parents. */
export const CITIZEN = {
  soDinhDanh: PERSONAL_ID,
  soCMND: '013456789',
  hoVaTen: 'Nguyễn Thị Minh Khai',
  tenGoiKhac: '',
  ngaySinh: '14/03/2003',
  gioiTinh: '2',
  danToc: '01',
  tonGiao: '00',
  tinhTrangHonNhan: '1',
  nhomMau: 'O',
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
  hoGiaDinh: { soHoKhau: '010203456789', chuHo: 'Nguyễn Văn Hùng', quanHeVoiChuHo: 'Con đẻ' },
  cha: { hoVaTen: 'Nguyễn Văn Hùng', soDinhDanh: '001075008812', quocTich: 'VN' },
  me: { hoVaTen: 'Trần Thị Lan', soDinhDanh: '001178004455', quocTich: 'VN' },
  theCanCuoc: {
    soThe: PERSONAL_ID,
    ngayCap: '20/05/2021',
    noiCap: 'Cục CSQLHC về TTXH',
    ngayHetHan: '14/03/2028',
  },
  trangThai: 'ACTIVE',
};

export const ENVELOPE = {
  data: CITIZEN,
  meta: { provider: `VN/${PROVIDER}`, retrievedAt: '2026-11-23T08:00:00.000Z' },
};

const PERSONAL_ID_SCHEMA = { type: 'string', pattern: '^[0-9]{12}$' };
const DATE = { type: 'string', pattern: '^([0-9]{2}/){0,2}[0-9]{4}$' };
const CODE = (digits) => ({ type: 'string', pattern: `^[0-9]{${digits}}$` });
const ADDRESS = {
  type: 'object',
  additionalProperties: false,
  required: ['maTinh', 'maXa', 'chiTiet', 'phienBan'],
  properties: {
    maTinh: CODE(2),
    maHuyen: CODE(3),
    maXa: CODE(5),
    chiTiet: { type: 'string', maxLength: 500 },
    phienBan: { enum: ['2025', 'pre-2025'] },
  },
};
const RELATIVE = {
  type: 'object',
  additionalProperties: false,
  required: ['hoVaTen', 'quocTich'],
  properties: {
    hoVaTen: { type: 'string', minLength: 1, maxLength: 150 },
    soDinhDanh: PERSONAL_ID_SCHEMA,
    quocTich: { type: 'string', pattern: '^[A-Z]{2}$' },
  },
};

/** Request schema, as an adapter would declare it (with the SDK's check-digit-aware format). */
export const REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['personalId'],
  properties: { personalId: { type: 'string', format: 'vn-personal-id' } },
};

/** Response schema of `data`: strict, as the real adapters are. */
export const RESPONSE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'soDinhDanh',
    'hoVaTen',
    'ngaySinh',
    'gioiTinh',
    'danToc',
    'quocTich',
    'noiDangKyKhaiSinh',
    'queQuan',
    'thuongTru',
    'noiOHienTai',
    'trangThai',
  ],
  properties: {
    soDinhDanh: PERSONAL_ID_SCHEMA,
    soCMND: CODE(9),
    hoVaTen: { type: 'string', minLength: 1, maxLength: 150 },
    tenGoiKhac: { type: 'string', maxLength: 150 },
    ngaySinh: DATE,
    gioiTinh: { enum: ['1', '2', '3'] },
    danToc: CODE(2),
    tonGiao: CODE(2),
    tinhTrangHonNhan: { enum: ['0', '1', '2', '3', '4'] },
    nhomMau: { enum: ['O', 'A', 'B', 'AB', ''] },
    quocTich: { type: 'string', pattern: '^[A-Z]{2}$' },
    noiDangKyKhaiSinh: ADDRESS,
    queQuan: ADDRESS,
    thuongTru: ADDRESS,
    noiOHienTai: ADDRESS,
    hoGiaDinh: {
      type: 'object',
      additionalProperties: false,
      required: ['soHoKhau', 'chuHo', 'quanHeVoiChuHo'],
      properties: {
        soHoKhau: CODE(12),
        chuHo: { type: 'string', minLength: 1 },
        quanHeVoiChuHo: { type: 'string', minLength: 1 },
      },
    },
    cha: RELATIVE,
    me: RELATIVE,
    theCanCuoc: {
      type: 'object',
      additionalProperties: false,
      required: ['soThe', 'ngayCap', 'noiCap'],
      properties: { soThe: PERSONAL_ID_SCHEMA, ngayCap: DATE, noiCap: { type: 'string' }, ngayHetHan: DATE },
    },
    trangThai: { enum: ['ACTIVE', 'DECEASED', 'REVOKED'] },
  },
};

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
    map: (wire) => ({ personalId: wire.soDinhDanh, fullName: wire.hoVaTen, dateOfBirth: wire.ngaySinh }),
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
