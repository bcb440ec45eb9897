// A small two-zone network for operations tests: relay R-NORD (zone "nord", one sector facing east)
// and relay R-SUD (zone "sud"), imported through the GeoJSON importer like any real network.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { direct } from '../../../../shared/eligibility/geo.ts';
import { importGeoJson } from '../../import/geojson.import.ts';

export const NORD = { lat: 47.72, lon: 3.585 };
const SUD = { lat: 47.6, lon: 3.6 };
/** 1 km east of R-NORD: inside its sector. */
export const UNDER_NORD = direct(NORD.lat, NORD.lon, 90, 1000);

const site = (id: string, zone: string, p: { lat: number; lon: number }, sectors: unknown[]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  properties: { kind: 'site', id, name: `Relais ${id}`, zone, sectors },
});

const twoZoneNetwork = (extra: unknown[] = []) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      site('R-NORD', 'nord', NORD, [{ id: 'R-NORD-E', azimuth: 90, beamwidth: 90, rangeM: 3000 }]),
      site('R-SUD', 'sud', SUD, [{ id: 'R-SUD-S', azimuth: 180, beamwidth: 90, rangeM: 3000 }]),
      ...extra,
    ],
  });

export async function loadTwoZoneNetwork(db: Kysely<DB>, extra: unknown[] = []): Promise<void> {
  const report = await importGeoJson(db, twoZoneNetwork(extra));
  if (report.rejected.length) throw new Error(JSON.stringify(report.rejected));
}
