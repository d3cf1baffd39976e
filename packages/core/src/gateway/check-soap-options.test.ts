import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { checkSoapOptions } from './check-soap-options.js';

const fieldOf = (value: unknown) => {
  try {
    checkSoapOptions(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).fields;
  }
  return undefined;
};

describe('checkSoapOptions', () => {
  it('accepts per-provider settings', () => {
    expect(fieldOf(undefined)).toBeUndefined();
    expect(
      fieldOf({ providers: { 'GOV/000.00.00.G10/CSDLDC': { acceptEmptyHeader: true, path: '/lgsp/soap' } } }),
    ).toBeUndefined();
  });
  it('names the wrong option', () => {
    expect(fieldOf('x')).toEqual(['soap']);
    expect(fieldOf({ providers: { CSDLDC: {} } })).toEqual(['soap.providers']);
    expect(fieldOf({ providers: { 'A/B/C': { acceptEmptyHeader: 'yes' } } })).toEqual([
      'soap.providers.A/B/C.acceptEmptyHeader',
    ]);
    expect(fieldOf({ providers: { 'A/B/C': { path: 'http://evil/' } } })).toEqual([
      'soap.providers.A/B/C.path',
    ]);
    expect(fieldOf({ providers: { 'A/B/C': { path: '/a b' } } })).toEqual(['soap.providers.A/B/C.path']);
  });
});
