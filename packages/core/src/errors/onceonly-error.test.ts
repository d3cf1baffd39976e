import { describe, expect, it } from 'vitest';
import {
  AuthError,
  CircuitOpenError,
  InputError,
  NetworkError,
  OnceOnlyError,
  PolicyError,
  RateLimitError,
  ResponseError,
  TimeoutError,
  UpstreamError,
} from './onceonly-error.js';

describe('OnceOnlyError', () => {
  it('gives each class a constant name, a default code and retryability', () => {
    expect(new InputError({ message: 'x' })).toMatchObject({
      name: 'InputError',
      code: 'INVALID_INPUT',
      retryable: false,
    });
    expect(new NetworkError({ message: 'x' })).toMatchObject({ name: 'NetworkError', retryable: true });
    expect(new TimeoutError({ message: 'x' })).toMatchObject({ name: 'TimeoutError', retryable: true });
    expect(new CircuitOpenError({ message: 'x' }).code).toBe('CIRCUIT_OPEN');
  });

  it('isInstance works by marker, across copies of the package', () => {
    const error = new PolicyError({ message: 'x' });
    expect(PolicyError.isInstance(error)).toBe(true);
    expect(OnceOnlyError.isInstance(error)).toBe(true);
    expect(AuthError.isInstance(error)).toBe(false);
    // A structural copy, as a second copy of the package would create, carrying the same registry symbol.
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('onceonly.error')]: ['PolicyError', 'OnceOnlyError'],
    });
    expect(PolicyError.isInstance(foreign)).toBe(true);
    expect(OnceOnlyError.isInstance(foreign)).toBe(true);
    expect(OnceOnlyError.isInstance(new Error('x'))).toBe(false);
    expect(OnceOnlyError.isInstance(null)).toBe(false);
  });

  it('toJSON carries only safe fields', () => {
    const error = new RateLimitError({
      message: 'slow down',
      retryAfterMs: 2000,
      status: 429,
      cause: new Error('secret'),
    });
    expect(error.toJSON()).toEqual({
      name: 'RateLimitError',
      code: 'RATE_LIMITED',
      message: 'slow down',
      retryable: true,
      status: 429,
      retryAfterMs: 2000,
    });
    expect(JSON.stringify(error)).not.toContain('secret');
  });

  it('withCall fills in the service and X-Road id without changing the class', () => {
    const error = new ResponseError({ message: 'bad', code: 'RESPONSE_SCHEMA' }).withCall(
      'population.citizen.get',
      'id-1',
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({
      serviceId: 'population.citizen.get',
      requestId: 'id-1',
      code: 'RESPONSE_SCHEMA',
    });
    const upstream = new UpstreamError({ message: 'x', serviceId: 'a.b.c' }).withCall(
      'other.service.id',
      'id-2',
    );
    expect(upstream.serviceId).toBe('a.b.c');
  });
});
