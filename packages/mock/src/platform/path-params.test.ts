import { describe, expect, it } from 'vitest';
import { bindPath } from './path-params.js';

describe('bindPath', () => {
  it('reads each {name} segment, percent-decoded', () => {
    expect(bindPath('/enterprises/{taxCode}', '/enterprises/0100109106-001')).toEqual({
      taxCode: '0100109106-001',
    });
    expect(bindPath('/a/{x}/b/{y}', '/a/%C4%90%20x/b/2')).toEqual({ x: 'Đ x', y: '2' });
  });

  it('refuses a path of another shape, or a broken escape', () => {
    expect(bindPath('/enterprises/{taxCode}', '')).toBeUndefined();
    expect(bindPath('/enterprises/{taxCode}', '/enterprises')).toBeUndefined();
    expect(bindPath('/enterprises/{taxCode}', '/companies/0100109106')).toBeUndefined();
    expect(bindPath('/enterprises/{taxCode}', '/enterprises/01/02')).toBeUndefined();
    expect(bindPath('/enterprises/{taxCode}', '/enterprises/%E0%A4%A')).toBeUndefined();
  });
});
