import type { CivilStatusRecord } from './civil-status-record.js';
import type { EnterpriseRecord, HouseholdBusinessRecord, PersonaEnterprise } from './enterprise-record.js';
import type { PopulationRecord as CitizenWire } from './record.js';
import type { InsuranceRecord } from './insurance-record.js';
import type { LandCertificateRecord, LandParcelRecord } from './land-record.js';
import type { LinkedPersonas, WorldRelation } from './linked.js';
import type { HouseholdKind } from './model.js';
import type { PersonaTag, WorldTag } from './tags.js';

/**
 * A synthetic citizen and what each national database holds about them. Later adapters add their
 * databases here (civil status, insurance, enterprises, land) as optional fields, each built by its own
 * stage of `createWorld` from its own random stream.
 */
export interface Persona {
  /** 12-digit personal identification number. */
  personalId: string;
  /**
   * Tags to find hard cases with `world.byTag(tag)`; every living persona has `adult` or `minor`. The full
   * list, with meanings, is {@link WORLD_TAGS}: `adult`, `minor`, `elderly`, `born-2000s`, `single`,
   * `married`, `divorced`, `widowed`, `remarried`, `foreign-spouse`, `deceased`, `deceased-parent`,
   * `household-head`, `large-household`, `year-only-birth`, `month-year-birth`, `old-id`,
   * `pre-2025-address`, `split-commune`, `rare-diacritics`, `d-stroke`, `no-middle-name`,
   * `no-parents-on-record`, `no-birth-record`, `land-owner`, `land-co-owners`, `land-second-parcel`,
   * `land-renting`, `enterprise-representative`, `dissolved-enterprise`, `household-business`,
   * `no-insurance-history`, `short-contributions`. A deceased persona carries only `deceased` (and `elderly`).
   *
   * @example
   * ```ts
   * world.byTag('year-only-birth')[0].population.ngaySinh; // '1938'
   * ```
   */
  tags: readonly PersonaTag[];
  /** Full name (family, middle, given), NFC: for persona pickers and test names. */
  fullName: string;
  gender: 'male' | 'female';
  /** The true date of birth, `yyyy-mm-dd`, even when the population record holds only the year. */
  birthDate: string;
  /**
   * Date of death, `yyyy-mm-dd`, for a deceased persona (tag `deceased`). The deceased stay personas
   * because the population database keeps their record (with `ngayMat`, and no current residence or
   * household); they are in no household's `memberIds`, and carry no tag but `deceased` (and `elderly`).
   */
  deathDate?: string;
  /**
   * Id of the household (`hh-0001`) in `world.households`. For a deceased persona, the household they
   * lived in; they are no longer among its members.
   */
  householdId: string;
  /** The record the population database returns for this citizen. */
  population: CitizenWire;
  /**
   * What the civil status database holds: the birth registration (absent for people born before its
   * books were digitised: tag `no-birth-record`), every marriage registration earliest first (one
   * record per marriage, the same in both spouses' lists; a divorce noted against it), the death
   * registration of a deceased person, and the marital status code.
   */
  civilStatus?: CivilStatusRecord;
  /** The land-use certificates naming this citizen as holder or co-holder (land database); `[]`: none. */
  land?: readonly LandCertificateRecord[];
  /** What the business registration database links to them, when anything: enterprises they represent, household businesses they own. */
  enterprise?: PersonaEnterprise;
  /** What the insurance database holds: social insurance code, contribution periods, health card. */
  insurance?: InsuranceRecord;
}

/** A household: members who share a permanent residence, under one head (`chủ hộ`). */
export interface WorldHousehold {
  /** `hh-0001`, in creation order. */
  id: string;
  /** How it was put together: `family`, `three-generation`, `elderly-couple`, `divorced-parent`, ... */
  kind: HouseholdKind;
  /** Personal id of the head. */
  headId: string;
  /** Personal ids of the members, head first. */
  memberIds: readonly string[];
}

/** One seeded, consistent synthetic world. The same seed (and date) gives the same world, byte for byte. */
export interface World {
  readonly seed: number;
  /** The world's "today", `yyyy-mm-dd`: ages, `adult` / `minor` and birth years are relative to it. */
  readonly asOf: string;
  readonly personas: readonly Persona[];
  readonly households: readonly WorldHousehold[];
  /** The land parcels of the cadastral map (land database), each key (commune, sheet, parcel) unique. */
  readonly parcels: readonly LandParcelRecord[];
  /** Every registered enterprise (`doanh nghiệp`), each represented by a living adult persona. */
  readonly enterprises: readonly EnterpriseRecord[];
  /** Every household business (`hộ kinh doanh`), each owned by a persona. */
  readonly householdBusinesses: readonly HouseholdBusinessRecord[];
  /** The persona with this personal id (or old 9-digit id), if any. */
  byPersonalId(id: string): Persona | undefined;
  /** Every persona carrying this tag (a new array; empty for an unknown tag). */
  byTag(tag: WorldTag | (string & {})): Persona[];
  /**
   * The personas linked to one (given as a persona or a personal id): `'spouse'` (the current spouse:
   * a deceased spouse is linked only while the marriage is current, so never after the death; none for
   * a foreign spouse, who is not a persona), `'children'`, `'parents'` (a deceased parent included),
   * `'household'` (head first, themself included; none for the deceased), `'representative'` (a minor's
   * legal representative). Throws a `RangeError` for an id that is no persona.
   *
   * @example
   * ```ts
   * const minor = world.byTag('minor')[0]!;
   * world.linked(minor, 'representative')?.personalId === minor.population.nguoiDaiDien?.soDinhDanh; // true
   * world.linked(minor, 'household').length; // everyone they live with, themself included
   * ```
   */
  linked<R extends WorldRelation>(persona: Persona | string, relation: R): LinkedPersonas[R];
}
