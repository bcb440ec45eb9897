import { describe, expect, it } from 'vitest';
import { cornersOf, outlineFromCorners, outlineFromGeoJson, zoneIdFor } from './outline.ts';

describe('zone outlines', () => {
  it('closes the ring of tapped corners, in lon/lat order', () => {
    expect(outlineFromCorners([{ lat: 47, lon: 3 }])).toBeNull();
    const g = outlineFromCorners([
      { lat: 47.1, lon: 3.1 },
      { lat: 47.2, lon: 3.1 },
      { lat: 47.2, lon: 3.2 },
    ]);
    expect(g).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [3.1, 47.1],
          [3.1, 47.2],
          [3.2, 47.2],
          [3.1, 47.1],
        ],
      ],
    });
    expect(cornersOf(g)).toHaveLength(3);
  });

  it('finds the polygon in a Feature, a FeatureCollection or a bare geometry', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [3, 47],
          [3.1, 47],
          [3.1, 47.1],
          [3, 47],
        ],
      ],
    };
    expect(outlineFromGeoJson(JSON.stringify(polygon))?.type).toBe('Polygon');
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [3, 47] }, properties: {} },
        { type: 'Feature', geometry: polygon, properties: {} },
      ],
    };
    expect(outlineFromGeoJson(JSON.stringify(collection))).toEqual(polygon);
    expect(outlineFromGeoJson('{"type":"Point","coordinates":[3,47]}')).toBeNull();
    expect(outlineFromGeoJson('not json')).toBeNull();
    // Latitude out of range: coordinates given as lat/lon by mistake.
    const swapped = {
      type: 'Polygon',
      coordinates: [
        [
          [47, 300],
          [47, 3.1],
          [47.1, 3.1],
          [47, 300],
        ],
      ],
    };
    expect(outlineFromGeoJson(JSON.stringify(swapped))).toBeNull();
  });

  it('makes a readable id and avoids taken ones', () => {
    expect(zoneIdFor('Vallée du Serein', new Set())).toBe('zone-vallee-du-serein');
    expect(zoneIdFor('Saint-Bris', new Set(['zone-saint-bris']))).toBe('zone-saint-bris-2');
    expect(zoneIdFor('!!!', new Set())).toBe('zone-nouvelle');
  });
});
