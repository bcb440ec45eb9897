import { describe, expect, it } from 'vitest';
import { coverage, JUSSY, sector } from '../../../shared/eligibility/testing/fixtures.ts';
import { pointInGeometry } from '../../../shared/eligibility/index.ts';
import { ispJson } from '../../../shared/schemas/eligibility-api.ts';
import { coveredAreas } from './isp-json.ts';

describe('isp.json covered areas', () => {
  const data = coverage({
    sectors: [
      sector({ id: 'e', azimuthDeg: 90, beamwidthDeg: 60, rangeM: 3000 }),
      sector({ id: 'w', azimuthDeg: 270, full: true }),
    ],
    fibreZones: [
      {
        id: 'z1',
        name: 'Bourg',
        status: 'available',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [3.58, 47.72],
              [3.59, 47.72],
              [3.59, 47.73],
              [3.58, 47.72],
            ],
          ],
        },
      },
      {
        id: 'z2',
        name: 'Extension',
        status: 'planned',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [3.6, 47.72],
              [3.61, 47.72],
              [3.61, 47.73],
              [3.6, 47.72],
            ],
          ],
        },
      },
    ],
  });

  it('lists available fibre zones as ftth and each relay’s sectors as one wifi MultiPolygon', () => {
    const areas = coveredAreas(data);
    expect(areas.map((a) => [a.name, a.technologies])).toEqual([
      ['Bourg', ['ftth']],
      [expect.any(String), ['wifi']],
    ]);
    const wifi = areas[1]?.area;
    if (wifi?.type !== 'MultiPolygon') throw new Error('expected a MultiPolygon');
    expect(wifi.coordinates).toHaveLength(2);
    // [lon, lat] order: a point 1.5 km east of the relay is inside the east wedge.
    expect(pointInGeometry(wifi, JUSSY.lon + 0.02, JUSSY.lat)).toBe(true);
    expect(pointInGeometry(wifi, JUSSY.lon, JUSSY.lat + 0.02)).toBe(false);
    const valid = ispJson.safeParse({ name: 'Coop', email: 'a@b.fr', coveredAreas: areas, version: 0.1 });
    expect(valid.success).toBe(true);
  });
});
