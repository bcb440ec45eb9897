import { describe, expect, it } from 'vitest';
import type { CoverageData } from '../../shared/schemas/eligibility.ts';
import { dataBounds, shortSiteName, zoneLatLngs } from './geometry.ts';

describe('zoneLatLngs', () => {
  it('swaps GeoJSON [lon, lat] into Leaflet [lat, lon] and keeps holes and parts', () => {
    const square: [number, number][] = [
      [3.5, 47.7],
      [3.6, 47.7],
      [3.6, 47.8],
      [3.5, 47.7],
    ];
    expect(zoneLatLngs({ type: 'Polygon', coordinates: [square] })[0]?.[0]?.[1]).toEqual([47.7, 3.6]);
    const multi = zoneLatLngs({ type: 'MultiPolygon', coordinates: [[square, square], [square]] });
    expect(multi.map((p) => p.length)).toEqual([2, 1]);
  });
});

describe('dataBounds', () => {
  const base: CoverageData = {
    dataAsOf: '2025-01-01',
    sites: [],
    sectors: [],
    buildings: [],
    fibreZones: [],
  };

  it('spans relays and visible buildings, ignoring abandoned ones', () => {
    const coverage: CoverageData = {
      ...base,
      sites: [{ id: 's', name: 'S', lat: 47.7, lon: 3.58 }],
      buildings: [
        { id: 'a', lat: 47.8, lon: 3.6, state: 'deployed' },
        { id: 'b', lat: 49, lon: 5, state: 'abandoned' },
      ],
    };
    expect(dataBounds(coverage)).toEqual([
      [47.7, 3.58],
      [47.8, 3.6],
    ]);
  });

  it('is null without data', () => {
    expect(dataBounds(base)).toBeNull();
  });
});

describe('shortSiteName', () => {
  it('keeps the place before the support description', () => {
    expect(shortSiteName('Jussy — clocher')).toBe('Jussy');
    expect(shortSiteName('Coulanges-la-Vineuse — clocher')).toBe('Coulanges-la-Vineuse');
    expect(shortSiteName('Auxerre')).toBe('Auxerre');
  });
});
