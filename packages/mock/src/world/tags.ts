/**
 * The tags that find personas in the synthetic world (`world.byTag('old-id')`). Every tag is carried by
 * at least three personas in a world of the default size, for any seed.
 *
 * | tag | meaning |
 * |---|---|
 * | `adult` | 18 or older on the world's date |
 * | `minor` | under 18 on the world's date; has a legal representative (a parent) |
 * | `elderly` | born before 1945 |
 * | `born-2000s` | born 2000–2009 (personal id century digit 2/3) |
 * | `single` | an adult who has never married |
 * | `married` | married; the spouse is a persona whose spouse field points back |
 * | `divorced` | divorced; no spouse on record |
 * | `widowed` | widowed; no spouse on record |
 * | `household-head` | head of their household (`chủ hộ`) |
 * | `year-only-birth` | the population record holds only the year of birth (`ngaySinh: 'yyyy'`) |
 * | `month-year-birth` | the population record holds only the month and year of birth (`mm/yyyy`) |
 * | `old-id` | the record also holds an old 9-digit identity card number (`soCMND`) |
 * | `pre-2025-address` | the record's addresses use the pre-2025 map (province → district → ward) |
 * | `rare-diacritics` | the name has a rare letter (ỹ, ẵ, ữ, ợ, ẳ, ổ, ...; see `RARE_LETTERS`) |
 * | `d-stroke` | the name has Đ/đ, which Unicode decomposition does not fold to D |
 * | `no-middle-name` | the name has no middle name (`chuDem: ''`) |
 * | `no-parents-on-record` | the record names neither father nor mother |
 * | `land-owner` | named on at least one land-use certificate (`persona.land`) |
 * | `land-co-owners` | holds a certificate jointly (`hinhThuc: 'chung'`) with another persona, their spouse |
 * | `land-second-parcel` | also holds farm land away from home (a second certificate) |
 * | `land-renting` | an adult household head whose household holds no certificate for its home |
 * @module
 */
export const WORLD_TAGS = [
  'adult',
  'minor',
  'elderly',
  'born-2000s',
  'single',
  'married',
  'divorced',
  'widowed',
  'household-head',
  'year-only-birth',
  'month-year-birth',
  'old-id',
  'pre-2025-address',
  'rare-diacritics',
  'd-stroke',
  'no-middle-name',
  'no-parents-on-record',
  'land-owner',
  'land-co-owners',
  'land-second-parcel',
  'land-renting',
] as const;

/** One of {@link WORLD_TAGS}. */
export type WorldTag = (typeof WORLD_TAGS)[number];

const ORDER = new Map<string, number>(WORLD_TAGS.map((tag, i) => [tag, i]));

/** Tags in the order of {@link WORLD_TAGS}, without duplicates: a stable order keeps worlds byte-equal. */
export function sortTags(tags: Iterable<WorldTag>): WorldTag[] {
  return [...new Set(tags)].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}
