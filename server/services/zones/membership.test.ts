import { describe, expect, it } from 'vitest';
import { geometryBounds } from '../../../shared/eligibility/fibre.ts';
import type { PolygonGeometry } from '../../../shared/schemas/network.ts';
import { zoneFor, type ZoneOutline } from './membership.ts';

const square = (lon: number, lat: number, d: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});
const outline = (id: string, g: PolygonGeometry): ZoneOutline => ({
  id,
  geometry: g,
  bounds: geometryBounds(g),
});

describe('zone membership by position', () => {
  const outlines = [outline('a', square(3.6, 47.7, 0.01)), outline('b', square(3.61, 47.7, 0.01))];
  const outlined = new Set(['a', 'b']);

  it('takes the first outline (by id) that holds the point', () => {
    expect(zoneFor(outlines, outlined, { lat: 47.7, lon: 3.605, zone_id: null })).toBe('a');
    expect(zoneFor(outlines, outlined, { lat: 47.7, lon: 3.615, zone_id: 'a' })).toBe('b');
  });

  it('outside every outline: leaves an outlined zone, keeps a hand-made one', () => {
    expect(zoneFor(outlines, outlined, { lat: 48, lon: 3, zone_id: 'a' })).toBeNull();
    expect(zoneFor(outlines, outlined, { lat: 48, lon: 3, zone_id: 'by-hand' })).toBe('by-hand');
  });
});
