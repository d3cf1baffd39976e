import type { Form, ReportPersona } from '@onceonly/prefill';

export declare const REPORT_TAGS: Record<ReportPersona['group'], string[]>;

export declare function reportPersonas(
  mock: {
    world: { byTag(tag: string): Array<{ personalId: string; tags: readonly string[] }> };
    consent(id: string, scopes: string[], purpose: string): string;
  },
  // biome-ignore lint/suspicious/noExplicitAny: any persona shape the mock's lookupOf takes.
  lookupOf: (persona: any) => { personalId: string; fullName: string; birthDate: string },
  scopesOf: (form: Form) => string[],
  officerId: string,
): ReportPersona[];
