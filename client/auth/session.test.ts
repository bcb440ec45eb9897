import { describe, expect, it } from 'vitest';
import { homeFor, safeNext } from './session.ts';

const user = (role: 'technician' | 'coordinator' | 'admin') => ({
  id: '0b6f7a4e-9f0e-4d7a-8d55-7f5b1d2c3a4b',
  email: 'x@example.org',
  name: 'X',
  role,
});

describe('session helpers', () => {
  it('sends each role to its area', () => {
    expect(homeFor(user('technician'))).toBe('/technicien');
    expect(homeFor(user('coordinator'))).toBe('/coordination');
    expect(homeFor(user('admin'))).toBe('/coordination');
  });

  it('follows `next` only within the site', () => {
    expect(safeNext('/technicien/nouvelle?x=1')).toBe('/technicien/nouvelle?x=1');
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
