/**
 * Optional tracing: pass a tracer from `@opentelemetry/api` (`trace.getTracer('portal')`). The gateway
 * opens one span per logical call; attributes carry ids and outcomes, never personal data. Structural
 * types, so the SDK does not import `@opentelemetry/api` itself.
 */
export interface SpanLike {
  setAttribute(key: string, value: string | number | boolean): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException?(exception: { name: string; message: string }): unknown;
  end(): void;
}

export interface TracerLike {
  startSpan(name: string, options?: { attributes?: Record<string, string | number | boolean>; kind?: number }): SpanLike;
}

export interface TracingOptions {
  tracer: TracerLike;
}
