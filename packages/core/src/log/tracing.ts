/**
 * Optional tracing: pass a tracer from `@opentelemetry/api` (`trace.getTracer('portal')`). The gateway
 * opens one span per logical call; attributes carry ids and outcomes, never personal data. Structural
 * types, so the SDK does not import `@opentelemetry/api` itself.
 */
import { maskString } from './mask-string.js';

/** The part of an OpenTelemetry `Span` the SDK uses. */
export interface SpanLike {
  setAttribute(key: string, value: string | number | boolean): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException?(exception: { name: string; message: string }): unknown;
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` the SDK uses. */
export interface TracerLike {
  startSpan(
    name: string,
    options?: { attributes?: Record<string, string | number | boolean>; kind?: number },
  ): SpanLike;
}

/** The gateway's `tracing` option. */
export interface TracingOptions {
  tracer: TracerLike;
}

// OpenTelemetry constants, copied so the SDK does not import `@opentelemetry/api`.
/** `SpanKind.CLIENT` of OpenTelemetry. */
export const SPAN_KIND_CLIENT = 2;
/** The values of OpenTelemetry's `SpanStatusCode`. */
export const SPAN_STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 } as const;

/** What a call span carries: ids and the purpose code, never personal data. */
export interface CallSpanAttributes {
  /** Service id, e.g. `population.citizen.get`. */
  serviceId: string;
  /** Provider subsystem, e.g. `GOV/000.00.00.G10/CSDLDC`. */
  provider: string;
  /** X-Road id of the logical call. */
  xroadId: string;
  /** X-Road client id of the portal. */
  client: string;
  /** Purpose code (usually the procedure code). */
  purpose: string;
}

/** How a call ended, as the span records it. */
export type CallSpanOutcome =
  | { ok: true; attempts: number; cached: boolean }
  | { ok: false; error: { name: string; code: string }; attempts: number; cached?: boolean };

/** One span per logical call; `end` may be called once (later calls are ignored). */
export interface CallSpan {
  end(outcome: CallSpanOutcome): void;
}

const NOOP_SPAN: CallSpan = Object.freeze({ end() {} });

/**
 * Opens the span of one logical call (kind CLIENT, `rpc.system` = `x-road`). A no-op when tracing is
 * not configured. Attribute values are masked like log messages, so an identifier passed by mistake
 * never reaches the tracing backend; a tracer that throws is ignored.
 *
 * @example
 * const span = startCallSpan(options.tracing, { serviceId, provider, xroadId, client, purpose });
 * span.end({ ok: true, attempts: 1, cached: false });
 */
export function startCallSpan(tracing: TracingOptions | undefined, attributes: CallSpanAttributes): CallSpan {
  if (tracing?.tracer === undefined) return NOOP_SPAN;
  let span: SpanLike;
  try {
    span = tracing.tracer.startSpan(`onceonly ${safe(attributes.serviceId)}`, {
      kind: SPAN_KIND_CLIENT,
      attributes: {
        'rpc.system': 'x-road',
        'rpc.service': safe(attributes.provider),
        'rpc.method': safe(attributes.serviceId),
        'onceonly.service.id': safe(attributes.serviceId),
        'onceonly.provider': safe(attributes.provider),
        'onceonly.xroad.id': safe(attributes.xroadId),
        'onceonly.xroad.client': safe(attributes.client),
        'onceonly.purpose': safe(attributes.purpose),
      },
    });
  } catch {
    return NOOP_SPAN;
  }
  let ended = false;
  return {
    end(outcome) {
      if (ended) return;
      ended = true;
      try {
        span.setAttribute('onceonly.attempts', outcome.attempts);
        span.setAttribute('onceonly.cached', outcome.cached ?? false);
        if (outcome.ok) {
          span.setAttribute('onceonly.outcome', 'success');
          span.setStatus({ code: SPAN_STATUS_CODE.OK });
        } else {
          const code = safe(outcome.error.code);
          const name = safe(outcome.error.name);
          span.setAttribute('onceonly.outcome', code);
          span.setAttribute('onceonly.error.code', code);
          span.setAttribute('error.type', name);
          span.recordException?.({ name, message: code });
          span.setStatus({ code: SPAN_STATUS_CODE.ERROR, message: code });
        }
      } catch {
        // Tracing is best effort.
      } finally {
        try {
          span.end();
        } catch {
          // Same.
        }
      }
    },
  };
}

function safe(value: unknown): string {
  return maskString(String(value ?? ''));
}
