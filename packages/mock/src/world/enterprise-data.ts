/**
 * The vocabulary the enterprise stage draws from: where enterprises register (tax office prefixes),
 * what they do (VSIC 2018 codes, Decision 27/2018/QĐ-TTg), and the words their names are made of.
 * @module
 */

/** A tax office prefix (the first two digits of a tax code), the pre-2025 province it serves, a weight. */
export const TAX_PREFIXES: readonly (readonly [prefix: string, province: string, weight: number])[] = [
  ['01', '01', 30],
  ['03', '79', 30],
  ['02', '31', 5],
  ['04', '48', 4],
  ['37', '74', 6],
  ['36', '75', 5],
  ['23', '27', 3],
  ['57', '22', 2],
  ['28', '38', 2],
  ['29', '40', 2],
  ['42', '56', 2],
  ['18', '92', 2],
];

/** A business line: VSIC 2018 level-4 code and its name. */
export type BusinessLine = readonly [code: string, name: string];

/** A sector: the word in a Vietnamese name, in an English one, its lines (the first is the main one). */
export interface Sector {
  vi: string;
  en: string;
  lines: readonly BusinessLine[];
  /** How likely an enterprise of this sector is to be a large employer (factories, construction). */
  labour: number;
}

export const SECTORS: readonly Sector[] = [
  {
    vi: 'Xây dựng',
    en: 'Construction',
    labour: 3,
    lines: [
      ['4101', 'Xây dựng nhà để ở'],
      ['4102', 'Xây dựng nhà không để ở'],
      ['4299', 'Xây dựng công trình kỹ thuật dân dụng khác'],
      ['4330', 'Hoàn thiện công trình xây dựng'],
    ],
  },
  {
    vi: 'Thương mại',
    en: 'Trading',
    labour: 1,
    lines: [
      ['4690', 'Bán buôn tổng hợp'],
      ['4719', 'Bán lẻ khác trong các cửa hàng kinh doanh tổng hợp'],
      ['4649', 'Bán buôn đồ dùng khác cho gia đình'],
    ],
  },
  {
    vi: 'May mặc',
    en: 'Garment',
    labour: 5,
    lines: [
      ['1410', 'May trang phục (trừ trang phục từ da lông thú)'],
      ['1392', 'Sản xuất hàng dệt sẵn (trừ trang phục)'],
      ['4641', 'Bán buôn vải, hàng may sẵn, giày dép'],
    ],
  },
  {
    vi: 'Thực phẩm',
    en: 'Food',
    labour: 3,
    lines: [
      ['1079', 'Sản xuất thực phẩm khác chưa được phân vào đâu'],
      ['1010', 'Chế biến, bảo quản thịt và các sản phẩm từ thịt'],
      ['4632', 'Bán buôn thực phẩm'],
    ],
  },
  {
    vi: 'Vận tải',
    en: 'Transport',
    labour: 2,
    lines: [
      ['4933', 'Vận tải hàng hóa bằng đường bộ'],
      ['5210', 'Kho bãi và lưu giữ hàng hóa'],
      ['5229', 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải'],
    ],
  },
  {
    vi: 'Công nghệ',
    en: 'Technology',
    labour: 1,
    lines: [
      ['6201', 'Lập trình máy vi tính'],
      ['6202', 'Tư vấn máy vi tính và quản trị hệ thống máy vi tính'],
      ['6311', 'Xử lý dữ liệu, cho thuê và các hoạt động liên quan'],
    ],
  },
  {
    vi: 'Điện tử',
    en: 'Electronics',
    labour: 5,
    lines: [
      ['2610', 'Sản xuất linh kiện điện tử'],
      ['2630', 'Sản xuất thiết bị truyền thông'],
      ['4652', 'Bán buôn thiết bị và linh kiện điện tử, viễn thông'],
    ],
  },
  {
    vi: 'Du lịch',
    en: 'Travel',
    labour: 1,
    lines: [
      ['7911', 'Đại lý du lịch'],
      ['7912', 'Điều hành tua du lịch'],
      ['5510', 'Dịch vụ lưu trú ngắn ngày'],
    ],
  },
  {
    vi: 'Nhựa',
    en: 'Plastics',
    labour: 3,
    lines: [
      ['2220', 'Sản xuất sản phẩm từ plastic'],
      ['2013', 'Sản xuất plastic và cao su tổng hợp dạng nguyên sinh'],
    ],
  },
  {
    vi: 'Nông sản',
    en: 'Agricultural Products',
    labour: 2,
    lines: [
      ['4620', 'Bán buôn nông, lâm sản nguyên liệu (trừ gỗ, tre, nứa) và động vật sống'],
      ['1061', 'Xay xát và sản xuất bột thô'],
      ['0150', 'Trồng trọt, chăn nuôi hỗn hợp'],
    ],
  },
  {
    vi: 'Tư vấn',
    en: 'Consulting',
    labour: 1,
    lines: [
      ['7020', 'Hoạt động tư vấn quản lý'],
      ['7110', 'Hoạt động kiến trúc và tư vấn kỹ thuật có liên quan'],
      ['6920', 'Hoạt động liên quan đến kế toán, kiểm toán và tư vấn về thuế'],
    ],
  },
  {
    vi: 'Cơ khí',
    en: 'Mechanical Engineering',
    labour: 3,
    lines: [
      ['2592', 'Gia công cơ khí; xử lý và tráng phủ kim loại'],
      ['2511', 'Sản xuất các cấu kiện kim loại'],
      ['3312', 'Sửa chữa máy móc, thiết bị'],
    ],
  },
  {
    vi: 'Bất động sản',
    en: 'Real Estate',
    labour: 1,
    lines: [
      ['6810', 'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê'],
      ['6820', 'Tư vấn, môi giới, đấu giá bất động sản, đấu giá quyền sử dụng đất'],
    ],
  },
  {
    vi: 'Giáo dục',
    en: 'Education',
    labour: 1,
    lines: [
      ['8559', 'Giáo dục khác chưa được phân vào đâu'],
      ['8560', 'Dịch vụ hỗ trợ giáo dục'],
    ],
  },
];

/** What a household business does: a line, and a shop word for its name. */
export const HOUSEHOLD_TRADES: readonly (readonly [shop: string, code: string, line: string])[] = [
  ['Tạp hóa', '4711', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn'],
  ['Quán ăn', '5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động'],
  ['Cà phê', '5630', 'Dịch vụ phục vụ đồ uống'],
  ['Sửa xe', '4520', 'Bảo dưỡng, sửa chữa ô tô và xe có động cơ khác'],
  ['Cắt tóc', '9631', 'Cắt tóc, làm đầu, gội đầu'],
  ['May đo', '1410', 'May trang phục (trừ trang phục từ da lông thú)'],
  ['Vật liệu xây dựng', '4752', 'Bán lẻ đồ ngũ kim, sơn, kính và thiết bị lắp đặt khác trong xây dựng'],
  ['Điện thoại', '4741', 'Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn thông'],
  ['Nhà nghỉ', '5510', 'Dịch vụ lưu trú ngắn ngày'],
  ['Thuốc thú y', '4772', 'Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh'],
];

/** Two-syllable trade names (`tên riêng`), as Vietnamese firms choose them. */
export const BRANDS: readonly string[] = [
  'Minh Phát',
  'Hưng Thịnh',
  'An Khang',
  'Thành Công',
  'Phú Quý',
  'Tân Tiến',
  'Hoàng Long',
  'Việt Tiến',
  'Đại Dương',
  'Sao Mai',
  'Bình Minh',
  'Trường Sơn',
  'Hồng Hà',
  'Ánh Dương',
  'Kim Ngân',
  'Thiên Phú',
  'Nam Việt',
  'Đông Á',
  'Phương Nam',
  'Hải Âu',
  'Thăng Long',
  'Gia Bảo',
  'Vạn Xuân',
  'Lạc Hồng',
  'Phúc Lộc',
  'Đức Trí',
  'Quang Huy',
  'Toàn Thắng',
  'Hòa Bình',
  'Tiến Đạt',
  'Ngọc Lan',
  'Bảo Châu',
  'Hưng Long',
  'Tâm Đức',
  'Vĩnh Hưng',
  'Sông Hồng',
  'Mekong',
  'Cửu Long',
  'Tây Nguyên',
  'Duyên Hải',
];
