// What a technician learns about a place (contract §4.3): the public verdict from the shared engine,
// and for each covering sector the geometry, the line-of-sight profile at the chosen heights and an
// estimated signal; for fibre, the building and its PM/PBO.
import type { EligibilityIndex } from '../../../shared/eligibility/engine.ts';
import { inverse, distanceM as geodesicDistance } from '../../../shared/eligibility/geo.ts';
import { frequencyGHz, linkProfile, type LinkProfile } from '../../../shared/eligibility/profile.ts';
import type { TerrainModel } from '../../../shared/eligibility/terrain-model.ts';
import type { EligibilityResult } from '../../../shared/schemas/eligibility.ts';
import type { FibrePoint } from '../../../shared/schemas/fibre-points.ts';
import type { Building, Sector, Site } from '../../../shared/schemas/sync.ts';
import type { DeviceNetwork } from './device-network.ts';

export interface CheckSettings {
  /** Antenna height above the ground at the point (roof, pole), m. */
  receiverHeightM: number;
  /** Sector EIRP, dBm (for the estimate); null: no estimate. */
  eirpDbm: number | null;
  /** CPE antenna gain, dBi; null: no estimate. */
  cpeGainDbi: number | null;
}

export const DEFAULT_SETTINGS: CheckSettings = { receiverHeightM: 4, eirpDbm: null, cpeGainDbi: null };

export interface RadioDetail {
  site: Site;
  sector: Sector;
  distanceM: number;
  bearingDeg: number;
  /** Signed degrees from the sector's azimuth to the point (− west of it, + east). */
  offsetDeg: number;
  full: boolean;
  /** The public verdict excludes this sector (line of sight blocked at 4 m). */
  excluded: boolean;
  /** At the chosen height; null without terrain on the phone. */
  profile: LinkProfile | null;
  estimate: { fsplDb: number; receivedDbm: number } | null;
}

interface FibreDetail {
  building: Building;
  distanceM: number;
  pm: FibrePoint | null;
  pbo: FibrePoint | null;
}

export interface TechCheck {
  point: { lat: number; lon: number };
  result: EligibilityResult;
  radio: RadioDetail[];
  fibre: FibreDetail | null;
  terrain: boolean;
}

/** Free-space path loss (DOMAIN.md): 20·log10(d km) + 20·log10(f MHz) + 32.44. */
export function freeSpaceLossDb(distanceM: number, frequencyMHz: number): number {
  return 20 * Math.log10(Math.max(distanceM, 1) / 1000) + 20 * Math.log10(frequencyMHz) + 32.44;
}

/** Degrees from `from` to `to`, in (−180, 180]. */
export function signedOffset(from: number, to: number): number {
  const d = (((to - from) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

export function technicianCheck(
  net: DeviceNetwork,
  index: EligibilityIndex,
  terrain: TerrainModel | undefined,
  point: { lat: number; lon: number },
  settings: CheckSettings,
  lang: 'fr' | 'en' = 'fr',
): TechCheck {
  const result = index.check({ ...point, lang });
  const covering = [
    ...result.options
      .filter((o) => o.technology === 'radio')
      .map((o) => ({ sectorId: o.sectorId, excluded: false })),
    ...result.excluded.map((e) => ({ sectorId: e.sectorId, excluded: true })),
  ];
  const radio = covering.flatMap(({ sectorId, excluded }): RadioDetail[] => {
    const sector = sectorId ? net.sectors.get(sectorId) : undefined;
    const site = sector ? net.sites.get(sector.siteId) : undefined;
    if (!sector || !site) return [];
    const g = inverse(site.position.lat, site.position.lon, point.lat, point.lon);
    const engineSite = { ...site, lat: site.position.lat, lon: site.position.lon };
    const profile = terrain
      ? linkProfile(engineSite, sector, point, terrain, g.distanceM, {
          receiverHeightM: settings.receiverHeightM,
        })
      : null;
    const fsplDb = freeSpaceLossDb(g.distanceM, frequencyGHz(sector) * 1000);
    const estimate =
      settings.eirpDbm !== null && settings.cpeGainDbi !== null
        ? { fsplDb, receivedDbm: settings.eirpDbm + settings.cpeGainDbi - fsplDb }
        : null;
    return [
      {
        site,
        sector,
        distanceM: g.distanceM,
        bearingDeg: g.bearingDeg,
        offsetDeg: signedOffset(sector.azimuthDeg, g.bearingDeg),
        full: sector.full,
        excluded,
        profile,
        estimate,
      },
    ];
  });
  return { point, result, radio, fibre: fibreDetail(net, result, point), terrain: terrain !== undefined };
}

function fibreDetail(
  net: DeviceNetwork,
  result: EligibilityResult,
  point: { lat: number; lon: number },
): FibreDetail | null {
  const option = result.options.find((o) => o.technology === 'fibre' && o.buildingId);
  const building = option?.buildingId ? net.buildings.get(option.buildingId) : undefined;
  if (!building) return null;
  const pm = building.pmId ? (net.fibrePoints.find((p) => p.id === building.pmId) ?? null) : null;
  // The drop box: the nearest PBO fed by that PM (a building names its PM, not its PBO).
  let pbo: FibrePoint | null = null;
  let best = Infinity;
  for (const p of net.fibrePoints) {
    if (p.kind !== 'pbo' || !p.position || (pm && p.pmId !== pm.id)) continue;
    const d = geodesicDistance(building.position.lat, building.position.lon, p.position.lat, p.position.lon);
    if (d < best) {
      best = d;
      pbo = p;
    }
  }
  return {
    building,
    distanceM:
      option?.distanceM ??
      geodesicDistance(point.lat, point.lon, building.position.lat, building.position.lon),
    pm,
    pbo: best <= 500 ? pbo : null,
  };
}
