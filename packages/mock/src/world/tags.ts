/**
 * The tags that find personas in the synthetic world (`world.byTag('old-id')`). Every tag is carried by
 * at least three personas in a world of the default size (600), for any seed. The deceased carry only
 * `deceased` (and `elderly`): every other tag finds someone living, to look up and serve.
 *
 * | tag | meaning |
 * |---|---|
 * | `adult` | 18 or older on the world's date |
 * | `minor` | under 18 on the world's date; has a legal representative (a parent) |
 * | `elderly` | born before 1945 |
 * | `born-2000s` | born 2000–2009 (personal id century digit 2/3) |
 * | `single` | an adult who has never married |
 * | `married` | married; the spouse is a persona whose spouse field points back, or a foreign national (`foreign-spouse`) |
 * | `divorced` | divorced; no spouse on record; the marriage history ends with a divorce (`ended.by: 'divorce'`) |
 * | `widowed` | widowed; no spouse on record; the spouse died (a `deceased` persona, or someone outside the world) |
 * | `remarried` | married now, after a first marriage that ended by divorce or death (two or more marriages) |
 * | `foreign-spouse` | married to a foreign national (Korean, Chinese, Taiwanese, Japanese, American), who is not a persona |
 * | `deceased` | has died (`deathDate`): the population record stays, with `ngayMat` and no residence or household; carries no other tag but `elderly` |
 * | `deceased-parent` | living, with a father or mother who is a `deceased` persona |
 * | `household-head` | head of their household (`chủ hộ`) |
 * | `large-household` | lives in a household of 12 (four generations under one head) |
 * | `year-only-birth` | the population record holds only the year of birth (`ngaySinh: 'yyyy'`) |
 * | `month-year-birth` | the population record holds only the month and year of birth (`mm/yyyy`) |
 * | `old-id` | the record also holds an old 9-digit identity card number (`soCMND`) |
 * | `pre-2025-address` | the record's addresses use the pre-2025 map (province → district → ward) |
 * | `split-commune` | a `pre-2025-address` whose commune was split in 2025: `resolveOldAddress` gives several candidates |
 * | `rare-diacritics` | the name has a rare letter (ỹ, ẵ, ữ, ợ, ẳ, ổ, ...; see `RARE_LETTERS`) |
 * | `d-stroke` | the name has Đ/đ, which Unicode decomposition does not fold to D |
 * | `no-middle-name` | the name has no middle name (`chuDem: ''`) |
 * | `no-parents-on-record` | the record names neither father nor mother |
 * | `no-birth-record` | the civil status database holds no birth record (born before its books were digitised) |
 * | `land-owner` | named on at least one land-use certificate (`persona.land`) |
 * | `land-co-owners` | holds a certificate jointly (`hinhThuc: 'chung'`) with another persona, their spouse |
 * | `land-second-parcel` | also holds farm land away from home (a second certificate) |
 * | `land-renting` | an adult household head whose household holds no certificate for its home |
 * | `enterprise-representative` | legal representative of an enterprise in `world.enterprises` |
 * | `dissolved-enterprise` | legal representative of an enterprise that was dissolved (`tinhTrang: '04'`) |
 * | `household-business` | owns a household business in `world.householdBusinesses` |
 * | `no-insurance-history` | of working age (18 to retirement) and alive, with no social insurance contribution period |
 * | `short-contributions` | of working age, with 1 to 11 months of contributions in the 24 months up to the world's month |
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
  'remarried',
  'foreign-spouse',
  'deceased',
  'deceased-parent',
  'household-head',
  'large-household',
  'year-only-birth',
  'month-year-birth',
  'old-id',
  'pre-2025-address',
  'split-commune',
  'rare-diacritics',
  'd-stroke',
  'no-middle-name',
  'no-parents-on-record',
  'no-birth-record',
  'land-owner',
  'land-co-owners',
  'land-second-parcel',
  'land-renting',
  'enterprise-representative',
  'dissolved-enterprise',
  'household-business',
  'no-insurance-history',
  'short-contributions',
] as const;

/** One of {@link WORLD_TAGS}. */
export type WorldTag = (typeof WORLD_TAGS)[number];

/**
 * A tag a persona carries: a {@link WorldTag}, or, for people a test added (`createWorld(seed, { people })`),
 * `custom` and the tags their description gave.
 */
export type PersonaTag = WorldTag | 'custom' | (string & {});

const ORDER = new Map<string, number>(WORLD_TAGS.map((tag, i) => [tag, i]));

/** Tags in the order of {@link WORLD_TAGS}, without duplicates: a stable order keeps worlds byte-equal. */
export function sortTags(tags: Iterable<WorldTag>): WorldTag[] {
  return [...new Set(tags)].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}
