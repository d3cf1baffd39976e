import { describe, expect, it } from 'vitest';
import {
  SPAN_KIND_CLIENT,
  SPAN_STATUS_CODE,
  type SpanLike,
  startCallSpan,
  type TracerLike,
} from './tracing.js';

interface FakeSpan {
  name: string;
  kind?: number;
  attributes: Record<string, string | number | boolean>;
  status?: { code: number; message?: string };
  exceptions: { name: string; message: string }[];
  ended: number;
}

function fakeTracer() {
  const spans: FakeSpan[] = [];
  const tracer: TracerLike = {
    startSpan(name, options) {
      const span: FakeSpan = {
        name,
        kind: options?.kind,
        attributes: { ...options?.attributes },
        exceptions: [],
        ended: 0,
      };
      spans.push(span);
      const like: SpanLike = {
        setAttribute: (key, value) => {
          span.attributes[key] = value;
        },
        setStatus: (status) => {
          span.status = status;
        },
        recordException: (exception) => span.exceptions.push(exception),
        end: () => {
          span.ended++;
        },
      };
      return like;
    },
  };
  return { tracer, spans };
}

const attributes = {
  serviceId: 'population.citizen.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  xroadId: '5b0e6f5c-2a7e-4c59-9d8e-0a1b2c3d4e5f',
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  purpose: '1.001193.000.00.00.H12',
};

describe('startCallSpan', () => {
  it('is a no-op without tracing', () => {
    expect(() =>
      startCallSpan(undefined, attributes).end({ ok: true, attempts: 1, cached: false }),
    ).not.toThrow();
  });

  it('opens a CLIENT span with the call ids and ends it OK', () => {
    const { tracer, spans } = fakeTracer();
    const span = startCallSpan({ tracer }, attributes);
    span.end({ ok: true, attempts: 2, cached: false });
    span.end({ ok: true, attempts: 3, cached: false });
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({
      name: 'onceonly population.citizen.get',
      kind: SPAN_KIND_CLIENT,
      attributes: {
        'rpc.system': 'x-road',
        'onceonly.service.id': 'population.citizen.get',
        'onceonly.provider': 'GOV/000.00.00.G10/CSDLDC',
        'onceonly.xroad.id': attributes.xroadId,
        'onceonly.xroad.client': 'VN/GOV/000.00.00.H23/PORTAL',
        'onceonly.purpose': '1.001193.000.00.00.H12',
        'onceonly.outcome': 'success',
        'onceonly.attempts': 2,
        'onceonly.cached': false,
      },
      status: { code: SPAN_STATUS_CODE.OK },
      ended: 1,
    });
  });

  it('records the error name and code with status ERROR', () => {
    const { tracer, spans } = fakeTracer();
    startCallSpan({ tracer }, attributes).end({
      ok: false,
      error: { name: 'NotFoundError', code: 'NOT_FOUND' },
      attempts: 1,
    });
    expect(spans[0]).toMatchObject({
      attributes: {
        'onceonly.outcome': 'NOT_FOUND',
        'onceonly.error.code': 'NOT_FOUND',
        'error.type': 'NotFoundError',
      },
      status: { code: SPAN_STATUS_CODE.ERROR, message: 'NOT_FOUND' },
      exceptions: [{ name: 'NotFoundError', message: 'NOT_FOUND' }],
      ended: 1,
    });
  });

  it('never puts a personal id in an attribute, even one passed by mistake', () => {
    const { tracer, spans } = fakeTracer();
    startCallSpan({ tracer }, { ...attributes, purpose: 'lookup 001234567890', client: '123456789' }).end({
      ok: false,
      error: { name: 'InputError', code: 'BAD 001234567890' },
      attempts: 1,
    });
    const values = JSON.stringify([
      spans[0]!.name,
      spans[0]!.attributes,
      spans[0]!.status,
      spans[0]!.exceptions,
    ]);
    expect(values).not.toMatch(/\d{9,}/);
  });

  it('survives a tracer that throws', () => {
    const broken: TracerLike = {
      startSpan() {
        throw new Error('exporter down');
      },
    };
    expect(() =>
      startCallSpan({ tracer: broken }, attributes).end({ ok: true, attempts: 1, cached: true }),
    ).not.toThrow();
    const { tracer, spans } = fakeTracer();
    const half: TracerLike = {
      startSpan: (name, options) => ({
        ...tracer.startSpan(name, options),
        setStatus() {
          throw new Error('boom');
        },
        end: () => {
          spans[0]!.ended++;
        },
      }),
    };
    expect(() =>
      startCallSpan({ tracer: half }, attributes).end({ ok: true, attempts: 1, cached: true }),
    ).not.toThrow();
    expect(spans[0]!.ended).toBe(1);
  });
});
