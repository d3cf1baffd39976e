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
export function parseClientId(value: unknown): SubsystemId {
  const [instance, memberClass, memberCode, subsystemCode] = parts(
    value,
    4,
    'The X-Road client id',
    'INSTANCE/CLASS/MEMBER/SUBSYSTEM (e.g. VN/GOV/000.00.00.H23/PORTAL)',
  ) as [string, string, string, string];
  return { instance, memberClass, memberCode, subsystemCode };
}

/** Parses a provider subsystem `CLASS/MEMBER/SUBSYSTEM` in the client's instance. */
export function parseProviderId(value: unknown, instance: string): SubsystemId {
  const [memberClass, memberCode, subsystemCode] = parts(
    value,
    3,
    'A provider subsystem id',
    'CLASS/MEMBER/SUBSYSTEM (e.g. GOV/000.00.00.G10/CSDLDC)',
  ) as [string, string, string];
  return { instance, memberClass, memberCode, subsystemCode };
}

export function formatSubsystemId(id: SubsystemId): string {
  return `${id.instance}/${id.memberClass}/${id.memberCode}/${id.subsystemCode}`;
}

/**
 * The `X-Road-Client` header value: `INSTANCE/CLASS/MEMBER/SUBSYSTEM`, each part percent-encoded on its
 * own as the REST protocol's §4.3 asks, so a member code with a space or "%" survives the trip.
 */
export function clientHeader(id: SubsystemId): string {
  return [id.instance, id.memberClass, id.memberCode, id.subsystemCode].map(encodeURIComponent).join('/');
}

/** `/r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}[/{SERVICE}][/suffix]`, each part percent-encoded on its own. */
export function servicePath(provider: SubsystemId, serviceCode?: string): string {
  const segments = [provider.instance, provider.memberClass, provider.memberCode, provider.subsystemCode];
  if (serviceCode !== undefined) segments.push(serviceCode);
  return `/r1/${segments.map(encodeURIComponent).join('/')}`;
}
