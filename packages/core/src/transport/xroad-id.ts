import { LRUCache } from 'lru-cache';
import { InputError } from '../errors/onceonly-error.js';

/** An X-Road subsystem identifier: `INSTANCE/CLASS/MEMBER/SUBSYSTEM`. */
export interface SubsystemId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
}

// Identifier parts have no "/", no control characters and no white space at either end; inner spaces,
// "%" and any Unicode letter are allowed (they travel percent-encoded, §4.3). Long enough for real codes.
const PART = /^(?=\S)(?=.*\S$)[^/\p{Cc}]{1,128}$/u;

function parts(value: unknown, count: number, what: string, example: string): string[] {
  const split = typeof value === 'string' ? value.split('/') : [];
  if (split.length !== count || !split.every((part) => PART.test(part))) {
    throw new InputError({
      code: 'INVALID_CONFIG',
      message: `${what} must have the form ${example}; check the gateway options or the adapter's provider option.`,
    });
  }
  return split;
}

/** Parses the portal's client id, `VN/GOV/000.00.00.H23/PORTAL`. */
export function parseClientId(value: unknown): Readonly<SubsystemId> {
  const [instance, memberClass, memberCode, subsystemCode] = parts(
    value,
    4,
    'The X-Road client id',
    'INSTANCE/CLASS/MEMBER/SUBSYSTEM (e.g. VN/GOV/000.00.00.H23/PORTAL)',
  ) as [string, string, string, string];
  return Object.freeze({ instance, memberClass, memberCode, subsystemCode });
}

// A gateway calls the same few providers (configured, or named by its adapters) on every call: each
// distinct id is checked and parsed once. Bounded, since a provider may come from call options.
const parsedProviders = new LRUCache<string, Readonly<SubsystemId>>({ max: 256 });

/** Parses a provider subsystem `CLASS/MEMBER/SUBSYSTEM` in the client's instance (frozen; shared between calls). */
export function parseProviderId(value: unknown, instance: string): Readonly<SubsystemId> {
  // "/" cannot occur inside an instance, so the key names one (instance, provider) pair only.
  const key = typeof value === 'string' ? `${instance}/${value}` : undefined;
  const known = key === undefined ? undefined : parsedProviders.get(key);
  if (known) return known;
  const [memberClass, memberCode, subsystemCode] = parts(
    value,
    3,
    'A provider subsystem id',
    'CLASS/MEMBER/SUBSYSTEM (e.g. GOV/000.00.00.G10/CSDLDC)',
  ) as [string, string, string];
  const id = Object.freeze({ instance, memberClass, memberCode, subsystemCode });
  if (key !== undefined) parsedProviders.set(key, id);
  return id;
}

export function formatSubsystemId(id: SubsystemId): string {
  return `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;
}

const encodedIds = new WeakMap<SubsystemId, string>();

/** `INSTANCE/CLASS/MEMBER/SUBSYSTEM`, each part percent-encoded; kept per id object (ids are reused). */
function encodedId(id: SubsystemId): string {
  let encoded = encodedIds.get(id);
  if (encoded === undefined) {
    encoded = [id.instance, id.memberClass, id.memberCode, id.subsystemCode]
      .map(encodeURIComponent)
      .join('/');
    // Only frozen ids: a mutable one could change after its encoding was kept.
    if (Object.isFrozen(id)) encodedIds.set(id, encoded);
  }
  return encoded;
}

/**
 * The `X-Road-Client` header value: `INSTANCE/CLASS/MEMBER/SUBSYSTEM`, each part percent-encoded on its
 * own as the REST protocol's §4.3 asks, so a member code with a space or "%" survives the trip.
 */
export function clientHeader(id: SubsystemId): string {
  return encodedId(id);
}

/** `/r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}[/{SERVICE}][/suffix]`, each part percent-encoded on its own. */
export function servicePath(provider: SubsystemId, serviceCode?: string): string {
  const base = `/r1/${encodedId(provider)}`;
  return serviceCode === undefined ? base : `${base}/${encodeURIComponent(serviceCode)}`;
}
