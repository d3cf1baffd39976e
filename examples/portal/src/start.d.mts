// Types of start.mjs, for the TypeScript tests that drive the example.
import type { MockPlatform } from '@onceonly/mock';
import type { DossierEvent } from '@onceonly/platform';

export interface Portal {
  listen(): Promise<{ url: string }>;
  readonly events: DossierEvent[];
  close(): Promise<void>;
}

export interface RunningPortal {
  mock: MockPlatform;
  portal: Portal;
  url: string;
  mockUrl: string;
  close(): Promise<void>;
}

export function startPortalWithMock(options?: {
  seed?: number;
  port?: number;
  mockPort?: number;
  dataDir?: string;
}): Promise<RunningPortal>;
