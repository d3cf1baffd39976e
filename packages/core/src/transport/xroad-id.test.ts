import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { clientHeader, formatSubsystemId, parseClientId, parseProviderId, servicePath } from './xroad-id.js';

describe('X-Road identifiers', () => {
  it('parses a client id into its four parts', () => {
    expect(parseClientId('VN/GOV/000.00.00.H23/PORTAL')).toEqual({
      instance: 'VN',
      memberClass: 'GOV',
      memberCode: '000.00.00.H23',
      subsystemCode: 'PORTAL',
    });
  });

  it.each([
    'VN/GOV/PORTAL',
    'VN/GOV//PORTAL',
    'VN/GOV/ 000/PORTAL',
    'VN/GOV/000\n/PORTAL',
    '',
    42,
    undefined,
  ])('refuses client id %j', (value) => {
    expect(() => parseClientId(value)).toThrow(InputError);
  });

  it('puts a provider in the client instance', () => {
    const provider = parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN');
    expect(formatSubsystemId(provider)).toBe('VN/GOV/000.00.00.G10/CSDLDC');
  });

  it('parses each provider once: the same frozen id for the same text, the instance kept apart', () => {
    const first = parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN');
    expect(parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseProviderId('GOV/000.00.00.G10/CSDLDC', 'VN-TEST').instance).toBe('VN-TEST');
    // A refused id is refused every time, never remembered as valid.
    expect(() => parseProviderId('GOV//CSDLDC', 'VN')).toThrow(InputError);
    expect(() => parseProviderId('GOV//CSDLDC', 'VN')).toThrow(InputError);
  });

  it('encodes an id that can still change (not frozen) anew each time', () => {
    const id = { instance: 'VN', memberClass: 'GOV', memberCode: 'A', subsystemCode: 'S' };
    expect(clientHeader(id)).toBe('VN/GOV/A/S');
    id.memberCode = 'B C';
    expect(clientHeader(id)).toBe('VN/GOV/B%20C/S');
    expect(servicePath(id, 'x')).toBe('/r1/VN/GOV/B%20C/S/x');
  });

  it('percent-encodes each path part on its own, keeping the separators', () => {
    const provider = { instance: 'VN', memberClass: 'GOV', memberCode: 'Sở Tư pháp', subsystemCode: 'HT?x' };
    expect(servicePath(provider, 'citizen.get')).toBe(
      '/r1/VN/GOV/S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p/HT%3Fx/citizen.get',
    );
    expect(servicePath(provider)).toBe('/r1/VN/GOV/S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p/HT%3Fx');
  });

  it('percent-encodes each part of the X-Road-Client header (§4.3), keeping the separators', () => {
    const client = parseClientId('VN/GOV/Sở 100%/PORTAL');
    expect(client.memberCode).toBe('Sở 100%');
    const header = clientHeader(client);
    expect(header).toBe('VN/GOV/S%E1%BB%9F%20100%25/PORTAL');
    expect(header.split('/').map(decodeURIComponent)).toEqual(['VN', 'GOV', 'Sở 100%', 'PORTAL']);
    expect(clientHeader(parseClientId('VN/GOV/000.00.00.H23/PORTAL'))).toBe('VN/GOV/000.00.00.H23/PORTAL');
  });
});
