import { describe, expect, it } from 'vitest';
import { buildCivilStatusRecords } from './civil-status-records.js';
import type { People, Person } from './model.js';

const asOf = { year: 2026, month: 1, day: 1 };
const ymd = (year: number, month = 6, day = 15) => ({ year, month, day });

function person(id: string, given: string, patch: Partial<Person>): Person {
  return {
    id,
    name: { family: 'Nguyễn', middle: 'Văn', given },
    gender: 'male',
    birth: ymd(1980),
    birthProvince: '01',
    household: 0,
    relation: 'other',
    marital: 'single',
    ...patch,
  };
}

// A hand-built family: Hùng married Mai (divorced from a Korean husband before); their son Khôi; Hùng's
// father Lợi (born 1938, deceased, no electronic birth record); Lan married to Hùng's brother Nam, with
// no marriage history on record (the fallback from `spouse`).
const hung = person('001080000001', 'Hùng', {
  marital: 'married',
  spouse: '001180000002',
  father: '001038000004',
  motherName: 'Lê Thị Hoa',
  marriages: [{ spouse: '001180000002', registered: ymd(2018, 6, 12), province: '01' }],
});
const mai = person('001180000002', 'Mai', {
  name: { family: 'Trần', middle: 'Thị', given: 'Mai' },
  gender: 'female',
  birth: ymd(1982),
  birthProvince: '79',
  marital: 'married',
  spouse: '001080000001',
  marriages: [
    {
      outsideSpouse: { fullName: 'Kim Min-jun', gender: 'male', birthYear: 1978, nationality: 'KR' },
      registered: ymd(2008, 3, 1),
      province: '79',
      ended: { by: 'divorce', date: ymd(2014, 9, 10) },
    },
    { spouse: '001080000001', registered: ymd(2018, 6, 12), province: '01' },
  ],
});
const khoi = person('001220000003', 'Khôi', {
  birth: ymd(2020, 3, 5),
  father: '001080000001',
  mother: '001180000002',
});
const loi = person('001038000004', 'Lợi', {
  birth: ymd(1938, 1, 1),
  marital: 'widowed',
  death: ymd(2024, 2, 10),
  marriages: [
    {
      outsideSpouse: { fullName: 'Lê Thị Hoa', gender: 'female', birthYear: 1940, nationality: 'VN' },
      registered: ymd(1960, 1, 1),
      province: '34',
      ended: { by: 'death', date: ymd(2001, 5, 5) },
    },
  ],
});
const nam = person('001085000005', 'Nam', { birth: ymd(1985), marital: 'married', spouse: '001187000006' });
const lan = person('001187000006', 'Lan', {
  name: { family: 'Phạm', middle: 'Thị', given: 'Lan' },
  gender: 'female',
  birth: ymd(1987),
  marital: 'married',
  spouse: '001085000005',
});

const people: People = {
  persons: [hung, mai, khoi, loi, nam, lan],
  households: [{ id: 'hh-0001', kind: 'family', head: hung.id, members: [hung.id], homeProvince: '01' }],
};

describe('the civil status stage', () => {
  const civil = buildCivilStatusRecords(42, people, asOf);
  const of = (p: Person) => civil.records.get(p.id)!;

  it('gives a birth record naming persona parents by id and outside parents by name', () => {
    const birth = of(khoi).khaiSinh!;
    expect(birth.nguoiDuocKhaiSinh).toMatchObject({
      soDinhDanh: khoi.id,
      hoVaTen: 'Nguyễn Văn Khôi',
      ngaySinh: '2020-03-05',
    });
    expect(birth.cha).toEqual({
      hoVaTen: 'Nguyễn Văn Hùng',
      soDinhDanh: hung.id,
      namSinh: '1980',
      quocTich: 'VN',
    });
    expect(birth.me?.soDinhDanh).toBe(mai.id);
    expect(birth.ngayDangKy >= '2020-03-05' && birth.ngayDangKy <= '2020-05-05').toBe(true);
    expect(birth.coQuanDangKy.tenCoQuan).toMatch(/^UBND (Phường|Xã|Thị trấn|Đặc khu) /);
    expect(birth.coQuanDangKy.maTinh).toBe('01');
    expect(birth.noiSinh.maHuyen).toBeDefined(); // registered in 2020: the pre-2025 map
    expect(of(hung).khaiSinh?.me).toEqual({ hoVaTen: 'Lê Thị Hoa', quocTich: 'VN' });
  });

  it('gives no birth record to someone born before digitisation, and tags them', () => {
    expect(of(loi).khaiSinh).toBeUndefined();
    expect(civil.tags.get(loi.id)).toEqual(['no-birth-record']);
    expect(civil.tags.get(khoi.id)).toEqual([]);
  });

  it('shares one record per marriage between both spouses', () => {
    const shared = of(hung).ketHon[0]!;
    expect(of(mai).ketHon[1]).toBe(shared);
    expect(shared).toMatchObject({ trangThai: '1', ngayDangKy: '2018-06-12' });
    expect(shared.chong.soDinhDanh).toBe(hung.id);
    expect(shared.vo.soDinhDanh).toBe(mai.id);
    expect(civil.marriages.filter((m) => m === shared)).toHaveLength(1);
  });

  it('keeps a remarriage in order, the first with a foreign spouse and its divorce note', () => {
    const [first, second] = of(mai).ketHon;
    expect(first!.chong).toMatchObject({ hoVaTen: 'Kim Min-jun', quocTich: 'KR' });
    expect(first!.chong.soDinhDanh).toBeUndefined();
    expect(first!.chong.hoChieu).toMatch(/^[A-Z]\d{8}$/);
    expect(first!.trangThai).toBe('2');
    expect(first!.ghiChuLyHon).toMatchObject({ ngayQuyetDinh: '2014-09-10' });
    expect(first!.ghiChuLyHon!.soQuyetDinh).toMatch(/^\d+\/2014\/QĐST-HNGĐ$/);
    expect(first!.ghiChuLyHon!.toaAn).toMatch(/^Tòa án nhân dân /);
    expect(second!.ngayDangKy).toBe('2018-06-12');
    expect(of(mai).tinhTrangHonNhan).toBe('2');
  });

  it('ends a marriage by death, and registers the death without a cause', () => {
    expect(of(loi).ketHon[0]).toMatchObject({ trangThai: '3', ngayChamDut: '2001-05-05' });
    const death = of(loi).khaiTu!;
    expect(death).toMatchObject({ ngayChet: '2024-02-10', nguoiDaKhuat: { soDinhDanh: loi.id } });
    expect(death.ngayDangKy > '2024-02-10').toBe(true);
    expect(JSON.stringify(death)).not.toMatch(/nguyenNhan/i);
    expect(of(hung).khaiTu).toBeUndefined();
  });

  it('derives the current marriage from `spouse` when there is no marriage history, the same for both', () => {
    const [marriage] = of(nam).ketHon;
    expect(marriage).toBeDefined();
    expect(of(lan).ketHon[0]).toBe(marriage);
    expect(marriage!.chong.soDinhDanh).toBe(nam.id);
    expect(of(khoi).ketHon).toEqual([]);
  });

  it('is deterministic, and appending a person never changes the others', () => {
    expect(buildCivilStatusRecords(42, people, asOf)).toEqual(civil);
    const extra = person('001290000007', 'Mới', { birth: ymd(2019), father: hung.id });
    const grown = buildCivilStatusRecords(42, { ...people, persons: [extra, ...people.persons] }, asOf);
    for (const p of people.persons) expect(grown.records.get(p.id)).toEqual(civil.records.get(p.id));
    expect(buildCivilStatusRecords(7, people, asOf).records.get(khoi.id)).not.toEqual(of(khoi));
  });
});
