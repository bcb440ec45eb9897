import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, laterPosition, scopeKey } from './cursor.ts';

describe('pull cursor', () => {
  it('round-trips, and anything else decodes to null (the pull then resets)', () => {
    const cursor = { position: { txid: '18446744073709551000', id: 42 }, lastMutationId: 7, scope: 'abc' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const changing = { ...cursor, delta: { target: 'def', after: 12 } };
    expect(decodeCursor(encodeCursor(changing))).toEqual(changing);
    for (const bad of [
      null,
      '',
      'garbage',
      Buffer.from('c0.1.2.3.x').toString('base64url'),
      Buffer.from('c1.1.2.3').toString('base64url'),
      Buffer.from('c1.1.2.3.abc.def').toString('base64url'),
      Buffer.from('c1.1.2.3.abc.def.x').toString('base64url'),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });

  it('compares txids as 64-bit integers, not as text', () => {
    expect(laterPosition({ txid: '999', id: 5 }, { txid: '1000', id: 0 })).toEqual({ txid: '1000', id: 0 });
    expect(laterPosition({ txid: '1000', id: 5 }, { txid: '1000', id: 0 })).toEqual({ txid: '1000', id: 5 });
  });

  it('the scope changes with the zone set, not with its order', () => {
    expect(scopeKey('u', false, ['b', 'a'])).toBe(scopeKey('u', false, ['a', 'b']));
    expect(scopeKey('u', false, ['a'])).not.toBe(scopeKey('u', false, ['a', 'b']));
    expect(scopeKey('u', true, [])).not.toBe(scopeKey('u', false, []));
    expect(scopeKey('u', true, [])).not.toBe(scopeKey('v', true, []));
  });
});
