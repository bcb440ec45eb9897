// Coverage as an FFDN `isp.json` (schema 0.1): the federation's map of member ISPs reads it.
// - ftth: the fibre zones marked available (planned zones are not coverage yet);
// - wifi: per relay, its sectors' wedges as one MultiPolygon. Full sectors are included: the area is
//   served, "full" is a temporary state of one sector (the eligibility check says it).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Env } from '../../env.ts';
import { sectorWedge, type CoverageData } from '../../../shared/eligibility/index.ts';
import type { IspJson } from '../../../shared/schemas/eligibility-api.ts';
import { coverageSnapshot } from '../eligibility-cache.service.ts';

type Area = IspJson['coveredAreas'][number];
type Ring = [number, number][];

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** sectorWedge gives [lat, lon] clockwise; GeoJSON wants [lon, lat], outer rings counter-clockwise. */
function wedgeRing(site: { lat: number; lon: number }, sector: CoverageData['sectors'][number]): Ring {
  return sectorWedge(site, sector, 24)
    .map(([lat, lon]): [number, number] => [round6(lon), round6(lat)])
    .reverse();
}

export function coveredAreas(coverage: CoverageData): Area[] {
  const areas: Area[] = [];
  for (const zone of coverage.fibreZones) {
    if (zone.status === 'available')
      areas.push({ name: zone.name, technologies: ['ftth'], area: zone.geometry });
  }
  const sites = new Map(coverage.sites.map((s) => [s.id, s]));
  const wedges = new Map<string, Ring[]>();
  for (const sector of coverage.sectors) {
    const site = sites.get(sector.siteId);
    if (!site) continue;
    wedges.set(site.id, [...(wedges.get(site.id) ?? []), wedgeRing(site, sector)]);
  }
  for (const [siteId, rings] of wedges) {
    const site = sites.get(siteId);
    if (!site) continue;
    areas.push({
      name: site.name,
      technologies: ['wifi'],
      area: { type: 'MultiPolygon', coordinates: rings.map((ring) => [ring]) },
    });
  }
  return areas;
}

// Built once per coverage snapshot: the snapshot object changes exactly when the data does.
const built = new WeakMap<CoverageData, Area[]>();

export async function buildIspJson(
  db: Kysely<DB>,
  env: Pick<Env, 'COOP_NAME' | 'COOP_EMAIL'>,
): Promise<IspJson> {
  const { coverage } = await coverageSnapshot(db);
  let areas = built.get(coverage);
  if (!areas) {
    areas = coveredAreas(coverage);
    built.set(coverage, areas);
  }
  return { name: env.COOP_NAME, email: env.COOP_EMAIL, coveredAreas: areas, version: 0.1 };
}
