/**
 * For unit tests: an undici MockAgent that refuses the network, new for each test and closed after it.
 * The value returned stands for the current test's agent, so a test file declares it once at the top.
 */
import { MockAgent } from 'undici';
import { afterEach, beforeEach } from 'vitest';

export function mockAgentPerTest(): MockAgent {
  let current: MockAgent | undefined;
  beforeEach(() => {
    current = new MockAgent();
    current.disableNetConnect();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  // A stand-in with MockAgent's prototype (so `instanceof` holds) whose every member is the current agent's.
  return new Proxy(Object.create(MockAgent.prototype) as MockAgent, {
    get(_target, key) {
      if (!current) throw new Error('mockAgentPerTest(): the agent exists only while a test runs');
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
