import { describe, expect, it } from 'vitest';
import { decodeBuildings, encodeBuildings, type PackedBuilding } from './package-codec.ts';
import { seededRandom } from './testing/synthetic.ts';

describe('offline package codec', () => {
  it('round-trips positions to the microdegree and every state', () => {
    const random = seededRandom(7);
    const states = ['deployed', 'in_progress', 'signed', 'targeted', 'abandoned'] as const;
    const input: PackedBuilding[] = Array.from({ length: 2000 }, (_, i) => ({
      lat: 47.3 + random() * 1.1,
      lon: i % 50 === 0 ? -0.5 + random() : 2.8 + random() * 1.5,
      state: states[i % states.length] ?? 'deployed',
    }));
    const bytes = encodeBuildings(input);
    expect(bytes.length / input.length).toBeLessThan(8);
    const out = decodeBuildings(bytes, 'c:');
    expect(out).toHaveLength(input.length);
    const key = (b: PackedBuilding) => `${Math.round(b.lat * 1e6)},${Math.round(b.lon * 1e6)},${b.state}`;
    expect(out.map(key).sort()).toEqual(input.map(key).sort());
    expect(out[0]?.id).toBe('c:0');
  });

  it('refuses bytes that are not a chunk, or a truncated one', () => {
    expect(() => decodeBuildings(new Uint8Array([1, 2, 3]), '')).toThrow();
    expect(() => decodeBuildings(new Uint8Array(12), '')).toThrow('not an offline chunk');
    const good = encodeBuildings([{ lat: 47.5, lon: 3.5, state: 'deployed' }]);
    expect(() => decodeBuildings(good.slice(0, good.length - 2), '')).toThrow();
    const badState = good.slice();
    badState[badState.length - 1] = 9;
    expect(() => decodeBuildings(badState, '')).toThrow('unknown building state');
  });

  it('encodes an empty chunk', () => {
    expect(decodeBuildings(encodeBuildings([]), '')).toEqual([]);
  });
});
