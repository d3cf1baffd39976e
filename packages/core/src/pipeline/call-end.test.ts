import { describe, expect, it } from 'vitest';
import type { CallSummary } from '../gateway/options.js';
import { NotFoundError } from '../errors/onceonly-error.js';
import { callSummary, endCall } from './call-end.js';
import { makeDeps, makeState, recordingLogger } from './deps.fixture.js';

describe('call end', () => {
  it('summarises a call with ids, codes and figures only', () => {
    const state = makeState({ attempts: 1, status: 200, subject: '001203012345' });
    const summary = callSummary(makeDeps(), state, undefined);
    expect(summary).toMatchObject({
      serviceId: 'test.person.get',
      provider: 'GOV/000.00.00.G10/CSDLDC',
      xroadId: state.xroadId,
      outcome: 'success',
      attempts: 1,
      cached: false,
      status: 200,
    });
    expect(JSON.stringify(summary)).not.toContain('001203012345');
  });

  it('ends the span and tells onCallEnd the outcome', () => {
    const ended: unknown[] = [];
    const summaries: CallSummary[] = [];
    const deps = makeDeps({ hooks: { onCallEnd: (s) => void summaries.push(s) } });
    endCall(
      deps,
      makeState({ span: { end: (o) => void ended.push(o) } }),
      new NotFoundError({ message: 'x' }),
    );
    expect(ended).toEqual([{ ok: false, error: { name: 'NotFoundError', code: 'NOT_FOUND' }, attempts: 0 }]);
    expect(summaries.map((s) => s.outcome)).toEqual(['NOT_FOUND']);
  });

  it('logs a throwing or rejecting hook, redacted, and goes on', async () => {
    const logger = recordingLogger();
    const throwing = makeDeps({
      logger,
      hooks: {
        onCallEnd: () => {
          throw new Error('001203012345');
        },
      },
    });
    expect(() => endCall(throwing, makeState(), undefined)).not.toThrow();
    const rejecting = makeDeps({ logger, hooks: { onCallEnd: () => Promise.reject(new Error('x')) } });
    endCall(rejecting, makeState(), undefined);
    await new Promise((r) => setTimeout(r, 0));
    const failures = logger.lines.filter((l) => l.obj.event === 'onceonly.hook.on_call_end_failed');
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(logger.lines)).not.toContain('001203012345');
  });
});
