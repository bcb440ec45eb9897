import { describe, expect, it } from 'vitest';
import type { FibrePoint } from '../../shared/schemas/fibre-points.ts';
import { buildPlaces, searchPlaces } from './places.ts';

const point = (over: Partial<FibrePoint>): FibrePoint => ({
  id: 'x',
  kind: 'pbo',
  name: null,
  position: { lat: 47.72, lon: 3.58 },
  capacity: null,
  pmId: null,
  pmState: null,
  locationType: null,
  zoneId: 'zone-jussy',
  zoneManual: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

describe('fibre points in the place picker', () => {
  const places = buildPlaces({
    sites: [],
    sectors: [],
    buildings: [],
    points: [
      point({ id: 'PM-89290-01', kind: 'pm', name: 'Armoire Jussy 1', capacity: 96 }),
      point({ id: 'PBO-89290-01-03', pmId: 'PM-89290-01', name: "rue de l'Église, n° 1 à 9" }),
      point({ id: 'PBO-far', position: { lat: 47.9, lon: 3.6 }, name: 'Grande Rue' }),
    ],
  });

  it('"PBO" finds the drop boxes, nearest first, with their PM', () => {
    const found = searchPlaces(places, 'pbo', { near: { lat: 47.72, lon: 3.58 } });
    expect(found.map((f) => f.place.ref.fibreNodeId)).toEqual(['PBO-89290-01-03', 'PBO-far']);
    expect(found[0]?.place.detail).toBe('PM Armoire Jussy 1');
  });

  it('"PM" finds the cabinet (and the boxes it feeds), and accents or case do not matter', () => {
    expect(searchPlaces(places, 'pm armoire').map((f) => f.place.key)).toEqual([
      'fibreNode:PBO-89290-01-03',
      'fibreNode:PM-89290-01',
    ]);
    expect(searchPlaces(places, 'pm-89290-01').map((f) => f.place.label)).toEqual(['PM Armoire Jussy 1']);
    expect(searchPlaces(places, 'eglise').map((f) => f.place.key)).toEqual(['fibreNode:PBO-89290-01-03']);
  });
});
