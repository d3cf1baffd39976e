import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { JWK } from 'jose';
import type { ProviderBinding } from '../providers/types.js';
import { deriveSigningKey, type SigningKey } from './signing.js';
import type { MockClientRegistration } from './types.js';

/** The X-Road client id of the default portal, in the default instance. */
export const DEFAULT_CLIENT = 'VN/GOV/000.00.00.H23/PORTAL';

/** The parts of an X-Road subsystem id. */
export interface SubsystemId {
  instance: string;
  memberClass: string;
  memberCode: string;
  subsystemCode: string;
}

/** A service the mock providers answer, indexed by its X-Road service id. */
export interface ServiceEntry extends SubsystemId {
  binding: ProviderBinding;
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICE_CODE` */
  xroadId: string;
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM` */
  providerId: string;
  serviceCode: string;
}

/** A registered client, normalised. */
export interface ClientEntry extends SubsystemId {
  id: string;
  name: string;
  /** `undefined`: every service. */
  services: ReadonlySet<string> | undefined;
  purposes: ReadonlySet<string> | undefined;
  secret: string | undefined;
  publicKey: KeyObject | undefined;
}

/** Splits `INSTANCE/CLASS/MEMBER/SUBSYSTEM`; `undefined` when it is not exactly four non-empty parts. */
export function parseSubsystemId(value: string): SubsystemId | undefined {
  const parts = value.split('/');
  if (parts.length !== 4 || parts.some((p) => p.trim() === '' || p !== p.trim())) return undefined;
  const [instance, memberClass, memberCode, subsystemCode] = parts as [string, string, string, string];
  return { instance, memberClass, memberCode, subsystemCode };
}

/** The clients and services of the mock platform. */
export class Registry {
  readonly instance: string;
  readonly defaultClient: string;
  /** Credentials of the default client: its secret and its signing key (for `private_key_jwt`). */
  readonly defaultSecret: string;
  readonly defaultClientKey: SigningKey;
  readonly services: readonly ServiceEntry[];
  readonly #servicesById = new Map<string, ServiceEntry>();
  readonly #clients = new Map<string, ClientEntry>();

  constructor(options: {
    seed: number;
    instance: string;
    providers: readonly ProviderBinding[];
    clients: Record<string, MockClientRegistration>;
  }) {
    this.instance = options.instance;
    this.defaultClient = `${options.instance}/${DEFAULT_CLIENT.split('/').slice(1).join('/')}`;
    this.defaultSecret = `mock-secret-${createHash('sha256').update(`onceonly-mock:secret:${options.seed}`).digest('hex').slice(0, 24)}`;
    this.defaultClientKey = deriveSigningKey(options.seed, 'client');

    const services: ServiceEntry[] = [];
    for (const binding of options.providers) {
      const [memberClass, memberCode, subsystemCode] = binding.service.provider.split('/') as [
        string,
        string,
        string,
      ];
      const providerId = `${options.instance}/${binding.service.provider}`;
      const entry: ServiceEntry = {
        binding,
        instance: options.instance,
        memberClass,
        memberCode,
        subsystemCode,
        providerId,
        serviceCode: binding.service.code,
        xroadId: `${providerId}/${binding.service.code}`,
      };
      if (this.#servicesById.has(entry.xroadId)) {
        throw new Error(`createMockPlatform: two providers answer ${entry.xroadId}`);
      }
      this.#servicesById.set(entry.xroadId, entry);
      services.push(entry);
    }
    this.services = services;

    const registrations: Record<string, MockClientRegistration> = {
      [this.defaultClient]: {
        name: 'Mock public service portal',
        secret: this.defaultSecret,
        publicJwk: this.defaultClientKey.publicJwk,
      },
      ...options.clients,
    };
    for (const [id, registration] of Object.entries(registrations)) this.#addClient(id, registration);
  }

  #addClient(id: string, registration: MockClientRegistration): void {
    const parts = parseSubsystemId(id);
    if (!parts || parts.instance !== this.instance) {
      throw new Error(
        `createMockPlatform: client id "${id}" must be ${this.instance}/CLASS/MEMBER/SUBSYSTEM`,
      );
    }
    for (const service of registration.services ?? []) {
      if (!this.findService(service))
        throw new Error(`createMockPlatform: client "${id}" names unknown service "${service}"`);
    }
    this.#clients.set(id, {
      ...parts,
      id,
      name: registration.name ?? id,
      services: registration.services ? new Set(registration.services) : undefined,
      purposes: registration.purposes ? new Set(registration.purposes) : undefined,
      secret: registration.secret,
      publicKey: registration.publicJwk
        ? createPublicKey({ key: registration.publicJwk as JWK as never, format: 'jwk' })
        : undefined,
    });
  }

  client(id: string): ClientEntry | undefined {
    return this.#clients.get(id);
  }

  clients(): ClientEntry[] {
    return [...this.#clients.values()];
  }

  /** By X-Road service id or by definition id. */
  findService(id: string): ServiceEntry | undefined {
    return (
      this.#servicesById.get(id) ??
      this.services.find((s) => s.binding.service.id === id || s.binding.soapService?.id === id)
    );
  }

  /** Services of one provider subsystem (`INSTANCE/CLASS/MEMBER/SUBSYSTEM`). */
  servicesOf(providerId: string): ServiceEntry[] {
    return this.services.filter((s) => s.providerId === providerId);
  }

  /** Provider subsystems, each once, in registration order. */
  providers(): ServiceEntry[] {
    const seen = new Set<string>();
    return this.services.filter((s) => !seen.has(s.providerId) && seen.add(s.providerId));
  }

  /** Whether the client holds an access right to the service. */
  allowed(client: ClientEntry, service: ServiceEntry): boolean {
    if (!client.services) return true;
    const soapId = service.binding.soapService?.id;
    return (
      client.services.has(service.binding.service.id) ||
      client.services.has(service.xroadId) ||
      (soapId !== undefined && client.services.has(soapId))
    );
  }
}
