import type { MockCall } from './types.js';

/** The log of what the platform received, for tests to assert what was (or was not) sent. */
export class CallLog {
  readonly #calls: MockCall[] = [];

  record(call: MockCall): void {
    this.#calls.push(call);
  }

  /** Every call so far, oldest first. A snapshot: later calls do not change it. */
  list(): readonly MockCall[] {
    return [...this.#calls];
  }

  reset(): void {
    this.#calls.length = 0;
  }
}

/** The body as a test wants to read it: parsed JSON, else text, else `undefined`. */
export function readableBody(body: Uint8Array): unknown {
  if (body.byteLength === 0) return undefined;
  const text = new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
